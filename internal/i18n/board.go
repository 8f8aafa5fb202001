package i18n

// Board holds the strings of the report's answer-first parts: the summary
// of who pays and who gains that opens it, the budget per calendar year,
// the waterfall of line items, the occupancy small multiples and the
// appendix. Format verbs mark what the report fills in.
type Board struct {
	SummaryTitle string
	// SummaryIntro: baseline title, price year, horizon in months,
	// discount rate.
	SummaryIntro  string
	Party         string
	Mean          string
	Interval      string
	Chance        string
	ChanceTip     string
	IntervalRange string // low, high
	// Changed says that a scenario ran with parameters set on the command
	// line: the settings.
	Changed     string
	NPVLabel    string // the value labels' unit in the NPV chart's guide
	Appendix    string
	AppendixRun string // heading of the run's settings

	// Provenance in the appendix.
	Overrides  string
	NoOverride string
	CohortSize string
	OwnCohort  string
	Baseline   string
	CohortFile string
	Command    string

	// Payback: a party whose cumulative flow is never below zero.
	NoInvestment string

	// Occupancy as small multiples.
	OccupancyGuide string

	// Budget per calendar year.
	BudgetTitle string
	// BudgetGuide: price year, start month name, start year.
	BudgetGuide string
	// BudgetNoStart: price year; used when the results do not record one
	// start month for all scenarios (older results, or scenarios whose
	// cohorts start in different months).
	BudgetNoStart string
	BudgetAxis    string
	BudgetYear    string
	BudgetTotal   string
	BudgetMissing string
	MonthNames    [12]string

	// Waterfall of the line items.
	WaterfallTitle   string
	WaterfallGuide   string
	WaterfallTotal   string
	WaterfallMissing string
	WaterfallOther   string // the smaller items summed: their number
}

var boardNL = Board{
	SummaryTitle: "Wie betaalt, wie wint",
	SummaryIntro: "Netto contante waarde voor de hele groep ten opzichte van %s, in euro's van %d, over %s, " +
		"discontovoet %s; positief: de partij gaat erop vooruit. Onder elk gemiddelde het 90%%-interval.",
	Party:         "Partij",
	Mean:          "Gemiddeld",
	Interval:      "90%-interval",
	Chance:        "Kans op winst",
	ChanceTip:     "aandeel van de iteraties met een positieve netto contante waarde",
	IntervalRange: "%s tot %s",
	Changed:       "Gerekend met gewijzigde parameters: %s.",
	NPVLabel:      "Het getal bij elke balk is het gemiddelde.",
	Appendix:      "Bijlage: verantwoording",
	AppendixRun:   "Instellingen",
	Overrides:     "Gewijzigde parameters",
	NoOverride:    "geen: zoals de scenariobestanden zeggen",
	CohortSize:    "Groepsgrootte opgelegd",
	OwnCohort:     "nee: zoals de scenario's zeggen",
	Baseline:      "Nul-alternatief",
	CohortFile:    "Cohortbestand",
	Command:       "Opdracht",
	NoInvestment:  "geen investering",
	OccupancyGuide: "Elk paneel is één scenario, op dezelfde assen; elke kleur is het deel van de groep in die situatie, " +
		"samen steeds 100%. Hoe sneller het groene vlak (werk) groeit, hoe sneller mensen een nieuwe baan vinden.",
	BudgetTitle: "Begroting per kalenderjaar",
	BudgetGuide: "Netto kasstroom per partij per kalenderjaar, scenario min nul-alternatief, niet verdisconteerd, " +
		"in euro's van %d, vanaf de start van de groep in %s %d. Zo begroten UWV en gemeenten.",
	BudgetNoStart: "Netto kasstroom per partij per kalenderjaar, scenario min nul-alternatief, niet verdisconteerd, " +
		"in euro's van %d, vanaf de startmaand van de groep van elk scenario; deze resultaten noemen geen startmaand die voor alle scenario's geldt. " +
		"Zo begroten UWV en gemeenten.",
	BudgetAxis:    "netto kasstroom per jaar (€)",
	BudgetYear:    "Jaar",
	BudgetTotal:   "totaal",
	BudgetMissing: "Deze resultaten bevatten nog geen begroting per jaar; reken opnieuw met deze versie.",
	MonthNames: [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
		"september", "oktober", "november", "december"},
	WaterfallTitle: "Waar het bedrag vandaan komt",
	WaterfallGuide: "Per partij de posten van de gemiddelde netto contante waarde, scenario min nul-alternatief: " +
		"groen verhoogt, oranje verlaagt; de laatste balk is het totaal.",
	WaterfallTotal:   "totaal",
	WaterfallMissing: "Deze resultaten bevatten geen posten per partij.",
	WaterfallOther:   "overige %d posten",
}

var boardEN = Board{
	SummaryTitle: "Who pays, who gains",
	SummaryIntro: "Net present value for the whole cohort against %s, in euros of %d, over %s, " +
		"discount rate %s; positive: the party gains. Under each mean its 90%% interval.",
	Party:         "Party",
	Mean:          "Mean",
	Interval:      "90% interval",
	Chance:        "Chance of a gain",
	ChanceTip:     "share of iterations with a positive net present value",
	IntervalRange: "%s to %s",
	Changed:       "Run with changed parameters: %s.",
	NPVLabel:      "The number at each bar is the mean.",
	Appendix:      "Appendix: provenance",
	AppendixRun:   "Settings",
	Overrides:     "Changed parameters",
	NoOverride:    "none: as the scenario files say",
	CohortSize:    "Cohort size imposed",
	OwnCohort:     "no: as the scenarios say",
	Baseline:      "Baseline",
	CohortFile:    "Cohort file",
	Command:       "Command",
	NoInvestment:  "no investment",
	OccupancyGuide: "Each panel is one scenario, on the same axes; each colour is the share of the cohort in that situation, " +
		"always 100% together. The faster the green area (work) grows, the faster people find a new job.",
	BudgetTitle: "Budget per calendar year",
	BudgetGuide: "Net cash flow per party per calendar year, scenario minus baseline, undiscounted, " +
		"in euros of %d, from the cohort's start in %s %d. This is how UWV and municipalities budget.",
	BudgetNoStart: "Net cash flow per party per calendar year, scenario minus baseline, undiscounted, " +
		"in euros of %d, from the start month of each scenario's cohort; these results name no start month common to all scenarios. " +
		"This is how UWV and municipalities budget.",
	BudgetAxis:    "net cash flow per year (€)",
	BudgetYear:    "Year",
	BudgetTotal:   "total",
	BudgetMissing: "These results hold no budget per year yet; run again with this version.",
	MonthNames: [12]string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"},
	WaterfallTitle: "Where the amount comes from",
	WaterfallGuide: "Per party the line items of the mean net present value, scenario minus baseline: " +
		"green raises it, orange lowers it; the last bar is the total.",
	WaterfallTotal:   "total",
	WaterfallMissing: "These results hold no line items per party.",
	WaterfallOther:   "%d other items",
}

// BoardText returns the answer-first strings of lang: English for "en",
// Dutch otherwise.
func BoardText(lang string) *Board {
	if lang == "en" {
		return &boardEN
	}
	return &boardNL
}
