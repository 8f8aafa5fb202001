package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestCalibratePilot is the "done when": calibrate on the shipped
// pilot file prints observed against simulated and writes a calibrated
// scenario that run accepts.
func TestCalibratePilot(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "calibrated.toml")
	args := []string{"calibrate", "--observed", "pilot", "intensive_coaching",
		"--fit", "interventions.coaching.job_finding_hr", "--iterations", "100", "--write", out}
	stdout, stderr, code := vwnw(t, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"calibrate intensive_coaching (shipped) to pilot (shipped)",
		"30 entrants 2020-09 to 2020-12", "counted on 2021-04-01",
		"interventions.coaching.job_finding_hr", "90% interval",
		"category", "observed", "simulated", "expected",
		"new_job", "12", "work_schooling", "searching",
		"in work or work + schooling            observed 14 (56.0%)",
		"observed 16 (64.0%)",
		"goodness of fit: G² =", "3 degrees of freedom",
		"wrote " + out,
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	text, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`extends = "intensive_coaching"`, `name = "calibrated"`, "[interventions.coaching]",
		`job_finding_hr = { dist = "lognormal", mu = `,
		"# source: calibrated by vwnw calibrate to pilot (n = 30), 2021-04-01",
	} {
		if !strings.Contains(string(text), want) {
			t.Errorf("calibrated scenario lacks %q:\n%s", want, text)
		}
	}
	// The same inputs write the same text.
	again := filepath.Join(dir, "again", "calibrated.toml")
	os.Mkdir(filepath.Dir(again), 0o755)
	args[len(args)-1] = again
	if _, stderr, code := vwnw(t, args...); code != 0 {
		t.Fatalf("second run: exit %d: %s", code, stderr)
	}
	if text2, _ := os.ReadFile(again); string(text2) != string(text) {
		t.Errorf("a second calibration wrote other text:\n%s\nvs\n%s", text2, text)
	}
	if _, stderr, code := vwnw(t, "validate", out); code != 0 {
		t.Errorf("validate the calibrated scenario: exit %d: %s", code, stderr)
	}
	stdout, stderr, code = vwnw(t, "run", out, "--iterations", "20")
	if code != 0 || !strings.Contains(stdout, "calibrated") {
		t.Errorf("run the calibrated scenario: exit %d: %s\n%s", code, stderr, stdout)
	}
}

func TestCalibrateJSONAndRelativeExtends(t *testing.T) {
	dir := t.TempDir()
	scen := filepath.Join(dir, "mine.toml")
	os.WriteFile(scen, []byte("extends = \"intensive_coaching\"\n[interventions.coaching]\nuptake = 0.85\n"), 0o644)
	out := filepath.Join(dir, "sub", "fitted.toml")
	os.Mkdir(filepath.Dir(out), 0o755)
	stdout, stderr, code := vwnw(t, "calibrate", "--observed", "pilot", scen, "--fit", "interventions.coaching.job_finding_hr",
		"--iterations", "50", "--json", "--write", out, "--set", "hazards.job_finding=0.1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Tool     string `json:"tool"`
		Observed struct {
			Counts map[string]int `json:"counts"`
			Month  int            `json:"observation_month"`
		} `json:"observed"`
		Fitted []struct {
			Key          string          `json:"key"`
			Estimate     float64         `json:"estimate"`
			Distribution json.RawMessage `json:"distribution"`
		} `json:"fitted"`
		Categories []struct {
			Key            string  `json:"key"`
			Observed       int     `json:"observed"`
			SimulatedShare float64 `json:"simulated_share"`
		} `json:"categories"`
		Fit struct {
			G2 float64 `json:"g2"`
			DF int     `json:"df"`
		} `json:"fit"`
	}
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("%v:\n%s", err, stdout)
	}
	if res.Tool != "vwnw" || res.Observed.Counts["new_job"] != 12 || res.Observed.Month != 7 || len(res.Categories) != 5 ||
		len(res.Fitted) != 1 || !(res.Fitted[0].Estimate > 0) || len(res.Fitted[0].Distribution) == 0 || res.Fit.DF != 3 {
		t.Errorf("JSON: %+v", res)
	}
	// hazards.job_finding is a key of the world the scenario shares with its
	// baseline: the file cannot set it (run would refuse it), so it is left
	// out and the header says to repeat the --set.
	text, _ := os.ReadFile(out)
	for _, want := range []string{`extends = "../mine.toml"`, "[interventions.coaching]\njob_finding_hr = ",
		"repeat them when running it:\n#   vwnw run " + filepath.ToSlash(out) + " --set hazards.job_finding=0.1\n"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("calibrated scenario lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(string(text), "[hazards]") {
		t.Errorf("calibrated scenario sets a world key:\n%s", text)
	}
	if _, stderr, code := vwnw(t, "run", out, "--iterations", "5", "--set", "hazards.job_finding=0.1"); code != 0 {
		t.Errorf("run: exit %d: %s", code, stderr)
	}
}

// TestCalibrateWriteWorldKey: a fitted key of [cohort], [economy], [hazards]
// or [jobs] cannot be written into a scenario (run refuses a scenario that
// differs from its baseline there), so --write is refused before fitting;
// without --write the fit runs and says the value is confounded.
func TestCalibrateWriteWorldKey(t *testing.T) {
	out := filepath.Join(t.TempDir(), "fitted.toml")
	start := time.Now()
	_, stderr, code := vwnw(t, "calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "hazards.job_finding",
		"--iterations", "1000", "--write", out)
	if code != 2 {
		t.Errorf("exit %d, want 2: %s", code, stderr)
	}
	for _, want := range []string{"--write hazards.job_finding: this fitted key is a key of the world", "world a scenario shares with its baseline", "nothing was fitted", "override it"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a calibrated scenario was written")
	}
	// A fit at 1000 iterations takes seconds; the refusal comes first.
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("refusal took %v: it should come before fitting", d)
	}
	stdout, stderr, code := vwnw(t, "calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "hazards.job_finding", "--iterations", "20")
	if code != 0 {
		t.Fatalf("without --write: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "confounded with the effects of the scenario's interventions") {
		t.Errorf("no note on confounding:\n%s", stdout)
	}
}

// TestCalibrateNameDoesNotClash: --write intensive_coaching.toml must not
// write a second scenario named intensive_coaching, or compare cannot tell
// them apart.
func TestCalibrateNameDoesNotClash(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "intensive_coaching.toml")
	if _, stderr, code := vwnw(t, "calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "interventions.coaching.job_finding_hr",
		"--iterations", "30", "--write", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	text, _ := os.ReadFile(out)
	if !strings.Contains(string(text), `name = "intensive_coaching_calibrated"`) {
		t.Errorf("name not made distinct:\n%s", text)
	}
	if _, stderr, code := vwnw(t, "compare", out, "intensive_coaching", "--iterations", "5"); code != 0 {
		t.Errorf("compare with the shipped scenario: exit %d: %s", code, stderr)
	}
}

func TestCalibrateBadInput(t *testing.T) {
	dir := t.TempDir()
	badObs := filepath.Join(dir, "obs.toml")
	os.WriteFile(badObs, []byte("observation_date = 2021-04-01\n[entries]\n\"2020-09\" = 3\n[observed]\nstopped = 1\nnew_job = 1\nwork_schooling = 0\neducation = 0\nsearching = 0\n"), 0o644)
	scen := filepath.Join(dir, "s.toml")
	os.WriteFile(scen, []byte("extends = \"intensive_coaching\"\n"), 0o644)
	fit := []string{"--fit", "interventions.coaching.job_finding_hr"}
	tests := []struct {
		name   string
		args   []string
		stderr []string
	}{
		{"no --observed", append([]string{"calibrate", "intensive_coaching"}, fit...), []string{"--observed is required"}},
		{"no --fit", []string{"calibrate", "--observed", "pilot", "intensive_coaching"}, []string{"--fit is required"}},
		{"no scenario", append([]string{"calibrate", "--observed", "pilot"}, fit...), []string{"needs 1 argument"}},
		{"unknown key", []string{"calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "interventions.coaching.job_findng_hr"},
			[]string{`did you mean "job_finding_hr"?`}},
		{"not numeric", []string{"calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "interventions.coaching.mode"},
			[]string{"not a number that can be fitted"}},
		{"bad observation file", append([]string{"calibrate", "--observed", badObs, "intensive_coaching"}, fit...),
			[]string{"obs.toml:4: observed: counts sum to 2", "3 entrants"}},
		{"unknown observation", append([]string{"calibrate", "--observed", "pilott", "intensive_coaching"}, fit...),
			[]string{`did you mean "pilot"?`}},
		{"bad level", append([]string{"calibrate", "--observed", "pilot", "intensive_coaching", "--level", "90"}, fit...),
			[]string{"--level must lie between 0 and 1"}},
		{"write onto the scenario", append([]string{"calibrate", "--observed", "pilot", scen, "--write", scen}, fit...),
			[]string{"is the scenario being calibrated"}},
		{"validate a bad observation", []string{"validate", badObs}, []string{"obs.toml:4: observed: counts sum to 2"}},
		{"too many keys", []string{"calibrate", "--observed", "pilot", "intensive_coaching", "--fit",
			"interventions.coaching.job_finding_hr,interventions.coaching.uptake,hazards.job_finding,hazards.retention,hazards.notice_search"},
			[]string{"--fit interventions.coaching.job_finding_hr,", "5 keys, at most 4"}},
		{"fixed cohort share", []string{"calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "cohort.flex_share"},
			[]string{"--fit cohort.flex_share: is a fixed characteristic of the cohort"}},
		{"training switched off", []string{"calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "interventions.training.uptake"},
			[]string{"--fit interventions.training.uptake: the simulated outcome shares are the same", "cannot inform it"}},
		{"discount rate", []string{"calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "economy.discount_rate"},
			[]string{"--fit economy.discount_rate:", "cannot inform it"}},
		{"a cost", []string{"calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "interventions.coaching.hourly_cost"},
			[]string{"--fit interventions.coaching.hourly_cost:", "cannot inform it"}},
		{"wage ratio", []string{"calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "jobs.wage_ratio"},
			[]string{"--fit jobs.wage_ratio:", "cannot inform it"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := vwnw(t, tt.args...)
			if code != 2 {
				t.Errorf("exit code %d, want 2; stderr:\n%s", code, stderr)
			}
			for _, w := range tt.stderr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
		})
	}
	if stdout, stderr, code := vwnw(t, "validate", "pilot", "baseline"); code != 0 || !strings.Contains(stdout, "pilot: ok") {
		t.Errorf("validate pilot: exit %d: %s%s", code, stdout, stderr)
	}
}

// elapsed matches the time a calibration took, which varies.
var elapsed = regexp.MustCompile(`in [0-9]+[.,][0-9] s\.`)

// TestCalibrateTableLang: the table in the language of --lang (English
// without it); golden files in testdata/ with the time taken masked.
func TestCalibrateTableLang(t *testing.T) {
	tests := []struct {
		golden    string
		lang      []string
		want, not []string
	}{
		{"calibrate.en.txt", nil, []string{"goodness of fit", "effect of coaching on job finding (hazard ratio)", "new job"}, []string{"waargenomen"}},
		{"calibrate.nl.txt", []string{"--lang", "nl"}, []string{"aanpassing", "effect begeleiding op baanvinden (hazard ratio)", "nieuw werk", "5 iteraties"},
			[]string{"observed", "common random", "shipped", "goodness"}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			args := append([]string{"calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "interventions.coaching.job_finding_hr",
				"--iterations", "5", "--seed", "3"}, tt.lang...)
			stdout, stderr, code := vwnw(t, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("output lacks %q:\n%s", w, stdout)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(stdout, w) {
					t.Errorf("output has %q:\n%s", w, stdout)
				}
			}
			checkGolden(t, tt.golden, []byte(elapsed.ReplaceAllString(stdout, "in T s.")))
		})
	}
}
