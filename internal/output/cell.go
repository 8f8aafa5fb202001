package output

import (
	"strconv"
	"strings"
)

// Cell neutralises a CSV cell after OWASP's rule for CSV injection: a cell
// that starts with =, +, -, @, a tab or a carriage return, and is not a
// number, is read by a spreadsheet as a formula, so it gets a leading
// single quote, which the spreadsheet shows as text. Every text cell of
// vwnw's CSV goes through Cell; names are also restricted when they are
// read, so this is the second line of defence.
func Cell(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return s
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return s
	}
	return "'" + s
}

// cells applies Cell to each of rec.
func cells(rec []string) []string {
	for i, s := range rec {
		rec[i] = Cell(s)
	}
	return rec
}
