package model

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Cache carries work from one engine run to the next under common random
// numbers, for analyses that run the same scenarios many times: a
// calibration's evaluations, the matrices of a Sobol design. Runs that share
// a Cache must have the same seed, horizon, cohort size and observation
// month, and the same scenarios in the same order (the same Inputs, up to
// Input.Vary); NewEngine refuses a run whose configuration differs. They may
// differ in Config.Uniform, Config.Iterations and Config.Workers. Reused
// are
//
//   - the synthetic persons of each iteration, for the same description of
//     the cohort;
//   - a scenario's outcome in an iteration whose parameters drew the same
//     uniforms as in an earlier run (a scenario with Vary is simulated
//     every time);
//   - with SameDraws, the drawn parameters themselves;
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

	mu    sync.Mutex
	key   *cacheKey
	iters [][]cached // [iteration][scenario]
	used  atomic.Int64
	free  []*workspace
}

// cacheKey is what the runs sharing a Cache must agree on.
type cacheKey struct {
	seed                         uint64
	horizon, cohortSize, observe int
	inputs                       int
}

// cached is what a Cache holds of one scenario in one iteration; each
// iteration is written by the one worker that simulates it.
type cached struct {
	// params are the parameters as drawn, before Vary (SameDraws).
	params *Params
	// persons drawn from cohort, n of them.
	persons []Person
	cohort  Cohort
	// result is the outcome, for parameters that drew uniforms.
	result   *ScenarioIteration
	uniforms []float64
	// flows[t*NumStakeholders+k] is the discounted cash flow of
	// stakeholder k in month t, raw the same undiscounted, and items the
	// discounted line items: what the differences with the baseline are
	// taken from.
	flows, raw []float64
	items      *itemLevels
}

// attach checks that cfg agrees with the runs before and sizes the cache
// for cfg's iterations.
func (c *Cache) attach(cfg *Config, inputs int) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	k := cacheKey{cfg.Seed, cfg.Horizon, cfg.CohortSize, cfg.Observe, inputs}
	switch {
	case c.key == nil:
		c.key = &k
	case *c.key != k:
		return fmt.Errorf("a cache shared by runs with another seed, horizon, cohort size, observation month or number of scenarios (%+v, this run %+v)", *c.key, k)
	}
	for len(c.iters) < cfg.Iterations {
		c.iters = append(c.iters, make([]cached, inputs))
	}
	return nil
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

// keepResult keeps the outcome out, reached with uniforms, and its
// discounted flows for entry e.
func (c *Cache) keepResult(e *cached, out *ScenarioIteration, uniforms, flows, raw []float64, items *itemLevels) {
	if !c.take((len(out.Occupancy)+len(uniforms)+len(flows)+len(raw))*8 + int(unsafe.Sizeof(*out)+unsafe.Sizeof(*items))) {
		return
	}
	r, it := *out, *items
	r.Occupancy = slices.Clone(out.Occupancy)
	r.Cashflow, r.Flow = nil, nil
	e.result, e.uniforms, e.items = &r, slices.Clone(uniforms), &it
	e.flows, e.raw = slices.Clone(flows), slices.Clone(raw)
}

// restore copies a kept outcome into out, its flows into flows and raw and
// its line items into items, and reports whether e holds one reached with the
// same uniforms.
func (e *cached) restore(uniforms []float64, out *ScenarioIteration, flows, raw []float64, items *itemLevels) bool {
	if e.result == nil || !slices.Equal(e.uniforms, uniforms) {
		return false
	}
	occ, cash, flow := out.Occupancy, out.Cashflow, out.Flow
	*out = *e.result
	out.Occupancy, out.Cashflow, out.Flow = occ, cash, flow
	copy(out.Occupancy, e.result.Occupancy)
	copy(flows, e.flows)
	copy(raw, e.raw)
	*items = *e.items
	return true
}

// getWorkspace returns a workspace for e: one a run before left, or a new
// one.
func (c *Cache) getWorkspace(e *Engine) *workspace {
	c.mu.Lock()
	var ws *workspace
	if n := len(c.free); n > 0 {
		ws, c.free = c.free[n-1], c.free[:n-1]
	}
	c.mu.Unlock()
	if ws == nil {
		return e.newWorkspace()
	}
	e.bind(ws)
	return ws
}

// putWorkspace keeps ws for the next run.
func (c *Cache) putWorkspace(ws *workspace) {
	c.mu.Lock()
	c.free = append(c.free, ws)
	c.mu.Unlock()
}
