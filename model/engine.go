package model

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// Input is one scenario as the engine runs it.
type Input struct {
	Name          string
	Title         string
	TitleNL       string
	Description   string
	DescriptionNL string
	SHA256        string
	// Draw fills p with the parameters of one iteration. u returns the
	// uniform in (0, 1) that draws the uncertain parameter with the given
	// dotted name; scenarios that share a name share its draw.
	Draw func(u func(name string) float64, p *Params)
	// Vary, when set, changes the drawn parameters before they are run:
	// calibration sets its fitted keys so, on the scenario as loaded.
	Vary func(p *Params)
	// Persons is a fixed cohort read from a file; nil means a synthetic
	// cohort drawn from Params.Cohort.
	Persons []Person
}

// Config sets up a run.
type Config struct {
	Seed       uint64
	Iterations int
	// Horizon is the number of months each person is followed.
	Horizon int
	// CohortSize, when positive, overrides the size of synthetic cohorts.
	CohortSize int
	// Workers is the number of goroutines; 0 means GOMAXPROCS.
	Workers int
	// Version is recorded in the results.
	Version string
	// Uniform, when set, replaces the seeded uniform that draws parameter
	// name in iteration i (sensitivity analysis and calibration fix
	// parameters through it).
	Uniform func(i int, name string) float64
	// Observe is the calendar month (from the cohort's first entry month) at
	// which the pilot's outcome categories are counted; negative for none.
	Observe int
	// Start and End limit Each to iterations [Start, End) of the
	// Iterations (End 0: up to Iterations), one shard of a run spread over
	// machines. Iteration i meets the random numbers it meets in the whole
	// run.
	Start, End int
	// PriceYear, when set, is the year whose euros the results are in
	// (amounts indexed with the CPI); 0 keeps the baseline's
	// economy.price_year.
	PriceYear int
	// Progress, when set, is called by Run after each iteration with the
	// iterations done and in all, from a single goroutine.
	Progress func(done, total int)
	// Cache, when set, carries work over from earlier runs with the same
	// scenarios under common random numbers (see Cache).
	Cache *Cache
	// CountsOnly, when set, runs for the outcome categories at Observe
	// only, as calibration needs them: the persons meet the same states and
	// draws as in a full run, so ScenarioIteration.Observed (and
	// CohortSize) are the same to the bit, but no money is worked out — no
	// monthly flows, booking, ledgers, discounting or net effects — and
	// every other field of a ScenarioIteration is left zero. With Observe
	// at or after 0, the persons are followed up to it only: nothing after
	// it changes what it counts.
	CountsOnly bool
	// NPVOnly, when set, runs for the NPVs only, as a Sobol analysis
	// needs them: NPV, Level and the totals of a ScenarioIteration
	// (TransferGap, CohortSize, Participants and the others) are the same
	// to the bit, but no line items, monthly cash flows, occupancy or
	// outcomes are worked out: ItemNPV, Cashflow, Flow, Occupancy and
	// Outcomes are not to be read (an Iteration is reused, and one a
	// Cache restores from a full run has them).
	NPVOnly bool
}

// Outcome indexes the per-iteration outcomes of a scenario.
type Outcome int

// Outcomes per iteration, in the order of the Outcomes struct.
const (
	OutEmployed6 Outcome = iota
	OutEmployed12
	OutEmployed24
	OutMonthsUnemployed
	OutMonthsWW
	OutMonthsBijstand
	OutWageRatio
	OutCostPerParticipant
	OutSectorChange
	// OutUtilisation is the share of the case managers' capacity used
	// while the service was open; OutWaitingMonths the mean months those
	// who took coaching up waited for a case manager; OutServedWithinMonth
	// the share of them who started in the month they took it up. NaN
	// without coaching.
	OutUtilisation
	OutWaitingMonths
	OutServedWithinMonth
	NumOutcomes = int(OutServedWithinMonth) + 1
)

// ScenarioIteration is one scenario's outcome in one iteration.
type ScenarioIteration struct {
	// NPV is the scenario's NPV minus the baseline's, per stakeholder.
	NPV [NumStakeholders]float64
	// Level is the scenario's own NPV per stakeholder.
	Level [NumStakeholders]float64
	// ItemNPV[i][k] is line item i's part of NPV[k]: the scenario's
	// discounted item minus the baseline's, not rounded, so that the items
	// of a stakeholder add up to its NPV before NPV's rounding to the cent.
	// Society's item is the sum of the seven parties'.
	ItemNPV [NumItems][NumStakeholders]float64
	// Outcomes are the scenario's levels; OutWageRatio is NaN when nobody
	// found a job.
	Outcomes [NumOutcomes]float64
	// Occupancy[t*NumStates+s] is the share of the cohort in state s at month t.
	Occupancy []float64
	// Cashflow[t*NumStakeholders+s] is the discounted net cash flow of
	// stakeholder s in month t, scenario minus baseline.
	Cashflow []float64
	// Flow[t*NumStakeholders+s] is the same cash flow undiscounted, in
	// euros of the price year: what a party's budget sees in month t.
	Flow []float64
	// Observed counts the outcome categories at Config.Observe.
	Observed [NumCategories]float64
	// TransferGap is the largest |Σ parties − Σ resource flows| over the
	// months: what transfers failed to cancel. Zero up to rounding.
	TransferGap float64
	CohortSize  int
	// Participants is the number of persons who took part in an intervention.
	Participants float64
	// WaitMonths counts participant-months spent waiting for a case manager.
	WaitMonths float64
	// TransferCost is what interventions pay as transfers (wage supplement,
	// the fund's income for trainees), undiscounted; the resource cost is
	// Outcomes[OutCostPerParticipant] × Participants.
	TransferCost float64
	// FundSpending is what the transition fund spends on the cohort
	// (tuition after the earmarked transition payment and the STAP budget,
	// and income when paid by the fund); LevyCollected is the levy raised
	// for the cohort: equal to the spending on a wage-bill basis, the lump
	// sums on a per-worker basis. Both undiscounted.
	FundSpending, LevyCollected float64
}

// Iteration holds every scenario's outcome in one iteration; index 0 is the
// baseline.
type Iteration struct {
	Index     int
	Scenarios []ScenarioIteration
}

// Engine runs scenarios against a baseline with common random numbers.
type Engine struct {
	cfg    Config
	inputs []Input
	// cals[s] are the rules of the calendar years scenario s spans, and
	// euros[s] the factor from its euros to those of the results.
	cals  []*calendar
	euros []float64
	// outYear is the year whose euros the results are in; carried the
	// first calendar year simulated with rules carried forward, or 0.
	outYear, carried int
	// workspaces holds the workers' memory a run left for the next run of
	// the engine (without a Cache; with one, the Cache keeps it), iters
	// the Iterations it handed to fn.
	workspaces workspaces
	mu         sync.Mutex
	iters      []*Iteration
	// unshared, set by tests, works every person's calendar facts out
	// afresh in every scenario, as if nothing were shared.
	unshared bool
}

// NewEngine checks cfg and inputs; inputs[0] is the baseline.
func NewEngine(cfg Config, inputs []Input) (*Engine, error) {
	switch {
	case len(inputs) == 0:
		return nil, errors.New("no scenarios to run")
	case cfg.Iterations < 1:
		return nil, fmt.Errorf("iterations must be at least 1, got %d", cfg.Iterations)
	case cfg.Horizon < 1 || cfg.Horizon > 600:
		return nil, fmt.Errorf("horizon must be between 1 and 600 months, got %d", cfg.Horizon)
	case cfg.CohortSize < 0:
		return nil, fmt.Errorf("cohort size must be positive, got %d", cfg.CohortSize)
	case cfg.Workers < 0:
		return nil, fmt.Errorf("workers must be positive, got %d", cfg.Workers)
	case cfg.Start < 0 || cfg.End < 0 || cfg.End > cfg.Iterations || (cfg.End > 0 && cfg.Start > cfg.End) || cfg.Start >= cfg.Iterations:
		return nil, fmt.Errorf("iterations from %d to %d are not within the run's %d", cfg.Start, cfg.End, cfg.Iterations)
	}
	if cfg.Workers == 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.Cache != nil {
		if err := cfg.Cache.attach(&cfg, len(inputs)); err != nil {
			return nil, err
		}
	}
	e := &Engine{cfg: cfg, inputs: inputs}
	if err := e.calendars(); err != nil {
		return nil, err
	}
	e.shareCalendars()
	if cfg.Cache != nil {
		cfg.Cache.internCalendars(e.cals)
	}
	return e, nil
}

// Config returns the engine's configuration, with Workers filled in.
func (e *Engine) Config() Config { return e.cfg }

// itemLevels are a scenario's own discounted line items by stakeholder.
type itemLevels [NumItems][NumStakeholders]float64

// workspace is a worker's memory, reused across iterations (and, with a
// Cache, across runs).
type workspace struct {
	params  []Params
	plans   []plan
	persons [][]Person // storage for drawn persons
	// current[s] are the persons drawn for scenario s in iteration
	// personsAt[s]: persons[s], or the Cache's.
	current   [][]Person
	personsAt []int
	// drawnBy[s] is the scenario whose synthetic persons scenario s meets:
	// s itself, or an earlier one with the same cohort.
	drawnBy []int
	// agents and cold are the agents of the scenario being simulated,
	// one set for all scenarios: a scenario's agents are read only while
	// it is simulated (Persons simulates its scenario again).
	agents  []agent
	cold    []coldAgent
	sweep   sweep // scratch for simulate
	tallies []tally
	ledgers []*Ledger
	// drawn[s] are the uniforms scenario s's parameters drew, in order;
	// flows[s] its discounted cash flows per month and stakeholder, raw[s]
	// the same undiscounted, and items[s] its own discounted line items per
	// stakeholder.
	drawn [][]float64
	flows [][]float64
	raw   [][]float64
	items []itemLevels
	src   *rand.PCG
	// cache is the run's Cache, if any.
	cache *Cache
	// iteration is the iteration being simulated, and u the uniform that
	// draws its uncertain parameters, recording each in rec: made once, so
	// that passing it to Input.Draw allocates nothing per iteration.
	iteration int
	rec       []float64
	u         func(name string) float64
	// npvOnly is the run's Config.NPVOnly.
	npvOnly bool
	// facts[d] are the calendar facts of the persons scenario d drew,
	// worked out in the iteration and under the calendar factsKey[d]
	// names: the scenarios that meet those persons under that calendar
	// share them (see factsOf).
	facts    [][]calendarFact
	factsKey []factsKey
}

// factsKey names what a person's calendar facts depend on: the persons
// (those of a cohort file, or those drawn in an iteration) and the
// calendar.
type factsKey struct {
	file      *Person // the cohort file's first person, or nil
	iteration int     // the iteration the persons were drawn in
	n         int
	cal       *calendar // nil: no facts
}

func (e *Engine) newWorkspace() *workspace {
	n := len(e.inputs)
	ws := &workspace{
		params:    make([]Params, n),
		plans:     make([]plan, n),
		persons:   make([][]Person, n),
		current:   make([][]Person, n),
		personsAt: make([]int, n),
		drawnBy:   make([]int, n),
		tallies:   make([]tally, n),
		ledgers:   make([]*Ledger, n),
		drawn:     make([][]float64, n),
		flows:     make([][]float64, n),
		raw:       make([][]float64, n),
		items:     make([]itemLevels, n),
		src:       rand.NewPCG(0, 0),
		facts:     make([][]calendarFact, n),
		factsKey:  make([]factsKey, n),
	}
	for s := range ws.ledgers {
		ws.ledgers[s] = NewLedger(e.cfg.Horizon)
		ws.flows[s] = make([]float64, e.cfg.Horizon*NumStakeholders)
		ws.raw[s] = make([]float64, e.cfg.Horizon*NumStakeholders)
	}
	e.bind(ws)
	return ws
}

// bind makes ws draw the uniforms of engine e.
func (e *Engine) bind(ws *workspace) {
	cfg := &e.cfg
	u := func(name string) float64 { return ParamUniform(cfg.Seed, ws.iteration, HashName(name)) }
	if cfg.Uniform != nil {
		u = func(name string) float64 { return cfg.Uniform(ws.iteration, name) }
	}
	ws.u = func(name string) float64 {
		v := u(name)
		ws.rec = append(ws.rec, v)
		return v
	}
	ws.npvOnly = cfg.NPVOnly
	for s := range ws.personsAt {
		ws.personsAt[s] = -1
		ws.factsKey[s] = factsKey{} // none
	}
	ws.cache = nil
}

func (e *Engine) newIteration() *Iteration {
	it := &Iteration{Scenarios: make([]ScenarioIteration, len(e.inputs))}
	for s := range it.Scenarios {
		it.Scenarios[s].Occupancy = make([]float64, e.cfg.Horizon*NumStates)
		it.Scenarios[s].Cashflow = make([]float64, e.cfg.Horizon*NumStakeholders)
		it.Scenarios[s].Flow = make([]float64, e.cfg.Horizon*NumStakeholders)
	}
	return it
}

// iterate simulates iteration i of every scenario into it.
func (e *Engine) iterate(ws *workspace, i int, it *Iteration) {
	ws.iteration = i
	it.Index = i
	for s := range e.inputs {
		e.draw(ws, s, i)
	}
	baseSimulated := false // the baseline's tally and ledger are this iteration's
	for s, in := range e.inputs {
		out := &it.Scenarios[s]
		if c := ws.cache; c != nil && in.Vary == nil {
			if ok, books := c.restore(ws, i, s, out); ok {
				baseSimulated = baseSimulated || books
				continue
			}
		}
		if s > 0 && !baseSimulated && !e.cfg.CountsOnly {
			// A scenario's displacement and excess burden are booked
			// against the baseline's tally and ledger: simulate a baseline
			// restored without them again (the same result).
			e.simulate(ws, 0, i, &it.Scenarios[0])
		}
		baseSimulated = true
		e.simulate(ws, s, i, out)
		if c := ws.cache; c != nil && in.Vary == nil {
			c.keep(ws, i, s, out)
		}
	}
	if e.cfg.CountsOnly {
		return // no money to take differences of
	}
	H := e.cfg.Horizon
	base, bflows, braw, bitems := &it.Scenarios[0], ws.flows[0], ws.raw[0], &ws.items[0]
	for s := range it.Scenarios {
		out, flows, raw, items := &it.Scenarios[s], ws.flows[s], ws.raw[s], &ws.items[s]
		for k := range NumStakeholders {
			// To the cent: what is below is rounding, not a difference.
			out.NPV[k] = math.Round((out.Level[k]-base.Level[k])*100) / 100
		}
		if s == 0 {
			// Exactly zero, not a difference that rounding could disturb.
			out.NPV = [NumStakeholders]float64{}
		}
		if e.cfg.NPVOnly {
			continue // no line items or cash flows to take differences of
		}
		for i := range NumItems {
			for k := range NumStakeholders {
				out.ItemNPV[i][k] = items[i][k] - bitems[i][k]
			}
		}
		if s == 0 {
			out.ItemNPV = [NumItems][NumStakeholders]float64{}
		}
		for j := range H * NumStakeholders {
			out.Cashflow[j] = flows[j] - bflows[j]
			out.Flow[j] = raw[j] - braw[j]
		}
	}
}

// draw fills ws.params[s] with scenario s's parameters in iteration i,
// recording the uniforms they drew in ws.drawn[s], and sets whose persons
// it meets.
func (e *Engine) draw(ws *workspace, s, i int) {
	in, p := &e.inputs[s], &ws.params[s]
	var kept *cached
	if c := ws.cache; c != nil && c.SameDraws {
		kept = c.at(i, s)
	}
	if kept != nil && kept.params != nil {
		buf := p.Interventions.Services[:0]
		*p = *kept.params
		p.Interventions.Services = append(buf, kept.params.Interventions.Services...)
		ws.drawn[s] = append(ws.drawn[s][:0], kept.uniforms...)
	} else {
		ws.rec = ws.drawn[s][:0]
		in.Draw(ws.u, p)
		ws.drawn[s] = ws.rec
		if kept != nil {
			ws.cache.keepParams(kept, p)
			kept.uniforms = slices.Clone(ws.drawn[s])
		}
	}
	if in.Vary != nil {
		in.Vary(p)
	}
	ws.drawnBy[s] = s
	if s > 0 && in.Persons == nil && e.inputs[s-1].Persons == nil && sameCohort(&ws.params[s-1].Cohort, &p.Cohort) {
		// The same description gives the same persons (common random
		// numbers): meet the previous scenario's instead of drawing them
		// again.
		ws.drawnBy[s] = ws.drawnBy[s-1]
	}
}

// CohortSize is the number of persons a scenario simulates under cfg: those
// of its cohort file (persons), else Config.CohortSize when positive, else
// the size its parameters describe (described).
func CohortSize(cfg Config, persons []Person, described int) int {
	switch {
	case persons != nil:
		return len(persons)
	case cfg.CohortSize > 0:
		return cfg.CohortSize
	}
	return described
}

// personsOf returns the persons scenario s meets in iteration i: its
// cohort file, or synthetic persons drawn once per iteration (or kept by
// the Cache) for the scenarios that describe them alike.
func (e *Engine) personsOf(ws *workspace, s, i int) []Person {
	if persons := e.inputs[s].Persons; persons != nil {
		return persons
	}
	d := ws.drawnBy[s]
	if ws.personsAt[d] == i {
		return ws.current[d]
	}
	p := &ws.params[d]
	n := CohortSize(e.cfg, nil, p.Cohort.Size)
	ws.personsAt[d] = i
	var kept *cached
	if c := ws.cache; c != nil {
		kept = c.at(i, d)
		if kept.persons != nil && len(kept.persons) == n && sameCohort(&kept.cohort, &p.Cohort) {
			ws.current[d] = kept.persons
			return kept.persons
		}
	}
	ws.persons[d] = GeneratePersons(ws.persons[d], &p.Cohort, n, iterationKey(e.cfg.Seed, i), ws.src)
	ws.current[d] = ws.persons[d]
	if kept != nil && kept.persons == nil {
		ws.cache.keepPersons(kept, &p.Cohort, ws.persons[d])
		if kept.persons != nil {
			// The same persons, as the Cache keeps them: their calendar
			// facts can be kept from this run on.
			ws.current[d] = kept.persons
		}
	}
	return ws.current[d]
}

// simulate runs scenario s in iteration i into out and ws.flows[s].
func (e *Engine) simulate(ws *workspace, s, i int, out *ScenarioIteration) {
	cfg := &e.cfg
	H := cfg.Horizon
	p := &ws.params[s]
	persons := e.personsOf(ws, s, i)
	if cap(ws.agents) < len(persons) {
		ws.agents = make([]agent, len(persons))
		ws.cold = make([]coldAgent, len(persons))
	}
	agents := ws.agents[:len(persons)]
	pl, tl, l := &ws.plans[s], &ws.tallies[s], ws.ledgers[s]
	var kept *cached
	if c := ws.cache; c != nil {
		// The iteration's dose saturation, as an earlier run worked it
		// out: the same again while the fit varies other keys.
		kept = c.at(i, s)
		pl.sat = kept.sat
	}
	newPlan(pl, p, e.cals[s], e.euros[s], H)
	if kept != nil {
		kept.sat = pl.sat
	}
	tl.countsOnly = cfg.CountsOnly
	tl.facts, tl.factsKnown = e.factsOf(ws, s, i, persons)
	simulate(pl, persons, agents, ws.cold[:len(persons)], tl, iterationKey(cfg.Seed, i), cfg.Observe, &ws.sweep)
	e.keepFacts(ws, s, i, persons)
	if cfg.CountsOnly {
		out.CohortSize = len(persons)
		out.Observed = tl.observed
		return
	}
	l.noItems = cfg.NPVOnly
	book(pl, tl, l)
	if s > 0 {
		// Net effects against the baseline, simulated first in this
		// iteration (iterate sees to it).
		bookDisplacement(pl, tl, &ws.tallies[0], l)
		bookExcessBurden(pl, l, ws.ledgers[0])
	}

	out.CohortSize = len(persons)
	out.Participants = tl.participants
	out.WaitMonths = tl.waitMonths
	k := pl.euros // into the results' euros
	out.TransferCost = k * tl.transferCost
	out.FundSpending, out.LevyCollected = fundTotals(pl, tl)
	out.FundSpending *= k
	out.LevyCollected *= k
	out.Observed = tl.observed
	if cfg.NPVOnly {
		ledgerTotals(out, l, pl.disc, k, nil, nil)
	} else {
		ledgerTotals(out, l, pl.disc, k, ws.flows[s], ws.raw[s])
		for i := range NumItems {
			for st := range NumStakeholders {
				ws.items[s][i][st] = k * l.ItemNPV(Item(i), Stakeholder(st))
			}
		}
	}
	if cfg.NPVOnly {
		return
	}
	n := float64(len(persons))
	for j := range out.Occupancy {
		out.Occupancy[j] = tl.occ[j] / n
	}
	ww := 0
	for i := range agents {
		ww += int(agents[i].totals.ww)
	}
	outcomes(out, tl, H, float64(ww)/n, k)
	coachingOutcomes(out, pl, tl)
}

// ledgerTotals sets out.TransferGap and out.Level from ledger l, and
// raw[t*NumStakeholders+k] and flows (the same discounted with disc) to
// stakeholder k's cash flow in month t, all times euros (into the results'
// euros); nil flows and raw are left out. It is what l.TransferTotal,
// l.NPV and l.Amount give, each month's sum over the parties (Society's
// flow) worked out once.
func ledgerTotals(out *ScenarioIteration, l *Ledger, disc []float64, euros float64, flows, raw []float64) {
	var npv [NumStakeholders]float64
	gap := 0.0
	for t := range l.months {
		a := l.amounts[t*NumParties : (t+1)*NumParties]
		society := 0.0
		for st, x := range a {
			society += x
			npv[st] += disc[t] * x
		}
		npv[Society] += disc[t] * society
		gap = max(gap, euros*math.Abs(society-l.resource[t]))
		if raw == nil {
			continue
		}
		r, f := raw[t*NumStakeholders:(t+1)*NumStakeholders], flows[t*NumStakeholders:(t+1)*NumStakeholders]
		for st, x := range a {
			r[st] = euros * x
			f[st] = disc[t] * r[st]
		}
		r[Society] = euros * society
		f[Society] = disc[t] * r[Society]
	}
	out.TransferGap = gap
	for st := range NumStakeholders {
		out.Level[st] = euros * npv[st]
	}
}

// outcomes sets out.Outcomes from the occupancy, the tally and the months
// of WW per person; euros converts amounts into the results' euros.
// coachingOutcomes sets how the case managers' capacity was used:
// utilisation, waiting and who was served at once (NaN without coaching).
func coachingOutcomes(out *ScenarioIteration, pl *plan, tl *tally) {
	o := &out.Outcomes
	o[OutUtilisation], o[OutWaitingMonths], o[OutServedWithinMonth] = math.NaN(), math.NaN(), math.NaN()
	if pl.coaching {
		o[OutUtilisation] = utilisation(pl, tl)
	}
	if tl.coachClients > 0 {
		o[OutWaitingMonths] = tl.waitMonths / tl.coachClients
		o[OutServedWithinMonth] = tl.servedAtOnce / tl.coachClients
	}
}

func outcomes(out *ScenarioIteration, tl *tally, H int, monthsWW, euros float64) {
	occ := func(t int, st State) float64 {
		if t >= H {
			return math.NaN() // beyond the horizon: not observed
		}
		return out.Occupancy[t*NumStates+int(st)]
	}
	months := func(states ...State) float64 {
		sum := 0.0
		for t := range H {
			for _, st := range states {
				sum += out.Occupancy[t*NumStates+int(st)]
			}
		}
		return sum
	}
	o := &out.Outcomes
	o[OutEmployed6], o[OutEmployed12], o[OutEmployed24] = occ(6, Employed), occ(12, Employed), occ(24, Employed)
	o[OutMonthsUnemployed] = months(WW, Bijstand, NoBenefit)
	// Every month in which WW is paid: on WW, in training with WW, and
	// partial WW beside a lower-paid job.
	o[OutMonthsWW] = monthsWW
	o[OutMonthsBijstand] = months(Bijstand)
	o[OutWageRatio] = math.NaN()
	if tl.jobStarts > 0 {
		o[OutWageRatio] = tl.wageRatioSum / tl.jobStarts
	}
	o[OutSectorChange] = math.NaN()
	if tl.jobStarts > 0 {
		o[OutSectorChange] = tl.sectorChanges / tl.jobStarts
	}
	// Real resources only (case-manager time, services, tuition,
	// outplacement); the transfers an intervention pays are TransferCost.
	o[OutCostPerParticipant] = 0
	if tl.participants > 0 {
		o[OutCostPerParticipant] = euros * tl.interventionCost / tl.participants
	}
}

// Each simulates every iteration (from Config.Start to Config.End) on
// cfg.Workers goroutines and calls fn for each, in iteration order, from a
// single goroutine. The Iteration is reused after fn returns. Each stops
// early when ctx is done or fn returns an error.
//
// A worker takes consecutive iterations a batch at a time (batchSize), so
// that handing them over costs little beside iterations that take little.
func (e *Engine) Each(ctx context.Context, fn func(*Iteration) error) error {
	first, end := e.cfg.Start, e.cfg.Iterations
	if e.cfg.End > 0 {
		end = e.cfg.End
	}
	workers := min(e.cfg.Workers, end-first)
	size := batchSize(end-first, workers)
	free := make(chan *batch, 2*workers)
	batches := e.batches(cap(free), size)
	defer e.keepIterations(batches)
	for _, b := range batches {
		free <- b
	}
	done := make(chan *batch, cap(free))
	stop := make(chan struct{})
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			ws := e.workspace()
			defer e.release(ws)
			for {
				var b *batch
				select {
				case b = <-free:
				case <-stop:
					return
				}
				b.first = first + int(next.Add(int64(size))) - size
				if b.first >= end {
					return
				}
				b.n = min(size, end-b.first)
				for j, it := range b.its[:b.n] {
					select {
					case <-stop: // stopped: no one waits for the rest of the batch
						return
					default:
					}
					e.iterate(ws, b.first+j, it)
				}
				select {
				case done <- b:
				case <-stop:
					return
				}
			}
		})
	}
	err := deliver(ctx, first, end, done, free, fn)
	close(stop)
	wg.Wait()
	return err
}

// batch is a run of consecutive iterations a worker simulates: its[:n],
// from iteration first on.
type batch struct {
	first, n int
	its      []*Iteration
}

// batches returns n batches of size iterations each, made of Iterations
// an earlier run left (keepIterations) or new ones.
func (e *Engine) batches(n, size int) []*batch {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := make([]*batch, n)
	for k := range out {
		out[k] = &batch{its: make([]*Iteration, size)}
		for j := range size {
			if m := len(e.iters); m > 0 {
				out[k].its[j], e.iters = e.iters[m-1], e.iters[:m-1]
			} else {
				out[k].its[j] = e.newIteration()
			}
		}
	}
	return out
}

// keepIterations keeps the Iterations of batches for the next run of e.
func (e *Engine) keepIterations(batches []*batch) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, b := range batches {
		e.iters = append(e.iters, b.its...)
	}
}

// batchSize is the number of consecutive iterations a worker takes at a
// time: up to 16, while every worker still gets some 8 batches.
func batchSize(iterations, workers int) int {
	return max(1, min(16, iterations/(8*max(workers, 1))))
}

// deliver hands the iterations from first to end, in batches from done, to
// fn in iteration order, whatever order they finish in, and the batches
// back to free; it stops at the first error of fn or when ctx is done.
func deliver(ctx context.Context, first, end int, done <-chan *batch, free chan<- *batch, fn func(*Iteration) error) error {
	pending := make(map[int]*batch, cap(free))
	var err error
	for want := first; want < end && err == nil; {
		select {
		case <-ctx.Done():
			err = ctx.Err()
			continue
		case b := <-done:
			pending[b.first] = b
		}
		for b, ok := pending[want]; ok && err == nil; b, ok = pending[want] {
			delete(pending, want)
			for _, it := range b.its[:b.n] {
				if err = fn(it); err != nil {
					break
				}
			}
			want += b.n
			free <- b
		}
	}
	return err
}

// PersonOutcome is what happened to one person in one simulation.
type PersonOutcome struct {
	Person Person
	// Final is the state at the end of the horizon.
	Final State
	// MonthsUnemployed counts months on WW, bijstand or without benefit.
	MonthsUnemployed int
	// MonthsTraining counts months in training (fund or self-started).
	MonthsTraining int
	// MonthsWW counts months in which WW was paid, in any state.
	MonthsWW int
	// MonthsCoached counts months with a case manager.
	MonthsCoached int
	// MonthsSupplement counts months of wage supplement paid.
	MonthsSupplement int
	// Trainee reports whether the person started fund retraining.
	Trainee bool
	// Participant reports whether the person took part in an intervention.
	Participant bool
}

// Persons simulates iteration i of scenario s (its index in the inputs) and
// returns each person's outcome, for inspection and tests. Person p is the
// same person, meeting the same draws, in every scenario.
func (e *Engine) Persons(s, i int) []PersonOutcome {
	ws := e.newWorkspace()
	it := e.newIteration()
	e.iterate(ws, i, it)
	// The scenarios share the agents: simulate s again (the same result,
	// against the baseline iterate simulated) to have its own.
	e.simulate(ws, s, i, &it.Scenarios[s])
	persons := e.inputs[s].Persons
	if persons == nil {
		persons = ws.current[ws.drawnBy[s]]
	}
	out := make([]PersonOutcome, len(persons))
	for p := range out {
		a := &ws.agents[p]
		out[p] = PersonOutcome{
			Person: persons[p], Final: a.state,
			MonthsUnemployed: int(a.totals.unemployed), MonthsTraining: int(a.totals.training),
			MonthsWW: int(a.totals.ww), MonthsCoached: int(a.totals.coached),
			MonthsSupplement: int(a.totals.supplement),
			Trainee:          a.history.trainee, Participant: a.history.participant,
		}
	}
	return out
}
