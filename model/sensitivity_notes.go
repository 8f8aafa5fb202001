package model

import (
	"fmt"
	"math"

	"github.com/vwnw/vwnw/internal/euro"
)

// EVPPITargets are what EVPI computes partial information for: every
// parameter of params that is in none of groups, on its own and in the
// order of params, then the groups.
func EVPPITargets(params []SensParam, groups []ParamGroup) []ParamGroup {
	var targets []ParamGroup
	grouped := map[string]bool{}
	for _, g := range groups {
		for _, k := range g.Keys {
			grouped[k] = true
		}
	}
	for _, q := range params {
		if !grouped[q.Key] {
			targets = append(targets, ParamGroup{Name: q.Key, Keys: []string{q.Key}})
		}
	}
	return append(targets, groups...)
}

// TornadoNotes are the notes printed with a tornado analysis of iterations
// runs per bar.
func TornadoNotes(iterations int) []string {
	return []string{fmt.Sprintf("One-way: each parameter at its p10 and p90 with every other uncertain parameter at its median; %d iterations of the same persons and events per bar, so the bars differ by the parameter alone.", iterations)}
}

// EVPINotes are the notes printed with e, computed over sets parameter
// sets: a summary for society, what EVPI and EVPPI mean, and how much
// chance within a cohort may still inflate the EVPI.
func EVPINotes(e *EVPI, sets int) []string {
	summary := fmt.Sprintf("EVPI for society: %s € for the cohort, %s € per participant (best on average: %s).",
		euro.Format(e.Cohort.Society), euro.Format(e.PerParticipant.Society), e.Best.Society)
	if len(e.Partial) > 0 && math.Round(e.Partial[0].Cohort.Society) > 0 {
		summary += fmt.Sprintf(" Largest EVPPI: %s, %s € for the cohort.", e.Partial[0].Param, euro.Format(e.Partial[0].Cohort.Society))
	}
	return []string{summary,
		fmt.Sprintf("EVPI: per parameter set, the best option's NPV minus that of the option best on average, over %d parameter sets of %d cohorts each; each stakeholder in turn as the one who chooses. An upper bound on what any study of these parameters is worth.", sets, e.Inner),
		"EVPPI: the same for knowing one parameter (or group), from a nearest-neighbour regression of the NPV on it; parameters treated as independent. Fund first the study of the parameter with the largest EVPPI.",
		evpiNoiseNote(e)}
}

// evpiNoiseNote says how much chance within the cohort may still inflate
// the EVPI, from the EVPI with half the inner cohorts.
func evpiNoiseNote(e *EVPI) string {
	s := fmt.Sprintf("Chance within a cohort that %d cohorts per parameter set do not average out still counts as information in the EVPI", e.Inner)
	if e.HalfInner == nil {
		return s + "; raise --inner to shrink it."
	}
	return s + fmt.Sprintf(": with %d cohorts per set society's EVPI would be %s € rather than %s €; if the two differ much, raise --inner.",
		e.Inner/2, euro.Format(e.HalfInner.Society), euro.Format(e.Cohort.Society))
}

// BreakevenNotes are the notes printed with b, each value evaluated with
// iterations iterations: its message, a hint when no root was found, and
// how the values were evaluated.
func BreakevenNotes(b *Breakeven, iterations int) []string {
	notes := []string{b.Message}
	if len(b.Roots) == 0 {
		notes = append(notes, "Search other values with --range LO,HI.")
	}
	return append(notes, fmt.Sprintf("Break-even: the mean over %d iterations with every other parameter drawn as usual and the same persons and events at every value (common random numbers); the parameter is set in the baseline too when the baseline has it.", iterations))
}
