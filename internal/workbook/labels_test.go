package workbook

import (
	"testing"

	"github.com/vwnw/vwnw/scenarios"
)

// TestEveryKeyHasALabel checks that every parameter of the shipped
// scenarios has a readable name in both languages.
func TestEveryKeyHasALabel(t *testing.T) {
	var list []*scenarios.Scenario
	for _, n := range scenarios.Shipped() {
		s, err := scenarios.Load(n)
		if err != nil {
			t.Fatal(err)
		}
		list = append(list, s)
	}
	for _, lang := range []string{"nl", "en"} {
		rows, err := ScenarioAssumptions(list, nil, lang)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, a := range rows {
			if a.Label == "" && !seen[a.Key] {
				seen[a.Key] = true
				t.Errorf("%s: %s has no label; add one to paramLabels in internal/i18n/params.go", lang, a.Key)
			}
		}
	}
}
