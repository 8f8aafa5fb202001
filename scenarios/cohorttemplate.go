package scenarios

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// TemplateFormats are the formats of WriteCohortTemplate.
var TemplateFormats = []string{"csv", "xlsx"}

// WriteCohortTemplate writes an empty cohort file to w — a header row and
// no persons — in format "csv" or "xlsx", with the column names of lang,
// "nl" or "en". Each header cell holds the column's name and, in
// parentheses, its unit and range or its categories; the reader ignores
// the parentheses. A Dutch CSV file is what Dutch Excel writes (byte order
// mark, semicolons, CRLF); an English one is plain UTF-8 with commas. A
// workbook has the header on its first sheet, with drop-down lists and
// range checks on the rows below, and a second sheet that explains each
// column.
func WriteCohortTemplate(w io.Writer, format, lang string) error {
	if lang != "nl" && lang != "en" {
		return fmt.Errorf("language %q: want nl or en", lang)
	}
	switch format {
	case "csv":
		return writeCSVTemplate(w, lang)
	case "xlsx":
		return writeXLSXTemplate(w, lang)
	}
	return fmt.Errorf("template format %q: want %s", format, strings.Join(TemplateFormats, " or "))
}

// headerCell is a template's header cell for c: "leeftijd (jaren: 15 tot
// 80)", "opleiding (laag | midden | hoog)". It holds no comma, semicolon
// or tab, so that either separator reads it.
func (c *cohortColumn) headerCell(lang string) string {
	name, unit, to := c.key, c.unit, "to"
	if lang == "nl" {
		name, unit, to = c.nl, c.unitNL, "tot"
	}
	return name + " (" + c.describe(lang, unit, to) + ")"
}

// describe says what a cell of c holds: its categories, or its unit and
// range.
func (c *cohortColumn) describe(lang, unit, to string) string {
	if c.values != nil {
		return strings.Join(c.categories(lang), " | ")
	}
	r := personRanges[c.key]
	return fmt.Sprintf("%s: %s %s %s", unit, num(r.lo), to, num(r.hi))
}

// categories are the names of c's values in lang.
func (c *cohortColumn) categories(lang string) []string {
	if lang == "en" {
		return c.values
	}
	out := make([]string, len(c.values))
	for i := range c.values {
		out[i] = c.valuesNL[i][0]
	}
	return out
}

func writeCSVTemplate(w io.Writer, lang string) error {
	cw := csv.NewWriter(w)
	if lang == "nl" {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
		cw.Comma, cw.UseCRLF = ';', true
	}
	header := make([]string, len(cohortColumns))
	for i := range cohortColumns {
		header[i] = cohortColumns[i].headerCell(lang)
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// templateRows is how many rows below the header the workbook template
// checks.
const templateRows = 10000

// templateText holds the workbook template's words.
var templateText = map[string]map[string]string{
	"nl": {
		"sheet": "Cohort", "about": "Toelichting", "column": "Kolom", "required": "Verplicht",
		"yes": "ja", "no": "nee", "holds": "Inhoud", "synonyms": "Ook geaccepteerd",
		"intro": "Eén rij per deelnemer, geanonimiseerd: geen namen of nummers. vwnw leest het eerste werkblad; de tekst tussen haakjes in de kop mag blijven staan.",
	},
	"en": {
		"sheet": "Cohort", "about": "Columns", "column": "Column", "required": "Required",
		"yes": "yes", "no": "no", "holds": "Holds", "synonyms": "Also accepted",
		"intro": "One row per participant, anonymised: no names or numbers. vwnw reads the first sheet; the text in parentheses in the header may stay.",
	},
}

func writeXLSXTemplate(w io.Writer, lang string) error {
	t := templateText[lang]
	f := excelize.NewFile()
	defer f.Close()
	sheet := t["sheet"]
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	for i := range cohortColumns {
		c := &cohortColumns[i]
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetCellStr(sheet, col+"1", c.headerCell(lang)); err != nil {
			return err
		}
		if err := f.SetColWidth(sheet, col, col, float64(max(12, len([]rune(c.headerCell(lang)))))); err != nil {
			return err
		}
		if err := f.AddDataValidation(sheet, templateValidation(c, lang, col)); err != nil {
			return err
		}
	}
	last, _ := excelize.ColumnNumberToName(len(cohortColumns))
	if err := f.SetCellStyle(sheet, "A1", last+"1", bold); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := writeTemplateAbout(f, lang, bold); err != nil {
		return err
	}
	return f.Write(w)
}

// templateValidation checks column col of the template's rows: a list of
// categories, or a number within the column's range.
func templateValidation(c *cohortColumn, lang, col string) *excelize.DataValidation {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(fmt.Sprintf("%s2:%s%d", col, col, templateRows+1))
	if c.values != nil {
		_ = dv.SetDropList(c.categories(lang)) // short lists, within Excel's 255 characters
	} else {
		r := personRanges[c.key]
		kind := excelize.DataValidationTypeDecimal
		if r.whole {
			kind = excelize.DataValidationTypeWhole
		}
		_ = dv.SetRange(r.lo, r.hi, kind, excelize.DataValidationOperatorBetween) // finite bounds
	}
	unit, to := c.unit, "to"
	if lang == "nl" {
		unit, to = c.unitNL, "tot"
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, c.headerCell(lang), c.describe(lang, unit, to))
	return dv
}

// writeTemplateAbout adds the sheet that explains the columns.
func writeTemplateAbout(f *excelize.File, lang string, bold int) error {
	t := templateText[lang]
	about := t["about"]
	if _, err := f.NewSheet(about); err != nil {
		return err
	}
	rows := [][]any{{t["intro"]}, {}, {t["column"], t["required"], t["holds"], t["synonyms"]}}
	for i := range cohortColumns {
		c := &cohortColumns[i]
		name, unit, to, other := c.key, c.unit, "to", c.nl
		if lang == "nl" {
			name, unit, to, other = c.nl, c.unitNL, "tot", c.key
		}
		req := t["no"]
		if c.required {
			req = t["yes"]
		}
		holds := c.describe(lang, unit, to)
		if c.values == nil {
			holds = unit + ", " + num(personRanges[c.key].lo) + " " + to + " " + num(personRanges[c.key].hi)
		}
		rows = append(rows, []any{name, req, holds, strings.Join(append([]string{other}, c.synonyms...), ", ")})
	}
	for i, r := range rows {
		if err := f.SetSheetRow(about, "A"+strconv.Itoa(i+1), &r); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(about, "A3", "D3", bold); err != nil {
		return err
	}
	return f.SetColWidth(about, "A", "D", 28)
}
