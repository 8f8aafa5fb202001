package calibrate_test

import (
	"context"
	"testing"

	"github.com/vwnw/vwnw/internal/cputime"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/calibrate"
)

// BenchmarkCalibrate2Key measures a two-key calibration as
//
//	vwnw calibrate --observed pilot intensive_coaching \
//	  --fit interventions.coaching.job_finding_hr,hazards.job_finding
//
// runs it: 1,000 iterations per evaluation of the likelihood, 2 workers,
// profile-likelihood intervals included. It reports the simulations run
// (sims/op) and the processor time, user and system (cpu-s/op), the figure
// to read on a busy machine. Run with:
//
//	go test ./model/calibrate -run '^$' -bench Calibrate -benchtime 1x
func BenchmarkCalibrate2Key(b *testing.B) {
	cpu0 := cputime.Used()
	sims := 0
	for b.Loop() {
		p := &calibrate.Plan{
			Observed: "pilot", Scenario: "intensive_coaching", Level: 0.9,
			Fit:    []string{"interventions.coaching.job_finding_hr", "hazards.job_finding"},
			Config: model.Config{Seed: 1, Iterations: 1000, Workers: 2},
		}
		if err := p.Check(); err != nil {
			b.Fatal(err)
		}
		r, err := p.Run(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		sims += r.Result.Evaluations
	}
	b.ReportMetric(float64(sims)/float64(b.N), "sims/op")
	b.ReportMetric((cputime.Used()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}
