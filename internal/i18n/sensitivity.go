package i18n

import (
	"strings"

	"github.com/vwnw/vwnw/model"
)

// Sensitivity holds the strings of the plain-text table that vwnw
// sensitivity prints (package output), in one language. Format verbs mark
// what the writer fills in; counts come as [Count] writes them, so "%s
// months" is never "1 months".
type Sensitivity struct {
	// Header: version, method, scenario, baseline, seed, horizon (a count
	// of months), price year, cohort (a count of persons).
	Header  string
	Reading string
	// More: the number of rows not shown.
	More string
	// LabelCol heads the column of the parameters' readable names.
	LabelCol string

	// Tornado. TornadoSE: the number of standard errors.
	TornadoSE   string
	TornadoHead string // party, NPV with every parameter at its median (an amount in Dutch, a number in English)
	TornadoFlat string
	TornadoCols [7]string // parameter, p10, p90, NPV at p10, NPV at p90, swing, SE

	// Sobol. SobolHead: party; SobolChance: chance's share with its
	// interval; SobolChanceShare: the share in percent, then the sum of
	// the total orders and of the first orders.
	SobolHead        string
	SobolChance      string
	SobolChanceShare string
	SobolCols        [3]string // parameter or group, first order, total order

	// EVPI. EVPIOptions: the options, the best for society on average.
	// EVPIShare precedes the share of parameter sets in which each option
	// is best; EVPIShareItem: option, share.
	EVPIOptions   string
	EVPIShare     string
	EVPIShareItem string
	EVPICols      [4]string // who chooses, cohort, per person, best on average
	EVPPIIntro    string
	EVPPIZero     string    // party
	EVPPIHead     string    // party
	EVPPICols     [5]string // parameter, cohort, per person, raw, noise floor

	// Break-even. BreakevenCol: the stakeholder; BreakevenCount: the
	// evaluations, the iterations of each (counts).
	BreakevenCol   string
	BreakevenMark  string
	BreakevenCount string

	// Notes heads the notes of the analysis, each a bullet.
	Notes string
}

var sensitivityEN = Sensitivity{
	Header:   "vwnw %s sensitivity (%s): %s against %s, seed %d, horizon %s, euros of %d, cohort of %s\n",
	Reading:  "NPV = scenario minus baseline for the whole cohort; positive = better off. Common random numbers throughout: the same persons and events in every run.\n",
	More:     "  … %d more (--top 0 shows all; --json has every number)\n",
	LabelCol: "name",

	TornadoSE:   "SE: Monte-Carlo standard error of the swing; ~: the swing is within %d SE of zero, not distinguishable from noise.\n",
	TornadoHead: "\n%s — NPV with every parameter at its median: %s €\n",
	TornadoFlat: "  no cash flows that differ from the baseline: no parameter moves this NPV from zero\n",
	TornadoCols: [7]string{"parameter", "p10", "p90", "NPV at p10 €", "NPV at p90 €", "swing €", "SE €"},

	SobolHead:        "\n%s — Sobol indices, estimate [95%% interval]",
	SobolChance:      "; chance within the cohort: %s",
	SobolChanceShare: "  %s%% of the variance is chance within the cohort: total orders include each parameter's\n  interactions with it (they add up to %s, first orders to %s); read first orders for effects on average.\n",
	SobolCols:        [3]string{"parameter or group", "first order", "total order"},

	EVPIOptions:   "\nOptions: %s. Best for society on average: %s.\n",
	EVPIShare:     "Share of parameter sets in which each option is best for society:",
	EVPIShareItem: " %s %s%%",
	EVPICols:      [4]string{"EVPI, who chooses", "cohort €", "per person €", "best on average"},
	EVPPIIntro:    "\nEVPPI net of its noise floor (what the regression finds with the parameter's values permuted);\n~: not distinguishable from zero, read as zero.\n",
	EVPPIZero:     "\n%s — EVPPI: zero for every parameter (this party's NPV does not depend on the choice)\n",
	EVPPIHead:     "\n%s — EVPPI, which study first\n",
	EVPPICols:     [5]string{"parameter or group", "cohort €", "per person €", "raw €", "noise floor €"},

	BreakevenCol:   "mean NPV of %s €",
	BreakevenMark:  "← break-even",
	BreakevenCount: "  (%s of %s each)\n",

	Notes: "\nNotes:\n",
}

var sensitivityNL = Sensitivity{
	Header:   "vwnw %s gevoeligheid (%s): %s ten opzichte van %s, seed %d, horizon %s, euro's van %d, groep van %s\n",
	Reading:  "NCW = scenario min nul-alternatief voor de hele groep; positief = beter af. Overal gemeenschappelijke toevalsgetallen: dezelfde personen en gebeurtenissen in elke run.\n",
	More:     "  … nog %d (--top 0 toont alle; --json heeft elk getal)\n",
	LabelCol: "naam",

	TornadoSE:   "SE: Monte-Carlo-standaardfout van de zwaai; ~: de zwaai ligt binnen %d SE van nul en is niet van ruis te onderscheiden.\n",
	TornadoHead: "\n%s — NCW met elke parameter op zijn mediaan: %s\n",
	TornadoFlat: "  geen kasstromen die van het nul-alternatief verschillen: geen parameter brengt deze NCW van nul af\n",
	TornadoCols: [7]string{"parameter", "p10", "p90", "NCW bij p10 €", "NCW bij p90 €", "zwaai €", "SE €"},

	SobolHead:        "\n%s — Sobol-indices, schatting [95%%-interval]",
	SobolChance:      "; toeval binnen de groep: %s",
	SobolChanceShare: "  %s%% van de variantie is toeval binnen de groep: de totale orde bevat de wisselwerking van elke parameter\n  daarmee (samen %s, de eerste orde samen %s); lees de eerste orde voor wat een parameter gemiddeld doet.\n",
	SobolCols:        [3]string{"parameter of groep", "eerste orde", "totale orde"},

	EVPIOptions:   "\nOpties: %s. Gemiddeld het beste voor de maatschappij: %s.\n",
	EVPIShare:     "Aandeel van de parametersets waarin elke optie het beste is voor de maatschappij:",
	EVPIShareItem: " %s %s%%",
	EVPICols:      [4]string{"EVPI, wie kiest", "groep €", "per persoon €", "gemiddeld beste"},
	EVPPIIntro:    "\nEVPPI na aftrek van de ruisvloer (wat de regressie vindt met de waarden van de parameter geschud);\n~: niet van nul te onderscheiden, lees als nul.\n",
	EVPPIZero:     "\n%s — EVPPI: nul voor elke parameter (de NCW van deze partij hangt niet van de keuze af)\n",
	EVPPIHead:     "\n%s — EVPPI, welk onderzoek eerst\n",
	EVPPICols:     [5]string{"parameter of groep", "groep €", "per persoon €", "ruw €", "ruisvloer €"},

	BreakevenCol:   "gem. NCW van %s €",
	BreakevenMark:  "← omslagpunt",
	BreakevenCount: "  (%s van elk %s)\n",

	Notes: "\nToelichting:\n",
}

// SensitivityText returns the sensitivity table's strings in lang: Dutch
// for "nl", English otherwise (the terminal's default).
func SensitivityText(lang string) *Sensitivity {
	if lang == "nl" {
		return &sensitivityNL
	}
	return &sensitivityEN
}

// SensitivityNotes returns the notes of sn in lang: the Dutch ones
// (notes_nl) in Dutch, the English ones (notes) otherwise. A note without
// its Dutch text, or results without notes_nl at all (written before the
// notes were translated), fall back to English. When notes_nl does not
// have one entry per note, the two cannot be matched and the English notes
// are returned.
func SensitivityNotes(sn *model.Sensitivity, lang string) []string {
	if lang != "nl" || len(sn.NotesNL) == 0 {
		return sn.Notes
	}
	if len(sn.Notes) == 0 {
		return sn.NotesNL
	}
	if len(sn.NotesNL) != len(sn.Notes) {
		return sn.Notes
	}
	out := make([]string, len(sn.Notes))
	for i, en := range sn.Notes {
		out[i] = en
		if nl := sn.NotesNL[i]; strings.TrimSpace(nl) != "" {
			out[i] = nl
		}
	}
	return out
}

// BreakevenMessage returns the sentence that states the break-even finding
// of b in lang: the engine's own (message_nl in Dutch, message otherwise),
// or, when the results lack it, the same sentence made anew
// ([BreakevenSentence]); "" when there is neither a message nor a grid.
func BreakevenMessage(b *model.Breakeven, lang string) string {
	message := b.Message
	if lang == "nl" {
		message = b.MessageNL
	}
	if message != "" {
		return message
	}
	if len(b.Grid) == 0 {
		return b.Message
	}
	return BreakevenSentence(b, lang)
}
