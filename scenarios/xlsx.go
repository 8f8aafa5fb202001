package scenarios

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
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
	return &xlsxRows{name: name, sheet: sheets[0], f: f, rows: rows}, nil
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

func (x *xlsxRows) decimalComma() bool { return true }
func (x *xlsxRows) commaHint() string  { return "" }

func (x *xlsxRows) close() {
	x.rows.Close()
	x.f.Close()
}
