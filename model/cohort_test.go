package model_test

import (
	"math/rand/v2"
	"testing"

	"github.com/vwnw/vwnw/dist"
	"github.com/vwnw/vwnw/model"
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
