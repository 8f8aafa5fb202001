package charts

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// This file draws the decision-oriented parts of a sensitivity analysis:
// the expected value of perfect information (EVPI, EVPPI) and the
// break-even value of one parameter.

// maxEVPPIBars is the most parameters (or groups) the EVPPI chart shows;
// the others are summed up in one sentence.
const maxEVPPIBars = 20

// evpiBlock is the EVPI table per stakeholder and the EVPPI chart.
type evpiBlock struct {
	Intro string // the number of parameter sets; may be empty
	Rows  []evpiRow
	Guide string
	// Options lists the options with, when known, the chance that each is
	// best for society.
	Options []keyValue
	HasProb bool
	// Chart is the EVPPI per parameter for society; nil when none was
	// computed.
	Chart      *chartBlock
	ChartGuide string
	// NoiseGuide says what the EVPPIs are net of and what the marks of
	// those indistinguishable from noise mean; empty for results without
	// the noise test.
	NoiseGuide string
	Omitted    string // the parameters left out of the chart; may be empty
	// Flat stands instead of the chart when it would show nothing: society's
	// EVPI is € 0, or every societal EVPPI is € 0 or noise.
	Flat string
	// NoneDistinct says that no societal EVPPI is distinguishable from
	// noise; may be empty.
	NoneDistinct string
	// Warnings are the notes that warn about the EVPPI (too few parameter
	// sets, an unstable ranking), in the language of the report.
	Warnings []string
}

// evpiRow is one stakeholder's line of the EVPI table.
type evpiRow struct {
	Name, Cohort, PerHead, Best string
	Strong                      bool
}

// breakevenBlock is the break-even chart with its finding in one sentence.
type breakevenBlock struct {
	// Chart is nil when the results hold no grid to draw.
	Chart    *chartBlock
	Sentence string
	Guide    string
}

// scenarioTitle returns the title in lang of the scenario called name in
// r, or name itself when r holds no such scenario.
func scenarioTitle(r *model.Results, name, lang string) string {
	for i := range r.Scenarios {
		if r.Scenarios[i].Name == name {
			return title(&r.Scenarios[i], lang)
		}
	}
	return name
}

// cohortPhrase names the cohort an EVPI is for: "one cohort of 30 workers
// like this one".
func cohortPhrase(size int, t *text) string {
	if size <= 0 {
		return t.CohortLike
	}
	return fmt.Sprintf(t.CohortOf, i18n.Number(float64(size), 0, t.Lang)+" "+i18n.Plural(size, i18n.Employees, t.Lang))
}

// stakeholderIndex returns the stakeholder whose key is key.
func stakeholderIndex(key string) (model.Stakeholder, bool) {
	i := slices.Index(model.StakeholderKeys(), key)
	return model.Stakeholder(i), i >= 0
}

// evpiAlternatives returns the options of e other than the baseline.
func evpiAlternatives(r *model.Results, e *model.EVPI) []string {
	var out []string
	for _, o := range e.Options {
		if o != r.Baseline {
			out = append(out, o)
		}
	}
	return out
}

// evpiSection builds the EVPI table and the EVPPI chart of e.
func evpiSection(r *model.Results, sn *model.Sensitivity, t *text) (*evpiBlock, error) {
	e := sn.EVPI
	lang := t.Lang
	b := &evpiBlock{HasProb: len(e.ProbBest) == len(e.Options)}
	for i, o := range e.Options {
		kv := keyValue{Key: scenarioTitle(r, o, lang)}
		if b.HasProb {
			kv.Value = i18n.Percent(e.ProbBest[i], 0, lang)
		}
		b.Options = append(b.Options, kv)
	}
	if sn.Samples > 0 {
		b.Intro = fmt.Sprintf(t.EVPIIntro, i18n.Number(float64(sn.Samples), 0, lang), i18n.Count(e.Inner, i18n.SimulatedCohorts, lang))
	}
	// A stakeholder without cash flows in any option has no best option:
	// every option gives it zero.
	noFlows := noFlowsOf(r, evpiAlternatives(r, e))
	for k := model.Stakeholder(0); int(k) < model.NumStakeholders; k++ {
		best := scenarioTitle(r, *e.Best.At(k), lang)
		if noFlows[k] {
			best = t.NoFlows
		}
		b.Rows = append(b.Rows, evpiRow{
			Name:    t.Stakeholders[k],
			Cohort:  i18n.Amount(*e.Cohort.At(k), lang),
			PerHead: i18n.Amount(*e.PerParticipant.At(k), lang),
			Best:    best,
			Strong:  k == model.Society,
		})
	}
	cohort := cohortPhrase(sn.CohortSize, t)
	b.Guide = fmt.Sprintf(t.EVPIGuide, cohort)
	switch {
	case len(e.Partial) == 0:
	case math.Round(e.Cohort.Society) == 0:
		b.Flat = t.EVPPIFlatEVPI
		b.Warnings = evppiWarnings(sn, lang)
	case evppiFlat(e):
		b.Flat = t.EVPPIFlat
		if evppiTested(e) && !slices.ContainsFunc(e.Partial, func(p model.EVPPI) bool { return p.Distinct.Society }) {
			b.NoneDistinct = t.EVPPINoneDistinct
		}
		b.Warnings = evppiWarnings(sn, lang)
	default:
		shown := slices.Clone(e.Partial)
		slices.SortStableFunc(shown, func(p, q model.EVPPI) int {
			switch {
			case p.Cohort.Society > q.Cohort.Society:
				return -1
			case p.Cohort.Society < q.Cohort.Society:
				return 1
			}
			return 0
		})
		// Bars of € 0 say nothing a sentence cannot: the chart holds the
		// parameters whose societal EVPPI rounds to at least € 1 (all of them,
		// up to the cap, when none does).
		n := min(len(shown), maxEVPPIBars)
		if nonzero := countNonzeroEVPPI(shown); nonzero > 0 {
			n = min(n, nonzero)
		}
		if len(shown) > n {
			rest := shown[n:]
			top := 0.0
			for _, p := range rest {
				top = max(top, p.Cohort.Society)
			}
			switch {
			case math.Round(top) == 0 && len(rest) == 1:
				b.Omitted = t.EVPPIZeroOne
			case math.Round(top) == 0:
				b.Omitted = fmt.Sprintf(t.EVPPIZero, len(rest))
			default:
				b.Omitted = omittedText(len(rest), t.EVPPIOmitted, t.EVPPIOmittedOne, i18n.Amount(top, lang))
			}
			shown = shown[:n]
		}
		c, err := evppiChart(e, shown, t)
		if err != nil {
			return nil, err
		}
		b.Chart = &c
		b.ChartGuide = fmt.Sprintf(t.EVPPIGuide, cohort)
		if evppiTested(e) {
			b.NoiseGuide = fmt.Sprintf(t.EVPPINoiseGuide, e.Permutations)
			if !slices.ContainsFunc(e.Partial, func(p model.EVPPI) bool { return p.Distinct.Society }) {
				b.NoneDistinct = t.EVPPINoneDistinct
			}
		}
		b.Warnings = evppiWarnings(sn, lang)
	}
	return b, nil
}

// evppiFlat reports whether no societal EVPPI of e is worth a bar: each
// rounds to € 0, or, when e carries the noise test, none is
// distinguishable from noise.
func evppiFlat(e *model.EVPI) bool {
	for i := range e.Partial {
		p := &e.Partial[i]
		if math.Round(p.Cohort.Society) != 0 && (!evppiTested(e) || p.Distinct.Society) {
			return false
		}
	}
	return true
}

// countNonzeroEVPPI returns how many of the EVPPIs, sorted by their
// societal value largest first, round to at least € 1 for society.
func countNonzeroEVPPI(sorted []model.EVPPI) int {
	n := 0
	for _, p := range sorted {
		if math.Round(p.Cohort.Society) <= 0 {
			break
		}
		n++
	}
	return n
}

// evppiChart draws the societal EVPPI of each parameter (or group) of e
// in partial for the whole cohort, largest on top; the tooltip adds the
// amount per participant and, when e carries the noise test, the raw EVPPI
// and its noise floor. A bar not distinguishable from noise is grey and its
// label starts with "~".
func evppiChart(e *model.EVPI, partial []model.EVPPI, t *text) (chartBlock, error) {
	const id = "chart_evppi"
	bar := charts.NewBar()
	bar.SetGlobalOptions(initOpts(id, fmt.Sprintf("%dpx", 100+36*len(partial))), charts.WithAnimation(false))
	var names, perHead, raw, floor, noise []string
	var data []opts.BarData
	for i := range partial {
		p := &partial[i]
		name := paramName(p.Param, t.Lang)
		if len(p.Keys) > 0 {
			name = fmt.Sprintf(t.GroupOf, p.Param, strings.Join(p.Keys, ", "))
		}
		name = chartText(name)
		names = append(names, name)
		d := opts.BarData{Value: round(p.Cohort.Society, 0)}
		marked := evppiNoise(e, p, model.Society)
		if marked {
			d.ItemStyle = &opts.ItemStyle{Color: evppiNoiseColor}
		}
		data = append(data, d)
		noise = append(noise, strconv.FormatBool(marked))
		// The tooltip shows n.b. for a value that is not finite.
		perHead = append(perHead, jsNumber(p.PerParticipant.Society, 2))
		raw = append(raw, jsNumber(p.Raw.Society, 0))
		floor = append(floor, jsNumber(p.NoiseFloor.Society, 0))
	}
	tip := "vwnwEvppiTip([" + strings.Join(perHead, ",") + "])"
	if evppiTested(e) {
		tip = "vwnwEvppiTip([" + strings.Join(perHead, ",") + "], [" + strings.Join(raw, ",") + "], [" +
			strings.Join(floor, ",") + "], [" + strings.Join(noise, ",") + "])"
	}
	label := "vwnwEvppiLabel([" + strings.Join(noise, ",") + "])"
	bar.AddSeries(t.EVPPISeries, data, charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
		ss.BarCategoryGap = "35%"
		ss.ItemStyle = &opts.ItemStyle{Color: evppiColor}
		ss.Label = &opts.Label{Show: opts.Bool(true), Position: "right", Color: "#1a1a1a", FontSize: chartFontSize,
			Formatter: string(opts.FuncOpts(label))}
	}))
	bar.Accept(patcher{fn: func(o m) {
		o["legend"] = m{"show": false}
		o["grid"] = m{"left": 10, "right": 80, "top": 10, "bottom": 40, "containLabel": true}
		o["tooltip"] = m{"trigger": "item", "formatter": fn(tip)}
		o["yAxis"] = m{"type": "category", "data": names, "inverse": true, "axisTick": m{"show": false},
			"axisLabel": m{"width": 300, "overflow": "truncate"}}
		o["xAxis"] = m{"type": "value", "min": 0, "name": t.EVPPIAxis, "nameLocation": "middle", "nameGap": 28,
			"axisLabel": m{"formatter": fn("vwnwAxis('euro')"), "hideOverlap": true}}
	}})
	return block(id, t.EVPPITitle, bar)
}

// inEuros reports whether the break-even sentence writes the values of
// param as amounts in euros ("param = € 91,70", "tussen € 0 en",
// "in [€0,"), as i18n.BreakevenSentence does for a parameter in euros;
// results of older versions wrote them bare.
func inEuros(sentence, param string) bool {
	i := strings.Index(sentence, param)
	if i < 0 {
		return false
	}
	after := sentence[i+len(param):]
	for _, at := range []string{" = ", " tussen ", " in ["} {
		if rest, ok := strings.CutPrefix(after, at); ok && strings.HasPrefix(strings.TrimPrefix(rest, i18n.Minus), "€") {
			return true
		}
	}
	return false
}

// breakevenSection builds the break-even chart of b and states its finding
// in one sentence: the engine's own (message_nl in a Dutch report, message
// in an English one), or, when the results lack it, the same sentence made
// anew (i18n.BreakevenSentence).
func breakevenSection(b *model.Breakeven, t *text) (*breakevenBlock, error) {
	sentence := i18n.BreakevenMessage(b, t.Lang)
	if len(b.Grid) == 0 {
		return &breakevenBlock{Sentence: sentence}, nil
	}
	who, label := b.Stakeholder, chartText(b.Stakeholder)
	color := stakeholderColors[model.Society]
	if k, ok := stakeholderIndex(b.Stakeholder); ok {
		who, label, color = t.StakeholdersIn[k], t.Stakeholders[k], stakeholderColors[k]
	}
	// The report names the parameter by its readable name, not its key;
	// without its unit when the sentence writes the values in euros.
	if l := i18n.ParamLabel(b.Param, t.Lang); l != "" {
		if inEuros(sentence, b.Param) {
			l = strings.TrimSuffix(l, " (€)")
		}
		sentence = strings.ReplaceAll(sentence, b.Param, l)
	}
	c, err := breakevenChart(b, label, color, t)
	if err != nil {
		return nil, err
	}
	return &breakevenBlock{Chart: &c, Sentence: sentence, Guide: fmt.Sprintf(t.BreakevenGuide, who)}, nil
}

// breakevenChart draws the mean NPV of the stakeholder (series name label)
// against the value of the parameter at the grid points, with a dashed
// line at zero and a diamond at every root.
func breakevenChart(b *model.Breakeven, label, color string, t *text) (chartBlock, error) {
	const id = "chart_breakeven"
	param := chartText(paramName(b.Param, t.Lang))
	line := charts.NewLine()
	line.SetGlobalOptions(initOpts(id, "400px"), charts.WithAnimation(false))
	var data []opts.LineData
	for _, p := range b.Grid {
		data = append(data, opts.LineData{Name: param, Value: []float64{p.Value, round(p.NPV, 0)}})
	}
	line.AddSeries(label, data,
		charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
			ss.ShowSymbol = opts.Bool(true)
			ss.Symbol = "circle"
			ss.SymbolSize = 7
			ss.LineStyle = &opts.LineStyle{Width: 2.5}
			ss.ItemStyle = &opts.ItemStyle{Color: color}
		}),
		charts.WithMarkLineNameYAxisItemOpts(opts.MarkLineNameYAxisItem{Name: "0", YAxis: 0}),
		charts.WithMarkLineStyleOpts(opts.MarkLineStyle{
			Symbol:    []string{"none", "none"},
			LineStyle: &opts.LineStyle{Color: "#e53e3e", Type: "dashed", Width: 1.5},
			Label:     &opts.Label{Show: opts.Bool(false)},
		}),
	)
	legend := []string{label}
	if len(b.Roots) > 0 {
		var roots []opts.ScatterData
		for _, x := range b.Roots {
			roots = append(roots, opts.ScatterData{Name: param, Value: []float64{x, 0}})
		}
		sc := charts.NewScatter()
		sc.AddSeries(t.BreakevenRoot, roots, charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
			ss.Symbol = "diamond"
			ss.SymbolSize = 16
			ss.ItemStyle = &opts.ItemStyle{Color: "#e53e3e", BorderColor: "#ffffff", BorderWidth: 1.5}
			ss.Label = &opts.Label{Show: opts.Bool(true), Position: "top", Color: "#1a1a1a", FontWeight: "bold", FontSize: chartFontSize,
				Formatter: string(opts.FuncOpts("vwnwNumLabel"))}
		}))
		line.Overlap(sc)
		legend = append(legend, t.BreakevenRoot)
	}
	lo, hi := b.Lo, b.Hi
	for _, p := range b.Grid {
		lo, hi = min(lo, p.Value), max(hi, p.Value)
	}
	line.Accept(patcher{fn: func(o m) {
		o["legend"] = m{"data": legend, "top": 0, "selectedMode": false}
		o["grid"] = m{"left": 10, "right": 40, "top": 40, "bottom": 40, "containLabel": true}
		o["tooltip"] = m{"trigger": "item", "formatter": fn("vwnwPointTip()")}
		o["xAxis"] = m{"type": "value", "min": lo, "max": hi, "name": param, "nameLocation": "middle", "nameGap": 28,
			"axisLabel": m{"formatter": fn("vwnwNum"), "hideOverlap": true}}
		o["yAxis"] = m{"type": "value", "name": t.BreakevenAxis, "nameTextStyle": m{"align": "left"},
			"axisLabel": m{"formatter": fn("vwnwAxis('euro')")}}
	}})
	return block(id, t.BreakevenTitle, line)
}
