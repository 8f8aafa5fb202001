package sensitivity

import (
	"context"
	"errors"
	"testing"

	"github.com/vwnw/vwnw/model"
)

// TestPlanCheckNamesTheField: every bad input is an *Error naming the
// field that is wrong, so that a caller can phrase it in its own terms.
func TestPlanCheckNamesTheField(t *testing.T) {
	zero := 0
	three := 3
	tests := []struct {
		name  string
		edit  func(p *Plan)
		field string
	}{
		{"unknown method", func(p *Plan) { p.Method = "sobl" }, "method"},
		{"two scenarios for tornado", func(p *Plan) { p.Scenarios = append(p.Scenarios, "transition_fund") }, "method"},
		{"no scenario", func(p *Plan) { p.Scenarios = nil }, "scenarios"},
		{"few resamples", func(p *Plan) { p.Bootstrap = MinBootstrap - 1 }, "bootstrap"},
		{"no inner cohort", func(p *Plan) { p.Method, p.Inner = "sobol", &zero }, "inner"},
		{"inner with tornado", func(p *Plan) { p.Inner = &three }, "inner"},
		{"range with tornado", func(p *Plan) { p.Range = "1,2" }, "range"},
		{"group with tornado", func(p *Plan) { p.Groups = []string{"g=hazards.job_finding"} }, "group"},
		{"one iteration of tornado", func(p *Plan) { p.Config.Iterations = 1 }, "iterations"},
		{"few evpi sets", func(p *Plan) { p.Method, p.Config.Iterations = "evpi", 9 }, "iterations"},
		{"unknown stakeholder", func(p *Plan) { p.Stakeholder = "socety" }, "stakeholder"},
		{"unknown param", func(p *Plan) { p.Params = []string{"hazards.nope"} }, "param"},
		{"bad group", func(p *Plan) { p.Method, p.Groups = "sobol", []string{"hazards"} }, "group"},
		{"key in two groups", func(p *Plan) {
			p.Method, p.Groups = "sobol", []string{"a=hazards.job_finding", "b=hazards.job_finding"}
		}, "group"},
		{"breakeven of two keys", func(p *Plan) { p.Method, p.Params = "breakeven", []string{"a,b"} }, "param"},
		{"breakeven range backwards", func(p *Plan) {
			p.Method, p.Params, p.Range = "breakeven", []string{"interventions.coaching.hourly_cost"}, "100,50"
		}, "range"},
		{"breakeven of a fixed number", func(p *Plan) {
			p.Method, p.Params = "breakeven", []string{"interventions.coaching.case_manager_fte"}
		}, "range"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPlan()
			tt.edit(p)
			err := p.Check()
			var e *Error
			if !errors.As(err, &e) || e.Field != tt.field {
				t.Fatalf("Check: %v (%T), want an *Error of field %q", err, err, tt.field)
			}
		})
	}
}

func testPlan() *Plan {
	return &Plan{
		Method: "tornado", Scenarios: []string{"intensive_coaching"}, Baseline: "baseline",
		Bootstrap: 500, Config: model.Config{Seed: 1, Iterations: 4, Horizon: 24, Workers: 2, Observe: -1},
	}
}

// TestPlanRun: a checked plan runs its method and returns the comparison
// with its Sensitivity section; Run before Check fails.
func TestPlanRun(t *testing.T) {
	if _, err := testPlan().Run(context.Background()); err == nil {
		t.Error("Run before Check: no error")
	}
	p := testPlan()
	p.Params = []string{"hazards.job_finding,interventions.coaching.hourly_cost"}
	if err := p.Check(); err != nil {
		t.Fatal(err)
	}
	res, err := p.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sn := res.Sensitivity
	if sn == nil || sn.Method != "tornado" || len(sn.Tornado) != 2 || len(sn.Notes) == 0 || len(sn.Notes) != len(sn.NotesNL) {
		t.Fatalf("sensitivity %+v, want two tornado bars with notes in both languages", sn)
	}
	if st, only := p.Shown(); only || st != model.Society {
		t.Errorf("Shown() = %v, %v; want society, not alone", st, only)
	}
}
