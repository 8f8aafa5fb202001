package sensitivity_test

import (
	"context"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/sensitivity"
)

// BenchmarkSobol4096 measures Sobol indices at 4,096 base samples as
//
//	vwnw sensitivity intensive_coaching --method sobol --iterations 4096
//
// runs it: every uncertain parameter, one cohort per sample, 500 bootstrap
// resamples, 2 workers, the run of the scenarios included. Run with:
//
//	go test ./model/sensitivity -run '^$' -bench Sobol -benchtime 1x
func BenchmarkSobol4096(b *testing.B) {
	for b.Loop() {
		p := &sensitivity.Plan{
			Method: "sobol", Scenarios: []string{"intensive_coaching"}, Baseline: "baseline", Bootstrap: 500,
			Config: model.Config{Seed: 1, Iterations: 4096, Horizon: 60, Workers: 2, Observe: -1},
		}
		if err := p.Check(); err != nil {
			b.Fatal(err)
		}
		if _, err := p.Run(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}
