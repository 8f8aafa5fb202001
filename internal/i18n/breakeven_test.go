package i18n

import (
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model"
)

func TestBreakevenSentence(t *testing.T) {
	grid := func(npv ...float64) []model.BreakevenPoint {
		var g []model.BreakevenPoint
		for i, v := range npv {
			g = append(g, model.BreakevenPoint{Value: float64(i) * 10, NPV: v})
		}
		return g
	}
	tests := []struct {
		name   string
		param  string // "" for k, a parameter without a unit
		b      model.Breakeven
		en, nl string
	}{
		{"zero everywhere", "", model.Breakeven{Grid: grid(0, 0, 0), AllZero: true},
			"is zero at every value of k in [0, 20] (checked at 3 evenly spaced values): it has no cash flows that differ from the baseline there, so there is no break-even.",
			"is nul bij elke waarde van k tussen 0 en 20"},
		{"one root", "", model.Breakeven{Grid: grid(1000, -1000.5, -3000), Roots: []float64{5.25}},
			"The mean NPV of uwv is zero at k = 5.25; it runs from €1,000 at 0 to −€3,000 at 20.",
			"De gemiddelde netto contante waarde voor UWV is nul bij k = 5,25; ze loopt van € 1.000 bij 0 tot −€ 3.000 bij 20."},
		{"no root", "", model.Breakeven{Grid: grid(-5, -6, -7)}, "it stays negative", "die blijft negatief"},
		{"two roots", "", model.Breakeven{Grid: grid(1, -1, 1), Roots: []float64{5, 15}}, "crosses zero 2 times, at k = 5, 15", "gaat 2 keer door nul, bij k = 5 en 15"},
		{"four significant digits", "", model.Breakeven{Grid: grid(1, -1, -2), Roots: []float64{9.17036}},
			"is zero at k = 9.17; it runs", "is nul bij k = 9,17; ze loopt"},
		{"four significant digits, small", "", model.Breakeven{Grid: grid(1, -1, -2), Roots: []float64{0.0123456}},
			"is zero at k = 0.01235;", "is nul bij k = 0,01235;"},
		{"euros to the cent", "interventions.coaching.hourly_cost", model.Breakeven{Grid: grid(1000, -1000, -3000), Roots: []float64{91.7036}},
			"is zero at interventions.coaching.hourly_cost = €91.70; it runs from €1,000 at €0 to −€3,000 at €20.",
			"is nul bij interventions.coaching.hourly_cost = € 91,70; ze loopt van € 1.000 bij € 0 tot −€ 3.000 bij € 20."},
		{"euros, whole", "interventions.coaching.hourly_cost", model.Breakeven{Grid: grid(1000, -1000, -3000), Roots: []float64{1234.999}},
			"= €1,235;", "= € 1.235;"},
	}
	for _, tt := range tests {
		b := tt.b
		b.Param, b.Stakeholder, b.Lo, b.Hi = "k", "uwv", 0, 20
		if tt.param != "" {
			b.Param = tt.param
		}
		en, nl := BreakevenSentence(&b, "en"), BreakevenSentence(&b, "nl")
		if !strings.Contains(en, tt.en) || !strings.Contains(nl, tt.nl) {
			t.Errorf("%s:\n %q\n %q\nwant %q and %q", tt.name, en, nl, tt.en, tt.nl)
		}
		if tt.b.AllZero && strings.Contains(en, "crosses") {
			t.Errorf("%s: %q speaks of crossings", tt.name, en)
		}
	}
}
