package charts

import (
	"strings"
	"testing"

	"github.com/vwnw/vwnw/internal/i18n"
)

// TestBreakevenSentenceLabel checks that the report names the break-even
// parameter by its label: with its unit when the sentence stored in the
// results writes the values bare (results of older versions), without it
// when they are amounts in euros; a sentence made anew from the grid is in
// euros to the cent.
func TestBreakevenSentenceLabel(t *testing.T) {
	for _, tt := range []struct {
		name, lang string
		message    string // the stored message in lang; "" makes it anew
		want, not  string
	}{
		{"stored, bare values", "nl", "", "bij kosten per betaald uur casemanager (€) = 79,5665;", "loopbaanbegeleider"},
		{"stored, euros", "nl", "De gemiddelde netto contante waarde voor de maatschappij is nul bij interventions.coaching.hourly_cost = € 79,57; ze loopt van € 83.618 bij € 50 tot −€ 8.259.392 bij € 3.000.",
			"bij kosten per betaald uur casemanager = € 79,57;", "(€)"},
		{"made anew nl", "nl", "-", "bij kosten per betaald uur casemanager = € ", "(€)"},
		{"made anew en", "en", "-", "at cost per paid case-manager hour = €", "(€)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := loadFixture(t).Sensitivity.Breakeven
			switch tt.message {
			case "-":
				b.Message, b.MessageNL = "", ""
			case "":
			default:
				b.MessageNL = tt.message
			}
			blk, err := breakevenSection(b, i18n.PageText(tt.lang))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(blk.Sentence, tt.want) || strings.Contains(blk.Sentence, tt.not) {
				t.Errorf("sentence %q: want %q in it and not %q", blk.Sentence, tt.want, tt.not)
			}
		})
	}
}
