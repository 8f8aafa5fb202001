package model_test

import (
	"math/rand/v2"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/dist"
	"github.com/vwnw/vwnw/scenarios"
)

// TestGeneratedPersonsArePossible checks that nobody's tenure or work
// history starts before the working age, also when the spreads, drawn
// independently, would say so.
func TestGeneratedPersonsArePossible(t *testing.T) {
	young := load(t, "baseline").Params().Cohort
	young.Age = dist.Dist{Kind: dist.Uniform, Min: 17, Max: 30}
	young.TenureYears = dist.Dist{Kind: dist.Uniform, Min: 0, Max: 20}
	young.EarlierWorkYears = dist.Dist{Kind: dist.Uniform, Min: 0, Max: 20}
	tests := []struct {
		name   string
		cohort model.Cohort
	}{
		{"shipped baseline", load(t, "baseline").Params().Cohort},
		{"young with long careers", young},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			persons := model.GeneratePersons(nil, &tt.cohort, 20000, 7, rand.NewPCG(0, 0))
			capped := 0
			for _, x := range persons {
				working := x.Age - model.WorkingAgeFrom
				if x.TenureYears < 0 || x.HistoryYears < x.TenureYears || x.HistoryYears > max(0, working)+1e-9 {
					t.Fatalf("impossible person: age %.1f, tenure %.1f, history %.1f", x.Age, x.TenureYears, x.HistoryYears)
				}
				if x.HistoryYears >= working-1e-9 {
					capped++
				}
			}
			t.Logf("%d of %d persons have worked since the age of %d", capped, len(persons), model.WorkingAgeFrom)
		})
	}
}

// TestScenariosShareDrawnPersons: scenarios with the same cohort meet the
// same persons, drawn once per iteration; a scenario with another cohort
// meets its own, and the one after it is not disturbed. Each scenario's
// persons equal those it meets when run alone.
func TestScenariosShareDrawnPersons(t *testing.T) {
	cfg := model.Config{Seed: 5, Iterations: 3, Horizon: 24, Workers: 1, Observe: -1}
	list := []*scenarios.Scenario{
		load(t, "baseline"),
		load(t, "intensive_coaching"),
		load(t, "intensive_coaching", `cohort.age={ dist = "uniform", min = 30, max = 31 }`),
		load(t, "digital_hybrid"),
	}
	e := engine(t, cfg, list...)
	for s, sc := range list {
		alone := engine(t, cfg, sc).Persons(0, 2)
		got := e.Persons(s, 2)
		if len(got) != len(alone) {
			t.Fatalf("scenario %d: %d persons, alone %d", s, len(got), len(alone))
		}
		for p := range got {
			if got[p].Person != alone[p].Person {
				t.Fatalf("scenario %d person %d: %+v, alone %+v", s, p, got[p].Person, alone[p].Person)
			}
		}
	}
	if age := e.Persons(2, 2)[0].Person.Age; age < 30 || age > 31 {
		t.Errorf("the scenario with its own cohort met a person aged %v", age)
	}
}
