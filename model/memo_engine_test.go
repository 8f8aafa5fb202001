package model_test

import (
	"fmt"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/rules"
)

// TestSharedFactsGiveTheSameResults: scenarios that meet the same persons
// under the same rules share a calendar, and the second restores the
// first's calendar facts (the persons' WW, AOW, transition payment and old
// job's month); a rules override that keeps a figure as it is gives the
// scenario a calendar of its own, so everything is worked out again. Both
// give the same results, bit for bit.
func TestSharedFactsGiveTheSameResults(t *testing.T) {
	y, err := rules.Default().For(2021)
	if err != nil {
		t.Fatal(err)
	}
	v, err := rules.GetParam(&y.Params, "zvw_max_income")
	if err != nil {
		t.Fatal(err)
	}
	same2021 := fmt.Sprintf("rules.2021.zvw_max_income=%v", v)
	cfg := model.Config{Seed: 5, Iterations: 6, Horizon: 72, CohortSize: 300, Workers: 2, Observe: -1}
	for _, name := range []string{"intensive_coaching", "transition_fund"} {
		base := load(t, "baseline")
		shared := engine(t, cfg, base, load(t, name))
		own := engine(t, cfg, base, load(t, name, same2021))
		if n, m := model.Calendars(shared), model.Calendars(own); n != 1 || m != 2 {
			t.Fatalf("%s: %d calendars with the same rules (want 1), %d with an override (want 2)", name, n, m)
		}
		if !same(collect(t, shared), collect(t, own)) {
			t.Errorf("%s: with the baseline's calendar facts restored, other results", name)
		}
	}
}
