package i18n

// Calibrate holds the strings of the table that vwnw calibrate prints
// (package output), in one language. Format verbs mark what the writer
// fills in; counts come as [Count] writes them.
type Calibrate struct {
	// Header: version, scenario, observation.
	Header string
	// Observed: entrants (a count), first and last month of entry, the
	// entries per month, the date counted, its month of the simulation.
	Observed string
	// Method: iterations (a count); Method2: seed, simulations (a count),
	// seconds.
	Method  string
	Method2 string
	// Shipped follows the name of a shipped scenario or observation.
	Shipped string

	// The fitted values. Interval: the level in percent.
	KeyCol, StartCol, EstimateCol string
	Interval                      string
	Profile                       string
	// Each: the key.
	OpenBoth, OpenBelow, OpenAbove string
	// NotIdentified: the key, why (one of Reasons).
	NotIdentified string
	// Reasons: the data bound it on neither side; covers more than half of
	// the range lo–hi; spans more than a factor; the same from the upper
	// limit.
	Reasons [4]string
	// World: the keys, the scenario; WorldOne for one key, WorldMany for
	// several.
	WorldOne, WorldMany string

	// The categories.
	CategoryCols [5]string // category, observed, share, simulated, expected
	Total        string
	Categories   [5]string // stopped, new job, work + schooling, education, still searching
	// Continuing: the number who continued; the lines: label, observed
	// count, its share, the simulated share.
	Continuing  string
	Work        string
	WorkEdu     string
	ObsSim      string
	Fit         string // G², X², degrees of freedom (a count)
	FitP        string // p of G², p of X²
	MinExpected string // the smallest expected count
	Wrote       string // file, command
	WorldSet    string // the --set flags
}

var calibrateEN = Calibrate{
	Header:   "vwnw %s: calibrate %s to %s\n",
	Observed: "Observed: %s %s to %s (%s per month), counted on %s (month %d of the simulation)\n",
	Method:   "Multinomial likelihood of the counts under the simulated shares; %s of the observed cohort,\n",
	Method2:  "seed %d in every evaluation (common random numbers); Nelder–Mead; %s in %s s.\n\n",
	Shipped:  " (shipped)",

	KeyCol: "key", StartCol: "start", EstimateCol: "estimate",
	Interval:      "%s%% interval",
	Profile:       "(profile likelihood)",
	OpenBoth:      "  %s: the data bound it on neither side; the interval runs to the key's limits\n",
	OpenBelow:     "  %s: the data do not bound it from below; the interval runs to the key's lower limit\n",
	OpenAbove:     "  %s: the data do not bound it from above; the interval runs to the key's upper limit\n",
	NotIdentified: "  %s: NOT IDENTIFIED: %s; the data do not pin it down, and --write writes nothing\n",
	Reasons: [4]string{"the data bound it on neither side",
		"its interval covers more than half of the range %s–%s the key allows",
		"its interval spans more than a factor of %d",
		"its interval spans more than a factor of %d (measured from the key's upper limit)"},
	WorldOne: "  %s: a key of the world the scenario shares with its baseline, fitted here to the participants of\n" +
		"  %s: what they did without the intervention cannot be told apart from its effect (no control group),\n" +
		"  so the fitted value is confounded with the effects of the scenario's interventions.\n",
	WorldMany: "  %s: keys of the world the scenario shares with its baseline, fitted here to the participants of\n" +
		"  %s: what they did without the intervention cannot be told apart from its effect (no control group),\n" +
		"  so the fitted values are confounded with the effects of the scenario's interventions.\n",

	CategoryCols: [5]string{"category", "observed", "share", "simulated", "expected"},
	Total:        "total",
	Categories:   [5]string{"stopped, did not start or stayed", "new job", "work + schooling", "education", "still searching"},
	Continuing:   "\n  of the %s continuing (all but stopped):\n",
	Work:         "in work or work + schooling",
	WorkEdu:      "in work, work + schooling or education",
	ObsSim:       "observed %s (%s)   simulated %s",
	Fit:          "\n  goodness of fit: G² = %s, Pearson X² = %s, %s",
	FitP:         ", p = %s (G²), %s (X²)",
	MinExpected:  "  (smallest expected count %s: with expected counts below 5 the χ² p-values are rough)\n",
	Wrote:        "\nwrote %s; try: %s\n",
	WorldSet:     "(the fit assumed %s, which a scenario cannot set apart from its baseline: repeat it with --set)\n",
}

var calibrateNL = Calibrate{
	Header:   "vwnw %s: kalibratie van %s op %s\n",
	Observed: "Waargenomen: %s van %s tot en met %s (%s per maand), geteld op %s (maand %d van de simulatie)\n",
	Method:   "Multinomiale likelihood van de aantallen onder de gesimuleerde aandelen; %s van de waargenomen groep,\n",
	Method2:  "seed %d in elke evaluatie (gemeenschappelijke toevalsgetallen); Nelder–Mead; %s in %s s.\n\n",
	Shipped:  " (meegeleverd)",

	KeyCol: "sleutel", StartCol: "start", EstimateCol: "schatting",
	Interval:      "%s%%-interval",
	Profile:       "(profiellikelihood)",
	OpenBoth:      "  %s: de gegevens begrenzen de waarde aan geen van beide kanten; het interval loopt tot de grenzen van de sleutel\n",
	OpenBelow:     "  %s: de gegevens begrenzen de waarde niet naar onderen; het interval loopt tot de ondergrens van de sleutel\n",
	OpenAbove:     "  %s: de gegevens begrenzen de waarde niet naar boven; het interval loopt tot de bovengrens van de sleutel\n",
	NotIdentified: "  %s: NIET GEÏDENTIFICEERD: %s; de gegevens leggen de waarde niet vast, en --write schrijft niets\n",
	Reasons: [4]string{"de gegevens begrenzen de waarde aan geen van beide kanten",
		"het interval beslaat meer dan de helft van het bereik %s–%s dat de sleutel toestaat",
		"het interval beslaat meer dan een factor %d",
		"het interval beslaat meer dan een factor %d (gemeten vanaf de bovengrens van de sleutel)"},
	WorldOne: "  %s: een sleutel van de wereld die het scenario met zijn nul-alternatief deelt, hier geschat op de deelnemers van\n" +
		"  %s: wat zij zonder de interventie deden, is niet van het effect ervan te onderscheiden (geen controlegroep),\n" +
		"  dus de geschatte waarde is vermengd met de effecten van de interventies van het scenario.\n",
	WorldMany: "  %s: sleutels van de wereld die het scenario met zijn nul-alternatief deelt, hier geschat op de deelnemers van\n" +
		"  %s: wat zij zonder de interventie deden, is niet van het effect ervan te onderscheiden (geen controlegroep),\n" +
		"  dus de geschatte waarden zijn vermengd met de effecten van de interventies van het scenario.\n",

	CategoryCols: [5]string{"categorie", "waargenomen", "aandeel", "gesimuleerd", "verwacht"},
	Total:        "totaal",
	Categories:   [5]string{"gestopt, niet begonnen of gebleven", "nieuw werk", "werk + scholing", "opleiding", "zoekt nog"},
	Continuing:   "\n  van de %s die doorgingen (allen behalve gestopt):\n",
	Work:         "in werk of werk + scholing",
	WorkEdu:      "in werk, werk + scholing of opleiding",
	ObsSim:       "waargenomen %s (%s)   gesimuleerd %s",
	Fit:          "\n  aanpassing: G² = %s, Pearson X² = %s, %s",
	FitP:         ", p = %s (G²), %s (X²)",
	MinExpected:  "  (kleinste verwachte aantal %s: bij verwachte aantallen onder 5 zijn de p-waarden van de χ²-toets ruw)\n",
	Wrote:        "\n%s geschreven; probeer: %s\n",
	WorldSet:     "(de schatting nam %s aan, wat een scenario niet los van zijn nul-alternatief kan zetten: herhaal het met --set)\n",
}

// CalibrateText returns the calibration table's strings in lang: Dutch for
// "nl", English otherwise (the terminal's default).
func CalibrateText(lang string) *Calibrate {
	if lang == "nl" {
		return &calibrateNL
	}
	return &calibrateEN
}
