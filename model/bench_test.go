package model_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// BenchmarkEngine measures throughput in person-months per second on the
// shipped baseline with 2 workers, for the pilot's cohort of 30 and for
// larger cohorts. Run with:
//
//	go test ./model -run '^$' -bench Engine -benchtime 3x
func BenchmarkEngine(b *testing.B) {
	base, err := scenarios.Load("baseline")
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{30, 1000, 10000} {
		b.Run(fmt.Sprintf("cohort=%d", size), func(b *testing.B) {
			iterations := max(20, 300000/size)
			cfg := model.Config{Seed: 1, Iterations: iterations, Horizon: 60, CohortSize: size, Workers: 2, Observe: -1}
			eng, err := model.NewEngine(cfg, []model.Input{base.Input()})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			var pm int64
			for b.Loop() {
				r, err := eng.Run(context.Background())
				if err != nil {
					b.Fatal(err)
				}
				pm += r.Run.PersonMonths
			}
			b.ReportMetric(float64(pm)/b.Elapsed().Seconds(), "person-months/s")
		})
	}
}
