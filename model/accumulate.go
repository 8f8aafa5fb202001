package model

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/stat"
)

// DefaultSampleBudget is the memory, in bytes, an Accumulator keeps samples
// in before it spills them to a temporary file: 64 MiB holds about 330,000
// iterations of one scenario and its baseline.
const DefaultSampleBudget = 64 << 20

// Accumulator summarises the iterations of a run as they come, in
// iteration order, into the Results the whole run gives. It keeps the
// running sums of occupancy and cash flows, and every iteration's NPVs and
// outcomes (the samples the exact quantiles need) in memory up to a budget,
// past which it spills them to a temporary file in column chunks, so that
// memory stays flat in the number of iterations. Engine.Run feeds it from
// the engine; a merge of shards feeds it the records the shards wrote, in
// the same order, and so gets the same bytes.
//
// An Accumulator is not safe for concurrent use. Close removes the spill
// file; Results closes it too.
type Accumulator struct {
	tmpl  Results
	h     int
	n     int // iterations added
	size  []int
	occ   [][]float64
	cash  [][]float64
	flow  [][]float64
	cols  *columns
	pm    int64
	ended bool
}

// AccumulatorOptions tunes an Accumulator; the zero value is the default.
type AccumulatorOptions struct {
	// Budget is the memory in bytes for samples before they spill to disk;
	// 0 means DefaultSampleBudget, a negative value spills from the start.
	Budget int64
	// Dir is the directory of the spill file; "" means os.TempDir().
	Dir string
}

// Sample columns of one scenario: the NPV per stakeholder, the NPV per
// member of the cohort, and the outcomes that an iteration defines.
const (
	colNPV        = 0
	colPerHead    = colNPV + NumStakeholders
	colOutcomes   = colPerHead + NumStakeholders
	colItems      = colOutcomes + NumOutcomes // item i of stakeholder k at colItems + i*NumStakeholders + k
	colsPerResult = colItems + NumItems*NumStakeholders
)

// NewAccumulator returns an Accumulator for a run described by tmpl: its
// Tool, Version, Run (but PersonMonths and ElapsedSeconds), Baseline, and
// each scenario's name, titles, descriptions and hash, are copied into the
// Results; everything computed from the iterations is filled in by
// Results. Engine.Template gives the template of an engine's run.
func NewAccumulator(tmpl *Results, opt AccumulatorOptions) (*Accumulator, error) {
	S, H := len(tmpl.Scenarios), tmpl.Run.HorizonMonths
	switch {
	case S == 0:
		return nil, errors.New("accumulator: no scenarios")
	case H < 1:
		return nil, fmt.Errorf("accumulator: horizon must be at least 1 month, got %d", H)
	case tmpl.Run.Iterations < 1:
		return nil, fmt.Errorf("accumulator: iterations must be at least 1, got %d", tmpl.Run.Iterations)
	}
	budget := opt.Budget
	if budget == 0 {
		budget = DefaultSampleBudget
	}
	a := &Accumulator{
		tmpl: *tmpl,
		h:    H,
		size: make([]int, S),
		occ:  make([][]float64, S),
		cash: make([][]float64, S),
		flow: make([][]float64, S),
		cols: newColumns(S*colsPerResult, budget, opt.Dir, tmpl.Run.Iterations),
	}
	a.tmpl.Scenarios = slices.Clone(tmpl.Scenarios)
	for s := range S {
		a.occ[s] = make([]float64, H*NumStates)
		a.cash[s] = make([]float64, H*NumStakeholders)
		a.flow[s] = make([]float64, H*NumStakeholders)
	}
	return a, nil
}

// Add takes the next iteration. Iterations must come in order, starting at
// 0, each with the template's scenarios and horizon.
func (a *Accumulator) Add(it *Iteration) error {
	switch {
	case a.ended:
		return errors.New("accumulator: Add after Results or Close")
	case it.Index != a.n:
		return fmt.Errorf("accumulator: iteration %d came when %d was due", it.Index, a.n)
	case a.n >= a.tmpl.Run.Iterations:
		return fmt.Errorf("accumulator: iteration %d beyond the run's %d", it.Index, a.tmpl.Run.Iterations)
	case len(it.Scenarios) != len(a.size):
		return fmt.Errorf("accumulator: iteration %d has %d scenarios, the run %d", it.Index, len(it.Scenarios), len(a.size))
	}
	H := a.h
	for s := range it.Scenarios {
		si := &it.Scenarios[s]
		if len(si.Occupancy) != H*NumStates || len(si.Cashflow) != H*NumStakeholders || len(si.Flow) != H*NumStakeholders {
			return fmt.Errorf("accumulator: iteration %d, scenario %d: occupancy, cash flow or flow not of %d months", it.Index, s, H)
		}
		a.size[s] = si.CohortSize
		a.pm += int64(si.CohortSize) * int64(H)
		base := s * colsPerResult
		for k := range NumStakeholders {
			if err := a.cols.add(base+colNPV+k, si.NPV[k]); err != nil {
				return err
			}
			if err := a.cols.add(base+colPerHead+k, si.NPV[k]/float64(si.CohortSize)); err != nil {
				return err
			}
		}
		for i := range NumItems {
			for k := range NumStakeholders {
				if err := a.cols.add(base+colItems+i*NumStakeholders+k, si.ItemNPV[i][k]); err != nil {
					return err
				}
			}
		}
		for k := range NumOutcomes {
			if math.IsNaN(si.Outcomes[k]) {
				continue
			}
			if err := a.cols.add(base+colOutcomes+k, si.Outcomes[k]); err != nil {
				return err
			}
		}
		occ, cash := a.occ[s], a.cash[s]
		for j, v := range si.Occupancy {
			occ[j] += v
		}
		for j, v := range si.Cashflow {
			cash[j] += v
		}
		for j, v := range si.Flow {
			a.flow[s][j] += v
		}
	}
	a.n++
	return nil
}

// Added returns the number of iterations added.
func (a *Accumulator) Added() int { return a.n }

// Spilled reports whether samples went to the spill file.
func (a *Accumulator) Spilled() bool { return a.cols.spilled }

// Close removes the spill file, if any. It is safe to call more than once.
func (a *Accumulator) Close() error {
	a.ended = true
	return a.cols.close()
}

// Results summarises the iterations added, which must be all of the run's,
// and closes the Accumulator. ElapsedSeconds is left zero: the caller knows
// the time.
func (a *Accumulator) Results() (*Results, error) {
	defer a.Close()
	if a.ended {
		return nil, errors.New("accumulator: Results after Close")
	}
	N := a.tmpl.Run.Iterations
	if a.n != N {
		return nil, fmt.Errorf("accumulator: %d of %d iterations added", a.n, N)
	}
	r := a.tmpl
	r.Scenarios = slices.Clone(a.tmpl.Scenarios)
	r.Run.PersonMonths = a.pm
	r.Run.ElapsedSeconds = 0
	H := a.h
	var buf, sorted []float64
	summarize := func(c int) (Summary, error) {
		var err error
		if buf, err = a.cols.read(c, buf[:0]); err != nil {
			return Summary{}, err
		}
		sorted = append(sorted[:0], buf...)
		return summarizeSorted(buf, sorted), nil
	}
	for s := range r.Scenarios {
		sr := &r.Scenarios[s]
		sr.CohortSize = a.size[s]
		base := s * colsPerResult
		var err error
		for k := range NumStakeholders {
			st := Stakeholder(k)
			if *sr.NPV.At(st), err = summarize(base + colNPV + k); err != nil {
				return nil, err
			}
			if st == Society {
				// sorted holds the societal NPVs, sorted.
				for j, q := range []float64{0.05, 0.25, 0.5, 0.75, 0.95} {
					sr.SocietyBox[j] = stat.Quantile(q, stat.LinInterp, sorted, nil)
				}
			}
			if *sr.NPVPerParticipant.At(st), err = summarize(base + colPerHead + k); err != nil {
				return nil, err
			}
		}
		for k := range NumStakeholders {
			items := ItemSummaries{}
			for i := range NumItems {
				if buf, err = a.cols.read(base+colItems+i*NumStakeholders+k, buf[:0]); err != nil {
					return nil, err
				}
				// Left out when zero to the cent in every iteration.
				if slices.IndexFunc(buf, func(v float64) bool { return math.Abs(v) >= 0.005 }) < 0 {
					continue
				}
				sorted = append(sorted[:0], buf...)
				items = append(items, ItemSummary{Item(i), summarizeSorted(buf, sorted)})
			}
			*sr.NPVByItem.At(Stakeholder(k)) = items
		}
		for k, dst := range sr.Outcomes.fields() {
			if *dst, err = summarize(base + colOutcomes + k); err != nil {
				return nil, err
			}
		}
		for st := range NumStates {
			series := make([]float64, H)
			for t := range H {
				series[t] = a.occ[s][t*NumStates+st] / float64(N)
			}
			*sr.Occupancy.At(State(st)) = series
		}
		for k := range NumStakeholders {
			series := make([]float64, H)
			for t := range H {
				series[t] = a.cash[s][t*NumStakeholders+k] / float64(N)
			}
			*sr.Cashflow.At(Stakeholder(k)) = series
		}
		flow := a.flow[s]
		for j := range flow {
			flow[j] /= float64(N)
		}
		// Month 0 is the calendar month the template says (the cohort's
		// start), January of the price year when it says none.
		year, month := r.Run.PriceYear, 1
		if t := sr.BudgetByYear; t != nil {
			year, month = t.StartYear, t.StartMonth
		}
		b := BudgetByYear(flow, H, year, month)
		sr.BudgetByYear = &b
	}
	return &r, nil
}

// fields lists the outcome summaries in the order of the Outcome constants.
func (o *Outcomes) fields() [NumOutcomes]*Summary {
	return [NumOutcomes]*Summary{
		&o.EmployedAt6, &o.EmployedAt12, &o.EmployedAt24, &o.MonthsUnemployed,
		&o.MonthsWW, &o.MonthsBijstand, &o.WageRatio, &o.CostPerParticipant, &o.SectorChange,
		&o.Utilisation, &o.WaitingMonths, &o.ServedWithinMonth,
	}
}
