package output

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/calibrate"
	"github.com/vwnw/vwnw/scenarios"
)

// CalibrationTable writes the calibration c for people in lang ("en" or
// "nl"): the observation, the fitted values with their intervals and what
// the data leave open, observed against simulated counts per category, the
// goodness of fit, and the calibrated scenario written. Keys and category
// keys stay as they are; the categories are named beside them.
func CalibrationTable(w io.Writer, c *calibrate.Report, lang string) error {
	if lang != "nl" {
		lang = "en"
	}
	x := &calTable{p: &Printer{W: w}, c: c, tx: i18n.CalibrateText(lang), lang: lang}
	x.header()
	x.fitted()
	x.categories()
	x.fit()
	return x.p.Err
}

// calTable writes the parts of CalibrationTable.
type calTable struct {
	p    *Printer
	c    *calibrate.Report
	tx   *i18n.Calibrate
	lang string
}

// num formats x with decimals in the table's notation.
func (x *calTable) num(v float64, decimals int) string {
	return strings.Replace(i18n.Number(v, decimals, x.lang), i18n.Minus, "-", 1)
}

// pct formats a share as a percentage with one decimal.
func (x *calTable) pct(share float64) string { return x.num(100*share, 1) + "%" }

// value formats a fitted value: four significant digits, a decimal comma
// in Dutch.
func (x *calTable) value(v float64) string {
	return decimalIn(calibrate.FormatFitted(v), x.lang)
}

// shipped names a scenario or observation file as the table's language
// does: "pilot (shipped)" is "pilot (meegeleverd)" in Dutch.
func (x *calTable) shipped(file string) string {
	if name, ok := strings.CutSuffix(file, i18n.CalibrateText("en").Shipped); ok {
		return name + x.tx.Shipped
	}
	return file
}

func (x *calTable) header() {
	p, c, tx := x.p, x.c, x.tx
	obs, setup := c.Setup.Observation, c.Setup
	months := make([]string, len(obs.Entries))
	for i, n := range obs.Entries {
		months[i] = strconv.Itoa(n)
	}
	last := obs.FirstEntry.AddDate(0, len(obs.Entries)-1, 0)
	p.Printf(tx.Header, c.Version, x.shipped(setup.Scenario.File), x.shipped(obs.File))
	p.Printf(tx.Observed, i18n.Count(obs.Total(), i18n.Entrants, x.lang), obs.FirstEntry.Format("2006-01"), last.Format("2006-01"),
		strings.Join(months, ", "), obs.Date.Format("2006-01-02"), obs.Month())
	p.Printf(tx.Method, i18n.Count(setup.Config.Iterations, i18n.Iterations, x.lang))
	p.Printf(tx.Method2, setup.Config.Seed, i18n.Count(c.Result.Evaluations, i18n.Simulations, x.lang), x.num(c.Elapsed.Seconds(), 1))
}

func (x *calTable) fitted() {
	p, tx, res := x.p, x.tx, x.c.Result
	kw := runes(tx.KeyCol)
	for _, e := range res.Estimates {
		kw = max(kw, runes(e.Name))
	}
	lvl := decimalIn(strconv.FormatFloat(100*res.Level, 'g', -1, 64), x.lang)
	sw, ew := max(10, runes(tx.StartCol)), max(10, runes(tx.EstimateCol))
	p.Printf("  %-*s  %*s  %*s  %s %s\n", kw, tx.KeyCol, sw, tx.StartCol, ew, tx.EstimateCol, fmt.Sprintf(tx.Interval, lvl), tx.Profile)
	intervals := make([]string, len(res.Estimates))
	iw := 0
	for i, e := range res.Estimates {
		lo, hi := x.value(e.Lower), x.value(e.Upper)
		if e.LowerOpen {
			lo = "(" + lo
		}
		if e.UpperOpen {
			hi += ")"
		}
		intervals[i] = lo + " – " + hi
		iw = max(iw, runes(intervals[i]))
	}
	for i, e := range res.Estimates {
		line := fmt.Sprintf("  %-*s  %*s  %*s  %-*s", kw, e.Name, sw, x.value(e.Start), ew, x.value(e.Value), iw, intervals[i])
		if l := i18n.ParamLabel(e.Name, x.lang); l != "" {
			line += "   " + l
		}
		p.Printf("%s\n", strings.TrimRight(line, " "))
	}
	for _, e := range res.Estimates {
		switch {
		case e.LowerOpen && e.UpperOpen && e.Why.Reason == calibrate.BoundNeither:
			// NOT IDENTIFIED says it.
		case e.LowerOpen && e.UpperOpen:
			p.Printf(tx.OpenBoth, e.Name)
		case e.LowerOpen:
			p.Printf(tx.OpenBelow, e.Name)
		case e.UpperOpen:
			p.Printf(tx.OpenAbove, e.Name)
		}
		if why := x.why(e); why != "" {
			p.Printf(tx.NotIdentified, e.Name, why)
		}
	}
	var world []string
	for _, e := range res.Estimates {
		if scenarios.IsWorldKey(e.Name) {
			world = append(world, e.Name)
		}
	}
	if len(world) > 0 {
		f := tx.WorldOne
		if len(world) > 1 {
			f = tx.WorldMany
		}
		p.Printf(f, strings.Join(world, ", "), x.c.Setup.Scenario.Name)
	}
}

// why says in the table's language why the data do not identify e, or ""
// when they do.
func (x *calTable) why(e calibrate.Estimate) string {
	r := x.tx.Reasons
	switch e.Why.Reason {
	case calibrate.BoundNeither:
		return r[0]
	case calibrate.HalfRange:
		return fmt.Sprintf(r[1], x.value(e.Why.Lo), x.value(e.Why.Hi))
	case calibrate.Wide:
		return fmt.Sprintf(r[2], calibrate.WideFactor)
	case calibrate.WideFromUpper:
		return fmt.Sprintf(r[3], calibrate.WideFactor)
	}
	return ""
}

func (x *calTable) categories() {
	p, tx, c := x.p, x.tx, x.c
	obs, res := c.Setup.Observation, c.Result
	lw := runes(tx.Total)
	for k := range model.NumCategories {
		lw = max(lw, runes(model.Category(k).Key()))
	}
	h := tx.CategoryCols
	wd := []int{8, 6, 9, 8} // columns two spaces apart, each as wide as its heading
	for i, head := range h[1:] {
		wd[i] = max(wd[i], runes(head))
	}
	p.Printf("\n  %-*s  %*s  %*s  %*s  %*s\n", lw, h[0], wd[0], h[1], wd[1], h[2], wd[2], h[3], wd[3], h[4])
	exp := c.Expected()
	n := float64(obs.Total())
	for k := range model.NumCategories {
		o := float64(obs.Counts[k])
		p.Printf("  %-*s  %*d  %*s  %*s  %*s   %s\n", lw, model.Category(k).Key(), wd[0], obs.Counts[k], wd[1], x.pct(o/n),
			wd[2], x.pct(res.Shares[k]), wd[3], x.num(exp[k], 1), tx.Categories[k])
	}
	p.Printf("  %-*s  %*d  %*s  %*s  %*s\n", lw, tx.Total, wd[0], obs.Total(), wd[1], x.pct(1), wd[2], x.pct(1), wd[3], x.num(n, 1))

	oc, sc := calibrate.ContinuingOf(obs.CountsFloat()), calibrate.ContinuingOf(exp)
	p.Printf(tx.Continuing, strconv.FormatFloat(oc.Continuing, 'g', -1, 64))
	cw := max(runes(tx.Work), runes(tx.WorkEdu))
	count := func(v float64) string { return padLeft(strconv.FormatFloat(v, 'g', -1, 64), 2) }
	p.Printf("    %-*s %s\n", cw, tx.Work, fmt.Sprintf(tx.ObsSim, count(oc.Work), x.pct(oc.WorkShare), x.pct(sc.WorkShare)))
	p.Printf("    %-*s %s\n", cw, tx.WorkEdu, fmt.Sprintf(tx.ObsSim, count(oc.WorkEducation), x.pct(oc.WorkEducationPct), x.pct(sc.WorkEducationPct)))
}

func (x *calTable) fit() {
	p, tx, c := x.p, x.tx, x.c
	g := c.Result.Fit
	p.Printf(tx.Fit, x.num(g.G2, 2), x.num(g.X2, 2), i18n.Count(g.DF, i18n.DegreesOfFreedom, x.lang))
	if g.DF >= 1 {
		p.Printf(tx.FitP, x.num(g.PG2, 2), x.num(g.PX2, 2))
	}
	p.Printf("\n")
	if g.MinExpected < 5 {
		p.Printf(tx.MinExpected, x.num(g.MinExpected, 1))
	}
	if c.Written != "" {
		p.Printf(tx.Wrote, c.Written, c.RunCommand())
		if w := c.Setup.WorldOverrides(); len(w) > 0 {
			p.Printf(tx.WorldSet, calibrate.SetFlags(w))
		}
	}
}

// padLeft pads s with spaces on the left to width runes.
func padLeft(s string, width int) string {
	if n := runes(s); n < width {
		return strings.Repeat(" ", width-n) + s
	}
	return s
}
