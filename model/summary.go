package model

import (
	"context"
	"math"
	"slices"
	"time"

	"gonum.org/v1/gonum/stat"
)

// Run simulates every iteration and summarises the scenarios against the
// baseline (inputs[0]) with an Accumulator: memory is flat in the number of
// iterations (samples past DefaultSampleBudget spill to a temporary file)
// and never grows with the cohort, each iteration's persons being
// summarised as soon as it ends. Each fn in also, when given, is called with
// every iteration, in order, before it is summarised (to write its draws,
// say); an error from one stops the run.
func (e *Engine) Run(ctx context.Context, also ...func(*Iteration) error) (*Results, error) {
	acc, err := NewAccumulator(e.Template(), AccumulatorOptions{})
	if err != nil {
		return nil, err
	}
	defer acc.Close()
	start := time.Now()
	err = e.Each(ctx, func(it *Iteration) error {
		for _, fn := range also {
			if err := fn(it); err != nil {
				return err
			}
		}
		if err := acc.Add(it); err != nil {
			return err
		}
		if e.cfg.Progress != nil {
			e.cfg.Progress(acc.Added(), e.cfg.Iterations)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	elapsed := time.Since(start).Seconds()
	r, err := acc.Results()
	if err != nil {
		return nil, err
	}
	r.Run.ElapsedSeconds = math.Round(elapsed*1000) / 1000
	return r, nil
}

// Template returns the Results of the engine's run before any iteration:
// the run's settings and each scenario's name, titles, descriptions and
// hash, with nothing computed yet. NewAccumulator takes it.
func (e *Engine) Template() *Results {
	var p Params
	e.inputs[0].Draw(func(string) float64 { return 0.5 }, &p)
	r := &Results{
		Tool:    "vwnw",
		Version: e.cfg.Version,
		Run: RunInfo{
			Seed:                    e.cfg.Seed,
			Iterations:              e.cfg.Iterations,
			HorizonMonths:           e.cfg.Horizon,
			DiscountRate:            p.Economy.DiscountRate,
			PriceYear:               e.outYear,
			RulesCarriedForwardFrom: e.carried,
			Workers:                 e.cfg.Workers,
		},
		Baseline: e.inputs[0].Name,
	}
	for s, in := range e.inputs {
		r.Scenarios = append(r.Scenarios, ScenarioResult{
			Name: in.Name, Title: in.Title, TitleNL: in.TitleNL,
			Description: in.Description, DescriptionNL: in.DescriptionNL,
			SHA256: in.SHA256,
			// Month 0 is the cohort's start month (cohort.start); the
			// Accumulator fills in the years.
			BudgetByYear: &Budget{StartYear: e.cals[s].startYear, StartMonth: e.cals[s].month0 + 1},
		})
	}
	return r
}

// Summarize describes x: mean, standard deviation, Monte-Carlo standard
// error, the 5th, 50th and 95th percentiles (linear interpolation of the
// empirical distribution function, gonum's stat.LinInterp) and the
// share of values above zero. An empty x gives a Summary of NaNs (see
// Summary.Defined).
func Summarize(x []float64) Summary {
	return summarizeSorted(x, slices.Clone(x))
}

// summarizeSorted is Summarize with sorted a copy of x that it sorts.
func summarizeSorted(x, sorted []float64) Summary {
	if len(x) == 0 {
		nan := math.NaN()
		return Summary{nan, nan, nan, nan, nan, nan, nan}
	}
	slices.Sort(sorted)
	mean, sd := stat.MeanStdDev(x, nil)
	if len(x) < 2 {
		sd = 0
	}
	pos := 0
	for _, v := range x {
		if v > 0 {
			pos++
		}
	}
	return Summary{
		Mean:         mean,
		SD:           sd,
		SE:           sd / math.Sqrt(float64(len(x))),
		P5:           stat.Quantile(0.05, stat.LinInterp, sorted, nil),
		P50:          stat.Quantile(0.5, stat.LinInterp, sorted, nil),
		P95:          stat.Quantile(0.95, stat.LinInterp, sorted, nil),
		ProbPositive: float64(pos) / float64(len(x)),
	}
}
