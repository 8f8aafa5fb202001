package model_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// TestSleepersBookAsStepped runs the shipped scenarios, whose coaching
// couples the persons (the calendar-month sweep), with quiet persons
// asleep — on WW too, paid their months asleep — and with everyone
// stepped every month, and wants every iteration's results and every
// person's months the same to the bit. The persons enter in twelve
// calendar months, so that persons with different entries share the
// months' sums, and the case managers are few, so that some wait.
func TestSleepersBookAsStepped(t *testing.T) {
	var inputs []model.Input
	for _, name := range scenarios.Shipped() {
		in := load(t, name).Input()
		in.Vary = func(p *model.Params) {
			p.Cohort.EntryMonths = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
			p.Interventions.Coaching.CaseManagerFTE /= 4
		}
		inputs = append(inputs, in)
	}
	tests := []struct {
		name string
		cfg  model.Config
	}{
		{"full", model.Config{Seed: 7, Iterations: 3, Horizon: 96, CohortSize: 1500, Workers: 2, Observe: -1}},
		{"observed", model.Config{Seed: 8, Iterations: 2, Horizon: 60, CohortSize: 1000, Workers: 1, Observe: 14}},
		{"counts only", model.Config{Seed: 9, Iterations: 2, Horizon: 60, CohortSize: 1000, Workers: 1, Observe: 14, CountsOnly: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stepped := sweepRun(t, tc.cfg, inputs, false)
			asleep := sweepRun(t, tc.cfg, inputs, true)
			if len(stepped) != len(asleep) {
				t.Fatalf("%d results stepped, %d with sleepers", len(stepped), len(asleep))
			}
			for k := range stepped {
				if stepped[k] != asleep[k] {
					t.Errorf("with sleepers, %.300s\nstepped every month, %.300s", asleep[k], stepped[k])
				}
			}
		})
	}
}

// sweepRun runs inputs under cfg with quiet persons asleep in the sweep or
// not, and returns each iteration's results and, for the first iteration,
// each scenario's persons' outcomes, printed (%v prints a float64 so that
// it reads back to the same bits).
func sweepRun(t *testing.T, cfg model.Config, inputs []model.Input, sleeps bool) []string {
	t.Helper()
	defer model.SetSweepSleeps(sleeps)()
	eng, err := model.NewEngine(cfg, inputs)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]string, cfg.Iterations)
	err = eng.Each(context.Background(), func(it *model.Iteration) error {
		got[it.Index] = fmt.Sprintf("iteration %d: %v", it.Index, it.Scenarios)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.CountsOnly {
		return got
	}
	for s := range inputs {
		got = append(got, fmt.Sprintf("scenario %d, persons: %v", s, eng.Persons(s, 0)))
	}
	return got
}
