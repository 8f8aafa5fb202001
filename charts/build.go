package charts

import (
	"cmp"
	"fmt"
	"html/template"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/sensitivity"
)

// page is what the HTML template draws.
type page struct {
	T           *text
	B           *i18n.Board
	Summary     summaryBlock
	Provenance  []provRow
	OccPanels   *chartBlock
	Budget      []*budgetBlock
	BudgetGuide string
	Waterfalls  []waterfallGroup
	EchartsJS   template.JS
	Run         []keyValue
	Scenarios   []scenarioInfo
	NPV         *chartBlock
	Occupancy   []chartBlock
	Cashflow    []cashflowBlock
	Box         *chartBlock
	Prob        *heatTable
	Outcomes    outcomeTable
	Sens        sensBlock
	Footer      []string
	Version     string
	Seed        string
	// JSText is the text the JavaScript helpers of the page need.
	JSText map[string]interface{}
}

type keyValue struct{ Key, Value string }

// provRow is a line of the appendix's provenance; Code is true for a value
// to show as typed (a parameter, a command).
type provRow struct {
	Key, Value string
	Code       bool
}

type scenarioInfo struct {
	Name, Title, Description, SHA256 string
	CohortSize                       string
	Baseline                         bool
	// Changed says that --set changed the scenario; may be empty.
	Changed string
}

// chartBlock is one chart: its heading, container, script and reading guide.
type chartBlock struct {
	ID      string
	Heading string
	Element template.HTML
	Script  template.HTML
}

type cashflowBlock struct {
	Chart chartBlock
	Rows  []keyValue // stakeholder, break-even month
}

type heatTable struct {
	Cols []string
	Rows []heatRow
}

type heatRow struct {
	Name  string
	Cells []heatCell
}

type heatCell struct {
	Text   string
	Style  template.CSS
	Strong bool
	// Title is shown when the pointer rests on the cell; may be empty.
	Title string
}

type outcomeTable struct {
	Rows [][]string // scenario title, then one cell per column
}

// sensBlock is the sensitivity section. Present is false when the results
// hold no sensitivity analysis at all; otherwise each part is nil when its
// method was not run.
type sensBlock struct {
	Present  bool
	Scenario string
	Tornado  *chartBlock
	// TornadoOmitted says how many parameters the tornado chart leaves
	// out; may be empty.
	TornadoOmitted string
	// TornadoNoise explains the marks of swings within noise; empty when
	// no societal swing is marked.
	TornadoNoise string
	// TornadoTable is the change of every stakeholder's NPV per parameter.
	TornadoTable *stakeTable
	Sobol        *chartBlock
	// SobolChance is the share of the societal variance that chance within
	// the cohort explains; may be empty.
	SobolChance  string
	SobolOmitted string
	// SobolTable is the total-order index per parameter and stakeholder.
	SobolTable *stakeTable
	EVPI       *evpiBlock
	// EVPPITable is the EVPPI per parameter and stakeholder.
	EVPPITable *stakeTable
	Breakeven  *breakevenBlock
	Notes      []string
}

// Colours: fixed per stakeholder, state and scenario, so that a party has
// the same colour in every chart.
var (
	stakeholderColors = [model.NumStakeholders]string{
		"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b8860b", "#b07aa1", "#1a1a1a",
	}
	stateColors = [model.NumStates]string{
		"#a0aec0", "#63b3ed", "#38a169", "#9f7aea", "#ed8936", "#e53e3e", "#975a16", "#4a5568",
	}
	scenarioColors = []string{
		"#2b6cb0", "#dd6b20", "#38a169", "#805ad5", "#d53f8c", "#319795", "#b7791f", "#718096",
	}
)

func scenarioColor(i int) string { return scenarioColors[i%len(scenarioColors)] }

// title returns the scenario's title in lang, falling back to the English
// title and then to its name.
func title(s *model.ScenarioResult, lang string) string {
	if lang == "nl" && s.TitleNL != "" {
		return s.TitleNL
	}
	if s.Title != "" {
		return s.Title
	}
	return s.Name
}

func description(s *model.ScenarioResult, lang string) string {
	if lang == "nl" && s.DescriptionNL != "" {
		return s.DescriptionNL
	}
	return s.Description
}

func buildPage(r *model.Results, lang string) (*page, error) {
	t := texts(lang)
	p := &page{T: t, B: i18n.BoardText(lang), EchartsJS: template.JS(echartsJS), Version: r.Tool + " " + r.Version, Seed: strconv.FormatUint(r.Run.Seed, 10)}
	p.JSText = map[string]interface{}{"box": t.BoxLabels[:], "base": t.TornadoBase, "per": t.EVPIPerHead,
		"se": t.TornadoSE, "noise": t.NoiseTip, "raw": t.EVPPIRaw, "floor": t.EVPPIFloor}
	p.Run = []keyValue{
		{t.Seed, strconv.FormatUint(r.Run.Seed, 10)},
		{t.Iterations, i18n.Number(float64(r.Run.Iterations), 0, lang)},
		{t.Horizon, fmt.Sprintf("%d %s", r.Run.HorizonMonths, t.Months)},
		{t.DiscountRate, i18n.Percent(r.Run.DiscountRate, 2, lang)},
		{t.PriceYear, strconv.Itoa(r.Run.PriceYear)},
		{t.Version, r.Tool + " " + r.Version},
		{t.PersonMonths, i18n.Number(float64(r.Run.PersonMonths), 0, lang)},
	}

	var alts []*model.ScenarioResult // the scenarios other than the baseline
	for i := range r.Scenarios {
		s := &r.Scenarios[i]
		base := s.Name == r.Baseline
		p.Scenarios = append(p.Scenarios, scenarioInfo{
			Name: s.Name, Title: title(s, lang), Description: description(s, lang),
			SHA256: s.SHA256, CohortSize: i18n.Number(float64(s.CohortSize), 0, lang), Baseline: base,
			Changed: changedNote(r, p.B),
		})
		if !base {
			alts = append(alts, s)
		}
	}

	p.Summary = summarySection(r, alts, t)
	p.Provenance = provenance(r, p.B, lang)
	var err error
	if len(alts) > 0 {
		if p.NPV, err = npvChart(alts, t); err != nil {
			return nil, err
		}
	}
	occ, err := occupancyPanels(r, t)
	if err != nil {
		return nil, err
	}
	p.OccPanels = &occ
	for i, s := range alts {
		b, err := cashflowChart(i, s, t)
		if err != nil {
			return nil, err
		}
		p.Cashflow = append(p.Cashflow, b)
		bb, err := budgetChart(i, s, t)
		if err != nil {
			return nil, err
		}
		if bb != nil {
			p.Budget = append(p.Budget, bb)
		}
		if w, err := waterfalls(i, s, t); err != nil {
			return nil, err
		} else if w != nil {
			p.Waterfalls = append(p.Waterfalls, *w)
		}
	}
	p.BudgetGuide = budgetGuide(r, t)
	if len(alts) > 0 {
		if p.Box, err = boxChart(alts, t); err != nil {
			return nil, err
		}
		p.Prob = probTable(alts, t)
	}
	p.Outcomes = outcomesTable(r, t)
	if p.Sens, err = sensitivitySection(r, t); err != nil {
		return nil, err
	}
	f := t.FooterAssumption
	p.Footer = []string{
		fmt.Sprintf(f[0], r.Run.PriceYear, i18n.Percent(r.Run.DiscountRate, 2, lang)),
		fmt.Sprintf(f[1], i18n.Count(r.Run.HorizonMonths, i18n.Months, lang)),
		fmt.Sprintf(f[2], i18n.Number(float64(r.Run.Iterations), 0, lang)+" "+i18n.Plural(r.Run.Iterations, i18n.Iterations, lang), r.Run.Seed),
		f[3], f[4],
	}
	return p, nil
}

// patcher is a go-echarts configuration visitor that edits the option
// object before it is encoded: it sets what the typed options of go-echarts
// do not reach (axis details, legends, grids).
type patcher struct {
	charts.BaseConfigurationVisitor
	fn func(map[string]interface{})
}

// Visit applies the patch, then sets every chart's text to a size a
// projector carries.
func (p patcher) Visit(obj map[string]interface{}) {
	p.fn(obj)
	projector(obj)
}

// chartFontSize is the least size in pixels of the text in a chart: axis
// labels, axis names, legends and value labels stay legible on a projector
// at 1280×800.
const chartFontSize = 14

// projector sets the font size of the axes' labels and names, the legend
// and the tooltip of an echarts option object to chartFontSize, keeping
// whatever else they set.
func projector(o m) {
	o["textStyle"] = m{"fontSize": chartFontSize}
	for _, key := range []string{"xAxis", "yAxis"} {
		switch a := o[key].(type) {
		case m:
			bigAxis(a)
		case []m:
			for _, x := range a {
				bigAxis(x)
			}
		}
	}
	if l, ok := o["legend"].(m); ok {
		l["textStyle"] = m{"fontSize": chartFontSize}
	}
	if t, ok := o["tooltip"].(m); ok {
		t["textStyle"] = m{"fontSize": chartFontSize}
	}
}

func bigAxis(a m) {
	for _, key := range []string{"axisLabel", "nameTextStyle"} {
		sub, ok := a[key].(m)
		if !ok {
			sub = m{}
			a[key] = sub
		}
		sub["fontSize"] = chartFontSize
	}
}

// m is shorthand for an echarts option object.
type m = map[string]interface{}

func initOpts(id, height string) charts.GlobalOpts {
	return charts.WithInitializationOpts(opts.Initialization{
		ChartID: id, Width: "100%", Height: height, Renderer: "svg",
	})
}

// fn refers to one of the JavaScript helpers defined in the page (see the
// template) or calls one of its factories. go-echarts encodes the code as a
// JSON string before it strips the quotes, so code must not hold a double
// quote or a backslash; text the helpers need is in vwnwText.
func fn(code string) interface{} { return opts.FuncOpts(code) }

func round(x float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(x*p) / p
}

func block(id, heading string, c snippeter) (chartBlock, error) {
	el, script, err := renderChart(id, c)
	if err != nil {
		return chartBlock{}, err
	}
	return chartBlock{ID: id, Heading: heading, Element: el, Script: script}, nil
}

func stakeholderNames(t *text) []string {
	return append([]string(nil), t.Stakeholders[:]...)
}

// addIntervalSeries adds to bar a series of bars and, overlaid in the same
// colour, their intervals: whiskers holds per bar [low, category, high,
// series index, number of series], drawn by the page's vwnwInterval.
func addIntervalSeries(bar *charts.Bar, name, color string, bars []opts.BarData, whiskers []opts.CustomData) {
	bar.AddSeries(name, bars, charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
		ss.BarGap = "0%"
		ss.BarCategoryGap = "30%"
		ss.ItemStyle = &opts.ItemStyle{Color: color}
	}))
	c := charts.NewCustom()
	c.AddSeries(name, whiskers, charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
		ss.RenderItem = opts.FuncOpts("vwnwInterval")
		ss.Encode = &opts.Encode{X: []int{0, 2}, Y: 1}
		ss.ItemStyle = &opts.ItemStyle{Color: color}
	}))
	bar.Overlap(c)
}

// npvChart draws, per stakeholder, a horizontal bar per scenario with the
// mean NPV and a whisker from p5 to p95.
func npvChart(alts []*model.ScenarioResult, t *text) (*chartBlock, error) {
	const id = "chart_npv"
	bar := charts.NewBar()
	bar.SetGlobalOptions(initOpts(id, fmt.Sprintf("%dpx", 160+model.NumStakeholders*(24+26*len(alts)))), charts.WithAnimation(false))
	n := len(alts)
	var legend []string
	for i, s := range alts {
		name := chartText(title(s, t.Lang))
		legend = append(legend, name)
		var bars []opts.BarData
		var whiskers []opts.CustomData
		for k := model.Stakeholder(0); int(k) < model.NumStakeholders; k++ {
			v := s.NPV.At(k)
			bars = append(bars, opts.BarData{Value: round(v.Mean, 0)})
			whiskers = append(whiskers, opts.CustomData{Value: []float64{round(v.P5, 0), float64(k), round(v.P95, 0), float64(i), float64(n), round(v.Mean, 0), 0}})
		}
		addIntervalSeries(bar, name, scenarioColor(i), bars, whiskers)
	}
	bar.Accept(patcher{fn: func(o m) {
		o["color"] = scenarioColors
		o["legend"] = m{"data": legend, "top": 0, "selectedMode": false}
		o["grid"] = m{"left": 10, "right": 120, "top": 30 + 24*((n+1)/2), "bottom": 40, "containLabel": true}
		o["tooltip"] = m{"trigger": "axis", "axisPointer": m{"type": "shadow"}, "formatter": fn("vwnwIntervalTip('euro')")}
		o["yAxis"] = m{"type": "category", "data": stakeholderNames(t), "inverse": true, "axisTick": m{"show": false}}
		o["xAxis"] = m{"type": "value", "name": t.NPVAxis, "nameLocation": "middle", "nameGap": 28,
			"axisLabel": m{"formatter": fn("vwnwAxis('euro')"), "hideOverlap": true}}
	}})
	b, err := block(id, t.NPVTitle, bar)
	return &b, err
}

func months(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = strconv.Itoa(i)
	}
	return out
}

func monthAxis(t *text, n int) m {
	return m{"type": "category", "data": months(n), "boundaryGap": false, "name": t.MonthAxis,
		"nameLocation": "middle", "nameGap": 28, "axisLabel": m{"interval": 5}}
}

// breakEvenTolerance is how far below zero (in euros) a cumulative cash flow
// may dip from rounding and still count as broken even.
const breakEvenTolerance = 0.5

// breakEven returns the first month from which the cumulative sum of the
// monthly flows stays at or above zero until the end of the horizon. ok is
// false when the cumulative sum is below zero in the last month (the party
// does not break even within the horizon) or when there are no flows.
func breakEven(flows []float64) (month int, ok bool) {
	if len(flows) == 0 {
		return 0, false
	}
	cum := 0.0
	month = -1
	for i, f := range flows {
		cum += f
		if cum < -breakEvenTolerance {
			month = -1
		} else if month < 0 {
			month = i
		}
	}
	if month < 0 {
		return 0, false
	}
	return month, true
}

// neverBelowZero reports whether the cumulative sum of the flows is never
// below zero (beyond rounding): the party invests nothing it must earn back.
func neverBelowZero(flows []float64) bool {
	cum := 0.0
	for _, f := range flows {
		if cum += f; cum < -breakEvenTolerance {
			return false
		}
	}
	return true
}

func allZero(v []float64) bool {
	for _, x := range v {
		if math.Abs(x) > 1e-9 {
			return false
		}
	}
	return true
}

// cashflowChart draws the cumulative discounted net cash flow per
// stakeholder, with the break-even month of each in a table.
func cashflowChart(i int, s *model.ScenarioResult, t *text) (cashflowBlock, error) {
	id := fmt.Sprintf("chart_cashflow_%d", i)
	line := charts.NewLine()
	line.SetGlobalOptions(initOpts(id, "420px"), charts.WithAnimation(false))
	var rows []keyValue
	length := 0
	for k := model.Stakeholder(0); int(k) < model.NumStakeholders; k++ {
		flows := *s.Cashflow.At(k)
		length = max(length, len(flows))
		data := make([]opts.LineData, len(flows))
		cum := 0.0
		for j, f := range flows {
			cum += f
			data[j] = opts.LineData{Value: round(cum, 0)}
		}
		width := float32(2)
		if k == model.Society {
			width = 4
		}
		color := stakeholderColors[k]
		line.AddSeries(t.Stakeholders[k], data, charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
			ss.ShowSymbol = opts.Bool(false)
			ss.Symbol = "none"
			ss.LineStyle = &opts.LineStyle{Width: width}
			ss.ItemStyle = &opts.ItemStyle{Color: color}
		}))
		var when string
		switch month, ok := breakEven(flows); {
		case allZero(flows):
			when = t.NoFlows
		case neverBelowZero(flows):
			when = i18n.BoardText(t.Lang).NoInvestment
		case ok:
			when = fmt.Sprintf(t.FromMonth, month)
		default:
			when = t.NotWithin
		}
		rows = append(rows, keyValue{t.Stakeholders[k], when})
	}
	legend := stakeholderNames(t)
	line.Accept(patcher{fn: func(o m) {
		o["color"] = stakeholderColors[:]
		o["legend"] = m{"data": legend, "top": 0}
		o["grid"] = m{"left": 10, "right": 30, "top": 60, "bottom": 40, "containLabel": true}
		o["tooltip"] = m{"trigger": "axis", "formatter": fn("vwnwAxisTip('euro')")}
		o["xAxis"] = monthAxis(t, length)
		o["yAxis"] = m{"type": "value", "name": t.CumulativeAxis, "nameTextStyle": m{"align": "left"},
			"axisLabel": m{"formatter": fn("vwnwAxis('euro')")}}
	}})
	b, err := block(id, title(s, t.Lang), line)
	return cashflowBlock{Chart: b, Rows: rows}, err
}

// boxChart draws a box plot of the societal NPV per scenario from its five
// numbers (p5, p25, p50, p75, p95).
func boxChart(alts []*model.ScenarioResult, t *text) (*chartBlock, error) {
	const id = "chart_society_box"
	box := charts.NewBoxPlot()
	box.SetGlobalOptions(initOpts(id, fmt.Sprintf("%dpx", 120+70*len(alts))), charts.WithAnimation(false))
	var names []string
	var data []opts.BoxPlotData
	for _, s := range alts {
		names = append(names, chartText(title(s, t.Lang)))
		v := make([]float64, 5)
		for j, x := range s.SocietyBox {
			v[j] = round(x, 0)
		}
		data = append(data, opts.BoxPlotData{Value: v})
	}
	box.AddSeries(t.Stakeholders[model.Society], data, charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
		ss.ItemStyle = &opts.ItemStyle{Color: "#c6dbef", BorderColor: "#08519c", BorderWidth: 1.5}
		ss.BarMaxWidth = "40"
	}))
	box.Accept(patcher{fn: func(o m) {
		o["legend"] = m{"show": false}
		o["grid"] = m{"left": 10, "right": 30, "top": 10, "bottom": 40, "containLabel": true}
		o["tooltip"] = m{"trigger": "item", "formatter": fn("vwnwBoxTip()")}
		o["yAxis"] = m{"type": "category", "data": names, "inverse": true,
			"axisLabel": m{"width": 260, "overflow": "break", "lineHeight": 16}}
		o["xAxis"] = m{"type": "value", "name": t.NPVAxis, "nameLocation": "middle", "nameGap": 28,
			"axisLabel": m{"formatter": fn("vwnwAxis('euro')"), "hideOverlap": true}}
	}})
	b, err := block(id, t.BoxTitle, box)
	return &b, err
}

// heatColor returns a background and text colour for a probability:
// orange at 0, light grey at ½, blue at 1 (colour-blind safe).
func heatColor(p float64) (bg, fg string) {
	p = math.Max(0, math.Min(1, p))
	lo, mid, hi := [3]float64{230, 97, 1}, [3]float64{247, 247, 247}, [3]float64{33, 102, 172}
	var c [3]float64
	for i := range c {
		if p < 0.5 {
			c[i] = lo[i] + (mid[i]-lo[i])*p*2
		} else {
			c[i] = mid[i] + (hi[i]-mid[i])*(p-0.5)*2
		}
	}
	bg = fmt.Sprintf("#%02x%02x%02x", int(math.Round(c[0])), int(math.Round(c[1])), int(math.Round(c[2])))
	fg = "#1a1a1a"
	if p < 0.15 || p > 0.8 {
		fg = "#ffffff"
	}
	return bg, fg
}

// neutralStyle is the style of a heat-table cell that has no value to
// colour, such as a party without cash flows.
const neutralStyle = template.CSS("background:#ffffff;color:#718096;font-style:italic")

// probTable is the heat table of the chance of a positive NPV per
// stakeholder (rows) and scenario (columns).
func probTable(alts []*model.ScenarioResult, t *text) *heatTable {
	h := &heatTable{}
	for _, s := range alts {
		h.Cols = append(h.Cols, title(s, t.Lang))
	}
	for k := model.Stakeholder(0); int(k) < model.NumStakeholders; k++ {
		row := heatRow{Name: t.Stakeholders[k]}
		for _, s := range alts {
			if s.NPV.At(k).Zero() {
				row.Cells = append(row.Cells, heatCell{Text: t.NoFlows, Style: neutralStyle, Strong: k == model.Society})
				continue
			}
			p := s.NPV.At(k).ProbPositive
			bg, fg := heatColor(p)
			row.Cells = append(row.Cells, heatCell{
				Text:   i18n.Percent(p, 0, t.Lang),
				Style:  template.CSS("background:" + bg + ";color:" + fg),
				Strong: k == model.Society,
			})
		}
		h.Rows = append(h.Rows, row)
	}
	return h
}

func outcomesTable(r *model.Results, t *text) outcomeTable {
	var tb outcomeTable
	for i := range r.Scenarios {
		s := &r.Scenarios[i]
		o := s.Outcomes
		tb.Rows = append(tb.Rows, []string{
			title(s, t.Lang),
			i18n.Percent(o.EmployedAt6.Mean, 0, t.Lang),
			i18n.Percent(o.EmployedAt12.Mean, 0, t.Lang),
			i18n.Percent(o.EmployedAt24.Mean, 0, t.Lang),
			i18n.Number(o.MonthsWW.Mean, 1, t.Lang),
			i18n.Number(o.MonthsBijstand.Mean, 1, t.Lang),
			i18n.Amount(o.CostPerParticipant.Mean, t.Lang),
			i18n.Percent(o.WageRatio.Mean, 0, t.Lang),
		})
	}
	return tb
}

// sensitivitySection is the page's sensitivity block, drawn from r.Sensitivity.
func sensitivitySection(r *model.Results, t *text) (sensBlock, error) {
	var sb sensBlock
	sn := r.Sensitivity
	if sn == nil {
		return sb, nil
	}
	sb.Present = true
	// An EVPI run names all its scenarios, separated by commas.
	var names []string
	for _, name := range strings.Split(sn.Scenario, ",") {
		names = append(names, scenarioTitle(r, name, t.Lang))
	}
	sb.Scenario = strings.Join(names, ", ")
	sb.Notes = localNotes(sn, t.Lang)
	if len(sn.Tornado) > 0 {
		b, omitted, noisy, err := tornadoChart(sn.Tornado, t)
		if err != nil {
			return sb, err
		}
		sb.Tornado, sb.TornadoOmitted = &b, omitted
		if noisy {
			sb.TornadoNoise = fmt.Sprintf(t.TornadoNoiseGuide, sensitivity.NoiseSEs)
		}
		sb.TornadoTable = tornadoTable(sn.Tornado, noFlowsOf(r, strings.Split(sn.Scenario, ",")), t)
	}
	if len(sn.Sobol) > 0 {
		b, omitted, err := sobolChart(sn.Sobol, t)
		if err != nil {
			return sb, err
		}
		sb.Sobol, sb.SobolOmitted = &b, omitted
		if c := sn.SobolStochastic; c != nil {
			sb.SobolChance = sobolChance(c.Society, sn.Inner, t)
		}
		sb.SobolTable = sobolTable(sn.Sobol, sn.SobolStochastic, noFlowsOf(r, strings.Split(sn.Scenario, ",")), t)
	}
	var err error
	if sn.EVPI != nil {
		if sb.EVPI, err = evpiSection(r, sn, t); err != nil {
			return sb, err
		}
		if len(sn.EVPI.Partial) > 0 {
			noFlows := noFlowsOf(r, evpiAlternatives(r, sn.EVPI))
			sb.EVPPITable = evppiTable(sn.EVPI, noFlows, cohortPhrase(sn.CohortSize, t), t)
		}
	}
	if sn.Breakeven != nil {
		if sb.Breakeven, err = breakevenSection(sn.Breakeven, t); err != nil {
			return sb, err
		}
	}
	return sb, nil
}

// sobolChance states the share v of the variance of the societal NPV that
// chance within the cohort explains, with the number of cohorts averaged
// per sample (inner, when more than one) and, when the share is above
// sensitivity.ChanceShareWarn, how that affects the total-order indices.
func sobolChance(v model.Interval, inner int, t *text) string {
	lang := t.Lang
	s := fmt.Sprintf(t.SobolChance, i18n.Percent(v.Est, 0, lang), i18n.Percent(v.Lo, 0, lang), i18n.Percent(v.Hi, 0, lang))
	if inner > 1 {
		s += fmt.Sprintf(t.SobolChanceInner, inner)
	}
	if v.Est > sensitivity.ChanceShareWarn {
		s += fmt.Sprintf(t.SobolChanceHigh, i18n.Percent(sensitivity.ChanceShareWarn, 0, lang))
	}
	return s
}

// maxSensBars is the most parameters (or groups) the tornado and Sobol
// charts show; the others are summed up in one sentence under the chart.
const maxSensBars = 15

// tornadoChart draws, per parameter, the change of the societal NPV with
// the parameter at its p10 and at its p90, largest swing on top. It shows
// at most maxSensBars parameters; omitted says how many it leaves out. A
// swing within noise (TornadoBar.Noise) has paler bars and a "~" before its
// name; noisy reports whether the chart holds one.
func tornadoChart(bars []model.TornadoBar, t *text) (c chartBlock, omitted string, noisy bool, err error) {
	const id = "chart_tornado"
	sorted := append([]model.TornadoBar(nil), bars...)
	swing := func(b model.TornadoBar) float64 { return math.Abs(b.AtHi.Society - b.AtLow.Society) }
	sort.SliceStable(sorted, func(i, j int) bool { return swing(sorted[i]) > swing(sorted[j]) })
	if len(sorted) > maxSensBars {
		rest := sorted[maxSensBars:]
		omitted = omittedText(len(rest), t.TornadoOmitted, t.TornadoOmittedOne, i18n.Amount(swing(rest[0]), t.Lang))
		sorted = sorted[:maxSensBars]
	}

	bar := charts.NewBar()
	bar.SetGlobalOptions(initOpts(id, fmt.Sprintf("%dpx", 120+44*len(sorted))), charts.WithAnimation(false))
	var names, se, noise []string
	var low, high []opts.BarData
	base := 0.0
	for _, b := range sorted {
		p := chartText(paramName(b.Param, t.Lang))
		name := p
		var lowStyle, highStyle *opts.ItemStyle
		if b.Noise.Society {
			noisy = true
			name = noiseMark + " " + p
			lowStyle, highStyle = &opts.ItemStyle{Color: tornadoLowNoiseColor}, &opts.ItemStyle{Color: tornadoHighNoiseColor}
		}
		names = append(names, name)
		noise = append(noise, strconv.FormatBool(b.Noise.Society))
		se = append(se, jsNumber(b.SwingSE.Society, 0))
		base = b.Base.Society
		lo, hi := round(b.AtLow.Society-b.Base.Society, 0), round(b.AtHi.Society-b.Base.Society, 0)
		loLabel, hiLabel := tornadoLabels(lo, hi)
		low = append(low, opts.BarData{Name: p + " = " + i18n.Number(b.Low, 3, t.Lang), Value: lo, ItemStyle: lowStyle, Label: loLabel})
		high = append(high, opts.BarData{Name: p + " = " + i18n.Number(b.High, 3, t.Lang), Value: hi, ItemStyle: highStyle, Label: hiLabel})
	}
	common := func(color string) charts.SeriesOpts {
		return charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
			ss.BarGap = "-100%"
			ss.BarCategoryGap = "35%"
			ss.ItemStyle = &opts.ItemStyle{Color: color}
		})
	}
	bar.AddSeries(t.TornadoLow, low, common(tornadoLowColor))
	bar.AddSeries(t.TornadoHigh, high, common(tornadoHighColor))
	baseLabel := t.TornadoBase + ": " + i18n.Amount(base, t.Lang)
	tip := "vwnwTornadoTip(" + strconv.FormatFloat(round(base, 0), 'f', -1, 64) +
		", [" + strings.Join(se, ",") + "], [" + strings.Join(noise, ",") + "])"
	bar.Accept(patcher{fn: func(o m) {
		o["legend"] = m{"data": []string{t.TornadoLow, t.TornadoHigh}, "top": 0}
		o["grid"] = m{"left": 10, "right": 100, "top": 40, "bottom": 40, "containLabel": true}
		o["tooltip"] = m{"trigger": "item", "formatter": fn(tip)}
		o["yAxis"] = m{"type": "category", "data": names, "inverse": true, "axisTick": m{"show": false},
			"axisLabel": m{"width": 340, "overflow": "break", "lineHeight": 17}}
		o["xAxis"] = m{"type": "value", "name": t.TornadoAxis + " — " + baseLabel, "nameLocation": "middle", "nameGap": 28,
			"min": fn("vwnwPadMin"), "max": fn("vwnwPadMax"),
			"axisLabel": m{"formatter": fn("vwnwAxis('euro')"), "hideOverlap": true, "showMinLabel": false, "showMaxLabel": false}}
	}})
	c, err = block(id, t.TornadoTitle, bar)
	return c, omitted, noisy, err
}

// valueLabel is the label of a horizontal bar of value v: its value
// formatted as kind ("euro" or "pct") beyond the bar's end, right of a
// positive bar and left of a negative one; none on a bar of zero.
func valueLabel(v float64, kind string) *opts.Label {
	if v == 0 {
		return &opts.Label{Show: opts.Bool(false)}
	}
	pos := "right"
	if v < 0 {
		pos = "left"
	}
	return &opts.Label{Show: opts.Bool(true), Position: pos, Color: "#1a1a1a", FontSize: chartFontSize,
		Formatter: string(opts.FuncOpts("vwnwBarLabel('" + kind + "')"))}
}

// tornadoLabels are the value labels of a parameter's two bars, which lie
// on one another: both when they point to either side of the base, only the
// longer one's when they point the same way (the shorter one's amount is in
// the tooltip and the table).
func tornadoLabels(lo, hi float64) (loLabel, hiLabel *opts.Label) {
	loLabel, hiLabel = valueLabel(lo, "euro"), valueLabel(hi, "euro")
	if (lo < 0) == (hi < 0) {
		if math.Abs(lo) >= math.Abs(hi) {
			hiLabel = valueLabel(0, "euro")
		} else {
			loLabel = valueLabel(0, "euro")
		}
	}
	return loLabel, hiLabel
}

// jsNumber writes x rounded to the given decimals as a JavaScript number
// literal, or null when x is not finite (the tooltips show n.b. / n/a).
func jsNumber(x float64, decimals int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "null"
	}
	return strconv.FormatFloat(round(x, decimals), 'f', -1, 64)
}

// sobolOrder returns the indices sorted by their total-order index for
// society, largest first (ties keep their order), and cut to at most n.
// rest is the number left out and restMax the largest total-order index
// among them.
func sobolOrder(idx []model.SobolIndex, n int) (shown []model.SobolIndex, rest int, restMax float64) {
	shown = slices.Clone(idx)
	slices.SortStableFunc(shown, func(p, q model.SobolIndex) int {
		return cmp.Compare(q.Total.Society.Est, p.Total.Society.Est)
	})
	if len(shown) <= n {
		return shown, 0, 0
	}
	return shown[:n], len(shown) - n, shown[n].Total.Society.Est
}

// sobolAxis returns the range of the Sobol chart's value axis and the step
// between its labels: from 0, or lower when an estimate or interval is
// below zero (so that no bar or whisker is cut off), to the largest upper
// bound, rounded outwards to a step of 10 percentage points, or of 20 when
// the range is wider than 1.
func sobolAxis(idx []model.SobolIndex) (lo, hi, step float64) {
	hi = 0.1
	for _, s := range idx {
		for _, iv := range []model.Interval{s.First.Society, s.Total.Society} {
			for _, x := range []float64{iv.Est, iv.Lo, iv.Hi} {
				if !math.IsNaN(x) && !math.IsInf(x, 0) {
					lo, hi = min(lo, x), max(hi, x)
				}
			}
		}
	}
	n := 10.0 // steps per unit
	if hi-lo > 1 {
		n = 5
	}
	// The small slack keeps 0.3 from becoming 0.4 through rounding error.
	return math.Floor(lo*n+1e-9) / n, math.Ceil(hi*n-1e-9) / n, 1 / n
}

// sobolChart draws first- and total-order Sobol indices of the societal NPV
// per parameter, with their 95% intervals, sorted by the total-order index
// and cut to maxSensBars; omitted says how many it leaves out.
func sobolChart(all []model.SobolIndex, t *text) (c chartBlock, omitted string, err error) {
	const id = "chart_sobol"
	idx, rest, restMax := sobolOrder(all, maxSensBars)
	if rest > 0 {
		omitted = omittedText(rest, t.SobolOmitted, t.SobolOmittedOne, i18n.Percent(restMax, 1, t.Lang))
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(initOpts(id, fmt.Sprintf("%dpx", 110+50*len(idx))), charts.WithAnimation(false))
	var names []string
	for _, s := range idx {
		names = append(names, chartText(paramName(s.Param, t.Lang)))
	}
	colors := []string{"#4e79a7", "#a0cbe8"}
	for i, label := range []string{t.SobolFirst, t.SobolTotal} {
		var bars []opts.BarData
		var whiskers []opts.CustomData
		for j, s := range idx {
			iv := s.First.Society
			if i == 1 {
				iv = s.Total.Society
			}
			bars = append(bars, opts.BarData{Value: round(iv.Est, 4)})
			whiskers = append(whiskers, opts.CustomData{Value: []float64{round(iv.Lo, 4), float64(j), round(iv.Hi, 4), float64(i), 2, round(iv.Est, 4), 1}})
		}
		addIntervalSeries(bar, label, colors[i], bars, whiskers)
	}
	lo, hi, step := sobolAxis(idx)
	bar.Accept(patcher{fn: func(o m) {
		o["color"] = colors
		o["legend"] = m{"data": []string{t.SobolFirst, t.SobolTotal}, "top": 0, "selectedMode": false}
		o["grid"] = m{"left": 10, "right": 70, "top": 40, "bottom": 40, "containLabel": true}
		o["tooltip"] = m{"trigger": "axis", "axisPointer": m{"type": "shadow"}, "formatter": fn("vwnwIntervalTip('pct')")}
		o["yAxis"] = m{"type": "category", "data": names, "inverse": true, "axisTick": m{"show": false},
			"axisLabel": m{"width": 300, "overflow": "truncate"}}
		o["xAxis"] = m{"type": "value", "min": lo, "max": hi, "interval": step, "name": t.SobolAxis, "nameLocation": "middle", "nameGap": 28,
			"axisLabel": m{"formatter": fn("vwnwAxis('pct')")}}
	}})
	c, err = block(id, t.SobolTitle, bar)
	return c, omitted, err
}

// omittedText says that n parameters were left out of a chart or table:
// many with n and args, or, for one, one with args alone.
func omittedText(n int, many, one string, args ...any) string {
	if n == 1 {
		return fmt.Sprintf(one, args...)
	}
	return fmt.Sprintf(many, append([]any{n}, args...)...)
}
