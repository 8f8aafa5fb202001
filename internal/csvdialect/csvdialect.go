package csvdialect

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Dialect is a CSV dialect: EN or NL.
type Dialect string

// The dialects.
const (
	EN Dialect = "en"
	NL Dialect = "nl"
)

// Dialects lists the names Parse accepts, the default first.
var Dialects = []string{string(EN), string(NL)}

// Parse returns the dialect named s, or an error that says what is
// allowed.
func Parse(s string) (Dialect, error) {
	switch Dialect(s) {
	case EN, NL:
		return Dialect(s), nil
	}
	return "", fmt.Errorf("--csv-dialect %q is not one of %s (en: comma-separated with decimal points, for scripts; nl: semicolons and decimal commas, for Dutch Excel)",
		s, strings.Join(Dialects, ", "))
}

// BOM is the UTF-8 byte order mark that starts a file in the NL dialect.
const BOM = "\uFEFF"

// Field is one cell of a record: text or a number.
type Field struct {
	text  string
	num   float64
	isNum bool
}

// Text is a text cell. A text that a spreadsheet would take for a formula
// is neutralised when written.
func Text(s string) Field { return Field{text: s} }

// Number is a numeric cell in the notation of the dialect. NaN and
// infinities, quantities that are not defined, give an empty cell.
func Number(x float64) Field { return Field{num: x, isNum: true} }

// Writer writes records in a dialect.
type Writer struct {
	w       io.Writer
	cw      *csv.Writer
	dialect Dialect
	started bool
	err     error
	rec     []string
}

// NewWriter returns a Writer that writes to w in dialect d; an unknown d
// is EN.
func NewWriter(w io.Writer, d Dialect) *Writer {
	if d != NL {
		d = EN
	}
	cw := csv.NewWriter(w)
	if d == NL {
		cw.Comma = ';'
		cw.UseCRLF = true
	}
	return &Writer{w: w, cw: cw, dialect: d}
}

// Write writes one record.
func (w *Writer) Write(fields ...Field) error {
	w.rec = w.rec[:0]
	for _, f := range fields {
		if f.isNum {
			w.rec = append(w.rec, w.number(f.num))
		} else {
			w.rec = append(w.rec, Neutralise(f.text))
		}
	}
	return w.write(w.rec)
}

// WriteStrings writes a record of text cells, such as a header.
func (w *Writer) WriteStrings(record []string) error {
	w.rec = w.rec[:0]
	for _, s := range record {
		w.rec = append(w.rec, Neutralise(s))
	}
	return w.write(w.rec)
}

func (w *Writer) write(rec []string) error {
	if w.err != nil {
		return w.err
	}
	if !w.started {
		w.started = true
		if w.dialect == NL {
			if _, err := io.WriteString(w.w, BOM); err != nil {
				w.err = err
				return err
			}
		}
	}
	if err := w.cw.Write(rec); err != nil {
		w.err = err
	}
	return w.err
}

// Flush writes any buffered data and returns the first error of any write.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	w.cw.Flush()
	return w.cw.Error()
}

// number formats x in the dialect: Go's shortest form in EN, the same
// without exponent and with a decimal comma in NL.
func (w *Writer) number(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return ""
	}
	if w.dialect == NL {
		return strings.Replace(strconv.FormatFloat(x, 'f', -1, 64), ".", ",", 1)
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}

// Neutralise returns s with a leading apostrophe when a spreadsheet would
// take it for a formula: when it starts with =, +, -, @, a tab or a
// carriage return (OWASP, CSV Injection) and is not a number such as -12
// or +3.5, which spreadsheets read as numbers anyway.
func Neutralise(s string) string {
	if s == "" || !strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return s
	}
	if isNumber(s) {
		return s
	}
	return "'" + s
}

// isNumber reports whether s is a plain decimal number, in either
// notation: -12, +3.5, -0,25, 1e-3.
func isNumber(s string) bool {
	t := strings.Replace(s, ",", ".", 1)
	if _, err := strconv.ParseFloat(t, 64); err != nil {
		return false
	}
	// ParseFloat also takes "Inf", "NaN", hex and underscores; a number
	// here has only digits, one sign, one separator and an exponent.
	for _, c := range strings.ToLower(t) {
		if !strings.ContainsRune("0123456789+-.e", c) {
			return false
		}
	}
	return true
}
