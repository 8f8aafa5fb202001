package i18n

// Terminal holds the strings of the plain-text table and the Markdown that
// compare and run print (package output), in one language. Format verbs
// mark what the writers fill in; the column widths are the writers'.
type Terminal struct {
	// Header: version, iterations (a count, as Count writes it), seed,
	// horizon (a count of months), discount rate, price year.
	Header  string
	Against string // the baseline's name
	// Scenario: name, title, cohort size.
	Scenario   string
	Cols       [6]string
	Rule       string
	NoFlows    string // the parties without cash flows
	OutcomeCol string
	Outcomes   [12]string
	// Footer: person-months, seconds, workers (counts).
	Footer string

	// The breakdown by line item (compare --breakdown). Breakdown: the
	// baseline's name, price year.
	Breakdown string
	ItemCol   string
	ItemHeads [8]string // the stakeholders, short
	ItemTotal string    // the totals row
	// Carried: the first calendar year without Dutch rules of its own.
	Carried string

	// Markdown: baseline, price year, iterations, seed, horizon (counts).
	MDHeader  string
	MDStake   string
	MDOutcome string

	// Wrote, on stderr after --out: the directory, the files written in
	// it.
	Wrote string
	// WroteFile, on stderr after report -o or cohort template: the file.
	WroteFile string
	// WroteTemplate, after cohort template: the file, twice.
	WroteTemplate string
}

var terminalEN = Terminal{
	Header:     "vwnw %s: %s, seed %d, horizon %s, discount rate %s, euros of %d\n",
	Against:    "Net present value against the baseline %q; positive = better off. Transfers cancel out in society.\n",
	Scenario:   "\n%s — %s (cohort %d)\n",
	Cols:       [6]string{"stakeholder", "mean NPV €", "p5", "p95", "per person", "P(NPV>0)"},
	Rule:       "  ------------------------------------------------------------------------------------\n",
	NoFlows:    "  n/a: no cash flows that differ from the baseline (%s)\n",
	OutcomeCol: "outcome (mean)",
	Outcomes: [12]string{"in a new job at 6 months", "in a new job at 12 months", "in a new job at 24 months",
		"months unemployed", "months on WW", "months on bijstand", "new / old wage",
		"resource cost per participant", "new jobs in another sector",
		"case-manager capacity used", "months waiting for a case manager", "coached within the month"},
	Footer:    "\n%s simulated in %s s on %s.\n",
	Breakdown: "\nMean NPV by line item against the baseline %q, euros of %d; positive = better off. Transfers cancel out in society.\n",
	ItemCol:   "item",
	ItemHeads: [8]string{"workers", "releasing", "receiving", "UWV", "munic.", "insurers", "treasury", "society"},
	ItemTotal: "NPV",
	Carried:   "Dutch rules from %d on: those of the last table, carried forward in real terms (docs/rules.md).\n",
	MDHeader:  "NPV against `%s`, euros of %d, %s, seed %d, horizon %s.\n",
	MDStake:   "\n### %s\n\n| stakeholder | mean | p5 | p95 | P(NPV > 0) |\n|---|---:|---:|---:|---:|\n",
	MDOutcome: "\n| outcome | mean | p5 | p95 |\n|---|---:|---:|---:|\n",

	Wrote:         "wrote %s: %s\n",
	WroteFile:     "wrote %s\n",
	WroteTemplate: "wrote %s; fill in one row per person, then: vwnw validate %s\n",
}

var terminalNL = Terminal{
	Header:     "vwnw %s: %s, seed %d, horizon %s, discontovoet %s, euro's van %d\n",
	Against:    "Netto contante waarde ten opzichte van het nul-alternatief %q; positief = beter af. Overdrachten vallen weg in de maatschappij.\n",
	Scenario:   "\n%s — %s (groep van %d)\n",
	Cols:       [6]string{"partij", "gem. NCW €", "p5", "p95", "per persoon", "P(NCW>0)"},
	Rule:       "  ----------------------------------------------------------------------------------------\n",
	NoFlows:    "  n.b.: geen kasstromen die van het nul-alternatief verschillen (%s)\n",
	OutcomeCol: "uitkomst (gemiddeld)",
	Outcomes: [12]string{"in nieuw werk na 6 maanden", "in nieuw werk na 12 maanden", "in nieuw werk na 24 maanden",
		"maanden werkloos", "maanden in de WW", "maanden in de bijstand", "nieuw / oud loon",
		"kosten per deelnemer", "nieuw werk in een andere sector",
		"benutte capaciteit casemanagers", "maanden wachten op een casemanager", "binnen de maand begeleid"},
	Footer:    "\n%s gesimuleerd in %s s op %s.\n",
	Breakdown: "\nGemiddelde NCW per post ten opzichte van het nul-alternatief %q, euro's van %d; positief = beter af. Overdrachten vallen weg in de maatschappij.\n",
	ItemCol:   "post",
	ItemHeads: [8]string{"werknemers", "latend", "ontvangend", "UWV", "gemeenten", "verzek.", "Rijk", "maatsch."},
	ItemTotal: "NCW",
	Carried:   "Nederlandse regels vanaf %d: die van de laatste tabel, in reële termen doorgetrokken (docs/rules.md).\n",
	MDHeader:  "Netto contante waarde ten opzichte van `%s`, euro's van %d, %s, seed %d, horizon %s.\n",
	MDStake:   "\n### %s\n\n| partij | gemiddeld | p5 | p95 | P(NCW > 0) |\n|---|---:|---:|---:|---:|\n",
	MDOutcome: "\n| uitkomst | gemiddeld | p5 | p95 |\n|---|---:|---:|---:|\n",

	Wrote:         "geschreven in %s: %s\n",
	WroteFile:     "%s geschreven\n",
	WroteTemplate: "%s geschreven; vul één rij per persoon in, dan: vwnw validate %s\n",
}

// TerminalText returns the terminal strings of lang: Dutch for "nl",
// English otherwise (the terminal's default).
func TerminalText(lang string) *Terminal {
	if lang == "nl" {
		return &terminalNL
	}
	return &terminalEN
}
