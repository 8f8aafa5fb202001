package scenarios

import (
	"fmt"

	"github.com/vwnw/vwnw/internal/safeio"
)

// validName is the safe set of names, also enforced when a scenario is read.
var validName = safeio.NamePattern

// Template returns the text of a new scenario called name that extends the
// baseline, with commented examples of what can be changed.
func Template(name string) (string, error) {
	if !validName.MatchString(name) {
		return "", fmt.Errorf("scenario name %q: use letters, digits, _ and -, starting with a letter", name)
	}
	return fmt.Sprintf(`# Scenario %[1]s: the baseline plus what is set below. Every key not set here
# comes from the baseline (vwnw scenarios lists the shipped ones). Give each
# value its source in a comment, or mark it EST and give it a wide
# distribution. Check the file with: vwnw validate %[1]s.toml

name = %[1]q
extends = "baseline"
title = "%[1]s"
title_nl = "%[1]s"
description = "What this scenario assumes, in one sentence."
description_nl = "Wat dit scenario aanneemt, in één zin."

# Case management from the announcement, as in the pilot but cheaper:
[interventions.coaching]
enabled = true
mode = "hybrid"                  # face_to_face, digital or hybrid (digital for triage 1–2)
start = "notice"                 # notice or unemployment
triage = [1, 2, 3]
uptake = 0.9                     # EST
dropout = 0.01                   # EST, per month
max_months = 12
digital_hours_factor = 0.4       # EST
hourly_cost = { dist = "pert", min = 75, mode = 87.5, max = 100 }   # EST: no source found for case-manager cost; UWV charges about €86 an hour for re-integration services (2023)
case_manager_fte = 1.11
hours_per_fte = 100              # EST: client hours per FTE-month
paid_hours_per_fte = 156         # 36 h a week × 52 / 12: client hours are charged at the paid time behind them
cost_basis = "hours_used"        # hours_used (per client hour) or capacity (the FTE for every month the service is open)
job_finding_hr = { dist = "pert", min = 1.2, mode = 1.6, max = 2.2 } # EST: at the reference hours below
dose_elasticity = 0.12           # elasticity of job finding to hours at the reference (Schiprowski 2020)
digital_effect = 0.8             # EST
digital_effect_low_skill = 0.4   # EST
working_time_share = 0.5         # EST

[interventions.coaching.hours]   # case-manager hours per participant-month
group1 = 0.5
group2 = 3
group3 = 6

[interventions.coaching.reference_hours]  # the hours at which job_finding_hr holds
group1 = 0.5
group2 = 3
group3 = 6

[interventions.coaching.payer]   # shares that sum to 1
uwv = 0.5
municipalities = 0.5

# Any baseline parameter can be changed too, e.g.:
# [hazards]
# job_finding = { dist = "pert", min = 0.10, mode = 0.14, max = 0.20 }
`, name), nil
}
