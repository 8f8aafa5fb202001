package calibrate

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// TestCountsOnlyCountsAsAFullRun runs every shipped scenario against the
// baseline with the cohort of each shipped observation, once in full and
// once with Config.CountsOnly, and compares the categories counted at the
// observation month in every iteration: counts-only must leave the states
// and draws alone, so that calibration's shares are the full run's.
func TestCountsOnlyCountsAsAFullRun(t *testing.T) {
	names := []string{"baseline", "intensive_coaching", "digital_hybrid", "transition_fund", "wage_supplement"}
	for _, o := range []string{"pilot", "pilot_april16"} {
		obs, err := LoadObservation(o)
		if err != nil {
			t.Fatal(err)
		}
		var inputs []model.Input
		for _, name := range names {
			s, err := scenarios.Load(name, obs.CohortOverrides()...)
			if err != nil {
				t.Fatal(err)
			}
			inputs = append(inputs, s.Input())
		}
		cfg := model.Config{Seed: 7, Iterations: 40, Workers: 2, Observe: obs.Month(),
			Horizon: max(obs.Month()-slices.Min(obs.EntryMonths()), 1)}
		full := observedByIteration(t, cfg, inputs)
		cfg.CountsOnly = true
		counts := observedByIteration(t, cfg, inputs)
		for i := range full {
			for s := range full[i] {
				if counts[i][s] != full[i][s] {
					t.Errorf("%s, %s, iteration %d: counts-only observed %v, a full run %v", o, names[s], i, counts[i][s], full[i][s])
				}
			}
		}
		// The comparison means something only if the scenarios count
		// differently from the baseline and from iteration to iteration.
		if slices.Equal(full[0], full[1]) || full[0][0] == full[0][1] {
			t.Errorf("%s: no scenario or iteration differs: %v", o, full[:2])
		}
	}
}

// observedByIteration returns the cohort size and observed categories of
// every scenario in every iteration of a run of inputs under cfg.
func observedByIteration(t *testing.T, cfg model.Config, inputs []model.Input) [][]observed {
	t.Helper()
	eng, err := model.NewEngine(cfg, inputs)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]observed
	err = eng.Each(context.Background(), func(it *model.Iteration) error {
		row := make([]observed, len(it.Scenarios))
		for s, si := range it.Scenarios {
			row[s] = observed{si.CohortSize, si.Observed}
		}
		out = append(out, row)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

type observed struct {
	n    int
	cats [model.NumCategories]float64
}

// TestCountsOnlyCacheApart checks that a Cache is not shared between
// counts-only and full runs, whose kept outcomes differ.
func TestCountsOnlyCacheApart(t *testing.T) {
	s, err := scenarios.Load("intensive_coaching")
	if err != nil {
		t.Fatal(err)
	}
	c := &model.Cache{}
	cfg := model.Config{Seed: 1, Iterations: 2, Horizon: 12, Observe: 6, Cache: c}
	if _, err := model.NewEngine(cfg, []model.Input{s.Input()}); err != nil {
		t.Fatal(err)
	}
	cfg.CountsOnly = true
	if _, err := model.NewEngine(cfg, []model.Input{s.Input()}); err == nil || !strings.Contains(err.Error(), "counts-only") {
		t.Errorf("a cache shared by a full and a counts-only run: error %v", err)
	}
}

// TestCountsOnlyAllocatesNothingPerIteration runs calibration's evaluations
// (one engine, counts-only, a Cache with the draws, persons and calendar
// facts kept by the first run): the allocations of a run after the first
// must not grow with the iterations.
func TestCountsOnlyAllocatesNothingPerIteration(t *testing.T) {
	s, err := scenarios.Load("intensive_coaching")
	if err != nil {
		t.Fatal(err)
	}
	allocs := func(iterations int) float64 {
		hr := 1.5
		in := s.Input()
		in.Vary = func(p *model.Params) { p.Interventions.Coaching.JobFindingHR = hr }
		cfg := model.Config{Seed: 1, Iterations: iterations, Horizon: 7, Workers: 1, Observe: 7,
			CountsOnly: true, Cache: &model.Cache{SameDraws: true}}
		eng, err := model.NewEngine(cfg, []model.Input{in})
		if err != nil {
			t.Fatal(err)
		}
		run := func() {
			hr += 0.1
			if err := eng.Each(context.Background(), func(*model.Iteration) error { return nil }); err != nil {
				t.Fatal(err)
			}
		}
		run()
		return testing.AllocsPerRun(3, run)
	}
	if few, many := allocs(4), allocs(400); many > few+4 {
		t.Errorf("allocations grow with the iterations: %v for 4, %v for 400", few, many)
	}
}
