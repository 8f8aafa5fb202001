package draws_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/internal/draws"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// writeShards runs shards 1 … n of a run of iterations of names (with cfg
// changed by change, when given) and returns the files' paths.
func writeShards(t *testing.T, dir string, iterations, n int, change func(k int, cfg *model.Config), names ...string) []string {
	t.Helper()
	var inputs []model.Input
	for _, nm := range names {
		s, err := scenarios.Load(nm)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, s.Input())
	}
	var paths []string
	for k := 1; k <= n; k++ {
		cfg := model.Config{Seed: 9, Iterations: iterations, Horizon: 30, Workers: 2, Observe: -1}
		cfg.Start, cfg.End = draws.Range(k, n, iterations)
		if change != nil {
			change(k, &cfg)
		}
		e, err := model.NewEngine(cfg, inputs)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, draws.FileName(k, n))
		meta := &draws.Meta{Command: "compare", Shard: k, Shards: n, First: cfg.Start, End: cfg.End, Results: e.Template()}
		w, err := draws.Create(path, draws.Layout{Scenarios: names, Horizon: cfg.Horizon, Shard: true}, meta)
		if err != nil {
			t.Fatal(err)
		}
		if err := e.Each(t.Context(), func(it *model.Iteration) error { return w.Write(it, nil) }); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}

func merge(t *testing.T, paths []string) (*model.Results, error) {
	t.Helper()
	ss, err := draws.OpenShards(paths)
	if err != nil {
		return nil, err
	}
	defer ss.Close()
	return ss.Results(model.AccumulatorOptions{})
}

// TestShardMerge: N shards merged give the results of the run on one
// machine, byte for byte (timing apart), for N = 1, 2, 3 and 7, whatever
// order the files are given in.
func TestShardMerge(t *testing.T) {
	names := []string{"baseline", "intensive_coaching", "transition_fund"}
	const iterations = 29
	single := func() string {
		var inputs []model.Input
		for _, nm := range names {
			s, _ := scenarios.Load(nm)
			inputs = append(inputs, s.Input())
		}
		e, err := model.NewEngine(model.Config{Seed: 9, Iterations: iterations, Horizon: 30, Workers: 2, Observe: -1}, inputs)
		if err != nil {
			t.Fatal(err)
		}
		r, err := e.Run(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		return untimed(t, r)
	}()
	for _, n := range []int{1, 2, 3, 7} {
		t.Run(fmt.Sprintf("N=%d", n), func(t *testing.T) {
			paths := writeShards(t, t.TempDir(), iterations, n, nil, names...)
			for i, j := 0, len(paths)-1; i < j; i, j = i+1, j-1 {
				paths[i], paths[j] = paths[j], paths[i]
			}
			r, err := merge(t, paths)
			if err != nil {
				t.Fatal(err)
			}
			if got := untimed(t, r); got != single {
				t.Errorf("merged results differ from the single run's:\n got %.300s\nwant %.300s", got, single)
			}
		})
	}
}

func untimed(t *testing.T, r *model.Results) string {
	t.Helper()
	c := *r
	c.Run.ElapsedSeconds = 0
	b, err := json.Marshal(&c)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestShardMismatch: shards of different runs, a missing or a duplicate
// shard are refused, naming the file and what differs.
func TestShardMismatch(t *testing.T) {
	names := []string{"baseline", "intensive_coaching"}
	dir := t.TempDir()
	good := writeShards(t, dir, 12, 3, nil, names...)
	other := func(sub string, change func(k int, cfg *model.Config), nm ...string) []string {
		d := filepath.Join(dir, sub)
		return writeShards(t, mkdir(t, d), 12, 3, change, nm...)
	}
	seed := other("seed", func(k int, cfg *model.Config) { cfg.Seed = 10 }, names...)
	horizon := other("horizon", func(k int, cfg *model.Config) { cfg.Horizon = 24 }, names...)
	scen := other("scen", nil, "baseline", "wage_supplement")
	four := writeShards(t, mkdir(t, filepath.Join(dir, "four")), 12, 4, nil, names...)
	for _, tt := range []struct {
		name  string
		paths []string
		want  []string
	}{
		{"missing", good[1:], []string{"shard 1 of 3 missing"}},
		{"duplicate", append([]string{good[1]}, good...), []string{"shard 2 of 3 twice"}},
		{"seed", []string{good[0], seed[1], good[2]}, []string{"shards of different runs", "seed/shard-2-of-3.parquet: seed 10, but 9 in"}},
		{"horizon", []string{good[0], good[1], horizon[2]}, []string{"horizon 24, but 30"}},
		{"scenarios", []string{good[0], scen[1], good[2]}, []string{"scenarios [baseline wage_supplement], but [baseline intensive_coaching]"}},
		{"N", []string{good[0], good[1], good[2], four[3]}, []string{"number of shards 4, but 3"}},
		{"not a shard", []string{filepath.Join(dir, "nope.parquet")}, []string{"nope.parquet"}},
		{"none", nil, []string{"no shard files"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := merge(t, tt.paths)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

func mkdir(t *testing.T, d string) string {
	t.Helper()
	if err := os.MkdirAll(d, 0o755); err != nil {
		t.Fatal(err)
	}
	return d
}
