package model

import (
	"context"
	"math"
	"slices"
	"time"

	"gonum.org/v1/gonum/stat"
)

// Run simulates every iteration and summarises the scenarios against the
// baseline (inputs[0]). Memory grows with iterations × scenarios, never with
// the cohort: each iteration's persons are summarised as soon as it ends.
func (e *Engine) Run(ctx context.Context) (*Results, error) {
	H, S, N := e.cfg.Horizon, len(e.inputs), e.cfg.Iterations
	type samples struct {
		npv      [NumStakeholders][]float64
		perHead  [NumStakeholders][]float64
		items    [NumItems][NumStakeholders][]float64
		outcomes [NumOutcomes][]float64
		occ      []float64
		cash     []float64
		flow     []float64
		size     int
	}
	acc := make([]samples, S)
	for s := range acc {
		for k := range NumStakeholders {
			acc[s].npv[k] = make([]float64, 0, N)
			acc[s].perHead[k] = make([]float64, 0, N)
			for i := range NumItems {
				acc[s].items[i][k] = make([]float64, 0, N)
			}
		}
		for k := range NumOutcomes {
			acc[s].outcomes[k] = make([]float64, 0, N)
		}
		acc[s].occ = make([]float64, H*NumStates)
		acc[s].cash = make([]float64, H*NumStakeholders)
		acc[s].flow = make([]float64, H*NumStakeholders)
	}
	var personMonths int64
	start := time.Now()
	err := e.Each(ctx, func(it *Iteration) error {
		for s := range it.Scenarios {
			si, a := &it.Scenarios[s], &acc[s]
			a.size = si.CohortSize
			personMonths += int64(si.CohortSize) * int64(H)
			for k := range NumStakeholders {
				a.npv[k] = append(a.npv[k], si.NPV[k])
				a.perHead[k] = append(a.perHead[k], si.NPV[k]/float64(si.CohortSize))
				for i := range NumItems {
					a.items[i][k] = append(a.items[i][k], si.ItemNPV[i][k])
				}
			}
			for k := range NumOutcomes {
				if !math.IsNaN(si.Outcomes[k]) {
					a.outcomes[k] = append(a.outcomes[k], si.Outcomes[k])
				}
			}
			for j, v := range si.Occupancy {
				a.occ[j] += v
			}
			for j, v := range si.Cashflow {
				a.cash[j] += v
			}
			for j, v := range si.Flow {
				a.flow[j] += v
			}
		}
		if e.cfg.Progress != nil {
			e.cfg.Progress(len(acc[0].npv[0]), N)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	elapsed := time.Since(start).Seconds()

	var p Params
	e.inputs[0].Draw(func(string) float64 { return 0.5 }, &p)
	r := &Results{
		Tool:    "vwnw",
		Version: e.cfg.Version,
		Run: RunInfo{
			Seed:                    e.cfg.Seed,
			Iterations:              N,
			HorizonMonths:           H,
			DiscountRate:            p.Economy.DiscountRate,
			PriceYear:               e.outYear,
			RulesCarriedForwardFrom: e.carried,
			Workers:                 e.cfg.Workers,
			PersonMonths:            personMonths,
			ElapsedSeconds:          math.Round(elapsed*1000) / 1000,
		},
		Baseline: e.inputs[0].Name,
	}
	for s, in := range e.inputs {
		a := &acc[s]
		sr := ScenarioResult{
			Name: in.Name, Title: in.Title, TitleNL: in.TitleNL,
			Description: in.Description, DescriptionNL: in.DescriptionNL,
			CohortSize: a.size, SHA256: in.SHA256,
		}
		for k := range NumStakeholders {
			st := Stakeholder(k)
			*sr.NPV.At(st) = Summarize(a.npv[k])
			*sr.NPVPerParticipant.At(st) = Summarize(a.perHead[k])
			*sr.NPVByItem.At(st) = summarizeItems(&a.items, k)
		}
		o := &sr.Outcomes
		for k, dst := range []*Summary{
			&o.EmployedAt6, &o.EmployedAt12, &o.EmployedAt24, &o.MonthsUnemployed,
			&o.MonthsWW, &o.MonthsBijstand, &o.WageRatio, &o.CostPerParticipant, &o.SectorChange,
			&o.Utilisation, &o.WaitingMonths, &o.ServedWithinMonth,
		} {
			*dst = Summarize(a.outcomes[k])
		}
		for st := range NumStates {
			series := make([]float64, H)
			for t := range H {
				series[t] = a.occ[t*NumStates+st] / float64(N)
			}
			*sr.Occupancy.At(State(st)) = series
		}
		for k := range NumStakeholders {
			series := make([]float64, H)
			for t := range H {
				series[t] = a.cash[t*NumStakeholders+k] / float64(N)
			}
			*sr.Cashflow.At(Stakeholder(k)) = series
		}
		for j := range a.flow {
			a.flow[j] /= float64(N)
		}
		// Month 0 is the cohort's start month (cohort.start).
		cal := e.cals[s]
		b := BudgetByYear(a.flow, H, cal.startYear, cal.month0+1)
		sr.BudgetByYear = &b
		soc := slices.Clone(a.npv[Society])
		slices.Sort(soc)
		for j, q := range []float64{0.05, 0.25, 0.5, 0.75, 0.95} {
			sr.SocietyBox[j] = stat.Quantile(q, stat.LinInterp, soc, nil)
		}
		r.Scenarios = append(r.Scenarios, sr)
	}
	return r, nil
}

// summarizeItems summarises stakeholder k's line items, leaving out those
// that are zero to the cent in every iteration.
func summarizeItems(items *[NumItems][NumStakeholders][]float64, k int) ItemSummaries {
	out := ItemSummaries{}
	for i := range NumItems {
		x := items[i][k]
		if slices.IndexFunc(x, func(v float64) bool { return math.Abs(v) >= 0.005 }) < 0 {
			continue
		}
		out = append(out, ItemSummary{Item(i), Summarize(x)})
	}
	return out
}

// Summarize describes x: mean, standard deviation, Monte-Carlo standard
// error, the 5th, 50th and 95th percentiles (linear interpolation of the
// empirical distribution function, gonum's stat.LinInterp) and the
// share of values above zero. An empty x gives a Summary of NaNs (see
// Summary.Defined).
func Summarize(x []float64) Summary {
	if len(x) == 0 {
		nan := math.NaN()
		return Summary{nan, nan, nan, nan, nan, nan, nan}
	}
	sorted := slices.Clone(x)
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
