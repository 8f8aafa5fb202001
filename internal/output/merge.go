package output

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/sensitivity"
)

// RunMismatch is the error SameRun returns: the results in an --out
// directory are of another run than the one that would add to them.
type RunMismatch struct {
	What        string // what differs: "seed", "horizon", "baseline", a scenario
	There, Here string
}

func (e *RunMismatch) Error() string {
	return fmt.Sprintf("holds the results of a different run: %s %s there, %s here", e.What, e.There, e.Here)
}

// Scenario names a scenario and the sha256 of its effective inputs, which
// SameRun compares.
type Scenario struct{ Name, SHA256 string }

// SameRun checks that analyses of the scenarios with seed, horizon and
// baseline belong to the run whose results are dir: the same seed and
// horizon, the same baseline, and every scenario in dir with the same
// sha256 (the hash covers the parameters after --set and the cohort
// file). It returns a *RunMismatch naming the first difference.
func SameRun(dir *model.Results, seed uint64, horizon int, baseline string, list []Scenario) error {
	switch {
	case dir.Run.Seed != seed:
		return &RunMismatch{"seed", fmt.Sprint(dir.Run.Seed), fmt.Sprint(seed)}
	case dir.Run.HorizonMonths != horizon:
		return &RunMismatch{"horizon", i18n.Count(dir.Run.HorizonMonths, i18n.Months, "en"), i18n.Count(horizon, i18n.Months, "en")}
	case dir.Baseline != baseline:
		return &RunMismatch{"baseline", dir.Baseline, baseline}
	}
	for _, s := range list {
		i := slices.IndexFunc(dir.Scenarios, func(r model.ScenarioResult) bool { return r.Name == s.Name })
		switch {
		case i < 0:
			return &RunMismatch{"scenario " + s.Name, "absent", "present"}
		case dir.Scenarios[i].SHA256 != s.SHA256:
			return &RunMismatch{"scenario " + s.Name, "sha256 " + dir.Scenarios[i].SHA256, "sha256 " + s.SHA256}
		}
	}
	return nil
}

// MergeSensitivity adds the sensitivity analysis add (one method) to the
// results dst of the same run (see SameRun), so that one results.json and
// one report hold the run and every analysis of it. The method's own parts
// replace any dst already holds; the other methods' parts stay. When dst's
// analysis is of another single scenario than add's (EVPI names several),
// add replaces it whole. Notes are kept once each, dst's first.
func MergeSensitivity(dst *model.Results, add *model.Sensitivity) {
	old := dst.Sensitivity
	if old == nil || (!isEVPI(old) && !isEVPI(add) && old.Scenario != add.Scenario) {
		dst.Sensitivity = add
		return
	}
	m := *old
	switch add.Method {
	case "tornado":
		m.Tornado, m.TornadoOrder = add.Tornado, add.TornadoOrder
	case "sobol":
		m.Sobol, m.SobolStochastic, m.Inner = add.Sobol, add.SobolStochastic, add.Inner
	case "evpi":
		m.EVPI = add.EVPI
	case "breakeven":
		m.Breakeven = add.Breakeven
	}
	// Samples counts EVPI parameter sets for the report; the other methods'
	// counts are in their own parts.
	if add.Method == "evpi" || old.EVPI == nil {
		m.Samples = add.Samples
	}
	if isEVPI(old) && !isEVPI(add) {
		m.Scenario = add.Scenario
	}
	var methods []string
	for _, x := range sensitivity.Methods {
		if x == add.Method || slices.Contains(strings.Split(old.Method, ","), x) {
			methods = append(methods, x)
		}
	}
	m.Method = strings.Join(methods, ",")
	m.CohortSize = max(m.CohortSize, add.CohortSize)
	m.Notes, m.NotesNL = mergeNotes(old.Notes, old.NotesNL, add.Notes, add.NotesNL)
	dst.Sensitivity = &m
}

// isEVPI reports whether s is only an EVPI analysis, whose scenario lists
// its options.
func isEVPI(s *model.Sensitivity) bool { return s.Method == "evpi" }

// mergeNotes appends the notes b (with their Dutch twins) to a, leaving
// out those a already holds.
func mergeNotes(a, aNL, b, bNL []string) (notes, notesNL []string) {
	notes, notesNL = slices.Clone(a), slices.Clone(aNL)
	for i, n := range b {
		if slices.Contains(notes, n) {
			continue
		}
		notes = append(notes, n)
		if i < len(bNL) {
			notesNL = append(notesNL, bNL[i])
		}
	}
	return notes, notesNL
}
