package sensitivity

import (
	"slices"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model/dist"
	"github.com/vwnw/vwnw/scenarios"
)

// pair loads the baseline and intensive_coaching, the baseline with
// baseOverrides.
func pair(t *testing.T, baseOverrides ...scenarios.Override) []*scenarios.Scenario {
	t.Helper()
	base, err := scenarios.Load("baseline", baseOverrides...)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := scenarios.Load("intensive_coaching")
	if err != nil {
		t.Fatal(err)
	}
	return []*scenarios.Scenario{base, sc}
}

func TestUncertainParams(t *testing.T) {
	narrow := scenarios.Override{Key: "hazards.job_finding", Value: `{ dist = "uniform", min = 0.01, max = 0.02 }`}
	onlyBase := scenarios.Override{Key: "economy.discount_rate", Value: `{ dist = "uniform", min = 0.02, max = 0.03 }`}
	list := pair(t, narrow, onlyBase)
	params := UncertainParams(list)
	keys := paramKeys(params)
	if !slices.IsSorted(keys) || len(slices.Compact(slices.Clone(keys))) != len(keys) {
		t.Errorf("keys not sorted and unique: %v", keys)
	}
	tests := []struct {
		key  string
		want dist.Dist
		from string
	}{
		// The scenario's distribution wins over the baseline's.
		{"hazards.job_finding", distOf(t, list[1], "hazards.job_finding"), "the scenario"},
		// The baseline's counts when only it has the key.
		{"economy.discount_rate", dist.Dist{Kind: dist.Uniform, Min: 0.02, Max: 0.03}, "the baseline"},
		{"interventions.coaching.job_finding_hr", distOf(t, list[1], "interventions.coaching.job_finding_hr"), "the scenario"},
	}
	for _, tt := range tests {
		q, ok := findParam(params, tt.key)
		if !ok || q.Dist != tt.want {
			t.Errorf("%s: %+v (%v), want %+v from %s", tt.key, q.Dist, ok, tt.want, tt.from)
		}
	}
	if _, ok := findParam(params, "interventions.coaching.case_manager_fte"); ok {
		t.Error("a fixed number is among the uncertain parameters")
	}
	if got := UncertainParams(nil); got != nil {
		t.Errorf("UncertainParams(nil) = %v", got)
	}
}

// distOf returns the distribution of the uncertain parameter key of s.
func distOf(t *testing.T, s *scenarios.Scenario, key string) dist.Dist {
	t.Helper()
	for _, q := range s.Uncertain() {
		if q.Key == key {
			return q.Dist
		}
	}
	t.Fatalf("%s: %s is not uncertain", s.Name, key)
	return dist.Dist{}
}

func TestCheckUncertainAndNumeric(t *testing.T) {
	list := pair(t)
	tests := []struct {
		key       string
		uncertain string // error of CheckUncertain, "" for none
		numeric   string // error of CheckNumeric
	}{
		{"interventions.coaching.hourly_cost", "", ""},
		{"hazards.job_finding", "", ""},
		{"interventions.coaching.case_manager_fte", "param interventions.coaching.case_manager_fte: is a fixed number (1.11) in intensive_coaching, not a distribution", ""},
		{"interventions.coaching.hourly_cots", `is not an uncertain parameter of intensive_coaching or baseline (did you mean "interventions.coaching.hourly_cost"?)`,
			`param interventions.coaching.hourly_cots: is not a parameter set in intensive_coaching (did you mean "interventions.coaching.hourly_cost"?)`},
		{"interventions.coaching", "is a fixed number", "param interventions.coaching: is a table in intensive_coaching, not a number"},
		{"interventions.coaching.mode", "is a fixed number", "param interventions.coaching.mode: is face_to_face in intensive_coaching, not a number"},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			check := func(name string, err error, want string) {
				switch {
				case want == "" && err != nil:
					t.Errorf("%s: %v", name, err)
				case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
					t.Errorf("%s: err = %v, want %q", name, err, want)
				}
			}
			check("CheckUncertain", CheckUncertain(list, tt.key), tt.uncertain)
			check("CheckNumeric", CheckNumeric(list, tt.key), tt.numeric)
		})
	}
}

func TestSearchRange(t *testing.T) {
	list := pair(t)
	hc := distOf(t, list[1], "interventions.coaching.hourly_cost")
	tests := []struct {
		key    string
		lo, hi float64
		err    string
	}{
		{"interventions.coaching.hourly_cost", hc.Quantile(0.01), hc.Quantile(0.99), ""},
		{"interventions.coaching.case_manager_fte", 0, 0, "range is needed: interventions.coaching.case_manager_fte is fixed at 1.11 in intensive_coaching; give the values to search as LO,HI"},
	}
	for _, tt := range tests {
		lo, hi, err := SearchRange(list, tt.key)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: err = %v, want %q", tt.key, err, tt.err)
			}
			continue
		}
		if err != nil || lo != tt.lo || hi != tt.hi || !(lo < hi) {
			t.Errorf("%s: %g, %g, %v; want %g, %g", tt.key, lo, hi, err, tt.lo, tt.hi)
		}
	}
}

func TestWithParam(t *testing.T) {
	list := pair(t)
	tests := []struct {
		key        string
		inBaseline bool
	}{
		{"interventions.coaching.hourly_cost", false}, // the baseline has no coaching
		{"hazards.job_finding", true},
	}
	for _, tt := range tests {
		in, err := WithParam(list[0], "baseline", "intensive_coaching", nil, tt.key, 0.123)
		if err != nil {
			t.Fatalf("%s: %v", tt.key, err)
		}
		if len(in) != 2 {
			t.Fatalf("%s: %d inputs", tt.key, len(in))
		}
		o := scenarios.Override{Key: tt.key, Value: "0.123"}
		base, sc := in[0].SHA256 == sha(t, "baseline", o), in[1].SHA256 == sha(t, "intensive_coaching", o)
		if !sc || base != tt.inBaseline || !base && in[0].SHA256 != list[0].SHA256 {
			t.Errorf("%s set in baseline %v, scenario %v; want %v, true", tt.key, base, sc, tt.inBaseline)
		}
	}
	if _, err := WithParam(list[0], "baseline", "intensive_coaching", nil, "interventions.coaching.hourly_cost", -5); err == nil ||
		!strings.Contains(err.Error(), "must be 0 or more") {
		t.Errorf("a value out of range: %v", err)
	}
}

// sha is the SHA256 of the scenario ref loaded with overrides.
func sha(t *testing.T, ref string, overrides ...scenarios.Override) string {
	t.Helper()
	s, err := scenarios.Load(ref, overrides...)
	if err != nil {
		t.Fatal(err)
	}
	return s.SHA256
}
