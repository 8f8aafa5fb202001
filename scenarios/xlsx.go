package scenarios

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/vwnw/vwnw/internal/safeio"
)

// xlsxRows reads the first sheet of a workbook.
type xlsxRows struct {
	name, sheet string
	f           *excelize.File
	rows        *excelize.Rows
	row         int
	width       int // cells in the header row
	// rawWidth is the number of cells of the current row in the sheet's
	// XML, up to its last cell with a value or formula.
	rawWidth int
	data     []byte       // the workbook, for cursor
	formulas int          // whether the first sheet has formulas: 1 yes, -1 no, 0 not yet known
	cursor   *sheetCursor // opened at the first question about a cell
}

// Limits of a workbook's unpacked size, so that a small file cannot unpack
// to gigabytes: a sheet row of twelve cohort columns is about 340 bytes of
// XML (339 as excelize writes it), so 256 MiB holds about 750,000 persons;
// a larger cohort fits a CSV file. Parts larger than xlsxMemory are
// unpacked to temporary files, which close removes.
const (
	xlsxUnpacked = 256 << 20 // 256 MiB
	xlsxMemory   = 16 << 20  // 16 MiB
)

// newXLSXRows opens data as a workbook and starts reading its first sheet.
func newXLSXRows(data []byte, name string) (*xlsxRows, error) {
	switch {
	case isOLE(data):
		return nil, fmt.Errorf("%s: an Excel 97–2003 workbook (.xls) or an encrypted one, which vwnw cannot read: save it as \"Excel-werkmap (*.xlsx)\" or as CSV", name)
	case !isZip(data):
		return nil, fmt.Errorf("%s: not an Excel workbook (.xlsx is a zip archive; this file is not one): save it from Excel as \"Excel-werkmap (*.xlsx)\", or as CSV with a .csv name", name)
	}
	if !hasWorkbookPart(data) {
		return nil, fmt.Errorf("%s: a zip archive, but not an Excel workbook (it has no xl/ folder; an OpenDocument or Word file?): save it from Excel as \"Excel-werkmap (*.xlsx)\", or as CSV", name)
	}
	if n := unpackedSize(data); n > xlsxUnpacked {
		return nil, tooLarge(name, n)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		RawCellValue: true, UnzipSizeLimit: xlsxUnpacked, UnzipXMLSizeLimit: xlsxMemory,
	})
	if err != nil {
		return nil, fmt.Errorf("%s: not a readable Excel workbook (.xlsx): %s; save it again from Excel as \"Excel-werkmap (*.xlsx)\", or as CSV", name, workbookError(err))
	}
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		f.Close()
		return nil, fmt.Errorf("%s: not an Excel workbook: it has no worksheet (is it another kind of zip file?); save it from Excel as \"Excel-werkmap (*.xlsx)\"", name)
	}
	rows, err := f.Rows(sheets[0])
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: sheet %s: %s", name, safeio.Quote(sheets[0]), workbookError(err))
	}
	return &xlsxRows{name: name, sheet: sheets[0], f: f, rows: rows, data: data}, nil
}

// unpackedSize is the size data, a zip archive, unpacks to by its
// directory (the sizes excelize checks), at most math.MaxInt64; 0 when it
// cannot be read (excelize then says why).
func unpackedSize(data []byte) uint64 {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return 0
	}
	var n uint64
	for _, f := range z.File {
		n += min(f.UncompressedSize64, math.MaxInt64)
		if n > math.MaxInt64 {
			return math.MaxInt64
		}
	}
	return n
}

// tooLarge says that the workbook name unpacks to n bytes, more than vwnw
// reads, and that a CSV file holds such a cohort.
func tooLarge(name string, n uint64) error {
	size := ""
	if n < 1<<40 {
		size = fmt.Sprintf(" (%d MiB)", (n+1<<20-1)>>20)
	}
	return fmt.Errorf("%s: the workbook unpacks to more than %d MiB%s, the most vwnw reads from a workbook (about 750,000 persons); save the cohort as CSV instead (\"CSV UTF-8\" or \"CSV (gescheiden door lijstscheidingsteken)\"), which may hold up to %d persons (docs/cohort.md)",
		name, xlsxUnpacked>>20, size, maxCohortRows)
}

// workbookError says briefly what excelize found wrong.
func workbookError(err error) string {
	switch {
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrAlgorithm), errors.Is(err, zip.ErrChecksum):
		return "the zip archive is damaged"
	case errors.Is(err, excelize.ErrWorkbookFileFormat):
		return "unsupported workbook format"
	}
	return safeio.Quote(err.Error())
}

// errEmptySheet is wrapped by the error for a workbook whose first sheet
// is empty.
var errEmptySheet = errors.New("vwnw reads the first sheet of a workbook")

// hasWorkbookPart reports whether the zip archive data holds the xl/
// folder of every workbook; a damaged archive is left to excelize to report.
func hasWorkbookPart(data []byte) bool {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return true
	}
	for _, f := range z.File {
		if strings.HasPrefix(strings.ToLower(f.Name), "xl/") {
			return true
		}
	}
	return false
}

// isZip and isOLE recognise a zip archive (.xlsx) and an OLE compound file
// (.xls, or an encrypted .xlsx) by their first bytes.
func isZip(data []byte) bool { return bytes.HasPrefix(data, []byte("PK\x03\x04")) }
func isOLE(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1})
}

func (x *xlsxRows) next() ([]string, int, error) {
	if !x.rows.Next() {
		if err := x.rows.Error(); err != nil {
			return nil, x.row, fmt.Errorf("%s: %s", x.at(x.row+1, -1), workbookError(err))
		}
		if x.row == 0 {
			return nil, 0, fmt.Errorf("%s: sheet %s is empty (%w); its first row must name the columns %s (optional: %s), in English or Dutch (docs/cohort.md)",
				x.name, safeio.Quote(x.sheet), errEmptySheet, strings.Join(requiredColumns, ", "), strings.Join(optionalColumns, ", "))
		}
		return nil, 0, io.EOF
	}
	x.row++
	rec, err := x.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, x.row, fmt.Errorf("%s: %s", x.at(x.row, -1), workbookError(err))
	}
	// A sheet's row ends at its last filled cell: pad it to the header's
	// width, and drop empty cells (formatted, say) beyond it.
	x.rawWidth = len(rec)
	if x.row == 1 {
		x.width = len(rec)
	}
	for len(rec) > x.width && strings.TrimSpace(rec[len(rec)-1]) == "" {
		rec = rec[:len(rec)-1]
	}
	for len(rec) < x.width {
		rec = append(rec, "")
	}
	return rec, x.row, nil
}

func (x *xlsxRows) at(row, col int) string {
	if col < 0 {
		return fmt.Sprintf("%s: sheet %s, row %d", x.name, safeio.Quote(x.sheet), row)
	}
	cell, _ := excelize.CoordinatesToCellName(col+1, row)
	return fmt.Sprintf("%s: sheet %s, cell %s", x.name, safeio.Quote(x.sheet), cell)
}

// fieldCountHint: next pads a row to the header's width, so only a row
// with a value right of the last named column has another width.
func (x *xlsxRows) fieldCountHint(rec []string, header int) string {
	col, _ := excelize.ColumnNumberToName(len(rec))
	return fmt.Sprintf(" (a value in column %s, right of the last named column; give it a column name or remove it)", col)
}

func (x *xlsxRows) emptyHeaderHint(int, int) string {
	return ": every column with values must have a name in row 1; name it, or delete the column"
}

func (x *xlsxRows) decimalComma() bool { return true }
func (x *xlsxRows) commaHint() string  { return "" }

func (x *xlsxRows) close() {
	if x.cursor != nil {
		x.cursor.close()
	}
	x.rows.Close()
	x.f.Close()
}

// cellFacts are what a sheet's XML says of a cell beyond the value
// excelize reads: its style and whether it holds a formula and a value.
type cellFacts struct {
	style          int
	formula, value bool
}

// sheetCursor reads the XML of a workbook's first sheet a second time,
// forward only and one row at a time, for the facts of the cells that
// readCohortRows asks about in the order it reads them.
type sheetCursor struct {
	rc    io.ReadCloser
	dec   *xml.Decoder
	row   int               // the row of cells
	cells map[int]cellFacts // by 0-based column
	done  bool
}

// cellFacts returns the facts of the cell at row (1-based) and col
// (0-based); false when the sheet's XML has no such cell, or it cannot be
// read again.
func (x *xlsxRows) cellFacts(row, col int) (cellFacts, bool) {
	if x.cursor == nil {
		x.cursor = openSheetCursor(x.data)
	}
	c := x.cursor
	for !c.done && c.row < row {
		c.readRow()
	}
	if c.row != row {
		return cellFacts{}, false
	}
	f, ok := c.cells[col]
	return f, ok
}

// openSheetCursor finds the first sheet of the workbook data and starts
// reading it; a cursor that is done when it cannot.
func openSheetCursor(data []byte) *sheetCursor {
	rc, ok := openFirstSheet(data)
	if !ok {
		return &sheetCursor{done: true}
	}
	return &sheetCursor{rc: rc, dec: xml.NewDecoder(io.LimitReader(rc, xlsxUnpacked))}
}

// openFirstSheet opens the XML of the first sheet of the workbook data;
// false when it cannot.
func openFirstSheet(data []byte) (io.ReadCloser, bool) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, false
	}
	f := zipFile(z, firstSheetPath(z))
	if f == nil {
		return nil, false
	}
	rc, err := f.Open()
	return rc, err == nil
}

// formulaElement matches the start or end of a formula element of a
// sheet's XML, with or without a namespace prefix.
var formulaElement = regexp.MustCompile(`</?([A-Za-z0-9_]+:)?f[\s>/]`)

// sheetHasFormulas reports whether the XML of the first sheet of the
// workbook data has a formula: one pass over it, much faster than reading
// its cells. It reports true when it cannot tell.
func sheetHasFormulas(data []byte) bool {
	rc, ok := openFirstSheet(data)
	if !ok {
		return true
	}
	defer rc.Close()
	buf := make([]byte, 0, 256<<10)
	const overlap = 64 // longer than any element name with its prefix
	for {
		n, err := io.ReadFull(rc, buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if hasFormulaElement(buf) {
			return true
		}
		if err != nil {
			return err != io.EOF && err != io.ErrUnexpectedEOF
		}
		keep := min(overlap, len(buf))
		buf = buf[:copy(buf, buf[len(buf)-keep:])]
	}
}

// hasFormulaElement reports whether b holds the start or end of a formula
// element, with or without a namespace prefix: "<f>", "<f t=…", "</x:f>".
func hasFormulaElement(b []byte) bool {
	for i := bytes.IndexByte(b, 'f'); i >= 0; {
		if i > 0 && i+1 < len(b) && (b[i-1] == '<' || b[i-1] == '/' || b[i-1] == ':') && bytes.IndexByte([]byte("> /\t\r\n"), b[i+1]) >= 0 &&
			formulaElement.Match(b[max(0, i-overlapName):min(len(b), i+2)]) {
			return true
		}
		j := bytes.IndexByte(b[i+1:], 'f')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// overlapName is the longest namespace prefix hasFormulaElement looks back for.
const overlapName = 40

// readRow reads the next row of the sheet, or sets done after the last.
func (c *sheetCursor) readRow() {
	for {
		tok, err := c.dec.RawToken()
		if err != nil {
			c.close()
			return
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "row" {
			c.row++
			if r, ok := xmlAttr(se, "r"); ok {
				fmt.Sscan(r, &c.row)
			}
			c.cells = map[int]cellFacts{}
			c.readCells()
			return
		}
	}
}

// readCells reads the cells of a row up to its end.
func (c *sheetCursor) readCells() {
	col, cur, inValue := -1, cellFacts{}, false
	for {
		tok, err := c.dec.RawToken()
		if err != nil {
			c.close()
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "c":
				col++
				if r, ok := xmlAttr(t, "r"); ok {
					if n, _, err := excelize.CellNameToCoordinates(r); err == nil {
						col = n - 1
					}
				}
				cur = cellFacts{}
				if st, ok := xmlAttr(t, "s"); ok {
					cur.style, _ = strconv.Atoi(st)
				}
			case "f":
				cur.formula = true
			case "v":
				inValue = true
			case "is":
				cur.value = true
			}
		case xml.CharData:
			cur.value = cur.value || inValue && len(bytes.TrimSpace(t)) > 0
		case xml.EndElement:
			switch t.Name.Local {
			case "v":
				inValue = false
			case "c":
				c.cells[col] = cur
			case "row":
				return
			}
		}
	}
}

func (c *sheetCursor) close() {
	c.done = true
	if c.rc != nil {
		c.rc.Close()
		c.rc = nil
	}
}

// xmlAttr returns the attribute local of se.
func xmlAttr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// zipFile returns the file of z at name, in any case; nil when there is
// none.
func zipFile(z *zip.Reader, name string) *zip.File {
	for _, f := range z.File {
		if strings.EqualFold(f.Name, name) {
			return f
		}
	}
	return nil
}

// firstSheetPath finds the part of the first sheet of the workbook z: the
// office document that _rels/.rels names (xl/workbook.xml), its first
// sheet and the part its relationship names.
func firstSheetPath(z *zip.Reader) string {
	book := "xl/workbook.xml"
	for _, r := range zipRels(z, "_rels/.rels") {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			book = strings.TrimPrefix(r.Target, "/")
		}
	}
	dir, base := path.Split(book)
	f := zipFile(z, book)
	if f == nil {
		return ""
	}
	var wb struct {
		Sheets []struct {
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	if rc, err := f.Open(); err == nil {
		xml.NewDecoder(io.LimitReader(rc, xlsxMemory)).Decode(&wb)
		rc.Close()
	}
	if len(wb.Sheets) == 0 {
		return ""
	}
	id := ""
	for _, a := range wb.Sheets[0].Attrs {
		if a.Name.Local == "id" && a.Name.Space != "" {
			id = a.Value
		}
	}
	for _, r := range zipRels(z, dir+"_rels/"+base+".rels") {
		if r.ID == id {
			if strings.HasPrefix(r.Target, "/") {
				return strings.TrimPrefix(r.Target, "/")
			}
			return path.Join(dir, r.Target)
		}
	}
	return ""
}

// rel is a relationship of a package part.
type rel struct {
	ID     string `xml:"Id,attr"`
	Type   string `xml:"Type,attr"`
	Target string `xml:"Target,attr"`
}

// zipRels reads the relationships part name of z; nil when there is none.
func zipRels(z *zip.Reader, name string) []rel {
	f := zipFile(z, name)
	if f == nil {
		return nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	var rels struct {
		Rel []rel `xml:"Relationship"`
	}
	xml.NewDecoder(io.LimitReader(rc, xlsxMemory)).Decode(&rels)
	return rels.Rel
}

// formulaWithoutValue reports whether the cell at row and col holds a
// formula but no value: a workbook written by a program that does not
// calculate its formulas (excelize reads such a cell as empty).
func (x *xlsxRows) formulaWithoutValue(row, col int) bool {
	if col >= x.rawWidth {
		return false // right of the row's last cell in the XML
	}
	if x.formulas == 0 {
		x.formulas = -1
		if sheetHasFormulas(x.data) {
			x.formulas = 1
		}
	}
	if x.formulas < 0 {
		return false
	}
	f, ok := x.cellFacts(row, col)
	return ok && f.formula && !f.value
}

// cellNote says, for a cell with a problem, what its format tells: that
// it is formatted as a date, and the date Excel shows.
func (x *xlsxRows) cellNote(row, col int, text string) string {
	f, ok := x.cellFacts(row, col)
	if !ok || !f.value {
		return ""
	}
	st, err := x.f.GetStyle(f.style)
	if err != nil || !isDateFormat(st) {
		return ""
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return "" // text, whatever its format
	}
	shows := ""
	props, _ := x.f.GetWorkbookProps()
	if t, err := excelize.ExcelDateToTime(v, props.Date1904 != nil && *props.Date1904); err == nil {
		shows = fmt.Sprintf(" (it shows the date %s, which Excel stores as the day number %s)", t.Format("2 January 2006"), text)
	}
	return fmt.Sprintf("; the cell is formatted as a date%s: enter the number itself, in a cell formatted as \"Standaard\" or \"Getal\" (\"General\" or \"Number\")", shows)
}

// isDateFormat reports whether a cell style's number format shows a
// date or time: a built-in date format or a format code with day, month,
// year or time letters outside quotes and brackets.
func isDateFormat(st *excelize.Style) bool {
	if st.CustomNumFmt == nil {
		n := st.NumFmt
		return n >= 14 && n <= 22 || n >= 27 && n <= 36 || n >= 45 && n <= 47 || n >= 50 && n <= 58
	}
	code := strings.ToLower(*st.CustomNumFmt)
	if code == "general" {
		return false
	}
	quoted, bracket, escaped := false, false, false
	for _, r := range code {
		switch {
		case escaped:
			escaped = false
		case r == '\\':
			escaped = true
		case r == '"':
			quoted = !quoted
		case quoted:
		case r == '[':
			bracket = true
		case r == ']':
			bracket = false
		case bracket:
		case strings.ContainsRune("dmyhs", r):
			return true
		}
	}
	return false
}
