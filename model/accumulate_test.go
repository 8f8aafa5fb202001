package model_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vwnw/vwnw/model"
)

// accumulate feeds every iteration of e to an Accumulator with opt and the
// given chunk length, and returns its results with the spill flag.
func accumulate(t *testing.T, e *model.Engine, opt model.AccumulatorOptions, chunk int) (*model.Results, bool) {
	t.Helper()
	acc, err := model.NewAccumulator(e.Template(), opt)
	if err != nil {
		t.Fatal(err)
	}
	model.SetChunkLen(acc, chunk)
	if err := e.Each(t.Context(), acc.Add); err != nil {
		t.Fatal(err)
	}
	r, err := acc.Results()
	if err != nil {
		t.Fatal(err)
	}
	return r, acc.Spilled()
}

func resultsJSON(t *testing.T, r *model.Results) string {
	t.Helper()
	r.Run.ElapsedSeconds = 0
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestAccumulatorSpill: results are the same bytes whether the samples stay
// in memory or spill to disk, in whole chunks or with partial ones, and the
// spill file is gone afterwards.
func TestAccumulatorSpill(t *testing.T) {
	e := engine(t, model.Config{Seed: 3, Iterations: 37, Horizon: 30, Workers: 2, Observe: -1},
		load(t, "baseline"), load(t, "intensive_coaching"), load(t, "wage_supplement"))
	want, err := e.Run(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name   string
		budget int64
		chunk  int
		spill  bool
	}{
		{"in memory", 0, 8192, false},
		{"in memory, small chunks", 0, 4, false},
		{"spill from the start", -1, 5, true},
		{"spill past a budget", 3 * 5 * 8 * 25, 5, true},
		{"chunk of one", -1, 1, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			got, spilled := accumulate(t, e, model.AccumulatorOptions{Budget: tt.budget, Dir: dir}, tt.chunk)
			if spilled != tt.spill {
				t.Errorf("spilled = %v, want %v", spilled, tt.spill)
			}
			if g, w := resultsJSON(t, got), resultsJSON(t, want); g != w {
				t.Errorf("results differ from Engine.Run's:\n got %.300s\nwant %.300s", g, w)
			}
			if left, _ := os.ReadDir(dir); len(left) > 0 {
				t.Errorf("spill files left behind: %v", left)
			}
		})
	}
}

// TestAccumulatorErrors: iterations out of order, too few or too many are
// refused, and a run stopped half-way leaves no spill file.
func TestAccumulatorErrors(t *testing.T) {
	e := engine(t, model.Config{Seed: 1, Iterations: 12, Horizon: 12, Workers: 2, Observe: -1}, load(t, "baseline"), load(t, "intensive_coaching"))
	dir := t.TempDir()
	newAcc := func() *model.Accumulator {
		acc, err := model.NewAccumulator(e.Template(), model.AccumulatorOptions{Budget: -1, Dir: dir})
		if err != nil {
			t.Fatal(err)
		}
		model.SetChunkLen(acc, 2)
		return acc
	}

	acc := newAcc()
	stop := errors.New("stop")
	err := e.Each(t.Context(), func(it *model.Iteration) error {
		if err := acc.Add(it); err != nil {
			return err
		}
		if it.Index == 7 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || !acc.Spilled() {
		t.Fatalf("err %v, spilled %v; want stop after spilling", err, acc.Spilled())
	}
	if _, err := acc.Results(); err == nil {
		t.Error("Results after 8 of 12 iterations: no error")
	}
	if left, _ := os.ReadDir(dir); len(left) > 0 {
		t.Errorf("spill files left behind: %v", left)
	}

	acc = newAcc()
	defer acc.Close()
	skip := 0
	err = e.Each(t.Context(), func(it *model.Iteration) error {
		if it.Index == 3 && skip == 0 {
			skip++
			return nil
		}
		return acc.Add(it)
	})
	if err == nil {
		t.Error("iteration 4 after 2: no error")
	}

	if _, err := model.NewAccumulator(&model.Results{}, model.AccumulatorOptions{}); err == nil {
		t.Error("empty template: no error")
	}
}

// BenchmarkMemory runs a million iterations of a scenario against the
// baseline at the pilot's cohort of 30 (and a tenth of that) and reports
// the peak heap in use, sampled every 20 ms from another goroutine while
// the run simulates and summarises. Run with:
//
//	go test ./model -run '^$' -bench Memory -benchtime 1x
func BenchmarkMemory(b *testing.B) {
	base, sc := load(b, "baseline"), load(b, "intensive_coaching")
	for _, n := range []int{100_000, 1_000_000} {
		b.Run("iterations="+strconv.Itoa(n), func(b *testing.B) {
			cfg := model.Config{Seed: 1, Iterations: n, Horizon: 60, CohortSize: 30, Workers: runtime.GOMAXPROCS(0), Observe: -1}
			e := engine(b, cfg, base, sc)
			var peak atomic.Uint64
			stop := make(chan struct{})
			done := make(chan struct{})
			go func() {
				defer close(done)
				for {
					var ms runtime.MemStats
					runtime.ReadMemStats(&ms)
					if ms.HeapInuse > peak.Load() {
						peak.Store(ms.HeapInuse)
					}
					select {
					case <-stop:
						return
					case <-time.After(20 * time.Millisecond):
					}
				}
			}()
			var pm int64
			for b.Loop() {
				r, err := e.Run(context.Background())
				if err != nil {
					b.Fatal(err)
				}
				pm += r.Run.PersonMonths
			}
			close(stop)
			<-done
			b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MiB")
			b.ReportMetric(float64(pm)/b.Elapsed().Seconds(), "person-months/s")
		})
	}
}
