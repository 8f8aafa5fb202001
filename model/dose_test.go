package model

import (
	"math"
	"testing"
)

// TestDose checks the dose–response of coaching: no hours no effect, the
// full effect at the reference dose, the elasticity at the reference dose
// as asked, and about proportional at small doses.
func TestDose(t *testing.T) {
	tests := []struct {
		name              string
		hr, elasticity, x float64 // x: hours as a multiple of the reference
		want              float64
		tol               float64
	}{
		{"no hours", 2, 0.12, 0, 0, 0},
		{"reference", 2, 0.12, 1, 1, 1e-12},
		{"reference, convex", 1.1, 0.5, 1, 1, 1e-12},
		{"linear when the elasticity is |log HR|", 2, math.Ln2, 0.3, 0.3, 1e-9},
		{"no elasticity: any hours give it all", 2, 0, 0.01, 1, 0},
		{"hazard ratio below 1 (harm) scales alike", 0.5, 0.12, 1, 1, 1e-12},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dose(tc.x*3, 3, math.Log(tc.hr), tc.elasticity)
			if math.Abs(got-tc.want) > tc.tol {
				t.Errorf("dose(%v × reference) = %v, want %v ± %v", tc.x, got, tc.want, tc.tol)
			}
		})
	}
}

// TestDoseSmall: at small doses the share is about proportional to the
// hours (the response is linear at zero), so that a hundredth of the
// pilot's hours gives a few percent of its effect, not most of it.
func TestDoseSmall(t *testing.T) {
	for _, e := range []float64{0.01, 0.12, 0.25} {
		logHR := math.Log(2)
		small, smaller := dose(0.03, 3, logHR, e), dose(0.003, 3, logHR, e)
		if r := small / smaller; e >= 0.1 && math.Abs(r-10) > 0.2 {
			t.Errorf("elasticity %v: share at 1%% of the reference / at 0.1%% = %v, want about 10", e, r)
		}
		if small > 0.1 {
			t.Errorf("elasticity %v: 1%% of the reference hours keep %.1f%% of the effect, want a few", e, 100*small)
		}
	}
}

// TestDoseElasticity: the elasticity of the job-finding hazard with
// respect to the hours at the reference dose is the parameter, across the
// range the scenarios allow, and the share rises with the hours (up to the
// cap of a convex response, maxDoseExp).
func TestDoseElasticity(t *testing.T) {
	for _, hr := range []float64{1.05, 1.4, 2, 2.8, 10} {
		for _, e := range []float64{0.01, 0.12, 0.25, 1, 5} {
			logHR := math.Log(hr)
			hazard := func(h float64) float64 { return logHR * dose(h, 3, logHR, e) }
			const d = 1e-6
			got := (hazard(3*(1+d)) - hazard(3*(1-d))) / (math.Log1p(d) - math.Log1p(-d))
			if math.Abs(got-e) > 1e-6*max(1, e) {
				t.Errorf("HR %v, elasticity %v: d log hazard / d log hours at the reference = %v", hr, e, got)
			}
			prev := 0.0
			for _, x := range []float64{0.001, 0.01, 0.1, 0.5, 1, 2, 10} {
				s := dose(3*x, 3, logHR, e)
				if !(s > prev || s == prev && x > 1) || math.IsNaN(s) || math.IsInf(s, 0) {
					t.Errorf("HR %v, elasticity %v: share at %v × reference = %v after %v, want rising (or capped) and finite", hr, e, x, s, prev)
				}
				prev = s
			}
		}
	}
}
