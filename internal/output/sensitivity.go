package output

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/internal/csvdialect"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/sensitivity"
)

// AllStakeholders, as the stakeholder of WriteSensitivity, shows every
// stakeholder.
const AllStakeholders model.Stakeholder = -1

// WriteSensitivity writes the results of a sensitivity run (r.Sensitivity)
// in format, one of Formats: json is the whole results object (as
// results.json), csv one row per number (SensitivityCSV), table and
// markdown for people (SensitivityTable; markdown as a code block). only,
// unless AllStakeholders, limits the tables to that stakeholder; top limits
// their rows per stakeholder (0: all).
func WriteSensitivity(w io.Writer, r *model.Results, format string, only model.Stakeholder, top int) error {
	switch format {
	case "json":
		return JSON(w, r)
	case "csv":
		return SensitivityCSV(w, r.Sensitivity)
	case "markdown":
		var buf bytes.Buffer
		if err := SensitivityTable(&buf, r, only, top); err != nil {
			return err
		}
		_, err := fmt.Fprintf(w, "```\n%s```\n", buf.String())
		return err
	}
	return SensitivityTable(w, r, only, top)
}

// stakeholders lists only, or every stakeholder with society first.
func stakeholders(only model.Stakeholder) []model.Stakeholder {
	if only >= 0 {
		return []model.Stakeholder{only}
	}
	out := []model.Stakeholder{model.Society} // society first, then the parties in their usual order
	for k := range model.NumParties {
		out = append(out, model.Stakeholder(k))
	}
	return out
}

// fmtNum formats a parameter value with up to 4 significant digits.
func fmtNum(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }

// fmtInterval formats a Sobol index with its 95% interval.
func fmtInterval(iv model.Interval) string {
	return fmt.Sprintf("%5.2f [%5.2f, %5.2f]", iv.Est, iv.Lo, iv.Hi)
}

// SensitivityTable writes r.Sensitivity for people: per stakeholder (only,
// unless AllStakeholders) the tornado bars, Sobol indices or EVPPI sorted
// for that stakeholder, at most top rows each (0: all), or the break-even
// grid and roots; then the notes.
func SensitivityTable(w io.Writer, r *model.Results, only model.Stakeholder, top int) error {
	t := &Printer{W: w}
	sn := r.Sensitivity
	ru := r.Run
	t.Printf("vwnw %s sensitivity (%s): %s against %s, seed %d, horizon %d months, euros of %d, cohort of %d\n",
		r.Version, sn.Method, sn.Scenario, sn.Baseline, ru.Seed, ru.HorizonMonths, ru.PriceYear, sn.CohortSize)
	t.Printf("NPV = scenario minus baseline for the whole cohort; positive = better off. Common random numbers throughout.\n")
	x := &sensTable{t: t, sn: sn, only: only, top: top, pw: paramWidth(sn)}
	switch {
	case sn.Tornado != nil:
		x.tornado()
	case sn.Sobol != nil:
		x.sobol()
	case sn.EVPI != nil:
		x.evpi()
	case sn.Breakeven != nil:
		x.breakeven()
	}
	x.notes()
	return t.Err
}

// sensTable writes the sections of SensitivityTable.
type sensTable struct {
	t    *Printer
	sn   *model.Sensitivity
	only model.Stakeholder
	top  int
	pw   int // width of the parameter column
}

// paramWidth is the width of the parameter column.
func paramWidth(sn *model.Sensitivity) int {
	pw := len("parameter or group")
	for _, b := range sn.Tornado {
		pw = max(pw, len(b.Param))
	}
	for _, s := range sn.Sobol {
		pw = max(pw, len(s.Param))
	}
	if sn.EVPI != nil {
		for _, p := range sn.EVPI.Partial {
			pw = max(pw, len(p.Param))
		}
	}
	if sn.Breakeven != nil {
		pw = len(sn.Breakeven.Param)
	}
	return pw
}

// limit is the number of rows of n shown.
func (x *sensTable) limit(n int) int {
	if x.top == 0 {
		return n
	}
	return min(n, x.top)
}

// more says how many rows were not shown.
func (x *sensTable) more(shown, n int) {
	if shown < n {
		x.t.Printf("  … %d more (--top 0 shows all; --json has every number)\n", n-shown)
	}
}

func (x *sensTable) tornado() {
	t, sn := x.t, x.sn
	bars := slices.Clone(sn.Tornado)
	t.Printf("SE: Monte-Carlo standard error of the swing; ~: the swing is within %d SE of zero, not distinguishable from noise.\n", sensitivity.NoiseSEs)
	for _, st := range stakeholders(x.only) {
		sensitivity.SortTornado(bars, st)
		t.Printf("\n%s — NPV with every parameter at its median: %s €\n", st.Key(), Euros(*bars[0].Base.At(st)))
		if !slices.ContainsFunc(bars, func(b model.TornadoBar) bool { return *b.AtLow.At(st) != 0 || *b.AtHi.At(st) != 0 }) {
			t.Printf("  no cash flows that differ from the baseline: no parameter moves this NPV from zero\n")
			continue
		}
		t.Printf("  %-*s %10s %10s %13s %13s %12s %10s\n", x.pw, "parameter", "p10", "p90", "NPV at p10 €", "NPV at p90 €", "swing €", "SE €")
		n := x.limit(len(bars))
		for _, b := range bars[:n] {
			mark := ""
			if *b.Noise.At(st) {
				mark = " ~"
			}
			t.Printf("  %-*s %10s %10s %13s %13s %12s %10s%s\n", x.pw, b.Param, fmtNum(b.Low), fmtNum(b.High),
				Euros(*b.AtLow.At(st)), Euros(*b.AtHi.At(st)), Euros(b.Swing(st)), Euros(*b.SwingSE.At(st)), mark)
		}
		x.more(n, len(bars))
	}
}

func (x *sensTable) sobol() {
	t, sn := x.t, x.sn
	idx := slices.Clone(sn.Sobol)
	for _, st := range stakeholders(x.only) {
		slices.SortStableFunc(idx, func(x, y model.SobolIndex) int {
			return -cmpF(x.Total.At(st).Est, y.Total.At(st).Est)
		})
		t.Printf("\n%s — Sobol indices, estimate [95%% interval]", st.Key())
		if sn.SobolStochastic != nil {
			t.Printf("; chance within the cohort: %s", fmtInterval(*sn.SobolStochastic.At(st)))
		}
		t.Printf("\n")
		if sn.SobolStochastic != nil && sn.SobolStochastic.At(st).Est > sensitivity.ChanceShareWarn {
			var first, total float64
			for _, s := range idx {
				first += s.First.At(st).Est
				total += s.Total.At(st).Est
			}
			t.Printf("  %.0f%% of the variance is chance within the cohort: total orders include each parameter's\n", 100*sn.SobolStochastic.At(st).Est)
			t.Printf("  interactions with it (they add up to %.2f, first orders to %.2f); read first orders for effects on average.\n", total, first)
		}
		t.Printf("  %-*s %-22s %s\n", x.pw, "parameter or group", "first order", "total order")
		n := x.limit(len(idx))
		for _, s := range idx[:n] {
			t.Printf("  %-*s %-22s %s\n", x.pw, s.Param, fmtInterval(*s.First.At(st)), fmtInterval(*s.Total.At(st)))
		}
		x.more(n, len(idx))
	}
}

func (x *sensTable) evpi() {
	t, sn := x.t, x.sn
	e := sn.EVPI
	t.Printf("\nOptions: %s. Best for society on average: %s.\n", strings.Join(e.Options, ", "), e.Best.Society)
	t.Printf("Share of parameter sets in which each option is best for society:")
	for d, o := range e.Options {
		t.Printf(" %s %.0f%%", o, 100*e.ProbBest[d])
	}
	t.Printf("\n\n  %-21s %14s %18s   %s\n", "EVPI, who chooses", "cohort €", "per person €", "best on average")
	for _, st := range stakeholders(x.only) {
		t.Printf("  %-21s %14s %18s   %s\n", st.Key(), Euros(*e.Cohort.At(st)), Euros(*e.PerParticipant.At(st)), *e.Best.At(st))
	}
	parts := slices.Clone(e.Partial)
	if len(parts) > 0 {
		t.Printf("\nEVPPI net of its noise floor (what the regression finds with the parameter's values permuted);\n~: not distinguishable from zero, read as zero.\n")
	}
	for _, st := range stakeholders(x.only) {
		if len(parts) == 0 {
			break
		}
		if *e.Cohort.At(st) == 0 && !slices.ContainsFunc(parts, func(p model.EVPPI) bool { return *p.Raw.At(st) != 0 }) {
			t.Printf("\n%s — EVPPI: zero for every parameter (this party's NPV does not depend on the choice)\n", st.Key())
			continue
		}
		sensitivity.SortEVPPI(parts, st)
		t.Printf("\n%s — EVPPI, which study first\n  %-*s %14s %18s %12s %14s\n", st.Key(), x.pw, "parameter or group", "cohort €", "per person €", "raw €", "noise floor €")
		n := x.limit(len(parts))
		for _, p := range parts[:n] {
			mark := ""
			if !*p.Distinct.At(st) {
				mark = " ~"
			}
			t.Printf("  %-*s %14s %18s %12s %14s%s\n", x.pw, p.Param, Euros(*p.Cohort.At(st)), Euros(*p.PerParticipant.At(st)),
				Euros(*p.Raw.At(st)), Euros(*p.NoiseFloor.At(st)), mark)
		}
		x.more(n, len(parts))
	}
}

func (x *sensTable) breakeven() {
	t, sn := x.t, x.sn
	b := sn.Breakeven
	head := "mean NPV of " + b.Stakeholder + " €"
	t.Printf("\n%s\n\n  %-*s  %*s\n", b.Message, x.pw, b.Param, len(head), head)
	for _, g := range b.Grid {
		t.Printf("  %-*s  %*s\n", x.pw, fmtNum(g.Value), len(head), Euros(g.NPV))
	}
	for _, r := range b.Roots {
		t.Printf("  %-*s  %*s   ← break-even\n", x.pw, strconv.FormatFloat(r, 'g', 6, 64), len(head), "0")
	}
	t.Printf("  (%d evaluations of %d iterations each)\n", b.Evaluations, sn.Samples)
}

// notes writes the notes but the break-even message, which breakeven
// wrote.
func (x *sensTable) notes() {
	t, sn := x.t, x.sn
	var notes []string
	for _, n := range sn.Notes {
		if sn.Breakeven == nil || n != sn.Breakeven.Message {
			notes = append(notes, n)
		}
	}
	if len(notes) > 0 {
		t.Printf("\n")
		for _, n := range notes {
			t.Printf("Note: %s\n", n)
		}
	}
}

// cmpF returns -1, 0 or +1 as x is less than, equal to or greater than y;
// unlike cmp.Compare it treats NaN as equal to everything.
func cmpF(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// SensitivityCSV writes sn as one row per number: method, stakeholder,
// parameter, quantity, value. It writes the en dialect of
// SensitivityCSVDialect.
func SensitivityCSV(w io.Writer, sn *model.Sensitivity) error {
	return SensitivityCSVDialect(w, sn, csvdialect.EN)
}

// SensitivityCSVDialect writes the rows of SensitivityCSV in dialect d.
func SensitivityCSVDialect(w io.Writer, sn *model.Sensitivity, d csvdialect.Dialect) error {
	cw := csvdialect.NewWriter(w, d)
	_ = cw.WriteStrings([]string{"method", "stakeholder", "parameter", "quantity", "value"})
	row := func(st, param, q string, v float64) {
		_ = cw.Write(csvdialect.Text(sn.Method), csvdialect.Text(st), csvdialect.Text(param), csvdialect.Text(q), csvdialect.Number(v))
	}
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		key := st.Key()
		for _, b := range sn.Tornado {
			row(key, b.Param, "p10", b.Low)
			row(key, b.Param, "p90", b.High)
			row(key, b.Param, "npv_base", *b.Base.At(st))
			row(key, b.Param, "npv_low", *b.AtLow.At(st))
			row(key, b.Param, "npv_high", *b.AtHi.At(st))
			row(key, b.Param, "swing_se", *b.SwingSE.At(st))
			row(key, b.Param, "noise", b01(*b.Noise.At(st)))
		}
		for _, s := range sn.Sobol {
			for _, c := range []struct {
				name string
				iv   model.Interval
			}{{"first", *s.First.At(st)}, {"total", *s.Total.At(st)}} {
				row(key, s.Param, c.name, c.iv.Est)
				row(key, s.Param, c.name+"_lo", c.iv.Lo)
				row(key, s.Param, c.name+"_hi", c.iv.Hi)
			}
		}
		if e := sn.EVPI; e != nil {
			row(key, "", "evpi", *e.Cohort.At(st))
			row(key, "", "evpi_per_participant", *e.PerParticipant.At(st))
			for _, p := range e.Partial {
				row(key, p.Param, "evppi", *p.Cohort.At(st))
				row(key, p.Param, "evppi_per_participant", *p.PerParticipant.At(st))
				row(key, p.Param, "evppi_raw", *p.Raw.At(st))
				row(key, p.Param, "evppi_noise_floor", *p.NoiseFloor.At(st))
				row(key, p.Param, "evppi_distinct", b01(*p.Distinct.At(st)))
			}
		}
	}
	if b := sn.Breakeven; b != nil {
		for _, g := range b.Grid {
			row(b.Stakeholder, b.Param, "npv_at_"+strconv.FormatFloat(g.Value, 'g', -1, 64), g.NPV)
		}
		for _, r := range b.Roots {
			row(b.Stakeholder, b.Param, "breakeven", r)
		}
	}
	return cw.Flush()
}

// b01 is 1 for true and 0 for false, for CSV.
func b01(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
