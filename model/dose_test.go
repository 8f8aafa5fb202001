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
// range the scenarios allow, up to |log HR| (the linear response; no
// increasing returns), and the share rises with the hours.
func TestDoseElasticity(t *testing.T) {
	for _, hr := range []float64{1.05, 1.4, 2, 2.8, 10} {
		for _, e := range []float64{0.01, 0.12, 0.25, 1, 5} {
			logHR := math.Log(hr)
			hazard := func(h float64) float64 { return logHR * dose(h, 3, logHR, e) }
			const d = 1e-6
			got := (hazard(3*(1+d)) - hazard(3*(1-d))) / (math.Log1p(d) - math.Log1p(-d))
			want := min(e, math.Abs(logHR))
			if math.Abs(got-want) > 1e-6*max(1, want) {
				t.Errorf("HR %v, elasticity %v: d log hazard / d log hours at the reference = %v, want %v", hr, e, got, want)
			}
			prev := 0.0
			for _, x := range []float64{0.001, 0.01, 0.1, 0.5, 1, 2, 10} {
				s := dose(3*x, 3, logHR, e)
				if !(s > prev) || math.IsNaN(s) || math.IsInf(s, 0) {
					t.Errorf("HR %v, elasticity %v: share at %v × reference = %v after %v, want rising and finite", hr, e, x, s, prev)
				}
				prev = s
			}
		}
	}
}

// TestDoseBounded: more hours than the reference never give more than
// their multiple of the reference effect, whatever the elasticity and
// however small the effect: with job_finding_hr near 1 and hours above
// the reference, a convex response made the share, and the wage effect and
// recruitment saved it scales, grow to e^50 times the reference (a
// society NPV of €209 million for a cohort of 30 in one of 4,096 draws of
// intensive_coaching).
func TestDoseBounded(t *testing.T) {
	for _, hr := range []float64{1.0001, 1.004, 1.05, 1.4, 2.886, 0.9} {
		for _, e := range []float64{0.01, 0.12, 0.25} {
			for _, x := range []float64{0.5, 1, 1.5, 2, 4} {
				if s := dose(3*x, 3, math.Log(hr), e); s > max(1, x)*(1+1e-12) {
					t.Errorf("HR %v, elasticity %v: share at %v × reference = %v, above %v", hr, e, x, s, max(1, x))
				}
			}
		}
	}
}

// TestRecruitmentSavedAtMostTheCost: a placement made while coached saves
// the receiving employer the recruitment cost in proportion to the case
// manager's dose, but never more than the whole cost, however many hours
// above the reference the person had.
func TestRecruitmentSavedAtMostTheCost(t *testing.T) {
	for _, tc := range []struct{ dose, want float64 }{{0, 0}, {0.5, 500}, {1, 1000}, {1.8, 1000}, {4, 1000}} {
		p := &Params{}
		p.Jobs.RecruitmentCostSaved = 1000
		pl := &plan{p: p}
		a := &agent{coach: coachActive, coldAgent: &coldAgent{}}
		a.facts.coachingDose = tc.dose
		acc := make([]float64, numFixedBases)
		hireCosts(pl, a, acc)
		if got := acc[baseRecruitment]; got != tc.want {
			t.Errorf("dose %v: recruitment saved %v, want %v", tc.dose, got, tc.want)
		}
	}
}
