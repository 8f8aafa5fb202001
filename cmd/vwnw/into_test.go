package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSensitivityAddsToTheRun: sensitivity --out DIR of a compare's DIR adds
// its analysis to that run's results.json and report; a DIR of another
// run is refused with exit 2 and left as it was.
func TestSensitivityAddsToTheRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	common := []string{"--iterations", "5", "--seed", "3", "--horizon", "24"}
	if _, stderr, code := vwnw(t, append([]string{"compare", "baseline", "intensive_coaching", "transition_fund", "--out", dir}, common...)...); code != 0 {
		t.Fatalf("compare: exit %d: %s", code, stderr)
	}
	sens := func(extra ...string) (string, int) {
		args := append([]string{"sensitivity", "intensive_coaching", "--out", dir}, extra...)
		_, stderr, code := vwnw(t, args...)
		return stderr, code
	}
	if stderr, code := sens(append([]string{"--method", "tornado", "--param", "hazards.job_finding"}, common...)...); code != 0 {
		t.Fatalf("tornado: exit %d: %s", code, stderr)
	}
	if stderr, code := sens(append([]string{"--method", "breakeven", "--param", "interventions.coaching.hourly_cost", "--range", "50,3000"}, common...)...); code != 0 {
		t.Fatalf("breakeven: exit %d: %s", code, stderr)
	}
	read := func() (doc struct {
		Scenarios   []json.RawMessage `json:"scenarios"`
		Sensitivity struct {
			Method    string            `json:"method"`
			Tornado   []json.RawMessage `json:"tornado"`
			Breakeven json.RawMessage   `json:"breakeven"`
		} `json:"sensitivity"`
	}) {
		data, err := os.ReadFile(filepath.Join(dir, "results.json"))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		return doc
	}
	doc := read()
	if len(doc.Scenarios) != 3 || doc.Sensitivity.Method != "tornado,breakeven" || len(doc.Sensitivity.Tornado) != 1 || doc.Sensitivity.Breakeven == nil {
		t.Errorf("results.json: %d scenarios, method %q, %d tornado bars, break-even %s; want the compare's 3 with both analyses",
			len(doc.Scenarios), doc.Sensitivity.Method, len(doc.Sensitivity.Tornado), doc.Sensitivity.Breakeven)
	}
	report, _ := os.ReadFile(filepath.Join(dir, "report.html"))
	for _, id := range []string{`id="chart_tornado"`, `id="chart_breakeven"`, `id="chart_cashflow_1"`} {
		if !strings.Contains(string(report), id) {
			t.Errorf("report.html lacks %s", id)
		}
	}
	before, _ := os.ReadFile(filepath.Join(dir, "results.json"))
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"another seed", []string{"--iterations", "5", "--seed", "4", "--horizon", "24"}, "seed 3 there, 4 here"},
		{"another horizon", []string{"--iterations", "5", "--seed", "3", "--horizon", "12"}, "horizon 24 months there, 12 months here"},
		{"other inputs", []string{"--iterations", "5", "--seed", "3", "--horizon", "24", "--set", "economy.discount_rate=0.04"}, "scenario baseline sha256"},
		{"other rules", []string{"--iterations", "5", "--seed", "3", "--horizon", "24", "--set", "rules.2021.box1_rate_1=0.40"}, "scenario baseline sha256"},
		{"another price year", []string{"--iterations", "5", "--seed", "3", "--horizon", "24", "--price-year", "2024"}, "price year 2021 there, 2024 here; sensitivity adds to the results of the same run"},
		{"another cohort size", []string{"--iterations", "5", "--seed", "3", "--horizon", "24", "--cohort-size", "60"}, "cohort size of scenario baseline 30 there, 60 here"},
	} {
		t.Run(c.name, func(t *testing.T) {
			stderr, code := sens(append([]string{"--method", "tornado", "--param", "hazards.job_finding"}, c.args...)...)
			if code != 2 || !strings.Contains(stderr, "holds the results of a different run") || !strings.Contains(stderr, c.want) || !strings.Contains(stderr, "to add to them") {
				t.Errorf("exit %d, stderr %q; want exit 2 naming %q", code, stderr, c.want)
			}
		})
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "results.json")); string(after) != string(before) {
		t.Error("a refused analysis changed results.json")
	}
	// --cohort-size as the scenarios say gives the same numbers: accepted.
	if stderr, code := sens(append([]string{"--method", "tornado", "--param", "hazards.job_finding", "--cohort-size", "30"}, common...)...); code != 0 {
		t.Errorf("--cohort-size 30, the scenarios' own: exit %d: %s", code, stderr)
	}
}

// TestIntoRefusesOtherSettings: the run's settings that the scenario hash
// does not cover are compared too, in the directions the review met: a
// compare --price-year 2024 or --cohort-size 60, then a plain sensitivity.
func TestIntoRefusesOtherSettings(t *testing.T) {
	for _, c := range []struct {
		name string
		flag []string
		want string
	}{
		{"price year", []string{"--price-year", "2024"}, "price year 2024 there, 2021 here; sensitivity adds to the results of the same run (same --seed, --horizon, --price-year, --cohort-size, --baseline, scenarios, cohort files and --set): give --price-year 2024 to add to them"},
		{"cohort size", []string{"--cohort-size", "60"}, "cohort size of scenario baseline 60 there, 30 here; sensitivity adds to the results of the same run (same --seed, --horizon, --price-year, --cohort-size, --baseline, scenarios, cohort files and --set): give --cohort-size 60 to add to them"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "out")
			if _, stderr, code := vwnw(t, append([]string{"compare", "intensive_coaching", "--iterations", "5", "--out", dir}, c.flag...)...); code != 0 {
				t.Fatalf("compare: exit %d: %s", code, stderr)
			}
			_, stderr, code := vwnw(t, "sensitivity", "intensive_coaching", "--param", "hazards.job_finding", "--iterations", "5", "--out", dir)
			if code != 2 || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 saying %q", code, stderr, c.want)
			}
			if _, stderr, code := vwnw(t, append([]string{"sensitivity", "intensive_coaching", "--param", "hazards.job_finding", "--iterations", "5", "--out", dir}, c.flag...)...); code != 0 {
				t.Errorf("with %s as the compare: exit %d: %s", c.flag, code, stderr)
			}
		})
	}
}

// TestIntoKeepsOutputSettings: sensitivity --out DIR rewrites DIR's files
// in the language and CSV dialect they were written in, unless --lang or
// --csv-dialect says otherwise; then every file rewritten follows the flag.
func TestIntoKeepsOutputSettings(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if _, stderr, code := vwnw(t, "compare", "intensive_coaching", "--iterations", "5", "--lang", "en", "--csv-dialect", "nl", "--out", dir); code != 0 {
		t.Fatalf("compare: exit %d: %s", code, stderr)
	}
	check := func(step, lang string, bom bool) {
		t.Helper()
		report, _ := os.ReadFile(filepath.Join(dir, "report.html"))
		if want := `<html lang="` + lang + `">`; !strings.Contains(string(report), want) {
			t.Errorf("%s: report.html lacks %s", step, want)
		}
		sheet := map[string]string{"en": "Sensitivity", "nl": "Gevoeligheid"}[lang]
		if sheets := openBook(t, dir).GetSheetList(); !slices.Contains(sheets, sheet) {
			t.Errorf("%s: results.xlsx has the sheets %q, want %s of a workbook in %s", step, sheets, sheet, lang)
		}
		csv, _ := os.ReadFile(filepath.Join(dir, "results.csv"))
		if got := strings.HasPrefix(string(csv), "\uFEFF"); got != bom {
			t.Errorf("%s: results.csv starts with a BOM (the nl dialect): %v, want %v", step, got, bom)
		}
	}
	sens := func(extra ...string) {
		t.Helper()
		args := append([]string{"sensitivity", "intensive_coaching", "--param", "hazards.job_finding", "--iterations", "5", "--out", dir}, extra...)
		if _, stderr, code := vwnw(t, args...); code != 0 {
			t.Fatalf("sensitivity %s: exit %d: %s", extra, code, stderr)
		}
	}
	sens()
	check("no flags", "en", true)
	sens("--lang", "nl", "--csv-dialect", "en")
	check("--lang nl --csv-dialect en", "nl", false)
	sens()
	check("no flags again", "nl", false)
}
