package model

import (
	"math"
	"unsafe"
)

// This file simulates one scenario in one iteration: the persons month by
// month through the states (step.go), with the interventions, into a tally
// of the month's flows by base (booking.go).

// tally is what one simulation of one scenario yields.
type tally struct {
	months, bases int
	persons       int
	acc           []float64   // acc[t*bases+b]
	rows          [][]float64 // rows[t] is acc[t*bases : (t+1)*bases]
	// flows holds the fixed monthly flows of the states as differences:
	// a flow f from month t0 to t1 adds f at t0 and −f at t1 (see
	// agent.closeFlows); totalFlows sums them up into acc.
	flows []float64
	// occ[t*NumStates+s] counts the persons in state s at the start of
	// month t. During the simulation it holds the changes from month t−1
	// (moved); occupancy sums them up.
	occ              []float64
	wageRatioSum     float64
	jobStarts        float64
	sectorChanges    float64
	waitMonths       float64 // participant-months waiting for a case manager
	interventionCost float64 // real resources interventions use, undiscounted
	transferCost     float64 // transfers interventions pay (supplement, fund income), undiscounted
	participants     float64
	// Coaching: persons who took it up, of whom servedAtOnce started in
	// the month they did; client hours given; the first and last calendar
	// month in which it was offered, waited for or given (firstOpen > lastOpen:
	// never).
	coachClients, servedAtOnce, clientHours float64
	firstOpen, lastOpen                     int32
	// categories at the observation month (calibration), by Category.
	observed [NumCategories]float64
	// anyEvent remembers recent chances of any event (tally.chance).
	anyEvent [chances]chance
	// countsOnly: only the persons' states and the observed categories
	// count (Config.CountsOnly); no monthly flows are set (setMonth) or
	// totalled, no capacity is charged, and the persons are followed up
	// to the observation month only.
	countsOnly bool
	// facts, when not nil, holds the calendar facts of the persons
	// simulated (agent.calendarFacts), read from it if factsKnown and
	// written to it if not; person is the index of the person initAgent
	// sets up.
	facts      []calendarFact
	factsKnown bool
	person     int
}

// chances is the number of totals of hazards whose chance of any event a
// tally remembers: the totals of a state repeat from person to person
// (they differ by a few characteristics and the months out of work).
const chances = 256

// chance is 1 − exp(−total) for a total of hazards, once worked out; the
// zero value is right for a total of +0 (whose bits are 0).
type chance struct {
	total, p float64
}

// chance returns 1 − exp(−total), the chance that any of the month's
// competing events happens, with total the sum of their hazards: worked
// out once for each total seen recently and remembered, bit for bit the
// same number.
func (tl *tally) chance(total float64) float64 {
	b := math.Float64bits(total)
	c := &tl.anyEvent[(b^b>>17^b>>35)%chances]
	if math.Float64bits(c.total) != b {
		*c = chance{total: total, p: -math.Expm1(-total)}
	}
	return c.p
}

func (tl *tally) reset(months, bases int) {
	tl.months, tl.bases = months, bases
	tl.acc = resize(tl.acc, months*bases)
	tl.flows = resize(tl.flows, months*bases)
	tl.rows = tl.rows[:0]
	for t := range months {
		tl.rows = append(tl.rows, tl.acc[t*bases:(t+1)*bases])
	}
	tl.occ = resize(tl.occ, months*NumStates)
	tl.wageRatioSum, tl.jobStarts, tl.sectorChanges, tl.interventionCost, tl.participants = 0, 0, 0, 0, 0
	tl.waitMonths, tl.transferCost = 0, 0
	tl.coachClients, tl.servedAtOnce, tl.clientHours = 0, 0, 0
	tl.firstOpen, tl.lastOpen = math.MaxInt32, -1
	tl.observed = [NumCategories]float64{}
}

func resize(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// Category is an outcome category of the pilot's monitoring (report §3.1.3),
// derived from the states so that runs compare with the observed counts.
type Category int

// The pilot's outcome categories.
const (
	// Stopped: did not start, stopped, or stayed with the employer
	// (retained, inactive, declined or dropped out of coaching).
	CategoryStopped Category = iota
	CategoryNewJob
	CategoryWorkAndSchooling
	CategoryEducation
	CategorySearching
	NumCategories = int(CategorySearching) + 1
)

var categoryKeys = [NumCategories]string{"stopped", "new_job", "work_schooling", "education", "searching"}

// Key is the category's key in observation files.
func (c Category) Key() string { return categoryKeys[c] }

// CategoryKeys lists the category keys in order.
func CategoryKeys() []string { return append([]string(nil), categoryKeys[:]...) }

// simulate runs persons through plan pl, from calendar month 0 until every
// person has had horizon months, into tl. observe is the calendar month at
// which outcome categories are counted, or −1. sw is scratch space for the
// calendar-month sweep.
func simulate(pl *plan, persons []Person, agents []agent, cold []coldAgent, tl *tally, iterKey uint64, observe int, sw *sweep) {
	H := pl.horizon
	tl.reset(H, numFixedBases+len(pl.p.Interventions.Services))
	tl.persons = len(persons)
	pl.tally = tl
	lastEntry := 0
	for i := range persons {
		tl.person = i
		initAgent(&agents[i], &cold[i], &persons[i], pl, iterKey, i)
		lastEntry = max(lastEntry, persons[i].EntryMonth)
	}
	tl.occ[int(Notice)] = float64(len(persons))
	defer tl.occupancy()
	if !tl.countsOnly {
		defer tl.totalFlows()
	}
	if !pl.coaching {
		// Without a capacity that couples persons, each person runs through
		// all months at once, which keeps the agent in cache.
		for i := range agents {
			simulateAlone(pl, &agents[i], tl, observe)
		}
		return
	}
	// Case managers' capacity couples the persons: calendar month by
	// calendar month, everyone who has been told of the redundancy, in
	// person order.
	sw.reset(agents)
	activeHours := 0.0
	for m := 0; m < lastEntry+H; m++ {
		if pl.closesAt(tl, m) {
			closeService(agents, &activeHours)
		}
		if m == observe {
			countCategories(agents, m, tl)
			if tl.countsOnly {
				return // nothing after the observation changes what it counted
			}
		}
		sw.month(pl, agents, cold, tl, int32(m), &activeHours)
	}
	if !tl.countsOnly {
		bookCapacity(pl, tl)
	}
	if observe >= lastEntry+H {
		countCategories(agents, observe, tl)
	}
}

// sweep is the calendar-month sweep over persons whom case managers'
// capacity couples: live lists, in person order, the persons still to
// simulate, and wake[i] is the calendar month in which person i next needs
// a step (asleep for good, after the horizon or inactive: done); awake is
// scratch for the persons a month steps.
type sweep struct {
	live, wake, awake []int32
}

// done marks a person in sweep.wake who needs no more steps.
const done = math.MaxInt32

// reset sets the sweep up for agents: everyone live, each woken at the
// announcement.
func (sw *sweep) reset(agents []agent) {
	if cap(sw.live) < len(agents) {
		sw.live = make([]int32, len(agents))
		sw.wake = make([]int32, len(agents))
	}
	if cap(sw.awake) < len(agents) {
		sw.awake = make([]int32, 0, len(agents))
	}
	sw.live, sw.wake = sw.live[:len(agents)], sw.wake[:len(agents)]
	for i := range sw.live {
		sw.live[i] = int32(i)
		sw.wake[i] = agents[i].entry
	}
}

// prefetchAhead is how many persons ahead month prefetches an awake
// agent, so that its memory is on the way while the persons before it are
// stepped.
const prefetchAhead = 4

// month steps everyone awake in calendar month m, in person order (agents
// and their cold parts cold). A
// person whose next months are quiet and add to no sum (quietMonths, not
// on WW) runs through them at once and sleeps until the month after: what
// the sums receive, and in which order, is as if each month were stepped.
// The horizon's last month is always stepped, so that the person's flows
// are closed in their turn.
func (sw *sweep) month(pl *plan, agents []agent, cold []coldAgent, tl *tally, m int32, activeHours *float64) {
	H := int32(pl.horizon)
	awake, n := sw.awake[:0], 0
	for _, i := range sw.live {
		switch w := sw.wake[i]; {
		case w == done:
			continue
		case w <= m:
			awake = append(awake, i)
		}
		sw.live[n] = i
		n++
	}
	sw.live, sw.awake = sw.live[:n], awake
	for k, i := range awake {
		if k+prefetchAhead < len(awake) {
			// A large cohort's agents are not in cache: asking for one a
			// few persons ahead overlaps its wait with their steps.
			j := awake[k+prefetchAhead]
			prefetch(unsafe.Pointer(&agents[j]))
			prefetch(unsafe.Pointer(&cold[j])) // WW months and new job first (coldAgent)
		}
		a := &agents[i]
		t := m - a.entry
		step(pl, a, tl, t, t+1, activeHours)
		if a.state == Inactive || t+1 == H {
			a.closeFlows(pl, H)
			sw.wake[i] = done
			continue
		}
		next := t + 1
		if a.state != WW && a.quiet(pl) {
			next = quietMonths(pl, a, tl, next, H-1)
		}
		sw.wake[i] = a.entry + next
	}
}

// simulateAlone runs one person through all months, counting the outcome
// category at the start of calendar month observe (or at the horizon, if
// that comes first) for a person told of the redundancy by then.
func simulateAlone(pl *plan, a *agent, tl *tally, observe int) {
	H := int32(pl.horizon)
	unused := 0.0 // no coaching: no case managers' hours
	defer a.closeFlows(pl, H)
	if observe < int(a.entry) {
		step(pl, a, tl, 0, H, &unused)
		return
	}
	tObs := int32(min(observe-int(a.entry), int(H)))
	step(pl, a, tl, 0, tObs, &unused)
	tl.observed[categoryOf(a)]++
	if tl.countsOnly {
		return // nothing after the observation changes what it counted
	}
	step(pl, a, tl, tObs, H, &unused)
}

// totalFlows adds the fixed monthly flows, kept as differences in
// tl.flows, to tl.acc: month t of base k gets the sum of the differences
// of months 0 to t, added up month by month. Only the bases of flowBases
// have differences; adding the zeros of the others would change no sum
// (an amount in acc is never −0: it starts at +0 and only has amounts
// added, and x + y is −0 only for x and y both −0).
func (tl *tally) totalFlows() {
	b := tl.bases
	if tl.months == 0 {
		return
	}
	var run [numFixedBases]float64
	diff, acc := tl.flows[:numFixedBases], tl.acc[:numFixedBases]
	for _, k := range flowBases {
		run[k] = diff[k]
		acc[k] += run[k]
	}
	for t := 1; t < tl.months; t++ {
		diff, acc = tl.flows[t*b:][:numFixedBases], tl.acc[t*b:][:numFixedBases]
		for _, k := range flowBases {
			run[k] = diff[k] + run[k]
			acc[k] += run[k]
		}
	}
}

// moved counts a person who was in state from at the start of month a.t
// as in their state after it from month a.t+1 on.
func (tl *tally) moved(a *agent, from State) {
	if a.state == from || int(a.t)+1 >= tl.months {
		return
	}
	next := tl.occ[(int(a.t)+1)*NumStates:]
	next[from]--
	next[a.state]++
}

// occupancy turns the changes in tl.occ into the counts per month.
func (tl *tally) occupancy() {
	for j := NumStates; j < len(tl.occ); j++ {
		tl.occ[j] += tl.occ[j-NumStates]
	}
}

// countCategories adds the pilot's outcome categories of everyone who has
// been told of the redundancy by calendar month m to tl.observed.
func countCategories(agents []agent, m int, tl *tally) {
	for i := range agents {
		if a := &agents[i]; int(a.entry) <= m {
			tl.observed[categoryOf(a)]++
		}
	}
}

// categoryOf maps an agent to the pilot's categories: those who stayed,
// left the labour force, declined or dropped out of coaching count as
// stopped, as in the report's "gestopt, niet gestart of gebleven".
func categoryOf(a *agent) Category {
	switch {
	case a.state == Retained || a.state == Inactive:
		return CategoryStopped
	case a.state == Employed && a.job.schooling:
		return CategoryWorkAndSchooling
	case a.state == Employed:
		return CategoryNewJob
	case a.state == Training:
		return CategoryEducation
	case a.coach == coachDeclined || a.coach == coachDropped:
		return CategoryStopped
	}
	return CategorySearching
}
