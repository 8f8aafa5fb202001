package output

import (
	"errors"
	"slices"
	"testing"

	"github.com/vwnw/vwnw/model"
)

func TestSameRun(t *testing.T) {
	dir := &model.Results{Run: model.RunInfo{Seed: 1, HorizonMonths: 60}, Baseline: "baseline",
		Scenarios: []model.ScenarioResult{{Name: "baseline", SHA256: "a"}, {Name: "coaching", SHA256: "b"}}}
	for _, c := range []struct {
		name     string
		seed     uint64
		horizon  int
		baseline string
		list     []Scenario
		what     string // "" for the same run
	}{
		{"same", 1, 60, "baseline", []Scenario{{"baseline", "a"}, {"coaching", "b"}}, ""},
		{"a subset", 1, 60, "baseline", []Scenario{{"baseline", "a"}}, ""},
		{"seed", 2, 60, "baseline", nil, "seed"},
		{"horizon", 1, 36, "baseline", nil, "horizon"},
		{"baseline", 1, 60, "other", nil, "baseline"},
		{"hash", 1, 60, "baseline", []Scenario{{"baseline", "a"}, {"coaching", "c"}}, "scenario coaching"},
		{"absent", 1, 60, "baseline", []Scenario{{"fund", "d"}}, "scenario fund"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := SameRun(dir, c.seed, c.horizon, c.baseline, c.list)
			var m *RunMismatch
			switch {
			case c.what == "" && err != nil:
				t.Errorf("refused the same run: %v", err)
			case c.what != "" && (!errors.As(err, &m) || m.What != c.what):
				t.Errorf("got %v, want a mismatch of %s", err, c.what)
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
