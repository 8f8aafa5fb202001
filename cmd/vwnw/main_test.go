package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// vwnw runs the command line and returns stdout, stderr and the exit code.
func vwnw(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.toml")
	os.WriteFile(broken, []byte("extends = \"baseline\"\n[hazards]\njob_findng = 0.1\n[cohort]\nflex_share = 1.5\n"), 0o644)
	bigger := filepath.Join(dir, "bigger.toml")
	os.WriteFile(bigger, []byte("extends = \"intensive_coaching\"\nname = \"bigger\"\n[cohort]\nsize = 60\n"), 0o644)
	notDir := filepath.Join(dir, "file")
	os.WriteFile(notDir, []byte("x"), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr []string
	}{
		{"version", []string{"version"}, 0, nil},
		{"unknown flag", []string{"compare", "--bogus"}, 2, []string{"unknown flag: --bogus"}},
		{"unknown command", []string{"comapre"}, 2, []string{"unknown command", "compare"}},
		{"bad iterations", []string{"compare", "--iterations", "0"}, 2, []string{"--iterations must be between 1 and 1000000, got 0"}},
		{"huge iterations", []string{"compare", "--iterations", "99999999999999"}, 2, []string{"--iterations must be between 1 and 1000000"}},
		{"huge cohort", []string{"compare", "--cohort-size", "100000000000"}, 2, []string{"--cohort-size must be 0 (as the scenario says) or up to 1000000"}},
		{"bad number", []string{"compare", "--iterations", "many"}, 2, []string{`invalid argument "many" for "--iterations" flag: want a whole number`}},
		{"negative seed", []string{"compare", "--seed", "-1"}, 2, []string{`invalid argument "-1" for "--seed" flag: want a whole number from 0 to 18446744073709551615`}},
		{"bad format", []string{"compare", "--format", "xml"}, 2, []string{`--format "xml"`, "table, json, csv, markdown"}},
		{"missing file", []string{"run", filepath.Join(dir, "nope.toml")}, 2, []string{"nope.toml: no such file"}},
		{"directory", []string{"run", dir + "/"}, 2, []string{"is a directory"}},
		{"unknown scenario", []string{"run", "intensive"}, 2, []string{"neither a shipped scenario"}},
		{"run needs a scenario", []string{"run"}, 2, []string{"needs 1 argument"}},
		{"validate lists every problem", []string{"validate", broken}, 2, []string{"broken.toml:3: hazards.job_findng", `did you mean "job_finding"`, "broken.toml:5: cohort.flex_share"}},
		{"baseline alone", []string{"run", "baseline", "--iterations", "2"}, 0, []string{`only the baseline "baseline": it is compared with itself`}},
		{"validate ok", []string{"validate", "baseline", "intensive_coaching"}, 0, nil},
		{"set unknown key", []string{"compare", "--set", "hazards.nope=1"}, 2, []string{"--set hazards.nope", "unknown key"}},
		{"set a service only some scenarios have", []string{"compare", "baseline", "intensive_coaching", "--iterations", "2", "--set", "interventions.services.talent_scan.uptake=0.7"}, 0, nil},
		{"set a service no scenario has", []string{"compare", "baseline", "intensive_coaching", "--iterations", "2", "--set", "interventions.services.talent_scn.uptake=0.7"}, 2, []string{"--set interventions.services.talent_scn.uptake", "no scenario in this run has that table"}},
		{"scenario on other persons than the baseline", []string{"run", bigger}, 2, []string{"bigger.toml:4: cohort.size: is 60 here but 30", "--baseline FILE"}},
		{"set without value", []string{"compare", "--set", "hazards.job_finding"}, 2, []string{"want KEY=VALUE"}},
		{"out is a file", []string{"compare", "--iterations", "2", "--out", notDir}, 2, []string{"not a directory"}},
		{"init refuses to overwrite", []string{"init", dir}, 2, []string{"already exists"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := vwnw(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			for _, w := range tt.stderr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if strings.Contains(stderr, "goroutine") || strings.Contains(stderr, "panic") {
				t.Errorf("stack trace on stderr:\n%s", stderr)
			}
		})
	}
}

// TestJSONShape checks the keys of --json against the JSON shape in docs/commands.md.
func TestJSONShape(t *testing.T) {
	stdout, stderr, code := vwnw(t, "compare", "intensive_coaching", "--iterations", "5", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatal(err)
	}
	// exactly checks that m has the keys of the JSON shape (docs/commands.md) and, beyond them,
	// only the extras README.md documents.
	exactly := func(what string, m map[string]any, keys []string, extras ...string) {
		t.Helper()
		for _, k := range keys {
			if _, ok := m[k]; !ok {
				t.Errorf("%s lacks key %q", what, k)
			}
		}
		for k := range m {
			if !slices.Contains(keys, k) && !slices.Contains(extras, k) {
				t.Errorf("%s has key %q, which docs/commands.md does not name", what, k)
			}
		}
	}
	exactly("top", doc, []string{"tool", "version", "run", "baseline", "scenarios"})
	exactly("run", doc["run"].(map[string]any), []string{"seed", "iterations", "horizon_months", "discount_rate", "price_year", "workers", "person_months", "elapsed_seconds"},
		"overrides", "cohort_size", "baseline", "cohort_files", "command")
	list := doc["scenarios"].([]any)
	if len(list) != 2 || doc["baseline"] != "baseline" {
		t.Fatalf("want baseline and intensive_coaching, got %d scenarios", len(list))
	}
	stakeholders := []string{"workers", "releasing_employers", "receiving_employers", "uwv", "municipalities", "insurers", "treasury", "society"}
	summary := []string{"mean", "sd", "se", "p5", "p50", "p95", "prob_positive"}
	for _, e := range list {
		s := e.(map[string]any)
		exactly("scenario", s, []string{"name", "title", "cohort_size", "sha256", "npv", "npv_per_participant", "npv_by_item", "outcomes", "occupancy"},
			"title_nl", "description", "description_nl", "cashflow", "society_box", "budget_by_year")
		for _, sec := range []string{"npv", "npv_per_participant"} {
			m := s[sec].(map[string]any)
			if len(m) != 8 {
				t.Errorf("%s has %d stakeholders, want 8", sec, len(m))
			}
			for _, k := range stakeholders {
				exactly(sec+"."+k, m[k].(map[string]any), summary)
			}
		}
		out := s["outcomes"].(map[string]any)
		exactly("outcomes", out, []string{"employed_6m", "employed_12m", "employed_24m", "months_unemployed", "months_ww", "months_bijstand", "wage_ratio", "cost_per_participant"},
			"sector_change", "utilisation", "waiting_months", "served_within_month")
		occ := s["occupancy"].(map[string]any)
		exactly("occupancy", occ, []string{"notice", "retained", "employed", "training", "ww", "bijstand", "no_benefit", "inactive"})
		if n := len(occ["ww"].([]any)); n != 60 {
			t.Errorf("occupancy has %d months, want the horizon 60", n)
		}
	}
	base := list[0].(map[string]any)["npv"].(map[string]any)["society"].(map[string]any)
	if base["mean"] != 0.0 || base["p95"] != 0.0 {
		t.Errorf("the baseline's own NPV must be zero, got %v", base)
	}
}

// TestGoldenResults checks results.json of a small fixed run byte for byte
// (elapsed time and workers, the only fields that vary, are zeroed).
// Regenerate with: go test ./cmd/vwnw -run Golden -update
func TestGoldenResults(t *testing.T) {
	dir := t.TempDir()
	_, stderr, code := vwnw(t, "compare", "--iterations", "20", "--seed", "42", "--horizon", "36", "--out", dir, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "results.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	json.Unmarshal(data, &doc)
	doc["run"].(map[string]any)["elapsed_seconds"] = 0
	doc["run"].(map[string]any)["workers"] = 0
	doc["run"].(map[string]any)["command"] = "" // holds the temporary --out
	got, _ := json.MarshalIndent(doc, "", "  ")
	golden := filepath.Join("..", "..", "testdata", "golden", "results.json")
	if *update {
		os.MkdirAll(filepath.Dir(golden), 0o755)
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("results.json differs from %s; if the change is intended, run go test ./cmd/vwnw -run Golden -update and review the diff", golden)
	}
	for _, f := range []string{"results.csv", "report.html"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("--out did not write %s", f)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestTableAndCSV(t *testing.T) {
	stdout, _, code := vwnw(t, "run", "intensive_coaching", "--iterations", "10")
	if code != 0 {
		t.Fatal("run failed")
	}
	for _, w := range []string{"intensive_coaching", "releasing_employers", "society", "P(NPV>0)", "p5", "p95", "months on WW"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("table lacks %q:\n%s", w, stdout)
		}
	}
	stdout, _, _ = vwnw(t, "run", "intensive_coaching", "--iterations", "10", "--format", "csv")
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	items := 0
	for _, l := range lines {
		if strings.Contains(l, ",npv_by_item,") {
			items++
		}
	}
	if lines[0] != "scenario,section,key,mean,sd,se,p5,p50,p95,prob_positive" || items == 0 || len(lines) != 1+2*(8+8+12)+items {
		t.Errorf("csv: header %q, %d lines, %d of line items", lines[0], len(lines), items)
	}
	stdout, _, code = vwnw(t, "compare", "intensive_coaching", "--iterations", "10", "--breakdown")
	if code != 0 || !strings.Contains(stdout, "Mean NPV by line item") || !strings.Contains(stdout, "displacement") {
		t.Errorf("compare --breakdown: exit %d\n%s", code, stdout)
	}
	if _, stderr, code := vwnw(t, "compare", "intensive_coaching", "--iterations", "2", "--breakdown", "--json"); code != 2 || !strings.Contains(stderr, "--breakdown prints a table") {
		t.Errorf("compare --breakdown --json: exit %d, %s", code, stderr)
	}
	stdout, _, _ = vwnw(t, "scenarios")
	if !slices.ContainsFunc(strings.Split(stdout, "\n"), func(l string) bool { return strings.HasPrefix(l, "intensive_coaching ") }) {
		t.Errorf("scenarios lacks intensive_coaching:\n%s", stdout)
	}
}

func TestReportFromSavedResults(t *testing.T) {
	dir := t.TempDir()
	if _, stderr, code := vwnw(t, "compare", "--iterations", "3", "--out", dir); code != 0 {
		t.Fatal(stderr)
	}
	out := filepath.Join(dir, "board.html")
	if _, stderr, code := vwnw(t, "report", filepath.Join(dir, "results.json"), "-o", out, "--lang", "en"); code != 0 {
		t.Fatal(stderr)
	}
	if b, _ := os.ReadFile(out); !bytes.Contains(b, []byte("echarts")) {
		t.Error("report.html has no charts")
	}
	os.WriteFile(filepath.Join(dir, "junk.json"), []byte(`{"tool": "other"}`), 0o644)
	if _, stderr, code := vwnw(t, "report", filepath.Join(dir, "junk.json"), "-o", filepath.Join(dir, "x.html")); code != 2 || !strings.Contains(stderr, "not vwnw results") {
		t.Errorf("junk results: exit %d, %s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "x.html")); err == nil {
		t.Error("a failed report left a file behind")
	}
}
