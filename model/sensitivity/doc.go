// Package sensitivity asks how much each stakeholder's NPV depends on the
// uncertain parameters of a scenario and its baseline, driving the engine
// of package model through its exported API (model.Config.Uniform fixes the
// uniform a parameter's quantile is taken at; every run uses the same seed,
// so iteration i of every run meets the same persons and events).
//
//   - sensitivity.go: [Analysis], the parameters ([Param], [Group]) and
//     [Analysis.Tornado], each parameter at its p10 and p90.
//   - sobol.go: [Analysis.Sobol], first- and total-order Sobol indices with
//     bootstrap intervals.
//   - evpi.go: [Analysis.EVPI], the expected value of perfect information
//     and of partial information per parameter or group (EVPPI).
//   - breakeven.go: [Analysis.Breakeven], the value of a parameter at which
//     a stakeholder's mean NPV is zero.
//   - sensitivity_notes.go: the caveats printed with the results, in
//     English and Dutch ([Note]).
//   - scenarios.go: the uncertain parameters of a set of scenarios
//     ([UncertainParams]) and the checks on the keys an analysis names.
//
// The results are model.Results' Sensitivity section (model.Sensitivity).
package sensitivity
