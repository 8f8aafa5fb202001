// Package output writes results for people (a plain-text table, Markdown)
// and for programs (JSON, CSV).
package output

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// Formats lists the formats Write accepts.
var Formats = []string{"table", "json", "csv", "markdown"}

// Write writes r to w in format, one of Formats.
func Write(w io.Writer, r *model.Results, format string) error {
	switch format {
	case "table":
		return Table(w, r)
	case "json":
		return JSON(w, r)
	case "csv":
		return CSV(w, r)
	case "markdown":
		return Markdown(w, r)
	}
	return fmt.Errorf("unknown format %q; allowed: %s", format, strings.Join(Formats, ", "))
}

// JSON writes r as one indented JSON object (MODEL.md §9).
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
// iteration defines has empty cells.
func CSV(w io.Writer, r *model.Results) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, s := range r.Scenarios {
		for _, row := range rows(&s) {
			sm := row.s
			rec := []string{s.Name, row.section, row.key}
			for _, v := range []float64{sm.Mean, sm.SD, sm.SE, sm.P5, sm.P50, sm.P95, sm.ProbPositive} {
				cell := "" // a quantity no iteration defines
				if !math.IsNaN(v) {
					cell = strconv.FormatFloat(v, 'g', -1, 64)
				}
				rec = append(rec, cell)
			}
			cells(rec[:3]) // the text cells: scenario, section, key
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
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

type outcome struct {
	key, label string
	s          model.Summary
	unit       string // "%" for shares, "months", "€", "ratio"
}

func outcomes(o *model.Outcomes) []outcome {
	return []outcome{
		{"employed_6m", "in a new job at 6 months", o.EmployedAt6, "%"},
		{"employed_12m", "in a new job at 12 months", o.EmployedAt12, "%"},
		{"employed_24m", "in a new job at 24 months", o.EmployedAt24, "%"},
		{"months_unemployed", "months unemployed", o.MonthsUnemployed, "months"},
		{"months_ww", "months on WW", o.MonthsWW, "months"},
		{"months_bijstand", "months on bijstand", o.MonthsBijstand, "months"},
		{"wage_ratio", "new / old wage", o.WageRatio, "ratio"},
		{"cost_per_participant", "resource cost per participant", o.CostPerParticipant, "€"},
		{"sector_change", "new jobs in another sector", o.SectorChange, "%"},
		{"utilisation", "case-manager capacity used", o.Utilisation, "%"},
		{"waiting_months", "months waiting for a case manager", o.WaitingMonths, "months"},
		{"served_within_month", "coached within the month", o.ServedWithinMonth, "%"},
	}
}

// Euros formats x as whole euros with thousands separators: 1,234,567 or
// -1,234.
func Euros(x float64) string { return i18n.Grouped(x) }

func formatOutcome(o outcome, v float64) string {
	if math.IsNaN(v) {
		return "n/a"
	}
	switch o.unit {
	case "%":
		return fmt.Sprintf("%.1f%%", 100*v)
	case "months":
		return fmt.Sprintf("%.1f", v)
	case "ratio":
		return fmt.Sprintf("%.3f", v)
	}
	return Euros(v)
}

// Table writes r for people: per scenario, the NPV against the baseline per
// stakeholder with its 90% interval and the chance that it is positive, then
// the key outcomes beside the baseline's.
func Table(w io.Writer, r *model.Results) error {
	ew := &Printer{W: w}
	ru := r.Run
	ew.Printf("vwnw %s: %d iterations, seed %d, horizon %d months, discount rate %.2f%%, euros of %d\n",
		r.Version, ru.Iterations, ru.Seed, ru.HorizonMonths, 100*ru.DiscountRate, ru.PriceYear)
	ew.Printf("Net present value against the baseline %q; positive = better off. Transfers cancel out in society.\n", r.Baseline)
	var base *model.ScenarioResult
	for i := range r.Scenarios {
		if r.Scenarios[i].Name == r.Baseline {
			base = &r.Scenarios[i]
		}
	}
	for i := range r.Scenarios {
		s := &r.Scenarios[i]
		if s.Name == r.Baseline && len(r.Scenarios) > 1 {
			continue
		}
		ew.Printf("\n%s — %s (cohort %d)\n", s.Name, s.Title, s.CohortSize)
		ew.Printf("  %-21s %12s %12s %12s %12s %9s\n", "stakeholder", "mean NPV €", "p5", "p95", "per person", "P(NPV>0)")
		var none []string
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			n, pp := s.NPV.At(st), s.NPVPerParticipant.At(st)
			if st == model.Society {
				ew.Printf("  %s\n", strings.Repeat("-", 84))
			}
			ew.Printf("  %-21s %12s %12s %12s %12s %9s\n", st.Key(), Euros(n.Mean), Euros(n.P5), Euros(n.P95), Euros(pp.Mean), chancePositive(*n))
			if n.Zero() {
				none = append(none, st.Key())
			}
		}
		if len(none) > 0 {
			ew.Printf("  n/a: no cash flows that differ from the baseline (%s)\n", strings.Join(none, ", "))
		}
		ew.Printf("\n  %-36s %14s %14s\n", "outcome (mean)", s.Name, r.Baseline)
		for j, o := range outcomes(&s.Outcomes) {
			bv := "-"
			if base != nil {
				bv = formatOutcome(o, outcomes(&base.Outcomes)[j].s.Mean)
			}
			ew.Printf("  %-36s %14s %14s\n", o.label, formatOutcome(o, o.s.Mean), bv)
		}
	}
	ew.Printf("\n%d person-months simulated in %.2f s on %d workers.\n", ru.PersonMonths, ru.ElapsedSeconds, ru.Workers)
	return ew.Err
}

// chancePositive formats the chance of a positive NPV, or "n/a" for a party
// without cash flows, for which "0%" would read as a certain loss.
func chancePositive(n model.Summary) string {
	if n.Zero() {
		return "n/a"
	}
	return fmt.Sprintf("%.0f%%", 100*n.ProbPositive)
}

// Markdown writes r as Markdown tables, for reports and issues.
func Markdown(w io.Writer, r *model.Results) error {
	ew := &Printer{W: w}
	ew.Printf("NPV against `%s`, euros of %d, %d iterations, seed %d, horizon %d months.\n",
		r.Baseline, r.Run.PriceYear, r.Run.Iterations, r.Run.Seed, r.Run.HorizonMonths)
	for i := range r.Scenarios {
		s := &r.Scenarios[i]
		if s.Name == r.Baseline && len(r.Scenarios) > 1 {
			continue
		}
		ew.Printf("\n### %s\n\n| stakeholder | mean | p5 | p95 | P(NPV > 0) |\n|---|---:|---:|---:|---:|\n", s.Title)
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			n := s.NPV.At(st)
			ew.Printf("| %s | %s | %s | %s | %s |\n", st.Key(), Euros(n.Mean), Euros(n.P5), Euros(n.P95), chancePositive(*n))
		}
		ew.Printf("\n| outcome | mean | p5 | p95 |\n|---|---:|---:|---:|\n")
		for _, o := range outcomes(&s.Outcomes) {
			ew.Printf("| %s | %s | %s | %s |\n", o.label, formatOutcome(o, o.s.Mean), formatOutcome(o, o.s.P5), formatOutcome(o, o.s.P95))
		}
	}
	return ew.Err
}

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
