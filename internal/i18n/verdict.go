package i18n

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vwnw/vwnw/model"
)

// VerdictChance is the chance of a positive (or negative) NPV from which
// the verdict calls a party better (or worse) off.
const VerdictChance = 0.8

// verdictText are the clauses of the sentence that sums up a scenario.
// "One" clauses take one party, "Many" a list; %s is the party or list.
type verdictText struct {
	GainOne, GainMany string // better off with at least VerdictChance
	GainNone          string
	PayOne, PayMany   string // worse off with at least VerdictChance
	PayNone           string
	PartyAmount       string // party, mean amount
	SocietyGain       string // mean, chance of a positive NPV
	SocietyLoss       string // mean, chance of a positive NPV
	SocietyUnsure     string // mean, chance of a positive NPV
	SocietyNone       string
	Alone             string // no scenario besides the baseline
}

var verdictNL = verdictText{
	GainOne:       "met ten minste %s kans beter af is %s",
	GainMany:      "met ten minste %s kans beter af zijn %s",
	GainNone:      "geen partij is met ten minste %s kans beter af",
	PayOne:        "%s betaalt en krijgt dat met ten minste %s kans niet terug",
	PayMany:       "%s betalen en krijgen dat met ten minste %s kans niet terug",
	PayNone:       "niemand is met ten minste %s kans slechter af",
	PartyAmount:   "%s (gemiddeld %s)",
	SocietyGain:   "de maatschappij als geheel wint gemiddeld %s (kans op winst %s)",
	SocietyLoss:   "de maatschappij als geheel verliest: gemiddeld %s (kans op winst %s)",
	SocietyUnsure: "voor de maatschappij als geheel is het saldo onzeker: gemiddeld %s, kans op winst %s",
	SocietyNone:   "voor de maatschappij als geheel verandert er niets",
	Alone:         "Alleen het nul-alternatief is doorgerekend: er is niets om mee te vergelijken.",
}

var verdictEN = verdictText{
	GainOne:       "with at least %s chance %s is better off",
	GainMany:      "with at least %s chance %s are better off",
	GainNone:      "no party is better off with at least %s chance",
	PayOne:        "%s pays and with at least %s chance does not get it back",
	PayMany:       "%s pay and with at least %s chance do not get it back",
	PayNone:       "nobody is worse off with at least %s chance",
	PartyAmount:   "%s (mean %s)",
	SocietyGain:   "society as a whole gains a mean %s (chance of a gain %s)",
	SocietyLoss:   "society as a whole loses: mean %s (chance of a gain %s)",
	SocietyUnsure: "for society as a whole the balance is uncertain: mean %s, chance of a gain %s",
	SocietyNone:   "nothing changes for society as a whole",
	Alone:         "Only the baseline was run: there is nothing to compare it with.",
}

// atLeast reports whether the chance p is at least VerdictChance as the
// report prints chances, in whole percents: a party the table shows at
// 80% is one the sentence names.
func atLeast(p float64) bool { return math.Round(100*p) >= math.Round(100*VerdictChance) }

// pluralParty says which stakeholders are plural nouns in both languages
// (werknemers, workers) and which singular (UWV, het Rijk), for the verb.
var pluralParty = [model.NumStakeholders]bool{true, true, true, false, true, true, false, false}

// Verdict sums up in one sentence in lang what a scenario means for the
// parties, from its NPVs against the baseline: which parties are better off
// with at least VerdictChance chance, which pay and with that chance do not
// get it back (with their mean NPV), and the societal result with its
// chance of a gain. A party without cash flows that differ from the
// baseline is named in neither list.
func Verdict(npv *model.ByStakeholder[model.Summary], lang string) string {
	t := &verdictNL
	if lang == "en" {
		t = &verdictEN
	}
	chance := Percent(VerdictChance, 0, lang)
	var gain, pay []string
	var gainPlural, payPlural bool
	for k := model.Stakeholder(0); k < model.Society; k++ {
		s := npv.At(k)
		switch {
		case s.Zero() || math.IsNaN(s.ProbPositive):
		case atLeast(s.ProbPositive):
			gain = append(gain, StakeholderIn(k, lang))
			gainPlural = gainPlural || pluralParty[k]
		case atLeast(1-s.ProbPositive) && s.Mean < 0:
			pay = append(pay, fmt.Sprintf(t.PartyAmount, StakeholderIn(k, lang), RoundedAmount(s.Mean, lang)))
			payPlural = payPlural || pluralParty[k]
		}
	}
	var clauses []string
	switch {
	case len(gain) == 0:
		clauses = append(clauses, fmt.Sprintf(t.GainNone, chance))
	case len(gain) == 1 && !gainPlural:
		clauses = append(clauses, fmt.Sprintf(t.GainOne, chance, gain[0]))
	default:
		clauses = append(clauses, fmt.Sprintf(t.GainMany, chance, JoinAnd(gain, lang)))
	}
	switch {
	case len(pay) == 0:
		clauses = append(clauses, fmt.Sprintf(t.PayNone, chance))
	case len(pay) == 1 && !payPlural:
		clauses = append(clauses, fmt.Sprintf(t.PayOne, pay[0], chance))
	default:
		clauses = append(clauses, fmt.Sprintf(t.PayMany, JoinAnd(pay, lang), chance))
	}
	clauses = append(clauses, societyClause(npv.At(model.Society), t, lang))
	return capitalize(strings.Join(clauses, "; ")) + "."
}

func societyClause(s *model.Summary, t *verdictText, lang string) string {
	mean, p := RoundedAmount(s.Mean, lang), Percent(s.ProbPositive, 0, lang)
	switch {
	case s.Zero() || math.IsNaN(s.ProbPositive):
		return t.SocietyNone
	case atLeast(s.ProbPositive) && s.Mean > 0:
		return fmt.Sprintf(t.SocietyGain, mean, p)
	case atLeast(1-s.ProbPositive) && s.Mean < 0:
		return fmt.Sprintf(t.SocietyLoss, mean, p)
	default:
		return fmt.Sprintf(t.SocietyUnsure, mean, p)
	}
}

// VerdictAlone is the verdict of a run with only the baseline.
func VerdictAlone(lang string) string {
	if lang == "en" {
		return verdictEN.Alone
	}
	return verdictNL.Alone
}

// capitalize writes the first letter of s as a capital.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// RoundedAmount is Amount of x rounded to three significant digits (at
// least whole euros): "€ 1.230.000", "−€ 45.600", for a board that reads
// amounts, not decimals.
func RoundedAmount(x float64, lang string) string {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return Amount(x, lang)
	}
	e := math.Floor(math.Log10(math.Abs(x))) - 2
	if e < 0 {
		return Amount(x, lang)
	}
	p := math.Pow(10, e)
	return Amount(math.Round(x/p)*p, lang)
}
