package output

import "github.com/vwnw/vwnw/internal/csvdialect"

// Cell neutralises a CSV cell after OWASP's rule for CSV injection: a cell
// that starts with =, +, -, @, a tab or a carriage return, and is not a
// number, is read by a spreadsheet as a formula, so it gets a leading
// single quote, which the spreadsheet shows as text. Every text cell of
// vwnw's CSV goes through it (csvdialect.Neutralise, which the CSV writers
// apply); names are also restricted when they are read, so this is the
// second line of defence.
func Cell(s string) string { return csvdialect.Neutralise(s) }
