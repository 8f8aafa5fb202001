package i18n

import "strconv"

// Noun is a thing that is counted in vwnw's text: persons, months,
// iterations. [Count] writes a number of them with the singular or the
// plural.
type Noun int

// The nouns [Count] knows.
const (
	Persons Noun = iota
	Months
	Iterations
	Arguments
	Entrants
	Evaluations
	Simulations
	DegreesOfFreedom
	Workers // of the computer
	PersonMonths
	Cohorts
	Shards
	Times
	Groups
	SimulatedCohorts
	Employees
	Observations
	Participants
	EntryMonths
	TriageGroups
	numNouns
)

// forms are a noun's singular and plural.
type forms struct{ One, Many string }

var nounsNL = [numNouns]forms{
	Persons:          {"persoon", "personen"},
	Months:           {"maand", "maanden"},
	Iterations:       {"iteratie", "iteraties"},
	Arguments:        {"argument", "argumenten"},
	Entrants:         {"instromer", "instromers"},
	Evaluations:      {"evaluatie", "evaluaties"},
	Simulations:      {"simulatie", "simulaties"},
	DegreesOfFreedom: {"vrijheidsgraad", "vrijheidsgraden"},
	Workers:          {"rekenkern", "rekenkernen"},
	PersonMonths:     {"persoonsmaand", "persoonsmaanden"},
	Cohorts:          {"groep", "groepen"},
	Shards:           {"deel", "delen"},
	Times:            {"keer", "keer"},
	Groups:           {"groep", "groepen"},
	SimulatedCohorts: {"gesimuleerde groep", "gesimuleerde groepen"},
	Employees:        {"werknemer", "werknemers"},
	Observations:     {"waarneming", "waarnemingen"},
	Participants:     {"deelnemer", "deelnemers"},
	EntryMonths:      {"instroommaand", "instroommaanden"},
	TriageGroups:     {"triagegroep", "triagegroepen"},
}

var nounsEN = [numNouns]forms{
	Persons:          {"person", "persons"},
	Months:           {"month", "months"},
	Iterations:       {"iteration", "iterations"},
	Arguments:        {"argument", "arguments"},
	Entrants:         {"entrant", "entrants"},
	Evaluations:      {"evaluation", "evaluations"},
	Simulations:      {"simulation", "simulations"},
	DegreesOfFreedom: {"degree of freedom", "degrees of freedom"},
	Workers:          {"worker", "workers"},
	PersonMonths:     {"person-month", "person-months"},
	Cohorts:          {"cohort", "cohorts"},
	Shards:           {"shard", "shards"},
	Times:            {"time", "times"},
	Groups:           {"group", "groups"},
	SimulatedCohorts: {"simulated cohort", "simulated cohorts"},
	Employees:        {"worker", "workers"},
	Observations:     {"observation", "observations"},
	Participants:     {"participant", "participants"},
	EntryMonths:      {"entry month", "entry months"},
	TriageGroups:     {"triage group", "triage groups"},
}

// Count writes n and the noun in lang: the singular for 1 (and −1), the
// plural otherwise, as both languages count ("1 person", "0 persons",
// "2 personen"), with the digits grouped in thousands as lang writes them
// ("1.000 iteraties", "9,000,000 person-months"). Dutch is the default;
// English for "en".
func Count[N ~int | ~int64](n N, noun Noun, lang string) string {
	return countDigits(int64(n), lang) + " " + Plural(n, noun, lang)
}

// countDigits writes the whole number n with its digits grouped in
// thousands in the notation of lang, and a hyphen-minus when negative (as
// strconv writes it, since counts are rarely negative and messages quote
// them as given).
func countDigits(n int64, lang string) string {
	s := strconv.FormatInt(n, 10)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	return sign + groupDigits(s, thousandsSep(lang))
}

// Plural returns the noun alone in the form that goes with n: "person" for
// 1, "persons" otherwise.
func Plural[N ~int | ~int64](n N, noun Noun, lang string) string {
	f := nounsNL[noun]
	if lang == "en" {
		f = nounsEN[noun]
	}
	if n == 1 || n == -1 {
		return f.One
	}
	return f.Many
}
