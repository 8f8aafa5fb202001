package model_test

import (
	"math"
	"testing"

	"github.com/vwnw/vwnw/model"
)

// TestTuitionIsTheCoursePrice: a course's tuition is its price whatever its
// length in months, also when that is not a whole number: the tuition of
// courses of 3 and 3.01 months at the same price differs by the discounting
// of the last hundredth of a month, not by a month's share (it was charged
// for ceil(months) months: 4 × 5,000 / 3.01 per trainee, 33% more).
func TestTuitionIsTheCoursePrice(t *testing.T) {
	sets := func(months string) []string {
		return []string{"interventions.training.months=" + months, "interventions.training.tuition=5000",
			"interventions.training.dropout=0", "interventions.training.lock_in=0",
			"interventions.training.uptake=1", "interventions.training.uptake_55=1"}
	}
	tuition := func(months string) float64 {
		runs := collectRuns(t, 40, load(t, "baseline"), load(t, "transition_fund", sets(months)...))
		sum := 0.0
		for _, it := range runs[1] {
			sum += it.ItemNPV[model.ItemTuition][model.Society]
		}
		return sum
	}
	whole, longer := tuition("3"), tuition("3.01")
	if whole >= 0 {
		t.Fatalf("no tuition charged: %v", whole)
	}
	if r := longer / whole; math.Abs(r-1) > 0.01 {
		t.Errorf("tuition of a 3.01-month course / a 3-month course at the same price = %.3f, want about 1", r)
	}
}
