package model

import (
	"fmt"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Cache carries work from one engine run to the next under common random
// numbers, for analyses that run the same scenarios many times: a
// calibration's evaluations, the matrices of a Sobol design. Runs that share
// a Cache must have the same seed, horizon, cohort size, observation
// month and Config.CountsOnly, and the same scenarios in the same order (the same Inputs, up to
// Input.Vary); NewEngine refuses a run whose configuration differs. They may
// differ in Config.Uniform, Config.Iterations and Config.Workers. Reused
// are
//
//   - the synthetic persons of each iteration, for the same description of
//     the cohort;
//   - a scenario's outcome in an iteration whose parameters drew the same
//     uniforms as in an earlier run (a scenario with Vary is simulated
//     every time; one kept by a run with Config.NPVOnly serves only runs
//     with it);
//   - with SameDraws, the drawn parameters themselves;
//   - the calendar facts of the persons kept (WW entitlement, AOW month,
//     transition payment), for runs of the same Engine, and the last
//     saturation of coaching's dose–response worked out in an iteration;
//   - the workers' memory.
//
// What is reused is what the engine would compute again: results are
// identical with and without a Cache. A Cache is not for concurrent runs.
type Cache struct {
	// SameDraws promises that every run draws the same parameters in each
	// iteration (Config.Uniform the same, or none): only Input.Vary
	// differs. Each iteration's parameters are then drawn once.
	SameDraws bool
	// Budget bounds the memory kept, in bytes; 0 means 1 GiB. Past it,
	// nothing more is kept.
	Budget int64
	// NoOutcomes, when set, makes runs keep no more outcomes (they still
	// meet those kept before): an analysis sets it for a run whose
	// outcomes no later run meets again, which saves copying them and
	// their memory. It may change between runs.
	NoOutcomes bool

	mu  sync.Mutex
	key *cacheKey
	// cals are the calendars of the runs so far, one of each (see
	// internCalendars).
	cals  []*calendar
	iters [][]cached // [iteration][scenario]
	used  atomic.Int64
	// workspaces are the workers' memory the runs left.
	workspaces workspaces
}

// cacheKey is what the runs sharing a Cache must agree on.
type cacheKey struct {
	seed                         uint64
	horizon, cohortSize, observe int
	inputs                       int
	countsOnly                   bool
}

// cached is what a Cache holds of one scenario in one iteration; each
// iteration is written by the one worker that simulates it.
type cached struct {
	// params are the parameters as drawn, before Vary (SameDraws).
	params *Params
	// persons drawn from cohort, n of them.
	persons []Person
	cohort  Cohort
	// uniforms are the uniforms params drew (SameDraws).
	uniforms []float64
	// outcomes are the outcomes kept, each with the uniforms its
	// parameters drew.
	outcomes []*outcome
	// facts are the calendar facts of the persons kept (of the entry
	// whose persons the scenario meets) under calendar factsCal.
	facts    []calendarFact
	factsCal *calendar
	// sat is the last saturation of the coaching's dose worked out in
	// this iteration (plan.sat).
	sat saturations
}

// outcome is a scenario's outcome in one iteration as a Cache keeps it:
// reached with uniforms, with the discounted cash flow flows[t*NumStakeholders+k]
// of stakeholder k in month t, raw the same undiscounted, and items the
// discounted line items: what the differences with the baseline are taken
// from.
type outcome struct {
	result     *ScenarioIteration
	uniforms   []float64
	flows, raw []float64
	items      *itemLevels
	// base, of a baseline, is what the scenarios' net effects are booked
	// against, so that a restored baseline need not be simulated again.
	base *baseBooks
	// npvOnly: kept by a run with Config.NPVOnly, without line items and
	// cash flows, for such runs only.
	npvOnly bool
}

// baseBooks are what bookDisplacement and bookExcessBurden read of the
// baseline: its tally's months and occupancy, its ledger's amounts.
// TestCacheNetEffectsAgainstTheBaseline checks them against a run without
// a Cache.
type baseBooks struct {
	months       int
	occ, amounts []float64
}

// attach checks that cfg agrees with the runs before and sizes the cache
// for cfg's iterations.
func (c *Cache) attach(cfg *Config, inputs int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := cacheKey{cfg.Seed, cfg.Horizon, cfg.CohortSize, cfg.Observe, inputs, cfg.CountsOnly}
	switch {
	case c.key == nil:
		c.key = &k
	case *c.key != k:
		return fmt.Errorf("a cache shared by runs with another seed, horizon, cohort size, observation month, number of scenarios or counts-only mode (%+v, this run %+v)", *c.key, k)
	}
	for len(c.iters) < cfg.Iterations {
		c.iters = append(c.iters, make([]cached, inputs))
	}
	return nil
}

// internCalendars replaces each of cals, a run's calendars, by the one
// alike in every field that the Cache holds from an earlier run, and holds
// those it has none alike of: the calendar facts the Cache keeps are kept
// under their calendar, and every run builds calendars of its own.
func (c *Cache) internCalendars(cals []*calendar) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for s, cal := range cals {
		if i := slices.IndexFunc(c.cals, func(k *calendar) bool { return k == cal || reflect.DeepEqual(k, cal) }); i >= 0 {
			cals[s] = c.cals[i]
			continue
		}
		c.cals = append(c.cals, cal)
	}
}

// at returns the entry of scenario s in iteration i.
func (c *Cache) at(i, s int) *cached { return &c.iters[i][s] }

// take reports whether n more bytes fit in the budget, and counts them if so.
func (c *Cache) take(n int) bool {
	budget := c.Budget
	if budget == 0 {
		budget = 1 << 30
	}
	if c.used.Add(int64(n)) > budget {
		c.used.Add(-int64(n))
		return false
	}
	return true
}

// keepParams keeps the parameters drawn for entry e.
func (c *Cache) keepParams(e *cached, p *Params) {
	if !c.take(int(unsafe.Sizeof(*p)) + len(p.Interventions.Services)*int(unsafe.Sizeof(Service{}))) {
		return
	}
	q := *p
	q.Interventions.Services = slices.Clone(p.Interventions.Services)
	e.params = &q
}

// keepPersons keeps the persons drawn from cohort for entry e.
func (c *Cache) keepPersons(e *cached, cohort *Cohort, persons []Person) {
	if !c.take(len(persons) * int(unsafe.Sizeof(Person{}))) {
		return
	}
	e.persons, e.cohort = slices.Clone(persons), *cohort
}

// keep keeps scenario s's outcome out in iteration i, reached with the
// uniforms its parameters drew, with its flows and line items (and, for the
// baseline of a comparison, its books), unless the Cache keeps one reached
// with the same uniforms already or NoOutcomes is set.
func (c *Cache) keep(ws *workspace, i, s int, out *ScenarioIteration) {
	e, uniforms := c.at(i, s), ws.drawn[s]
	if c.NoOutcomes || e.find(uniforms, ws.npvOnly) != nil {
		return
	}
	flows, raw, items := ws.flows[s], ws.raw[s], &ws.items[s]
	size := (len(out.Occupancy)+len(uniforms)+len(flows)+len(raw))*8 + int(unsafe.Sizeof(*out)+unsafe.Sizeof(*items)+unsafe.Sizeof(outcome{}))
	var base *baseBooks
	if s == 0 && c.key.inputs > 1 {
		tl, l := &ws.tallies[0], ws.ledgers[0]
		base = &baseBooks{months: tl.months, occ: tl.occ, amounts: l.amounts}
		size += (len(tl.occ) + len(l.amounts)) * 8
	}
	if !c.take(size) {
		return
	}
	if base != nil {
		base.occ, base.amounts = slices.Clone(base.occ), slices.Clone(base.amounts)
	}
	r, it := *out, *items
	r.Occupancy = slices.Clone(out.Occupancy)
	r.Cashflow, r.Flow = nil, nil
	e.outcomes = append(e.outcomes, &outcome{
		result: &r, uniforms: slices.Clone(uniforms), items: &it,
		flows: slices.Clone(flows), raw: slices.Clone(raw), base: base,
		npvOnly: ws.npvOnly,
	})
}

// knownFacts returns the calendar facts of persons under calendar cal
// that entry e (of a scenario meeting the persons of entry drawn) keeps,
// or nil. They are kept only for the persons the Cache keeps.
func (c *Cache) knownFacts(drawn, e *cached, persons []Person, cal *calendar) []calendarFact {
	if !keptPersons(drawn, persons) || e.factsCal != cal || len(e.facts) != len(persons) {
		return nil
	}
	return e.facts
}

// keepFacts keeps facts, the calendar facts of persons under calendar cal,
// for entry e (of a scenario meeting the persons of entry drawn), unless e
// keeps some already, the persons are not the Cache's or there is no room.
func (c *Cache) keepFacts(drawn, e *cached, persons []Person, cal *calendar, facts []calendarFact) {
	if e.facts != nil || !keptPersons(drawn, persons) || !c.take(len(facts)*int(unsafe.Sizeof(calendarFact{}))) {
		return
	}
	e.facts, e.factsCal = slices.Clone(facts), cal
}

// keptPersons reports whether persons are those entry drawn keeps.
func keptPersons(drawn *cached, persons []Person) bool {
	return len(persons) > 0 && len(drawn.persons) == len(persons) && &drawn.persons[0] == &persons[0]
}

// find returns the outcome e keeps that was reached with uniforms, or nil.
// An outcome kept by a run for the NPVs only serves such runs only
// (npvOnly).
func (e *cached) find(uniforms []float64, npvOnly bool) *outcome {
	for _, o := range e.outcomes {
		if (npvOnly || !o.npvOnly) && slices.Equal(o.uniforms, uniforms) {
			return o
		}
	}
	return nil
}

// restore copies scenario s's outcome in iteration i, if the Cache keeps
// one reached with the uniforms its parameters drew, into out with its
// flows and line items, and reports whether it did. It reports whether the
// baseline's books (its tally and ledger, as the scenarios' net effects
// read them) are restored too.
func (c *Cache) restore(ws *workspace, i, s int, out *ScenarioIteration) (ok, books bool) {
	o := c.at(i, s).find(ws.drawn[s], ws.npvOnly)
	if o == nil {
		return false, false
	}
	occ, cash, flow := out.Occupancy, out.Cashflow, out.Flow
	*out = *o.result
	out.Occupancy, out.Cashflow, out.Flow = occ, cash, flow
	copy(out.Occupancy, o.result.Occupancy)
	copy(ws.flows[s], o.flows)
	copy(ws.raw[s], o.raw)
	ws.items[s] = *o.items
	if b := o.base; b != nil && len(ws.ledgers[s].amounts) == len(b.amounts) {
		tl := &ws.tallies[s]
		tl.months, tl.occ = b.months, append(tl.occ[:0], b.occ...)
		copy(ws.ledgers[s].amounts, b.amounts)
		books = true
	}
	return true, books
}
