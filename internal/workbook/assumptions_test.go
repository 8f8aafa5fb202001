package workbook

import (
	"os"
	"path/filepath"
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

// TestScenarioAssumptionsCohortFile: with a cohort file, the assumptions
// that its persons replace have as their source that they are not used,
// naming the file, in the workbook's language; cohort.entry_months says for
// whom it is used before its source; the keys still used keep theirs.
func TestScenarioAssumptionsCohortFile(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mijn.csv"), []byte("leeftijd;opleiding;dienstjaren;maandloon;contracturen;huishouden;opzegtermijn\n58;laag;22;1450;24;alleenstaand;4\n"), 0o644)
	ref := filepath.Join(dir, "baseline.toml")
	os.WriteFile(ref, []byte("extends = \"baseline\"\nname = \"rb\"\n[cohort]\nfile = \"mijn.csv\"\n"), 0o644)
	s, err := scenarios.Load(ref)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		lang, notUsed, partly string
	}{
		{"nl", "niet gebruikt: de personen uit het cohortbestand mijn.csv vervangen dit", "alleen gebruikt voor personen zonder instroommaand in het cohortbestand mijn.csv; report §3.1.1"},
		{"en", "not used: the persons of the cohort file mijn.csv replace it", "used only for persons whose row in the cohort file mijn.csv has no entry_month; report §3.1.1"},
	} {
		rows, err := ScenarioAssumptions([]*scenarios.Scenario{s}, nil, tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		seen := 0
		for _, a := range rows {
			replaced, partly := s.CohortFileUse(a.Key)
			switch {
			case replaced:
				seen++
				if a.Source != tt.notUsed {
					t.Errorf("%s %s: source %q, want %q", tt.lang, a.Key, a.Source, tt.notUsed)
				}
			case partly:
				if !strings.HasPrefix(a.Source, tt.partly) {
					t.Errorf("%s %s: source %q, want it to start %q", tt.lang, a.Key, a.Source, tt.partly)
				}
			case strings.HasPrefix(a.Key, "cohort.") && a.Key != "cohort.file" && !strings.HasPrefix(a.Source, "report §3.1.1"):
				t.Errorf("%s %s: source %q, want the report's", tt.lang, a.Key, a.Source)
			}
		}
		if seen < 15 { // size, 6 spreads, 2 shares, 3+3 education and household, triage method and 3 shares
			t.Errorf("%s: %d keys marked not used, want the synthetic cohort's", tt.lang, seen)
		}
	}
}
