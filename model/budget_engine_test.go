package model_test

import (
	"context"
	"math"
	"testing"

	"github.com/vwnw/vwnw/model"
)

// TestBudgetByYear checks the budget per calendar year of a run: society's
// is the sum of the seven parties' in every year; the years cover the
// horizon from the cohort's start month; and with a discount rate of zero
// each party's budget summed over the years is its mean NPV, since the
// flows are then the same discounted or not.
func TestBudgetByYear(t *testing.T) {
	e := engine(t, model.Config{Seed: 3, Iterations: 40, Horizon: 30, Workers: 2, Observe: -1},
		load(t, "baseline", "economy.discount_rate=0"), load(t, "transition_fund", "economy.discount_rate=0"))
	r, err := e.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	s := &r.Scenarios[1]
	b := s.BudgetByYear
	// The baseline's cohort starts in September 2020 (cohort.start).
	if b == nil || len(b.Years) != 4 || b.Years[0] != 2020 || b.StartMonth != 9 {
		t.Fatalf("budget %+v: want 4 years from September 2020 for 30 months", b)
	}
	for y := range b.Years {
		sum := 0.0
		for k := range model.NumParties {
			sum += (*b.Amounts.At(model.Stakeholder(k)))[y]
		}
		if soc := (*b.Amounts.At(model.Society))[y]; math.Abs(soc-sum) > 1e-6*math.Max(1, math.Abs(sum)) {
			t.Errorf("%d: society %v, the parties %v", b.Years[y], soc, sum)
		}
	}
	moved := false
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		total := 0.0
		for _, v := range *b.Amounts.At(st) {
			total += v
		}
		// NPVs are rounded to cents per iteration.
		if npv := s.NPV.At(st).Mean; math.Abs(total-npv) > 0.01 {
			t.Errorf("%s: budget over the years %v, mean NPV at a zero discount rate %v", st.Key(), total, npv)
		}
		moved = moved || total != 0
	}
	if !moved {
		t.Error("the transition fund changes no party's budget")
	}
	if base := r.Scenarios[0].BudgetByYear; base == nil || (*base.Amounts.At(model.Society))[0] != 0 {
		t.Error("the baseline's budget against itself is not zero")
	}
}
