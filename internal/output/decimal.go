package output

import "strings"

// decimalIn writes the decimal point of s, a number formatted by strconv,
// as lang does: a comma in Dutch ("nl"), unchanged otherwise.
func decimalIn(s, lang string) string {
	if lang == "nl" {
		return strings.Replace(s, ".", ",", 1)
	}
	return s
}
