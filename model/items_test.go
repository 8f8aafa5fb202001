package model_test

import (
	"context"
	"math"
	"testing"

	"github.com/vwnw/vwnw/model"
)

// TestItemsSumToNPV checks on every iteration of every shipped scenario
// that each stakeholder's line items add up to its NPV against the
// baseline, and that society's item is the sum of the seven parties'.
func TestItemsSumToNPV(t *testing.T) {
	e := engine(t, model.Config{Seed: 5, Iterations: 60, Horizon: 60, Workers: 2, Observe: -1},
		load(t, "baseline"), load(t, "intensive_coaching"), load(t, "digital_hybrid"),
		load(t, "transition_fund"), load(t, "wage_supplement"),
		load(t, "intensive_coaching", "economy.include_wellbeing=true"),
		load(t, "transition_fund", `interventions.training.income="fund"`, "interventions.training.levy.per_worker=300",
			`interventions.training.levy.shortfall="treasury"`))
	nonzero := 0
	err := e.Each(context.Background(), func(it *model.Iteration) error {
		for s, si := range it.Scenarios {
			for k := range model.NumStakeholders {
				sum := 0.0
				for i := range model.NumItems {
					sum += si.ItemNPV[i][k]
					if si.ItemNPV[i][k] != 0 {
						nonzero++
					}
				}
				diff := si.Level[k] - it.Scenarios[0].Level[k]
				if s == 0 {
					diff = 0
				}
				scale := 1e-6 * (1 + math.Abs(diff))
				if math.Abs(sum-diff) > scale {
					t.Errorf("iteration %d scenario %d %s: items sum to %v, NPV before rounding %v", it.Index, s, model.Stakeholder(k), sum, diff)
				}
				// NPV is rounded to the cent.
				if math.Abs(sum-si.NPV[k]) > 0.005+scale {
					t.Errorf("iteration %d scenario %d %s: items sum to %v, NPV %v", it.Index, s, model.Stakeholder(k), sum, si.NPV[k])
				}
			}
			for i := range model.NumItems {
				sum := 0.0
				for k := range model.NumParties {
					sum += si.ItemNPV[i][k]
				}
				if soc := si.ItemNPV[i][model.Society]; math.Abs(sum-soc) > 1e-6*(1+math.Abs(sum)) {
					t.Errorf("iteration %d scenario %d %s: society %v, parties sum to %v", it.Index, s, model.Item(i), soc, sum)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if nonzero == 0 {
		t.Error("every item of every scenario was zero: the test saw nothing")
	}
}

// TestItemMeansSumToNPVMean: in the results, each stakeholder's listed
// items' means add up to its mean NPV (to the half cent NPV is rounded
// to), so that the breakdown's totals are the NPV table's.
func TestItemMeansSumToNPVMean(t *testing.T) {
	r, err := engine(t, model.Config{Seed: 2, Iterations: 30, Horizon: 60, Workers: 2, Observe: -1},
		load(t, "baseline"), load(t, "intensive_coaching"), load(t, "wage_supplement")).Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range r.Scenarios[1:] {
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			sum := 0.0
			for _, it := range *s.NPVByItem.At(st) {
				sum += it.Summary.Mean
			}
			if want := s.NPV.At(st).Mean; math.Abs(sum-want) > 0.005+1e-9*math.Abs(want) {
				t.Errorf("%s %s: items' means sum to %v, mean NPV %v", s.Name, st, sum, want)
			}
		}
		if len(s.NPVByItem.Society) == 0 {
			t.Errorf("%s: society lists no items", s.Name)
		}
		if _, ok := s.NPVByItem.Society.Get(model.ItemWages); ok {
			t.Errorf("%s: society lists wages, a transfer", s.Name)
		}
	}
}
