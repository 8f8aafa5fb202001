package workbook

import (
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
	"reflect"
	"testing"
)

// TestTextTwins checks that every string of the workbook exists in both
// languages, and that the sheet names are distinct and fit Excel's limit.
func TestTextTwins(t *testing.T) {
	nl, en := reflect.ValueOf(textNL), reflect.ValueOf(textEN)
	for i := range nl.NumField() {
		name := nl.Type().Field(i).Name
		a, b := nl.Field(i), en.Field(i)
		switch a.Kind() {
		case reflect.String:
			if a.String() == "" || b.String() == "" {
				t.Errorf("%s: nl %q, en %q; want both", name, a.String(), b.String())
			}
		case reflect.Array:
			for j := range a.Len() {
				if a.Index(j).String() == "" || b.Index(j).String() == "" {
					t.Errorf("%s[%d]: nl %q, en %q; want both", name, j, a.Index(j).String(), b.Index(j).String())
				}
			}
		}
	}
	for _, tx := range []*text{&textNL, &textEN} {
		sheets := []string{tx.SheetSummary, tx.SheetParty, tx.SheetItems, tx.SheetYears, tx.SheetOutcomes,
			tx.SheetOccupancy, tx.SheetAssumptions, tx.SheetSensitivity, tx.SheetAbout}
		seen := map[string]bool{}
		for _, s := range sheets {
			if len([]rune(s)) > 31 || seen[s] {
				t.Errorf("%s: sheet name %q is longer than 31 characters or used twice", tx.lang, s)
			}
			seen[s] = true
		}
	}
}

// TestPerPersonHeads checks that the columns of the NPV divided by the
// whole cohort say "per person" as the terminal does, not "per
// participant", which the workbook keeps for the costs of those who took
// part.
func TestPerPersonHeads(t *testing.T) {
	for _, tt := range []struct {
		tx               *text
		person, particip string
	}{
		{&textNL, i18n.TerminalText("nl").Cols[4], "deelnemer"},
		{&textEN, i18n.TerminalText("en").Cols[4], "participant"},
	} {
		for _, h := range []string{tt.tx.PerPerson, tt.tx.PerPersonP5, tt.tx.PerPersonP95} {
			if !strings.Contains(h, tt.person) || strings.Contains(h, tt.particip) {
				t.Errorf("%s: head %q, want %q in it and not %q", tt.tx.lang, h, tt.person, tt.particip)
			}
		}
		if c := tt.tx.Outcomes[7]; !strings.Contains(c, tt.particip) {
			t.Errorf("%s: cost outcome %q, want it per %s", tt.tx.lang, c, tt.particip)
		}
	}
}
