package workbook

import (
	"fmt"
	"io"
	"math"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/vwnw/vwnw/model"
)

// Options are what Write needs besides the results.
type Options struct {
	// Lang is the language of sheet names and labels: "en" for English,
	// Dutch for anything else ("nl", the default, or "").
	Lang string
	// Assumptions are the rows of the assumptions sheet, in the order
	// given. Their labels also name the parameters of the sensitivity
	// sheet.
	Assumptions []Assumption
	// Provenance is what the about sheet records besides Results.Run.
	Provenance Provenance
	// Created is the creation and modification time in the document
	// properties. The zero value writes FixedTime, so that the same
	// results give the same bytes.
	Created time.Time
}

// FixedTime is the time written to the document properties when
// Options.Created is zero: the start of the ZIP epoch, which says that no
// time is recorded.
var FixedTime = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// Assumption is one row of the assumptions sheet: a parameter of a
// scenario with its value or distribution and its source.
type Assumption struct {
	// Scenario is the name of the scenario the value belongs to; "" when
	// every scenario of the run shares it.
	Scenario string
	// Key is the dotted TOML key, e.g. "economy.discount_rate".
	Key string
	// Label is the readable name in the workbook's language.
	Label string
	// Value is the value as a number (any integer or float type), a bool
	// or a string; nil for a parameter that only has a Distribution.
	// Numbers are stored as numbers; anything else as text.
	Value any
	// Distribution describes an uncertain parameter, e.g.
	// "pert(min 0.10, mode 0.15, max 0.25)"; "" for a fixed value.
	Distribution string
	// Source names where the value comes from (author, title, section),
	// or "EST" for an estimate.
	Source string
}

// Provenance is what the run recorded besides Results.Run: how the
// program was called.
type Provenance struct {
	// Command is the command line as given.
	Command string
	// Overrides are the --set arguments as given, KEY=VALUE.
	Overrides []string
	// CohortSize is the --cohort-size given; 0 when it was not.
	CohortSize int
	// CohortFileSHA256 is the hash of the cohort file; "" when the cohort
	// was synthetic.
	CohortFileSHA256 string
}

// Write writes r as an Excel workbook (.xlsx) to w. Text from the results
// and options is always written as text, never as a formula; numbers are
// written as numbers with a number format. The same r and opt give the
// same bytes.
func Write(w io.Writer, r *model.Results, opt Options) error {
	f, err := build(r, opt)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("workbook: writing: %w", err)
	}
	return nil
}

// build makes the workbook in memory.
func build(r *model.Results, opt Options) (*excelize.File, error) {
	t := textFor(opt.Lang)
	f := excelize.NewFile()
	st, err := newStyles(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	b := &book{f: f, t: t, st: st, r: r, opt: &opt}
	b.labels = make(map[string]string)
	for _, a := range opt.Assumptions {
		if _, ok := b.labels[a.Key]; !ok && a.Label != "" {
			b.labels[a.Key] = a.Label
		}
	}
	sheets := []struct {
		name  string
		write func(*sheet)
	}{
		{t.SheetSummary, b.summary},
		{t.SheetParty, b.byParty},
		{t.SheetItems, b.items},
		{t.SheetYears, b.years},
		{t.SheetOutcomes, b.outcomes},
		{t.SheetOccupancy, b.occupancy},
		{t.SheetAssumptions, b.assumptions},
		{t.SheetSensitivity, b.sensitivity},
		{t.SheetAbout, b.about},
	}
	for i, sh := range sheets {
		if sh.name == t.SheetSensitivity && r.Sensitivity == nil {
			continue
		}
		if i == 0 {
			err = f.SetSheetName("Sheet1", sh.name)
		} else {
			_, err = f.NewSheet(sh.name)
		}
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("workbook: sheet %s: %w", sh.name, err)
		}
		s := &sheet{f: f, name: sh.name, st: st, t: t, row: 1}
		sh.write(s)
		s.dimension()
		if s.err != nil {
			f.Close()
			return nil, fmt.Errorf("workbook: sheet %s: %w", sh.name, s.err)
		}
	}
	f.SetActiveSheet(0)
	if err := b.properties(); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// book is the workbook being written.
type book struct {
	f   *excelize.File
	t   *text
	st  *styles
	r   *model.Results
	opt *Options
	// labels maps a parameter key to its readable label.
	labels map[string]string
}

// properties sets the document properties.
func (b *book) properties() error {
	created := b.opt.Created
	if created.IsZero() {
		created = FixedTime
	}
	stamp := created.UTC().Format(time.RFC3339)
	lang := "nl-NL"
	if b.opt.Lang == "en" {
		lang = "en-GB"
	}
	err := b.f.SetDocProps(&excelize.DocProperties{
		Title:          "vwnw " + b.t.SheetSummary,
		Creator:        b.r.Tool + " " + b.r.Version,
		LastModifiedBy: b.r.Tool + " " + b.r.Version,
		Created:        stamp,
		Modified:       stamp,
		Language:       lang,
	})
	if err != nil {
		return fmt.Errorf("workbook: document properties: %w", err)
	}
	return nil
}

// styles are the cell styles of the workbook. Number formats are written
// in the file's own notation (a comma groups thousands, a point marks the
// decimals); Excel shows them with the separators of the reader's locale,
// so a Dutch Excel shows € 1.234 and 62,3%.
type styles struct {
	head, title, wrap, euro, pct0, pct1, pct2, dec1, dec3, count, year, general int
}

// Number formats.
const (
	fmtEuro  = `"€ "#,##0;"€ -"#,##0`
	fmtPct0  = `0%`
	fmtPct1  = `0.0%`
	fmtPct2  = `0.00%`
	fmtDec1  = `0.0`
	fmtDec3  = `0.000`
	fmtCount = `#,##0`
	fmtYear  = `0`
)

func newStyles(f *excelize.File) (*styles, error) {
	var st styles
	var err error
	add := func(dst *int, s *excelize.Style) {
		if err == nil {
			*dst, err = f.NewStyle(s)
		}
	}
	custom := func(dst *int, code string) {
		add(dst, &excelize.Style{CustomNumFmt: &code})
	}
	add(&st.head, &excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
		Border:    []excelize.Border{{Type: "bottom", Color: "8EA9DB", Style: 1}},
	})
	add(&st.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}})
	add(&st.wrap, &excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	custom(&st.euro, fmtEuro)
	custom(&st.pct0, fmtPct0)
	custom(&st.pct1, fmtPct1)
	custom(&st.pct2, fmtPct2)
	custom(&st.dec1, fmtDec1)
	custom(&st.dec3, fmtDec3)
	custom(&st.count, fmtCount)
	custom(&st.year, fmtYear)
	add(&st.general, &excelize.Style{NumFmt: 0})
	if err != nil {
		return nil, fmt.Errorf("workbook: styles: %w", err)
	}
	return &st, nil
}

// sheet writes one worksheet row by row and keeps the first error.
type sheet struct {
	f    *excelize.File
	name string
	st   *styles
	t    *text
	row  int // the row being written, from 1
	err  error
	// maxCol and maxRow bound the cells written: the sheet's used range.
	maxCol, maxRow int
}

// column is a column of a table: its head and width in characters.
type column struct {
	head  string
	width float64
}

func (s *sheet) cell(col int) string {
	s.maxCol, s.maxRow = max(s.maxCol, col), max(s.maxRow, s.row)
	c, err := excelize.CoordinatesToCellName(col, s.row)
	if err != nil && s.err == nil {
		s.err = err
	}
	return c
}

// str writes text; it never becomes a formula.
func (s *sheet) str(col int, v string) {
	if s.err == nil {
		s.err = s.f.SetCellStr(s.name, s.cell(col), v)
	}
}

// styled writes text with a style.
func (s *sheet) styled(col int, v string, style int) {
	s.str(col, v)
	s.style(col, style)
}

func (s *sheet) style(col, style int) {
	if s.err == nil {
		c := s.cell(col)
		s.err = s.f.SetCellStyle(s.name, c, c, style)
	}
}

// num writes x as a number with a style, or "n.b." when x is NaN or
// infinite (a quantity no iteration defines). An amount in euros of less
// than half a cent is written as 0: it is rounding noise of sums that
// cancel (a transfer booked to payer and receiver), which the format would
// show as "€ -0".
func (s *sheet) num(col int, x float64, style int) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		s.str(col, s.t.NA)
		return
	}
	if style == s.st.euro && math.Abs(x) < 0.005 {
		x = 0
	}
	if s.err == nil {
		s.err = s.f.SetCellFloat(s.name, s.cell(col), x, -1, 64)
	}
	s.style(col, style)
}

// int writes n as a number with a style.
func (s *sheet) int(col int, n int64, style int) {
	if s.err == nil {
		s.err = s.f.SetCellInt(s.name, s.cell(col), n)
	}
	s.style(col, style)
}

// value writes a number as a number and anything else as text.
func (s *sheet) value(col int, v any) {
	switch x := v.(type) {
	case nil:
	case float64:
		s.num(col, x, s.st.general)
	case float32:
		s.num(col, float64(x), s.st.general)
	case int:
		s.int(col, int64(x), s.st.general)
	case int64:
		s.int(col, x, s.st.general)
	case int32:
		s.int(col, int64(x), s.st.general)
	case uint64:
		s.num(col, float64(x), s.st.general)
	case uint:
		s.num(col, float64(x), s.st.general)
	case bool:
		if x {
			s.str(col, s.t.Yes)
		} else {
			s.str(col, s.t.No)
		}
	case string:
		s.str(col, x)
	default:
		s.str(col, fmt.Sprint(x))
	}
}

// bool writes yes or no.
func (s *sheet) bool(col int, b bool) { s.value(col, b) }

// prob writes the chance that an NPV is positive, or "n.b." for a party
// without cash flows, for which 0% would read as a certain loss.
func (s *sheet) prob(col int, n model.Summary) {
	if n.Zero() {
		s.str(col, s.t.NA)
		return
	}
	s.num(col, n.ProbPositive, s.st.pct0)
}

// next moves to the next row.
func (s *sheet) next() { s.row++ }

// header writes the heads of cols in the current row, sets the column
// widths, and moves to the next row.
func (s *sheet) header(cols []column) {
	for i, c := range cols {
		s.styled(i+1, c.head, s.st.head)
		if s.err == nil && c.width > 0 {
			name, err := excelize.ColumnNumberToName(i + 1)
			if err == nil {
				err = s.f.SetColWidth(s.name, name, name, c.width)
			}
			s.err = err
		}
	}
	s.next()
}

// freeze keeps the first rows and cols in view while scrolling.
func (s *sheet) freeze(rows, cols int) {
	if s.err != nil {
		return
	}
	top, err := excelize.CoordinatesToCellName(cols+1, rows+1)
	if err != nil {
		s.err = err
		return
	}
	pane := "bottomLeft"
	switch {
	case cols > 0 && rows > 0:
		pane = "bottomRight"
	case cols > 0:
		pane = "topRight"
	}
	s.err = s.f.SetPanes(s.name, &excelize.Panes{
		Freeze: true, XSplit: cols, YSplit: rows, TopLeftCell: top, ActivePane: pane,
		Selection: []excelize.Selection{{SQRef: top, ActiveCell: top, Pane: pane}},
	})
}

// filter puts an autofilter on the table from row first (its header) to
// the last row written, over ncols columns.
func (s *sheet) filter(first, ncols int) {
	if s.err != nil || s.row-1 <= first {
		return
	}
	from, _ := excelize.CoordinatesToCellName(1, first)
	to, _ := excelize.CoordinatesToCellName(ncols, s.row-1)
	s.err = s.f.AutoFilter(s.name, from+":"+to, nil)
}

// dimension records the used range, which Excel reads to size the
// scroll bars.
func (s *sheet) dimension() {
	if s.err != nil || s.maxCol == 0 {
		return
	}
	end, err := excelize.CoordinatesToCellName(s.maxCol, s.maxRow)
	if err == nil {
		err = s.f.SetSheetDimension(s.name, "A1:"+end)
	}
	s.err = err
}

// note writes a line of text in the first column and moves on.
func (s *sheet) note(text string) {
	s.str(1, text)
	s.next()
}
