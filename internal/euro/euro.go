// Package euro formats amounts of money and other numbers: plain-text
// tables (Format) and, in Dutch or English notation, the report and the
// messages of the sensitivity analysis (Amount, Number, Percent,
// Significant).
package euro

import (
	"math"
	"strconv"
	"strings"
)

// Format formats x as whole euros with comma thousands separators, without
// a currency sign: 1,234,567 or -1,234; an amount that rounds to zero is "0".
func Format(x float64) string {
	v := math.Round(x)
	if v == 0 {
		return "0" // no "-0"
	}
	digits := strconv.FormatFloat(math.Abs(v), 'f', 0, 64)
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
