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
	// Fix says how to make the run match the results there, when a flag
	// can: "give --seed 3".
	Fix string
}

func (e *RunMismatch) Error() string {
	return fmt.Sprintf("holds the results of a different run: %s %s there, %s here", e.What, e.There, e.Here)
}

// Run is what SameRun compares of a run: every setting that changes its
// numbers.
type Run struct {
	Seed    uint64
	Horizon int
	// PriceYear is the year whose euros the amounts are in: --price-year,
	// or the baseline's economy.price_year.
	PriceYear int
	// Version is the version of vwnw.
	Version   string
	Baseline  string
	Scenarios []Scenario
}

// Scenario names a scenario with the sha256 of its effective inputs and
// the number of persons in its cohort (--cohort-size, which the hash does
// not cover), which SameRun compares.
type Scenario struct {
	Name, SHA256 string
	CohortSize   int
}

// SameRun checks that analyses of the run here belong to the run whose
// results are dir: the same seed, horizon, price year, version of vwnw
// and baseline, and every scenario here in dir with the same sha256 (the
// hash covers the parameters after --set, rules overrides included, and
// the cohort file) and cohort size. It returns a *RunMismatch naming the
// first difference.
func SameRun(dir *model.Results, here Run) error {
	months := func(n int) string { return i18n.Count(n, i18n.Months, "en") }
	switch {
	case dir.Run.Seed != here.Seed:
		return &RunMismatch{"seed", fmt.Sprint(dir.Run.Seed), fmt.Sprint(here.Seed), fmt.Sprintf("give --seed %d", dir.Run.Seed)}
	case dir.Run.HorizonMonths != here.Horizon:
		return &RunMismatch{"horizon", months(dir.Run.HorizonMonths), months(here.Horizon), fmt.Sprintf("give --horizon %d", dir.Run.HorizonMonths)}
	case dir.Run.PriceYear != here.PriceYear:
		return &RunMismatch{"price year", fmt.Sprint(dir.Run.PriceYear), fmt.Sprint(here.PriceYear), fmt.Sprintf("give --price-year %d", dir.Run.PriceYear)}
	case dir.Version != here.Version:
		return &RunMismatch{"vwnw version", dir.Version, here.Version, "use the vwnw that wrote them, or write them again with this one"}
	case dir.Baseline != here.Baseline:
		return &RunMismatch{"baseline", dir.Baseline, here.Baseline, fmt.Sprintf("give --baseline %s", dir.Baseline)}
	}
	for _, s := range here.Scenarios {
		i := slices.IndexFunc(dir.Scenarios, func(r model.ScenarioResult) bool { return r.Name == s.Name })
		if i < 0 {
			return &RunMismatch{"scenario " + s.Name, "absent", "present", "name only scenarios of that run"}
		}
		d := &dir.Scenarios[i]
		switch {
		case d.SHA256 != s.SHA256:
			return &RunMismatch{"scenario " + s.Name, "sha256 " + d.SHA256, "sha256 " + s.SHA256,
				"give the same scenario files, cohort files and --set overrides as that run"}
		case d.CohortSize != s.CohortSize:
			return &RunMismatch{"cohort size of scenario " + s.Name, fmt.Sprint(d.CohortSize), fmt.Sprint(s.CohortSize),
				fmt.Sprintf("give --cohort-size %d", d.CohortSize)}
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
