package model_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/vwnw/vwnw/model"
)

func TestUndefinedSummary(t *testing.T) {
	s := model.Summarize(nil)
	if s.Defined() || !math.IsNaN(s.P95) || !math.IsNaN(s.ProbPositive) {
		t.Fatalf("Summarize(nil) = %+v, want all NaN", s)
	}
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"mean":null,"sd":null,"se":null,"p5":null,"p50":null,"p95":null,"prob_positive":null}`
	if string(b) != want {
		t.Errorf("JSON %s, want %s", b, want)
	}
	var back model.Summary
	if err := json.Unmarshal(b, &back); err != nil || back.Defined() {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	if !model.Summarize([]float64{0, 0, 0}).Zero() || model.Summarize([]float64{0, 1, -1}).Zero() {
		t.Error("Zero: want true only when every value is zero")
	}
	d := model.Summarize([]float64{1, 2, 3})
	b, _ = json.Marshal(d)
	if err := json.Unmarshal(b, &back); err != nil || back != d {
		t.Errorf("round trip of %+v gave %+v (%v)", d, back, err)
	}
}

// TestOutcomesBeyondTheHorizon: with a horizon of 6 months nobody is
// observed at 6, 12 or 24 months, which the results must say rather than
// report 0% in work.
func TestOutcomesBeyondTheHorizon(t *testing.T) {
	e := engine(t, model.Config{Seed: 1, Iterations: 5, Horizon: 6, Workers: 1, Observe: -1}, load(t, "baseline"))
	r, err := e.Run(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	o := r.Scenarios[0].Outcomes
	if o.EmployedAt6.Defined() || o.EmployedAt24.Defined() || !o.MonthsUnemployed.Defined() {
		t.Errorf("outcomes at 6 and 24 months defined, or months unemployed not: %+v", o)
	}
}
