#!/bin/bash
# Regenerates charts/testdata/results.json from the engine: a comparison of
# three scenarios with the baseline and the four sensitivity methods on
# intensive_coaching, each added to the comparison's --out directory (vwnw
# sensitivity --out DIR adds its analysis to the results of the same run
# there). Run it from the repository root, then `go test ./charts -update`
# and review the golden page's diff. Only run.elapsed_seconds differs from
# one run to the next.
set -euo pipefail
vwnw=${VWNW:-"go run ./cmd/vwnw"}
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
common="--seed 20201001 --iterations 100 --horizon 60"
keys=interventions.coaching.job_finding_hr,interventions.coaching.wage_ratio_effect,hazards.duration_decay,hazards.job_finding,hazards.triage2_hr,interventions.coaching.hourly_cost,interventions.coaching.working_time_share,jobs.schooling_share
ekeys=interventions.wage_supplement.wage_ratio_effect,interventions.wage_supplement.job_finding_hr,interventions.training.job_finding_hr,interventions.training.separation_hr,hazards.triage3_hr,hazards.job_finding,hazards.duration_decay,interventions.coaching.hourly_cost,interventions.coaching.job_finding_hr,jobs.schooling_share
grp=hazards=hazards.job_finding,hazards.duration_decay
$vwnw compare baseline intensive_coaching transition_fund wage_supplement $common --workers 4 --out "$d" >/dev/null
$vwnw sensitivity intensive_coaching --method tornado $common --param $keys --out "$d" >/dev/null
$vwnw sensitivity intensive_coaching --method sobol $common --inner 2 --param $keys --group $grp --out "$d" >/dev/null
# EVPI over three options with 500 parameter sets, so that some EVPPIs are
# distinguishable from noise and some are not, and the ranking's stability
# warning has something to say.
$vwnw sensitivity intensive_coaching transition_fund wage_supplement --method evpi $common --iterations 500 --inner 4 \
  --param $ekeys --group $grp --out "$d" >/dev/null
$vwnw sensitivity intensive_coaching --method breakeven $common \
  --param interventions.coaching.hourly_cost --range 50,3000 --out "$d" >/dev/null
# The command lines name the temporary directory; the test data names none.
jq '.run.command |= sub(" --out [^ ]+"; "")' "$d/results.json" > charts/testdata/results.json
