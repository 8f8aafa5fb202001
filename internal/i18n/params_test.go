package i18n

import "testing"

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
		if got := ParamLabel(tc.key, tc.lang); got != tc.want {
			t.Errorf("ParamLabel(%q, %s) = %q, want %q", tc.key, tc.lang, got, tc.want)
		}
	}
}

// TestParamLabelsHaveTwins: every parameter has a Dutch and an English name.
func TestParamLabelsHaveTwins(t *testing.T) {
	for k, l := range paramLabels {
		if l[0] == "" || l[1] == "" {
			t.Errorf("%s: Dutch %q, English %q", k, l[0], l[1])
		}
	}
}
