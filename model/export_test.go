package model

import (
	"math"
	"math/rand/v2"
	"slices"
)

// SetChunkLen sets the chunk length of a's sample columns, so that tests
// spill with few iterations. Call it before the first Add.
func SetChunkLen(a *Accumulator, n int) { a.cols.chunk = n }

// CalendarFactsKept is the number of persons whose calendar facts c keeps
// for scenario s in iteration i.
func CalendarFactsKept(c *Cache, i, s int) int { return len(c.at(i, s).facts) }

// Unshare makes e work every person's calendar facts out afresh in every
// scenario, each under a calendar of its own: e as it would be without the
// sharing, for tests that hold the sharing to it.
func Unshare(e *Engine) error {
	e.unshared = true
	return e.calendars()
}

// Calendars counts the distinct calendars of e's scenarios.
func Calendars(e *Engine) int {
	seen := map[*calendar]bool{}
	for _, c := range e.cals {
		seen[c] = true
	}
	return len(seen)
}

// GeneratePersonsWithRand is GeneratePersons as it drew the spreads
// before its samplers, with Dist.Rand on every call: the reference
// TestGeneratePersonsAsRand holds GeneratePersons to.
func GeneratePersonsWithRand(c *Cohort, n int, iterKey uint64) []Person {
	src := rand.NewPCG(0, 0)
	dst := GeneratePersons(nil, c, n, iterKey, src)
	for p := range dst {
		pk := key(iterKey^0x706572736f6e, uint64(p))
		src.Seed(pk, drawAttribute)
		x := &dst[p]
		x.Age = c.Age.Rand(src)
		working := math.Max(0, x.Age-WorkingAgeFrom)
		x.TenureYears = math.Min(math.Max(0, c.TenureYears.Rand(src)), working)
		x.HistoryYears = x.TenureYears + math.Min(math.Max(0, c.EarlierWorkYears.Rand(src)), working-x.TenureYears)
		x.MonthlyWage = math.Max(0, c.MonthlyWage.Rand(src))
		x.ContractHours = math.Max(1, c.ContractHours.Rand(src))
		x.NoticeMonths = max(1, int(math.Round(c.NoticeMonths.Rand(src))))
		if c.Triage.Method == "characteristics" {
			x.Triage = TriageFromCharacteristics(x)
		}
	}
	return dst
}

// MonthHours simulates iteration i of scenario s of e and returns the
// case managers' client hours given in each calendar month and their
// client hours a month (the capacity).
func MonthHours(e *Engine, s, i int) (hours []float64, capacity float64) {
	ws := e.newWorkspace()
	it := e.newIteration()
	e.iterate(ws, i, it)
	// The scenarios share the agents and the tallies may be restored:
	// simulate s again, as Persons does.
	e.simulate(ws, s, i, &it.Scenarios[s])
	return slices.Clone(ws.tallies[s].monthHours), ws.plans[s].capacity
}
