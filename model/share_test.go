package model_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// bits prints iterations with every float in full (NaN and −0 included),
// for comparisons bit for bit.
func bits(its []model.Iteration) string { return fmt.Sprintf("%v", its) }

// TestSharedWorkAsAfresh checks the work the engine shares without a
// Cache — the calendar facts of the persons across the scenarios of an
// iteration (and of a cohort file across iterations), one calendar for the
// scenarios alike, the workers' memory across runs — against the engine
// working everything out afresh: every result bit for bit, in the first
// run and in the runs after.
func TestSharedWorkAsAfresh(t *testing.T) {
	var inputs []model.Input
	for _, name := range scenarios.Shipped() {
		inputs = append(inputs, load(t, name).Input())
	}
	cohort := load(t, "baseline").Params().Cohort
	persons := model.GeneratePersons(nil, &cohort, 60, 99, rand.NewPCG(0, 0))
	tests := []struct {
		name   string
		cfg    model.Config
		inputs []model.Input
	}{
		{"the shipped scenarios", model.Config{Seed: 3, Iterations: 5, Horizon: 120, CohortSize: 150, Workers: 2, Observe: -1}, inputs},
		{"counts only", model.Config{Seed: 5, Iterations: 4, Horizon: 60, CohortSize: 100, Workers: 2, Observe: 9, CountsOnly: true}, inputs[:3]},
		{"a cohort file", model.Config{Seed: 8, Iterations: 4, Horizon: 60, Workers: 1, Observe: -1}, withPersons(inputs[:2], persons)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			afresh := engineOf(t, tt.cfg, tt.inputs...)
			if err := model.Unshare(afresh); err != nil {
				t.Fatal(err)
			}
			want := bits(collect(t, afresh))
			shared := engineOf(t, tt.cfg, tt.inputs...)
			if n := model.Calendars(shared); n != 1 {
				t.Errorf("%d calendars for scenarios alike, want 1: the test shares nothing", n)
			}
			for run := range 3 {
				if got := bits(collect(t, shared)); got != want {
					t.Fatalf("run %d: the shared work gives other results", run)
				}
			}
		})
	}
}

// withPersons returns inputs meeting persons from a cohort file.
func withPersons(inputs []model.Input, persons []model.Person) []model.Input {
	out := append([]model.Input(nil), inputs...)
	for s := range out {
		out[s].Persons = persons
	}
	return out
}
