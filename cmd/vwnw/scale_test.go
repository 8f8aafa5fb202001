package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/stat"

	"github.com/vwnw/vwnw/internal/draws"
	"github.com/vwnw/vwnw/model"
)

var timing = regexp.MustCompile(`"(elapsed_seconds|workers)": *[0-9.eE+-]+`)

// sameOutputs checks that dir b holds the bytes of dir a: results.csv and
// report.html exactly, results.json apart from its timing.
func sameOutputs(t *testing.T, a, b string) {
	t.Helper()
	for _, f := range []string{"results.json", "results.csv", "report.html"} {
		x, err := os.ReadFile(filepath.Join(a, f))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "results.json" {
			x, y = timing.ReplaceAll(x, []byte("$1")), timing.ReplaceAll(y, []byte("$1"))
		}
		if string(x) != string(y) {
			t.Errorf("%s of %s differs from %s's", f, b, a)
		}
	}
}

// TestShardMergeCLI: three shards of a compare, merged, give the outputs of
// the run on one machine; the merge's draws are the single run's.
func TestShardMergeCLI(t *testing.T) {
	dir := t.TempDir()
	run := []string{"compare", "intensive_coaching", "transition_fund", "--iterations", "14", "--seed", "4", "--horizon", "30"}
	// The single run and the merge write to the same --out (the single
	// run's files moved away in between), since results.json and the
	// report record the command line.
	out, single, shards := filepath.Join(dir, "out"), filepath.Join(dir, "single"), filepath.Join(dir, "shards")
	wantTable, stderr, code := vwnw(t, append(run, "--out", out, "--draws", filepath.Join(out, "draws.csv"))...)
	if code != 0 {
		t.Fatalf("single run: exit %d: %s", code, stderr)
	}
	if err := os.Rename(out, single); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for k := 3; k >= 1; k-- {
		_, stderr, code := vwnw(t, append(run, "--shard", fmt.Sprintf("%d/3", k), "--out", shards, "--workers", "1")...)
		if code != 0 || !strings.Contains(stderr, fmt.Sprintf("shard %d of 3", k)) {
			t.Fatalf("shard %d: exit %d: %s", k, code, stderr)
		}
		paths = append(paths, filepath.Join(shards, draws.FileName(k, 3)))
	}
	table, stderr, code := vwnw(t, append(append([]string{"merge"}, paths...), "--out", out, "--draws", filepath.Join(out, "draws.csv"))...)
	if code != 0 {
		t.Fatalf("merge: exit %d: %s", code, stderr)
	}
	merged := out
	sameOutputs(t, single, merged)
	cut := func(s string) string { return s[:strings.LastIndex(s, "person-months")] }
	if cut(table) != cut(wantTable) {
		t.Errorf("merge's table differs from the single run's:\n%s\n---\n%s", table, wantTable)
	}
	a, _ := os.ReadFile(filepath.Join(single, "draws.csv"))
	b, _ := os.ReadFile(filepath.Join(merged, "draws.csv"))
	if len(a) == 0 || string(a) != string(b) {
		t.Errorf("merged draws differ from the single run's (%d and %d bytes)", len(a), len(b))
	}
}

// TestDrawsMeans: the per-scenario means of the draws, Parquet or CSV, are
// results.json's, and so are their p5, p50 and p95 by the rule docs/scale.md
// gives (type 4; 17 iterations make np fractional at every p, where it
// differs from the inverted CDF and from pandas' type 7); there is one row
// per iteration × scenario.
func TestDrawsMeans(t *testing.T) {
	for _, ext := range []string{"parquet", "csv"} {
		t.Run(ext, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "draws."+ext)
			out, stderr, code := vwnw(t, "compare", "intensive_coaching", "wage_supplement", "--iterations", "17", "--horizon", "30", "--draws", path, "--json")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var res model.Results
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatal(err)
			}
			r, err := draws.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if len(r.Layout().Params) == 0 {
				t.Error("no parameter columns")
			}
			npv := map[string][model.NumStakeholders][]float64{}
			months := map[string][]float64{}
			params := make([]float64, len(r.Layout().Params))
			rows := 0
			for {
				var si model.ScenarioIteration
				row, err := r.ReadRow(&si, params)
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				rows++
				v := npv[row.Scenario]
				for k := range v {
					v[k] = append(v[k], si.NPV[k])
				}
				npv[row.Scenario] = v
				months[row.Scenario] = append(months[row.Scenario], si.Outcomes[model.OutMonthsUnemployed])
			}
			if rows != 17*3 {
				t.Errorf("%d rows, want 17 iterations × 3 scenarios", rows)
			}
			for _, sc := range res.Scenarios {
				for k := range model.NumStakeholders {
					st := model.Stakeholder(k)
					if got, want := stat.Mean(npv[sc.Name][k], nil), sc.NPV.At(st).Mean; got != want {
						t.Errorf("%s %s: mean of the draws %v, results.json %v", sc.Name, st, got, want)
					}
				}
				if got, want := stat.Mean(months[sc.Name], nil), sc.Outcomes.MonthsUnemployed.Mean; got != want {
					t.Errorf("%s months unemployed: mean of the draws %v, results.json %v", sc.Name, got, want)
				}
				checkPercentiles(t, sc.Name+" npv.society", npv[sc.Name][model.Society], *sc.NPV.At(model.Society))
				checkPercentiles(t, sc.Name+" months unemployed", months[sc.Name], sc.Outcomes.MonthsUnemployed)
			}
		})
	}
}

// TestScaleErrors: bad --shard and --draws values and mismatched shards
// exit 2 with a message naming the problem.
func TestScaleErrors(t *testing.T) {
	dir := t.TempDir()
	shards := filepath.Join(dir, "shards")
	base := []string{"compare", "intensive_coaching", "--iterations", "6", "--horizon", "12"}
	for k := 1; k <= 2; k++ {
		if _, stderr, code := vwnw(t, append(base, "--shard", fmt.Sprintf("%d/2", k), "--out", shards)...); code != 0 {
			t.Fatalf("shard %d: %s", k, stderr)
		}
	}
	other := filepath.Join(dir, "other")
	if _, stderr, code := vwnw(t, append(base, "--shard", "2/2", "--out", other, "--seed", "8")...); code != 0 {
		t.Fatal(stderr)
	}
	s1, s2 := filepath.Join(shards, "shard-1-of-2.parquet"), filepath.Join(shards, "shard-2-of-2.parquet")
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"shard syntax", append(base, "--shard", "3", "--out", dir), `--shard "3": want K/N`},
		{"shard beyond N", append(base, "--shard", "3/2", "--out", dir), "1 ≤ K ≤ N"},
		{"shard without out", append(base, "--shard", "1/2"), "needs --out DIR"},
		{"more shards than iterations", append(base, "--shard", "1/7", "--out", dir), "7 shards of 6 iterations"},
		{"draws extension", append(base, "--draws", filepath.Join(dir, "x.xlsx")), "want a file ending in .parquet or .csv"},
		{"missing shard", []string{"merge", s2}, "shard 1 of 2 missing"},
		{"duplicate shard", []string{"merge", s1, s2, s1}, "shard 1 of 2 twice"},
		{"other run", []string{"merge", s1, filepath.Join(other, "shard-2-of-2.parquet")}, "seed 8, but 1"},
		{"not a shard", []string{"merge", filepath.Join(dir, "nope.parquet")}, "nope.parquet"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := vwnw(t, tt.args...)
			if code != 2 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, stderr, tt.want)
			}
		})
	}
}

// TestSensitivityShards: the shards of a tornado and of a Sobol analysis,
// merged, give the outputs and the table of the analysis on one machine;
// breakeven, which chooses each run from the last, cannot be sharded.
func TestSensitivityShards(t *testing.T) {
	for _, method := range []string{"tornado", "sobol"} {
		t.Run(method, func(t *testing.T) {
			dir := t.TempDir()
			run := []string{"sensitivity", "intensive_coaching", "--method", method, "--iterations", "8", "--horizon", "18",
				"--param", "hazards.job_finding,interventions.coaching.job_finding_hr", "--set", "hazards.job_finding={ dist = \"uniform\", min = 0.03, max = 0.06 }"}
			if method == "sobol" {
				run = append(run, "--bootstrap", "100")
			}
			out, single, shards := filepath.Join(dir, "out"), filepath.Join(dir, "single"), filepath.Join(dir, "shards")
			want, stderr, code := vwnw(t, append(run, "--out", out)...)
			if code != 0 {
				t.Fatalf("single: exit %d: %s", code, stderr)
			}
			if err := os.Rename(out, single); err != nil {
				t.Fatal(err)
			}
			var paths []string
			for k := 1; k <= 2; k++ {
				if _, stderr, code := vwnw(t, append(run, "--shard", fmt.Sprintf("%d/2", k), "--out", shards)...); code != 0 {
					t.Fatalf("shard %d: exit %d: %s", k, code, stderr)
				}
				paths = append(paths, filepath.Join(shards, draws.FileName(k, 2)))
			}
			got, stderr, code := vwnw(t, append(append([]string{"merge"}, paths...), "--out", out)...)
			if code != 0 {
				t.Fatalf("merge: exit %d: %s", code, stderr)
			}
			sameOutputs(t, single, out)
			if got != want {
				t.Errorf("merge's table differs:\n%s\n---\n%s", got, want)
			}
		})
	}
	_, stderr, code := vwnw(t, "sensitivity", "intensive_coaching", "--method", "breakeven", "--param", "interventions.coaching.hourly_cost", "--shard", "1/2", "--out", t.TempDir())
	if code != 2 || !strings.Contains(stderr, "--shard is for --method tornado, sobol or evpi") {
		t.Errorf("breakeven --shard: exit %d, %s", code, stderr)
	}
}

// TestShardShare: the work a command is held to is its shard's share of
// the run's, and a merge simulates nothing.
func TestShardShare(t *testing.T) {
	for _, tt := range []struct {
		sf   scaleFlags
		want float64
	}{
		{scaleFlags{}, 1},
		{scaleFlags{shard: "1/4"}, 0.25},
		{scaleFlags{shard: "3/3"}, 1.0 / 3},
		{scaleFlags{merge: &sensMerge{}}, 0},
	} {
		if got := tt.sf.share(); got != tt.want {
			t.Errorf("share of %+v = %v, want %v", tt.sf, got, tt.want)
		}
	}
	// A run above the bound without --allow-long is refused whole, and its
	// shard of a tenth passes the check (to fail later, on an --out that is
	// a file).
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	big := []string{"compare", "intensive_coaching", "--cohort-size", "1000000", "--horizon", "120", "--iterations", "200", "--out", file}
	if _, stderr, code := vwnw(t, big...); code != 2 || !strings.Contains(stderr, "--allow-long") {
		t.Fatalf("whole run: exit %d, %s", code, stderr)
	}
	_, stderr, code := vwnw(t, append(big, "--shard", "1/10")...)
	if code != 2 || strings.Contains(stderr, "--allow-long") || !strings.Contains(stderr, "--out "+file) {
		t.Errorf("a tenth: exit %d, %s", code, stderr)
	}
}

// checkPercentiles checks the p5, p50 and p95 of summary s against the
// draws x by the rule docs/scale.md gives (type4).
func checkPercentiles(t *testing.T, name string, x []float64, s model.Summary) {
	t.Helper()
	for _, q := range []struct{ p, json float64 }{{0.05, s.P5}, {0.5, s.P50}, {0.95, s.P95}} {
		if want := type4(x, q.p); math.Abs(q.json-want) > 1e-9*math.Max(1, math.Abs(want)) {
			t.Errorf("%s p%g: results.json %v, the documented rule %v", name, 100*q.p, q.json, want)
		}
	}
}

// type4 is the p-th percentile of x as docs/scale.md gives it.
func type4(x []float64, p float64) float64 {
	x = slices.Sorted(slices.Values(x))
	np := float64(len(x)) * p
	k := int(math.Floor(np)) // x₍ₖ₎ is x[k-1]
	switch {
	case k == 0:
		return x[0]
	case k >= len(x):
		return x[len(x)-1]
	}
	return x[k-1] + (np-float64(k))*(x[k]-x[k-1])
}
