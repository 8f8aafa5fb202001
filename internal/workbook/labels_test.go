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

func TestParamLabel(t *testing.T) {
	for _, tc := range []struct{ key, lang, want string }{
		{"economy.discount_rate", "nl", "reële discontovoet per jaar"},
		{"economy.discount_rate", "en", "real discount rate per year"},
		{"interventions.services.talent_scan.uptake", "nl", "deelname dienst talent_scan"},
		{"interventions.services.talent_scan.payer.uwv", "nl", "aandeel dienst talent_scan betaald door UWV"},
		{"interventions.coaching.payer.municipalities", "en", "share of coaching paid by municipalities"},
		{"interventions.training.payer.receiving_employers", "nl", "aandeel omscholingsfonds betaald door ontvangende werkgevers"},
		{"interventions.coaching.payer.nobody", "nl", ""},
		{"economy.no_such_key", "nl", ""},
		{"interventions.services", "nl", ""},
	} {
		if got := paramLabel(tc.key, tc.lang); got != tc.want {
			t.Errorf("paramLabel(%q, %s) = %q, want %q", tc.key, tc.lang, got, tc.want)
		}
	}
}
