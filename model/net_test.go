package model_test

import (
	"context"
	"math"
	"strconv"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// collectRuns runs the scenarios against the first and returns, per scenario,
// its iterations (copied: the engine reuses them).
func collectRuns(t *testing.T, iterations int, list ...*scenarios.Scenario) [][]model.ScenarioIteration {
	t.Helper()
	e := engine(t, model.Config{Seed: 3, Iterations: iterations, Horizon: 60, Workers: 2, Observe: -1}, list...)
	out := make([][]model.ScenarioIteration, len(list))
	err := e.Each(context.Background(), func(it *model.Iteration) error {
		for s := range it.Scenarios {
			si := it.Scenarios[s]
			si.Occupancy, si.Cashflow = nil, nil
			out[s] = append(out[s], si)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// meanSE returns the mean of f over xs and its Monte-Carlo standard error.
func meanSE(xs []model.ScenarioIteration, f func(*model.ScenarioIteration) float64) (mean, se float64) {
	n := float64(len(xs))
	var sum, sq float64
	for i := range xs {
		v := f(&xs[i])
		sum += v
		sq += v * v
	}
	mean = sum / n
	return mean, math.Sqrt(max(0, sq/n-mean*mean) / n)
}

// noServiceEffects switches off what coaching does beside the case
// managers' hours: the services' hazard ratios and the wage effect.
var noServiceEffects = []string{
	"interventions.services.talent_scan.job_finding_hr=1", "interventions.services.career_test.job_finding_hr=1",
	"interventions.services.application_training.job_finding_hr=1", "interventions.services.grief_counselling.job_finding_hr=1",
	"interventions.services.self_employment.job_finding_hr=1",
	"interventions.coaching.wage_ratio_effect=0",
}

// TestDoseResponse: coaching works through the hours a participant
// receives. Without hours the share in work at 12 months is that of the
// baseline within Monte-Carlo error; more hours, more effect. The case
// managers are many, so that twice the pilot's hours do not make anyone
// wait: the effect of a dose, not of a queue.
func TestDoseResponse(t *testing.T) {
	hours := func(k float64) []string {
		return append([]string{
			"interventions.coaching.hours.group1=" + formatFloat(0.5*k), "interventions.coaching.hours.group2=" + formatFloat(3*k),
			"interventions.coaching.hours.group3=" + formatFloat(6*k), "interventions.coaching.dose_elasticity=0.12",
			"interventions.coaching.case_manager_fte=10",
		}, noServiceEffects...)
	}
	ks := []float64{0, 0.01, 0.25, 1, 2}
	scs := []*scenarios.Scenario{load(t, "baseline")}
	for _, k := range ks {
		scs = append(scs, load(t, "intensive_coaching", hours(k)...))
	}
	runs := collectRuns(t, 120, scs...)
	effect := make([]float64, len(runs))
	for s := 1; s < len(runs); s++ {
		diff := make([]model.ScenarioIteration, len(runs[s]))
		for i := range diff {
			diff[i].Outcomes[model.OutEmployed12] = runs[s][i].Outcomes[model.OutEmployed12] - runs[0][i].Outcomes[model.OutEmployed12]
		}
		var se float64
		effect[s], se = meanSE(diff, func(x *model.ScenarioIteration) float64 { return x.Outcomes[model.OutEmployed12] })
		t.Logf("hours × %v: %+.2f pp in work at 12 months (se %.2f)", ks[s-1], 100*effect[s], 100*se)
		if s == 1 && math.Abs(effect[s]) > 3*se+1e-12 {
			t.Errorf("no hours: %+.3f pp in work at 12 months, want none within 3 se (%.3f)", 100*effect[s], 100*se)
		}
	}
	if !(effect[1] < effect[2] && effect[2] < effect[3] && effect[3] < effect[4] && effect[4] < effect[5]) {
		t.Errorf("effect by hours (× %v of the pilot's): %v, want increasing", ks, effect[1:])
	}
	if effect[2] > 0.1*effect[4] {
		t.Errorf("a hundredth of the pilot's hours: %+.2f pp in work at 12 months, the pilot's: %+.2f pp; want at most a tenth of it",
			100*effect[2], 100*effect[4])
	}
}

// TestDisplacement: with every extra job displacing another job seeker,
// coaching's society NPV is negative and UWV gains less than without
// displacement; without displacement the displacement item is zero for
// everyone and production counts in full (as with displacement: the
// cohort's production does not depend on it).
func TestDisplacement(t *testing.T) {
	d := func(v string) []string {
		return []string{"economy.displacement_short=" + v, "economy.displacement_long=" + v}
	}
	runs := collectRuns(t, 80, load(t, "baseline"), load(t, "intensive_coaching", d("0")...),
		load(t, "intensive_coaching", d("1")...), load(t, "intensive_coaching", d("0.3")...))
	none, full, some := runs[1], runs[2], runs[3]
	soc := func(x *model.ScenarioIteration) float64 { return x.NPV[model.Society] }
	uwv := func(x *model.ScenarioIteration) float64 { return x.NPV[model.UWV] }
	if m, se := meanSE(full, soc); m >= 0 {
		t.Errorf("displacement 1: society's mean NPV %.0f (se %.0f), want negative", m, se)
	}
	if a, b := mean(full, uwv), mean(none, uwv); a >= b {
		t.Errorf("UWV's mean NPV with displacement 1 is %.0f, without %.0f: want lower", a, b)
	}
	for i := range none {
		for k := range model.NumStakeholders {
			if v := none[i].ItemNPV[model.ItemDisplacement][k]; v != 0 {
				t.Fatalf("iteration %d: displacement 0 books %v under displacement for %s", i, v, model.Stakeholder(k))
			}
		}
		p0, p1 := none[i].ItemNPV[model.ItemProduction][model.Society], some[i].ItemNPV[model.ItemProduction][model.Society]
		if math.Abs(p0-p1) > 1e-6*math.Abs(p0) {
			t.Fatalf("iteration %d: production %v without displacement, %v with: the cohort's production must not depend on it", i, p0, p1)
		}
		if some[i].ItemNPV[model.ItemDisplacement][model.Society] >= 0 && some[i].NPV[model.Society] != none[i].NPV[model.Society] &&
			some[i].Outcomes[model.OutEmployed12] > runs[0][i].Outcomes[model.OutEmployed12]+0.1 {
			t.Errorf("iteration %d: far more in work than the baseline, yet displacement costs society nothing", i)
		}
	}
}

func mean(xs []model.ScenarioIteration, f func(*model.ScenarioIteration) float64) float64 {
	m, _ := meanSE(xs, f)
	return m
}

// TestCapacityCost: charging the case managers' paid time for every month
// the service is open costs at least as much as charging the hours used,
// in every iteration, and the utilisation is the ratio of the two.
func TestCapacityCost(t *testing.T) {
	runs := collectRuns(t, 60, load(t, "baseline"),
		load(t, "intensive_coaching", `interventions.coaching.cost_basis="capacity"`),
		load(t, "intensive_coaching", `interventions.coaching.cost_basis="hours_used"`))
	for i := range runs[1] {
		c, h := -runs[1][i].ItemNPV[model.ItemCaseManagers][model.Society], -runs[2][i].ItemNPV[model.ItemCaseManagers][model.Society]
		if h <= 0 || c < h-1e-6 {
			t.Fatalf("iteration %d: case managers cost %v by capacity, %v by hours used", i, c, h)
		}
		if u := runs[1][i].Outcomes[model.OutUtilisation]; !(u > 0 && u <= 1) {
			t.Fatalf("iteration %d: utilisation %v, want in (0, 1]", i, u)
		}
	}
}

// TestReceivingEmployersGain: under the pilot's coaching receiving
// employers gain — recruitment costs saved on placements through the
// arrangement outweigh the induction of more sector switchers.
func TestReceivingEmployersGain(t *testing.T) {
	runs := collectRuns(t, 80, load(t, "baseline"), load(t, "intensive_coaching"))
	m, se := meanSE(runs[1], func(x *model.ScenarioIteration) float64 { return x.NPV[model.ReceivingEmployers] })
	if m <= 2*se {
		t.Errorf("receiving employers' mean NPV %.0f (se %.0f), want a clear gain", m, se)
	}
	if r := mean(runs[1], func(x *model.ScenarioIteration) float64 {
		return x.ItemNPV[model.ItemRecruitment][model.ReceivingEmployers]
	}); r <= 0 {
		t.Errorf("recruitment saved %.0f, want positive", r)
	}
}

func formatFloat(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }

// TestDisplacementByYear: the displaced job seekers' taxes follow the rules
// of each month's calendar year, so a later year's tax rate moves the
// displacement item (the cohort starts in 2020; 2023 lies in the horizon)
// and a year beyond the horizon does not.
func TestDisplacementByYear(t *testing.T) {
	runs := collectRuns(t, 40, load(t, "baseline"), load(t, "intensive_coaching"),
		load(t, "intensive_coaching", "rules.2023.box1_rate_1=0.5"),
		load(t, "intensive_coaching", "rules.2026.box1_rate_1=0.5"))
	item := func(r []model.ScenarioIteration, i int) float64 {
		return r[i].ItemNPV[model.ItemDisplacement][model.Treasury]
	}
	moved := 0
	for i := range runs[1] {
		if item(runs[2], i) != item(runs[1], i) {
			moved++
		}
		if a, b := item(runs[3], i), item(runs[1], i); a != b {
			t.Fatalf("iteration %d: a tax rate of 2026, beyond the horizon, moves the treasury's displacement item: %v → %v", i, b, a)
		}
	}
	if moved < len(runs[1])/2 {
		t.Errorf("the 2023 tax rate moves the treasury's displacement item in %d of %d iterations, want most", moved, len(runs[1]))
	}
}
