package model

import (
	"math"
	mathbits "math/bits"
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
	// monthHours[m] is the client hours given in calendar month m (with
	// coaching; empty without).
	monthHours []float64
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
		tl.monthHours = tl.monthHours[:0]
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
	sw.reset(agents, lastEntry+H)
	tl.monthHours = resize(tl.monthHours, lastEntry+H)
	var load caseload
	for m := 0; m < lastEntry+H; m++ {
		load.newMonth()
		if pl.closesAt(tl, m) {
			closeService(agents, &load)
		}
		if m == observe {
			countCategories(agents, m, tl)
			if tl.countsOnly {
				return // nothing after the observation changes what it counted
			}
		}
		sw.month(pl, agents, cold, tl, int32(m), &load)
	}
	if !tl.countsOnly {
		bookCapacity(pl, tl)
	}
	if observe >= lastEntry+H {
		countCategories(agents, observe, tl)
	}
}

// sweep is the calendar-month sweep over persons whom case managers'
// capacity couples. A month visits, in person order, the persons active
// in it — awake (to step) or asleep and paid (payAsleep) — and those who
// wake in it from a sleep without pay: those wait in the month they wake
// in, in a list that waking[m] heads and link chains, so that a month does
// not pass them while they sleep. wakes[i] is the calendar month in which
// person i next needs a step (asleep for good, after the horizon or
// inactive: done), and asleep[i] what it is paid each month it sleeps.
type sweep struct {
	// active lists, in person order, the persons active in the next
	// month; next is the list being built for the month after.
	active, next []int32
	// awake and order are a month's persons to step and, in person
	// order, those to step (i) or pay asleep (^i).
	awake, order []int32
	waking, link []int32
	woken        []uint64 // a month's wakers, one bit a person
	wakes        []int32
	asleep       []sleeper
	// sleeps is whether quiet persons sleep (sweepSleeps).
	sleeps bool
}

// sleeper is what a person asleep is paid every month: pays says what,
// m is the month as bookWW books it (paysWW) or as agent.payment books a
// wage supplement (paysSupplement, whose transfer the tally's
// transferCost counts), into tally.rows[t] in calendar month entry+t.
type sleeper struct {
	m        benefitMonth
	transfer float64
	entry    int32
	pays     pays
}

// pays says what a person asleep is paid every month.
type pays uint8

// What a person asleep is paid: nothing (the state's fixed flows are
// booked as differences), WW in full or beside a job (bookWW), or a wage
// supplement beside a job (topUp).
const (
	paysNothing pays = iota
	paysWW
	paysSupplement
)

// done marks a person in sweep.wakes who needs no more steps; none ends
// a list of wakers.
const (
	done = math.MaxInt32
	none = -1
)

// sweepSleeps lets quiet persons sleep in the sweep; a test turns it off
// to compare with stepping every month.
var sweepSleeps = true

// reset sets the sweep up for agents over months calendar months: each
// person woken at the announcement.
func (sw *sweep) reset(agents []agent, months int) {
	n := len(agents)
	if cap(sw.wakes) < n {
		sw.wakes = make([]int32, n)
		sw.asleep = make([]sleeper, n)
		sw.link = make([]int32, n)
		sw.woken = make([]uint64, (n+63)/64)
		for _, p := range []*[]int32{&sw.active, &sw.next, &sw.awake, &sw.order} {
			*p = make([]int32, 0, n)
		}
	}
	sw.wakes, sw.asleep, sw.link, sw.woken = sw.wakes[:n], sw.asleep[:n], sw.link[:n], sw.woken[:(n+63)/64]
	clear(sw.woken)
	if cap(sw.waking) < months {
		sw.waking = make([]int32, months)
	}
	sw.waking = sw.waking[:months]
	for m := range sw.waking {
		sw.waking[m] = none
	}
	sw.active = sw.active[:0]
	for i := range sw.wakes {
		e := agents[i].entry
		sw.wakes[i], sw.asleep[i] = e, sleeper{entry: e}
		sw.wakeAt(int32(i), e)
	}
	sw.sleeps = sweepSleeps
}

// wakeAt lists person i to wake in calendar month m.
func (sw *sweep) wakeAt(i, m int32) {
	sw.link[i] = sw.waking[m]
	sw.waking[m] = i
}

// prefetchAhead is how many persons ahead month prefetches an awake
// agent, so that its memory is on the way while the persons before it are
// stepped.
const prefetchAhead = 4

// month steps everyone awake in calendar month m, in person order (agents
// and their cold parts cold). A person whose next months are quiet
// (agent.quiet) runs through them at once and sleeps until the month
// after (sleep); one asleep on WW or beside a job with a top-up is paid
// its month at its place in person order (payAsleep): what the sums
// receive, and in which order, is as if each month were stepped.
func (sw *sweep) month(pl *plan, agents []agent, cold []coldAgent, tl *tally, m int32, load *caseload) {
	sw.list(m)
	awake, next := sw.awake, 0
	sw.next = sw.next[:0]
	for _, i := range sw.order {
		if i < 0 {
			sw.payAsleep(tl, ^i, m)
			sw.next = append(sw.next, ^i) // asleep up to m+1 at the earliest
			continue
		}
		if k := next + prefetchAhead; k < len(awake) {
			// A large cohort's agents are not in cache: asking for one a
			// few persons ahead overlaps its wait with their steps.
			// The cold part whole, two lines a call: a step at a new
			// calendar year or an event reads its fixed flows and facts.
			j := awake[k]
			prefetch(unsafe.Pointer(&agents[j]))
			c := unsafe.Pointer(&cold[j])
			for off := uintptr(0); off < unsafe.Sizeof(coldAgent{}); off += 128 {
				prefetch(unsafe.Add(c, off))
			}
		}
		next++
		sw.step(pl, &agents[i], tl, i, m, load)
	}
	sw.active, sw.next = sw.next, sw.active
}

// list lists calendar month m's persons in person order: the active ones
// and those who wake in m, in sw.order, and of them those to step in
// sw.awake.
func (sw *sweep) list(m int32) {
	sw.awake, sw.order = sw.awake[:0], sw.order[:0]
	act, k := sw.active, 0
	if sw.waking[m] != none {
		for i := sw.waking[m]; i != none; i = sw.link[i] {
			sw.woken[i>>6] |= 1 << (i & 63)
		}
		sw.waking[m] = none
		for w, bits := range sw.woken {
			if bits == 0 {
				continue
			}
			sw.woken[w] = 0
			for ; bits != 0; bits &= bits - 1 {
				i := int32(w<<6 + mathbits.TrailingZeros64(bits))
				for ; k < len(act) && act[k] < i; k++ {
					sw.visit(act[k], m)
				}
				sw.awake = append(sw.awake, i)
				sw.order = append(sw.order, i)
			}
		}
	}
	for ; k < len(act); k++ {
		sw.visit(act[k], m)
	}
}

// visit lists active person i in calendar month m: to step, if it wakes
// by m, else to pay asleep.
func (sw *sweep) visit(i, m int32) {
	if sw.wakes[i] <= m {
		sw.awake = append(sw.awake, i)
		sw.order = append(sw.order, i)
		return
	}
	sw.order = append(sw.order, ^i)
}

// step steps person i (agent a) in calendar month m and sets when it next
// needs a step: in the next month or asleep and paid, it is active then;
// asleep without pay, it waits in the month it wakes in. The horizon's
// last month is always stepped, so that the person's flows are closed in
// their turn.
func (sw *sweep) step(pl *plan, a *agent, tl *tally, i int32, m int32, load *caseload) {
	H := int32(pl.horizon)
	s := &sw.asleep[i]
	s.pays = paysNothing
	t := m - a.entry
	step(pl, a, tl, t, t+1, load)
	if a.state == Inactive || t+1 == H {
		a.closeFlows(pl, H)
		sw.wakes[i] = done
		return
	}
	next := t + 1
	if sw.sleeps && a.quiet(pl) {
		next = sw.sleep(pl, a, i, next, H-1)
	}
	wake := a.entry + next
	sw.wakes[i] = wake
	if wake == m+1 || s.pays != paysNothing {
		sw.next = append(sw.next, i)
		return
	}
	sw.wakeAt(i, wake)
}

// sleep runs quiet agent a, person i, from month t as quietMonths does,
// up to t1 at most, without booking anything, and returns the month it
// wakes in. What a month pays (WW, a wage supplement) is paid by
// payAsleep instead, in its calendar month, from sw.asleep[i]: so that it is
// the same every month of the sleep, the sleep ends where the WW's rate
// drops from 75% to 70%.
func (sw *sweep) sleep(pl *plan, a *agent, i, t, t1 int32) int32 {
	end := a.quietEnd(t, t1)
	if t >= end {
		return t
	}
	kind, ok := a.asleepPay(pl, &sw.asleep[i])
	if !ok {
		return t
	}
	if kind == paysWW && a.wwMonth < 2 {
		end = min(end, t+2-a.wwMonth) // months 0–1 at 75%
	}
	if t >= end {
		return t
	}
	next := a.quietUntil(pl, t, end)
	if n := next - t; n > 0 {
		sw.asleep[i].pays = kind
		a.paidAsleep(kind, n)
	}
	a.quietCount(t, next)
	return next
}

// asleepPay sets p to what quiet agent a is paid every month of a sleep
// that begins now and returns what it is, or reports that the agent
// cannot sleep: a job's top-up whose month is not known yet (topUp works
// it out when it is first paid, in a step, at each rate and calendar
// year), a supplement and WW at once, or money not worked out
// (countsOnly, in which agent.payment books nothing).
func (a *agent) asleepPay(pl *plan, p *sleeper) (pays, bool) {
	switch {
	case a.state == WW:
		p.m = *a.fullWW(min(a.wwMonth/2, 1))
		return paysWW, true
	case a.state != Employed || !a.month.varies:
		return paysNothing, true
	case a.facts.countsOnly || a.job.wage == 0 || a.job.partialWW == (a.job.supplementLeft > 0):
		return paysNothing, false
	case a.job.partialWW:
		// payWW's month of WW beside earnings, as it left it.
		k, f := min(a.wwMonth/2, 1), &a.facts
		if f.wwPartYear[k] != a.yr || !sameFloat(f.wwPartEarn[k], a.job.wage) {
			return paysNothing, false
		}
		p.m = f.wwPart[k]
		return paysWW, true
	}
	// agent.payment's month of the supplement, as it left it.
	top, c := a.supplement(pl), &a.facts.pay
	if c.yr != a.yr || !sameFloat(c.earned, a.job.wage) || !sameFloat(c.x, top) {
		return paysNothing, false
	}
	p.m, p.transfer = c.m, top
	return paysSupplement, true
}

// paidAsleep counts n months paid asleep as the steps would have: WW's
// months against the entitlement (bookWW), a supplement's against its
// months (topUp).
func (a *agent) paidAsleep(kind pays, n int32) {
	switch kind {
	case paysWW:
		a.wwMonth += n
		a.wwLeft -= n
		a.totals.ww += n
	case paysSupplement:
		a.job.supplementLeft -= n
		a.totals.supplement += n
	}
}

// payAsleep pays person i, asleep, its month in calendar month m, as a
// step would: WW as bookWW books it, a wage supplement as topUp does.
func (sw *sweep) payAsleep(tl *tally, i, m int32) {
	p := &sw.asleep[i]
	acc := tl.rows[m-p.entry]
	if p.pays == paysSupplement {
		acc[baseWageSupplement] += p.m.paid
		acc[baseTax] += p.m.tax
		acc[baseToeslag] += p.m.toeslag
		tl.transferCost += p.transfer
		return
	}
	acc[baseWW] += p.m.paid
	acc[baseTax] += p.m.tax
	acc[baseToeslag] += p.m.toeslag
	acc[baseZvwWW] += p.m.zvw
}

// simulateAlone runs one person through all months, counting the outcome
// category at the start of calendar month observe (or at the horizon, if
// that comes first) for a person told of the redundancy by then.
func simulateAlone(pl *plan, a *agent, tl *tally, observe int) {
	H := int32(pl.horizon)
	var unused caseload // no coaching: no case managers' hours
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
