package charts

import (
	"fmt"
	"html/template"
	"math"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// row returns a perStakeholder with society and, for the parties, the
// values given in stakeholder order (workers first).
func row(society float64, parties ...float64) (r perStakeholder) {
	copy(r[:], parties)
	r[model.Society] = society
	return r
}

func TestPickRows(t *testing.T) {
	noSkip := [model.NumStakeholders]bool{}
	skipWorkers := noSkip
	skipWorkers[model.Workers] = true
	tests := []struct {
		name     string
		g        []perStakeholder
		skip     [model.NumStakeholders]bool
		n        int
		rows     []int
		rest     int
		restMax  float64
		relative bool // scale by the column maximum; otherwise by 1
	}{
		{
			name: "all fit: ordered by society, largest first, sign ignored",
			g:    []perStakeholder{row(1, 5), row(-3, 1), row(2, 0)},
			n:    5, rows: []int{1, 2, 0}, relative: true,
		},
		{
			name: "ties for society ordered by weight, then input order",
			g:    []perStakeholder{row(0, 1), row(0, 4), row(0, 4)},
			n:    5, rows: []int{1, 2, 0}, relative: true,
		},
		{
			name: "cut: a parameter that matters to one party only is kept",
			// Row 2 is zero for society but the largest for workers.
			g: []perStakeholder{row(10, 0), row(8, 0), row(0, 50), row(1, 1)},
			n: 3, rows: []int{0, 1, 2}, rest: 1, restMax: 0.1, relative: true,
		},
		{
			name: "a skipped column gives no weight",
			g:    []perStakeholder{row(10, 0), row(8, 0), row(0, 50), row(1, 1)},
			skip: skipWorkers,
			n:    3, rows: []int{0, 1, 3}, rest: 1, restMax: 0, relative: true,
		},
		{
			name: "absolute shares: the largest anywhere is kept",
			g:    []perStakeholder{row(0.4, 0.1), row(0.01, 0.02), row(0.05, 0.9)},
			n:    2, rows: []int{0, 2}, rest: 1, restMax: 0.02,
		},
		{
			name: "empty",
			n:    3,
			rows: []int{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var scale perStakeholder
			if tc.relative {
				scale = colMax(tc.g)
			} else {
				for k := range scale {
					scale[k] = 1
				}
			}
			rows, rest, restMax := pickRows(tc.g, scale, tc.skip, tc.n)
			if !slices.Equal(rows, tc.rows) || rest != tc.rest || math.Abs(restMax-tc.restMax) > 1e-12 {
				t.Errorf("pickRows = %v, %d, %v; want %v, %d, %v", rows, rest, restMax, tc.rows, tc.rest, tc.restMax)
			}
		})
	}
}

// sobolIndex returns an index whose society estimates are first and total,
// with intervals ±0.05 around them.
func sobolIndex(param string, first, total float64) model.SobolIndex {
	s := model.SobolIndex{Param: param}
	s.First.Society = model.Interval{Est: first, Lo: first - 0.05, Hi: first + 0.05}
	s.Total.Society = model.Interval{Est: total, Lo: total - 0.05, Hi: total + 0.05}
	return s
}

func TestSobolOrder(t *testing.T) {
	many := func(n int) []model.SobolIndex {
		var out []model.SobolIndex
		for i := range n {
			// Alphabetical order is the reverse of importance.
			out = append(out, sobolIndex(fmt.Sprintf("p%02d", i), 0, float64(i)/100))
		}
		return out
	}
	tests := []struct {
		name    string
		idx     []model.SobolIndex
		n       int
		want    []string
		rest    int
		restMax float64
	}{
		{"by total order, largest first", []model.SobolIndex{sobolIndex("a", 0.3, 0.1), sobolIndex("b", 0, 0.5), sobolIndex("c", 0.1, 0.2)},
			15, []string{"b", "c", "a"}, 0, 0},
		{"ties keep their order", []model.SobolIndex{sobolIndex("a", 0, 0.2), sobolIndex("b", 0, 0.2), sobolIndex("c", 0, 0.3)},
			15, []string{"c", "a", "b"}, 0, 0},
		{"cut to the largest", many(20), 15,
			[]string{"p19", "p18", "p17", "p16", "p15", "p14", "p13", "p12", "p11", "p10", "p09", "p08", "p07", "p06", "p05"}, 5, 0.04},
		{"exactly n", many(3), 3, []string{"p02", "p01", "p00"}, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			shown, rest, restMax := sobolOrder(tc.idx, tc.n)
			var got []string
			for _, s := range shown {
				got = append(got, s.Param)
			}
			if !slices.Equal(got, tc.want) || rest != tc.rest || math.Abs(restMax-tc.restMax) > 1e-12 {
				t.Errorf("sobolOrder = %v, %d, %v; want %v, %d, %v", got, rest, restMax, tc.want, tc.rest, tc.restMax)
			}
		})
	}
}

func TestSobolAxis(t *testing.T) {
	tests := []struct {
		name         string
		idx          []model.SobolIndex
		lo, hi, step float64
	}{
		// sobolIndex puts the intervals 0.05 either side of the estimates.
		{"all positive: from zero", []model.SobolIndex{sobolIndex("a", 0.2, 0.42)}, 0, 0.5, 0.1},
		{"a negative first order shows", []model.SobolIndex{sobolIndex("a", -0.02, 0.25)}, -0.1, 0.3, 0.1},
		{"exact tenths stay", []model.SobolIndex{sobolIndex("a", 0.05, 0.25)}, 0, 0.3, 0.1},
		{"wide range: steps of 20 points", []model.SobolIndex{sobolIndex("a", -0.3, 1.0)}, -0.4, 1.2, 0.2},
		{"nothing: a minimal axis", nil, 0, 0.1, 0.1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lo, hi, step := sobolAxis(tc.idx)
			if math.Abs(lo-tc.lo) > 1e-12 || math.Abs(hi-tc.hi) > 1e-12 || math.Abs(step-tc.step) > 1e-12 {
				t.Errorf("sobolAxis = %v, %v, %v; want %v, %v, %v", lo, hi, step, tc.lo, tc.hi, tc.step)
			}
		})
	}
}

func TestSobolChartOnPage(t *testing.T) {
	r := loadFixture(t)
	sn := r.Sensitivity
	sn.Sobol = nil
	for i := range maxSensBars + 4 {
		// Alphabetical order is the reverse of importance; the first
		// orders are below zero, so the axis must reach below zero.
		sn.Sobol = append(sn.Sobol, sobolIndex(fmt.Sprintf("param.s%02d", i), -0.03, float64(i)/100))
	}
	page := renderString(t, r, "nl")
	script := chartScript(t, page, "chart_sobol")
	var order []string
	for _, m := range regexp.MustCompile(`"param\.s(\d\d)"`).FindAllStringSubmatch(script, -1) {
		order = append(order, m[1])
	}
	want := []string{"18", "17", "16", "15", "14", "13", "12", "11", "10", "09", "08", "07", "06", "05", "04"}
	if !slices.Equal(order, want) {
		t.Errorf("Sobol chart parameters %v, want %v", order, want)
	}
	if !strings.Contains(script, `"min":-0.1`) {
		t.Error("the Sobol axis does not reach below zero")
	}
	if w := fmt.Sprintf(textNL.SobolOmitted, 4, "3,0%"); !strings.Contains(page, w) {
		t.Errorf("page lacks %q", w)
	}
	if h := regexp.MustCompile(`id="chart_sobol" style="width:100%;height:(\d+)px`).FindStringSubmatch(page); h == nil || len(h[1]) > 3 {
		t.Errorf("Sobol chart height %v: want under 1000 px", h)
	}
	c := sn.SobolStochastic.Society
	w := fmt.Sprintf(textNL.SobolChance, i18n.Percent(c.Est, 0, "nl"), i18n.Percent(c.Lo, 0, "nl"), i18n.Percent(c.Hi, 0, "nl"))
	if !strings.Contains(page, template.HTMLEscapeString(w)) {
		t.Errorf("page lacks %q", w)
	}
	sn.SobolStochastic = nil
	// The notes of the analysis may speak of that chance; the Sobol part
	// above them may not.
	page = renderString(t, r, "nl")
	if i := strings.Index(page, "<strong>"+textNL.SensNotes+":</strong>"); i >= 0 {
		page = page[:i]
	}
	if strings.Contains(page, "Toeval binnen de groep") || strings.Contains(page, textNL.SobolChanceRow) {
		t.Error("without sobol_stochastic the page still speaks of chance within the cohort")
	}
}

func TestTornadoChartIsCapped(t *testing.T) {
	r := loadFixture(t)
	sn := r.Sensitivity
	sn.Tornado = nil
	for i := range maxSensBars + 3 {
		b := model.TornadoBar{Param: fmt.Sprintf("param.t%02d", i), Low: 1, High: 2}
		b.AtHi.Society = float64(1000 * (i + 1))
		sn.Tornado = append(sn.Tornado, b)
	}
	page := renderString(t, r, "nl")
	script := chartScript(t, page, "chart_tornado")
	if strings.Contains(script, `"param.t02"`) || !strings.Contains(script, `"param.t03"`) || !strings.Contains(script, `"param.t17"`) {
		t.Error("the tornado chart does not hold exactly the largest swings")
	}
	if w := fmt.Sprintf(textNL.TornadoOmitted, 3, "€ 3.000"); !strings.Contains(page, w) {
		t.Errorf("page lacks %q", w)
	}
}

// chartScript returns the script of the chart with the given ID.
func chartScript(t *testing.T, page, id string) string {
	t.Helper()
	i := strings.Index(page, `id="`+id+`"`)
	if i < 0 {
		t.Fatalf("no chart %s", id)
	}
	j := strings.Index(page[i:], "</script>")
	if j < 0 {
		t.Fatalf("chart %s has no script", id)
	}
	return page[i : i+j]
}

// cellTexts returns the texts of the cells of tb's rows: the parameter's
// name (without markup) and then one text per column.
func cellTexts(tb *stakeTable) [][]string {
	var out [][]string
	for _, r := range tb.Rows {
		line := []string{strings.ReplaceAll(string(r.Name), "<wbr>", "")}
		for _, c := range r.Cells {
			line = append(line, c.Text)
		}
		out = append(out, line)
	}
	return out
}

// noReceivingFlows makes the fixture's receiving employers a party without
// cash flows, as when nobody else pays part of a new wage and no net
// effects are counted.
func noReceivingFlows(r *model.Results) *model.Results {
	for i := range r.Scenarios {
		r.Scenarios[i].NPV.ReceivingEmployers = model.Summary{}
		r.Scenarios[i].NPVPerParticipant.ReceivingEmployers = model.Summary{}
	}
	return r
}

func TestStakeholderTables(t *testing.T) {
	r := noReceivingFlows(loadFixture(t))
	sn := r.Sensitivity
	noFlows := noFlowsOf(r, []string{sn.Scenario})
	if !noFlows[model.ReceivingEmployers] || slices.Contains(noFlows[:model.ReceivingEmployers], true) || noFlows[model.Society] {
		t.Fatalf("noFlowsOf(%s) = %v: want only receiving employers", sn.Scenario, noFlows)
	}
	if got := noFlowsOf(r, []string{"no_such_scenario"}); slices.Contains(got[:], true) {
		t.Errorf("noFlowsOf an unknown scenario = %v: want nothing known", got)
	}
	cols := []string{"maatschappij", "werknemers", "latende werkgevers", "ontvangende werkgevers", "UWV", "gemeenten",
		"zorg\u00adverzekeraars", "Rijk"}

	// Hand-made results: two parameters, exact numbers.
	bars := []model.TornadoBar{
		{Param: "a.small", Low: 1, High: 2},
		{Param: "b.large", Low: 3, High: 4},
	}
	bars[0].AtLow.Society, bars[0].AtHi.Society = 100, 1100     // +1.000
	bars[0].AtLow.Workers, bars[0].AtHi.Workers = 5000, 2000    // −3.000
	bars[1].AtLow.Society, bars[1].AtHi.Society = 0, -25000     // −25.000
	bars[1].AtLow.Treasury, bars[1].AtHi.Treasury = 1000, 13345 // +12.345
	sobol := []model.SobolIndex{sobolIndex("a.small", 0, 0.1), sobolIndex("b.large", 0, 0.6)}
	sobol[0].Total.UWV.Est = 0.444
	chance := &model.ByStakeholder[model.Interval]{}
	chance.Society = model.Interval{Est: 0.3, Lo: 0.2, Hi: 0.4}
	e := &model.EVPI{Partial: []model.EVPPI{{Param: "a.small"}, {Param: "g", Keys: []string{"x.y", "z"}}}}
	e.Partial[0].Cohort.Society, e.Partial[0].Cohort.Municipalities = 800, 12
	e.Partial[1].Cohort.Society, e.Partial[1].PerParticipant.Society = 2500, 83.3
	e.Cohort.Society, e.Cohort.Workers = 3000, 40

	tests := []struct {
		name  string
		tb    *stakeTable
		unit  string
		cells [][]string
	}{
		{"tornado: signed change p10 to p90, thousands of euros, largest for society first",
			tornadoTable(bars, noFlows, &textNL), textNL.AmountsThousands,
			[][]string{
				{"b.large", "−25,0", "0", "0", "–", "0", "0", "0", "+12,3"},
				{"a.small", "+1,0", "−3,0", "0", "–", "0", "0", "0", "0"},
			}},
		{"Sobol: total-order index, chance within the cohort last",
			sobolTable(sobol, chance, noFlows, &textNL), "",
			[][]string{
				{"b.large", "60%", "0%", "0%", "–", "0%", "0%", "0%", "0%"},
				{"a.small", "10%", "0%", "0%", "–", "44%", "0%", "0%", "0%"},
				{textNL.SobolChanceRow, "30%", "0%", "0%", "–", "0%", "0%", "0%", "0%"},
			}},
		{"EVPPI: euros for the cohort, a group with its keys, the EVPI last",
			evppiTable(e, noFlows, "één groep", &textNL), textNL.AmountsEuro,
			[][]string{
				{"g (groep: x.y, z)", "2.500", "0", "0", "–", "0", "0", "0", "0"},
				{"a.small", "800", "0", "0", "–", "0", "12", "0", "0"},
				{textNL.EVPIRow, "3.000", "40", "0", "–", "0", "0", "0", "0"},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var heads []string
			for _, c := range tc.tb.Cols {
				heads = append(heads, c.Name)
				if c.NoFlows != (c.Name == "ontvangende werkgevers") {
					t.Errorf("column %s: NoFlows = %v", c.Name, c.NoFlows)
				}
			}
			if !slices.Equal(heads, cols) {
				t.Errorf("columns %q, want %q", heads, cols)
			}
			if tc.tb.Unit != tc.unit {
				t.Errorf("unit %q, want %q", tc.tb.Unit, tc.unit)
			}
			got := cellTexts(tc.tb)
			if fmt.Sprint(got) != fmt.Sprint(tc.cells) {
				t.Errorf("cells\n got  %q\n want %q", got, tc.cells)
			}
			if tc.tb.Omitted != "" {
				t.Errorf("omitted %q, want none", tc.tb.Omitted)
			}
			for _, r := range tc.tb.Rows {
				if !r.Cells[0].Strong {
					t.Errorf("row %s: the society cell is not bold", r.Name)
				}
			}
		})
	}

	// Colours: blue for a gain, orange for a loss, the darkest for the
	// largest in the column, neutral for no cash flows.
	tb := tornadoTable(bars, noFlows, &textNL)
	if got := tb.Rows[0].Cells[0].Style; !strings.Contains(string(got), "background:#e66101") {
		t.Errorf("the largest loss for society is %q, want the darkest orange", got)
	}
	if got := tb.Rows[0].Cells[7].Style; !strings.Contains(string(got), "background:#2166ac") {
		t.Errorf("the largest gain for the treasury is %q, want the darkest blue", got)
	}
	if got := tb.Rows[0].Cells[3].Style; got != neutralStyle {
		t.Errorf("a party without cash flows has style %q, want neutral", got)
	}
	if got, want := tb.Rows[0].Cells[7].Title, "netto contante waarde bij p10: € 1.000; bij p90: € 13.345"; got != want {
		t.Errorf("tooltip %q, want %q", got, want)
	}
	ev := evppiTable(e, noFlows, "", &textNL)
	if got, want := ev.Rows[0].Cells[0].Title, "€ 83 per persoon in de groep"; got != want {
		t.Errorf("EVPPI tooltip %q, want %q", got, want)
	}
	// EVPPI: one scale for the whole table, so the largest in a column of
	// small amounts (€ 12 for the municipalities) stays pale.
	if got, want := ev.Rows[0].Cells[0].Style, heatStyle(1); got != want {
		t.Errorf("the largest EVPPI has style %q, want %q", got, want)
	}
	if got, want := ev.Rows[1].Cells[5].Style, heatStyle(0.5+0.5*12/2500); got != want {
		t.Errorf("€ 12 of € 2.500 has style %q, want %q", got, want)
	}
}

func TestStakeholderTablesAreCapped(t *testing.T) {
	var bars []model.TornadoBar
	for i := range maxHeatRows + 2 {
		b := model.TornadoBar{Param: fmt.Sprintf("p%02d", i)}
		b.AtHi.Society = float64(100 * (i + 1))
		bars = append(bars, b)
	}
	// The smallest for society matters most for the municipalities.
	bars[0].AtHi.Municipalities = 500
	tb := tornadoTable(bars, [model.NumStakeholders]bool{}, &textNL)
	var names []string
	for _, r := range tb.Rows {
		names = append(names, string(r.Name))
	}
	if len(names) != maxHeatRows || names[0] != "p21" || names[len(names)-1] != "p00" || slices.Contains(names, "p01") ||
		slices.Contains(names, "p02") {
		t.Errorf("rows %v: want p21 … p03 and p00", names)
	}
	// The largest left out is p02: 300 of 2.200 for society.
	if want := fmt.Sprintf(textNL.HeatOmittedRel, 2, "14%"); tb.Omitted != want {
		t.Errorf("omitted %q, want %q", tb.Omitted, want)
	}
}

func TestStakeholderTablesOnPage(t *testing.T) {
	r := loadFixture(t)
	for _, lang := range []string{"nl", "en"} {
		tx := texts(lang)
		page := renderString(t, r, lang)
		for _, w := range []string{tx.TornadoTableTitle, tx.SobolTableTitle, tx.EVPPITableTitle,
			tx.TornadoTableGuide, tx.SobolTableGuide + tx.SobolTableChance, tx.EVPIRow, tx.SobolChanceRow} {
			if !strings.Contains(page, template.HTMLEscapeString(w)) {
				t.Errorf("%s: page lacks %q", lang, w)
			}
		}
		for _, w := range []string{"interventions.<wbr>coaching.<wbr>job_finding_hr"} {
			if !strings.Contains(page, w) {
				t.Errorf("%s: page lacks %q", lang, w)
			}
		}
		if n := strings.Count(page, `<table class="heat stake">`); n != 3 {
			t.Errorf("%s: %d per-stakeholder tables, want 3", lang, n)
		}
	}
	r.Sensitivity.Tornado, r.Sensitivity.Sobol, r.Sensitivity.EVPI = nil, nil, nil
	if page := renderString(t, r, "nl"); strings.Contains(page, `class="heat stake"`) {
		t.Error("per-stakeholder tables without tornado, Sobol or EVPI results")
	}
}

func TestProbTableNoCashFlows(t *testing.T) {
	r := noReceivingFlows(loadFixture(t))
	var alts []*model.ScenarioResult
	for i := range r.Scenarios {
		if r.Scenarios[i].Name != r.Baseline {
			alts = append(alts, &r.Scenarios[i])
		}
	}
	// A party with cash flows that never gains is still orange 0%.
	alts[0].NPV.Insurers = model.Summary{Mean: -10, SD: 5}
	h := probTable(alts, &textNL)
	tests := []struct {
		k     model.Stakeholder
		text  string
		style template.CSS
	}{
		{model.ReceivingEmployers, textNL.NoFlows, neutralStyle},
		{model.Insurers, "0%", "background:#e66101;color:#ffffff"},
	}
	for _, tc := range tests {
		if c := h.Rows[tc.k].Cells[0]; c.Text != tc.text || c.Style != tc.style {
			t.Errorf("%s: cell %q %q, want %q %q", tc.k, c.Text, c.Style, tc.text, tc.style)
		}
	}
}

func TestSHA256AndPerHeadLabels(t *testing.T) {
	r := loadFixture(t)
	tests := []struct{ lang, sha, perHead string }{
		{"nl", "niet van het scenariobestand: sha256sum van het bestand geeft een andere waarde", "per persoon in de groep"},
		{"en", "not of the scenario file: sha256sum of the file gives another value", "per person in the cohort"},
	}
	for _, tc := range tests {
		page := renderString(t, r, tc.lang)
		for _, w := range []string{tc.sha, `<th class="num">` + tc.perHead + "</th>"} {
			if !strings.Contains(page, w) {
				t.Errorf("%s: page lacks %q", tc.lang, w)
			}
		}
		if strings.Contains(page, "per deelnemer</th><th>") {
			t.Errorf("%s: the EVPI table still says per participant", tc.lang)
		}
	}
}
