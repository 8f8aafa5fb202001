package model_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/vwnw/vwnw/internal/cputime"
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
			benchRun(b, cfg, []model.Input{base.Input()})
		})
	}
}

// BenchmarkNational measures throughput at the national shape: the five
// shipped scenarios, 100,000 persons each, followed for 120 months, two
// iterations per op. Run with:
//
//	go test ./model -run '^$' -bench National -benchtime 1x
func BenchmarkNational(b *testing.B) {
	var inputs []model.Input
	for _, name := range scenarios.Shipped() {
		s, err := scenarios.Load(name)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, s.Input())
	}
	cfg := model.Config{Seed: 1, Iterations: 2, Horizon: 120, CohortSize: 100000, Workers: 2, Observe: -1}
	benchRun(b, cfg, inputs)
}

// benchRun runs an engine once per op and reports person-months per second
// of wall time and per second of the process's CPU time; the latter is
// steadier on a machine shared with other work.
func benchRun(b *testing.B, cfg model.Config, inputs []model.Input) {
	eng, err := model.NewEngine(cfg, inputs)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var pm int64
	cpu0 := cputime.Used()
	for b.Loop() {
		r, err := eng.Run(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		pm += r.Run.PersonMonths
	}
	cpu := cputime.Used() - cpu0
	b.ReportMetric(float64(pm)/b.Elapsed().Seconds(), "person-months/s")
	b.ReportMetric(float64(pm)/cpu.Seconds(), "person-months/cpu-s")
}
