package draws_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/internal/draws"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

func engine(t *testing.T, iterations int, names ...string) *model.Engine {
	t.Helper()
	var inputs []model.Input
	for _, n := range names {
		s, err := scenarios.Load(n)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, s.Input())
	}
	e, err := model.NewEngine(model.Config{Seed: 5, Iterations: iterations, Horizon: 25, Workers: 2, Observe: 10}, inputs)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// fakeParams gives scenario s of iteration i a value of parameter j, NaN
// for the baseline's second parameter (a parameter it does not have).
func fakeParams(i, S, P int) [][]float64 {
	out := make([][]float64, S)
	for s := range out {
		out[s] = make([]float64, P)
		for j := range out[s] {
			out[s][j] = float64(i) + float64(j)/3 + float64(s)*1e-9
		}
		if s == 0 && P > 1 {
			out[s][1] = math.NaN()
		}
	}
	return out
}

type row struct {
	iteration int
	scenario  string
	si        string
	params    string
}

// iterations simulates e and returns every row as text (fmt prints floats
// exactly and NaN as NaN), after calling write with each iteration.
func iterations(t *testing.T, e *model.Engine, names []string, P int, shard bool, write func(*model.Iteration, [][]float64) error) []row {
	t.Helper()
	var rows []row
	err := e.Each(t.Context(), func(it *model.Iteration) error {
		params := fakeParams(it.Index, len(it.Scenarios), P)
		for s := range it.Scenarios {
			rows = append(rows, row{it.Index, names[s], text(&it.Scenarios[s], shard), fmt.Sprint(params[s])})
		}
		return write(it, params)
	})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// text prints the fields of si that a file holds.
func text(si *model.ScenarioIteration, shard bool) string {
	if shard {
		return fmt.Sprint(*si)
	}
	return fmt.Sprint(si.CohortSize, si.NPV, si.Outcomes, si.ItemNPV)
}

func TestRoundTrip(t *testing.T) {
	names := []string{"baseline", "intensive_coaching", "transition_fund"}
	params := []string{"hazards.job_finding_hr", "interventions.coaching.hourly_cost"}
	for _, tt := range []struct {
		file  string
		shard bool
	}{
		{"draws.parquet", false},
		{"draws.csv", false},
		{"shard.parquet", true},
	} {
		t.Run(tt.file, func(t *testing.T) {
			e := engine(t, 9, names...)
			path := filepath.Join(t.TempDir(), tt.file)
			l := draws.Layout{Scenarios: names, Params: params, Horizon: 25, Shard: tt.shard}
			meta := &draws.Meta{Command: "compare", Shard: 2, Shards: 3, First: 0, End: 9, Results: e.Template()}
			w, err := draws.Create(path, l, meta)
			if err != nil {
				t.Fatal(err)
			}
			want := iterations(t, e, names, len(params), tt.shard, w.Write)
			if _, err := os.Stat(path); err == nil {
				t.Error("file at its name before Close")
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			r, err := draws.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if got := r.Layout(); fmt.Sprint(got.Params) != fmt.Sprint(params) || got.Shard != tt.shard {
				t.Errorf("layout %+v, want params %v shard %v", got, params, tt.shard)
			}
			if m := r.Meta(); strings.HasSuffix(tt.file, ".parquet") && (m == nil || m.Shard != 2 || m.Results.Run.Seed != 5 || m.Layout.Horizon != 25) {
				t.Errorf("meta %+v", m)
			}
			var got []row
			p := make([]float64, len(params))
			for {
				var si model.ScenarioIteration
				at, err := r.ReadRow(&si, p)
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, row{at.Iteration, at.Scenario, text(&si, tt.shard), fmt.Sprint(p)})
			}
			if len(got) != len(want) {
				t.Fatalf("%d rows, want %d", len(got), len(want))
			}
			for k := range want {
				if got[k] != want[k] {
					t.Fatalf("row %d:\n got %+v\nwant %+v", k, got[k], want[k])
				}
			}
		})
	}
}

// TestReplay: the iterations of a shard file, replayed into an
// Accumulator, give the results of the run, byte for byte.
func TestReplay(t *testing.T) {
	names := []string{"baseline", "intensive_coaching", "wage_supplement"}
	e := engine(t, 23, names...)
	path := filepath.Join(t.TempDir(), "s.parquet")
	w, err := draws.Create(path, draws.Layout{Scenarios: names, Horizon: 25, Shard: true}, &draws.Meta{Results: e.Template()})
	if err != nil {
		t.Fatal(err)
	}
	want, err := e.Run(t.Context(), func(it *model.Iteration) error { return w.Write(it, nil) })
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := draws.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	acc, err := model.NewAccumulator(r.Meta().Results, model.AccumulatorOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var it model.Iteration
	for {
		if _, err = r.ReadIteration(&it, nil); err != nil {
			break
		}
		if err := acc.Add(&it); err != nil {
			t.Fatal(err)
		}
	}
	if !errors.Is(err, io.EOF) {
		t.Fatal(err)
	}
	got, err := acc.Results()
	if err != nil {
		t.Fatal(err)
	}
	want.Run.ElapsedSeconds = 0
	g, _ := json.Marshal(got)
	wb, _ := json.Marshal(want)
	if string(g) != string(wb) {
		t.Errorf("replayed results differ:\n got %.400s\nwant %.400s", g, wb)
	}
}

func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	notParquet := filepath.Join(dir, "x.parquet")
	os.WriteFile(notParquet, []byte("iteration,scenario\n"), 0o644)
	badCSV := filepath.Join(dir, "x.csv")
	os.WriteFile(badCSV, []byte("a,b\n"), 0o644)
	for _, tt := range []struct {
		name string
		err  error
		want string
	}{
		{"extension", func() error {
			_, err := draws.Create(filepath.Join(dir, "x.txt"), draws.Layout{Scenarios: []string{"a"}}, nil)
			return err
		}(), "ending in .parquet or .csv"},
		{"shard as CSV", func() error {
			_, err := draws.Create(filepath.Join(dir, "s.csv"), draws.Layout{Scenarios: []string{"a"}, Horizon: 1, Shard: true}, nil)
			return err
		}(), "shard files are Parquet"},
		{"clash", func() error {
			_, err := draws.Create(filepath.Join(dir, "c.csv"), draws.Layout{Scenarios: []string{"a"}, Params: []string{"npv.uwv"}}, nil)
			return err
		}(), `column "npv.uwv" twice`},
		{"not parquet", func() error { _, err := draws.Open(notParquet); return err }(), "not a Parquet file"},
		{"not our CSV", func() error { _, err := draws.Open(badCSV); return err }(), "columns [a b]"},
	} {
		if tt.err == nil || !strings.Contains(tt.err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one with %q", tt.name, tt.err, tt.want)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*tmp*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
