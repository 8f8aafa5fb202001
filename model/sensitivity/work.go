package sensitivity

import "github.com/vwnw/vwnw/scenarios"

// breakevenRuns is about how many runs a break-even search takes (a
// bracketing search to a relative precision of 1e-6 over its range).
const breakevenRuns = 40

// Work estimates the person-months a checked plan simulates: the run of
// the scenarios against the baseline, and the runs of its method (each
// Config.Iterations samples of every input's cohort over the horizon): a
// tornado runs two per parameter and one at base, Sobol (k + 2) per
// parameter or group of inner cohorts each, EVPI inner cohorts per
// sample, break-even some 40. persons gives the cohort size of a loaded
// scenario. It is 0 before a successful Check.
func (p *Plan) Work(persons func(*scenarios.Scenario) float64) float64 {
	if p.eng == nil {
		return 0
	}
	cohorts := 0.0
	for _, s := range p.list {
		cohorts += persons(s)
	}
	once := cohorts * float64(p.Config.Iterations) * float64(p.Config.Horizon)
	k := float64(len(p.params) + len(p.groups))
	runs := 1.0
	switch p.Method {
	case "tornado":
		runs += 2*k + 1
	case "sobol":
		runs += (k + 2) * float64(p.inner)
	case "evpi":
		runs += float64(p.inner)
	case "breakeven":
		runs += breakevenRuns
	}
	return once * runs
}
