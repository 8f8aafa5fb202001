package scenarios

import (
	"math"
	"strings"
	"testing"
)

func TestLookupFitKey(t *testing.T) {
	inf := math.Inf(1)
	for _, tt := range []struct {
		key    string
		lo, hi float64
		err    string
	}{
		{key: "interventions.coaching.job_finding_hr", lo: 0, hi: inf},
		{key: "interventions.coaching.uptake", lo: 0, hi: 1},
		{key: "interventions.services.talent_scan.job_finding_hr", lo: 0, hi: inf},
		{key: "interventions.coaching.job_findng_hr", err: `did you mean "job_finding_hr"?`},
		{key: "intervention.coaching.job_finding_hr", err: `did you mean "interventions"?`},
		{key: "interventions.coaching", err: "is a table"},
		{key: "cohort.size", err: "whole number"},
		{key: "interventions.coaching.mode", err: "string"},
		{key: "interventions.coaching.payer.uwv", err: "sum to 1"},
		{key: "cohort.education.low", err: "a share of a table that must sum to 1 (cohort.education.low + cohort.education.mid + cohort.education.high)"},
		{key: "cohort.flex_share", err: "is a fixed characteristic of the cohort"},
		{key: "cohort.age", err: "spread"},
		{key: "", err: "empty"},
	} {
		k, err := LookupFitKey(tt.key)
		switch {
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("%q: error %v, want one containing %q", tt.key, err, tt.err)
		case tt.err == "" && err != nil:
			t.Errorf("%q: %v", tt.key, err)
		case tt.err == "" && (k.Lower != tt.lo || k.Upper != tt.hi):
			t.Errorf("%q: bounds [%v, %v], want [%v, %v]", tt.key, k.Lower, k.Upper, tt.lo, tt.hi)
		}
	}
}

func TestScenarioValue(t *testing.T) {
	s, err := Load("intensive_coaching")
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"interventions.coaching.job_finding_hr", "interventions.services.talent_scan.job_finding_hr", "hazards.job_finding", "interventions.coaching.case_manager_fte"} {
		if v, ok := s.Value(key); !ok || !(v > 0) {
			t.Errorf("Value(%q) = %v, %v", key, v, ok)
		}
	}
	if v, ok := s.Value("interventions.coaching.job_finding_hr"); ok {
		for _, q := range s.Uncertain() {
			if q.Key == "interventions.coaching.job_finding_hr" && v != q.Dist.Median() {
				t.Errorf("uncertain value %v, want the median %v", v, q.Dist.Median())
			}
		}
	}
	for _, key := range []string{"interventions.services.nope.job_finding_hr", "cohort.size", "hazards", "nope"} {
		if _, ok := s.Value(key); ok {
			t.Errorf("Value(%q) found", key)
		}
	}
}
