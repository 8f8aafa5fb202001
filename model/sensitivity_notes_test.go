package model

import (
	"reflect"
	"strings"
	"testing"
)

func TestEVPPITargets(t *testing.T) {
	params := []SensParam{{Key: "a"}, {Key: "b"}, {Key: "c"}}
	one := func(k string) ParamGroup { return ParamGroup{Name: k, Keys: []string{k}} }
	tests := []struct {
		name   string
		groups []ParamGroup
		want   []ParamGroup
	}{
		{"no groups: each parameter on its own", nil, []ParamGroup{one("a"), one("b"), one("c")}},
		{"grouped parameters only in their group", []ParamGroup{{Name: "g", Keys: []string{"a", "c"}}},
			[]ParamGroup{one("b"), {Name: "g", Keys: []string{"a", "c"}}}},
		{"every parameter grouped", []ParamGroup{{Name: "g", Keys: []string{"a", "b"}}, {Name: "h", Keys: []string{"c"}}},
			[]ParamGroup{{Name: "g", Keys: []string{"a", "b"}}, {Name: "h", Keys: []string{"c"}}}},
	}
	for _, tt := range tests {
		if got := EVPPITargets(params, tt.groups); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSensitivityNotes(t *testing.T) {
	evpi := &EVPI{Inner: 4, Partial: []EVPPI{{Param: "hazards.job_finding"}}}
	evpi.Cohort.Society, evpi.PerParticipant.Society, evpi.Best.Society = 12345.6, 411.5, "plan"
	evpi.Partial[0].Cohort.Society = 2000
	half := *evpi
	half.HalfInner = &ByStakeholder[float64]{Society: 15000}
	noRoot := &Breakeven{Message: "No value brings it to zero."}
	root := &Breakeven{Message: "Zero at 42.", Roots: []float64{42}}
	tests := []struct {
		name  string
		notes []string
		want  []string // each in the note of the same index
	}{
		{"tornado", TornadoNotes(50), []string{"; 50 iterations of the same persons and events per bar"}},
		{"evpi", EVPINotes(evpi, 200), []string{
			"EVPI for society: 12,346 € for the cohort, 412 € per participant (best on average: plan). Largest EVPPI: hazards.job_finding, 2,000 € for the cohort.",
			"over 200 parameter sets of 4 cohorts each",
			"EVPPI: the same for knowing one parameter",
			"that 4 cohorts per parameter set do not average out still counts as information in the EVPI; raise --inner to shrink it.",
		}},
		{"evpi with half the inner cohorts", EVPINotes(&half, 200), []string{"", "", "",
			": with 2 cohorts per set society's EVPI would be 15,000 € rather than 12,346 €; if the two differ much, raise --inner."}},
		{"breakeven without a root", BreakevenNotes(noRoot, 30), []string{"No value brings it to zero.", "Search other values with --range LO,HI.", "the mean over 30 iterations"}},
		{"breakeven with a root", BreakevenNotes(root, 30), []string{"Zero at 42.", "Break-even: the mean over 30 iterations"}},
	}
	for _, tt := range tests {
		if len(tt.notes) != len(tt.want) {
			t.Errorf("%s: %d notes, want %d: %q", tt.name, len(tt.notes), len(tt.want), tt.notes)
			continue
		}
		for i, w := range tt.want {
			if !strings.Contains(tt.notes[i], w) {
				t.Errorf("%s: note %d %q lacks %q", tt.name, i, tt.notes[i], w)
			}
		}
	}
}
