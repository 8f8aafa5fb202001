package sensitivity_test

import (
	"context"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/internal/cputime"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/sensitivity"
)

// BenchmarkSobol4096 measures a Sobol analysis of 10 parameters of
// intensive_coaching (the first ten of hazards.*) with 4,096 base samples on
// the pilot cohort (30 persons), 500 bootstrap resamples and 2 workers:
// 4,096 × 12 = 49,152 iterations of two scenarios, the workload the
// performance figures in docs/performance.md are measured on. Besides the
// time it reports the processor time, user and system (cpu-s/op), the
// figure to read on a busy machine. Run with:
//
//	go test ./model/sensitivity -run '^$' -bench Sobol4096 -benchtime 1x
func BenchmarkSobol4096(b *testing.B) {
	base, sc := sensLoad(b, "baseline"), sensLoad(b, "intensive_coaching")
	var params []sensitivity.Param
	for _, p := range sc.Uncertain() {
		if len(params) < 10 && (strings.HasPrefix(p.Key, "interventions.coaching.") || strings.HasPrefix(p.Key, "hazards.")) {
			params = append(params, sensitivity.Param{Key: p.Key, Dist: p.Dist})
		}
	}
	if len(params) != 10 {
		b.Fatalf("found %d parameters, want 10", len(params))
	}
	a := &sensitivity.Analysis{
		Config: model.Config{Seed: 1, Iterations: 4096, Horizon: 60, Workers: 2, Observe: -1},
		Inputs: []model.Input{base.Input(), sc.Input()},
		Params: params,
	}
	cpu0 := cputime.Used()
	for b.Loop() {
		if _, err := a.Sobol(context.Background(), nil, 500, 1); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric((cputime.Used()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}

// BenchmarkPlanRun measures Sobol indices at 4,096 base samples as
//
//	vwnw sensitivity intensive_coaching --method sobol --iterations 4096
//
// runs it: every uncertain parameter, one cohort per sample, 500 bootstrap
// resamples, 2 workers, the run of the scenarios included. Run with:
//
//	go test ./model/sensitivity -run '^$' -bench PlanRun -benchtime 1x
func BenchmarkPlanRun(b *testing.B) {
	cpu0 := cputime.Used()
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
	b.ReportMetric((cputime.Used()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}
