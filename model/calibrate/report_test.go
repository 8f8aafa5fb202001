package calibrate

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
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

func TestCalibrationTable(t *testing.T) {
	var b bytes.Buffer
	if err := WriteTable(&b, calibration(t)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, w := range []string{
		"vwnw test: calibrate intensive_coaching (shipped) to pilot (shipped)\n",
		"Observed: 30 entrants 2020-09 to 2020-12 (",
		"counted on 2021-04-01 (month 7 of the simulation)\n",
		"; 40 iterations of the observed cohort,\nseed 3 in every evaluation (common random numbers); Nelder–Mead; 61 simulations in 1.2 s.\n",
		"90% interval (profile likelihood)\n",
		"  interventions.coaching.job_finding_hr         1.5           2  1.5 – 2.4\n",
		"  interventions.coaching.uptake                 0.8         0.9  (0 – 1)\n",
		"  interventions.coaching.uptake: the data bound it on neither side; the interval runs to the key's limits\n",
		"  new_job               12   40.0%      40.0%      12.0   new job\n",
		"  total                 30  100.0%     100.0%      30.0\n",
		"    in work or work + schooling            observed 14 (56.0%)   simulated 62.5%\n",
		"  goodness of fit: G² = 1.23, Pearson X² = 1.10, 2 degrees of freedom, p = 0.54 (G²), NaN (X²)\n",
		"  (smallest expected count 3.0: with expected counts below 5 the χ² p-values are rough)\n",
		"\nwrote cal.toml; try: vwnw run cal.toml\n",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("table lacks %q:\n%s", w, out)
		}
	}
}

// TestCalibrationTableNotes: a side left open, a value not identified, a
// fitted world key and a --set of a world key are each said as they are.
func TestCalibrationTableNotes(t *testing.T) {
	obs, err := LoadObservation("pilot")
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"interventions.coaching.job_finding_hr", "hazards.job_finding"}
	ovs := []scenarios.Override{{Key: "hazards.retention", Value: "0.2"}}
	setup, err := NewSetup(obs, "intensive_coaching", keys, model.Config{Seed: 3, Iterations: 40, Workers: 1}, ovs)
	if err != nil {
		t.Fatal(err)
	}
	res := &Result{
		Estimates: []Estimate{
			{Name: keys[0], Start: 2, Value: 3.4, Lower: 0.27, Upper: math.Inf(1), UpperOpen: true, NotIdentified: "its interval spans more than a factor of 100"},
			{Name: keys[1], Start: 0.15, Value: 0.08, Lower: 0, Upper: 0.74, LowerOpen: true, NotIdentified: "its interval covers more than half of the range 0–1 the key allows"},
		},
		Level: 0.9, Shares: [model.NumCategories]float64{0.2, 0.4, 0.1, 0.1, 0.2},
	}
	c := &Report{Version: "test", Setup: setup, Result: res, Written: "w.toml"}
	var b bytes.Buffer
	if err := WriteTable(&b, c); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, w := range []string{
		"  interventions.coaching.job_finding_hr: the data do not bound it from above; the interval runs to the key's upper limit\n",
		"  interventions.coaching.job_finding_hr: NOT IDENTIFIED: its interval spans more than a factor of 100;",
		"  hazards.job_finding: the data do not bound it from below; the interval runs to the key's lower limit\n",
		"  hazards.job_finding: NOT IDENTIFIED: its interval covers more than half",
		"  hazards.job_finding: a key of the world the scenario shares with its baseline, fitted here to the participants of\n  intensive_coaching:",
		"confounded with the effects of the scenario's interventions",
		"try: vwnw run w.toml --set hazards.retention=0.2\n",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("table lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "on one side") {
		t.Errorf("table says \"on one side\":\n%s", out)
	}
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
