package charts

import (
	"math"
	"strconv"
	"strings"
)

// minus is the typographic minus sign (U+2212) that precedes negative
// amounts: "−€ 12.345" in Dutch, "−€12,345" in English. The sign goes before
// the euro sign, as Dutch style guides recommend for amounts in running text
// and tables, and a true minus is not mistaken for a hyphen or dash.
const minus = "\u2212"

// formatEuro formats an amount in whole euros: Dutch notation by default
// ("€ 1.234.567", "−€ 12.345"), English when lang is "en" ("€1,234,567",
// "−€12,345"). Amounts are rounded half away from zero; an amount that
// rounds to zero carries no sign. NaN and infinities format as "n.b."
// (Dutch) or "n/a".
func formatEuro(x float64, lang string) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return notAvailable(lang)
	}
	r := math.Round(x)
	sign := ""
	if r < 0 {
		sign = minus
	}
	r = math.Abs(r) // also turns −0 into 0
	digits := groupDigits(strconv.FormatFloat(r, 'f', 0, 64), thousandsSep(lang))
	if lang == "en" {
		return sign + "€" + digits
	}
	return sign + "€ " + digits
}

// formatNumber formats x with the given number of decimals in the notation
// of lang: "1.234,5" in Dutch, "1,234.5" in English, with a minus sign for
// negative values.
func formatNumber(x float64, decimals int, lang string) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return notAvailable(lang)
	}
	s := strconv.FormatFloat(math.Abs(x), 'f', decimals, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	out := groupDigits(intPart, thousandsSep(lang))
	if frac != "" {
		dec := ","
		if lang == "en" {
			dec = "."
		}
		out += dec + frac
	}
	if x < 0 && strings.Trim(s, "0.") != "" {
		out = minus + out
	}
	return out
}

// formatPercent formats a share (0.623) as a percentage ("62%", or
// "62,3%" with one decimal).
func formatPercent(share float64, decimals int, lang string) string {
	if math.IsNaN(share) || math.IsInf(share, 0) {
		return notAvailable(lang)
	}
	return formatNumber(share*100, decimals, lang) + "%"
}

func thousandsSep(lang string) string {
	if lang == "en" {
		return ","
	}
	return "."
}

func notAvailable(lang string) string {
	if lang == "en" {
		return "n/a"
	}
	return "n.b."
}

// groupDigits inserts sep between groups of three digits of a string of
// decimal digits.
func groupDigits(digits, sep string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	head := len(digits) % 3
	if head > 0 {
		b.WriteString(digits[:head])
	}
	for i := head; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}
