package calibrate

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/vwnw/vwnw/model"
)

// calibration is a calibration of intensive_coaching to the pilot with a
// made-up result: one value bounded on both sides, one on neither.
func calibration(t *testing.T) *Report {
	t.Helper()
	obs, err := LoadObservation("pilot")
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"interventions.coaching.job_finding_hr", "interventions.coaching.uptake"}
	setup, err := NewSetup(obs, "intensive_coaching", keys, model.Config{Seed: 3, Iterations: 40, Workers: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	res := &Result{
		Estimates: []Estimate{
			{Name: keys[0], Start: 1.5, Value: 2.00004, Lower: 1.5, Upper: 2.4},
			{Name: keys[1], Start: 0.8, Value: 0.9, Lower: 0, Upper: 1, LowerOpen: true, UpperOpen: true},
		},
		Level: 0.9, LogLik: -21.5, Shares: [model.NumCategories]float64{0.2, 0.4, 0.1, 0.1, 0.2},
		Fit:         GoodnessOfFit{G2: 1.234, X2: 1.1, DF: 2, PG2: 0.54, PX2: math.NaN(), MinExpected: 3},
		Evaluations: 61,
	}
	dists, _, err := setup.FittedDists(res)
	if err == nil {
		t.Fatal("FittedDists: no error for a value bound on neither side")
	}
	return &Report{Version: "test", Setup: setup, Result: res, Dists: dists, Elapsed: 1234 * time.Millisecond, Written: "cal.toml"}
}

func TestCalibrationJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, calibration(t)); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Tool     string
		Version  string
		Scenario string
		Observed struct {
			Counts map[string]int
			Month  int `json:"observation_month"`
		}
		Run struct {
			Elapsed float64 `json:"elapsed_seconds"`
		}
		Fitted []struct {
			Key          string
			Estimate     float64
			LowerOpen    bool `json:"lower_open"`
			Distribution map[string]any
		}
		Categories []struct {
			Key      string
			Expected float64
		}
		Continuing struct {
			Observed struct {
				Work float64 `json:"work_or_work_schooling"`
			}
		}
		Fit struct {
			PX2 *float64 `json:"p_x2"`
			DF  int
		}
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("%v:\n%s", err, b.String())
	}
	tests := []struct {
		name string
		ok   bool
	}{
		{"header", got.Tool == "vwnw" && got.Version == "test" && got.Scenario == "intensive_coaching"},
		{"observed", got.Observed.Counts["new_job"] == 12 && got.Observed.Month == 7},
		{"elapsed in ms", got.Run.Elapsed == 1.234},
		{"fitted with distribution", len(got.Fitted) == 2 && got.Fitted[0].Distribution["dist"] == "lognormal" && got.Fitted[0].Distribution["mu"] == 0.6932},
		{"no distribution when unbounded", len(got.Fitted) == 2 && got.Fitted[1].Distribution == nil && got.Fitted[1].LowerOpen},
		{"categories", len(got.Categories) == int(model.NumCategories) && got.Categories[1].Key == "new_job" && got.Categories[1].Expected == 12},
		{"continuing", got.Continuing.Observed.Work == 14},
		{"NaN as null", got.Fit.PX2 == nil && got.Fit.DF == 2},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("%s:\n%s", tt.name, b.String())
		}
	}
}
