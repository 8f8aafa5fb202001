package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/internal/safeio"
	"github.com/vwnw/vwnw/scenarios"
)

// Upper bounds of the flags that set how much is computed or held in
// memory, checked before anything is allocated.
const (
	// maxWorkers bounds --workers; the engine runs at most one worker per
	// core (cores), so memory does not grow past the cores.
	maxWorkers = 1024
	// maxBootstrap bounds sobol's --bootstrap (default 500): each
	// resample recomputes every index.
	maxBootstrap = 100_000
	// maxInner bounds --inner (cohorts per sample, default 1 or 10).
	maxInner = 1000
	// maxSets bounds the number of --set flags: each is applied to every
	// scenario.
	maxSets = 256
	// maxWork is the most person-months (iterations × persons × months ×
	// scenarios, times the runs of a sensitivity analysis) a run may
	// simulate without --allow-long: some 15 minutes at the 20 million
	// person-months a second that two cores simulate.
	maxWork = 2e10
	// personMonthsPerCore is the speed the estimate assumes: vwnw compare
	// --iterations 2000 of the shipped scenarios simulated 18 million
	// person-months in 0.86 s on two cores when this bound was set.
	personMonthsPerCore = 10e6
)

// groupName is the safe set of --group names: as scenario names, and dots
// (a group's name reaches CSV cells and HTML).
var groupName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.-]*$`)

// checkBounds checks the flags that bound the work, as check does the
// others; it returns the problems found.
func (f *flags) checkBounds() []string {
	var bad []string
	add := func(ok bool, format string, args ...any) {
		if !ok {
			bad = append(bad, fmt.Sprintf(format, args...))
		}
	}
	add(f.workers >= 1 && f.workers <= maxWorkers, "--workers must be between 1 and %d, got %d (vwnw uses at most one per core: %d here)", maxWorkers, f.workers, runtime.NumCPU())
	add(len(f.set) <= maxSets, "--set is given %d times; at most %d are allowed", len(f.set), maxSets)
	if f.has("bootstrap") {
		add(f.bootstrap <= maxBootstrap, "--bootstrap must be at most %d, got %d", maxBootstrap, f.bootstrap)
		add(f.inner <= maxInner, "--inner must be at most %d, got %d", maxInner, f.inner)
	}
	for _, g := range f.groups {
		name, _, _ := strings.Cut(g, "=")
		if !groupName.MatchString(name) || len(name) > safeio.MaxNameLen {
			bad = append(bad, fmt.Sprintf("--group name %s: use up to %d letters, digits, _, - and ., starting with a letter (a-z, A-Z)", safeio.Quote(name), safeio.MaxNameLen))
		}
	}
	return bad
}

// cores is the number of goroutines to simulate with: --workers, but no
// more than the cores, since more only take memory (results do not depend
// on it).
func (f *flags) cores() int { return max(1, min(f.workers, runtime.NumCPU())) }

// persons returns the size of the cohort s simulates under the flags.
func (f *flags) persons(s *scenarios.Scenario) float64 {
	switch {
	case len(s.Persons) > 0:
		return float64(len(s.Persons))
	case f.cohortSize > 0:
		return float64(f.cohortSize)
	}
	p := s.Params()
	return float64(p.Cohort.Size)
}

// checkWork refuses a run whose estimated work, personMonths, exceeds
// maxWork unless --allow-long is given; the message gives the estimate.
func (f *flags) checkWork(personMonths float64, how string) error {
	if personMonths <= maxWork || f.allowLong {
		return nil
	}
	secs := personMonths / (personMonthsPerCore * float64(f.cores()))
	return fmt.Errorf("this run would simulate about %.2g person-months (%s), some %s with %s; "+
		"more than %.0g needs --allow-long, or less work: %s",
		personMonths, how, duration(secs), i18n.Count(f.cores(), i18n.Workers, "en"), float64(maxWork), f.lessWork())
}

// lessWork names the ways to less work that the command's flags offer:
// calibrate has no --cohort-size or --horizon (the observation file sets
// both), but fits two keys or more in more evaluations than one.
func (f *flags) lessWork() string {
	ways := []string{"fewer --iterations"}
	for _, w := range []struct{ flag, way string }{
		{"fit", "fewer --fit keys"}, // only with two or more, below
		{"cohort-size", "a smaller --cohort-size"},
		{"horizon", "a shorter --horizon"},
	} {
		if f.has(w.flag) && (w.flag != "fit" || len(f.fit) > 1) {
			ways = append(ways, w.way)
		}
	}
	if len(ways) == 1 {
		return ways[0]
	}
	return strings.Join(ways[:len(ways)-1], ", ") + " or " + ways[len(ways)-1]
}

// duration formats seconds for people.
func duration(secs float64) string {
	switch {
	case secs < 120:
		return fmt.Sprintf("%.0f seconds", secs)
	case secs < 2*3600:
		return fmt.Sprintf("%.0f minutes", secs/60)
	case secs < 2*86400:
		return fmt.Sprintf("%.0f hours", secs/3600)
	}
	return fmt.Sprintf("%.0f days", secs/86400)
}

// runWork estimates the person-months of simulating list runs times each
// (a sensitivity analysis runs the scenarios many times; compare once).
func (f *flags) runWork(list []*scenarios.Scenario, runs float64) float64 {
	total := 0.0
	for _, s := range list {
		total += f.persons(s)
	}
	return total * float64(f.iterations) * float64(f.horizon) * runs
}

// samePath reports whether the paths a and b name the same file: the same
// path once cleaned, or (when both exist) the same file by its identity,
// which catches links.
func samePath(a, b string) bool {
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	if errA == nil && errB == nil && absA == absB {
		return true
	}
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}
