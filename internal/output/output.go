// Package output writes results for people (a plain-text table, Markdown,
// in English or Dutch: table.go; the tables of a sensitivity analysis,
// sensitivity.go, and of a calibration, calibrate.go) and for programs
// (JSON, CSV), reads them back, and joins a sensitivity analysis into the
// results of the same run (merge.go). The words are internal/i18n's.
package output

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/vwnw/vwnw/internal/csvdialect"
	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// Formats lists the formats Write accepts.
var Formats = []string{"table", "json", "csv", "markdown"}

// Write writes r to w in format, one of Formats; the table and the
// Markdown in English.
func Write(w io.Writer, r *model.Results, format string) error { return WriteIn(w, r, format, "en") }

// WriteIn writes r to w in format, one of Formats; the table and the
// Markdown in lang ("en" or "nl"), JSON and CSV as they always are.
func WriteIn(w io.Writer, r *model.Results, format, lang string) error {
	switch format {
	case "table":
		return TableIn(w, r, lang)
	case "markdown":
		return MarkdownIn(w, r, lang)
	case "json":
		return JSON(w, r)
	case "csv":
		return CSV(w, r)
	}
	return fmt.Errorf("unknown format %q; allowed: %s", format, strings.Join(Formats, ", "))
}

// JSON writes r as one indented JSON object (docs/commands.md).
func JSON(w io.Writer, r *model.Results) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// CSVHeader is the header row of CSV output.
var CSVHeader = []string{"scenario", "section", "key", "mean", "sd", "se", "p5", "p50", "p95", "prob_positive"}

// CSV writes one row per scenario and quantity: the NPV and NPV per
// participant of each stakeholder, the NPV by line item (section
// npv_by_item, key stakeholder.item, the items npv_by_item lists), and
// each outcome. A quantity no
// iteration defines has empty cells. It writes the en dialect of
// CSVDialect.
func CSV(w io.Writer, r *model.Results) error { return CSVDialect(w, r, csvdialect.EN) }

// CSVDialect writes the rows of CSV in dialect d: en for scripts (RFC 4180,
// decimal points), nl for Dutch Excel (BOM, semicolons, decimal commas).
func CSVDialect(w io.Writer, r *model.Results, d csvdialect.Dialect) error {
	cw := csvdialect.NewWriter(w, d)
	if err := cw.WriteStrings(CSVHeader); err != nil {
		return err
	}
	for _, s := range r.Scenarios {
		for _, row := range rows(&s) {
			sm := row.s
			rec := []csvdialect.Field{csvdialect.Text(s.Name), csvdialect.Text(row.section), csvdialect.Text(row.key)}
			for _, v := range []float64{sm.Mean, sm.SD, sm.SE, sm.P5, sm.P50, sm.P95, sm.ProbPositive} {
				rec = append(rec, csvdialect.Number(v)) // empty when no iteration defines it
			}
			if err := cw.Write(rec...); err != nil { // text cells neutralised by csvdialect
				return err
			}
		}
	}
	return cw.Flush()
}

type row struct {
	section, key string
	s            model.Summary
}

func rows(s *model.ScenarioResult) []row {
	var out []row
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		out = append(out, row{"npv", st.Key(), *s.NPV.At(st)})
	}
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		out = append(out, row{"npv_per_participant", st.Key(), *s.NPVPerParticipant.At(st)})
	}
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		for _, it := range *s.NPVByItem.At(st) {
			out = append(out, row{"npv_by_item", st.Key() + "." + it.Item.Key(), it.Summary})
		}
	}
	for _, o := range outcomes(&s.Outcomes) {
		out = append(out, row{"outcomes", o.key, o.s})
	}
	return out
}

// outcome is one of the outcomes, in the order of i18n.Terminal.Outcomes.
type outcome struct {
	key  string
	s    model.Summary
	unit string // "%" for shares, "months", "€", "ratio"
}

func outcomes(o *model.Outcomes) []outcome {
	return []outcome{
		{"employed_6m", o.EmployedAt6, "%"},
		{"employed_12m", o.EmployedAt12, "%"},
		{"employed_24m", o.EmployedAt24, "%"},
		{"months_unemployed", o.MonthsUnemployed, "months"},
		{"months_ww", o.MonthsWW, "months"},
		{"months_bijstand", o.MonthsBijstand, "months"},
		{"wage_ratio", o.WageRatio, "ratio"},
		{"cost_per_participant", o.CostPerParticipant, "€"},
		{"sector_change", o.SectorChange, "%"},
		{"utilisation", o.Utilisation, "%"},
		{"waiting_months", o.WaitingMonths, "months"},
		{"served_within_month", o.ServedWithinMonth, "%"},
	}
}

// Euros formats x as whole euros with thousands separators: 1,234,567 or
// -1,234.
func Euros(x float64) string { return i18n.Grouped(x) }

// Table writes r for people in English; TableIn in a language.
func Table(w io.Writer, r *model.Results) error { return TableIn(w, r, "en") }

// Markdown writes r as Markdown tables in English, for reports and issues;
// MarkdownIn in a language.
func Markdown(w io.Writer, r *model.Results) error { return MarkdownIn(w, r, "en") }

// Printer writes formatted text and keeps the first write error, so a
// table can be written line by line and checked once.
type Printer struct {
	W   io.Writer
	Err error
}

// Printf writes unless an earlier write failed.
func (p *Printer) Printf(format string, args ...any) {
	if p.Err == nil {
		_, p.Err = fmt.Fprintf(p.W, format, args...)
	}
}
