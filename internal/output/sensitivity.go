package output

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vwnw/vwnw/internal/csvdialect"
	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/sensitivity"
)

// AllStakeholders, as the stakeholder of WriteSensitivity, shows every
// stakeholder.
const AllStakeholders model.Stakeholder = -1

// WriteSensitivity writes the results of a sensitivity run (r.Sensitivity)
// in format, one of Formats: json is the whole results object (as
// results.json), csv one row per number (SensitivityCSV), table and
// markdown for people in lang (SensitivityTableIn; markdown as a code
// block). only, unless AllStakeholders, limits the tables to that
// stakeholder; top limits their rows per stakeholder (0: all).
func WriteSensitivity(w io.Writer, r *model.Results, format string, only model.Stakeholder, top int, lang string) error {
	switch format {
	case "json":
		return JSON(w, r)
	case "csv":
		return SensitivityCSV(w, r.Sensitivity)
	case "markdown":
		var buf bytes.Buffer
		if err := SensitivityTableIn(&buf, r, only, top, lang); err != nil {
			return err
		}
		_, err := fmt.Fprintf(w, "```\n%s```\n", buf.String())
		return err
	}
	return SensitivityTableIn(w, r, only, top, lang)
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

// SensitivityTableIn writes r.Sensitivity for people in lang ("en" or
// "nl"): per stakeholder (only, unless AllStakeholders) the tornado bars,
// Sobol indices or EVPPI sorted for that stakeholder, at most top rows
// each (0: all), or the break-even grid and roots; then the notes. Each
// parameter row ends with the parameter's readable name (i18n.ParamLabel)
// beside its key.
func SensitivityTableIn(w io.Writer, r *model.Results, only model.Stakeholder, top int, lang string) error {
	if lang != "nl" {
		lang = "en"
	}
	t := &Printer{W: w}
	sn := r.Sensitivity
	ru := r.Run
	tx := i18n.SensitivityText(lang)
	x := &sensTable{t: t, sn: sn, only: only, top: top, tx: tx, lang: textIn(lang)}
	x.pw = x.paramWidth()
	t.Printf(tx.Header, r.Version, sn.Method, sn.Scenario, sn.Baseline, ru.Seed,
		i18n.Count(ru.HorizonMonths, i18n.Months, lang), ru.PriceYear, i18n.Count(sn.CohortSize, i18n.Persons, lang))
	t.Printf("%s", tx.Reading)
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

// sensTable writes the sections of SensitivityTableIn.
type sensTable struct {
	t    *Printer
	sn   *model.Sensitivity
	only model.Stakeholder
	top  int
	tx   *i18n.Sensitivity
	lang textLang
	pw   int // width of the parameter column
}

// paramWidth is the width of the parameter column.
func (x *sensTable) paramWidth() int {
	sn := x.sn
	pw := max(runes(x.tx.SobolCols[0]), runes(x.tx.TornadoCols[0]))
	for _, b := range sn.Tornado {
		pw = max(pw, runes(b.Param))
	}
	for _, s := range sn.Sobol {
		pw = max(pw, runes(s.Param))
	}
	if sn.EVPI != nil {
		for _, p := range sn.EVPI.Partial {
			pw = max(pw, runes(p.Param))
		}
	}
	if sn.Breakeven != nil {
		pw = runes(sn.Breakeven.Param)
	}
	return pw
}

// runes is the width of s on a terminal: its number of runes.
func runes(s string) int { return utf8.RuneCountInString(s) }

// widths are the widths of columns: each its minimum or a space wider
// than its heading.
func widths(heads []string, least ...int) []int {
	out := make([]int, len(heads))
	for i, h := range heads {
		out[i] = max(least[i], runes(h)+1)
	}
	return out
}

// label is the readable name of the parameter key, to follow its row, or
// "" for a group or a key without one.
func (x *sensTable) label(key string) string {
	return i18n.ParamLabel(key, x.lang.lang)
}

// labelHead heads the column of readable names: "" when no parameter of
// the analysis has one.
func (x *sensTable) labelHead() string {
	sn := x.sn
	keys := make([]string, 0, len(sn.Tornado)+len(sn.Sobol))
	for _, b := range sn.Tornado {
		keys = append(keys, b.Param)
	}
	for _, s := range sn.Sobol {
		keys = append(keys, s.Param)
	}
	if sn.EVPI != nil {
		for _, p := range sn.EVPI.Partial {
			keys = append(keys, p.Param)
		}
	}
	for _, k := range keys {
		if x.label(k) != "" {
			return x.tx.LabelCol
		}
	}
	return ""
}

// num formats a parameter value with up to 4 significant digits in the
// notation of the language.
func (x *sensTable) num(v float64) string {
	return decimalIn(strconv.FormatFloat(v, 'g', 4, 64), x.lang.lang)
}

// index formats a Sobol index in the notation of the language.
func (x *sensTable) index(v float64) string {
	return strings.Replace(i18n.Number(v, 2, x.lang.lang), i18n.Minus, "-", 1)
}

// interval formats a Sobol index with its 95% interval.
func (x *sensTable) interval(iv model.Interval) string {
	return fmt.Sprintf("%5s [%5s, %5s]", x.index(iv.Est), x.index(iv.Lo), x.index(iv.Hi))
}

// row writes a row of a table: the parameter, the cells right-aligned in
// their widths, the mark ("~" when the value is noise) and the label, with
// no space at the end.
func (x *sensTable) row(cells []string, widths []int, mark, label string) {
	var b strings.Builder
	fmt.Fprintf(&b, "  %-*s", x.pw, cells[0])
	for i, cell := range cells[1:] {
		fmt.Fprintf(&b, " %*s", widths[i], cell)
	}
	b.WriteString(mark)
	if label != "" {
		b.WriteString("  " + label)
	}
	x.t.Printf("%s\n", strings.TrimRight(b.String(), " "))
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
		x.t.Printf(x.tx.More, n-shown)
	}
}

func (x *sensTable) tornado() {
	t, sn, tx := x.t, x.sn, x.tx
	bars := slices.Clone(sn.Tornado)
	t.Printf(tx.TornadoSE, sensitivity.NoiseSEs)
	c := tx.TornadoCols
	wd := widths(c[1:], 10, 10, 13, 13, 12, 10)
	row := func(cells [7]string, mark, label string) { x.row(cells[:], wd, mark, label) }
	for _, st := range stakeholders(x.only) {
		sensitivity.SortTornado(bars, st)
		base := Euros(*bars[0].Base.At(st))
		if x.lang.lang == "nl" {
			base = i18n.Amount(*bars[0].Base.At(st), "nl")
		}
		t.Printf(tx.TornadoHead, x.lang.party(st), base)
		if !slices.ContainsFunc(bars, func(b model.TornadoBar) bool { return *b.AtLow.At(st) != 0 || *b.AtHi.At(st) != 0 }) {
			t.Printf("%s", tx.TornadoFlat)
			continue
		}
		row(c, "  ", x.labelHead())
		n := x.limit(len(bars))
		for _, b := range bars[:n] {
			mark := "  "
			if *b.Noise.At(st) {
				mark = " ~"
			}
			e := x.lang.euros
			row([7]string{b.Param, x.num(b.Low), x.num(b.High), e(*b.AtLow.At(st)), e(*b.AtHi.At(st)), e(b.Swing(st)), e(*b.SwingSE.At(st))},
				mark, x.label(b.Param))
		}
		x.more(n, len(bars))
	}
}

func (x *sensTable) sobol() {
	t, sn, tx := x.t, x.sn, x.tx
	idx := slices.Clone(sn.Sobol)
	c := tx.SobolCols
	iw := max(22, runes(x.interval(model.Interval{})))
	w1 := max(iw, runes(c[1]))
	for _, st := range stakeholders(x.only) {
		slices.SortStableFunc(idx, func(x, y model.SobolIndex) int {
			return -cmpF(x.Total.At(st).Est, y.Total.At(st).Est)
		})
		t.Printf(tx.SobolHead, x.lang.party(st))
		if sn.SobolStochastic != nil {
			t.Printf(tx.SobolChance, x.interval(*sn.SobolStochastic.At(st)))
		}
		t.Printf("\n")
		if sn.SobolStochastic != nil && sn.SobolStochastic.At(st).Est > sensitivity.ChanceShareWarn {
			var first, total float64
			for _, s := range idx {
				first += s.First.At(st).Est
				total += s.Total.At(st).Est
			}
			t.Printf(tx.SobolChanceShare, i18n.Number(100*sn.SobolStochastic.At(st).Est, 0, x.lang.lang), x.index(total), x.index(first))
		}
		w2 := max(iw, runes(c[2]))
		line := func(param, first, total, label string) {
			if label != "" {
				label = "  " + label
			}
			t.Printf("%s\n", strings.TrimRight(fmt.Sprintf("  %-*s %-*s %-*s%s", x.pw, param, w1, first, w2, total, label), " "))
		}
		line(c[0], c[1], c[2], x.labelHead())
		n := x.limit(len(idx))
		for _, s := range idx[:n] {
			line(s.Param, x.interval(*s.First.At(st)), x.interval(*s.Total.At(st)), x.label(s.Param))
		}
		x.more(n, len(idx))
	}
}

func (x *sensTable) evpi() {
	t, sn, tx := x.t, x.sn, x.tx
	e := sn.EVPI
	t.Printf(tx.EVPIOptions, strings.Join(e.Options, ", "), e.Best.Society)
	t.Printf("%s", tx.EVPIShare)
	for d, o := range e.Options {
		t.Printf(tx.EVPIShareItem, o, i18n.Number(100*e.ProbBest[d], 0, x.lang.lang))
	}
	c := tx.EVPICols
	pw := max(21, runes(c[0]))
	for _, st := range stakeholders(x.only) {
		pw = max(pw, runes(x.lang.party(st)))
	}
	wd := widths(c[1:3], 14, 18)
	t.Printf("\n\n  %-*s %*s %*s   %s\n", pw, c[0], wd[0], c[1], wd[1], c[2], c[3])
	for _, st := range stakeholders(x.only) {
		line := fmt.Sprintf("  %-*s %*s %*s   %s", pw, x.lang.party(st), wd[0], x.lang.euros(*e.Cohort.At(st)), wd[1], x.lang.euros(*e.PerParticipant.At(st)), *e.Best.At(st))
		t.Printf("%s\n", strings.TrimRight(line, " "))
	}
	parts := slices.Clone(e.Partial)
	if len(parts) > 0 {
		t.Printf("%s", tx.EVPPIIntro)
	}
	pc := tx.EVPPICols
	pwd := widths(pc[1:], 14, 18, 12, 14)
	for _, st := range stakeholders(x.only) {
		if len(parts) == 0 {
			break
		}
		if *e.Cohort.At(st) == 0 && !slices.ContainsFunc(parts, func(p model.EVPPI) bool { return *p.Raw.At(st) != 0 }) {
			t.Printf(tx.EVPPIZero, x.lang.party(st))
			continue
		}
		sensitivity.SortEVPPI(parts, st)
		t.Printf(tx.EVPPIHead, x.lang.party(st))
		row := func(cells [5]string, mark, label string) { x.row(cells[:], pwd, mark, label) }
		row(pc, "  ", x.labelHead())
		n := x.limit(len(parts))
		for _, p := range parts[:n] {
			mark := "  "
			if !*p.Distinct.At(st) && math.Round(*p.Cohort.At(st)) != 0 { // what shows as 0 needs no mark
				mark = " ~"
			}
			e := x.lang.euros
			row([5]string{p.Param, e(*p.Cohort.At(st)), e(*p.PerParticipant.At(st)), e(*p.Raw.At(st)), e(*p.NoiseFloor.At(st))}, mark, x.label(p.Param))
		}
		x.more(n, len(parts))
	}
}

func (x *sensTable) breakeven() {
	t, sn, tx := x.t, x.sn, x.tx
	b := sn.Breakeven
	who := b.Stakeholder
	if x.lang.lang == "nl" {
		who = i18n.StakeholderInByKey(b.Stakeholder, "nl")
	}
	head := fmt.Sprintf(tx.BreakevenCol, who)
	hw := runes(head)
	t.Printf("\n%s\n", i18n.BreakevenMessage(b, x.lang.lang))
	if l := i18n.ParamLabel(b.Param, x.lang.lang); l != "" {
		t.Printf("%s: %s\n", b.Param, l)
	}
	t.Printf("\n")
	t.Printf("  %-*s  %*s\n", x.pw, b.Param, hw, head)
	for _, g := range b.Grid {
		t.Printf("  %-*s  %*s\n", x.pw, x.num(g.Value), hw, x.lang.euros(g.NPV))
	}
	for _, r := range b.Roots {
		root := decimalIn(strconv.FormatFloat(r, 'g', 6, 64), x.lang.lang)
		t.Printf("  %-*s  %*s   %s\n", x.pw, root, hw, "0", tx.BreakevenMark)
	}
	lang := x.lang.lang
	t.Printf(tx.BreakevenCount, i18n.Count(b.Evaluations, i18n.Evaluations, lang), i18n.Count(sn.Samples, i18n.Iterations, lang))
}

// notes writes the notes in the language of the table, each a bullet, but
// the break-even message, which breakeven wrote.
func (x *sensTable) notes() {
	t, sn := x.t, x.sn
	local := i18n.SensitivityNotes(sn, x.lang.lang)
	var notes []string
	for i, n := range local {
		if sn.Breakeven == nil || i >= len(sn.Notes) || (sn.Notes[i] != sn.Breakeven.Message && n != sn.Breakeven.MessageNL) {
			notes = append(notes, n)
		}
	}
	if len(notes) > 0 {
		t.Printf("%s", x.tx.Notes)
		for _, n := range notes {
			t.Printf("  - %s\n", n)
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
