package i18n

// Notes are the texts of the notes printed with the results of a
// sensitivity analysis (model/sensitivity), in one language. Format verbs
// mark what the analysis fills in; a text that starts with a space or
// punctuation continues another.
type Notes struct {
	TornadoMethod    string
	TornadoNoise     string
	TornadoNoiseOne  string // TornadoNoise when one swing is noise
	TornadoParties   string
	TornadoRaise     string
	EVPISummary      string
	EVPIMeaning      string
	EVPPIMeaning     string
	EVPPIFewSets     string
	EVPPIStable      string
	EVPPIUnstable    string
	EVPINoise        string
	EVPINoiseRaise   string
	EVPINoiseHalf    string
	BreakevenSearch  string
	BreakevenMethod  string
	SobolIndependent string
	SobolDesign      string
	SobolChance      string
	SobolFlat        string
	SobolWide        string
	SobolNegative    string
	ChanceWarning    string
	ChanceTotals     string
	ChanceExample    string
	ChanceRead       string
	ChanceInner      string
	ChanceRaise      string
	EVPITop          string
	EVPINoneDistinct string
	None             string
	SobolPer         string
	ChanceOthers     string
	// ChanceParties opens the chance warning when chance is a large share
	// for parties other than society only.
	ChanceParties string
}

var notesNL = Notes{
	TornadoMethod: "Eén voor één: elke parameter op zijn p10 en p90, alle andere onzekere parameters op hun mediaan; %s met dezelfde personen en gebeurtenissen per balk, zodat de balken alleen door de parameter verschillen. " +
		"SE is de Monte-Carlo-standaardfout van de zwaai, uit de verschillen per iteratie tussen beide uiteinden; een zwaai binnen %d SE van nul (gemarkeerd met ~) is niet van ruis te onderscheiden.",
	TornadoNoise:    "Let op: bij %s liggen voor de maatschappij %d van de %d zwaaien binnen %d standaardfouten van nul en zijn ze niet van Monte-Carlo-ruis te onderscheiden",
	TornadoNoiseOne: "Let op: bij %s ligt voor de maatschappij %d van de %d zwaaien binnen %d standaardfouten van nul en is die niet van Monte-Carlo-ruis te onderscheiden",
	TornadoParties:  "; voor de partijen: ",
	TornadoRaise:    ". Lees hun richting en volgorde niet; verhoog --iterations om ze te onderscheiden.",
	EVPISummary:     "EVPI voor de maatschappij: %s voor de groep, %s per persoon in de groep (gemiddeld beste optie: %s).",
	EVPIMeaning:     "EVPI: per parameterset de netto contante waarde van de beste optie min die van de gemiddeld beste optie, over %d parametersets van %s elk; elke partij om beurten als degene die kiest. Een bovengrens voor wat onderzoek naar deze parameters waard is.",
	EVPPIMeaning: "EVPPI: hetzelfde voor het kennen van één parameter (of groep), uit een nearest-neighbour-regressie van de netto contante waarde op die parameter, verminderd met de ruisvloer: de gemiddelde EVPPI die de regressie vindt als de waarden van de parameter willekeurig over de parametersets worden geschud (%d keer), dus in ruis alleen. " +
		"Een EVPPI is van nul te onderscheiden als hij die van elke schudding overtreft (een toets op 1%%) en minstens € 1 is; de andere zijn gemarkeerd met ~ en gelden als nul. Parameters worden als onafhankelijk behandeld. Onderzoek eerst de parameter met de grootste te onderscheiden EVPPI.",
	EVPPIFewSets:     "Let op: maar %d parametersets. EVPPI uit een regressie heeft er minstens %s nodig om parameters betrouwbaar te rangschikken; verhoog --iterations.",
	EVPPIStable:      "Stabiel: op elke helft van de parametersets afzonderlijk is de grootste te onderscheiden EVPPI voor de maatschappij opnieuw %s.",
	EVPPIUnstable:    "Let op: de rangorde van de EVPPI is niet stabiel. De grootste van nul te onderscheiden EVPPI voor de maatschappij is %s op de eerste helft van de parametersets, %s op de tweede helft en %s op alle; verhoog --iterations tot ze overeenkomen.",
	EVPINoise:        "Toeval binnen een groep dat over %s per parameterset niet uitgemiddeld wordt, telt in de EVPI nog als informatie mee",
	EVPINoiseRaise:   "; verhoog --inner om dat te verkleinen.",
	EVPINoiseHalf:    ": met %s per set zou de EVPI van de maatschappij %s zijn in plaats van %s; verschillen die veel, verhoog dan --inner.",
	BreakevenSearch:  "Zoek bij andere waarden met --range LO,HI.",
	BreakevenMethod:  "Omslagpunt: het gemiddelde over %s waarin elke andere parameter gewoon getrokken wordt, met bij elke waarde dezelfde personen en gebeurtenissen (gemeenschappelijke toevalsgetallen); de parameter wordt ook in het nul-alternatief gezet als dat hem heeft.",
	SobolIndependent: "De invoer wordt als onafhankelijk behandeld: samenhang tussen parameters is niet gemodelleerd, dus indices van samenhangende parameters (bijv. een hazard en de ratio's daarop) kunnen misleiden.",
	SobolDesign:      "Saltelli-steekproef met %d Monte-Carlo-basistrekkingen%s en %s: %d simulaties van de groep met gemeenschappelijke toevalsgetallen (dezelfde personen en gebeurtenissen); eerste orde volgens Saltelli (2010), totale orde volgens Jansen; bootstrap-95%%-intervallen uit %d hertrekkingen.",
	SobolChance:      "De indices zijn aandelen in de variantie van de netto contante waarde over de trekkingen; daarin zit ook het toeval van wie er in een groep van %s zit en wat hun overkomt: voor de maatschappij verklaart dat toeval alleen al %s (95%% %.0f–%.0f%%).",
	SobolFlat:        "Geen variantie in de netto contante waarde van %s: de indices zijn nul.",
	SobolWide:        "Let op: 95%%-intervallen tot %s breed (voor %s): te weinig trekkingen om de parameters daar te rangschikken; verhoog --iterations.",
	SobolNegative:    "Let op: eerste-orde-indices voor %s liggen verder onder nul dan de steekproeffout verklaart (%s): te weinig trekkingen; verhoog --iterations.",
	ChanceWarning:    "Let op: toeval binnen de groep van %d verklaart %s van de variantie voor de maatschappij",
	ChanceTotals:     ". De totale-orde-indices bevatten dan ook de wisselwerking van elke parameter met dat toeval (hoeveel zijn effect van groep tot groep verschilt), zodat ze voor de maatschappij optellen tot %s tegen %s voor de eerste orde",
	ChanceExample:    ", en kan een parameter een grote totale orde hebben terwijl hij gemiddeld weinig doet (%s: eerste orde %s, totaal %s)",
	ChanceRead:       ". Lees de eerste orde voor wat een parameter gemiddeld doet",
	ChanceInner:      "; middel het toeval uit met meer groepen per trekking (--inner, nu %d; bijv. --inner 10) of een grotere --cohort-size.",
	ChanceRaise:      "; verhoog --inner of --cohort-size om meer ervan uit te middelen.",
	EVPITop:          " Grootste EVPPI die van nul te onderscheiden is: %s, %s voor de groep.",
	EVPINoneDistinct: " Geen EVPPI voor de maatschappij is van nul te onderscheiden: van geen enkel onderzoek is aan te tonen dat het meer waard is dan ruis.",
	None:             "geen",
	SobolPer:         " (elk het gemiddelde van %d groepen)",
	ChanceOthers:     " (ook meer dan %s voor %s)",
	ChanceParties:    "Let op: toeval binnen de groep van %d verklaart meer dan %s van de variantie voor %s (voor de maatschappij %s)",
}

var notesEN = Notes{
	TornadoMethod: "One-way: each parameter at its p10 and p90 with every other uncertain parameter at its median; %s of the same persons and events per bar, so the bars differ by the parameter alone. " +
		"SE is the Monte-Carlo standard error of the swing, from the per-iteration differences between the two ends; a swing within %d SE of zero (marked ~) is not distinguishable from noise.",
	TornadoNoise:    "Warning: at %s, for society %d of %d swings are within %d standard errors of zero and cannot be told apart from Monte-Carlo noise",
	TornadoNoiseOne: "Warning: at %s, for society %d of %d swings is within %d standard errors of zero and cannot be told apart from Monte-Carlo noise",
	TornadoParties:  "; for the parties: ",
	TornadoRaise:    ". Do not read their direction or order; raise --iterations to resolve them.",
	EVPISummary:     "EVPI for society: %s € for the cohort, %s € per person in the cohort (best on average: %s).",
	EVPIMeaning:     "EVPI: per parameter set, the best option's NPV minus that of the option best on average, over %d parameter sets of %s each; each stakeholder in turn as the one who chooses. An upper bound on what any study of these parameters is worth.",
	EVPPIMeaning: "EVPPI: the same for knowing one parameter (or group), from a nearest-neighbour regression of the NPV on it, net of its noise floor: the mean EVPPI the regression finds when the parameter's values are randomly permuted over the parameter sets (%d times), i.e. in noise alone. " +
		"An EVPPI is distinguishable from zero when it exceeds that of every permutation (a 1%% test) and is at least 1 €; the others are marked ~ and should be read as zero. Parameters are treated as independent. Fund first the study of the parameter with the largest distinguishable EVPPI.",
	EVPPIFewSets:     "Warning: only %d parameter sets. EVPPI by regression needs at least %s of them to rank parameters reliably; raise --iterations.",
	EVPPIStable:      "Stable: on each half of the parameter sets alone, the largest distinguishable EVPPI for society is again %s.",
	EVPPIUnstable:    "Warning: the EVPPI ranking is unstable. The largest EVPPI for society distinguishable from zero is %s on the first half of the parameter sets, %s on the second half and %s on all of them; raise --iterations until they agree.",
	EVPINoise:        "Chance within a cohort that is not averaged out over %s per parameter set still counts as information in the EVPI",
	EVPINoiseRaise:   "; raise --inner to shrink it.",
	EVPINoiseHalf:    ": with %s per set society's EVPI would be %s € rather than %s €; if the two differ much, raise --inner.",
	BreakevenSearch:  "Search other values with --range LO,HI.",
	BreakevenMethod:  "Break-even: the mean over %s with every other parameter drawn as usual and the same persons and events at every value (common random numbers); the parameter is set in the baseline too when the baseline has it.",
	SobolIndependent: "Inputs are treated as independent: correlations between parameters are not modelled, so indices of correlated parameters (e.g. a hazard and its ratios) can mislead.",
	SobolDesign:      "Saltelli sampling with %d Monte-Carlo base samples%s and %s: %d runs of the cohort with common random numbers; first order Saltelli (2010), total order Jansen; bootstrap 95%% intervals from %d resamples.",
	SobolChance:      "Indices are shares of the variance of the NPV over the samples, which includes the chance of who is in a cohort of %s and what happens to them: for society that chance alone explains %s (95%% %.0f–%.0f%%).",
	SobolFlat:        "No variance in the NPV of %s: its indices are zero.",
	SobolWide:        "Warning: 95%% intervals up to %s wide (for %s): too few samples to rank the parameters there; increase --iterations.",
	SobolNegative:    "Warning: first-order indices below zero beyond sampling error for %s (%s): too few samples; increase --iterations.",
	ChanceWarning:    "Warning: chance within the cohort of %d explains %s of the variance for society",
	ChanceTotals:     ". Total-order indices then include each parameter's interactions with that chance (how much its effect differs from one cohort to the next), so for society they add up to %s against %s for the first orders",
	ChanceExample:    ", and a parameter can have a large total order while doing little on average (%s: first order %s, total %s)",
	ChanceRead:       ". Read the first orders for what a parameter does on average",
	ChanceInner:      "; to average chance out, simulate several cohorts per sample (--inner, now %d; e.g. --inner 10) or raise --cohort-size.",
	ChanceRaise:      "; raise --inner or --cohort-size to average more of it out.",
	EVPITop:          " Largest EVPPI distinguishable from zero: %s, %s € for the cohort.",
	EVPINoneDistinct: " No EVPPI for society is distinguishable from zero: no single study can be shown to be worth more than noise.",
	None:             "none",
	SobolPer:         " (each the mean of %d cohorts)",
	ChanceOthers:     " (more than %s too for %s)",
	ChanceParties:    "Warning: chance within the cohort of %d explains more than %s of the variance for %s (for society %s)",
}

// NotesText returns the notes' texts in lang: English for "en", Dutch
// otherwise.
func NotesText(lang string) *Notes {
	if lang == "en" {
		return &notesEN
	}
	return &notesNL
}
