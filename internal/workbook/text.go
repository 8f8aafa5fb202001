package workbook

import (
	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// text holds every fixed string of the workbook in one language.
type text struct {
	// Sheet names, at most 31 characters (Excel's limit).
	SheetSummary, SheetParty, SheetItems, SheetYears, SheetOutcomes,
	SheetOccupancy, SheetAssumptions, SheetSensitivity, SheetAbout string

	// lang is "nl" or "en"; the names of stakeholders and states come from
	// internal/i18n in it.
	lang string
	// Outcomes label the rows of the outcomes sheet, in the order of
	// outcomeList.
	Outcomes [numOutcomes]string

	NA  string // a value that does not exist
	Yes string
	No  string

	// Column heads. PerPerson and its quantiles are the NPV divided by the
	// whole cohort (npv_per_participant), as the terminal's "per person";
	// "per participant" is kept for the costs of those who took part.
	Scenario, Title, Party, Mean, SD, SE, P5, P50, P95, ProbPositive, PerPerson,
	PerPersonP5, PerPersonP95, Item, ItemKey, Year, Outcome, Key, Month, Label,
	Value, Distribution, Source, Property string

	// Empty sheets.
	NoItems, NoYears, NoAssumptions string

	// The source of an assumption that a cohort file (%s, as written)
	// replaces, and the start of that of cohort.entry_months, which it
	// replaces for the persons whose row has an entry month.
	NotUsedCohortFile, PartlyCohortFile string

	// Budget per year; YearsStart takes the month (1–12) and year of the
	// cohort's start.
	YearsNote, YearsStart string

	// The outcomes sheet.
	Average, BaselineMean string

	// The about sheet.
	Tool, Version, Seed, Iterations, Horizon, DiscountRate, PriceYear, Baseline,
	PersonMonths, CohortSize, SHA256, Command, Overrides, CohortSizeFlag, CohortFileName, CohortFile,
	NoOverrides, AmountsNote, ZeroNote string

	// The sensitivity sheet.
	SensScenario, SensMethod, SensSamples, Tornado, Sobol, EVPI, EVPPI, Breakeven, Notes,
	Param, ParamKey, LowValue, HighValue, AtLow, AtHigh, Swing, SwingSE, Noise,
	FirstOrder, FirstLo, FirstHi, TotalOrder, TotalLo, TotalHi, Chance,
	Cohort, Best, Distinct, Raw, NoiseFloor, Option, ProbBest,
	Roots, NoRoot, Message, NPVAt string
}

var textNL = text{
	lang:             "nl",
	SheetSummary:     "Samenvatting",
	SheetParty:       "Per partij",
	SheetItems:       "Posten",
	SheetYears:       "Per jaar",
	SheetOutcomes:    "Uitkomsten",
	SheetOccupancy:   "Bezetting",
	SheetAssumptions: "Aannames",
	SheetSensitivity: "Gevoeligheid",
	SheetAbout:       "Over",

	Outcomes: [numOutcomes]string{
		"in nieuw werk na 6 maanden", "in nieuw werk na 12 maanden", "in nieuw werk na 24 maanden",
		"maanden werkloos", "maanden WW", "maanden bijstand", "nieuw loon / oud loon",
		"kosten per deelnemer", "nieuw werk in een andere sector",
	},

	NA:  "n.b.",
	Yes: "ja",
	No:  "nee",

	Scenario:     "Scenario",
	Title:        "Omschrijving",
	Party:        "Partij",
	Mean:         "Gemiddelde NCW (€)",
	SD:           "Standaarddeviatie (€)",
	SE:           "Standaardfout gemiddelde (€)",
	P5:           "P5 (€)",
	P50:          "Mediaan (€)",
	P95:          "P95 (€)",
	ProbPositive: "Kans NCW > 0",
	PerPerson:    "Gemiddelde per persoon (€)",
	PerPersonP5:  "P5 per persoon (€)",
	PerPersonP95: "P95 per persoon (€)",
	Item:         "Post",
	ItemKey:      "Sleutel",
	Year:         "Kalenderjaar",
	Outcome:      "Uitkomst",
	Key:          "Sleutel",
	Month:        "Maand",
	Label:        "Omschrijving",
	Value:        "Waarde",
	Distribution: "Verdeling",
	Source:       "Bron",
	Property:     "Gegeven",

	NoItems:       "Deze resultaten bevatten geen uitsplitsing naar posten.",
	NoYears:       "Deze resultaten bevatten geen begroting per kalenderjaar.",
	NoAssumptions: "Er zijn geen aannames meegegeven bij het maken van deze werkmap.",
	YearsNote:     "Niet verdisconteerd, in euro's van het prijspeil; scenario min nul-alternatief.",
	YearsStart:    "Het eerste jaar begint in maand %d van %d; het laatste eindigt met de horizon.",

	NotUsedCohortFile: "niet gebruikt: de personen uit het cohortbestand %s vervangen dit",
	PartlyCohortFile:  "alleen gebruikt voor personen zonder instroommaand in het cohortbestand %s",

	Average:      "Gemiddelde",
	BaselineMean: "Nul-alternatief (gemiddelde)",

	Tool:           "Programma",
	Version:        "Versie",
	Seed:           "Startwaarde (seed)",
	Iterations:     "Iteraties",
	Horizon:        "Horizon (maanden)",
	DiscountRate:   "Discontovoet",
	PriceYear:      "Prijspeil",
	Baseline:       "Nul-alternatief",
	PersonMonths:   "Gesimuleerde persoonsmaanden",
	CohortSize:     "Omvang groep",
	SHA256:         "SHA-256 van de invoer",
	Command:        "Opdracht",
	Overrides:      "Gewijzigde parameters (--set)",
	CohortSizeFlag: "Omvang groep (--cohort-size)",
	CohortFileName: "Groepsbestand",
	CohortFile:     "SHA-256 van het groepsbestand",
	NoOverrides:    "geen",
	AmountsNote: "Bedragen zijn netto contante waarden (NCW) van een scenario min het nul-alternatief, " +
		"voor de hele groep; positief = de partij gaat erop vooruit. De maatschappij is de som van de zeven partijen.",
	ZeroNote: "n.b. bij de kans: de partij heeft geen geldstromen die verschillen van het nul-alternatief.",

	SensScenario: "Scenario en nul-alternatief",
	SensMethod:   "Methode",
	SensSamples:  "Steekproeven",
	Tornado:      "Tornado: NCW met één aanname op P10 en P90, de rest op de basiswaarde",
	Sobol:        "Sobol-indices: aandeel van de variantie per aanname",
	EVPI:         "EVPI: waarde van volledige informatie",
	EVPPI:        "EVPPI: waarde van volledige informatie over één aanname",
	Breakeven:    "Omslagpunt: waarde waarbij de gemiddelde NCW nul is",
	Notes:        "Kanttekeningen",
	Param:        "Aanname",
	ParamKey:     "Sleutel",
	LowValue:     "Waarde laag (P10)",
	HighValue:    "Waarde hoog (P90)",
	AtLow:        "NCW bij laag (€)",
	AtHigh:       "NCW bij hoog (€)",
	Swing:        "Verschil hoog − laag (€)",
	SwingSE:      "Standaardfout verschil (€)",
	Noise:        "Niet te onderscheiden van toeval",
	FirstOrder:   "Eerste orde",
	FirstLo:      "Eerste orde, 95%-ondergrens",
	FirstHi:      "Eerste orde, 95%-bovengrens",
	TotalOrder:   "Totaal",
	TotalLo:      "Totaal, 95%-ondergrens",
	TotalHi:      "Totaal, 95%-bovengrens",
	Chance:       "toeval binnen de groep",
	Cohort:       "Hele groep (€)",
	Best:         "Beste keuze",
	Distinct:     "Te onderscheiden van nul",
	Raw:          "Ongecorrigeerd (€)",
	NoiseFloor:   "Ruisvloer (€)",
	Option:       "Keuze",
	ProbBest:     "Kans beste voor de maatschappij",
	Roots:        "Omslagpunt",
	NoRoot:       "geen omslagpunt in het onderzochte bereik",
	Message:      "Toelichting",
	NPVAt:        "Gemiddelde NCW (€)",
}

var textEN = text{
	lang:             "en",
	SheetSummary:     "Summary",
	SheetParty:       "By party",
	SheetItems:       "Items",
	SheetYears:       "By year",
	SheetOutcomes:    "Outcomes",
	SheetOccupancy:   "Occupancy",
	SheetAssumptions: "Assumptions",
	SheetSensitivity: "Sensitivity",
	SheetAbout:       "About",

	Outcomes: [numOutcomes]string{
		"in a new job at 6 months", "in a new job at 12 months", "in a new job at 24 months",
		"months unemployed", "months on WW", "months on social assistance", "new / old wage",
		"cost per participant", "new jobs in another sector",
	},

	NA:  "n/a",
	Yes: "yes",
	No:  "no",

	Scenario:     "Scenario",
	Title:        "Title",
	Party:        "Party",
	Mean:         "Mean NPV (€)",
	SD:           "Standard deviation (€)",
	SE:           "Standard error of the mean (€)",
	P5:           "P5 (€)",
	P50:          "Median (€)",
	P95:          "P95 (€)",
	ProbPositive: "P(NPV > 0)",
	PerPerson:    "Mean per person (€)",
	PerPersonP5:  "P5 per person (€)",
	PerPersonP95: "P95 per person (€)",
	Item:         "Item",
	ItemKey:      "Key",
	Year:         "Calendar year",
	Outcome:      "Outcome",
	Key:          "Key",
	Month:        "Month",
	Label:        "Description",
	Value:        "Value",
	Distribution: "Distribution",
	Source:       "Source",
	Property:     "Property",

	NoItems:       "These results hold no breakdown by line item.",
	NoYears:       "These results hold no budget per calendar year.",
	NoAssumptions: "No assumptions were passed when this workbook was made.",
	YearsNote:     "Undiscounted, in euros of the price year; scenario minus baseline.",
	YearsStart:    "The first year starts in month %d of %d; the last ends with the horizon.",

	NotUsedCohortFile: "not used: the persons of the cohort file %s replace it",
	PartlyCohortFile:  "used only for persons whose row in the cohort file %s has no entry_month",

	Average:      "Mean",
	BaselineMean: "Baseline (mean)",

	Tool:           "Tool",
	Version:        "Version",
	Seed:           "Seed",
	Iterations:     "Iterations",
	Horizon:        "Horizon (months)",
	DiscountRate:   "Discount rate",
	PriceYear:      "Price year",
	Baseline:       "Baseline",
	PersonMonths:   "Person-months simulated",
	CohortSize:     "Cohort size",
	SHA256:         "SHA-256 of the inputs",
	Command:        "Command",
	Overrides:      "Overridden parameters (--set)",
	CohortSizeFlag: "Cohort size (--cohort-size)",
	CohortFileName: "Cohort file",
	CohortFile:     "SHA-256 of the cohort file",
	NoOverrides:    "none",
	AmountsNote: "Amounts are net present values (NPV) of a scenario minus the baseline, for the whole cohort; " +
		"positive = the party is better off. Society is the sum of the seven parties.",
	ZeroNote: "n/a for the chance: the party has no cash flows that differ from the baseline.",

	SensScenario: "Scenario and baseline",
	SensMethod:   "Method",
	SensSamples:  "Samples",
	Tornado:      "Tornado: NPV with one assumption at its p10 and p90, the others at base",
	Sobol:        "Sobol indices: share of the variance per assumption",
	EVPI:         "EVPI: expected value of perfect information",
	EVPPI:        "EVPPI: value of perfect information on one assumption",
	Breakeven:    "Break-even: the value at which the mean NPV is zero",
	Notes:        "Caveats",
	Param:        "Assumption",
	ParamKey:     "Key",
	LowValue:     "Low value (p10)",
	HighValue:    "High value (p90)",
	AtLow:        "NPV at low (€)",
	AtHigh:       "NPV at high (€)",
	Swing:        "Swing high − low (€)",
	SwingSE:      "Standard error of the swing (€)",
	Noise:        "Indistinguishable from chance",
	FirstOrder:   "First order",
	FirstLo:      "First order, 95% lower bound",
	FirstHi:      "First order, 95% upper bound",
	TotalOrder:   "Total",
	TotalLo:      "Total, 95% lower bound",
	TotalHi:      "Total, 95% upper bound",
	Chance:       "chance within the cohort",
	Cohort:       "Whole cohort (€)",
	Best:         "Best option",
	Distinct:     "Distinguishable from zero",
	Raw:          "Uncorrected (€)",
	NoiseFloor:   "Noise floor (€)",
	Option:       "Option",
	ProbBest:     "P(best for society)",
	Roots:        "Break-even value",
	NoRoot:       "no break-even in the range searched",
	Message:      "Explanation",
	NPVAt:        "Mean NPV (€)",
}

// textFor returns the strings of lang: English for "en", Dutch otherwise.
func textFor(lang string) *text {
	if lang == "en" {
		return &textEN
	}
	return &textNL
}

// party is the name of stakeholder k.
func (t *text) party(k int) string { return i18n.Stakeholder(model.Stakeholder(k), t.lang) }

// state is the name of state k.
func (t *text) state(k int) string { return i18n.State(model.State(k), t.lang) }
