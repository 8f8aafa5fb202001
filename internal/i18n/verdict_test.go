package i18n

import (
	"testing"

	"github.com/vwnw/vwnw/model"
)

// npvOf builds the NPVs of a synthetic scenario: mean and chance of a
// positive NPV per stakeholder, society last; a zero mean with a zero
// chance is a party without cash flows.
func npvOf(v [model.NumStakeholders][2]float64) *model.ByStakeholder[model.Summary] {
	var b model.ByStakeholder[model.Summary]
	for k := range model.NumStakeholders {
		s := b.At(model.Stakeholder(k))
		s.Mean, s.ProbPositive = v[k][0], v[k][1]
		if s.Mean != 0 || s.ProbPositive != 0 {
			s.SD = 1
		}
	}
	return &b
}

func TestVerdict(t *testing.T) {
	none := [2]float64{}
	for _, c := range []struct {
		name, lang string
		npv        [model.NumStakeholders][2]float64
		want       string
	}{
		{"gainers, one payer, society gains", "nl",
			[model.NumStakeholders][2]float64{{120400, 0.97}, none, none, {30000, 0.85}, {-45612, 0.05}, none, {2000, 0.6}, {106788, 0.91}},
			"Met ten minste 80% kans beter af zijn werknemers en UWV; gemeenten (gemiddeld −€ 45.600) betalen en krijgen dat met ten minste 80% kans niet terug; " +
				"de maatschappij als geheel wint gemiddeld € 107.000 (kans op winst 91%)."},
		{"no party at 80%, society negative", "nl",
			[model.NumStakeholders][2]float64{{100, 0.6}, {-10, 0.4}, none, {-90000, 0.1}, none, none, {-5000, 0.3}, {-94910, 0.12}},
			"Geen partij is met ten minste 80% kans beter af; UWV (gemiddeld −€ 90.000) betaalt en krijgt dat met ten minste 80% kans niet terug; " +
				"de maatschappij als geheel verliest: gemiddeld −€ 94.900 (kans op winst 12%)."},
		{"one singular gainer, nobody worse off, society uncertain", "nl",
			[model.NumStakeholders][2]float64{{-100, 0.3}, none, none, none, none, none, {5000, 0.9}, {4900, 0.55}},
			"Met ten minste 80% kans beter af is het Rijk; niemand is met ten minste 80% kans slechter af; " +
				"voor de maatschappij als geheel is het saldo onzeker: gemiddeld € 4.900, kans op winst 55%."},
		{"a chance the table prints as 80% counts, 79% does not", "nl",
			[model.NumStakeholders][2]float64{{100, 0.796}, {100, 0.794}, none, none, none, none, none, {200, 0.5}},
			"Met ten minste 80% kans beter af zijn werknemers; niemand is met ten minste 80% kans slechter af; " +
				"voor de maatschappij als geheel is het saldo onzeker: gemiddeld € 200, kans op winst 50%."},
		{"nothing changes", "nl", [model.NumStakeholders][2]float64{},
			"Geen partij is met ten minste 80% kans beter af; niemand is met ten minste 80% kans slechter af; voor de maatschappij als geheel verandert er niets."},
		{"two payers in English", "en",
			[model.NumStakeholders][2]float64{{50000, 0.99}, none, none, {-20000, 0.0}, none, none, {-10000, 0.02}, {20000, 0.7}},
			"With at least 80% chance workers are better off; UWV (mean −€20,000) and the treasury (mean −€10,000) pay and with at least 80% chance do not get it back; " +
				"for society as a whole the balance is uncertain: mean €20,000, chance of a gain 70%."},
		{"a positive mean is no payer", "en",
			[model.NumStakeholders][2]float64{{10, 0.1}, none, none, none, none, none, none, {10, 0.1}},
			"No party is better off with at least 80% chance; nobody is worse off with at least 80% chance; " +
				"for society as a whole the balance is uncertain: mean €10, chance of a gain 10%."},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Verdict(npvOf(c.npv), c.lang); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

func TestRoundedAmount(t *testing.T) {
	for _, c := range []struct {
		x    float64
		want string
	}{{0, "€ 0"}, {12.4, "€ 12"}, {999.6, "€ 1.000"}, {45612, "€ 45.600"}, {-1234567, "−€ 1.230.000"}} {
		if got := RoundedAmount(c.x, "nl"); got != c.want {
			t.Errorf("RoundedAmount(%v) = %q, want %q", c.x, got, c.want)
		}
	}
}
