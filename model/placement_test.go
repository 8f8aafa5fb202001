package model_test

import (
	"math"
	"testing"

	"github.com/vwnw/vwnw/model"
)

// TestNoHoursNoPlacement: a case manager who gives no hours arranges
// nothing. With zero hours and services without effect, coaching leaves
// every outcome of the baseline as it is in every iteration — the wage
// effect of coaching (shipped as a spread) included — and saves the
// receiving employers no recruitment.
func TestNoHoursNoPlacement(t *testing.T) {
	sets := []string{
		"interventions.coaching.hours.group1=0", "interventions.coaching.hours.group2=0", "interventions.coaching.hours.group3=0",
		"interventions.services.talent_scan.job_finding_hr=1", "interventions.services.career_test.job_finding_hr=1",
		"interventions.services.application_training.job_finding_hr=1", "interventions.services.grief_counselling.job_finding_hr=1",
		"interventions.services.self_employment.job_finding_hr=1",
	}
	runs := collectRuns(t, 60, load(t, "baseline"), load(t, "intensive_coaching", sets...))
	base, none := runs[0], runs[1]
	for i := range none {
		if v := none[i].ItemNPV[model.ItemRecruitment][model.ReceivingEmployers]; v != 0 {
			t.Fatalf("iteration %d: no hours save the receiving employers %v in recruitment, want 0", i, v)
		}
		for _, o := range []model.Outcome{model.OutEmployed12, model.OutWageRatio} {
			// Sums in another order (persons month by month when case
			// managers couple them): equal up to rounding.
			if a, b := none[i].Outcomes[o], base[i].Outcomes[o]; math.Abs(a-b) > 1e-12 {
				t.Fatalf("iteration %d: outcome %v is %v with no hours, %v in the baseline; want the same", i, o, a, b)
			}
		}
	}
}
