package model_test

import (
	"context"
	"math"
	"reflect"
	"testing"

	"github.com/vwnw/vwnw/model"
)

// collect runs e and returns a copy of every iteration.
func collect(t *testing.T, e *model.Engine) []model.Iteration {
	t.Helper()
	var out []model.Iteration
	err := e.Each(context.Background(), func(it *model.Iteration) error {
		c := model.Iteration{Index: it.Index}
		for _, s := range it.Scenarios {
			s.Occupancy = append([]float64(nil), s.Occupancy...)
			s.Cashflow = append([]float64(nil), s.Cashflow...)
			s.Flow = append([]float64(nil), s.Flow...)
			c.Scenarios = append(c.Scenarios, s)
		}
		out = append(out, c)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// same compares iterations, NaN equal to NaN.
func same(a, b []model.Iteration) bool {
	nan := func(x float64) float64 {
		if math.IsNaN(x) {
			return -12345
		}
		return x
	}
	for i := range a {
		for s := range a[i].Scenarios {
			x, y := a[i].Scenarios[s], b[i].Scenarios[s]
			for k := range x.Outcomes {
				x.Outcomes[k], y.Outcomes[k] = nan(x.Outcomes[k]), nan(y.Outcomes[k])
			}
			if !reflect.DeepEqual(x, y) {
				return false
			}
		}
	}
	return len(a) == len(b)
}

// TestCacheGivesTheSameResults checks that runs sharing a Cache give what
// runs without one give, whether the cache holds the draw (the same
// uniforms) or not (other uniforms), and that a run with another seed is
// refused.
func TestCacheGivesTheSameResults(t *testing.T) {
	base, coach := load(t, "baseline"), load(t, "intensive_coaching")
	cfg := model.Config{Seed: 4, Iterations: 12, Horizon: 36, CohortSize: 60, Workers: 2, Observe: 5}
	// Other uniforms for the coaching keys only, as a Sobol matrix draws.
	other := func(i int, name string) float64 {
		u := model.ParamUniform(4, i, model.HashName(name))
		if len(name) > 22 && name[:22] == "interventions.coaching" {
			return 1 - u
		}
		return u
	}
	cache := &model.Cache{}
	for _, uniform := range []func(int, string) float64{nil, other, nil, other} {
		c := cfg
		c.Uniform = uniform
		want := collect(t, engine(t, c, base, coach))
		c.Cache = cache
		if got := collect(t, engine(t, c, base, coach)); !same(got, want) {
			t.Fatalf("with a cache: other results")
		}
	}
	c := cfg
	c.Seed, c.Cache = 5, cache
	if _, err := model.NewEngine(c, []model.Input{base.Input()}); err == nil {
		t.Error("a run with another seed on the same cache: want an error")
	}
}

// TestCacheSameDrawsWithVary checks the calibration's use: the parameters
// drawn once, Vary applied in every run.
func TestCacheSameDrawsWithVary(t *testing.T) {
	s := load(t, "intensive_coaching")
	cfg := model.Config{Seed: 2, Iterations: 10, Horizon: 20, Workers: 2, Observe: 7}
	cache := &model.Cache{SameDraws: true}
	for _, hr := range []float64{1.2, 2.5, 1.2} {
		in := s.Input()
		in.Vary = func(p *model.Params) { p.Interventions.Coaching.JobFindingHR = hr }
		want := collect(t, engineOf(t, cfg, in))
		c := cfg
		c.Cache = cache
		if got := collect(t, engineOf(t, c, in)); !same(got, want) {
			t.Fatalf("job_finding_hr %v: with a cache, other results", hr)
		}
	}
}

func engineOf(t *testing.T, cfg model.Config, inputs ...model.Input) *model.Engine {
	t.Helper()
	e, err := model.NewEngine(cfg, inputs)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestCacheNetEffectsAgainstTheBaseline: a baseline the cache restores
// and a scenario it cannot (it varies) still book displacement and the
// excess burden against this iteration's baseline.
func TestCacheNetEffectsAgainstTheBaseline(t *testing.T) {
	base, coach := load(t, "baseline", "economy.mcpf=1.3"), load(t, "intensive_coaching", "economy.mcpf=1.3")
	cfg := model.Config{Seed: 6, Iterations: 8, Horizon: 36, Workers: 1, Observe: -1}
	cache := &model.Cache{SameDraws: true}
	for _, hr := range []float64{1.5, 2.5, 1.5} {
		in := coach.Input()
		in.Vary = func(p *model.Params) { p.Interventions.Coaching.JobFindingHR = hr }
		want := collect(t, engineOf(t, cfg, base.Input(), in))
		c := cfg
		c.Cache = cache
		got := collect(t, engineOf(t, c, base.Input(), in))
		if !same(got, want) {
			t.Fatalf("job_finding_hr %v: with a cache, other results", hr)
		}
		if got[0].Scenarios[1].ItemNPV[model.ItemDisplacement][model.Society] == 0 {
			t.Fatal("no displacement: the test sees nothing")
		}
	}
}

// TestCacheCalendarFactsAcrossRuns checks calibration's use of one engine
// for many runs: the calendar facts of the persons (WW entitlement, AOW
// month, transition payment), worked out in the first run and reused by
// the runs after, give what runs without a Cache give, money included.
func TestCacheCalendarFactsAcrossRuns(t *testing.T) {
	base, coach := load(t, "baseline"), load(t, "intensive_coaching")
	cfg := model.Config{Seed: 4, Iterations: 6, Horizon: 48, Workers: 2, Observe: 7, CohortSize: 400}
	hr := 0.0
	in := coach.Input()
	in.Vary = func(p *model.Params) { p.Interventions.Coaching.JobFindingHR = hr }
	c := cfg
	c.Cache = &model.Cache{SameDraws: true}
	shared := engineOf(t, c, base.Input(), in)
	var got []model.Iteration
	for _, hr = range []float64{1.5, 2.5, 1.1} {
		want := collect(t, engineOf(t, cfg, base.Input(), in))
		if got = collect(t, shared); !same(got, want) {
			t.Fatalf("job_finding_hr %v: with calendar facts kept, other results", hr)
		}
	}
	// The varied scenario is simulated in every run: its facts are kept in
	// the second (the first meets persons not yet kept) and reused in the
	// third. The baseline's outcomes are restored.
	if n, want := model.CalendarFactsKept(c.Cache, 0, 1), got[0].Scenarios[1].CohortSize; n != want {
		t.Errorf("calendar facts of %d persons kept, want the cohort's %d", n, want)
	}
}
