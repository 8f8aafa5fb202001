package charts

import (
	"cmp"
	"fmt"
	"html/template"
	"math"
	"slices"
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/sensitivity"
)

// This file draws the sensitivity results of every stakeholder, not only of
// society: per method a heat table with a row per parameter (or group) and
// a column per stakeholder, society first. The charts above the tables show
// society alone.

// maxHeatRows is the most parameters a per-stakeholder heat table shows;
// the others are summed up in one sentence under it.
const maxHeatRows = 20

// stakeTable is a heat table of one sensitivity measure per parameter and
// stakeholder.
type stakeTable struct {
	Heading   string
	ParamHead string // the heading of the parameter column
	// Unit is the unit of the amounts in the cells, such as "bedragen ×
	// € 1.000"; empty for shares.
	Unit        string
	NoFlowsText string
	Cols        []stakeCol
	Rows        []stakeRow
	Guide       string
	// Omitted says how many parameters the table leaves out; may be empty.
	Omitted string
}

// stakeCol is a column of a stakeTable: one stakeholder.
type stakeCol struct {
	Name string
	// NoFlows is true when the stakeholder has no cash flows in the
	// scenarios analysed, so every measure is zero by construction.
	NoFlows bool
}

// stakeRow is a row of a stakeTable: one parameter, or a summary (such as
// the EVPI of all parameters together) when Summary is true.
type stakeRow struct {
	Name    template.HTML // escaped; a line may break after every dot
	Title   string        // shown when the pointer rests on the name; may be empty
	Cells   []heatCell
	Summary bool
}

// columnOrder lists the stakeholders in the order of the columns: society
// first, then the seven parties in their usual order.
func columnOrder() []model.Stakeholder {
	out := []model.Stakeholder{model.Society}
	for k := model.Stakeholder(0); k < model.Society; k++ {
		out = append(out, k)
	}
	return out
}

// perStakeholder holds one number per stakeholder, indexed by
// model.Stakeholder.
type perStakeholder = [model.NumStakeholders]float64

// stakeCols returns the columns of a stakeTable.
func stakeCols(noFlows [model.NumStakeholders]bool, t *text) []stakeCol {
	var cols []stakeCol
	for _, k := range columnOrder() {
		cols = append(cols, stakeCol{Name: t.StakeholderHeads[k], NoFlows: noFlows[k]})
	}
	return cols
}

// newStakeTable returns an empty stakeTable with its fixed texts.
func newStakeTable(heading, guide, unit string, noFlows [model.NumStakeholders]bool, t *text) *stakeTable {
	return &stakeTable{Heading: heading, ParamHead: t.HeatParam, Unit: unit, NoFlowsText: t.NoFlows,
		Cols: stakeCols(noFlows, t), Guide: guide}
}

// paramHTML escapes a parameter's key or label and lets a line break after
// each dot, so that long keys such as
// interventions.services.talent_scan.job_finding_hr fit a narrow column.
// paramCell is the name of parameter key in a table: its readable name in
// lang with the key in small print under it, or the key alone when it has
// no readable name.
func paramCell(key, lang string) template.HTML {
	l := i18n.ParamLabel(key, lang)
	if l == "" {
		return paramHTML(key)
	}
	return template.HTML(template.HTMLEscapeString(l)+`<br><small class="key">`) + paramHTML(key) + "</small>"
}

// paramName is the readable name of parameter key in lang for a chart, or
// the key itself when it has none.
func paramName(key, lang string) string {
	if l := i18n.ParamLabel(key, lang); l != "" {
		return l
	}
	return key
}

func paramHTML(name string) template.HTML {
	parts := strings.Split(name, ".")
	for i, p := range parts {
		parts[i] = template.HTMLEscapeString(p)
	}
	return template.HTML(strings.Join(parts, ".<wbr>"))
}

// noFlowsOf reports, per stakeholder, whether its NPV is identically zero
// in every one of the named scenarios. When r does not hold all of them,
// nothing is known and every entry is false.
func noFlowsOf(r *model.Results, names []string) (out [model.NumStakeholders]bool) {
	if len(names) == 0 {
		return out
	}
	all := [model.NumStakeholders]bool{}
	for k := range all {
		all[k] = true
	}
	for _, name := range names {
		i := slices.IndexFunc(r.Scenarios, func(s model.ScenarioResult) bool { return s.Name == name })
		if i < 0 {
			return out
		}
		for k := model.Stakeholder(0); int(k) < model.NumStakeholders; k++ {
			if !r.Scenarios[i].NPV.At(k).Zero() {
				all[k] = false
			}
		}
	}
	return all
}

// colMax returns, per stakeholder, the largest absolute value in g.
func colMax(g []perStakeholder) (scale perStakeholder) {
	for _, row := range g {
		for k, v := range row {
			scale[k] = max(scale[k], math.Abs(v))
		}
	}
	return scale
}

// ratio returns v/scale clamped to [−1, 1], or 0 when scale is zero.
func ratio(v, scale float64) float64 {
	if scale <= 0 || math.IsNaN(v) {
		return 0
	}
	return math.Max(-1, math.Min(1, v/scale))
}

// pickRows chooses and orders the rows of a heat table of g (one row per
// parameter). A parameter's weight is its largest |g| relative to scale,
// over the stakeholders that are not skipped and whose scale is above zero.
// The n heaviest parameters are kept (ties in input order) and ordered by
// |g| for society, largest first, then by weight, then in input order. rest
// is the number left out and restMax the largest weight among them.
func pickRows(g []perStakeholder, scale perStakeholder, skip [model.NumStakeholders]bool, n int) (rows []int, rest int, restMax float64) {
	weight := make([]float64, len(g))
	for i, row := range g {
		for k, v := range row {
			if !skip[k] && scale[k] > 0 {
				weight[i] = max(weight[i], math.Abs(v)/scale[k])
			}
		}
	}
	rows = make([]int, len(g))
	for i := range rows {
		rows[i] = i
	}
	if len(rows) > n {
		slices.SortStableFunc(rows, func(p, q int) int { return cmp.Compare(weight[q], weight[p]) })
		for _, i := range rows[n:] {
			restMax = max(restMax, weight[i])
		}
		rest = len(rows) - n
		rows = rows[:n]
	}
	slices.SortStableFunc(rows, func(p, q int) int {
		return cmp.Or(
			cmp.Compare(math.Abs(g[q][model.Society]), math.Abs(g[p][model.Society])),
			cmp.Compare(weight[q], weight[p]),
			cmp.Compare(p, q))
	})
	return rows, rest, restMax
}

// amountUnit chooses how to print the amounts of a table whose largest
// absolute amount is top: in thousands of euros with one decimal from
// € 10.000 on, otherwise in whole euros.
func amountUnit(top float64, t *text) (div float64, decimals int, label string) {
	if top >= 10000 {
		return 1000, 1, t.AmountsThousands
	}
	return 1, 0, t.AmountsEuro
}

// formatAmount formats x/div with the given decimals; signed puts a plus
// before a positive number. An amount of exactly zero is "0", so that it
// stands out from an amount that only rounds to zero ("0,0").
func formatAmount(x, div float64, decimals int, signed bool, lang string) string {
	if x == 0 {
		return "0"
	}
	s := i18n.Number(x/div, decimals, lang)
	if signed && x > 0 && strings.Trim(s, "0,.") != "" {
		s = "+" + s
	}
	return s
}

// heatStyle is the style of a cell coloured by p in [0, 1] (see heatColor).
func heatStyle(p float64) template.CSS {
	bg, fg := heatColor(p)
	return template.CSS("background:" + bg + ";color:" + fg)
}

// summaryStyle is the style of a summary row's cells: not coloured, so
// that they are not read as one more parameter.
const summaryStyle = template.CSS("background:#edf2f7;color:#1a1a1a")

// noFlowsCell is the cell of a stakeholder without cash flows.
var noFlowsCell = heatCell{Text: "–", Style: neutralStyle}

// tornadoTable is the per-stakeholder view of a tornado analysis: per
// parameter and stakeholder, the change of the NPV when the parameter goes
// from its p10 to its p90, coloured by its size relative to the largest
// change in that stakeholder's column (blue: the higher value is better
// for the stakeholder, orange: worse). A change within noise
// (TornadoBar.Noise) is grey and starts with "~".
func tornadoTable(bars []model.TornadoBar, noFlows [model.NumStakeholders]bool, t *text) *stakeTable {
	lang := t.Lang
	g := make([]perStakeholder, len(bars))
	for i := range bars {
		for k := model.Stakeholder(0); int(k) < model.NumStakeholders; k++ {
			g[i][k] = *bars[i].AtHi.At(k) - *bars[i].AtLow.At(k)
		}
	}
	scale := colMax(g)
	rows, rest, restMax := pickRows(g, scale, noFlows, maxHeatRows)
	top := 0.0
	for _, i := range rows {
		for k, v := range g[i] {
			if !noFlows[k] {
				top = max(top, math.Abs(v))
			}
		}
	}
	div, dec, unit := amountUnit(top, t)
	tb := newStakeTable(t.TornadoTableTitle, t.TornadoTableGuide, unit, noFlows, t)
	noisy := false
	for _, i := range rows {
		b := &bars[i]
		row := stakeRow{Name: paramCell(b.Param, lang),
			Title: fmt.Sprintf(t.TornadoParamTip, i18n.Significant(b.Low, lang), i18n.Significant(b.High, lang))}
		for _, k := range columnOrder() {
			if noFlows[k] {
				row.Cells = append(row.Cells, noFlowsCell)
				continue
			}
			v := g[i][k]
			c := heatCell{
				Text:   formatAmount(v, div, dec, true, lang),
				Style:  heatStyle(0.5 + 0.5*ratio(v, scale[k])),
				Strong: k == model.Society,
				Title:  fmt.Sprintf(t.TornadoCellTip, i18n.Amount(*b.AtLow.At(k), lang), i18n.Amount(*b.AtHi.At(k), lang)),
			}
			if se := *b.SwingSE.At(k); se != 0 {
				c.Title += "; " + t.TornadoSE + ": " + i18n.Amount(se, lang)
			}
			if *b.Noise.At(k) {
				noisy = true
				c.markNoise(t)
			}
			row.Cells = append(row.Cells, c)
		}
		tb.Rows = append(tb.Rows, row)
	}
	if noisy {
		tb.Guide += " " + fmt.Sprintf(t.TornadoNoiseGuide, sensitivity.NoiseSEs)
	}
	if rest > 0 {
		tb.Omitted = omittedText(rest, t.HeatOmittedRel, t.HeatOmittedRelOne, i18n.Percent(restMax, 0, lang))
	}
	return tb
}

// sobolTable is the per-stakeholder view of a Sobol analysis: per parameter
// and stakeholder the total-order index, and in a last row the share that
// chance within the cohort explains (when known). Shares are comparable
// between stakeholders, so the colour is absolute: white at 0, dark blue
// at 1.
func sobolTable(idx []model.SobolIndex, chance *model.ByStakeholder[model.Interval], noFlows [model.NumStakeholders]bool, t *text) *stakeTable {
	lang := t.Lang
	g := make([]perStakeholder, len(idx))
	for i := range idx {
		for k := model.Stakeholder(0); int(k) < model.NumStakeholders; k++ {
			g[i][k] = idx[i].Total.At(k).Est
		}
	}
	var one perStakeholder
	for k := range one {
		one[k] = 1
	}
	rows, rest, restMax := pickRows(g, one, noFlows, maxHeatRows)
	guide := t.SobolTableGuide
	if chance != nil {
		guide += t.SobolTableChance
	}
	tb := newStakeTable(t.SobolTableTitle, guide, "", noFlows, t)
	pct := func(x float64) string { return i18n.Percent(x, 0, lang) }
	for _, i := range rows {
		s := &idx[i]
		row := stakeRow{Name: paramCell(s.Param, t.Lang)}
		for _, k := range columnOrder() {
			if noFlows[k] {
				row.Cells = append(row.Cells, noFlowsCell)
				continue
			}
			f, tot := s.First.At(k), s.Total.At(k)
			row.Cells = append(row.Cells, heatCell{
				Text:   pct(tot.Est),
				Style:  heatStyle(0.5 + 0.5*ratio(tot.Est, 1)),
				Strong: k == model.Society,
				Title:  fmt.Sprintf(t.SobolCellTip, pct(f.Est), pct(f.Lo), pct(f.Hi), pct(tot.Est), pct(tot.Lo), pct(tot.Hi)),
			})
		}
		tb.Rows = append(tb.Rows, row)
	}
	if chance != nil {
		row := stakeRow{Name: template.HTML(template.HTMLEscapeString(t.SobolChanceRow)), Summary: true}
		for _, k := range columnOrder() {
			if noFlows[k] {
				row.Cells = append(row.Cells, noFlowsCell)
				continue
			}
			c := chance.At(k)
			row.Cells = append(row.Cells, heatCell{Text: pct(c.Est), Style: summaryStyle, Strong: true,
				Title: fmt.Sprintf(t.IntervalTip, pct(c.Lo), pct(c.Hi))})
		}
		tb.Rows = append(tb.Rows, row)
	}
	if rest > 0 {
		tb.Omitted = omittedText(rest, t.SobolTableOmitted, t.SobolTableOmittedOne, i18n.Percent(restMax, 1, lang))
	}
	return tb
}

// evppiTable is the per-stakeholder view of the EVPPI: per parameter (or
// group) and stakeholder as the one who chooses, what knowing it exactly is
// worth for the cohort, in whole euros; the last row is the EVPI, all
// parameters together. Unlike a tornado swing, an EVPPI is worth the same
// in every column (it is what a study could be worth), so the colour has
// one scale for the whole table: the largest EVPPI is the darkest, and a
// few euros for a party with little at stake stay pale. An EVPPI that is
// not distinguishable from noise (and not zero) is grey and starts with
// "~".
func evppiTable(e *model.EVPI, noFlows [model.NumStakeholders]bool, cohort string, t *text) *stakeTable {
	lang := t.Lang
	g := make([]perStakeholder, len(e.Partial))
	for i := range e.Partial {
		for k := model.Stakeholder(0); int(k) < model.NumStakeholders; k++ {
			g[i][k] = *e.Partial[i].Cohort.At(k)
		}
	}
	var scale perStakeholder
	top := 0.0
	for k, v := range colMax(g) {
		if !noFlows[k] {
			top = max(top, v)
		}
	}
	for k := range scale {
		scale[k] = top
	}
	rows, rest, restMax := pickRows(g, scale, noFlows, maxHeatRows)
	div, dec := 1.0, 0
	tb := newStakeTable(t.EVPPITableTitle, fmt.Sprintf(t.EVPPITableGuide, cohort), t.AmountsEuro, noFlows, t)
	cell := func(cohortValue, perHead float64, style template.CSS, strong bool) heatCell {
		return heatCell{Text: formatAmount(cohortValue, div, dec, false, lang), Style: style, Strong: strong,
			Title: fmt.Sprintf(t.PerHeadTip, i18n.Amount(perHead, lang))}
	}
	noisy := false
	for _, i := range rows {
		p := &e.Partial[i]
		row := stakeRow{Name: paramCell(p.Param, t.Lang)}
		if len(p.Keys) > 0 {
			row.Name = paramHTML(fmt.Sprintf(t.GroupOf, p.Param, strings.Join(p.Keys, ", ")))
		}
		for _, k := range columnOrder() {
			if noFlows[k] {
				row.Cells = append(row.Cells, noFlowsCell)
				continue
			}
			c := cell(g[i][k], *p.PerParticipant.At(k), heatStyle(0.5+0.5*ratio(g[i][k], scale[k])), k == model.Society)
			if evppiTested(e) {
				c.Title += "; " + t.EVPPIRaw + ": " + i18n.Amount(*p.Raw.At(k), lang) + "; " + t.EVPPIFloor + ": " + i18n.Amount(*p.NoiseFloor.At(k), lang)
			}
			if evppiNoise(e, p, k) {
				noisy = true
				c.markNoise(t)
			}
			row.Cells = append(row.Cells, c)
		}
		tb.Rows = append(tb.Rows, row)
	}
	if noisy {
		tb.Guide += t.EVPPITableNoise
	}
	row := stakeRow{Name: template.HTML(template.HTMLEscapeString(t.EVPIRow)), Summary: true}
	for _, k := range columnOrder() {
		if noFlows[k] {
			row.Cells = append(row.Cells, noFlowsCell)
			continue
		}
		row.Cells = append(row.Cells, cell(*e.Cohort.At(k), *e.PerParticipant.At(k), summaryStyle, true))
	}
	tb.Rows = append(tb.Rows, row)
	if rest > 0 {
		tb.Omitted = omittedText(rest, t.EVPPITableOmitted, t.EVPPITableOmittedOne, i18n.Amount(restMax*top, lang))
	}
	return tb
}
