package sensitivity

import (
	"fmt"
	"math"
	"strings"

	"github.com/vwnw/vwnw/internal/euro"
	"github.com/vwnw/vwnw/model"
)

// Note is a caveat or warning printed with the results of a sensitivity
// analysis, in English (EN) and in Dutch (NL).
type Note struct {
	EN string
	NL string
}

// AddNotes appends the English texts of notes to s.Notes and the Dutch ones
// to s.NotesNL, which stay in step: NotesNL[i] is Notes[i] in Dutch.
func AddNotes(s *model.Sensitivity, notes ...Note) {
	for _, n := range notes {
		s.Notes = append(s.Notes, n.EN)
		s.NotesNL = append(s.NotesNL, n.NL)
	}
}

// stakeholderNL are the Dutch names of the stakeholders, with the article
// where Dutch uses one ("voor het Rijk").
var stakeholderNL = [model.NumStakeholders]string{
	"werknemers", "latende werkgevers", "ontvangende werkgevers", "UWV",
	"gemeenten", "zorgverzekeraars", "het Rijk", "de maatschappij",
}

// stakeholderName returns the Dutch name of the stakeholder, as the report uses it.
func stakeholderName(s model.Stakeholder) string {
	if s < 0 || int(s) >= model.NumStakeholders {
		return s.Key()
	}
	return stakeholderNL[s]
}

// stakeholderNLByKey returns the Dutch name of the stakeholder with key, or
// key itself.
func stakeholderNLByKey(key string) string {
	for k := range model.NumStakeholders {
		if model.Stakeholder(k).Key() == key {
			return stakeholderName(model.Stakeholder(k))
		}
	}
	return key
}

// joinNL joins items as a Dutch list: "a, b en c".
func joinNL(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " en " + items[len(items)-1]
}

// EVPPITargets are what EVPI computes partial information for: every
// parameter of params that is in none of groups, on its own and in the
// order of params, then the groups.
func EVPPITargets(params []Param, groups []Group) []Group {
	var targets []Group
	grouped := map[string]bool{}
	for _, g := range groups {
		for _, k := range g.Keys {
			grouped[k] = true
		}
	}
	for _, q := range params {
		if !grouped[q.Key] {
			targets = append(targets, Group{Name: q.Key, Keys: []string{q.Key}})
		}
	}
	return append(targets, groups...)
}

// TornadoNotes are the notes printed with the tornado bars, each end of a
// bar run with iterations iterations: how the bars were made and which
// swings are not distinguishable from Monte-Carlo noise.
func TornadoNotes(bars []model.TornadoBar, iterations int) []Note {
	notes := []Note{{
		EN: fmt.Sprintf("One-way: each parameter at its p10 and p90 with every other uncertain parameter at its median; %d iterations of the same persons and events per bar, so the bars differ by the parameter alone. "+
			"SE is the Monte-Carlo standard error of the swing, from the per-iteration differences between the two ends; a swing within %d SE of zero (marked ~) is not distinguishable from noise.", iterations, NoiseSEs),
		NL: fmt.Sprintf("Eén voor één: elke parameter op zijn p10 en p90, alle andere onzekere parameters op hun mediaan; %d iteraties met dezelfde personen en gebeurtenissen per balk, zodat de balken alleen door de parameter verschillen. "+
			"SE is de Monte-Carlo-standaardfout van de zwaai, uit de verschillen per iteratie tussen beide uiteinden; een zwaai binnen %d SE van nul (gemarkeerd met ~) is niet van ruis te onderscheiden.", iterations, NoiseSEs),
	}}
	noisy := func(st model.Stakeholder) []string {
		var out []string
		for _, b := range bars {
			if *b.Noise.At(st) {
				out = append(out, b.Param)
			}
		}
		return out
	}
	soc := noisy(model.Society)
	var others, othersNL []string
	for k := range model.NumParties {
		st := model.Stakeholder(k)
		if c := len(noisy(st)); c > 0 {
			others = append(others, fmt.Sprintf("%s %d", st.Key(), c))
			othersNL = append(othersNL, fmt.Sprintf("%s %d", stakeholderName(st), c))
		}
	}
	if len(soc) == 0 && len(others) == 0 {
		return notes
	}
	en := fmt.Sprintf("Warning: at %d iterations, for society %d of %d swings are within %d standard errors of zero and cannot be told apart from Monte-Carlo noise",
		iterations, len(soc), len(bars), NoiseSEs)
	nl := fmt.Sprintf("Let op: bij %d iteraties liggen voor de maatschappij %d van de %d zwaaien binnen %d standaardfouten van nul en zijn ze niet van Monte-Carlo-ruis te onderscheiden",
		iterations, len(soc), len(bars), NoiseSEs)
	if len(soc) > 0 {
		en += " (" + strings.Join(soc, ", ") + ")"
		nl += " (" + strings.Join(soc, ", ") + ")"
	}
	if len(others) > 0 {
		en += "; for the parties: " + strings.Join(others, ", ")
		nl += "; voor de partijen: " + strings.Join(othersNL, ", ")
	}
	en += ". Do not read their direction or order; raise --iterations to resolve them."
	nl += ". Lees hun richting en volgorde niet; verhoog --iterations om ze te onderscheiden."
	return append(notes, Note{EN: en, NL: nl})
}

// topDistinct returns the first EVPPI of partial that is distinguishable
// from zero for society (partial sorted by SortEVPPI for society).
func topDistinct(partial []model.EVPPI) (model.EVPPI, bool) {
	if len(partial) > 0 && partial[0].Distinct.Society {
		return partial[0], true
	}
	return model.EVPPI{}, false
}

// EVPINotes are the notes printed with e, computed over sets parameter
// sets: a summary for society, what EVPI and EVPPI mean, whether the EVPPI
// ranking is stable, and how much chance within a cohort may still inflate
// the EVPI.
func EVPINotes(e *model.EVPI, sets int) []Note {
	sum := Note{
		EN: fmt.Sprintf("EVPI for society: %s € for the cohort, %s € per person in the cohort (best on average: %s).",
			euro.Format(e.Cohort.Society), euro.Format(e.PerParticipant.Society), e.Best.Society),
		NL: fmt.Sprintf("EVPI voor de maatschappij: %s voor de groep, %s per persoon in de groep (gemiddeld beste optie: %s).",
			euroNL(e.Cohort.Society), euroNL(e.PerParticipant.Society), e.Best.Society),
	}
	if top, ok := topDistinct(e.Partial); ok {
		sum.EN += fmt.Sprintf(" Largest EVPPI distinguishable from zero: %s, %s € for the cohort.", top.Param, euro.Format(top.Cohort.Society))
		sum.NL += fmt.Sprintf(" Grootste EVPPI die van nul te onderscheiden is: %s, %s voor de groep.", top.Param, euroNL(top.Cohort.Society))
	} else if len(e.Partial) > 0 {
		sum.EN += " No EVPPI for society is distinguishable from zero: no single study can be shown to be worth more than noise."
		sum.NL += " Geen EVPPI voor de maatschappij is van nul te onderscheiden: van geen enkel onderzoek is aan te tonen dat het meer waard is dan ruis."
	}
	notes := []Note{sum,
		{
			EN: fmt.Sprintf("EVPI: per parameter set, the best option's NPV minus that of the option best on average, over %d parameter sets of %d cohorts each; each stakeholder in turn as the one who chooses. An upper bound on what any study of these parameters is worth.", sets, e.Inner),
			NL: fmt.Sprintf("EVPI: per parameterset de netto contante waarde van de beste optie min die van de gemiddeld beste optie, over %d parametersets van %d groepen elk; elke partij om beurten als degene die kiest. Een bovengrens voor wat onderzoek naar deze parameters waard is.", sets, e.Inner),
		},
		{
			EN: fmt.Sprintf("EVPPI: the same for knowing one parameter (or group), from a nearest-neighbour regression of the NPV on it, net of its noise floor: the mean EVPPI the regression finds when the parameter's values are randomly permuted over the parameter sets (%d times), i.e. in noise alone. "+
				"An EVPPI is distinguishable from zero when it exceeds that of every permutation (a 1%% test) and is at least 1 €; the others are marked ~ and should be read as zero. Parameters are treated as independent. Fund first the study of the parameter with the largest distinguishable EVPPI.", e.Permutations),
			NL: fmt.Sprintf("EVPPI: hetzelfde voor het kennen van één parameter (of groep), uit een nearest-neighbour-regressie van de netto contante waarde op die parameter, verminderd met de ruisvloer: de gemiddelde EVPPI die de regressie vindt als de waarden van de parameter willekeurig over de parametersets worden geschud (%d keer), dus in ruis alleen. "+
				"Een EVPPI is van nul te onderscheiden als hij die van elke schudding overtreft (een toets op 1%%) en minstens € 1 is; de andere zijn gemarkeerd met ~ en gelden als nul. Parameters worden als onafhankelijk behandeld. Onderzoek eerst de parameter met de grootste te onderscheiden EVPPI.", e.Permutations),
		},
	}
	notes = append(notes, evppiStabilityNotes(e, sets)...)
	return append(notes, evpiNoiseNote(e))
}

// evppiStabilityNotes warn when the EVPPI rests on too few parameter sets
// or its ranking differs between the two halves of them.
func evppiStabilityNotes(e *model.EVPI, sets int) []Note {
	if len(e.Partial) == 0 {
		return nil
	}
	var notes []Note
	if sets < EVPPIMinSets {
		notes = append(notes, Note{
			EN: fmt.Sprintf("Warning: only %d parameter sets. EVPPI by regression needs at least %s of them to rank parameters reliably; raise --iterations.", sets, euro.Format(EVPPIMinSets)),
			NL: fmt.Sprintf("Let op: maar %d parametersets. EVPPI uit een regressie heeft er minstens %s nodig om parameters betrouwbaar te rangschikken; verhoog --iterations.", sets, euro.Number(EVPPIMinSets, 0, "nl")),
		})
	}
	if len(e.SplitHalf) != 2 {
		return notes
	}
	name := func(s string) (string, string) {
		if s == "" {
			return "none", "geen"
		}
		return s, s
	}
	top, ok := topDistinct(e.Partial)
	all := ""
	if ok {
		all = top.Param
	}
	a, aNL := name(e.SplitHalf[0])
	b, bNL := name(e.SplitHalf[1])
	c, cNL := name(all)
	if e.SplitHalf[0] == all && e.SplitHalf[1] == all {
		if ok {
			notes = append(notes, Note{
				EN: fmt.Sprintf("Stable: on each half of the parameter sets alone, the largest distinguishable EVPPI for society is again %s.", all),
				NL: fmt.Sprintf("Stabiel: op elke helft van de parametersets afzonderlijk is de grootste te onderscheiden EVPPI voor de maatschappij opnieuw %s.", all),
			})
		}
		return notes
	}
	return append(notes, Note{
		EN: fmt.Sprintf("Warning: the EVPPI ranking is unstable. The largest EVPPI for society distinguishable from zero is %s on the first half of the parameter sets, %s on the second half and %s on all of them; raise --iterations until they agree.", a, b, c),
		NL: fmt.Sprintf("Let op: de rangorde van de EVPPI is niet stabiel. De grootste van nul te onderscheiden EVPPI voor de maatschappij is %s op de eerste helft van de parametersets, %s op de tweede helft en %s op alle; verhoog --iterations tot ze overeenkomen.", aNL, bNL, cNL),
	})
}

// evpiNoiseNote says how much chance within the cohort may still inflate
// the EVPI, from the EVPI with half the inner cohorts.
func evpiNoiseNote(e *model.EVPI) Note {
	en := fmt.Sprintf("Chance within a cohort that %d cohorts per parameter set do not average out still counts as information in the EVPI", e.Inner)
	nl := fmt.Sprintf("Toeval binnen een groep dat %d groepen per parameterset niet uitmiddelen, telt in de EVPI nog als informatie mee", e.Inner)
	if e.HalfInner == nil {
		return Note{EN: en + "; raise --inner to shrink it.", NL: nl + "; verhoog --inner om dat te verkleinen."}
	}
	return Note{
		EN: en + fmt.Sprintf(": with %d cohorts per set society's EVPI would be %s € rather than %s €; if the two differ much, raise --inner.",
			e.Inner/2, euro.Format(e.HalfInner.Society), euro.Format(e.Cohort.Society)),
		NL: nl + fmt.Sprintf(": met %d groepen per set zou de EVPI van de maatschappij %s zijn in plaats van %s; verschillen die veel, verhoog dan --inner.",
			e.Inner/2, euroNL(e.HalfInner.Society), euroNL(e.Cohort.Society)),
	}
}

// BreakevenNotes are the notes printed with b, each value evaluated with
// iterations iterations: its message, a hint when no root was found, and
// how the values were evaluated.
func BreakevenNotes(b *model.Breakeven, iterations int) []Note {
	notes := []Note{{EN: b.Message, NL: b.MessageNL}}
	if len(b.Roots) == 0 && !b.AllZero {
		notes = append(notes, Note{EN: "Search other values with --range LO,HI.", NL: "Zoek bij andere waarden met --range LO,HI."})
	}
	return append(notes, Note{
		EN: fmt.Sprintf("Break-even: the mean over %d iterations with every other parameter drawn as usual and the same persons and events at every value (common random numbers); the parameter is set in the baseline too when the baseline has it.", iterations),
		NL: fmt.Sprintf("Omslagpunt: het gemiddelde over %d iteraties waarin elke andere parameter gewoon getrokken wordt, met bij elke waarde dezelfde personen en gebeurtenissen (common random numbers); de parameter wordt ook in het nul-alternatief gezet als dat hem heeft.", iterations),
	})
}

// pct formats a share as a whole percentage.
func pct(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) }

// fmt2 formats an index with two decimals, and fmt2NL in Dutch notation.
func fmt2(x float64) string   { return fmt.Sprintf("%.2f", x) }
func fmt2NL(x float64) string { return euro.Number(x, 2, "nl") }

// sobolNotes are the notes printed with Sobol indices: independence, the
// design, the share of chance within the cohort, and the warnings.
func (a *Analysis) sobolNotes(res *SobolResult, grps []Group, n, inner, bootstrap int, flat []string, wide map[model.Stakeholder]float64, negative map[string][]string) []Note {
	G := len(grps)
	cohort := a.cohortSize()
	per, perNL := "", ""
	if inner > 1 {
		per = fmt.Sprintf(" (each the mean of %d cohorts)", inner)
		perNL = fmt.Sprintf(" (elk het gemiddelde van %d groepen)", inner)
	}
	soc := res.Stochastic.Society
	notes := []Note{
		{
			EN: "Inputs are treated as independent: correlations between parameters are not modelled, so indices of correlated parameters (e.g. a hazard and its ratios) can mislead.",
			NL: "De invoer wordt als onafhankelijk behandeld: samenhang tussen parameters is niet gemodelleerd, dus indices van samenhangende parameters (bijv. een hazard en de ratio's daarop) kunnen misleiden.",
		},
		{
			EN: fmt.Sprintf("Saltelli sampling with %d Monte-Carlo base samples%s and %d groups: %d runs of the cohort with common random numbers; first order Saltelli (2010), total order Jansen; bootstrap 95%% intervals from %d resamples.",
				n, per, G, n*inner*(G+2), bootstrap),
			NL: fmt.Sprintf("Saltelli-steekproef met %d Monte-Carlo-basistrekkingen%s en %d groepen: %d simulaties van de groep met common random numbers; eerste orde volgens Saltelli (2010), totale orde volgens Jansen; bootstrap-95%%-intervallen uit %d hertrekkingen.",
				n, perNL, G, n*inner*(G+2), bootstrap),
		},
		{
			EN: fmt.Sprintf("Indices are shares of the variance of the NPV over the samples, which includes the chance of who is in a cohort of %d persons and what happens to them: for society that chance alone explains %s (95%% %.0f–%.0f%%).",
				cohort, pct(soc.Est), 100*soc.Lo, 100*soc.Hi),
			NL: fmt.Sprintf("De indices zijn aandelen in de variantie van de netto contante waarde over de trekkingen; daarin zit ook het toeval van wie er in een groep van %d personen zit en wat hun overkomt: voor de maatschappij verklaart dat toeval alleen al %s (95%% %.0f–%.0f%%).",
				cohort, pct(soc.Est), 100*soc.Lo, 100*soc.Hi),
		},
	}
	if w, ok := a.chanceWarning(res, inner); ok {
		notes = append(notes, w)
	}
	if len(flat) > 0 {
		var nl []string
		for _, k := range flat {
			nl = append(nl, stakeholderNLByKey(k))
		}
		notes = append(notes, Note{
			EN: fmt.Sprintf("No variance in the NPV of %s: its indices are zero.", strings.Join(flat, ", ")),
			NL: fmt.Sprintf("Geen variantie in de netto contante waarde van %s: de indices zijn nul.", joinNL(nl)),
		})
	}
	var wideSt, wideNL []string
	worst := 0.0
	for k := range model.NumStakeholders {
		if w, ok := wide[model.Stakeholder(k)]; ok && w > WideInterval {
			wideSt = append(wideSt, model.Stakeholder(k).Key())
			wideNL = append(wideNL, stakeholderName(model.Stakeholder(k)))
			worst = max(worst, w)
		}
	}
	if len(wideSt) > 0 {
		notes = append(notes, Note{
			EN: fmt.Sprintf("Warning: 95%% intervals up to %.2f wide (for %s): too few samples to rank the parameters there; increase --iterations.", worst, strings.Join(wideSt, ", ")),
			NL: fmt.Sprintf("Let op: 95%%-intervallen tot %s breed (voor %s): te weinig trekkingen om de parameters daar te rangschikken; verhoog --iterations.", fmt2NL(worst), joinNL(wideNL)),
		})
	}
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		if ps := negative[st.Key()]; len(ps) > 0 {
			notes = append(notes, Note{
				EN: fmt.Sprintf("Warning: first-order indices below zero beyond sampling error for %s (%s): too few samples; increase --iterations.", st.Key(), strings.Join(ps, ", ")),
				NL: fmt.Sprintf("Let op: eerste-orde-indices voor %s liggen verder onder nul dan de steekproeffout verklaart (%s): te weinig trekkingen; verhoog --iterations.", stakeholderName(st), strings.Join(ps, ", ")),
			})
		}
	}
	return notes
}

// ChanceShareWarn is the share of the variance due to chance within the
// cohort above which Sobol warns that total-order indices mostly measure
// interactions with that chance.
const ChanceShareWarn = 0.1

// chanceWarning is the warning that chance within the cohort is a large
// share of the variance, so that total orders include each parameter's
// interaction with it; ok is false when the share is small everywhere.
func (a *Analysis) chanceWarning(res *SobolResult, inner int) (Note, bool) {
	var big, bigNL []string
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		if st != model.Society && res.Stochastic.At(st).Est > ChanceShareWarn {
			big = append(big, fmt.Sprintf("%s %s", st.Key(), pct(res.Stochastic.At(st).Est)))
			bigNL = append(bigNL, fmt.Sprintf("%s %s", stakeholderName(st), pct(res.Stochastic.At(st).Est)))
		}
	}
	soc := res.Stochastic.Society.Est
	if soc <= ChanceShareWarn && len(big) == 0 {
		return Note{}, false
	}
	var sumFirst, sumTotal float64
	example, gap := "", math.Inf(-1)
	var exFirst, exTotal float64
	for _, ix := range res.Indices {
		f, t := ix.First.Society.Est, ix.Total.Society.Est
		sumFirst += f
		sumTotal += t
		if t-f > gap {
			example, gap, exFirst, exTotal = ix.Param, t-f, f, t
		}
	}
	en := fmt.Sprintf("Warning: chance within the cohort of %d explains %s of the variance for society", a.cohortSize(), pct(soc))
	nl := fmt.Sprintf("Let op: toeval binnen de groep van %d verklaart %s van de variantie voor de maatschappij", a.cohortSize(), pct(soc))
	if len(big) > 0 {
		en += " (more than " + pct(ChanceShareWarn) + " too for " + strings.Join(big, ", ") + ")"
		nl += " (ook meer dan " + pct(ChanceShareWarn) + " voor " + joinNL(bigNL) + ")"
	}
	en += fmt.Sprintf(". Total-order indices then include each parameter's interactions with that chance (how much its effect differs from one cohort to the next), so for society they add up to %s against %s for the first orders",
		fmt2(sumTotal), fmt2(sumFirst))
	nl += fmt.Sprintf(". De totale-orde-indices bevatten dan ook de wisselwerking van elke parameter met dat toeval (hoeveel zijn effect van groep tot groep verschilt), zodat ze voor de maatschappij optellen tot %s tegen %s voor de eerste orde",
		fmt2NL(sumTotal), fmt2NL(sumFirst))
	if example != "" && gap > 0.05 {
		en += fmt.Sprintf(", and a parameter can have a large total order while doing little on average (%s: first order %s, total %s)", example, fmt2(exFirst), fmt2(exTotal))
		nl += fmt.Sprintf(", en kan een parameter een grote totale orde hebben terwijl hij gemiddeld weinig doet (%s: eerste orde %s, totaal %s)", example, fmt2NL(exFirst), fmt2NL(exTotal))
	}
	en += ". Read the first orders for what a parameter does on average"
	nl += ". Lees de eerste orde voor wat een parameter gemiddeld doet"
	if inner < 10 {
		en += fmt.Sprintf("; to average chance out, simulate several cohorts per sample (--inner, now %d; e.g. --inner 10) or raise --cohort-size.", inner)
		nl += fmt.Sprintf("; middel het toeval uit met meer groepen per trekking (--inner, nu %d; bijv. --inner 10) of een grotere --cohort-size.", inner)
	} else {
		en += "; raise --inner or --cohort-size to average more of it out."
		nl += "; verhoog --inner of --cohort-size om meer ervan uit te middelen."
	}
	return Note{EN: en, NL: nl}, true
}
