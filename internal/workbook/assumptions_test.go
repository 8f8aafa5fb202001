package workbook

import (
	"strings"
	"testing"

	"github.com/vwnw/vwnw/scenarios"
)

func TestScenarioAssumptions(t *testing.T) {
	set := "economy.discount_rate=0.03"
	o, err := scenarios.ParseOverride(set)
	if err != nil {
		t.Fatal(err)
	}
	var list []*scenarios.Scenario
	for _, n := range []string{"baseline", "intensive_coaching", "transition_fund"} {
		s, err := scenarios.Load(n, o)
		if err != nil {
			t.Fatal(err)
		}
		list = append(list, s)
	}
	rows, err := ScenarioAssumptions(list, []string{set}, "nl")
	if err != nil {
		t.Fatal(err)
	}
	find := func(scenario, key string) *Assumption {
		for i := range rows {
			if rows[i].Key == key && rows[i].Scenario == scenario {
				return &rows[i]
			}
		}
		t.Errorf("no row for %s in scenario %q", key, scenario)
		return &Assumption{}
	}
	for i := 1; i < len(rows); i++ {
		if rows[i-1].Key > rows[i].Key {
			t.Fatalf("rows not sorted by key: %s before %s", rows[i-1].Key, rows[i].Key)
		}
	}
	if a := find("", "economy.discount_rate"); a.Value != 0.03 || a.Source != "--set "+set {
		t.Errorf("discount rate: %v from %q, want 0.03 from --set", a.Value, a.Source)
	}
	if a := find("", "cohort.size"); a.Value != int64(30) || !strings.HasPrefix(a.Source, "report §3.1.1") {
		t.Errorf("cohort size: %v (%T) from %q, want 30 from the report", a.Value, a.Value, a.Source)
	}
	if a := find("", "hazards.notice_search"); a.Distribution != "pert: min 0,5; mode 0,8; max 1" || a.Value != nil {
		t.Errorf("notice search: %q, value %v; want the pert distribution and no value", a.Distribution, a.Value)
	}
	if a := find("", "cohort.entry_months"); a.Value != "0; 1; 2; 3" {
		t.Errorf("entry months: %q", a.Value)
	}
	// Coaching differs between the scenarios: one row each.
	base, ic := find("baseline", "interventions.coaching.enabled"), find("intensive_coaching", "interventions.coaching.enabled")
	if base.Value == ic.Value {
		t.Errorf("coaching enabled: %v in both, want different values", base.Value)
	}
	if a := find("intensive_coaching", "interventions.coaching.hourly_cost"); !strings.HasPrefix(a.Source, "EST: the full cost of a paid case-manager hour") ||
		a.Distribution != "pert: min 38; mode 48; max 61" {
		t.Errorf("hourly cost: %q from %q", a.Distribution, a.Source)
	}

	en, err := ScenarioAssumptions(list[:1], nil, "en")
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range en {
		if a.Key == "economy.income_tax_rate" && a.Distribution != "pert: min 0.08, mode 0.15, max 0.25" {
			t.Errorf("en: income tax rate %q", a.Distribution)
		}
		if a.Key == "economy.discount_rate" && !strings.HasPrefix(a.Source, "Werkgroep Discontovoet 2020") { // no overrides passed: the file's source
			t.Errorf("en without --set: discount rate from %q", a.Source)
		}
		if a.Scenario != "" {
			t.Errorf("one scenario: %s has scenario %q, want every row shared", a.Key, a.Scenario)
		}
	}
}
