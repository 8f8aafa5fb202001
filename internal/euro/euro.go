// Package euro formats amounts of money and other numbers: plain-text
// tables (Format) and, in Dutch or English notation, the report and the
// messages of the sensitivity analysis (Amount, Number, Percent,
// Significant).
package euro

import (
	"math"
	"strconv"
)

// Format formats x as whole euros with comma thousands separators, without
// a currency sign: 1,234,567 or -1,234; an amount that rounds to zero is "0".
func Format(x float64) string {
	v := math.Round(x)
	if v == 0 {
		return "0" // no "-0"
	}
	digits := groupDigits(strconv.FormatFloat(math.Abs(v), 'f', 0, 64), ",")
	if v < 0 {
		return "-" + digits
	}
	return digits
}
