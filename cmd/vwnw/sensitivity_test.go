package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/sensitivity"
)

func TestSensitivityBadInput(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown param", []string{"--method", "tornado", "--param", "interventions.coaching.hourly_cots"}, `did you mean "interventions.coaching.hourly_cost"`},
		{"fixed param", []string{"--method", "sobol", "--param", "interventions.coaching.case_manager_fte"}, "is a fixed number"},
		{"unknown method", []string{"--method", "sobl"}, `did you mean "sobol"`},
		{"stakeholder typo", []string{"--stakeholder", "socety"}, `did you mean "society"`},
		{"breakeven without param", []string{"--method", "breakeven"}, "--param must name exactly one key"},
		{"breakeven on a fixed number without range", []string{"--method", "breakeven", "--param", "interventions.coaching.case_manager_fte"}, "--range is needed"},
		{"breakeven on an unknown key", []string{"--method", "breakeven", "--param", "hazards.job_findin"}, `did you mean "hazards.job_finding"`},
		{"bad range", []string{"--method", "breakeven", "--param", "interventions.coaching.hourly_cost", "--range", "100,50"}, "LO < HI"},
		{"bad group", []string{"--method", "sobol", "--group", "hazards"}, "NAME=KEY,KEY"},
		{"group with unknown key", []string{"--method", "sobol", "--group", "h=hazards.job_finding,hazards.nope"}, "not an uncertain parameter"},
		{"key in two groups", []string{"--method", "sobol", "--group", "a=hazards.job_finding", "--group", "b=hazards.job_finding"}, "in two groups"},
		{"range with tornado", []string{"--method", "tornado", "--range", "1,2"}, "--range is for"},
		{"two scenarios for tornado", []string{"baseline_copy", "--method", "tornado"}, "takes one scenario"},
		{"too few evpi sets", []string{"--method", "evpi", "--iterations", "5"}, "at least 10"},
		{"no bootstrap", []string{"--method", "sobol", "--bootstrap", "0"}, "--bootstrap must be at least 100"},
		{"too few resamples", []string{"--method", "sobol", "--bootstrap", "99"}, "--bootstrap must be at least 100"},
		{"two groups of one name", []string{"--method", "sobol", "--group", "g=hazards.job_finding", "--group", "g=hazards.separation"}, "the name g is given to two groups"},
		{"group named like a parameter", []string{"--method", "evpi", "--iterations", "10", "--group", "hazards.separation=hazards.job_finding"}, "the name hazards.separation is a parameter key"},
		{"group named like a fixed parameter", []string{"--method", "sobol", "--group", "interventions.coaching.case_manager_fte=hazards.job_finding"}, "is a parameter key"},
		{"inner of zero", []string{"--method", "sobol", "--inner", "0"}, "--inner must be at least 1"},
		{"inner with tornado", []string{"--method", "tornado", "--inner", "3"}, "--inner is for the methods sobol and evpi"},
		{"tornado of one iteration", []string{"--method", "tornado", "--iterations", "1"}, "--iterations must be at least 2 for method tornado"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"sensitivity", "intensive_coaching", "--iterations", "4"}, tc.args...)
			if tc.name == "too few evpi sets" || tc.name == "tornado of one iteration" {
				args = append([]string{"sensitivity", "intensive_coaching"}, tc.args...)
			}
			_, stderr, code := vwnw(t, args...)
			if code != 2 {
				t.Fatalf("exit code %d, want 2; stderr: %s", code, stderr)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q does not contain %q", stderr, tc.want)
			}
		})
	}
	_, stderr, code := vwnw(t, "sensitivity", "baseline")
	if code != 2 || !strings.Contains(stderr, "the baseline itself") {
		t.Errorf("the baseline against itself: exit %d, %q", code, stderr)
	}
}

// TestSensitivityRangeNotAllowed: a --range end the parameter may not take
// is blamed on --range, with what the parameter allows, not on a --set the
// user never gave.
func TestSensitivityRangeNotAllowed(t *testing.T) {
	tests := []struct {
		name, rng string
		want      []string
	}{
		{"LO below the minimum", "-10,600", []string{`--range "-10,600": LO -10 is not allowed`, "must be 0 or more", "give LO,HI within"}},
		{"HI beyond a billion", "50,2e9", []string{"HI 2000000000 is not allowed", "must lie in [-1e+09, 1e+09]"}},
		{"both ends, one beyond TOML's integers", "-10,1e300", []string{"LO -10 is not allowed", "HI 1e+300 is not allowed", "must lie in"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := vwnw(t, "sensitivity", "intensive_coaching", "--iterations", "4", "--method", "breakeven",
				"--param", "interventions.coaching.hourly_cost", "--range", tc.rng)
			if code != 2 {
				t.Fatalf("exit code %d, want 2; stderr: %s", code, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr %q does not contain %q", stderr, w)
				}
			}
			for _, not := range []string{"--set", "not a TOML value"} {
				if strings.Contains(stderr, not) {
					t.Errorf("stderr %q names %q, which the user did not give", stderr, not)
				}
			}
		})
	}
}

func TestSensitivityMethods(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		check func(t *testing.T, s *model.Sensitivity)
		table string
	}{
		{"tornado", []string{"--method", "tornado", "--iterations", "8", "--param", "interventions.coaching.hourly_cost,hazards.job_finding"}, checkTornado, "swing €"},
		{"sobol", []string{"--method", "sobol", "--iterations", "16", "--bootstrap", "100", "--inner", "2", "--group", "hazards=hazards.job_finding,hazards.duration_decay", "--param", "interventions.coaching.job_finding_hr"}, checkSobol, "total order"},
		{"evpi", []string{"--method", "evpi", "--iterations", "12", "--inner", "2", "--param", "interventions.coaching.job_finding_hr"}, checkEVPI, "EVPPI"},
		{"breakeven", []string{"--method", "breakeven", "--iterations", "8", "--param", "interventions.coaching.hourly_cost", "--range", "0,2000"}, checkBreakeven, "break-even"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkSensitivityMethod(t, tc.name, tc.args, tc.check, tc.table) })
	}
}

// checkSensitivityMethod runs vwnw sensitivity intensive_coaching with
// the method's arguments extra, and checks its JSON with check, its table
// for want and its CSV.
func checkSensitivityMethod(t *testing.T, method string, extra []string, check func(*testing.T, *model.Sensitivity), want string) {
	args := append([]string{"sensitivity", "intensive_coaching", "--seed", "2"}, extra...)
	stdout, stderr, code := vwnw(t, append(args, "--json")...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if stderr != "" {
		t.Errorf("stderr not empty when not a terminal: %q", stderr)
	}
	var res model.Results
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&res); err != nil {
		t.Fatal(err)
	}
	if res.Sensitivity == nil || res.Sensitivity.Method != method || len(res.Scenarios) != 2 {
		t.Fatalf("results %+v", res.Sensitivity)
	}
	check(t, res.Sensitivity)
	if n, nl := res.Sensitivity.Notes, res.Sensitivity.NotesNL; len(n) == 0 || len(nl) != len(n) {
		t.Errorf("%d notes, %d in Dutch", len(n), len(nl))
	}
	table, stderr, code := vwnw(t, args...)
	if code != 0 || !strings.Contains(table, want) || !strings.Contains(table, "society") {
		t.Errorf("table (exit %d, %s):\n%s", code, stderr, table)
	}
	csv, _, code := vwnw(t, append(args, "--format", "csv")...)
	if code != 0 || !strings.HasPrefix(csv, "method,stakeholder,parameter,quantity,value\n") || strings.Count(csv, "\n") < 3 {
		t.Errorf("csv (exit %d):\n%s", code, csv)
	}
}

// checkTornado checks a tornado of two parameters with standard errors.
func checkTornado(t *testing.T, s *model.Sensitivity) {
	if len(s.Tornado) != 2 || s.TornadoOrder == nil || len(s.TornadoOrder.Municipalities) != 2 {
		t.Errorf("tornado %+v", s.Tornado)
	}
	for _, b := range s.Tornado {
		if b.Param == "interventions.coaching.hourly_cost" && !(b.SwingSE.Society > 0) {
			t.Errorf("no standard error: %+v", b)
		}
	}
}

// checkSobol checks Sobol indices of a group and a parameter, with the
// stochastic share and its notes in both languages.
func checkSobol(t *testing.T, s *model.Sensitivity) {
	if len(s.Sobol) != 2 || s.Sobol[0].Param != "hazards" && s.Sobol[1].Param != "hazards" {
		t.Errorf("sobol %+v", s.Sobol)
	}
	if s.SobolStochastic == nil || !strings.Contains(strings.Join(s.Notes, " "), "independent") ||
		!strings.Contains(strings.Join(s.NotesNL, " "), "onafhankelijk") || s.Inner != 2 {
		t.Errorf("sobol notes %q", s.Notes)
	}
}

// checkEVPI checks the EVPI and one EVPPI, the warning about too few
// parameter sets and the per-participant figures.
func checkEVPI(t *testing.T, s *model.Sensitivity) {
	e := s.EVPI
	if e == nil || len(e.Options) != 2 || len(e.Partial) != 1 || e.Cohort.Society < 0 || e.Permutations != sensitivity.EVPPIPermutations {
		t.Fatalf("evpi %+v", e)
	}
	if p := e.Partial[0]; p.Cohort.Society > p.Raw.Society || p.NoiseFloor.Society < 0 {
		t.Errorf("evppi %+v", p)
	}
	if !strings.Contains(strings.Join(s.Notes, " "), "Warning: only 12 parameter sets") {
		t.Errorf("no warning about too few parameter sets: %q", s.Notes)
	}
	if e != nil && math.Abs(e.PerParticipant.Municipalities*float64(s.CohortSize)-e.Cohort.Municipalities) > 1e-6 {
		t.Errorf("per participant %g × %d ≠ cohort %g", e.PerParticipant.Municipalities, s.CohortSize, e.Cohort.Municipalities)
	}
}

// checkBreakeven checks one break-even value inside the range.
func checkBreakeven(t *testing.T, s *model.Sensitivity) {
	b := s.Breakeven
	if b == nil || len(b.Roots) != 1 || b.Roots[0] <= 0 || b.Roots[0] >= 2000 || b.Stakeholder != "society" {
		t.Errorf("breakeven %+v", b)
	}
}

func TestSensitivityReproducible(t *testing.T) {
	elapsed := regexp.MustCompile(`"(elapsed_seconds|workers)": [0-9.]+`)
	run := func(workers string) string {
		out, stderr, code := vwnw(t, "sensitivity", "intensive_coaching", "--method", "sobol", "--iterations", "12",
			"--bootstrap", "100", "--param", "hazards.job_finding,interventions.coaching.job_finding_hr", "--json", "--workers", workers)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		return elapsed.ReplaceAllString(out, `"$1": 0`)
	}
	if a, b := run("1"), run("3"); a != b {
		t.Errorf("results differ between 1 and 3 workers")
	}
	evpi := func(workers string) string {
		out, stderr, code := vwnw(t, "sensitivity", "intensive_coaching", "wage_supplement", "--method", "evpi", "--iterations", "40",
			"--inner", "2", "--json", "--workers", workers)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		return elapsed.ReplaceAllString(out, `"$1": 0`)
	}
	if a, b := evpi("1"), evpi("2"); a != b {
		t.Errorf("EVPI results differ between 1 and 2 workers")
	}
}

func TestSensitivityBreakevenNoCashFlows(t *testing.T) {
	// Receiving employers have no cash flows that differ from the baseline
	// when coaching changes nobody's job (no effect on job finding or the
	// wage, no recruitment saved).
	out, stderr, code := vwnw(t, "sensitivity", "intensive_coaching", "--method", "breakeven", "--iterations", "8",
		"--param", "interventions.coaching.hourly_cost", "--stakeholder", "receiving_employers",
		"--set", "interventions.coaching.job_finding_hr=1", "--set", "interventions.coaching.wage_ratio_effect=0",
		"--set", "interventions.services.talent_scan.job_finding_hr=1", "--set", "interventions.services.career_test.job_finding_hr=1",
		"--set", "interventions.services.application_training.job_finding_hr=1", "--set", "interventions.services.grief_counselling.job_finding_hr=1",
		"--set", "interventions.services.self_employment.job_finding_hr=1", "--set", "jobs.recruitment_cost_saved=0")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "is zero at every value") || !strings.Contains(out, "no break-even") || strings.Contains(out, "crosses") {
		t.Errorf("output:\n%s", out)
	}
}

func TestSensitivityOut(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	_, stderr, code := vwnw(t, "sensitivity", "intensive_coaching", "--method", "tornado", "--iterations", "4",
		"--param", "hazards.job_finding", "--out", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "results.json"))
	if err != nil {
		t.Fatal(err)
	}
	var res model.Results
	if err := json.Unmarshal(data, &res); err != nil || res.Sensitivity == nil || len(res.Sensitivity.Tornado) != 1 {
		t.Errorf("results.json: %v %+v", err, res.Sensitivity)
	}
	if _, err := os.Stat(filepath.Join(dir, "report.html")); err != nil {
		t.Error(err)
	}
}

func TestSensitivityCancelLeavesNoFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	ctx, cancel := context.WithTimeout(context.Background(), 400*time.Millisecond)
	defer cancel()
	var out, errb bytes.Buffer
	code := run(ctx, []string{"sensitivity", "intensive_coaching", "--method", "tornado", "--iterations", "1500", "--out", dir},
		strings.NewReader(""), &out, &errb)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %s", code, errb.String())
	}
	if got := errb.String(); got != "vwnw: interrupted; nothing written\n" {
		t.Errorf("stderr %q, want the interruption said plainly", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("a stopped run left files: %v", entries)
	}
	if out.Len() != 0 {
		t.Errorf("a stopped run printed %q", out.String())
	}
}

func TestProgress(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	tests := []struct {
		name string
		w    interface{ Write([]byte) (int, error) }
		size func() int64
	}{
		{"buffer", &buf, func() int64 { return int64(buf.Len()) }},
		{"file", f, func() int64 { info, _ := f.Stat(); return info.Size() }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := newProgress(tc.w, "test")
			for i := range 101 {
				p.update(i, 100)
			}
			p.finish()
			if n := tc.size(); n != 0 {
				t.Errorf("wrote %d bytes to a non-terminal", n)
			}
		})
	}
	// On a terminal: a bar, redrawn in place, cleared at the end.
	var term bytes.Buffer
	p := &progress{w: &term, label: "x", on: true, start: time.Now()}
	p.update(50, 100)
	p.update(100, 100)
	p.finish()
	s := term.String()
	if !strings.Contains(s, "50%") || !strings.Contains(s, "100%") || !strings.HasSuffix(s, "\r\033[K") {
		t.Errorf("bar %q", s)
	}
}

// checkGolden compares got with the golden file testdata/name, which
// go test ./cmd/vwnw -update rewrites.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/vwnw -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test ./cmd/vwnw -update if intended and review the diff):\n%s", path, got)
	}
}

// TestSensitivityTableLang: the table of every method in the language of
// --lang (English without it), the parameters named beside their keys;
// golden files in testdata/.
func TestSensitivityTableLang(t *testing.T) {
	keys := "interventions.coaching.job_finding_hr,interventions.coaching.hourly_cost,hazards.job_finding"
	common := []string{"sensitivity", "intensive_coaching", "--seed", "7", "--horizon", "36", "--workers", "2"}
	tests := []struct {
		golden string
		args   []string
		want   []string // in the output besides the golden file
	}{
		{"sensitivity_tornado.en.txt", []string{"--method", "tornado", "--iterations", "20", "--param", keys},
			[]string{"society — NPV with every parameter at its median", "effect of coaching on job finding (hazard ratio)", "\nNotes:\n  - One-way"}},
		{"sensitivity_tornado.nl.txt", []string{"--method", "tornado", "--iterations", "20", "--param", keys, "--lang", "nl"},
			[]string{"maatschappij — NCW met elke parameter op zijn mediaan", "effect begeleiding op baanvinden (hazard ratio)", "\nToelichting:\n  - Eén voor één"}},
		{"sensitivity_sobol.nl.txt", []string{"--method", "sobol", "--iterations", "16", "--bootstrap", "100", "--param", keys, "--stakeholder", "society", "--lang", "nl"},
			[]string{"maatschappij — Sobol-indices, schatting [95%-interval]", "eerste orde", "gemeenschappelijke toevalsgetallen"}},
		{"sensitivity_evpi.en.txt", []string{"--method", "evpi", "--iterations", "20", "--inner", "1", "--param", keys, "--stakeholder", "society"},
			[]string{"EVPI, who chooses", "of 1 cohort each", "over 1 cohort per parameter set"}},
		{"sensitivity_breakeven.nl.txt", []string{"--method", "breakeven", "--iterations", "10", "--param", "interventions.coaching.hourly_cost", "--range", "50,600", "--lang", "nl"},
			[]string{"interventions.coaching.hourly_cost: kosten per betaald uur", "gem. NCW van de maatschappij €", "van elk 10 iteraties"}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			stdout, stderr, code := vwnw(t, append(common, tt.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("output lacks %q:\n%s", w, stdout)
				}
			}
			english := []string{"NPV", "Note", "parameter or group", "common random numbers", "society", "months"}
			for _, w := range english {
				if strings.HasSuffix(tt.golden, ".nl.txt") && strings.Contains(stdout, w) {
					t.Errorf("Dutch output has %q:\n%s", w, stdout)
				}
			}
			checkGolden(t, tt.golden, []byte(stdout))
		})
	}
}
