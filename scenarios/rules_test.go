package scenarios

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model"
)

// TestRuleOverrides checks that rules.<year>.<key> reaches Params.Rules from
// a file and from --set, merged across extends.
func TestRuleOverrides(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "r.toml")
	text := "extends = \"baseline\"\n[rules.2021]\nbox1_rate_1 = 0.40\n[rules.2022]\nww_max_daily_wage = 230\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	set, _ := ParseOverride("rules.2021.general_credit_max=2000")
	s, err := Load(p, set)
	if err != nil {
		t.Fatal(err)
	}
	got := s.Params().Rules
	want := []model.RuleOverride{{Year: 2021, Key: "box1_rate_1", Value: 0.40}, {Year: 2021, Key: "general_credit_max", Value: 2000}, {Year: 2022, Key: "ww_max_daily_wage", Value: 230}}
	if len(got) != len(want) {
		t.Fatalf("rules = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("rules[%d] = %v, want %v", i, got[i], want[i])
		}
	}
	if _, err := model.NewRuleBook(got); err != nil {
		t.Error(err)
	}
}

func TestRuleAndCalendarProblems(t *testing.T) {
	tests := []struct {
		name string
		set  string
		want []string
	}{
		{"unknown figure", "rules.2021.box1_rat_1=0.4", []string{"--set rules.2021.box1_rat_1", `did you mean "box1_rate_1"`}},
		{"year without a table", "rules.2019.box1_rate_1=0.4", []string{"--set rules.2019.box1_rate_1", "allowed years 2020 to 2026"}},
		{"not a year", "rules.next.box1_rate_1=0.4", []string{"rules.next", "not a year", "2020 to 2026"}},
		{"distribution", "rules.2021.box1_rate_1={ dist = \"uniform\", min = 0.3, max = 0.4 }", []string{"rules.2021.box1_rate_1", "plain number"}},
		{"income tax rate", "economy.income_tax_rate=0.15", []string{"--set economy.income_tax_rate", "was removed", "rules.2021.box1_rate_1"}},
		{"employer charges", "economy.employer_charges=0.2", []string{"economy.employer_charges was removed", "aof_rate"}},
		{"start before the tables", "cohort.start=\"2019-12\"", []string{"--set cohort.start", "cohort.start", "2020-01 to 2026-12"}},
		{"start not a month", "cohort.start=\"2020-9\"", []string{"cohort.start", "YYYY-MM"}},
		{"price year without CPI", "economy.price_year=2030", []string{"--set economy.price_year", "no CPI figure", "2015 to 2026"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := ParseOverride(tt.set)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Load("baseline", o)
			if err == nil {
				t.Fatal("want an error")
			}
			rest := err.Error()
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("message lacks %q (in order):\n%s", w, err)
				}
				rest = rest[i+len(w):]
			}
		})
	}
}

func TestRemovedKeyInFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "old.toml")
	if err := os.WriteFile(p, []byte("extends = \"baseline\"\n[economy]\nincome_tax_rate = 0.15\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(p)
	if err == nil || !strings.Contains(err.Error(), "old.toml:3") || !strings.Contains(err.Error(), "economy.income_tax_rate was removed") {
		t.Fatalf("want old.toml:3 and the replacement, got %v", err)
	}
}

// TestRulesDocListsEveryKey checks that docs/rules.md documents every key
// of rules.<year>.<key>.
func TestRulesDocListsEveryKey(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "rules.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range ruleKeys {
		if !strings.Contains(string(doc), "| `"+k+"` |") {
			t.Errorf("docs/rules.md does not list %s", k)
		}
	}
}
