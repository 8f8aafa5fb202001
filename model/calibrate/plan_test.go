package calibrate

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

func testPlan() *Plan {
	return &Plan{
		Observed: "pilot", Scenario: "intensive_coaching", Fit: []string{"interventions.coaching.job_finding_hr"},
		Level: 0.9, Config: model.Config{Seed: 1, Iterations: 20, Workers: 2},
	}
}

// TestPlanCheckNamesTheField: bad input is an *Error naming the field that
// is wrong.
func TestPlanCheckNamesTheField(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name  string
		edit  func(p *Plan)
		field string
	}{
		{"no observation", func(p *Plan) { p.Observed = "" }, "observed"},
		{"no keys", func(p *Plan) { p.Fit = []string{" "} }, "fit"},
		{"level as a percentage", func(p *Plan) { p.Level = 90 }, "level"},
		{"unknown key", func(p *Plan) { p.Fit = []string{"interventions.coaching.job_findng_hr"} }, "fit"},
		{"key fitted and set", func(p *Plan) {
			p.Overrides = []scenarios.Override{{Key: "interventions.coaching.job_finding_hr", Value: "1.2"}}
		}, "fit"},
		{"write into a directory", func(p *Plan) { p.Write = dir }, "write"},
		{"write a world key", func(p *Plan) { p.Fit, p.Write = []string{"hazards.job_finding"}, filepath.Join(dir, "c.toml") }, "write"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPlan()
			tt.edit(p)
			var e *Error
			if err := p.Check(); !errors.As(err, &e) || e.Field != tt.field {
				t.Fatalf("Check: %v, want an *Error of field %q", err, tt.field)
			}
		})
	}
}

// TestPlanRun: a key that moves nothing is bad input of field fit; a
// fitted key comes back with the text of the calibrated scenario, which
// loads.
func TestPlanRun(t *testing.T) {
	p := testPlan()
	p.Fit = []string{"interventions.coaching.hourly_cost"}
	if err := p.Check(); err != nil {
		t.Fatal(err)
	}
	var e *Error
	if _, err := p.Run(context.Background()); !errors.As(err, &e) || e.Field != "fit" || !strings.Contains(e.Msg, "cannot inform it") {
		t.Fatalf("Run with a cost fitted: %v, want an *Error of field fit", err)
	}
	p = testPlan()
	p.Write = filepath.Join(t.TempDir(), "calibrated.toml")
	if err := p.Check(); err != nil {
		t.Fatal(err)
	}
	r, err := p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if r.Refused != nil || !strings.Contains(r.Calibrated, "job_finding_hr = ") {
		t.Fatalf("refused %v, text %q; want a calibrated scenario", r.Refused, r.Calibrated)
	}
}
