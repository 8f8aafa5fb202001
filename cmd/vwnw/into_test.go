package main

import (
	"encoding/json"
	"os"
	"path/filepath"
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
	} {
		t.Run(c.name, func(t *testing.T) {
			stderr, code := sens(append([]string{"--method", "tornado", "--param", "hazards.job_finding"}, c.args...)...)
			if code != 2 || !strings.Contains(stderr, "holds the results of a different run") || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 naming %q", code, stderr, c.want)
			}
		})
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "results.json")); string(after) != string(before) {
		t.Error("a refused analysis changed results.json")
	}
}
