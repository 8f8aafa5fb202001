package i18n

import (
	"math"
	"strconv"
	"strings"
)

// Minus is the typographic minus sign (U+2212) that precedes negative
// amounts and numbers in the report and its notes: "−€ 12.345" in Dutch,
// "−€12,345" in English. The sign goes before the euro sign, as Dutch style
// guides recommend, and a true minus is not mistaken for a hyphen.
const Minus = "\u2212"

// Amount formats x in whole euros in the notation of lang: Dutch by default
// ("€ 1.234.567", "−€ 12.345"), English when lang is "en" ("€1,234,567",
// "−€12,345"). Amounts are rounded half away from zero; one that rounds to
// zero carries no sign. NaN and infinities give NotAvailable(lang).
func Amount(x float64, lang string) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return NotAvailable(lang)
	}
	r := math.Round(x)
	sign := ""
	if r < 0 {
		sign = Minus
	}
	r = math.Abs(r) // also turns −0 into 0
	digits := groupDigits(strconv.FormatFloat(r, 'f', 0, 64), thousandsSep(lang))
	if lang == "en" {
		return sign + "€" + digits
	}
	return sign + "€ " + digits
}

// Number formats x with the given number of decimals in the notation of
// lang: "1.234,5" in Dutch, "1,234.5" in English, with a minus sign for
// negative values. NaN and infinities give NotAvailable(lang).
func Number(x float64, decimals int, lang string) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return NotAvailable(lang)
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
		out = Minus + out
	}
	return out
}

// Significant formats x rounded to six significant digits, without
// trailing zeros, in the notation of lang ("489,618", "3.000", "−0,0125");
// values below 1e-4 or from 1e15 keep Go's exponent form ("1e-09").
func Significant(x float64, lang string) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return NotAvailable(lang)
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 6, 64), 64)
	if a := math.Abs(r); a != 0 && (a < 1e-4 || a >= 1e15) {
		s := strconv.FormatFloat(math.Abs(r), 'g', 6, 64)
		if r < 0 {
			s = Minus + s
		}
		return s
	}
	decimals := 0
	if _, frac, ok := strings.Cut(strconv.FormatFloat(r, 'f', -1, 64), "."); ok {
		decimals = len(frac)
	}
	return Number(r, decimals, lang)
}

// Percent formats a share (0.623) as a percentage in the notation of lang
// ("62%", or "62,3%" with one decimal).
func Percent(share float64, decimals int, lang string) string {
	if math.IsNaN(share) || math.IsInf(share, 0) {
		return NotAvailable(lang)
	}
	return Number(share*100, decimals, lang) + "%"
}

// NotAvailable is what a value that does not exist shows: "n.b." (niet
// beschikbaar) in Dutch, "n/a" in English.
func NotAvailable(lang string) string {
	if lang == "en" {
		return "n/a"
	}
	return "n.b."
}

func thousandsSep(lang string) string {
	if lang == "en" {
		return ","
	}
	return "."
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

// Grouped formats x as whole euros with comma thousands separators, without
// a currency sign, as the plain-text tables print them: 1,234,567 or -1,234; an amount that rounds to zero is "0".
func Grouped(x float64) string {
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
