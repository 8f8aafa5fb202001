package charts

import (
	"strings"
	"testing"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// withoutItems is the fixture without its line items, as results written
// before there were any.
func withoutItems(t *testing.T) *model.Results {
	r := loadFixture(t)
	for i := range r.Scenarios {
		r.Scenarios[i].NPVByItem = model.ByStakeholder[model.ItemSummaries]{}
	}
	return r
}

// withItems gives the fixture's first scenario after the baseline line
// items for UWV and the workers that add up to their mean NPV, and no
// other scenario any.
func withItems(t *testing.T) *model.Results {
	r := withoutItems(t)
	s := &r.Scenarios[1]
	uwv, workers := s.NPV.UWV.Mean, s.NPV.Workers.Mean
	s.NPVByItem.UWV = model.ItemSummaries{{Item: model.ItemWW, Summary: model.Summary{Mean: uwv + 5000, SD: 1}},
		{Item: model.ItemCaseManagers, Summary: model.Summary{Mean: -5000, SD: 1}}}
	s.NPVByItem.Workers = model.ItemSummaries{{Item: model.ItemWages, Summary: model.Summary{Mean: workers + 2000, SD: 1}},
		{Item: model.ItemWW, Summary: model.Summary{Mean: -2000, SD: 1}}, {Item: model.ItemLevy}}
	return r
}

func TestSummaryOpensThePage(t *testing.T) {
	r := loadFixture(t)
	page := renderString(t, r, "nl")
	summary, npv, appendix := strings.Index(page, `<section id="summary">`), strings.Index(page, `<section id="npv">`), strings.Index(page, `id="appendix"`)
	if summary < 0 || npv < summary || appendix < npv || appendix < strings.Index(page, `<section id="sensitivity">`) {
		t.Fatalf("sections at %d (summary), %d (npv), %d (appendix): want the summary first and the appendix last", summary, npv, appendix)
	}
	top := page[summary:npv]
	for i := range r.Scenarios[1:] {
		s := &r.Scenarios[1+i]
		for _, want := range []string{i18n.Verdict(&s.NPV, "nl"), i18n.RoundedAmount(s.NPV.Society.Mean, "nl"),
			i18n.RoundedAmount(s.NPV.Society.P5, "nl") + " tot " + i18n.RoundedAmount(s.NPV.Society.P95, "nl"),
			i18n.Percent(s.NPV.Society.ProbPositive, 0, "nl")} {
			if !strings.Contains(top, want) {
				t.Errorf("the summary lacks %q of %s", want, s.Name)
			}
		}
	}
	// Seed and hashes are in the appendix, not above it.
	for _, w := range []string{r.Scenarios[1].SHA256, ">20201001<"} {
		if i := strings.Index(page, w); i < appendix {
			t.Errorf("%q at %d, before the appendix at %d", w, i, appendix)
		}
	}
}

func TestChangedParametersSaySo(t *testing.T) {
	r := loadFixture(t)
	r.Run.Overrides = []string{"economy.discount_rate=0.03"}
	r.Run.Command = "vwnw compare --set economy.discount_rate=0.03"
	page := renderString(t, r, "nl")
	note := "Gerekend met gewijzigde parameters: economy.discount_rate=0.03."
	if n := strings.Count(page, note); n != 1+len(r.Scenarios) {
		t.Errorf("the note on --set appears %d times, want once in the summary and with each of the %d scenarios", n, len(r.Scenarios))
	}
	if !strings.Contains(page, "<code class=\"cmd\">vwnw compare --set economy.discount_rate=0.03</code>") {
		t.Error("the appendix lacks the command line")
	}
	if strings.Contains(renderString(t, loadFixture(t), "nl"), "Gerekend met gewijzigde parameters") {
		t.Error("a run without --set says its parameters changed")
	}
}

func TestWaterfall(t *testing.T) {
	r := withItems(t)
	page := renderString(t, r, "nl")
	for _, id := range []string{`id="chart_waterfall_0_0"`, `id="chart_waterfall_0_3"`} {
		if !strings.Contains(page, id) {
			t.Errorf("page lacks %s", id)
		}
	}
	if strings.Contains(page, "chart_waterfall_1_") || strings.Contains(page, i18n.Item(model.ItemLevy, "nl")) {
		t.Error("a scenario without line items, or an item of zero, has a waterfall bar")
	}
	for _, w := range []string{"casemanagers", "lonen", i18n.BoardText("nl").WaterfallTotal} {
		if !strings.Contains(page, w) {
			t.Errorf("waterfall lacks %q", w)
		}
	}
	if strings.Contains(renderString(t, withoutItems(t), "nl"), "chart_waterfall") {
		t.Error("results without line items have a waterfall")
	}
}

func TestWaterfallSumsTheItems(t *testing.T) {
	items := []lineItem{{"a", 100}, {"b", -30}, {"c", 5}}
	for i := 0; i < 12; i++ {
		items = append(items, lineItem{"small", 1})
	}
	c, err := waterfallChart("w", "x", items, texts("nl"))
	if err != nil {
		t.Fatal(err)
	}
	script := string(c.Script)
	// The total bar runs from 0 to 87; the smaller items are summed in one.
	if !strings.Contains(script, `"name":"totaal","value":[0,10,87,2,87]`) {
		t.Errorf("the total bar is not 0 to 87:\n%s", script)
	}
	if !strings.Contains(script, "overige 6 posten") {
		t.Errorf("the items beyond %d are not summed up", maxWaterfallItems)
	}
}

func TestNoInvestment(t *testing.T) {
	for _, c := range []struct {
		flows []float64
		want  bool
	}{{[]float64{1, 2}, true}, {[]float64{0, 0}, true}, {[]float64{-1, 5}, false}, {[]float64{3, -2, -0.9}, true}, {[]float64{3, -4}, false}} {
		if got := neverBelowZero(c.flows); got != c.want {
			t.Errorf("neverBelowZero(%v) = %v", c.flows, got)
		}
	}
	r := loadFixture(t)
	s := &r.Scenarios[1]
	flows := make([]float64, 12)
	for i := range flows {
		flows[i] = 10
	}
	s.Cashflow.Treasury = flows
	if page := renderString(t, r, "nl"); !strings.Contains(page, "<tr><td>Rijk</td><td>geen investering</td></tr>") {
		t.Error("a party that never pays shows no 'geen investering'")
	}
}

func TestSensitivityInDutch(t *testing.T) {
	page := renderString(t, loadFixture(t), "nl")
	sens := page[strings.Index(page, `<section id="sensitivity">`):strings.Index(page, `id="appendix"`)]
	for _, w := range []string{
		// The tornado's chart and the tables name a parameter by its Dutch name,
		// the table with the key in small print.
		`"effect begeleiding op baanvinden (hazard ratio) = `,
		`effect begeleiding op baanvinden (hazard ratio)<br><small class="key">interventions.<wbr>coaching.<wbr>job_finding_hr</small>`,
		`bij kosten per betaald uur casemanager (€) = `,
	} {
		if !strings.Contains(sens, w) {
			t.Errorf("the sensitivity section lacks %q", w)
		}
	}
	if strings.Contains(sens, `"interventions.coaching.job_finding_hr"`) {
		t.Error("a chart names a parameter by its key")
	}
}

// TestBudgetGuideNamesTheStart checks that the budget names the cohort's
// start month when the scenarios share one, and says no month is common
// otherwise; it never claims a month was assumed.
func TestBudgetGuideNamesTheStart(t *testing.T) {
	tests := []struct {
		name, lang string
		edit       func(r *model.Results)
		want       string
		not        []string
	}{
		{"shared start nl", "nl", func(r *model.Results) {}, "vanaf de start van de groep in september 2020.",
			[]string{"aangenomen", "noemen geen startmaand"}},
		{"shared start en", "en", func(r *model.Results) {}, "from the cohort's start in September 2020.",
			[]string{"assumed", "no start month"}},
		{"one without month", "nl", func(r *model.Results) { r.Scenarios[1].BudgetByYear.StartMonth = 0 },
			"deze resultaten noemen geen startmaand", []string{"september 2020", "aangenomen"}},
		{"different starts", "en", func(r *model.Results) { r.Scenarios[1].BudgetByYear.StartMonth = 3 },
			"name no start month common to all scenarios", []string{"September 2020", "March"}},
		{"no budget", "nl", func(r *model.Results) {
			for i := range r.Scenarios {
				r.Scenarios[i].BudgetByYear = nil
			}
		}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := loadFixture(t)
			for i := range r.Scenarios {
				if b := r.Scenarios[i].BudgetByYear; b == nil || b.StartYear != 2020 || b.StartMonth != 9 {
					t.Fatalf("fixture scenario %d: budget %+v, want one starting 2020-09", i, b)
				}
			}
			tt.edit(r)
			got := budgetGuide(r, i18n.PageText(tt.lang))
			if !strings.Contains(got, tt.want) || (tt.want == "" && got != "") {
				t.Errorf("budgetGuide = %q, want it to contain %q", got, tt.want)
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("budgetGuide = %q, should not contain %q", got, n)
				}
			}
		})
	}
}
