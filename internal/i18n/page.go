package i18n

import (
	"html/template"

	"github.com/vwnw/vwnw/model"
)

// Page holds every fixed string of the HTML report (package charts) in one
// language. Format verbs mark what the report fills in.
type Page struct {
	Lang         string
	PageTitle    string
	Intro        string
	Stakeholders [model.NumStakeholders]string
	// StakeholderHeads are the stakeholders with soft hyphens, for the
	// narrow columns of the sensitivity heat tables.
	StakeholderHeads [model.NumStakeholders]string
	States           [model.NumStates]string

	// How to read the numbers.
	ReadingTitle    string
	PositiveMeans   string
	TransfersCancel string

	// Run information.
	RunTitle       string
	Seed           string
	Iterations     string
	Horizon        string
	Months         string
	DiscountRate   string
	PriceYear      string
	Version        string
	PersonMonths   string
	ScenariosTitle string
	Scenario       string
	CohortSize     string
	BaselineMark   string
	SHA256         string
	SHA256Note     string // what the sha256 is a hash of

	// Charts and their reading guides.
	NPVTitle       string
	NPVGuide       string
	NPVAxis        string
	NPVNone        string
	Interval       string
	OccupancyTitle string
	OccupancyGuide string
	MonthAxis      string
	ShareAxis      string
	CashflowTitle  string
	CashflowGuide  string
	CumulativeAxis string
	BreakEven      string
	Stakeholder    string
	BreakEvenMonth string
	NotWithin      string
	NoFlows        string
	FromMonth      string
	BoxTitle       string
	BoxGuide       string
	BoxLabels      [5]string
	ProbTitle      string
	ProbGuide      string
	OutcomesTitle  string
	OutcomesGuide  string
	OutcomeCols    [7]string
	SensTitle      string
	TornadoTitle   string
	TornadoGuide   string
	TornadoAxis    string
	TornadoLow     string
	TornadoHigh    string
	TornadoBase    string
	TornadoMissing string
	SobolTitle     string
	SobolGuide     string
	SobolFirst     string
	SobolTotal     string
	SobolAxis      string
	SobolMissing   string
	SensMissing    string
	TornadoOmitted string
	SobolOmitted   string
	// TornadoOmittedOne and SobolOmittedOne: the same for one parameter.
	TornadoOmittedOne string
	SobolOmittedOne   string
	SobolChance       string // the share of chance within the cohort, for society
	// SobolChanceInner is appended to SobolChance when every sample is
	// the mean of several cohorts; SobolChanceHigh when chance is more
	// than sensitivity.ChanceShareWarn of the variance.
	SobolChanceInner string
	SobolChanceHigh  string

	// Marks of results that cannot be told apart from Monte-Carlo noise.
	TornadoNoiseGuide string // under the tornado chart and table, with sensitivity.NoiseSEs
	TornadoSE         string // label of the standard error of a swing, in tooltips
	NoiseTip          string // appended to a tooltip of a marked value
	EVPPINoiseGuide   string // under the EVPPI chart and table, with the permutations
	EVPPINoneDistinct string // no societal EVPPI is distinguishable from zero
	EVPPITableNoise   string // appended to the EVPPI table's guide when it marks a cell
	EVPPIRaw          string // label of the EVPPI before correction, in tooltips
	EVPPIFloor        string // label of its noise floor, in tooltips

	// The per-stakeholder heat tables of the sensitivity analysis.
	HeatParam            string
	HeatOmittedRel       string
	HeatOmittedRelOne    string // HeatOmittedRel for one parameter
	AmountsThousands     string
	AmountsEuro          string
	TornadoTableTitle    string
	TornadoTableGuide    string
	TornadoParamTip      string
	TornadoCellTip       string
	SobolTableTitle      string
	SobolTableGuide      string
	SobolTableChance     string // appended to the guide when the chance row is present
	SobolTableOmitted    string
	SobolTableOmittedOne string // SobolTableOmitted for one parameter
	SobolCellTip         string
	SobolChanceRow       string
	IntervalTip          string
	EVPPITableTitle      string
	EVPPITableGuide      string
	EVPPITableOmitted    string
	// EVPPITableOmittedOne: EVPPITableOmitted for one assumption left out.
	EVPPITableOmittedOne string
	PerHeadTip           string
	EVPIRow              string

	SensScenario     string
	SensNotes        string
	FooterTitle      string
	FooterAssumption []string

	// Value of information (EVPI, EVPPI) and break-even.
	StakeholdersIn  [model.NumStakeholders]string // as the object of a sentence
	EVPITitle       string
	EVPIIntro       string // parameter sets and cohorts each
	EVPIOption      string
	EVPICohort      string
	EVPIPerHead     string
	EVPIBest        string
	EVPIGuide       string
	EVPIProbBest    string // heading of the options' column
	EVPPITitle      string
	EVPPISeries     string
	EVPPIAxis       string
	EVPPIGuide      string
	EVPPIOmitted    string
	EVPPIZero       string // the parameters left out all have an EVPPI of zero
	EVPPIOmittedOne string // EVPPIOmitted for one parameter left out
	EVPPIZeroOne    string // EVPPIZero for one parameter left out
	// EVPPIFlatEVPI stands instead of the EVPPI chart when society's EVPI
	// is € 0, EVPPIFlat when every societal EVPPI is € 0 or noise.
	EVPPIFlatEVPI    string
	EVPPIFlat        string
	EVPIMissing      string
	CohortOf         string // "one cohort of 30 workers like this one"
	CohortLike       string // the same when the cohort size is unknown
	GroupOf          string // a group's label: its name and its keys
	BreakevenTitle   string
	BreakevenAxis    string
	BreakevenRoot    string
	BreakevenGuide   string
	BreakevenMissing string
}

var pageNL = Page{
	Lang:      "nl",
	PageTitle: "Van werk naar werk: maatschappelijke kosten en baten",
	Intro: "Deze rapportage vergelijkt van-werk-naar-werkarrangementen met het nul-alternatief: " +
		"wie betaalt, wie profiteert, en hoe zeker is dat? De bedragen komen uit een " +
		"Monte-Carlo-microsimulatie van de getroffen werknemers, maand voor maand.",
	Stakeholders:     namesNL.stakeholders,
	StakeholderHeads: namesNL.heads,
	States:           namesNL.states,
	ReadingTitle:     "Zo leest u de bedragen",
	PositiveMeans: "Alle bedragen zijn netto contante waarden van een scenario min het nul-alternatief. " +
		"Een positief bedrag betekent dat een partij er in het scenario op vooruitgaat; een negatief bedrag " +
		"dat zij er per saldo op toelegt.",
	TransfersCancel: "Overdrachten (loon, WW, bijstand, belastingen en premies, transitievergoeding) zijn voor " +
		"de één een kost en voor de ander een baat: voor de maatschappij vallen ze tegen elkaar weg. " +
		"De maatschappij is de som van de zeven partijen; daar tellen alleen echte effecten, " +
		"zoals productie en de inzet van mensen en middelen.",
	RunTitle:       "Over deze berekening",
	Seed:           "Startwaarde (seed)",
	Iterations:     "Iteraties",
	Horizon:        "Horizon",
	Months:         "maanden",
	DiscountRate:   "Discontovoet",
	PriceYear:      "Prijspeil",
	Version:        "Versie",
	PersonMonths:   "Gesimuleerde persoonsmaanden",
	ScenariosTitle: "Scenario's",
	Scenario:       "Scenario",
	CohortSize:     "aantal werknemers",
	BaselineMark:   "nul-alternatief",
	SHA256:         "sha256",
	SHA256Note: "De sha256 is een vingerafdruk van de parameters waarmee is gerekend (na extends en --set, met het " +
		"cohortbestand), niet van het scenariobestand: sha256sum van het bestand geeft een andere waarde.",

	NPVTitle: "Netto contante waarde per partij",
	NPVGuide: "Balk: gemiddelde netto contante waarde voor de hele groep ten opzichte van het nul-alternatief; " +
		"streep: 90%-interval (5e tot 95e percentiel). Rechts van nul gaat een partij erop vooruit.",
	NPVAxis:        "netto contante waarde (€)",
	NPVNone:        "Er is geen scenario naast het nul-alternatief, dus er zijn geen verschillen te tonen.",
	Interval:       "90%-interval",
	OccupancyTitle: "Wie is waar, maand voor maand",
	OccupancyGuide: "Elke kleur is het deel van de groep in die situatie; samen is het steeds 100%. " +
		"Hoe sneller het groene vlak (werk) groeit, hoe sneller mensen een nieuwe baan vinden.",
	MonthAxis:     "maanden na aankondiging van het ontslag",
	ShareAxis:     "aandeel van de groep",
	CashflowTitle: "Opgetelde verdisconteerde kasstroom per partij",
	CashflowGuide: "Elke lijn telt de kasstroom van een partij op tot en met die maand, ten opzichte van het " +
		"nul-alternatief. Waar een lijn boven nul komt en blijft, heeft die partij haar investering terugverdiend.",
	CumulativeAxis: "opgeteld (€)",
	BreakEven:      "Terugverdiend",
	Stakeholder:    "Partij",
	BreakEvenMonth: "vanaf maand",
	NotWithin:      "niet binnen de horizon",
	NoFlows:        "geen kasstromen",
	FromMonth:      "maand %d",
	BoxTitle:       "Spreiding van de maatschappelijke netto contante waarde",
	BoxGuide: "De doos loopt van het 25e tot het 75e percentiel, de streep in de doos is de mediaan en de " +
		"snorharen lopen van het 5e tot het 95e percentiel. Ligt de hele doos boven nul, dan is de uitkomst robuust.",
	BoxLabels: [5]string{"5e percentiel", "25e percentiel", "mediaan", "75e percentiel", "95e percentiel"},
	ProbTitle: "Kans op een positieve netto contante waarde",
	ProbGuide: "Het deel van de iteraties waarin de partij erop vooruitgaat: blauw is waarschijnlijk voordelig, oranje waarschijnlijk nadelig. " +
		"„Geen kasstromen”: het scenario verandert voor die partij niets.",
	OutcomesTitle: "Belangrijkste uitkomsten",
	OutcomesGuide: "Gemiddelden per scenario (niveaus, geen verschillen). Kosten per deelnemer zijn de kosten van de " +
		"interventies per werknemer die meedeed; de loonverhouding is het nieuwe loon gedeeld door het oude.",
	OutcomeCols: [7]string{"in werk na 6 mnd", "in werk na 12 mnd", "in werk na 24 mnd",
		"maanden WW", "maanden bijstand", "kosten per deelnemer", "loonverhouding"},
	SensTitle:    "Gevoeligheid",
	TornadoTitle: "Tornado: welke aanname telt het zwaarst",
	TornadoGuide: "Elke balk toont hoeveel de maatschappelijke netto contante waarde verandert als één aanname op zijn " +
		"10e of 90e percentiel staat en de rest op de basiswaarde. De langste balken bovenaan zijn de aannames om eerst te onderbouwen.",
	TornadoAxis:    "verandering van de maatschappelijke netto contante waarde (€)",
	TornadoLow:     "aanname laag (p10)",
	TornadoHigh:    "aanname hoog (p90)",
	TornadoBase:    "basiswaarde",
	TornadoMissing: "Deze resultaten bevatten geen tornado-analyse (welke aanname telt het zwaarst).",
	SobolTitle:     "Sobol-indices: welk deel van de onzekerheid komt van welke aanname",
	SobolGuide: "Eerste orde: het deel van de spreiding dat een aanname alleen verklaart; totaal: inclusief de " +
		"samenwerking met andere aannames. Strepen: 95%-betrouwbaarheidsinterval. Gesorteerd op de totale index; " +
		"een eerste-orde-index onder nul is steekproefruis.",
	SobolFirst:   "eerste orde",
	SobolTotal:   "totaal",
	SobolAxis:    "aandeel van de variantie",
	SobolMissing: "Deze resultaten bevatten geen Sobol-analyse (welk deel van de onzekerheid van welke aanname komt).",
	SensMissing: "Deze resultaten bevatten nog geen gevoeligheidsanalyse: welke aanname het zwaarst telt, welk deel van de " +
		"onzekerheid van welke aanname komt, wat meer kennis waard is en bij welke waarde van een aanname de netto contante " +
		"waarde nul wordt. Hoe u die toevoegt, staat in de handleiding bij het model (docs/report.md).",
	TornadoOmitted:    "De %d andere aannames staan niet in de grafiek; hun zwaai voor de maatschappij is elk hoogstens %s.",
	SobolOmitted:      "De %d andere aannames staan niet in de grafiek; hun totale index voor de maatschappij is elk hoogstens %s.",
	TornadoOmittedOne: "De andere aanname staat niet in de grafiek; haar zwaai voor de maatschappij is hoogstens %s.",
	SobolOmittedOne:   "De andere aanname staat niet in de grafiek; haar totale index voor de maatschappij is hoogstens %s.",
	SobolChance: "Toeval binnen de groep (wie erin zit en wat hun overkomt) verklaart op zichzelf %s van de variantie van " +
		"de maatschappelijke netto contante waarde (95%%-interval %s tot %s); de eerste-orde-indices van de aannames " +
		"tellen op tot hoogstens de rest.",
	SobolChanceInner: " Elke trekking is het gemiddelde van %d gesimuleerde groepen; dat maakt dit aandeel kleiner.",
	SobolChanceHigh: " Omdat toeval meer dan %s van de variantie is, bevatten de totale indices ook de wisselwerking van elke aanname met dat " +
		"toeval: lees de eerste orde voor wat een aanname gemiddeld doet.",
	TornadoNoiseGuide: "~ en lichter: de zwaai ligt binnen %d standaardfouten van nul en is niet van Monte-Carlo-ruis te " +
		"onderscheiden; lees de richting en de plaats in de volgorde daarvan niet (meer iteraties maken het duidelijk).",
	TornadoSE: "standaardfout van de zwaai",
	NoiseTip:  "~ niet van ruis te onderscheiden",
	EVPPINoiseGuide: "De bedragen zijn verminderd met de ruisvloer: wat dezelfde regressie vindt als de waarden van de " +
		"aanname willekeurig over de parametersets worden geschud (%d keer), dus in ruis alleen. ~ en grijs: niet van nul " +
		"te onderscheiden (een toets op 1%%, of minder dan € 1); lees zo'n bedrag als nul.",
	EVPPINoneDistinct: "Geen enkele EVPPI voor de maatschappij is van ruis te onderscheiden: van geen enkel onderzoek naar " +
		"één aanname is aan te tonen dat het meer waard is dan ruis.",
	EVPPITableNoise:   " ~ en grijs: niet van nul te onderscheiden (zie de toelichting bij de grafiek); lees zo'n bedrag als nul.",
	EVPPIRaw:          "vóór correctie",
	EVPPIFloor:        "ruisvloer",
	HeatParam:         "Aanname",
	HeatOmittedRel:    "De %d andere aannames staan niet in de tabel: bij geen enkele partij komen zij boven %s van de grootste waarde in haar kolom.",
	HeatOmittedRelOne: "De andere aanname staat niet in de tabel: bij geen enkele partij komt zij boven %s van de grootste waarde in haar kolom.",
	AmountsThousands:  "bedragen × € 1.000",
	AmountsEuro:       "bedragen in €",
	TornadoTableTitle: "Per partij: verandering van de netto contante waarde van p10 naar p90",
	TornadoTableGuide: "Elke cel: hoeveel de netto contante waarde van die partij verandert als de aanname van haar 10e naar " +
		"haar 90e percentiel gaat, met de andere aannames op hun basiswaarde. Blauw: de hogere waarde is gunstig voor " +
		"die partij, oranje: ongunstig; hoe donkerder, hoe groter ten opzichte van de grootste in die kolom. " +
		"De tabel toont de aannames die voor enige partij het zwaarst wegen, de grafiek erboven die voor de maatschappij: " +
		"een aanname kan in de tabel staan en niet in de grafiek, of omgekeerd.",
	TornadoParamTip: "p10 = %s; p90 = %s",
	TornadoCellTip:  "netto contante waarde bij p10: %s; bij p90: %s",
	SobolTableTitle: "Per partij: totale Sobol-index",
	SobolTableGuide: "Elke cel: het deel van de variantie van de netto contante waarde van die partij dat de aanname " +
		"verklaart, samenwerking met andere aannames inbegrepen; hoe donkerder, hoe groter.",
	SobolTableChance:     " De onderste regel is het deel dat toeval binnen de groep op zichzelf verklaart.",
	SobolTableOmitted:    "De %d andere aannames staan niet in de tabel; hun totale index is voor elke partij hoogstens %s.",
	SobolTableOmittedOne: "De andere aanname staat niet in de tabel; haar totale index is voor elke partij hoogstens %s.",
	SobolCellTip:         "eerste orde %s (95%%: %s tot %s); totaal %s (95%%: %s tot %s)",
	SobolChanceRow:       "toeval binnen de groep",
	IntervalTip:          "95%%-interval: %s tot %s",
	EVPPITableTitle:      "Per partij: EVPPI als die partij kiest",
	EVPPITableGuide: "Elke cel: wat precieze kennis van die aanname gemiddeld waard is voor de partij die tussen de opties " +
		"kiest, voor %s; hoe donkerder, hoe meer (één schaal voor de hele tabel). De onderste regel is de " +
		"EVPI: alle aannames samen.",
	EVPPITableOmitted:    "De %d andere aannames staan niet in de tabel; hun EVPPI is voor elke partij hoogstens %s.",
	EVPPITableOmittedOne: "De andere aanname staat niet in de tabel; haar EVPPI is voor elke partij hoogstens %s.",
	PerHeadTip:           "%s per persoon in de groep",
	EVPIRow:              "EVPI: alle aannames samen",
	SensScenario:         "Scenario van de gevoeligheidsanalyse",
	SensNotes:            "Kanttekeningen",
	FooterTitle:          "Aannames",
	FooterAssumption: []string{
		"Bedragen in euro's van prijspeil %d, in reële termen, verdisconteerd met %s per jaar.",
		"Horizon %s vanaf de aankondiging van het ontslag; effecten daarna tellen niet mee.",
		"%s met startwaarde %d; intervallen zijn het 5e tot 95e percentiel over de iteraties.",
		"De maatschappij is de som van de zeven partijen: overdrachten tussen partijen vallen weg. Niet-geldelijk welzijn telt niet mee.",
		"Alle scenario's gebruiken dezelfde gesimuleerde personen en trekkingen (gemeenschappelijke toevalsgetallen), zodat verschillen precies zijn.",
	},

	StakeholdersIn: namesNL.in,
	EVPITitle:      "EVPI: wat volledige kennis van de aannames waard is",
	EVPIIntro:      "Berekend over %s parametersets van %s elk.",
	EVPIOption:     "Optie",
	EVPICohort:     "EVPI voor de groep",
	EVPIPerHead:    "per persoon in de groep",
	EVPIBest:       "gemiddeld beste optie",
	EVPIGuide: "Lees zo: de EVPI is het meeste dat een partij gemiddeld zou winnen als zij alle onzekere aannames precies " +
		"kende voordat zij tussen de opties kiest, voor %s. Zoveel kan al het onderzoek naar deze aannames samen " +
		"hoogstens waard zijn; onderzoek dat meer kost, loont niet voor één zo'n groep. De gemiddeld beste optie is " +
		"wat de partij zonder die kennis zou kiezen.",
	EVPIProbBest: "kans dat zij voor de maatschappij het best is",
	EVPPITitle:   "EVPPI: wat kennis van één aanname waard is",
	EVPPISeries:  "EVPPI maatschappij, hele groep",
	EVPPIAxis:    "EVPPI voor de maatschappij (€)",
	EVPPIGuide: "Lees zo: elke balk is het meeste dat een onderzoek naar die ene aanname (of groep aannames) voor de " +
		"maatschappij waard kan zijn, voor %s: zoveel zou de keuze tussen de opties gemiddeld beter worden als die " +
		"aanname precies bekend was. Onderzoek eerst de aanname met de langste balk; bij nul verandert meer kennis de keuze niet.",
	EVPPIOmitted:    "De %d andere aannames staan niet in de grafiek; hun EVPPI is elk hoogstens %s.",
	EVPPIZero:       "De %d andere aannames staan niet in de grafiek: hun EVPPI voor de maatschappij is € 0.",
	EVPPIOmittedOne: "De andere aanname staat niet in de grafiek; haar EVPPI is hoogstens %s.",
	EVPPIZeroOne:    "De andere aanname staat niet in de grafiek: haar EVPPI voor de maatschappij is € 0.",
	EVPPIFlatEVPI: "Geen grafiek van de EVPPI: de EVPI voor de maatschappij is € 0. In elke parameterset is dezelfde optie " +
		"het beste voor de maatschappij, dus kennis van geen enkele aanname verandert de keuze; onderzoek ernaar levert de maatschappij niets op.",
	EVPPIFlat:      "Geen grafiek van de EVPPI: voor de maatschappij is de EVPPI van elke aanname € 0 of niet van ruis te onderscheiden.",
	EVPIMissing:    "Deze resultaten bevatten geen EVPI-analyse (wat meer kennis over de aannames waard is).",
	CohortOf:       "één groep van %s zoals deze",
	CohortLike:     "één groep werknemers zoals deze",
	GroupOf:        "%s (groep: %s)",
	BreakevenTitle: "Omslagpunt: bij welke waarde van een aanname de netto contante waarde nul wordt",
	BreakevenAxis:  "gemiddelde netto contante waarde (€)",
	BreakevenRoot:  "omslagpunt",
	BreakevenGuide: "Lees zo: de lijn is de gemiddelde netto contante waarde voor %s ten opzichte van het nul-alternatief " +
		"bij elke waarde van de aanname, met alle andere aannames zoals in het scenario; de rode stippellijn is nul en " +
		"een ruit markeert waar de lijn nul kruist. Tussen de rekenpunten is de lijn rechtgetrokken.",
	BreakevenMissing: "Deze resultaten bevatten geen omslagpunt (bij welke waarde van een aanname de netto contante waarde nul wordt).",
}

var pageEN = Page{
	Lang:      "en",
	PageTitle: "Job to job: social costs and benefits",
	Intro: "This report compares job-to-job arrangements with the baseline: who pays, who gains, " +
		"and how certain is that? The amounts come from a Monte Carlo microsimulation of the workers " +
		"concerned, month by month.",
	Stakeholders:     namesEN.stakeholders,
	StakeholderHeads: namesEN.heads,
	States:           namesEN.states,
	ReadingTitle:     "How to read the amounts",
	PositiveMeans: "All amounts are net present values of a scenario minus the baseline. A positive amount " +
		"means a party is better off in the scenario; a negative amount that it pays more than it gains.",
	TransfersCancel: "Transfers (wages, WW, social assistance, taxes and premiums, transition payment) are a cost " +
		"to one party and a gain to another: for society they cancel out. Society is the sum of the seven " +
		"parties; only real effects count there, such as production and the people and resources used.",
	RunTitle:       "About this run",
	Seed:           "Seed",
	Iterations:     "Iterations",
	Horizon:        "Horizon",
	Months:         "months",
	DiscountRate:   "Discount rate",
	PriceYear:      "Price year",
	Version:        "Version",
	PersonMonths:   "Person-months simulated",
	ScenariosTitle: "Scenarios",
	Scenario:       "Scenario",
	CohortSize:     "workers",
	BaselineMark:   "baseline",
	SHA256:         "sha256",
	SHA256Note: "The sha256 is a fingerprint of the parameters the run used (after extends and --set, with the cohort " +
		"file), not of the scenario file: sha256sum of the file gives another value.",

	NPVTitle: "Net present value per party",
	NPVGuide: "Bar: mean net present value for the whole group relative to the baseline; whisker: 90% interval " +
		"(5th to 95th percentile). Right of zero a party is better off.",
	NPVAxis:        "net present value (€)",
	NPVNone:        "There is no scenario besides the baseline, so there are no differences to show.",
	Interval:       "90% interval",
	OccupancyTitle: "Who is where, month by month",
	OccupancyGuide: "Each colour is the share of the group in that situation; together they always make 100%. " +
		"The faster the green area (employed) grows, the faster people find a new job.",
	MonthAxis:     "months since the redundancy was announced",
	ShareAxis:     "share of the group",
	CashflowTitle: "Cumulative discounted cash flow per party",
	CashflowGuide: "Each line adds up a party's cash flow up to that month, relative to the baseline. Where a line " +
		"rises above zero and stays there, that party has earned back its investment.",
	CumulativeAxis: "cumulative (€)",
	BreakEven:      "Break-even",
	Stakeholder:    "Party",
	BreakEvenMonth: "from month",
	NotWithin:      "not within the horizon",
	NoFlows:        "no cash flows",
	FromMonth:      "month %d",
	BoxTitle:       "Spread of the societal net present value",
	BoxGuide: "The box runs from the 25th to the 75th percentile, the line in the box is the median and the " +
		"whiskers run from the 5th to the 95th percentile. If the whole box lies above zero, the result is robust.",
	BoxLabels: [5]string{"5th percentile", "25th percentile", "median", "75th percentile", "95th percentile"},
	ProbTitle: "Chance of a positive net present value",
	ProbGuide: "The share of iterations in which the party is better off: blue is likely favourable, orange likely unfavourable. " +
		"\"No cash flows\": the scenario changes nothing for that party.",
	OutcomesTitle: "Key outcomes",
	OutcomesGuide: "Means per scenario (levels, not differences). Cost per participant is the cost of the " +
		"interventions per worker who took part; the wage ratio is the new wage divided by the old one.",
	OutcomeCols: [7]string{"employed at 6 months", "employed at 12 months", "employed at 24 months",
		"months on WW", "months on social assistance", "cost per participant", "wage ratio"},
	SensTitle:    "Sensitivity",
	TornadoTitle: "Tornado: which assumption matters most",
	TornadoGuide: "Each bar shows how much the societal net present value changes when one assumption is at its " +
		"10th or 90th percentile and the others at base. The longest bars, at the top, are the assumptions to substantiate first.",
	TornadoAxis:    "change in the societal net present value (€)",
	TornadoLow:     "assumption low (p10)",
	TornadoHigh:    "assumption high (p90)",
	TornadoBase:    "base value",
	TornadoMissing: "These results hold no tornado analysis (which assumption matters most).",
	SobolTitle:     "Sobol indices: which share of the uncertainty comes from which assumption",
	SobolGuide: "First order: the share of the variance an assumption explains on its own; total: including its " +
		"interactions with other assumptions. Whiskers: 95% confidence interval. Sorted by the total-order index; " +
		"a first-order index below zero is sampling noise.",
	SobolFirst:   "first order",
	SobolTotal:   "total",
	SobolAxis:    "share of the variance",
	SobolMissing: "These results hold no Sobol analysis (which share of the uncertainty comes from which assumption).",
	SensMissing: "These results hold no sensitivity analysis yet: which assumption matters most, which share of the " +
		"uncertainty comes from which assumption, what better knowledge is worth and at which value of an assumption the " +
		"net present value is zero. How to add one is in the model's manual (docs/report.md).",
	TornadoOmitted:    "The %d other assumptions are not in the chart; their swing for society is at most %s each.",
	SobolOmitted:      "The %d other assumptions are not in the chart; their total-order index for society is at most %s each.",
	TornadoOmittedOne: "The other assumption is not in the chart; its swing for society is at most %s.",
	SobolOmittedOne:   "The other assumption is not in the chart; its total-order index for society is at most %s.",
	SobolChance: "Chance within the cohort (who is in it and what happens to them) explains %s of the variance of the " +
		"societal net present value on its own (95%% interval %s to %s); the first-order indices of the assumptions " +
		"add up to at most the rest.",
	SobolChanceInner: " Each sample is the mean of %d simulated cohorts, which makes this share smaller.",
	SobolChanceHigh: " Because chance is more than %s of the variance, the total-order indices also hold each assumption's interaction with " +
		"that chance: read the first order for what an assumption does on average.",
	TornadoNoiseGuide: "~ and paler: the swing is within %d standard errors of zero and cannot be told apart from " +
		"Monte Carlo noise; do not read its direction or its place in the order (more iterations resolve it).",
	TornadoSE: "standard error of the swing",
	NoiseTip:  "~ not distinguishable from noise",
	EVPPINoiseGuide: "Amounts are net of the noise floor: what the same regression finds when the assumption's values are " +
		"randomly shuffled over the parameter sets (%d times), i.e. in noise alone. ~ and grey: not distinguishable from " +
		"zero (a 1%% test, or less than €1); read such an amount as zero.",
	EVPPINoneDistinct: "No EVPPI for society is distinguishable from noise: no study of a single assumption can be shown " +
		"to be worth more than noise.",
	EVPPITableNoise:   " ~ and grey: not distinguishable from zero (see the note under the chart); read such an amount as zero.",
	EVPPIRaw:          "before correction",
	EVPPIFloor:        "noise floor",
	HeatParam:         "Assumption",
	HeatOmittedRel:    "The %d other assumptions are not in the table: for no party do they exceed %s of the largest value in its column.",
	HeatOmittedRelOne: "The other assumption is not in the table: for no party does it exceed %s of the largest value in its column.",
	AmountsThousands:  "amounts in € thousands",
	AmountsEuro:       "amounts in €",
	TornadoTableTitle: "Per party: change in the net present value from p10 to p90",
	TornadoTableGuide: "Each cell: how much that party's net present value changes when the assumption goes from its 10th " +
		"to its 90th percentile, the other assumptions at base. Blue: the higher value is favourable for that party, " +
		"orange: unfavourable; the darker, the larger relative to the largest in that column. " +
		"The table shows the assumptions that weigh most for any party, the chart above those for society: " +
		"an assumption can be in the table and not in the chart, or the other way round.",
	TornadoParamTip: "p10 = %s; p90 = %s",
	TornadoCellTip:  "net present value at p10: %s; at p90: %s",
	SobolTableTitle: "Per party: total-order Sobol index",
	SobolTableGuide: "Each cell: the share of the variance of that party's net present value that the assumption " +
		"explains, interactions with other assumptions included; the darker, the larger.",
	SobolTableChance:     " The bottom row is the share that chance within the cohort explains on its own.",
	SobolTableOmitted:    "The %d other assumptions are not in the table; their total-order index is at most %s for every party.",
	SobolTableOmittedOne: "The other assumption is not in the table; its total-order index is at most %s for every party.",
	SobolCellTip:         "first order %s (95%%: %s to %s); total %s (95%%: %s to %s)",
	SobolChanceRow:       "chance within the cohort",
	IntervalTip:          "95%% interval: %s to %s",
	EVPPITableTitle:      "Per party: EVPPI when that party chooses",
	EVPPITableGuide: "Each cell: what exact knowledge of that assumption is worth on average to the party choosing between " +
		"the options, for %s; the darker, the more (one scale for the whole table). The bottom row is the " +
		"EVPI: all assumptions together.",
	EVPPITableOmitted:    "The %d other assumptions are not in the table; their EVPPI is at most %s for every party.",
	EVPPITableOmittedOne: "The other assumption is not in the table; its EVPPI is at most %s for every party.",
	PerHeadTip:           "%s per person in the cohort",
	EVPIRow:              "EVPI: all assumptions together",
	SensScenario:         "Scenario of the sensitivity analysis",
	SensNotes:            "Caveats",
	FooterTitle:          "Assumptions",
	FooterAssumption: []string{
		"Amounts in euros of price year %d, in real terms, discounted at %s a year.",
		"Horizon of %s from the announcement of the redundancy; effects after it do not count.",
		"%s with seed %d; intervals are the 5th to 95th percentile over the iterations.",
		"Society is the sum of the seven parties: transfers between parties cancel out. Non-monetary well-being is not included.",
		"All scenarios use the same simulated persons and draws (common random numbers), so differences are precise.",
	},

	StakeholdersIn: namesEN.in,
	EVPITitle:      "EVPI: what perfect knowledge of the assumptions is worth",
	EVPIIntro:      "Computed over %s parameter sets of %s each.",
	EVPIOption:     "Option",
	EVPICohort:     "EVPI for the cohort",
	EVPIPerHead:    "per person in the cohort",
	EVPIBest:       "best option on average",
	EVPIGuide: "How to read: the EVPI is the most a party would gain on average if it knew every uncertain assumption " +
		"exactly before choosing between the options, for %s. It is the most that all research into these assumptions " +
		"together could be worth; research that costs more does not pay for one such cohort. The best option on " +
		"average is what the party would choose without that knowledge.",
	EVPIProbBest: "chance that it is best for society",
	EVPPITitle:   "EVPPI: what knowledge of one assumption is worth",
	EVPPISeries:  "EVPPI society, whole cohort",
	EVPPIAxis:    "EVPPI for society (€)",
	EVPPIGuide: "How to read: each bar is the most a study of that one assumption (or group of assumptions) could be " +
		"worth to society, for %s: how much better the choice between the options would be on average if that " +
		"assumption were known exactly. Study the assumption with the longest bar first; at zero, better knowledge does not change the choice.",
	EVPPIOmitted:    "The %d other assumptions are not in the chart; their EVPPI is at most %s each.",
	EVPPIZero:       "The %d other assumptions are not in the chart: their EVPPI for society is €0.",
	EVPPIOmittedOne: "The other assumption is not in the chart; its EVPPI is at most %s.",
	EVPPIZeroOne:    "The other assumption is not in the chart: its EVPPI for society is €0.",
	EVPPIFlatEVPI: "No EVPPI chart: society's EVPI is €0. The same option is best for society in every parameter set, " +
		"so knowing no assumption changes the choice; research into them gains society nothing.",
	EVPPIFlat:      "No EVPPI chart: for society the EVPPI of every assumption is €0 or cannot be told apart from noise.",
	EVPIMissing:    "These results hold no EVPI analysis (what better knowledge of the assumptions is worth).",
	CohortOf:       "one cohort of %s like this one",
	CohortLike:     "one cohort of workers like this one",
	GroupOf:        "%s (group: %s)",
	BreakevenTitle: "Break-even: the value of an assumption at which the net present value is zero",
	BreakevenAxis:  "mean net present value (€)",
	BreakevenRoot:  "break-even",
	BreakevenGuide: "How to read: the line is the mean net present value for %s relative to the baseline at each value " +
		"of the assumption, with every other assumption as in the scenario; the red dashed line is zero and a diamond " +
		"marks where the line crosses it. Between the computed points the line is drawn straight.",
	BreakevenMissing: "These results hold no break-even analysis (the value of an assumption at which the net present value is zero).",
}

// PageText returns the strings of the report in lang: English for "en",
// Dutch otherwise.
func PageText(lang string) *Page {
	if lang == "en" {
		return &pageEN
	}
	return &pageNL
}

// TornadoMissingHTML is the sentence shown in place of the tornado chart.
// It is a constant of this package, so it may hold markup.
func (t *Page) TornadoMissingHTML() template.HTML { return template.HTML(t.TornadoMissing) }

// SobolMissingHTML is the sentence shown in place of the Sobol chart.
func (t *Page) SobolMissingHTML() template.HTML { return template.HTML(t.SobolMissing) }

// SensMissingHTML is the sentence shown when the results hold no
// sensitivity analysis at all; it names the command of each method.
func (t *Page) SensMissingHTML() template.HTML { return template.HTML(t.SensMissing) }

// EVPIMissingHTML is the sentence shown in place of the EVPI.
func (t *Page) EVPIMissingHTML() template.HTML { return template.HTML(t.EVPIMissing) }

// BreakevenMissingHTML is the sentence shown in place of the break-even chart.
func (t *Page) BreakevenMissingHTML() template.HTML { return template.HTML(t.BreakevenMissing) }
