package charts

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// This file draws the charts made for a projector: the occupancy of every
// scenario as small multiples on one shared axis, the budget per calendar
// year and the waterfall of a party's line items.

// occupancyColumns is the number of panels side by side.
const occupancyColumns = 2

// occupancyPanels draws the share of the cohort in each state per month as
// stacked areas, one panel per scenario, every panel on the same axes (0 to
// 100%, the same months), with one legend for all.
func occupancyPanels(r *model.Results, t *text) (chartBlock, error) {
	const id = "chart_occupancy"
	n := len(r.Scenarios)
	rows := (n + occupancyColumns - 1) / occupancyColumns
	const top, panelH, gapH = 70, 230, 70
	line := charts.NewLine()
	line.SetGlobalOptions(initOpts(id, fmt.Sprintf("%dpx", top+rows*(panelH+gapH))), charts.WithAnimation(false))
	length := 0
	for i := range r.Scenarios {
		for st := model.State(0); int(st) < model.NumStates; st++ {
			length = max(length, len(*r.Scenarios[i].Occupancy.At(st)))
		}
	}
	var grids, xs, ys, titles []m
	for i := range r.Scenarios {
		s := &r.Scenarios[i]
		row, col := i/occupancyColumns, i%occupancyColumns
		left, width := fmt.Sprintf("%d%%", 6+col*50), "40%"
		y := top + row*(panelH+gapH)
		grids = append(grids, m{"left": left, "width": width, "top": y, "height": panelH, "containLabel": false})
		titles = append(titles, m{"text": chartText(title(s, t.Lang)), "left": left, "top": y - 30,
			"textStyle": m{"fontSize": 15, "fontWeight": "bold"}})
		xa := monthAxis(t, length)
		xa["gridIndex"] = i
		xa["nameGap"] = 26
		xa["axisLabel"] = m{"interval": 11}
		xs = append(xs, xa)
		ys = append(ys, m{"type": "value", "gridIndex": i, "min": 0, "max": 1, "interval": 0.25,
			"axisLabel": m{"formatter": fn("vwnwAxis('pct')")}})
		for st := model.State(0); int(st) < model.NumStates; st++ {
			v := *s.Occupancy.At(st)
			data := make([]opts.LineData, len(v))
			for j, x := range v {
				data[j] = opts.LineData{Value: round(x, 4)}
			}
			color, idx := stateColors[st], i
			line.AddSeries(t.States[st], data, charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
				ss.Stack = fmt.Sprintf("s%d", idx)
				ss.XAxisIndex, ss.YAxisIndex = idx, idx
				ss.ShowSymbol = opts.Bool(false)
				ss.Symbol = "none"
				ss.AreaStyle = &opts.AreaStyle{Opacity: opts.Float(0.85)}
				ss.LineStyle = &opts.LineStyle{Width: 0.5}
				ss.ItemStyle = &opts.ItemStyle{Color: color}
			}))
		}
	}
	legend := append([]string(nil), t.States[:]...)
	line.Accept(patcher{fn: func(o m) {
		o["color"] = stateColors[:]
		o["title"] = titles
		o["legend"] = m{"data": legend, "top": 0}
		o["grid"] = grids
		o["tooltip"] = m{"trigger": "axis", "formatter": fn("vwnwAxisTip('pct')")}
		o["xAxis"] = xs
		o["yAxis"] = ys
	}})
	return block(id, t.OccupancyTitle, line)
}

// budgetBlock is one scenario's budget per calendar year: a chart and a
// table of the parties by year.
type budgetBlock struct {
	Chart chartBlock
	Years []string
	Rows  []budgetRow
}

type budgetRow struct {
	Party  string
	Strong bool
	Cells  []string // per year, then the total
}

// budgetChart draws a scenario's budget per calendar year: per party a
// group of bars, one per year, with the amount at each bar.
func budgetChart(i int, s *model.ScenarioResult, t *text) (*budgetBlock, error) {
	b := s.BudgetByYear
	if b == nil || len(b.Years) == 0 {
		return nil, nil
	}
	id := fmt.Sprintf("chart_budget_%d", i)
	bt := i18n.BoardText(t.Lang)
	out := &budgetBlock{}
	for _, y := range b.Years {
		out.Years = append(out.Years, fmt.Sprint(y))
	}
	out.Years = append(out.Years, bt.BudgetTotal)
	var parties []string
	for k := model.Stakeholder(0); int(k) < model.NumStakeholders; k++ {
		amounts := *b.Amounts.At(k)
		row := budgetRow{Party: t.Stakeholders[k], Strong: k == model.Society}
		total := 0.0
		for _, a := range amounts {
			row.Cells = append(row.Cells, i18n.RoundedAmount(a, t.Lang))
			total += a
		}
		row.Cells = append(row.Cells, i18n.RoundedAmount(total, t.Lang))
		out.Rows = append(out.Rows, row)
		parties = append(parties, t.Stakeholders[k])
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(initOpts(id, fmt.Sprintf("%dpx", 120+model.NumStakeholders*(20+18*len(b.Years)))), charts.WithAnimation(false))
	colors := yearColors(len(b.Years))
	for j, y := range b.Years {
		var data []opts.BarData
		for k := model.Stakeholder(0); int(k) < model.NumStakeholders; k++ {
			v := round((*b.Amounts.At(k))[j], 0)
			data = append(data, opts.BarData{Value: v, Label: valueLabel(v, "euro")})
		}
		color := colors[j]
		bar.AddSeries(fmt.Sprint(y), data, charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
			ss.BarGap = "10%"
			ss.BarCategoryGap = "25%"
			ss.ItemStyle = &opts.ItemStyle{Color: color}
		}))
	}
	var legend []string
	for _, y := range b.Years {
		legend = append(legend, fmt.Sprint(y))
	}
	bar.Accept(patcher{fn: func(o m) {
		o["color"] = colors
		o["legend"] = m{"data": legend, "top": 0}
		o["grid"] = m{"left": 10, "right": 110, "top": 40, "bottom": 40, "containLabel": true}
		o["tooltip"] = m{"trigger": "axis", "axisPointer": m{"type": "shadow"}, "formatter": fn("vwnwIntervalTip('euro')")}
		o["yAxis"] = m{"type": "category", "data": parties, "inverse": true, "axisTick": m{"show": false}}
		o["xAxis"] = m{"type": "value", "name": bt.BudgetAxis, "nameLocation": "middle", "nameGap": 30,
			"axisLabel": m{"formatter": fn("vwnwAxis('euro')"), "hideOverlap": true}}
	}})
	var err error
	out.Chart, err = block(id, title(s, t.Lang), bar)
	return out, err
}

// yearColors are n shades of blue from light (the first year) to dark.
func yearColors(n int) []string {
	out := make([]string, n)
	for i := range out {
		f := 0.0
		if n > 1 {
			f = float64(i) / float64(n-1)
		}
		c := func(lo, hi float64) int { return int(math.Round(lo + (hi-lo)*f)) }
		out[i] = fmt.Sprintf("#%02x%02x%02x", c(158, 8), c(202, 48), c(225, 107))
	}
	return out
}

// budgetGuide says what the budget shows and from which month it counts:
// the cohort's start month when every scenario with a budget records the
// same one, and no month otherwise.
func budgetGuide(r *model.Results, t *text) string {
	bt := i18n.BoardText(t.Lang)
	var start *model.Budget
	for i := range r.Scenarios {
		b := r.Scenarios[i].BudgetByYear
		switch {
		case b == nil:
			continue
		case b.StartMonth < 1 || b.StartMonth > 12:
			return fmt.Sprintf(bt.BudgetNoStart, r.Run.PriceYear)
		case start == nil:
			start = b
		case b.StartYear != start.StartYear || b.StartMonth != start.StartMonth:
			return fmt.Sprintf(bt.BudgetNoStart, r.Run.PriceYear)
		}
	}
	if start == nil {
		return ""
	}
	return fmt.Sprintf(bt.BudgetGuide, r.Run.PriceYear, bt.MonthNames[start.StartMonth-1], start.StartYear)
}

// lineItem is one line item of a party's NPV: its name and mean.
type lineItem struct {
	Name string
	Mean float64
}

// maxWaterfallItems is the most line items a waterfall shows; the smaller
// ones are summed in one bar.
const maxWaterfallItems = 10

// waterfallChart draws how a party's mean NPV (scenario minus baseline) is
// built from its line items: a floating bar per item (the page's vwnwFloat),
// from the running sum before it to the running sum after it, green up and
// orange down, each with its amount, and the total as the last bar. Items are sorted by size; beyond maxWaterfallItems
// the rest are summed.
func waterfallChart(id, heading string, items []lineItem, t *text) (chartBlock, error) {
	bt := i18n.BoardText(t.Lang)
	items = slices.Clone(items)
	slices.SortStableFunc(items, func(a, b lineItem) int { return cmp.Compare(math.Abs(b.Mean), math.Abs(a.Mean)) })
	if len(items) > maxWaterfallItems {
		rest := items[maxWaterfallItems-1:]
		sum := 0.0
		for _, it := range rest {
			sum += it.Mean
		}
		items = append(items[:maxWaterfallItems-1:maxWaterfallItems-1], lineItem{fmt.Sprintf(bt.WaterfallOther, len(rest)), sum})
	}
	var names []string
	var data []opts.CustomData
	run := 0.0
	for j, it := range items {
		names = append(names, chartText(it.Name))
		next := run + it.Mean
		kind := 0.0 // raises the NPV
		if it.Mean < 0 {
			kind = 1
		}
		data = append(data, opts.CustomData{Name: chartText(it.Name), Value: []float64{round(run, 0), float64(j), round(next, 0), kind, round(it.Mean, 0)}})
		run = next
	}
	names = append(names, bt.WaterfallTotal)
	data = append(data, opts.CustomData{Name: bt.WaterfallTotal, Value: []float64{0, float64(len(items)), round(run, 0), 2, round(run, 0)}})

	c := charts.NewCustom()
	c.SetGlobalOptions(initOpts(id, fmt.Sprintf("%dpx", 90+34*len(names))), charts.WithAnimation(false))
	c.AddSeries(heading, data, charts.WithSeriesOpts(func(ss *charts.SingleSeries) {
		ss.RenderItem = opts.FuncOpts("vwnwFloat")
		ss.Encode = &opts.Encode{X: []int{0, 2}, Y: 1}
	}))
	c.Accept(patcher{fn: func(o m) {
		o["legend"] = m{"show": false}
		o["tooltip"] = m{"trigger": "item", "formatter": fn("vwnwFloatTip()")}
		o["grid"] = m{"left": 10, "right": 110, "top": 10, "bottom": 40, "containLabel": true}
		o["yAxis"] = m{"type": "category", "data": names, "inverse": true, "axisTick": m{"show": false},
			"axisLabel": m{"width": 280, "overflow": "truncate"}}
		o["xAxis"] = m{"type": "value", "name": t.NPVAxis, "nameLocation": "middle", "nameGap": 30,
			"axisLabel": m{"formatter": fn("vwnwAxis('euro')"), "hideOverlap": true}}
	}})
	return block(id, heading, c)
}

// waterfallGroup is the waterfalls of one scenario, one per party with
// line items.
type waterfallGroup struct {
	Title  string
	Charts []chartBlock
}

// itemsOf returns the line items of stakeholder k in s, with their mean
// NPVs, in item order; none when s has no line items for k.
func itemsOf(s *model.ScenarioResult, k model.Stakeholder, lang string) []lineItem {
	var out []lineItem
	for _, it := range *s.NPVByItem.At(k) {
		if !it.Summary.Zero() {
			out = append(out, lineItem{Name: i18n.Item(it.Item, lang), Mean: it.Summary.Mean})
		}
	}
	return out
}

// hasItems reports whether s holds line items for any stakeholder.
func hasItems(s *model.ScenarioResult) bool {
	for k := range model.NumStakeholders {
		if len(*s.NPVByItem.At(model.Stakeholder(k))) > 0 {
			return true
		}
	}
	return false
}

// waterfalls draws the waterfall of every party of s with line items; nil
// when s has none.
func waterfalls(i int, s *model.ScenarioResult, t *text) (*waterfallGroup, error) {
	if !hasItems(s) {
		return nil, nil
	}
	g := &waterfallGroup{Title: title(s, t.Lang)}
	for k := model.Stakeholder(0); int(k) < model.NumStakeholders; k++ {
		items := itemsOf(s, k, t.Lang)
		if len(items) == 0 {
			continue
		}
		c, err := waterfallChart(fmt.Sprintf("chart_waterfall_%d_%d", i, k), t.Stakeholders[k], items, t)
		if err != nil {
			return nil, err
		}
		g.Charts = append(g.Charts, c)
	}
	return g, nil
}
