// Package calibrate fits scenario parameters to observed outcome counts:
// the whole of vwnw calibrate but its flags.
//
//   - observation.go: observation files ([Observation], [LoadObservation]):
//     how many of a cohort were in each outcome category (model.Category)
//     at a date, and when they entered.
//   - setup.go: [Setup] ties an observation to a scenario — its synthetic
//     cohort enters as observed — and simulates the category shares with
//     the fitted keys at given values.
//   - calibrate.go: [Problem], multinomial maximum likelihood by
//     Nelder–Mead on log or logit scales, with profile-likelihood intervals
//     ([Result], [Estimate]) and goodness of fit ([GoodnessOfFit]).
//   - write.go: the distribution written for each fitted value
//     ([FittedDist]) and the calibrated scenario ([CalibratedScenario]).
//   - report.go: the table and JSON that vwnw calibrate prints ([Report]).
package calibrate
