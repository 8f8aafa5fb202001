package scenarios

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vwnw/vwnw/internal/safeio"
	"github.com/vwnw/vwnw/model"
)

// cohortRows is where the rows of a cohort file come from: a CSV text or
// the first sheet of a workbook.
type cohortRows interface {
	// next returns the cells of the next row and its number (the line of
	// a CSV file, the row of a sheet), io.EOF after the last. An error
	// other than io.EOF ends the reading; it begins with its position.
	next() ([]string, int, error)
	// at names a row (col < 0) or one cell of it (col, 0-based) for a
	// message: "p.csv:3", "p.xlsx: sheet Blad1, cell B3".
	at(row, col int) string
	// fieldCountHint says, for a row with a number of cells other than
	// the header's, what may have caused it.
	fieldCountHint(rec []string, header int) string
	// emptyHeaderHint says, for the empty header cell col of n, what may
	// have caused it and what to do.
	emptyHeaderHint(col, n int) string
	// formulaWithoutValue reports whether the cell at row and col (0-based)
	// holds a formula without a computed value, so that it reads as empty.
	formulaWithoutValue(row, col int) bool
	// cellNote says, for a cell with a problem, what else the file tells
	// of it (a workbook: that it is formatted as a date); "" when nothing.
	// text is the cell as read.
	cellNote(row, col int, text string) string
	// decimalComma reports whether numbers may have a decimal comma; when
	// not, commaHint says why.
	decimalComma() bool
	commaHint() string
}

// readCohortData reads a cohort file's bytes: a workbook (.xlsx, by its
// content or its name) or CSV text.
func readCohortData(data []byte, name string, c *model.Cohort) ([]model.Person, error) {
	if enc := utf16Encoding(data); enc != "" {
		return nil, fmt.Errorf("%s: %s", name, utf16Message(enc))
	}
	ext := strings.ToLower(filepath.Ext(name))
	if isZip(data) || isOLE(data) || ext == ".xlsx" || ext == ".xlsm" || ext == ".xls" {
		src, err := newXLSXRows(data, name)
		if err != nil {
			return nil, err
		}
		defer src.close()
		return readCohortRows(src, name, c)
	}
	if !utf8.Valid(data) {
		// Excel's "CSV (gescheiden door lijstscheidingsteken)" writes
		// Windows-1252, not UTF-8: a euro sign is byte 0x80.
		data = fromWindows1252(data)
	}
	return ReadCohort(bytes.NewReader(data), name, c)
}

// utf16Encoding names the UTF-16 encoding of data, "UTF-16 LE" or "UTF-16
// BE", by its byte order mark or, without one, by the zero bytes between
// the letters of its first characters; "" when data is not UTF-16. Excel's
// "Unicode-tekst (*.txt)" writes UTF-16 LE with a byte order mark.
func utf16Encoding(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return "UTF-16 LE"
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return "UTF-16 BE"
	case len(data) >= 4 && data[0] != 0 && data[1] == 0 && data[2] != 0 && data[3] == 0:
		return "UTF-16 LE"
	case len(data) >= 4 && data[0] == 0 && data[1] != 0 && data[2] == 0 && data[3] != 0:
		return "UTF-16 BE"
	}
	return ""
}

// utf16Message says that a text file is UTF-16 (enc, from utf16Encoding)
// where vwnw reads UTF-8, and how to save it as UTF-8 from Excel.
func utf16Message(enc string) string {
	return fmt.Sprintf("the file is %s text (as Excel's \"Unicode-tekst\" or \"Unicode Text\" saves it), but vwnw reads UTF-8: "+
		"save it from Excel as \"CSV UTF-8 (door komma's gescheiden)\" (in English Excel \"CSV UTF-8 (Comma delimited)\") or as \"CSV (gescheiden door lijstscheidingsteken)\"", enc)
}

// replacedByFile are the keys of [cohort] whose values a cohort file's
// persons replace (readCohortRows): cohort.size, as the file's rows are
// the persons; the spreads and shares the persons of a synthetic cohort are
// drawn from; and cohort.triage, as a person without a triage group in
// the file gets the group of their characteristics, whatever the method.
// cohort.file and cohort.start stay in use, and cohort.entry_months gives
// the entry months of persons whose row has none (partlyByFile).
var replacedByFile = []string{
	"cohort.size", "cohort.age", "cohort.tenure_years", "cohort.earlier_work_years", "cohort.monthly_wage",
	"cohort.contract_hours", "cohort.notice_months", "cohort.flex_share", "cohort.digital_low_share",
	"cohort.education", "cohort.household", "cohort.triage",
}

// partlyByFile are the keys of [cohort] used with a cohort file only for
// the persons whose row leaves the matching column out or empty.
var partlyByFile = []string{"cohort.entry_months"}

// CohortFileUse says what the cohort file of s, if any, does to the
// parameter key (dotted, a table or a key in it): replaced reports that
// the file's persons replace it, so that it is not used; partly that it is
// used only for the persons whose row lacks the value (cohort.entry_months:
// a row without entry_month). Both are false when s has no cohort file.
func (s *Scenario) CohortFileUse(key string) (replaced, partly bool) {
	if s.Persons == nil {
		return false, false
	}
	under := func(keys []string) bool {
		return slices.ContainsFunc(keys, func(k string) bool { return key == k || strings.HasPrefix(key, k+".") })
	}
	return under(replacedByFile), under(partlyByFile)
}

// windows1252 maps the bytes 0x80–0x9F of Windows-1252 to their runes
// (0 for the five it leaves undefined); the other bytes are Latin-1.
var windows1252 = [32]rune{
	'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ',
}

// fromWindows1252 decodes Windows-1252 text as UTF-8; an undefined byte
// becomes U+FFFD.
func fromWindows1252(data []byte) []byte {
	out := make([]byte, 0, len(data)+len(data)/8)
	for _, b := range data {
		switch r := rune(b); {
		case b < 0x80:
			out = append(out, b)
		case b < 0xa0:
			if r = windows1252[b-0x80]; r == 0 {
				r = utf8.RuneError
			}
			out = utf8.AppendRune(out, r)
		default:
			out = utf8.AppendRune(out, r)
		}
	}
	return out
}

// csvRows reads a CSV text whose separator, a comma, semicolon or tab, it
// finds in the header line.
type csvRows struct {
	name string
	cr   *csv.Reader
	sep  rune
	why  string // how the separator was found, for messages
	// offset is the number of lines before the CSV text (a sep= line).
	offset int
}

// maxHeaderLine is how far the header line is looked for the separator.
const maxHeaderLine = 64 << 10

// newCSVRows detects the separator of r's first line and reads r with it.
// A byte order mark is skipped; lines may end in CRLF.
func newCSVRows(r io.Reader, name string) (*csvRows, error) {
	br := bufio.NewReaderSize(r, maxHeaderLine)
	if b, err := br.Peek(3); err == nil && string(b) == "\ufeff" {
		br.Discard(3)
	}
	first, _ := br.Peek(maxHeaderLine)
	if i := bytes.IndexByte(first, '\n'); i >= 0 {
		first = first[:i]
	}
	first = bytes.TrimSuffix(first, []byte("\r"))
	var sep rune
	var why string
	offset := 0
	if hint, ok := bytes.CutPrefix(first, []byte("sep=")); ok && utf8.RuneCount(hint) == 1 {
		// Excel's hint line: "sep=;" names the separator.
		sep, _ = utf8.DecodeRune(hint)
		if sepName(sep) == strconv.QuoteRune(sep) {
			return nil, fmt.Errorf("%s:1: separator %s: want a comma, semicolon or tab", name, strconv.QuoteRune(sep))
		}
		why = "the " + sepName(sep) + " that the first line (sep=…) names"
		br.Discard(len(first))
		if b, _ := br.Peek(2); string(b) == "\r\n" {
			br.Discard(2)
		} else {
			br.Discard(1)
		}
		offset = 1
	} else {
		var err error
		if sep, why, err = detectSeparator(first); err != nil {
			return nil, fmt.Errorf("%s:1: %v", name, err)
		}
	}
	cr := csv.NewReader(br)
	cr.Comma = sep
	cr.TrimLeadingSpace = sep != '\t' // it would eat empty fields between tabs
	cr.ReuseRecord = true
	cr.FieldsPerRecord = -1 // counted by readCohortRows, with a hint
	return &csvRows{name: name, cr: cr, sep: sep, why: why, offset: offset}, nil
}

// separators are the separators a cohort CSV file may use, with their
// names for messages.
var separators = []struct {
	r    rune
	name string
}{{',', "comma (,)"}, {';', "semicolon (;)"}, {'\t', "tab"}}

// detectSeparator finds the separator of a header line: the one of
// comma, semicolon and tab that occurs in it outside quotes, or, when more
// than one does, the one that splits it into the most column names. A
// header split into column names and cells that hold another separator
// mixes separators.
func detectSeparator(line []byte) (rune, string, error) {
	var found []rune
	for _, s := range separators {
		if countOutsideQuotes(line, byte(s.r)) > 0 {
			found = append(found, s.r)
		}
	}
	switch len(found) {
	case 0:
		// One column or an unknown separator: read with commas, and let
		// the header check say what is missing.
		return ',', "comma (,), as the header line holds no comma, semicolon or tab", nil
	case 1:
		return found[0], "the header line's separator, the " + sepName(found[0]), nil
	}
	best, bestKnown := found[0], -1
	for _, sep := range found {
		if n := knownCells(line, sep); n > bestKnown {
			best, bestKnown = sep, n
		}
	}
	for _, cell := range splitLine(line, best) {
		if c, _ := lookupColumn(cell); c != nil {
			continue
		}
		for _, other := range found {
			if other != best && strings.ContainsRune(cell, other) {
				return 0, "", fmt.Errorf("mixed separators: the header line is split by the %s, but the cell %s holds a %s; use one separator throughout (Dutch Excel: save as \"CSV (gescheiden door lijstscheidingsteken)\")",
					sepName(best), safeio.Quote(cell), sepName(other))
			}
		}
	}
	return best, "the header line's separator, the " + sepName(best), nil
}

// countOutsideQuotes counts the bytes b of line outside double quotes.
func countOutsideQuotes(line []byte, b byte) int {
	n, quoted := 0, false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && c == b:
			n++
		}
	}
	return n
}

// splitLine splits a header line by sep, leniently (for detection only).
func splitLine(line []byte, sep rune) []string {
	r := csv.NewReader(bytes.NewReader(line))
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = sep, true, -1
	rec, _ := r.Read()
	return rec
}

// knownCells counts the cells of line split by sep that name a column.
func knownCells(line []byte, sep rune) int {
	n := 0
	for _, cell := range splitLine(line, sep) {
		if c, _ := lookupColumn(cell); c != nil {
			n++
		}
	}
	return n
}

func sepName(r rune) string {
	for _, s := range separators {
		if s.r == r {
			return s.name
		}
	}
	return strconv.QuoteRune(r)
}

func (s *csvRows) next() ([]string, int, error) {
	rec, err := s.cr.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, pe.Line + s.offset, fmt.Errorf("%s:%d: column %d: %v (a field that holds a quote must be quoted, its quotes doubled: \"5\"\"0\")",
				s.name, pe.Line+s.offset, pe.Column, pe.Err)
		}
		if err != io.EOF {
			err = fmt.Errorf("%s: %w", s.name, err)
		}
		return nil, 0, err
	}
	line, _ := s.cr.FieldPos(0)
	return rec, line + s.offset, nil
}

func (s *csvRows) at(row, _ int) string { return fmt.Sprintf("%s:%d", s.name, row) }

func (s *csvRows) fieldCountHint(rec []string, header int) string {
	for _, o := range separators {
		if o.r == s.sep {
			continue
		}
		n := len(rec)
		for _, f := range rec {
			n += strings.Count(f, string(o.r))
		}
		if n == header {
			return fmt.Sprintf(" (mixed separators: split by the %s, this line has the header's %d fields, but the file is read with %s; use one separator throughout)",
				o.name, header, s.why)
		}
	}
	if s.sep == ',' && len(rec) > header {
		return fmt.Sprintf(" (the file is read with %s: a decimal comma splits a number in two; write 1450.5, or separate the file by semicolons, as Dutch Excel does)", s.why)
	}
	if len(rec) == 1 {
		return fmt.Sprintf(" (the file is read with %s)", s.why)
	}
	return ""
}

func (s *csvRows) emptyHeaderHint(col, n int) string {
	if col == n-1 {
		return fmt.Sprintf(": the header line ends in a %s, which adds a column without a name; remove the separator at the end of the line (and at the ends of the rows), or name the column", sepName(s.sep))
	}
	return fmt.Sprintf(": two %ss in a row add a column without a name; remove one, or name the column", strings.TrimSuffix(sepName(s.sep), " ("+string(s.sep)+")"))
}

func (s *csvRows) formulaWithoutValue(int, int) bool { return false }
func (s *csvRows) cellNote(int, int, string) string  { return "" }

func (s *csvRows) decimalComma() bool { return s.sep != ',' }

func (s *csvRows) commaHint() string {
	return "a decimal comma in a file separated by commas: write a decimal point (1450.5), or separate the file by semicolons, as Dutch Excel does"
}

// thousands matches a number with dots between groups of three digits:
// 1.450 or 12.345,5.
var thousands = regexp.MustCompile(`^[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?$`)

// parseNumber reads a cell as a number. A euro sign and spaces around it
// are ignored (Excel exports a currency cell as shown). With decimalComma,
// 1450,5 and 1.450,5 are 1450.5, and 1.450 — a thousands separator or a
// decimal point? — is refused; without, a comma is refused.
func parseNumber(s string, decimalComma bool) (float64, error) {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "€\u00a0 "))
	if strings.ContainsRune(s, ',') {
		if !decimalComma {
			return 0, errDecimalComma
		}
		if strings.ContainsRune(s, '.') {
			if !thousands.MatchString(s) {
				return 0, errors.New("not a number")
			}
			s = strings.ReplaceAll(s, ".", "")
		}
		if strings.Count(s, ",") > 1 {
			return 0, errors.New("not a number")
		}
		s = strings.Replace(s, ",", ".", 1)
	} else if decimalComma && thousands.MatchString(s) {
		return 0, errAmbiguousDot
	}
	return strconv.ParseFloat(s, 64)
}

var (
	errDecimalComma = errors.New("decimal comma")
	errAmbiguousDot = errors.New("ambiguous dot")
)
