package model_test

import (
	"context"
	"testing"

	"github.com/vwnw/vwnw/model"
)

// TestCaseManagersWithinCapacity runs coaching at cohorts far beyond the
// case managers' capacity, so that many wait, and wants the client hours
// given in every calendar month within the month's capacity
// (case_manager_fte × hours_per_fte) — also in the month someone leaves
// coaching, whose hours count for that month and are free from the next —
// and the utilisation at most 1 in every iteration.
func TestCaseManagersWithinCapacity(t *testing.T) {
	tests := []struct {
		name     string
		scenario string
		sets     []string
		cohort   int
	}{
		{"pilot, cohort 90", "intensive_coaching", nil, 90},
		{"pilot, cohort 300", "intensive_coaching", nil, 300},
		{"open until the last, cohort 300", "intensive_coaching", []string{"interventions.coaching.service_months=0"}, 300},
		{"entries over six months", "intensive_coaching", []string{"cohort.entry_months=[0, 1, 2, 3, 4, 5]"}, 300},
		{"training pauses coaching", "transition_fund", nil, 300},
		{"hybrid", "digital_hybrid", nil, 300},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := model.Config{Seed: 3, Iterations: 30, Horizon: 60, CohortSize: tc.cohort, Workers: 1, Observe: -1}
			e := engine(t, cfg, load(t, "baseline"), load(t, tc.scenario, tc.sets...))
			for i := range cfg.Iterations {
				hours, capacity := model.MonthHours(e, 1, i)
				for m, h := range hours {
					if h > capacity*(1+1e-12) {
						t.Fatalf("iteration %d, calendar month %d: %.2f client hours given, capacity %.2f", i, m, h, capacity)
					}
				}
			}
			err := e.Each(context.Background(), func(it *model.Iteration) error {
				if u := it.Scenarios[1].Outcomes[model.OutUtilisation]; !(u > 0 && u <= 1) {
					t.Errorf("iteration %d: utilisation %v, want in (0, 1]", it.Index, u)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
