package sensitivity

import (
	"fmt"
	"math"
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
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

// The notes' texts in English and Dutch.
var textEN, textNL = i18n.NotesText("en"), i18n.NotesText("nl")

// TornadoNotes are the notes printed with the tornado bars, each end of a
// bar run with iterations iterations: how the bars were made and which
// swings are not distinguishable from Monte-Carlo noise.
func TornadoNotes(bars []model.TornadoBar, iterations int) []Note {
	notes := []Note{{
		EN: fmt.Sprintf(textEN.TornadoMethod, i18n.Count(iterations, i18n.Iterations, "en"), NoiseSEs),
		NL: fmt.Sprintf(textNL.TornadoMethod, i18n.Count(iterations, i18n.Iterations, "nl"), NoiseSEs),
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
			othersNL = append(othersNL, fmt.Sprintf("%s %d", i18n.StakeholderIn(st, "nl"), c))
		}
	}
	if len(soc) == 0 && len(others) == 0 {
		return notes
	}
	fEN, fNL := textEN.TornadoNoise, textNL.TornadoNoise
	if len(soc) == 1 {
		fEN, fNL = textEN.TornadoNoiseOne, textNL.TornadoNoiseOne
	}
	en := fmt.Sprintf(fEN, i18n.Count(iterations, i18n.Iterations, "en"), len(soc), len(bars), NoiseSEs)
	nl := fmt.Sprintf(fNL, i18n.Count(iterations, i18n.Iterations, "nl"), len(soc), len(bars), NoiseSEs)
	if len(soc) > 0 {
		en += " (" + strings.Join(soc, ", ") + ")"
		nl += " (" + strings.Join(soc, ", ") + ")"
	}
	if len(others) > 0 {
		en += textEN.TornadoParties + strings.Join(others, ", ")
		nl += textNL.TornadoParties + strings.Join(othersNL, ", ")
	}
	en += textEN.TornadoRaise
	nl += textNL.TornadoRaise
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
		EN: fmt.Sprintf(textEN.EVPISummary,
			i18n.Grouped(e.Cohort.Society), i18n.Grouped(e.PerParticipant.Society), e.Best.Society),
		NL: fmt.Sprintf(textNL.EVPISummary,
			i18n.Amount(e.Cohort.Society, "nl"), i18n.Amount(e.PerParticipant.Society, "nl"), e.Best.Society),
	}
	if top, ok := topDistinct(e.Partial); ok {
		sum.EN += fmt.Sprintf(textEN.EVPITop, top.Param, i18n.Grouped(top.Cohort.Society))
		sum.NL += fmt.Sprintf(textNL.EVPITop, top.Param, i18n.Amount(top.Cohort.Society, "nl"))
	} else if len(e.Partial) > 0 {
		sum.EN += textEN.EVPINoneDistinct
		sum.NL += textNL.EVPINoneDistinct
	}
	notes := []Note{sum,
		{
			EN: fmt.Sprintf(textEN.EVPIMeaning, sets, i18n.Count(e.Inner, i18n.Cohorts, "en")),
			NL: fmt.Sprintf(textNL.EVPIMeaning, sets, i18n.Count(e.Inner, i18n.Cohorts, "nl")),
		},
		{
			EN: fmt.Sprintf(textEN.EVPPIMeaning, e.Permutations),
			NL: fmt.Sprintf(textNL.EVPPIMeaning, e.Permutations),
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
			EN: fmt.Sprintf(textEN.EVPPIFewSets, sets, i18n.Grouped(EVPPIMinSets)),
			NL: fmt.Sprintf(textNL.EVPPIFewSets, sets, i18n.Number(EVPPIMinSets, 0, "nl")),
		})
	}
	if len(e.SplitHalf) != 2 {
		return notes
	}
	name := func(s string) (string, string) {
		if s == "" {
			return textEN.None, textNL.None
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
				EN: fmt.Sprintf(textEN.EVPPIStable, all),
				NL: fmt.Sprintf(textNL.EVPPIStable, all),
			})
		}
		return notes
	}
	return append(notes, Note{
		EN: fmt.Sprintf(textEN.EVPPIUnstable, a, b, c),
		NL: fmt.Sprintf(textNL.EVPPIUnstable, aNL, bNL, cNL),
	})
}

// evpiNoiseNote says how much chance within the cohort may still inflate
// the EVPI, from the EVPI with half the inner cohorts.
func evpiNoiseNote(e *model.EVPI) Note {
	en := fmt.Sprintf(textEN.EVPINoise, i18n.Count(e.Inner, i18n.Cohorts, "en"))
	nl := fmt.Sprintf(textNL.EVPINoise, i18n.Count(e.Inner, i18n.Cohorts, "nl"))
	if e.HalfInner == nil {
		return Note{EN: en + textEN.EVPINoiseRaise, NL: nl + textNL.EVPINoiseRaise}
	}
	return Note{
		EN: en + fmt.Sprintf(textEN.EVPINoiseHalf,
			i18n.Count(e.Inner/2, i18n.Cohorts, "en"), i18n.Grouped(e.HalfInner.Society), i18n.Grouped(e.Cohort.Society)),
		NL: nl + fmt.Sprintf(textNL.EVPINoiseHalf,
			i18n.Count(e.Inner/2, i18n.Cohorts, "nl"), i18n.Amount(e.HalfInner.Society, "nl"), i18n.Amount(e.Cohort.Society, "nl")),
	}
}

// BreakevenNotes are the notes printed with b, each value evaluated with
// iterations iterations: its message, a hint when no root was found, and
// how the values were evaluated.
func BreakevenNotes(b *model.Breakeven, iterations int) []Note {
	notes := []Note{{EN: b.Message, NL: b.MessageNL}}
	if len(b.Roots) == 0 && !b.AllZero {
		notes = append(notes, Note{EN: textEN.BreakevenSearch, NL: textNL.BreakevenSearch})
	}
	return append(notes, Note{
		EN: fmt.Sprintf(textEN.BreakevenMethod, i18n.Count(iterations, i18n.Iterations, "en")),
		NL: fmt.Sprintf(textNL.BreakevenMethod, i18n.Count(iterations, i18n.Iterations, "nl")),
	})
}

// pct formats a share as a whole percentage.
func pct(x float64) string {
	v := math.Round(100 * x)
	if v == 0 {
		v = 0 // not "-0%" for a share just below zero
	}
	return fmt.Sprintf("%.0f%%", v)
}

// fmt2 formats an index with two decimals, and fmt2NL in Dutch notation.
func fmt2(x float64) string   { return fmt.Sprintf("%.2f", x) }
func fmt2NL(x float64) string { return i18n.Number(x, 2, "nl") }

// sobolNotes are the notes printed with Sobol indices: independence, the
// design, the share of chance within the cohort, and the warnings.
func (a *Analysis) sobolNotes(res *SobolResult, grps []Group, n, inner, bootstrap int, flat []string, wide map[model.Stakeholder]float64, negative map[string][]string) []Note {
	G := len(grps)
	cohort := a.cohortSize()
	per, perNL := "", ""
	if inner > 1 {
		per = fmt.Sprintf(textEN.SobolPer, inner)
		perNL = fmt.Sprintf(textNL.SobolPer, inner)
	}
	soc := res.Stochastic.Society
	notes := []Note{
		{
			EN: textEN.SobolIndependent,
			NL: textNL.SobolIndependent,
		},
		{
			EN: fmt.Sprintf(textEN.SobolDesign,
				n, per, i18n.Count(G, i18n.Groups, "en"), n*inner*(G+2), bootstrap),
			NL: fmt.Sprintf(textNL.SobolDesign,
				n, perNL, i18n.Count(G, i18n.Groups, "nl"), n*inner*(G+2), bootstrap),
		},
		{
			EN: fmt.Sprintf(textEN.SobolChance,
				i18n.Count(cohort, i18n.Persons, "en"), pct(soc.Est), 100*soc.Lo, 100*soc.Hi),
			NL: fmt.Sprintf(textNL.SobolChance,
				i18n.Count(cohort, i18n.Persons, "nl"), pct(soc.Est), 100*soc.Lo, 100*soc.Hi),
		},
	}
	if w, ok := a.chanceWarning(res, inner); ok {
		notes = append(notes, w)
	}
	if len(flat) > 0 {
		var nl []string
		for _, k := range flat {
			nl = append(nl, i18n.StakeholderInByKey(k, "nl"))
		}
		notes = append(notes, Note{
			EN: fmt.Sprintf(textEN.SobolFlat, strings.Join(flat, ", ")),
			NL: fmt.Sprintf(textNL.SobolFlat, i18n.JoinAnd(nl, "nl")),
		})
	}
	var wideSt, wideNL []string
	worst := 0.0
	for k := range model.NumStakeholders {
		if w, ok := wide[model.Stakeholder(k)]; ok && w > WideInterval {
			wideSt = append(wideSt, model.Stakeholder(k).Key())
			wideNL = append(wideNL, i18n.StakeholderIn(model.Stakeholder(k), "nl"))
			worst = max(worst, w)
		}
	}
	if len(wideSt) > 0 {
		notes = append(notes, Note{
			EN: fmt.Sprintf(textEN.SobolWide, fmt2(worst), strings.Join(wideSt, ", ")),
			NL: fmt.Sprintf(textNL.SobolWide, fmt2NL(worst), i18n.JoinAnd(wideNL, "nl")),
		})
	}
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		if ps := negative[st.Key()]; len(ps) > 0 {
			notes = append(notes, Note{
				EN: fmt.Sprintf(textEN.SobolNegative, st.Key(), strings.Join(ps, ", ")),
				NL: fmt.Sprintf(textNL.SobolNegative, i18n.StakeholderIn(st, "nl"), strings.Join(ps, ", ")),
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
			bigNL = append(bigNL, fmt.Sprintf("%s %s", i18n.StakeholderIn(st, "nl"), pct(res.Stochastic.At(st).Est)))
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
	var en, nl string
	switch n := a.cohortSize(); {
	case soc <= ChanceShareWarn: // other parties only
		en = fmt.Sprintf(textEN.ChanceParties, n, pct(ChanceShareWarn), strings.Join(big, ", "), pct(soc))
		nl = fmt.Sprintf(textNL.ChanceParties, n, pct(ChanceShareWarn), i18n.JoinAnd(bigNL, "nl"), pct(soc))
	default:
		en = fmt.Sprintf(textEN.ChanceWarning, n, pct(soc))
		nl = fmt.Sprintf(textNL.ChanceWarning, n, pct(soc))
		if len(big) > 0 {
			en += fmt.Sprintf(textEN.ChanceOthers, pct(ChanceShareWarn), strings.Join(big, ", "))
			nl += fmt.Sprintf(textNL.ChanceOthers, pct(ChanceShareWarn), i18n.JoinAnd(bigNL, "nl"))
		}
	}
	en += fmt.Sprintf(textEN.ChanceTotals,
		fmt2(sumTotal), fmt2(sumFirst))
	nl += fmt.Sprintf(textNL.ChanceTotals,
		fmt2NL(sumTotal), fmt2NL(sumFirst))
	if example != "" && gap > 0.05 {
		en += fmt.Sprintf(textEN.ChanceExample, example, fmt2(exFirst), fmt2(exTotal))
		nl += fmt.Sprintf(textNL.ChanceExample, example, fmt2NL(exFirst), fmt2NL(exTotal))
	}
	en += textEN.ChanceRead
	nl += textNL.ChanceRead
	if inner < 10 {
		en += fmt.Sprintf(textEN.ChanceInner, inner)
		nl += fmt.Sprintf(textNL.ChanceInner, inner)
	} else {
		en += textEN.ChanceRaise
		nl += textNL.ChanceRaise
	}
	return Note{EN: en, NL: nl}, true
}
