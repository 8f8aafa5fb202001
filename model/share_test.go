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
	// A scenario with rules of its own meets the baseline's persons under
	// another calendar, whose facts differ: another WW wage, transition
	// payment and AOW month.
	own := load(t, "intensive_coaching", "rules.2020.ww_max_daily_wage=60", "rules.2021.transition_cap=4000",
		"rules.2025.aow_age_months=790", "rules.2026.aow_age_months=790").Input()
	mixed := []model.Input{inputs[0], own, inputs[2], own}
	tests := []struct {
		name      string
		cfg       model.Config
		inputs    []model.Input
		calendars int
	}{
		{"the shipped scenarios", model.Config{Seed: 3, Iterations: 5, Horizon: 120, CohortSize: 150, Workers: 2, Observe: -1}, inputs, 1},
		{"counts only", model.Config{Seed: 5, Iterations: 4, Horizon: 60, CohortSize: 100, Workers: 2, Observe: 9, CountsOnly: true}, inputs[:3], 1},
		{"a cohort file", model.Config{Seed: 8, Iterations: 4, Horizon: 60, Workers: 1, Observe: -1}, withPersons(inputs[:2], persons), 1},
		{"rules of its own", model.Config{Seed: 4, Iterations: 4, Horizon: 120, CohortSize: 150, Workers: 2, Observe: -1}, mixed, 2},
		{"rules of its own, a cohort file", model.Config{Seed: 6, Iterations: 3, Horizon: 120, Workers: 2, Observe: -1}, withPersons(mixed, persons), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			afresh := engineOf(t, tt.cfg, tt.inputs...)
			if err := model.Unshare(afresh); err != nil {
				t.Fatal(err)
			}
			want := bits(collect(t, afresh))
			shared := engineOf(t, tt.cfg, tt.inputs...)
			if n := model.Calendars(shared); n != tt.calendars {
				t.Errorf("%d calendars, want %d: the test shares nothing", n, tt.calendars)
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

// TestCacheCalendarFactsAcrossEngines checks the calendar facts a Cache
// keeps for the engines after (a Sobol design runs one engine per matrix):
// each engine's calendars are the Cache's alike, and every run gives what
// an engine working everything out afresh gives, bit for bit.
func TestCacheCalendarFactsAcrossEngines(t *testing.T) {
	base, coach := load(t, "baseline"), load(t, "intensive_coaching")
	cfg := model.Config{Seed: 2, Iterations: 4, Horizon: 60, CohortSize: 80, Workers: 2, Observe: -1}
	cached := cfg
	cached.Cache = &model.Cache{}
	for _, hr := range []float64{1.3, 2.1, 1.3} {
		in := coach.Input()
		in.Vary = func(p *model.Params) { p.Interventions.Coaching.JobFindingHR = hr }
		afresh := engineOf(t, cfg, base.Input(), in)
		if err := model.Unshare(afresh); err != nil {
			t.Fatal(err)
		}
		if got, want := bits(collect(t, engineOf(t, cached, base.Input(), in))), bits(collect(t, afresh)); got != want {
			t.Fatalf("job_finding_hr %v: with the Cache's calendar facts, other results", hr)
		}
	}
	if n := model.CalendarFactsKept(cached.Cache, 3, 1); n != cfg.CohortSize {
		t.Errorf("calendar facts of %d persons kept, want the cohort's %d", n, cfg.CohortSize)
	}
}

// TestEachInBatchesAsOneByOne checks that iterations handed over in
// batches of consecutive iterations come in order and are those simulated
// one at a time (a shard of one iteration each), bit for bit.
func TestEachInBatchesAsOneByOne(t *testing.T) {
	base, coach := load(t, "baseline"), load(t, "intensive_coaching")
	cfg := model.Config{Seed: 9, Iterations: 100, Horizon: 24, CohortSize: 12, Workers: 2, Observe: -1}
	got := collect(t, engineOf(t, cfg, base.Input(), coach.Input()))
	for i, it := range got {
		c := cfg
		c.Start, c.End = i, i+1
		want := collect(t, engineOf(t, c, base.Input(), coach.Input()))
		if it.Index != i || bits(got[i:i+1]) != bits(want) {
			t.Fatalf("iteration %d (index %d): in a batch, other results than alone", i, it.Index)
		}
	}
}

// TestGeneratePersonsAsRand checks the persons GeneratePersons draws with
// its samplers set up once against persons drawn with Dist.Rand, the way it
// drew them before: the same persons, bit for bit.
func TestGeneratePersonsAsRand(t *testing.T) {
	for _, name := range []string{"baseline", "transition_fund"} {
		c := load(t, name).Params().Cohort
		src := rand.NewPCG(0, 0)
		got := model.GeneratePersons(nil, &c, 500, 77, src)
		want := model.GeneratePersonsWithRand(&c, 500, 77)
		if fmt.Sprintf("%v", got) != fmt.Sprintf("%v", want) {
			t.Errorf("%s: other persons than Dist.Rand draws", name)
		}
	}
}

// TestNPVOnlyAsFull checks a run for the NPVs only against a full run:
// everything but the line items, the monthly cash flows, the occupancy and
// the outcomes bit for bit, those left zero.
func TestNPVOnlyAsFull(t *testing.T) {
	var inputs []model.Input
	for _, name := range scenarios.Shipped() {
		inputs = append(inputs, load(t, name, "economy.mcpf=1.3").Input())
	}
	cfg := model.Config{Seed: 12, Iterations: 6, Horizon: 72, CohortSize: 90, Workers: 2, Observe: 10}
	full := collect(t, engineOf(t, cfg, inputs...))
	cfg.NPVOnly = true
	only := collect(t, engineOf(t, cfg, inputs...))
	for i := range full {
		for s := range full[i].Scenarios {
			f, o := &full[i].Scenarios[s], &only[i].Scenarios[s]
			if s > 0 && f.ItemNPV == ([model.NumItems][model.NumStakeholders]float64{}) {
				t.Fatalf("iteration %d, scenario %d: no line items in the full run: the test sees nothing", i, s)
			}
			for _, x := range [][]float64{o.Cashflow, o.Flow, o.Occupancy, o.Outcomes[:]} {
				for _, v := range x {
					if v != 0 {
						t.Fatalf("iteration %d, scenario %d: cash flows, occupancy or outcomes worked out", i, s)
					}
				}
			}
			if o.ItemNPV != ([model.NumItems][model.NumStakeholders]float64{}) {
				t.Fatalf("iteration %d, scenario %d: line items worked out", i, s)
			}
			f.ItemNPV, f.Cashflow, f.Flow, f.Occupancy, f.Outcomes = o.ItemNPV, o.Cashflow, o.Flow, o.Occupancy, o.Outcomes
		}
	}
	if bits(only) != bits(full) {
		t.Error("the NPVs only: other results than in a full run")
	}
}

// TestCacheNPVOnlyThenFull checks runs for the NPVs only and full runs
// sharing a Cache: a full run does not meet the outcomes a run for the
// NPVs only kept (they lack the line items and cash flows), and each run
// gives what it gives without a Cache.
func TestCacheNPVOnlyThenFull(t *testing.T) {
	base, coach := load(t, "baseline"), load(t, "intensive_coaching")
	cfg := model.Config{Seed: 21, Iterations: 5, Horizon: 48, CohortSize: 40, Workers: 2, Observe: -1}
	only := cfg
	only.NPVOnly = true
	want := map[bool]string{
		false: bits(collect(t, engineOf(t, cfg, base.Input(), coach.Input()))),
		true:  bits(collect(t, engineOf(t, only, base.Input(), coach.Input()))),
	}
	cache := &model.Cache{}
	for run, npvOnly := range []bool{true, false, true, false} {
		c := cfg
		c.Cache, c.NPVOnly = cache, npvOnly
		if got := bits(collect(t, engineOf(t, c, base.Input(), coach.Input()))); got != want[npvOnly] {
			t.Fatalf("run %d (NPVs only: %v): with the Cache, other results", run, npvOnly)
		}
	}
}
