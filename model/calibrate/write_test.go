package calibrate

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/dist"
	"github.com/vwnw/vwnw/scenarios"
)

func TestFittedDist(t *testing.T) {
	inf := math.Inf(1)
	pos := scenarios.FitKey{Key: "k", Lower: 0, Upper: inf}
	prob := scenarios.FitKey{Key: "k", Lower: 0, Upper: 1}
	free := scenarios.FitKey{Key: "k", Lower: math.Inf(-1), Upper: inf}
	tests := []struct {
		name     string
		e        Estimate
		k        scenarios.FitKey
		level    float64
		want     dist.Dist
		oneSided bool
		err      string
	}{
		{"positive: lognormal, the wider (lower) side", Estimate{Name: "k", Value: 2, Lower: 1, Upper: 3}, pos, 0.9,
			dist.Dist{Kind: dist.LogNormal, Mu: 0.6931, Sigma: 0.4214}, false, ""},
		{"positive, upper side open", Estimate{Name: "k", Value: 2, Lower: 1, Upper: inf, UpperOpen: true}, pos, 0.9,
			dist.Dist{Kind: dist.LogNormal, Mu: 0.6931, Sigma: 0.4214}, true, ""},
		{"share: normal truncated to [0, 1]", Estimate{Name: "k", Value: 0.5, Lower: 0.4, Upper: 0.7}, prob, 0.9,
			dist.Dist{Kind: dist.Normal, Mu: 0.5, Sigma: 0.1216, Min: 0, HasMin: true, Max: 1, HasMax: true}, false, ""},
		{"share, lower side open", Estimate{Name: "k", Value: 0.5, Lower: 0, Upper: 0.7, LowerOpen: true}, prob, 0.9,
			dist.Dist{Kind: dist.Normal, Mu: 0.5, Sigma: 0.1216, Min: 0, HasMin: true, Max: 1, HasMax: true}, true, ""},
		{"unbounded key: normal, not truncated; 95% level", Estimate{Name: "k", Value: -1, Lower: -2, Upper: 0.5}, free, 0.95,
			dist.Dist{Kind: dist.Normal, Mu: -1, Sigma: 0.7653}, false, ""},
		{"bound on neither side", Estimate{Name: "k", Value: 0.5, Lower: 0, Upper: 1, LowerOpen: true, UpperOpen: true}, prob, 0.9,
			dist.Dist{}, false, "do not identify k (estimate 0.5, 90% interval 0–1): the data bound it on neither side"},
		{"bounded but not identified", Estimate{Name: "k", Value: 3, Lower: 0.2, Upper: 400, Why: Unidentified{Reason: Wide}}, pos, 0.9,
			dist.Dist{}, false, "do not identify k (estimate 3, 90% interval 0.2–400): its interval spans more than a factor of 100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, one, err := FittedDist(tt.e, tt.k, tt.level)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d != tt.want || one != tt.oneSided {
				t.Errorf("FittedDist = %+v, %v; want %+v, %v", d, one, tt.want, tt.oneSided)
			}
			// The interval of the distribution covers the estimate's.
			if lo, hi := d.Quantile(0.5-tt.level/2), d.Quantile(0.5+tt.level/2); !tt.e.LowerOpen && lo > tt.e.Lower*1.001 || !tt.e.UpperOpen && hi < tt.e.Upper*0.999 {
				t.Errorf("%g%% interval %g–%g does not cover %g–%g", 100*tt.level, lo, hi, tt.e.Lower, tt.e.Upper)
			}
		})
	}
}

func TestFormatFitted(t *testing.T) {
	tests := []struct {
		x    float64
		want string
	}{
		{0, "0"}, {1.23456, "1.235"}, {123456, "123500"}, {1.23456e-9, "1.235e-09"}, {0.000123449, "0.0001234"},
		{math.Inf(1), "∞"}, {math.Inf(-1), "−∞"}, {-2.5, "-2.5"},
	}
	for _, tt := range tests {
		if got := FormatFitted(tt.x); got != tt.want {
			t.Errorf("FormatFitted(%g) = %q, want %q", tt.x, got, tt.want)
		}
	}
}

// fakeFit is a calibration result for setup without running one.
func fakeFit(setup *Setup, estimates ...Estimate) *Result {
	return &Result{
		Estimates: estimates, Level: 0.9, LogLik: -20,
		Shares: [model.NumCategories]float64{0.2, 0.4, 0.1, 0.1, 0.2},
		Counts: setup.Observation.CountsFloat(),
		Fit:    GoodnessOfFit{G2: 1.234, X2: 1.1, DF: 3, PG2: 0.745, PX2: 0.78, MinExpected: 3},
	}
}

func TestCalibratedScenario(t *testing.T) {
	obs, err := LoadObservation("pilot")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	mine := filepath.Join(dir, "mine.toml")
	if err := os.WriteFile(mine, []byte("extends = \"intensive_coaching\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	hr := Estimate{Name: "interventions.coaching.job_finding_hr", Start: 1.5, Value: 2, Lower: 1.5, Upper: 2.4}
	uptake := Estimate{Name: "interventions.coaching.uptake", Start: 0.8, Value: 0.9, Lower: 0.8, Upper: 1, UpperOpen: true}
	cfg := model.Config{Seed: 7, Iterations: 40, Workers: 1}
	tests := []struct {
		name      string
		ref       string
		fit       []Estimate
		overrides []scenarios.Override
		path      string
		want      []string
		err       string
	}{
		{"shipped", "intensive_coaching", []Estimate{hr}, nil, filepath.Join(dir, "cal.toml"), []string{
			"# Calibrated by vwnw calibrate: intensive_coaching fitted to the observed outcomes in\n# pilot (shipped): 30 entrants from 2020-09, counted on 2021-04-01.\n",
			"# Multinomial maximum likelihood, 40 iterations, seed 7; G² = 1.23 (df 3, p = 0.74).\n",
			`name = "cal"`, `extends = "intensive_coaching"`, ", calibrated to pilot\"\n",
			"\n[interventions.coaching]\njob_finding_hr = { dist = \"lognormal\", mu = 0.6931, sigma = 0.1749 }  # source: calibrated by vwnw calibrate to pilot (n = 30), 2021-04-01; estimate 2, 90% interval 1.5–2.4\n",
		}, ""},
		{"file, relative extends, --set and a one-sided value", mine, []Estimate{hr, uptake},
			[]scenarios.Override{{Key: "hazards.job_finding", Value: "0.1"}}, filepath.Join(dir, "sub", "fitted.toml"), []string{
				`name = "fitted"`, `extends = "../mine.toml"`,
				"# The fit assumed these settings of the world the scenario shares with its\n# baseline, which a scenario cannot set on its own; repeat them when running it:\n#   vwnw run " + filepath.ToSlash(filepath.Join(dir, "sub", "fitted.toml")) + " --set hazards.job_finding=0.1\n",
				"\n[interventions.coaching]\njob_finding_hr = ",
				"\nuptake = { dist = \"normal\", mean = 0.9, sd = 0.0608, min = 0, max = 1 }  # source: calibrated by vwnw calibrate to pilot (n = 30), 2021-04-01; estimate 0.9, 90% interval 0.8–1 (bounded by the data on one side only; the width is that side's)\n",
			}, ""},
		{"--set of an intervention key is written", "intensive_coaching", []Estimate{hr},
			[]scenarios.Override{{Key: "interventions.coaching.uptake", Value: "0.85"}}, filepath.Join(dir, "set.toml"), []string{
				"\nuptake = 0.85  # source: set with --set when calibrating\n"}, ""},
		{"name of a shipped scenario", "intensive_coaching", []Estimate{hr}, nil, filepath.Join(dir, "intensive_coaching.toml"),
			[]string{`name = "intensive_coaching_calibrated"`}, ""},
		{"name of the calibrated scenario", mine, []Estimate{hr}, nil, filepath.Join(dir, "other", "mine.toml"),
			[]string{`name = "mine_calibrated"`, `extends = "../mine.toml"`}, ""},
		{"a world key", "intensive_coaching", []Estimate{{Name: "hazards.job_finding", Value: 0.1, Lower: 0.08, Upper: 0.12}},
			nil, filepath.Join(dir, "w.toml"), nil, "write hazards.job_finding: this fitted key is a key of the world a scenario shares with its baseline"},
		{"a --write path with a line break", "intensive_coaching", []Estimate{hr}, nil, filepath.Join(dir, "a\nname = \"x\"\n.toml"), nil, "holds a control or invisible character"},
		{"a name outside the safe set", "intensive_coaching", []Estimate{hr}, nil, filepath.Join(dir, "=1+1.toml"), nil, "letters, digits, _ and -"},
		{"unbounded value", "intensive_coaching", []Estimate{{Name: hr.Name, Value: 2, Lower: 0, Upper: math.Inf(1), LowerOpen: true, UpperOpen: true}},
			nil, filepath.Join(dir, "x.toml"), nil, "no distribution to write"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var names []string
			for _, e := range tt.fit {
				names = append(names, e.Name)
			}
			setup, err := NewSetup(obs, tt.ref, names, cfg, tt.overrides)
			if err != nil {
				t.Fatal(err)
			}
			text, err := CalibratedScenario(setup, fakeFit(setup, tt.fit...), tt.path)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("text lacks %q:\n%s", w, text)
				}
			}
			// It loads from where it is written, and sets the fitted keys.
			s, err := scenarios.LoadBytes([]byte(text), tt.path, filepath.Dir(tt.path))
			if err != nil {
				t.Fatalf("%v:\n%s", err, text)
			}
			for _, e := range tt.fit {
				if v, ok := s.Value(e.Name); !ok || math.Abs(v-e.Value) > 0.01*e.Value {
					t.Errorf("%s = %v (%v), want about %v", e.Name, v, ok, e.Value)
				}
			}
			again, _ := CalibratedScenario(setup, fakeFit(setup, tt.fit...), tt.path)
			if again != text {
				t.Errorf("the same inputs gave other text")
			}
		})
	}
}
