package charts

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"html/template"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

var update = flag.Bool("update", false, "rewrite testdata/report.golden.html")

// loadFixture decodes testdata/results.json, rejecting unknown keys so the
// fixture keeps the shape of model.Results. The fixture is engine output,
// made by testdata/regenerate.sh (seed 20201001, --iterations 100, --horizon
// 60): `vwnw compare` of three scenarios with the baseline, joined with jq
// (notes and notes_nl concatenated) with `vwnw sensitivity` runs of tornado
// and sobol (eight --param keys; sobol with --inner 2 and a group), evpi
// (three options, 500 parameter sets, --inner 4) and breakeven
// (interventions.coaching.hourly_cost over 50–3000).
func loadFixture(t *testing.T) *model.Results {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "results.json"))
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var r model.Results
	if err := dec.Decode(&r); err != nil {
		t.Fatalf("decoding testdata/results.json: %v", err)
	}
	return &r
}

func renderString(t *testing.T, r *model.Results, lang string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, r, Options{Lang: lang}); err != nil {
		t.Fatalf("Render(lang=%q): %v", lang, err)
	}
	return buf.String()
}

func TestGolden(t *testing.T) {
	got := renderString(t, loadFixture(t), "")
	path := filepath.Join("testdata", "report.golden.html")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./charts -update to create it)", err)
	}
	if got != string(want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		lo := max(0, i-80)
		t.Fatalf("report differs from %s at byte %d (run go test ./charts -update if intended):\ngot:  %q\nwant: %q",
			path, i, got[lo:min(len(got), i+80)], string(want[lo:min(len(want), i+80)]))
	}
}

func TestBreakEven(t *testing.T) {
	tests := []struct {
		name  string
		flows []float64
		month int
		ok    bool
	}{
		{"positive from the start", []float64{10, 5, 5}, 0, true},
		{"invest then earn", []float64{-100, 20, 30, 60, 10}, 3, true},
		{"crosses, dips, recovers", []float64{-10, 20, -30, 5, 40}, 4, true},
		{"never", []float64{-100, 10, 10}, 0, false},
		{"ends below zero", []float64{5, -10}, 0, false},
		{"touches zero exactly", []float64{-10, 10, 0}, 1, true},
		{"rounding noise counts as zero", []float64{-0.1, 0.05}, 0, true},
		{"empty", nil, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			month, ok := breakEven(tc.flows)
			if month != tc.month || ok != tc.ok {
				t.Errorf("breakEven(%v) = %d, %v; want %d, %v", tc.flows, month, ok, tc.month, tc.ok)
			}
		})
	}
}

func TestRenderIsDeterministic(t *testing.T) {
	r := loadFixture(t)
	for _, lang := range []string{"nl", "en"} {
		a, b := renderString(t, r, lang), renderString(t, loadFixture(t), lang)
		if a != b {
			t.Errorf("lang %s: two renders of the same results differ", lang)
		}
	}
}

// chartDivs matches the container go-echarts writes for every chart.
var chartDivs = regexp.MustCompile(`<div class="item" id="(chart_[a-z0-9_]+)"`)

// expectedCharts lists the chart IDs the report of r must hold: the NPV
// chart, occupancy per scenario, cash flow per non-baseline scenario, the box
// plot, and tornado, Sobol, EVPPI and break-even when present.
func expectedCharts(r *model.Results) []string {
	var ids []string
	alts := 0
	for _, s := range r.Scenarios {
		if s.Name != r.Baseline {
			alts++
		}
	}
	if alts > 0 {
		ids = append(ids, "chart_npv")
	}
	ids = append(ids, "chart_occupancy")
	for i := 0; i < alts; i++ {
		ids = append(ids, fmt.Sprintf("chart_cashflow_%d", i))
	}
	b := 0
	for i := range r.Scenarios {
		if s := &r.Scenarios[i]; s.Name != r.Baseline && s.BudgetByYear != nil && len(s.BudgetByYear.Years) > 0 {
			ids = append(ids, fmt.Sprintf("chart_budget_%d", b))
		}
		if r.Scenarios[i].Name != r.Baseline {
			b++
		}
	}
	w := 0
	for i := range r.Scenarios {
		s := &r.Scenarios[i]
		if s.Name == r.Baseline {
			continue
		}
		for k := range model.NumStakeholders {
			if len(*s.NPVByItem.At(model.Stakeholder(k))) > 0 {
				ids = append(ids, fmt.Sprintf("chart_waterfall_%d_%d", w, k))
			}
		}
		w++
	}
	if alts > 0 {
		ids = append(ids, "chart_society_box")
	}
	if r.Sensitivity != nil && len(r.Sensitivity.Tornado) > 0 {
		ids = append(ids, "chart_tornado")
	}
	if r.Sensitivity != nil && len(r.Sensitivity.Sobol) > 0 {
		ids = append(ids, "chart_sobol")
	}
	if e := evpiOf(r); e != nil && len(e.Partial) > 0 && math.Round(e.Cohort.Society) != 0 && !evppiFlat(e) {
		ids = append(ids, "chart_evppi")
	}
	if r.Sensitivity != nil && r.Sensitivity.Breakeven != nil && len(r.Sensitivity.Breakeven.Grid) > 0 {
		ids = append(ids, "chart_breakeven")
	}
	return ids
}

// evpiOf is the EVPI of r, or nil.
func evpiOf(r *model.Results) *model.EVPI {
	if r.Sensitivity == nil {
		return nil
	}
	return r.Sensitivity.EVPI
}

func TestChartsPresent(t *testing.T) {
	r := loadFixture(t)
	if sn := r.Sensitivity; len(r.Scenarios) < 2 || sn == nil || len(sn.Tornado) == 0 || len(sn.Sobol) == 0 ||
		sn.EVPI == nil || len(sn.EVPI.Partial) == 0 || sn.Breakeven == nil || len(sn.Breakeven.Grid) == 0 {
		t.Fatal("the fixture should hold a baseline, another scenario and tornado, Sobol, EVPI and break-even results")
	}
	got := chartDivs.FindAllStringSubmatch(renderString(t, r, "nl"), -1)
	var ids []string
	for _, g := range got {
		ids = append(ids, g[1])
	}
	if want := expectedCharts(r); strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("charts = %v, want %v", ids, want)
	}
}

func TestOffline(t *testing.T) {
	page := renderString(t, loadFixture(t), "nl")
	if !strings.Contains(page, echartsJS) {
		t.Fatal("the echarts script is not inlined")
	}
	// The checks below are for what this package writes; the echarts
	// library holds "url(" for its own SVG gradients.
	low := strings.ToLower(strings.Replace(page, echartsJS, "", 1))
	for _, bad := range []string{`src="http`, `href="http`, `src='http`, `href='http`, "<script src", "<link", "@import", "url("} {
		if strings.Contains(low, bad) {
			t.Errorf("page contains %q: it would request something from the network", bad)
		}
	}
	if !strings.Contains(page, `http-equiv="Content-Security-Policy" content="default-src 'none';`) {
		t.Error("the page lacks its Content-Security-Policy")
	}
}

func TestRunInfoOnPage(t *testing.T) {
	r := loadFixture(t)
	page := renderString(t, r, "nl")
	want := []string{
		"20201001", "<th>Iteraties</th><td>" + i18n.Number(float64(r.Run.Iterations), 0, "nl") + "</td>",
		"<td>" + i18n.Number(float64(r.Run.PersonMonths), 0, "nl") + "</td>",
		"60 maanden", "2,25%", "2021", r.Version,
		"Een positief bedrag betekent", "vallen ze tegen elkaar weg",
		"latende werkgevers", "ontvangende werkgevers", "zorgverzekeraars", "gemeenten", "Rijk", "maatschappij",
		"opzegtermijn", "behouden", "scholing", "bijstand", "geen uitkering", "inactief",
		"niet binnen de horizon", i18n.Amount(r.Scenarios[1].Outcomes.CostPerParticipant.Mean, "nl"),
	}
	for _, s := range r.Scenarios {
		want = append(want, s.SHA256, s.TitleNL)
	}
	for _, w := range want {
		if !strings.Contains(page, w) {
			t.Errorf("Dutch page lacks %q", w)
		}
	}
	if strings.Contains(page, r.Scenarios[1].Title) {
		t.Errorf("Dutch page shows the English title %q although title_nl is set", r.Scenarios[1].Title)
	}
}

func TestEnglish(t *testing.T) {
	r := loadFixture(t)
	page := renderString(t, r, "en")
	for _, w := range []string{`<html lang="en">`, "releasing employers", "not within the horizon",
		i18n.Amount(r.Scenarios[1].Outcomes.CostPerParticipant.Mean, "en"), "2.25%",
		"<td>" + i18n.Number(float64(r.Run.PersonMonths), 0, "en") + "</td>",
		r.Scenarios[1].Title, r.Scenarios[1].Description, "transfers", "cancel out"} {
		if !strings.Contains(page, w) {
			t.Errorf("English page lacks %q", w)
		}
	}
	if strings.Contains(page, r.Scenarios[1].TitleNL) {
		t.Error("English page shows the Dutch title")
	}
}

func TestUnknownLanguage(t *testing.T) {
	var buf bytes.Buffer
	if err := Render(&buf, loadFixture(t), Options{Lang: "de"}); err == nil {
		t.Error("Render with lang de: no error")
	}
	if err := Render(&buf, nil, Options{}); err == nil {
		t.Error("Render(nil): no error")
	}
}

func TestWithoutSensitivity(t *testing.T) {
	r := loadFixture(t)
	r.Sensitivity = nil
	for _, lang := range []string{"nl", "en"} {
		page := renderString(t, r, lang)
		if !strings.Contains(page, "docs/report.md") {
			t.Errorf("%s: page without sensitivity does not say where the manual tells how to add it", lang)
		}
		// The board report names no command line: those are in docs/.
		if strings.Contains(page, "vwnw sensitivity") || strings.Contains(page, "--method") {
			t.Errorf("%s: page without sensitivity shows a command line", lang)
		}
		if n, want := len(chartDivs.FindAllString(page, -1)), len(expectedCharts(r)); n != want {
			t.Errorf("%s: %d charts, want %d", lang, n, want)
		}
	}
}

func TestBaselineOnly(t *testing.T) {
	r := loadFixture(t)
	r.Scenarios = r.Scenarios[:1]
	r.Sensitivity = nil
	page := renderString(t, r, "nl")
	if n := len(chartDivs.FindAllString(page, -1)); n != 1 {
		t.Errorf("%d charts, want 1 (the baseline's occupancy)", n)
	}
	if !strings.Contains(page, i18n.VerdictAlone("nl")) {
		t.Error("the summary does not say only the baseline was run")
	}
	if !strings.Contains(page, textNL.NPVNone) {
		t.Error("page does not say there is nothing to compare")
	}
}

// hostile returns the fixture with scenario and sensitivity text that tries
// to run script: window.pwned is set if any of it runs.
func hostile(t *testing.T) *model.Results {
	r := loadFixture(t)
	if len(r.Scenarios) < 3 {
		t.Fatal("the fixture should hold at least three scenarios")
	}
	s := &r.Scenarios[1]
	s.TitleNL = `</script><script>window.pwned=1</script><!--`
	s.DescriptionNL = `<script>window.pwned=2</script><img src=x onerror="window.pwned=3">`
	s.Name = `x"><script>window.pwned=4</script>`
	r.Scenarios[2].TitleNL = `__f__(window.pwned=5)__f__`
	r.Sensitivity = &model.Sensitivity{
		Scenario: s.Name,
		Tornado: []model.TornadoBar{
			{Param: `</SCRIPT><script>window.pwned=6</script>`, Low: 1, High: 2},
			{Param: "b", Low: 1, High: 2},
		},
		Sobol: []model.SobolIndex{{Param: `"__f__+(window.pwned=7)+__f__"`}, {Param: "b"}},
		Notes: []string{`<b onmouseover="window.pwned=8">note</b>`},
		EVPI: &model.EVPI{
			Options:  []string{r.Baseline, `<img src=x onerror="window.pwned=10">`},
			Inner:    2,
			ProbBest: []float64{0.4, 0.6},
			Partial: []model.EVPPI{
				{Param: `</script><script>window.pwned=11</script>`},
				{Param: `__f__(window.pwned=12)__f__`, Keys: []string{`<img src=x onerror="window.pwned=13">`, "b"}},
			},
		},
		Breakeven: &model.Breakeven{
			Param: `</script><script>window.pwned=14</script><!--`, Stakeholder: `<b onmouseover="window.pwned=15">x</b>`,
			Lo: 1, Hi: 3, Roots: []float64{2},
			Grid: []model.BreakevenPoint{{Value: 1, NPV: -100}, {Value: 2, NPV: 0}, {Value: 3, NPV: 100}},
		},
	}
	r.Sensitivity.EVPI.Best.Society = `<img src=x onerror="window.pwned=16">`
	r.Sensitivity.EVPI.Partial[0].Cohort.Society = 2000
	r.Sensitivity.EVPI.Partial[1].Cohort.Society = 1000
	r.Sensitivity.Tornado[0].AtHi.Society = 1000
	r.Sensitivity.Tornado[1].AtHi.Society = 500
	r.Version = `<script>window.pwned=9</script>`
	return r
}

// splitScripts splits an HTML page the way a browser's tokenizer does for
// script elements: a script runs from a "<script" tag to the first
// "</script" after it, whatever quotes or strings lie between.
func splitScripts(t *testing.T, page string) (outside, scripts []string) {
	t.Helper()
	low := strings.ToLower(page)
	for {
		i := strings.Index(low, "<script")
		if i < 0 {
			outside = append(outside, page)
			return outside, scripts
		}
		outside = append(outside, page[:i])
		j := strings.Index(low[i:], "</script")
		if j < 0 {
			t.Fatal("a script element is not closed")
		}
		scripts = append(scripts, page[i:i+j])
		page, low = page[i+j+len("</script"):], low[i+j+len("</script"):]
	}
}

func TestScenarioTextIsEscaped(t *testing.T) {
	r := hostile(t)
	page := renderString(t, r, "nl")
	outside, scripts := splitScripts(t, page)
	// Every script element on the page is ours: two in the head, one per chart.
	if got, want := len(scripts), 2+len(expectedCharts(r)); got != want {
		t.Errorf("%d script elements, want %d", got, want)
	}
	for i, s := range scripts {
		if !strings.HasPrefix(s, "<script>") && !strings.HasPrefix(s, `<script type="text/javascript">`) {
			t.Errorf("script %d is not one of ours: %.80q", i, s)
		}
		if strings.Contains(s, "<!--") {
			t.Errorf("script %d holds <!--, which changes how the browser finds its end", i)
		}
		if strings.Contains(s, "__f__") {
			t.Errorf("script %d holds a go-echarts function marker from a scenario file", i)
		}
		if strings.Contains(s, "pwned") && i < 2 {
			t.Errorf("head script %d holds text from a scenario file", i)
		}
	}
	html := strings.ToLower(strings.Join(outside, ""))
	for _, bad := range []string{"<img", `onerror="`, `onmouseover="`, "<b "} {
		if strings.Contains(html, bad) {
			t.Errorf("markup %q from a scenario file reached the page", bad)
		}
	}
	for _, w := range []string{
		"&lt;script&gt;window.pwned=2&lt;/script&gt;",
		`"<\/script><script>window.pwned=1<\/script><\!--"`,
		"\"_\u2060_f_\u2060_(window.pwned=5)_\u2060_f_\u2060_\"",
	} {
		if !strings.Contains(page, w) {
			t.Errorf("page lacks the escaped text %q", w)
		}
	}
}

func TestChartText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"__f__x__f__", "_\u2060_f_\u2060_x_\u2060_f_\u2060_"},
		{"___f___", "__\u2060_f_\u2060__"},
	}
	for _, tc := range tests {
		got := chartText(tc.in)
		if got != tc.want || strings.Contains(got, "__f__") {
			t.Errorf("chartText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEVPIOnPage(t *testing.T) {
	r := loadFixture(t)
	e := r.Sensitivity.EVPI
	for _, lang := range []string{"nl", "en"} {
		tx := texts(lang)
		page := renderString(t, r, lang)
		want := []string{
			tx.EVPITitle, tx.EVPPITitle, tx.EVPICohort, tx.EVPIPerHead, tx.EVPIBest,
			"<strong>" + i18n.Amount(e.Cohort.Society, lang) + "</strong>",
			"<strong>" + i18n.Amount(e.PerParticipant.Society, lang) + "</strong>",
			"<strong>" + template.HTMLEscapeString(scenarioTitle(r, e.Best.Society, lang)) + "</strong>",
			`<td class="num">` + i18n.Amount(e.Cohort.Workers, lang) + "</td>",
			fmt.Sprintf(tx.CohortOf, i18n.Count(r.Sensitivity.CohortSize, i18n.Employees, lang)),
			"<th>" + tx.EVPIOption + "</th>",
			`<td class="num">` + i18n.Percent(e.ProbBest[1], 0, lang) + "</td>",
		}
		for _, w := range want {
			if !strings.Contains(page, w) {
				t.Errorf("%s: page lacks %q", lang, w)
			}
		}
	}
	page := renderString(t, r, "nl")
	for _, w := range []string{"Lees zo: de EVPI is het meeste", "Lees zo: elke balk is het meeste dat een onderzoek naar die ene aanname",
		"één groep van 30 werknemers zoals deze", "Berekend over 500 parametersets van 4 gesimuleerde groepen elk."} {
		if !strings.Contains(page, template.HTMLEscapeString(w)) {
			t.Errorf("Dutch page lacks %q", w)
		}
	}
	// The EVPPI chart holds the parameters whose societal EVPPI is at least
	// € 1, largest first; the others are counted in a sentence.
	script := chartScript(t, page, "chart_evppi")
	var want []string
	zero := 0
	for _, p := range e.Partial {
		if math.Round(p.Cohort.Society) >= 1 {
			want = append(want, p.Param)
		} else {
			zero++
		}
	}
	if len(want) == 0 || zero == 0 {
		t.Fatal("the fixture should hold EVPPIs both above and at zero")
	}
	for _, p := range e.Partial {
		label := paramName(p.Param, "nl")
		if len(p.Keys) > 0 {
			label = fmt.Sprintf(textNL.GroupOf, p.Param, strings.Join(p.Keys, ", "))
		}
		if in := strings.Contains(script, `"`+label+`"`); in != slices.Contains(want, p.Param) {
			t.Errorf("EVPPI chart holds %s: %v, want %v", p.Param, in, !in)
		}
	}
	if w := fmt.Sprintf(textNL.EVPPIZero, zero); !strings.Contains(page, w) {
		t.Errorf("page lacks %q", w)
	}
}

func TestEVPPIChartIsCapped(t *testing.T) {
	r := loadFixture(t)
	e := r.Sensitivity.EVPI
	e.Partial = nil
	for i := range maxEVPPIBars + 5 {
		p := model.EVPPI{Param: fmt.Sprintf("param.p%02d", i)}
		p.Cohort.Society, p.Distinct.Society = float64(1000*(i+1)), true
		e.Partial = append(e.Partial, p)
	}
	page := renderString(t, r, "nl")
	if strings.Contains(page, `"param.p04"`) || !strings.Contains(page, `"param.p05"`) || !strings.Contains(page, `"param.p24"`) {
		t.Error("the EVPPI chart does not hold exactly the largest parameters")
	}
	if w := fmt.Sprintf(textNL.EVPPIOmitted, 5, "€ 5.000"); !strings.Contains(page, w) {
		t.Errorf("page lacks %q", w)
	}
}

// labelled is s with the parameter key replaced by its readable name in
// lang, as the report shows it.
func labelled(s, key, lang string) string {
	return strings.ReplaceAll(s, key, i18n.ParamLabel(key, lang))
}

func TestBreakevenOnPage(t *testing.T) {
	r := loadFixture(t)
	b := r.Sensitivity.Breakeven
	if len(b.Roots) != 1 || b.MessageNL == "" || b.AllZero {
		t.Fatalf("the fixture's break-even should have one root and a Dutch message, has %v, %q", b.Roots, b.MessageNL)
	}
	// The engine's own sentence, in the language of the report.
	page := renderString(t, r, "nl")
	// The engine's sentence names the parameter by its key; the report by
	// its readable name.
	if w := "<p><strong>" + template.HTMLEscapeString(labelled(b.MessageNL, b.Param, "nl")) + "</strong></p>"; !strings.Contains(page, w) {
		t.Errorf("Dutch page lacks the Dutch message %q", w)
	}
	if !strings.Contains(page, "Lees zo: de lijn is de gemiddelde netto contante waarde voor de maatschappij") {
		t.Error("page lacks the break-even reading guide")
	}
	en := renderString(t, r, "en")
	if w := "<p><strong>" + template.HTMLEscapeString(labelled(b.Message, b.Param, "en")) + "</strong></p>"; !strings.Contains(en, w) {
		t.Errorf("English page lacks the English message %q", w)
	}
	if n, want := len(chartDivs.FindAllString(page, -1)), len(expectedCharts(r)); n != want {
		t.Errorf("%d charts, want %d", n, want)
	}
}

// TestBreakevenSentence checks the report's own sentence, used when the
// results carry no message in the report's language.
func TestBreakevenSentence(t *testing.T) {
	grid := func(npv ...float64) []model.BreakevenPoint {
		var g []model.BreakevenPoint
		for i, y := range npv {
			g = append(g, model.BreakevenPoint{Value: 50 + 1000*float64(i), NPV: y})
		}
		return g
	}
	const param = "interventions.coaching.hourly_cost"
	tests := []struct {
		name, lang string
		b          model.Breakeven
		want       string
		not        string
	}{
		{"one root", "nl",
			model.Breakeven{Roots: []float64{489.61756}, Grid: grid(204884, -1169968)},
			"De gemiddelde netto contante waarde voor de maatschappij is nul bij " + param + " = € 489,62; ze loopt van " +
				"€ 204.884 bij € 50 tot −€ 1.169.968 bij € 1.050.", ""},
		{"one root, English", "en",
			model.Breakeven{Roots: []float64{489.61756}, Grid: grid(204884, -1169968)},
			"The mean NPV of society is zero at " + param + " = €489.62; it runs from €204,884 at €50 to −€1,169,968 at €1,050.", ""},
		{"no root, negative", "nl",
			model.Breakeven{Grid: grid(-1000, -1001, -1002)},
			"Geen waarde van " + param + " tussen € 50 en € 3.000 brengt de gemiddelde netto contante waarde voor de maatschappij op nul: die blijft negatief", ""},
		{"no root, positive", "en",
			model.Breakeven{Grid: grid(1000, 10)},
			"brings the mean NPV of society to zero: it stays positive", ""},
		{"three roots", "nl",
			model.Breakeven{Stakeholder: "uwv", Roots: []float64{100, 200.5, 1234.5678}, Grid: grid(1, -1, 1, -1)},
			"De gemiddelde netto contante waarde voor UWV gaat 3 keer door nul, bij " + param + " = € 100, € 200,50 en € 1.234,57;", ""},
		{"all zero", "nl",
			model.Breakeven{Stakeholder: "receiving_employers", AllZero: true, Grid: grid(0, 0, 0)},
			"De gemiddelde netto contante waarde voor ontvangende werkgevers is nul bij elke waarde van " + param +
				" tussen € 50 en € 3.000 (nagegaan bij 3 gelijk verdeelde waarden): er zijn daar geen geldstromen die van het " +
				"nul-alternatief verschillen, dus er is geen omslagpunt.", "blijft positief"},
		{"all zero, English", "en",
			model.Breakeven{Stakeholder: "receiving_employers", AllZero: true, Grid: grid(0, 0, 0)},
			"is zero at every value of " + param + " in [€50, €3,000]", "stays positive"},
		{"all zero without the flag (results before all_zero)", "nl",
			model.Breakeven{Stakeholder: "receiving_employers", Grid: grid(0, 0, 0)},
			"dus er is geen omslagpunt", "blijft positief"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := loadFixture(t)
			b := &tc.b
			b.Param, b.Lo, b.Hi = param, 50, 3000
			if b.Stakeholder == "" {
				b.Stakeholder = "society"
			}
			r.Sensitivity.Breakeven = b
			page := renderString(t, r, tc.lang)
			// The values are in euros, so the label goes without its unit.
			want := strings.ReplaceAll(tc.want, param, strings.TrimSuffix(i18n.ParamLabel(param, tc.lang), " (€)"))
			if !strings.Contains(page, want) {
				t.Errorf("page lacks %q", want)
			}
			if tc.not != "" && strings.Contains(page, tc.not) {
				t.Errorf("page says %q", tc.not)
			}
		})
	}
}

// TestBreakevenMessageChoice checks which sentence states the break-even:
// the engine's message in the report's language, else the report's own
// sentence (never the English message in a Dutch report when a grid is
// there to word it in Dutch).
func TestBreakevenMessageChoice(t *testing.T) {
	const nl, en = "Het omslagpunt in het Nederlands.", "The break-even in English."
	tests := []struct {
		name, lang         string
		message, messageNL string
		noGrid             bool
		want               string
	}{
		{"Dutch message in a Dutch report", "nl", en, nl, false, nl},
		{"English message in an English report", "en", en, nl, false, en},
		{"no Dutch message: the report's own Dutch sentence", "nl", en, "", false, "De gemiddelde netto contante waarde voor de maatschappij is nul bij"},
		{"no message at all: the report's own sentence", "en", "", "", false, "The mean NPV of society is zero at"},
		{"no grid: the Dutch message", "nl", en, nl, true, nl},
		{"no grid and no Dutch message: the English one", "nl", en, "", true, en},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := loadFixture(t)
			b := r.Sensitivity.Breakeven
			b.Message, b.MessageNL = tc.message, tc.messageNL
			if tc.noGrid {
				b.Grid = nil
			}
			page := renderString(t, r, tc.lang)
			if w := "<p><strong>" + template.HTMLEscapeString(tc.want); !strings.Contains(page, w) {
				t.Errorf("page lacks %q", w)
			}
		})
	}
}

func TestSensitivityPartsMissing(t *testing.T) {
	r := loadFixture(t)
	r.Sensitivity.Sobol, r.Sensitivity.EVPI, r.Sensitivity.Breakeven = nil, nil, nil
	page := renderString(t, r, "nl")
	for _, w := range []string{textNL.SobolMissing, textNL.EVPIMissing, textNL.BreakevenMissing} {
		if !strings.Contains(page, w) {
			t.Errorf("page lacks %q", w)
		}
	}
	if strings.Contains(page, textNL.TornadoMissing) || strings.Contains(page, textNL.SensMissing) {
		t.Error("page says the tornado is missing")
	}
	if n, want := len(chartDivs.FindAllString(page, -1)), len(expectedCharts(r)); n != want {
		t.Errorf("%d charts, want %d", n, want)
	}
}

func TestEVPIScenariosByTitle(t *testing.T) {
	r := loadFixture(t)
	r.Sensitivity.Scenario = "intensive_coaching,transition_fund"
	page := renderString(t, r, "nl")
	want := "<strong>" + template.HTMLEscapeString(scenarioTitle(r, "intensive_coaching", "nl")+", "+
		scenarioTitle(r, "transition_fund", "nl")) + "</strong>"
	if !strings.Contains(page, want) {
		t.Errorf("page lacks %q", want)
	}
}
