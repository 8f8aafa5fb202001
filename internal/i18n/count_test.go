package i18n

import "testing"

func TestCount(t *testing.T) {
	tests := []struct {
		n    int
		noun Noun
		lang string
		want string
	}{
		{1, Persons, "en", "1 person"},
		{0, Persons, "en", "0 persons"},
		{2, Persons, "en", "2 persons"},
		{1, Persons, "nl", "1 persoon"},
		{30, Persons, "nl", "30 personen"},
		{1, Months, "en", "1 month"},
		{1, Months, "nl", "1 maand"},
		{12, Months, "nl", "12 maanden"},
		{1, Arguments, "en", "1 argument"},
		{3, Arguments, "en", "3 arguments"},
		{1, DegreesOfFreedom, "en", "1 degree of freedom"},
		{2, DegreesOfFreedom, "nl", "2 vrijheidsgraden"},
		{1, Workers, "en", "1 worker"},
		{2, Times, "nl", "2 keer"},
		{1, Times, "en", "1 time"},
		{-1, Iterations, "en", "-1 iteration"},
		{2, Workers, "nl", "2 rekenkernen"},
		{1, Workers, "nl", "1 rekenkern"},
		{999, Iterations, "nl", "999 iteraties"},
		{1000, Iterations, "nl", "1.000 iteraties"},
		{1000, Iterations, "en", "1,000 iterations"},
		{9000000, PersonMonths, "en", "9,000,000 person-months"},
		{9000000, PersonMonths, "nl", "9.000.000 persoonsmaanden"},
		{-12345, Months, "en", "-12,345 months"},
	}
	for _, tt := range tests {
		if got := Count(tt.n, tt.noun, tt.lang); got != tt.want {
			t.Errorf("Count(%d, %d, %q) = %q, want %q", tt.n, tt.noun, tt.lang, got, tt.want)
		}
	}
}

// TestEveryNounHasItsForms: no noun lacks a form in either language.
func TestEveryNounHasItsForms(t *testing.T) {
	for n := range numNouns {
		for _, f := range []forms{nounsNL[n], nounsEN[n]} {
			if f.One == "" || f.Many == "" {
				t.Errorf("noun %d: forms %+v", n, f)
			}
		}
	}
}
