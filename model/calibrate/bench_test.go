package calibrate_test

import (
	"context"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/calibrate"
)

// BenchmarkCalibrate2Key measures a two-key calibration as
//
//	vwnw calibrate --observed pilot intensive_coaching \
//	  --fit interventions.coaching.job_finding_hr,interventions.coaching.uptake
//
// runs it: 1,000 iterations per evaluation of the likelihood, 2 workers,
// profile-likelihood intervals included. Run with:
//
//	go test ./model/calibrate -run '^$' -bench Calibrate -benchtime 1x
func BenchmarkCalibrate2Key(b *testing.B) {
	for b.Loop() {
		p := &calibrate.Plan{
			Observed: "pilot", Scenario: "intensive_coaching", Level: 0.9,
			Fit:    []string{"interventions.coaching.job_finding_hr", "interventions.coaching.uptake"},
			Config: model.Config{Seed: 1, Iterations: 1000, Workers: 2},
		}
		if err := p.Check(); err != nil {
			b.Fatal(err)
		}
		if _, err := p.Run(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}
