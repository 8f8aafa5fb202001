package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPriceYearFlag: --price-year names the euros of the output; a value
// that is not a year with a CPI figure is refused with exit code 2 and the
// allowed years, on a simulating command and on report.
func TestPriceYearFlag(t *testing.T) {
	stdout, stderr, code := vwnw(t, "compare", "intensive_coaching", "--iterations", "3", "--price-year", "2024")
	if code != 0 || !strings.Contains(stdout, "euros of 2024") {
		t.Fatalf("exit %d, want the table in euros of 2024:\n%s%s", code, stdout, stderr)
	}
	for _, args := range [][]string{
		{"compare", "--iterations", "3", "--price-year", "twenty"},
		{"sensitivity", "intensive_coaching", "--price-year", "1999"},
		{"calibrate", "--observed", "pilot", "intensive_coaching", "--fit", "interventions.coaching.job_finding_hr", "--price-year", "2031"},
		{"report", "results.json", "-o", "x.html", "--price-year", "20.5"},
	} {
		_, stderr, code := vwnw(t, args...)
		if code != 2 || !strings.Contains(stderr, "--price-year") || !strings.Contains(stderr, "allowed 2015 to 2026") {
			t.Errorf("%v: exit %d, want 2 with the flag and the allowed years; stderr:\n%s", args, code, stderr)
		}
	}
	// report --price-year rescales saved results.
	dir := t.TempDir()
	if _, stderr, code := vwnw(t, "compare", "--iterations", "3", "--out", dir); code != 0 {
		t.Fatalf("compare: %s", stderr)
	}
	out := filepath.Join(dir, "r.html")
	if _, stderr, code := vwnw(t, "report", filepath.Join(dir, "results.json"), "-o", out, "--price-year", "2024"); code != 0 {
		t.Fatalf("report: exit %d, %s", code, stderr)
	}
	var r struct {
		Run struct {
			PriceYear int `json:"price_year"`
		} `json:"run"`
	}
	data, _ := os.ReadFile(filepath.Join(dir, "results.json"))
	if err := json.Unmarshal(data, &r); err != nil || r.Run.PriceYear != 2021 {
		t.Errorf("results.json: price year %d (%v), want 2021", r.Run.PriceYear, err)
	}
	html, _ := os.ReadFile(out)
	if !strings.Contains(string(html), "<td>2024</td>") {
		t.Error("report in euros of 2024 does not say so in its price year")
	}
}
