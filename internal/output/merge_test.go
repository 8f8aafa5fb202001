package output

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model"
)

func TestSameRun(t *testing.T) {
	dir := &model.Results{Version: "1.0", Run: model.RunInfo{Seed: 1, HorizonMonths: 60, PriceYear: 2021}, Baseline: "baseline",
		Scenarios: []model.ScenarioResult{{Name: "baseline", SHA256: "a", CohortSize: 30}, {Name: "coaching", SHA256: "b", CohortSize: 30}}}
	same := Run{Seed: 1, Horizon: 60, PriceYear: 2021, Version: "1.0", Baseline: "baseline",
		Scenarios: []Scenario{{"baseline", "a", 30}, {"coaching", "b", 30}}}
	for _, c := range []struct {
		name   string
		change func(r *Run)
		what   string // "" for the same run
		fix    string
	}{
		{"same", func(*Run) {}, "", ""},
		{"a subset", func(r *Run) { r.Scenarios = r.Scenarios[:1] }, "", ""},
		{"seed", func(r *Run) { r.Seed = 2 }, "seed", "--seed 1"},
		{"horizon", func(r *Run) { r.Horizon = 36 }, "horizon", "--horizon 60"},
		{"price year", func(r *Run) { r.PriceYear = 2024 }, "price year", "--price-year 2021"},
		{"version", func(r *Run) { r.Version = "1.1" }, "vwnw version", "the vwnw that wrote them"},
		{"baseline", func(r *Run) { r.Baseline = "other" }, "baseline", "--baseline baseline"},
		{"hash", func(r *Run) { r.Scenarios = []Scenario{{"baseline", "a", 30}, {"coaching", "c", 30}} }, "scenario coaching", "--set"},
		{"cohort size", func(r *Run) { r.Scenarios = []Scenario{{"baseline", "a", 60}} }, "cohort size of scenario baseline", "--cohort-size 30"},
		{"absent", func(r *Run) { r.Scenarios = []Scenario{{"fund", "d", 30}} }, "scenario fund", "only scenarios of that run"},
	} {
		t.Run(c.name, func(t *testing.T) {
			here := same
			here.Scenarios = slices.Clone(same.Scenarios)
			c.change(&here)
			err := SameRun(dir, here)
			var m *RunMismatch
			switch {
			case c.what == "" && err != nil:
				t.Errorf("refused the same run: %v", err)
			case c.what != "" && (!errors.As(err, &m) || m.What != c.what || !strings.Contains(m.Fix, c.fix)):
				t.Errorf("got %v (%#v), want a mismatch of %s saying %q", err, m, c.what, c.fix)
			}
		})
	}
}

func TestMergeSensitivity(t *testing.T) {
	tornado := &model.Sensitivity{Scenario: "coaching", Method: "tornado", Tornado: []model.TornadoBar{{Param: "a"}},
		Samples: 100, Notes: []string{"independent", "tornado note"}, NotesNL: []string{"onafhankelijk", "tornado-noot"}}
	evpi := &model.Sensitivity{Scenario: "coaching,fund", Method: "evpi", EVPI: &model.EVPI{Inner: 4}, Samples: 1000,
		Notes: []string{"independent", "evpi note"}, NotesNL: []string{"onafhankelijk", "evpi-noot"}}
	tornado2 := &model.Sensitivity{Scenario: "coaching", Method: "tornado", Tornado: []model.TornadoBar{{Param: "b"}}, Samples: 50}
	other := &model.Sensitivity{Scenario: "fund", Method: "breakeven", Breakeven: &model.Breakeven{Param: "x"}}

	r := &model.Results{}
	MergeSensitivity(r, evpi)
	MergeSensitivity(r, tornado)
	s := r.Sensitivity
	if s.Method != "tornado,evpi" || s.Scenario != "coaching" || s.EVPI == nil || len(s.Tornado) != 1 || s.Samples != 1000 {
		t.Errorf("EVPI then tornado: method %q, scenario %q, evpi %v, %d bars, samples %d; want both, the tornado's scenario and the EVPI's samples",
			s.Method, s.Scenario, s.EVPI != nil, len(s.Tornado), s.Samples)
	}
	if want := []string{"independent", "evpi note", "tornado note"}; !slices.Equal(s.Notes, want) || len(s.NotesNL) != 3 || s.NotesNL[2] != "tornado-noot" {
		t.Errorf("notes %q / %q, want %q each once with their Dutch twins", s.Notes, s.NotesNL, want)
	}
	MergeSensitivity(r, tornado2)
	if s := r.Sensitivity; s.Tornado[0].Param != "b" || s.EVPI == nil || s.Samples != 1000 {
		t.Errorf("a second tornado: bars of %q, evpi %v, samples %d; want the new bars beside the EVPI", s.Tornado[0].Param, s.EVPI != nil, s.Samples)
	}
	MergeSensitivity(r, other)
	if s := r.Sensitivity; s.Method != "breakeven" || s.Tornado != nil || s.EVPI != nil {
		t.Errorf("another scenario's analysis: method %q, tornado %v, evpi %v; want it alone", s.Method, s.Tornado != nil, s.EVPI != nil)
	}
}
