package draws_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/vwnw/vwnw/internal/cputime"
	"github.com/vwnw/vwnw/internal/draws"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// BenchmarkNationalShard simulates and writes a shard of a national run —
// 100,000 persons, horizon 120 months, the baseline and four shipped
// scenarios — on 1 and on 2 workers, and reports the throughput
// (person-months per second of wall-clock time, and per second of
// processor time, which is what one core does whatever else the machine
// runs), the peak heap in use, and the shard file's bytes per iteration.
// Run with:
//
//	go test ./internal/draws -run '^$' -bench NationalShard -benchtime 1x
//
// VWNW_BENCH_ITERATIONS sets the iterations of the shard (default 2).
func BenchmarkNationalShard(b *testing.B) {
	iterations := 2
	if v := os.Getenv("VWNW_BENCH_ITERATIONS"); v != "" {
		fmt.Sscan(v, &iterations)
	}
	names := []string{"baseline", "intensive_coaching", "digital_hybrid", "transition_fund", "wage_supplement"}
	var inputs []model.Input
	for _, n := range names {
		s, err := scenarios.Load(n)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, s.Input())
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			cfg := model.Config{Seed: 1, Iterations: 1000, Start: 0, End: iterations, Horizon: 120,
				CohortSize: 100_000, Workers: workers, Observe: -1}
			e, err := model.NewEngine(cfg, inputs)
			if err != nil {
				b.Fatal(err)
			}
			var peak uint64
			sample := func() {
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
			path := filepath.Join(b.TempDir(), draws.FileName(1, 250))
			var pm int64
			var size int64
			cpu0 := cputime.Used().Seconds()
			for b.Loop() {
				w, err := draws.Create(path, draws.Layout{Scenarios: names, Horizon: cfg.Horizon, Shard: true},
					&draws.Meta{Shard: 1, Shards: 250, End: iterations, Results: e.Template()})
				if err != nil {
					b.Fatal(err)
				}
				err = e.Each(b.Context(), func(it *model.Iteration) error {
					sample()
					for _, si := range it.Scenarios {
						pm += int64(si.CohortSize) * int64(cfg.Horizon)
					}
					return w.Write(it, nil)
				})
				if err != nil {
					b.Fatal(err)
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
				sample()
				info, _ := os.Stat(path)
				size = info.Size()
			}
			if cpu := cputime.Used().Seconds() - cpu0; cpu > 0 {
				b.ReportMetric(float64(pm)/cpu, "person-months/cpu-s")
			}
			s := b.Elapsed().Seconds()
			b.ReportMetric(float64(pm)/s, "person-months/s")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
			b.ReportMetric(float64(size)/float64(iterations), "file-bytes/iteration")
		})
	}
}
