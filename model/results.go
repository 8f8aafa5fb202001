package model

import "math"

// Results is what a run produces and what results.json holds (docs/commands.md).
// The keys named in docs/commands.md are a contract; the others (description,
// cashflow, society_box, sensitivity) are additions the report draws.
type Results struct {
	Tool      string           `json:"tool"`
	Version   string           `json:"version"`
	Run       RunInfo          `json:"run"`
	Baseline  string           `json:"baseline"`
	Scenarios []ScenarioResult `json:"scenarios"`
	// Sensitivity is present when a sensitivity analysis was run.
	Sensitivity *Sensitivity `json:"sensitivity,omitempty"`
}

// RunInfo describes the run: its settings and how much it simulated.
type RunInfo struct {
	Seed          uint64  `json:"seed"`
	Iterations    int     `json:"iterations"`
	HorizonMonths int     `json:"horizon_months"`
	DiscountRate  float64 `json:"discount_rate"`
	// PriceYear is the year whose euros every amount is in.
	PriceYear int `json:"price_year"`
	// RulesCarriedForwardFrom is the first calendar year simulated without
	// Dutch rules of its own: the last table's rules carried forward in
	// real terms (docs/rules.md); absent when every year had its table.
	RulesCarriedForwardFrom int `json:"rules_carried_forward_from,omitempty"`
	Workers                 int `json:"workers"`
	// PersonMonths counts persons × months × iterations × scenarios simulated.
	PersonMonths int64 `json:"person_months"`
	// ElapsedSeconds is the simulation's own wall-clock time. It and Workers
	// are the only fields that differ between runs with the same seed.
	ElapsedSeconds float64 `json:"elapsed_seconds"`

	// Provenance: how the run was asked for. Overrides are the --set flags
	// as given, in order; CohortSize is --cohort-size (0: each scenario's
	// own size); BaselineArg is --baseline as given (a shipped name or a
	// file); CohortFiles are the cohort files the scenarios read; Command
	// is the command line, without --workers (which does not change the
	// results). All are absent from results written before they existed.
	Overrides   []string     `json:"overrides,omitempty"`
	CohortSize  int          `json:"cohort_size,omitempty"`
	BaselineArg string       `json:"baseline,omitempty"`
	CohortFiles []CohortFile `json:"cohort_files,omitempty"`
	Command     string       `json:"command,omitempty"`
}

// CohortFile is a cohort file a scenario read, with the sha256 of its bytes.
type CohortFile struct {
	Scenario string `json:"scenario"`
	File     string `json:"file"`
	SHA256   string `json:"sha256"`
}

// Summary describes a quantity over the iterations of a run. A quantity
// no iteration defines (the wage ratio when nobody found work, work at 24
// months with a shorter horizon) has every field NaN: it is written to
// JSON as nulls and printed as "n/a".
type Summary struct {
	Mean float64 `json:"mean"`
	SD   float64 `json:"sd"`
	// SE is the Monte-Carlo standard error of Mean.
	SE  float64 `json:"se"`
	P5  float64 `json:"p5"`
	P50 float64 `json:"p50"`
	P95 float64 `json:"p95"`
	// ProbPositive is the share of iterations with a value above zero.
	ProbPositive float64 `json:"prob_positive"`
}

// ScenarioResult is one scenario's entry in Results.
type ScenarioResult struct {
	Name        string `json:"name"`
	Title       string `json:"title"`
	TitleNL     string `json:"title_nl,omitempty"`
	Description string `json:"description,omitempty"`
	// DescriptionNL is the Dutch description, shown in the report.
	DescriptionNL string `json:"description_nl,omitempty"`
	CohortSize    int    `json:"cohort_size"`
	// SHA256 is the hash of the scenario after inheritance and --set
	// overrides, so two results with the same hash ran the same inputs.
	SHA256 string `json:"sha256"`
	// NPV is the net present value of the scenario minus its baseline for
	// the whole cohort, per stakeholder. The baseline's own entry is zero.
	NPV ByStakeholder[Summary] `json:"npv"`
	// NPVPerParticipant is NPV divided by the cohort size.
	NPVPerParticipant ByStakeholder[Summary] `json:"npv_per_participant"`
	// NPVByItem splits NPV by line item, per stakeholder: where each
	// party's NPV comes from; the items' means add up to the NPV's mean.
	// Items that were zero (to the cent) in every iteration are left out;
	// absent in results without line items.
	NPVByItem ByStakeholder[ItemSummaries] `json:"npv_by_item,omitzero"`
	Outcomes  Outcomes                     `json:"outcomes"`
	// Occupancy is the mean share of the cohort in each state, per month
	// since the announcement of the redundancy.
	Occupancy ByState[[]float64] `json:"occupancy"`
	// Cashflow is the mean discounted net cash flow, scenario minus
	// baseline, per stakeholder per month (not cumulated).
	Cashflow ByStakeholder[[]float64] `json:"cashflow"`
	// BudgetByYear is the mean undiscounted cash flow, scenario minus
	// baseline, per stakeholder per calendar year; absent in results
	// written before it existed.
	BudgetByYear *Budget `json:"budget_by_year,omitempty"`
	// SocietyBox holds the five numbers of a box plot of the societal NPV:
	// p5, p25, p50, p75, p95.
	SocietyBox [5]float64 `json:"society_box"`
}

// Outcomes are the scenario's own levels (not differences from the baseline).
type Outcomes struct {
	// EmployedAt6, 12 and 24 are the shares of the cohort in a new job
	// (state employed) 6, 12 and 24 months after the announcement.
	EmployedAt6  Summary `json:"employed_6m"`
	EmployedAt12 Summary `json:"employed_12m"`
	EmployedAt24 Summary `json:"employed_24m"`
	// MonthsUnemployed, MonthsWW and MonthsBijstand are mean months per
	// person within the horizon.
	MonthsUnemployed Summary `json:"months_unemployed"`
	MonthsWW         Summary `json:"months_ww"`
	MonthsBijstand   Summary `json:"months_bijstand"`
	// WageRatio is the mean ratio of new to old wage over new jobs.
	WageRatio Summary `json:"wage_ratio"`
	// CostPerParticipant is what the interventions spend — resources such as
	// case-manager time, services and tuition, and their own transfers such
	// as a wage supplement or the fund's income for trainees — per person
	// who took part in one.
	CostPerParticipant Summary `json:"cost_per_participant"`
	// SectorChange is the share of new jobs outside the old sector.
	SectorChange Summary `json:"sector_change"`
	// Utilisation is the share of the case managers' capacity (client
	// hours, hence paid hours) used over the months the coaching service
	// was open; WaitingMonths the mean months those who took coaching up
	// waited for a case manager; ServedWithinMonth the share of them who
	// started in the month they took it up. Null without coaching.
	Utilisation       Summary `json:"utilisation"`
	WaitingMonths     Summary `json:"waiting_months"`
	ServedWithinMonth Summary `json:"served_within_month"`
}

// Sensitivity holds the results of `vwnw sensitivity`. Only the part of the
// chosen method is filled in.
type Sensitivity struct {
	Scenario string `json:"scenario"`
	Baseline string `json:"baseline"`
	Method   string `json:"method"`
	// Tornado bars, sorted by their swing in the societal NPV, largest first.
	Tornado []TornadoBar `json:"tornado,omitempty"`
	// Sobol indices per parameter (or group).
	Sobol []SobolIndex `json:"sobol,omitempty"`
	// Notes are caveats and warnings printed with the results, e.g. that
	// inputs are treated as independent, in English.
	Notes []string `json:"notes,omitempty"`
	// NotesNL are the same notes in Dutch: NotesNL[i] is Notes[i].
	NotesNL []string `json:"notes_nl,omitempty"`

	// Samples is the number of Monte-Carlo samples behind the method: runs
	// per tornado bar, Sobol base samples, EVPI parameter sets, or
	// iterations per break-even evaluation.
	Samples int `json:"samples,omitempty"`
	// CohortSize divides the cohort figures into per-participant ones.
	CohortSize int `json:"cohort_size,omitempty"`
	// Inner is the number of cohorts simulated and averaged per Sobol
	// sample (the EVPI's own is EVPI.Inner).
	Inner int `json:"inner,omitempty"`
	// TornadoOrder lists, per stakeholder, the tornado parameters sorted by
	// their swing in that stakeholder's NPV, largest first.
	TornadoOrder *ByStakeholder[[]string] `json:"tornado_order,omitempty"`
	// SobolStochastic is the first-order share of the variance that is due
	// to the chance of who is in the cohort and what happens to them, not
	// to the parameters.
	SobolStochastic *ByStakeholder[Interval] `json:"sobol_stochastic,omitempty"`
	// EVPI is the expected value of perfect information over the options.
	EVPI *EVPI `json:"evpi,omitempty"`
	// Breakeven is the value of a parameter at which a stakeholder's mean
	// NPV is zero.
	Breakeven *Breakeven `json:"breakeven,omitempty"`
}

// TornadoBar is one parameter of a one-way sensitivity analysis: the NPV per
// stakeholder with the parameter at its p10 and its p90, the others at base.
type TornadoBar struct {
	Param string                 `json:"param"`
	Low   float64                `json:"low"`
	High  float64                `json:"high"`
	AtLow ByStakeholder[float64] `json:"npv_low"`
	AtHi  ByStakeholder[float64] `json:"npv_high"`
	Base  ByStakeholder[float64] `json:"npv_base"`
	// SwingSE is the Monte-Carlo standard error of the swing (npv_high −
	// npv_low), from the per-iteration differences between the two ends,
	// which meet the same persons and events.
	SwingSE ByStakeholder[float64] `json:"swing_se"`
	// Noise is true where the swing is within NoiseSEs standard errors of
	// zero: not distinguishable from Monte-Carlo noise.
	Noise ByStakeholder[bool] `json:"noise"`
}

// SobolIndex is the first- and total-order Sobol index of one parameter or
// group on the NPV of each stakeholder, with bootstrap 95% intervals.
type SobolIndex struct {
	Param string                  `json:"param"`
	First ByStakeholder[Interval] `json:"first"`
	Total ByStakeholder[Interval] `json:"total"`
}

// Interval is an estimate with a 95% interval.
type Interval struct {
	Est float64 `json:"est"`
	Lo  float64 `json:"lo"`
	Hi  float64 `json:"hi"`
}

// EVPI is the expected value of perfect (and partial perfect) information
// over a set of options: the baseline and one or more scenarios. Each
// stakeholder is taken in turn as the one who chooses.
type EVPI struct {
	// Options are the choices, the baseline first.
	Options []string `json:"options"`
	// Inner is the number of cohorts simulated per parameter set and
	// averaged, so that chance within a cohort is not counted as
	// information a study could buy.
	Inner int `json:"inner"`
	// Best is, per stakeholder, the option with the highest mean NPV.
	Best ByStakeholder[string] `json:"best"`
	// ProbBest is, per option, the share of parameter sets in which it is
	// best for society.
	ProbBest []float64 `json:"prob_best"`
	// Cohort is the EVPI in euros for the whole cohort, per stakeholder.
	Cohort ByStakeholder[float64] `json:"cohort"`
	// PerParticipant is Cohort divided by the cohort size.
	PerParticipant ByStakeholder[float64] `json:"per_participant"`
	// HalfInner is Cohort computed from only the first half of the inner
	// cohorts (when Inner ≥ 2): a check on chance within the cohort. When it
	// is much larger than Cohort, that chance still inflates the EVPI.
	HalfInner *ByStakeholder[float64] `json:"half_inner,omitempty"`
	// Partial holds the EVPPI of single parameters and groups, sorted by
	// the societal EVPPI (SortEVPPI): those distinguishable from zero first,
	// each part largest first.
	Partial []EVPPI `json:"partial"`
	// Permutations is the number of random permutations of each
	// parameter's values behind the noise floor of its EVPPI.
	Permutations int `json:"permutations,omitempty"`
	// SplitHalf names, for each half of the parameter sets (the first and
	// the second), the parameter or group with the largest societal EVPPI
	// distinguishable from zero on that half alone; "" when there is none.
	// When they differ from each other or from the first of Partial, the
	// ranking is not stable: more parameter sets are needed.
	SplitHalf []string `json:"split_half,omitempty"`
}

// EVPPI is the expected value of partial perfect information: what knowing
// one parameter (or group) exactly is worth.
type EVPPI struct {
	// Param is the parameter's key or the group's name.
	Param string `json:"param"`
	// Keys are the members of a group; empty for a single parameter.
	Keys []string `json:"keys,omitempty"`
	// Cohort and PerParticipant are as in EVPI: the EVPPI net of its noise
	// floor (Raw − NoiseFloor, at least zero and at most the EVPI).
	Cohort         ByStakeholder[float64] `json:"cohort"`
	PerParticipant ByStakeholder[float64] `json:"per_participant"`
	// Raw is the EVPPI the nonparametric regression finds, for the cohort;
	// it is biased upward, since the regression follows some of the noise.
	Raw ByStakeholder[float64] `json:"raw"`
	// NoiseFloor is the mean EVPPI the same regression finds, for the
	// cohort, when the parameter's values are randomly permuted over the
	// parameter sets, which breaks their link with the NPVs: what it finds
	// in noise alone.
	NoiseFloor ByStakeholder[float64] `json:"noise_floor"`
	// Distinct is true where Raw exceeds the EVPPI of every permutation (a
	// permutation test at 1%): distinguishable from zero. Where it is
	// false, the EVPPI cannot be told apart from noise.
	Distinct ByStakeholder[bool] `json:"distinct"`
}

// Breakeven is the value of a parameter at which a stakeholder's mean NPV
// (scenario minus baseline, over the iterations) is zero.
type Breakeven struct {
	Param       string `json:"param"`
	Stakeholder string `json:"stakeholder"`
	// Lo and Hi bound the values searched.
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
	// Roots are the values at which the mean NPV crosses zero, in
	// increasing order; empty when no value in [Lo, Hi] gets there.
	Roots []float64 `json:"roots"`
	// Grid is the mean NPV of the stakeholder at evenly spaced values.
	Grid []BreakevenPoint `json:"grid"`
	// Evaluations counts the runs of the model the search took.
	Evaluations int `json:"evaluations"`
	// AllZero is true when the stakeholder's mean NPV is zero at every
	// value searched (it has no cash flows there): there is no break-even.
	AllZero bool `json:"all_zero,omitempty"`
	// Message says in words what was found, and MessageNL the same in
	// Dutch.
	Message   string `json:"message"`
	MessageNL string `json:"message_nl,omitempty"`
}

// BreakevenPoint is a stakeholder's mean NPV with the parameter at Value.
type BreakevenPoint struct {
	Value float64 `json:"value"`
	NPV   float64 `json:"npv"`
}

// Swing is the absolute difference between stakeholder st's NPV with the
// parameter at its p90 and at its p10.
func (b *TornadoBar) Swing(st Stakeholder) float64 {
	return math.Abs(*b.AtHi.At(st) - *b.AtLow.At(st))
}
