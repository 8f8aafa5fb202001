package model

import "github.com/vwnw/vwnw/model/dist"

// Params are the inputs of one iteration of one scenario. The toml tags are
// the keys of the scenario language; the vwnw tags carry validation rules
// that package scenarios enforces:
//
//	prob     a probability in [0, 1]
//	pos      strictly positive
//	nonneg   zero or more
//	shares   a table whose numbers sum to 1
//	fixed    a plain number; no distribution allowed
//	optional need not be set (zero when absent)
//	enum=a|b allowed strings
//	min=x    at least x
//	max=x    at most x (whole numbers)
//
// A float64 field may be given as a distribution in a scenario file (drawn
// once per iteration: parameter uncertainty). A dist.Dist field describes a
// spread across persons (drawn once per person).
type Params struct {
	Economy       Economy       `toml:"economy"`
	Cohort        Cohort        `toml:"cohort"`
	Hazards       Hazards       `toml:"hazards"`
	Jobs          Jobs          `toml:"jobs"`
	Interventions Interventions `toml:"interventions"`
	// Rules override statutory figures of model/rules (rules.<year>.<key>
	// in a scenario file or with --set), sorted by year and key. They are
	// fixed numbers, applied once when the engine starts.
	Rules []RuleOverride `toml:"-"`
}

// RuleOverride sets one statutory figure: Key (one of rules.Keys) of
// calendar year Year to Value, in nominal euros of that year for amounts.
type RuleOverride struct {
	Year  int
	Key   string
	Value float64
}

// Economy holds prices, rates and conventions.
type Economy struct {
	// PriceYear is the year whose euros every amount of the scenario is
	// in; the statutory amounts of each calendar year are converted into
	// them with the CBS consumer price index (model/rules). It needs a CPI
	// figure.
	PriceYear int `toml:"price_year" vwnw:"min=2015"`
	// DiscountRate is the annual real discount rate.
	DiscountRate float64 `toml:"discount_rate" vwnw:"nonneg"`
	// NoticeProductivity is the value of what a redundant worker produces
	// during notice, as a share of what the worker produces otherwise
	// (Productivity × gross wage).
	NoticeProductivity float64 `toml:"notice_productivity" vwnw:"nonneg"`
	// Net effects (see docs/model.md, "Net effects").
	//
	// Productivity is the value of a worker's production relative to the
	// gross wage, the same whatever the tax and premium rates, so that a
	// rate that only moves money leaves society unchanged.
	Productivity float64 `toml:"productivity" vwnw:"pos"`
	// DisplacementShort is the share of the extra employment against the
	// baseline that displaces other job seekers of the region in the first
	// DisplacementMonths months after the announcement; DisplacementLong
	// the share after that.
	DisplacementShort  float64 `toml:"displacement_short" vwnw:"prob"`
	DisplacementLong   float64 `toml:"displacement_long" vwnw:"prob"`
	DisplacementMonths float64 `toml:"displacement_months" vwnw:"nonneg"`
	// LeisureValueShare is the value of the leisure given up by those who
	// start work, as a share of their net income gain; it counts for the
	// workers when IncludeLeisure is set.
	LeisureValueShare float64 `toml:"leisure_value_share" vwnw:"prob"`
	IncludeLeisure    bool    `toml:"include_leisure" vwnw:"optional"`
	// MCPF is the marginal cost of public funds: (MCPF − 1) × the net change
	// of the public budgets (UWV, municipalities, treasury) against the
	// baseline is booked as the excess burden of taxation, on the
	// treasury. 1 books none.
	MCPF float64 `toml:"mcpf" vwnw:"pos"`
	// HealthCostUnemployed is the extra health-care use per month of
	// unemployment, paid by health insurers (€/month).
	HealthCostUnemployed float64 `toml:"health_cost_unemployed" vwnw:"nonneg"`
	// WellbeingLossUnemployed is the monetised loss of well-being per month
	// of unemployment (€/month). It counts in the totals only when
	// IncludeWellbeing is set.
	WellbeingLossUnemployed float64 `toml:"wellbeing_loss_unemployed" vwnw:"nonneg"`
	IncludeWellbeing        bool    `toml:"include_wellbeing" vwnw:"optional"`
}

// Cohort describes the workers threatened with redundancy.
type Cohort struct {
	// Size is the number of persons; ignored when File is set.
	Size int `toml:"size" vwnw:"min=1,max=1000000"`
	// File is a CSV file of anonymised participant rows, relative to the
	// scenario file that names it.
	File string `toml:"file" vwnw:"optional"`
	// Start is the calendar month, "YYYY-MM", of the cohort's first entry
	// month: month 0 of EntryMonths. Every simulated month applies the
	// Dutch rules of its own calendar year.
	Start string `toml:"start"`
	// EntryMonths are the months (from the first) in which persons are told
	// of their redundancy; persons are spread evenly over them.
	EntryMonths []int `toml:"entry_months" vwnw:"min=0"`
	// Spreads across persons.
	Age              dist.Dist `toml:"age"`
	TenureYears      dist.Dist `toml:"tenure_years"`
	EarlierWorkYears dist.Dist `toml:"earlier_work_years"`
	MonthlyWage      dist.Dist `toml:"monthly_wage"`
	ContractHours    dist.Dist `toml:"contract_hours"`
	NoticeMonths     dist.Dist `toml:"notice_months"`
	FlexShare        float64   `toml:"flex_share" vwnw:"prob,fixed"`
	DigitalLowShare  float64   `toml:"digital_low_share" vwnw:"prob,fixed"`
	Education        Education `toml:"education" vwnw:"shares"`
	Household        Household `toml:"household" vwnw:"shares"`
	Triage           Triage    `toml:"triage"`
}

// Education gives the shares of low, middle and high education.
type Education struct {
	Low  float64 `toml:"low" vwnw:"prob,fixed"`
	Mid  float64 `toml:"mid" vwnw:"prob,fixed"`
	High float64 `toml:"high" vwnw:"prob,fixed"`
}

// Household gives the shares of household types, which set bijstand
// eligibility and norm.
type Household struct {
	Single               float64 `toml:"single" vwnw:"prob,fixed"`
	PartnerWithIncome    float64 `toml:"partner_with_income" vwnw:"prob,fixed"`
	PartnerWithoutIncome float64 `toml:"partner_without_income" vwnw:"prob,fixed"`
}

// Triage says how persons get their triage group (1 = own strength, 2 = short
// service and job matching, 3 = custom intensive support).
type Triage struct {
	// Method is "shares" (drawn with Shares) or "characteristics" (one
	// point each for age 55+, low education and low digital skills: 0 → 1,
	// 1 → 2, 2+ → 3).
	Method string       `toml:"method" vwnw:"enum=shares|characteristics"`
	Shares TriageShares `toml:"shares" vwnw:"shares"`
}

// TriageShares gives the share of each triage group.
type TriageShares struct {
	Group1 float64 `toml:"group1" vwnw:"prob,fixed"`
	Group2 float64 `toml:"group2" vwnw:"prob,fixed"`
	Group3 float64 `toml:"group3" vwnw:"prob,fixed"`
}

// Hazards are monthly transition rates of a reference person (middle
// education, under 55, triage 1) and the hazard ratios of others.
type Hazards struct {
	// JobFinding is the monthly hazard of finding a job at the start of
	// unemployment.
	JobFinding float64 `toml:"job_finding" vwnw:"nonneg"`
	// NoticeSearch is the job-finding hazard under notice relative to
	// JobFinding (job-to-job search while still employed).
	NoticeSearch float64 `toml:"notice_search" vwnw:"nonneg"`
	// DurationDecay is δ in g(d) = exp(−δ·d), d months out of work.
	DurationDecay float64 `toml:"duration_decay" vwnw:"nonneg"`
	// Retention is the monthly hazard that a redundancy is withdrawn.
	Retention float64 `toml:"retention" vwnw:"nonneg"`
	// Inactivity is the monthly hazard of leaving the labour force
	// (disability, private reasons) before pension age.
	Inactivity float64 `toml:"inactivity" vwnw:"nonneg"`
	// Separation is the monthly hazard of losing a new job.
	Separation float64 `toml:"separation" vwnw:"nonneg"`
	// Education is the monthly hazard of starting full-time education on
	// one's own initiative while under notice or unemployed.
	Education float64 `toml:"education" vwnw:"nonneg"`
	// Hazard ratios on job finding by characteristic.
	Age55HR          float64 `toml:"age55_hr" vwnw:"pos"`
	EducationLowHR   float64 `toml:"education_low_hr" vwnw:"pos"`
	EducationHighHR  float64 `toml:"education_high_hr" vwnw:"pos"`
	Triage2HR        float64 `toml:"triage2_hr" vwnw:"pos"`
	Triage3HR        float64 `toml:"triage3_hr" vwnw:"pos"`
	AfterEducationHR float64 `toml:"after_education_hr" vwnw:"pos"`
}

// Jobs describes the new jobs people find.
type Jobs struct {
	// WageRatio is the mean ratio of new to old gross monthly wage for a job
	// found without a spell of unemployment.
	WageRatio float64 `toml:"wage_ratio" vwnw:"pos"`
	// WageRatioSD is the spread of the ratio across persons.
	WageRatioSD float64 `toml:"wage_ratio_sd" vwnw:"nonneg"`
	// WageRatioDecay lowers the ratio per month of unemployment before the
	// job beyond WageRatioReferenceMonths, and raises it per month short of
	// them.
	WageRatioDecay float64 `toml:"wage_ratio_decay" vwnw:"nonneg"`
	// WageRatioReferenceMonths are the months out of work at which a new
	// job pays WageRatio on average: set to the baseline's mean months out
	// of work before a job, the mean ratio of the baseline's jobs is
	// WageRatio whatever the decay drawn.
	WageRatioReferenceMonths float64 `toml:"wage_ratio_reference_months" vwnw:"nonneg"`
	// WageRatioMin and WageRatioMax bound a drawn ratio.
	WageRatioMin float64 `toml:"wage_ratio_min" vwnw:"pos"`
	WageRatioMax float64 `toml:"wage_ratio_max" vwnw:"pos"`
	// SchoolingShare is the share of new jobs combined with job-bound
	// schooling (work + schooling, e.g. mbo-BBL).
	SchoolingShare float64 `toml:"schooling_share" vwnw:"prob"`
	// EducationMonths is how long self-started full-time education lasts.
	EducationMonths float64 `toml:"education_months" vwnw:"pos"`
	// SectorChangeShare is the share of new jobs outside the old sector.
	SectorChangeShare float64 `toml:"sector_change_share" vwnw:"prob"`
	// RecruitmentCostSaved is what a receiving employer saves in
	// recruitment for a placement made through the arrangement (a job
	// started while coached) (€).
	RecruitmentCostSaved float64 `toml:"recruitment_cost_saved" vwnw:"nonneg"`
	// InductionCost is a receiving employer's cost of inducting a worker
	// from another sector (€), a real resource.
	InductionCost float64 `toml:"induction_cost" vwnw:"nonneg"`
}

// Interventions are the measures a scenario adds to the baseline.
type Interventions struct {
	Coaching Coaching `toml:"coaching"`
	// Services are referrals to regional services. In a scenario file they
	// are tables under [interventions.services], keyed by name; here they
	// are sorted by name.
	Services []Service `toml:"services" vwnw:"optional"`
	// Training is retraining toward shortage occupations, paid from a
	// transition fund.
	Training Retraining `toml:"training"`
	// WageSupplement tops up part of the wage gap of a lower-paid new job.
	WageSupplement WageSupplement `toml:"wage_supplement"`
	// TransitionPayment earmarks part of the statutory transition payment
	// for job-to-job activities.
	TransitionPayment TransitionPayment `toml:"transition_payment"`
}

// Retraining is full-time retraining toward a shortage occupation (care,
// education, technology), offered when a person loses the job, and paid from
// a transition fund financed by a levy on the payers; an earmarked
// transition payment and the STAP budget pay first (report Tables 2–4).
type Retraining struct {
	Enabled bool `toml:"enabled" vwnw:"optional"`
	// Triage lists the triage groups offered training.
	Triage []int `toml:"triage" vwnw:"min=1"`
	// Uptake is the share of those offered under 55 who start; Uptake55 of
	// those 55 and over.
	Uptake   float64 `toml:"uptake" vwnw:"prob"`
	Uptake55 float64 `toml:"uptake_55" vwnw:"prob"`
	// Months is how long the training lasts.
	Months float64 `toml:"months" vwnw:"pos"`
	// Tuition is the cost of the training per participant (€).
	Tuition float64 `toml:"tuition" vwnw:"nonneg"`
	// STAPBudget is paid by the treasury toward tuition per participant (€).
	STAPBudget float64 `toml:"stap_budget" vwnw:"nonneg"`
	// Income is how trainees live: "ww" (WW continues while entitled),
	// "fund" (the fund pays IncomeShare of the old wage; WW is kept for
	// later) or "none".
	Income      string  `toml:"income" vwnw:"enum=ww|fund|none"`
	IncomeShare float64 `toml:"income_share" vwnw:"prob"`
	// Payer splits the levy that finances the fund (see Levy) over the
	// levy payers: releasing_employers (the employers that make the
	// workers redundant), receiving_employers (standing for the other
	// employers of the sector, who pay a sector-wide levy; the model has no
	// separate party for them) and the treasury.
	Payer Payers `toml:"payer" vwnw:"shares"`
	// Levy says how the fund is financed.
	Levy Levy `toml:"levy"`
	// Dropout is the monthly probability of stopping the training.
	Dropout float64 `toml:"dropout" vwnw:"prob"`
	// LockIn is the hazard ratio of finding a job while training.
	LockIn float64 `toml:"lock_in" vwnw:"nonneg"`
	// JobFindingHR, WageRatioEffect and SeparationHR apply after completion.
	JobFindingHR    float64 `toml:"job_finding_hr" vwnw:"pos"`
	WageRatioEffect float64 `toml:"wage_ratio_effect"`
	SeparationHR    float64 `toml:"separation_hr" vwnw:"pos"`
	// SectorSwitch is the chance that a graduate's new job is in another
	// sector.
	SectorSwitch float64 `toml:"sector_switch" vwnw:"prob"`
	// InductionFactor scales jobs.induction_cost for a graduate who
	// switches sector: the training did part of the induction.
	InductionFactor float64 `toml:"induction_factor" vwnw:"nonneg"`
}

// Levy is how the transition fund is financed. The fund itself is not a
// stakeholder: what it spends on this cohort (the tuition left after the
// earmarked transition payment and the STAP budget, and the income when
// Retraining.Income is "fund") is passed through to whoever finances it, in
// the month it is spent.
type Levy struct {
	// Basis is "wage_bill" (a rate on the sector's wage bill: the fund
	// balances over the sector, so the levy attributable to this cohort
	// equals the fund's spending on it, borne by the levy payers) or
	// "per_worker" (a lump sum PerWorker per redundant worker, charged at
	// the announcement).
	Basis string `toml:"basis" vwnw:"enum=wage_bill|per_worker"`
	// PerWorker is the lump sum per redundant worker (€), basis per_worker.
	// The levy payers bear the fund's spending on the cohort up to the sum
	// collected (PerWorker × cohort size); Shortfall pays the rest. What is
	// collected but not spent on the cohort stays in the fund for other
	// cohorts of the sector, outside this analysis, and is not booked.
	PerWorker float64 `toml:"per_worker" vwnw:"nonneg,optional"`
	// Shortfall is who pays the fund's spending beyond a per-worker levy:
	// "levy_payers" (a supplementary levy; the default),
	// "releasing_employers", "receiving_employers" or "treasury".
	Shortfall string `toml:"shortfall" vwnw:"enum=levy_payers|releasing_employers|receiving_employers|treasury,optional"`
}

// WageSupplement is loonsuppletie instead of WW: a share of the gap between
// old and new gross wage, for a number of months, for whoever takes a
// lower-paid job (report Table 1).
type WageSupplement struct {
	Enabled bool `toml:"enabled" vwnw:"optional"`
	// Triage lists the triage groups eligible for the supplement; eligible
	// is who is dismissed (or under notice) in one of them.
	Triage []int `toml:"triage" vwnw:"min=1"`
	// Uptake is the share of the eligible who would claim it. Only they
	// search differently (JobFindingHR, WageRatioEffect); a claimant gets
	// the supplement once, for the first lower-paid job.
	Uptake float64 `toml:"uptake" vwnw:"prob"`
	// Share of the gap paid.
	Share float64 `toml:"share" vwnw:"prob"`
	// Months it is paid from the start of the new job.
	Months float64 `toml:"months" vwnw:"pos"`
	Payer  Payers  `toml:"payer" vwnw:"shares"`
	// JobFindingHR is the hazard ratio on job finding while searching:
	// lower-paid offers are accepted sooner.
	JobFindingHR float64 `toml:"job_finding_hr" vwnw:"pos"`
	// WageRatioEffect is added to the wage ratio of jobs accepted (negative:
	// lower-paid jobs are accepted).
	WageRatioEffect float64 `toml:"wage_ratio_effect"`
}

// TransitionPayment earmarks part of the statutory transition payment (paid
// on every dismissal by the releasing employer) for job-to-job activities.
type TransitionPayment struct {
	Enabled bool `toml:"enabled" vwnw:"optional"`
	// SpendProbability is the chance that a dismissed worker spends part of
	// it on job-to-job activities beyond what they do today (about one in
	// four do today, report footnote 18; the baseline's hazards include them).
	SpendProbability float64 `toml:"spend_probability" vwnw:"prob"`
	// SpendShare is the share of the payment then spent: on tuition first
	// when the worker trains, otherwise on outplacement or courses.
	SpendShare float64 `toml:"spend_share" vwnw:"prob"`
	// JobFindingHR is the hazard ratio while searching for those who spend
	// it on outplacement or courses.
	JobFindingHR float64 `toml:"job_finding_hr" vwnw:"pos"`
}

// Coaching is case management with triage (docs/model.md, "Interventions").
type Coaching struct {
	Enabled bool `toml:"enabled" vwnw:"optional"`
	// Mode is face_to_face, digital or hybrid (digital for triage 1–2,
	// face-to-face for triage 3).
	Mode string `toml:"mode" vwnw:"enum=face_to_face|digital|hybrid"`
	// Start is notice (rapid response, from the announcement) or
	// unemployment (from the first month out of work).
	Start string `toml:"start" vwnw:"enum=notice|unemployment"`
	// Triage lists the triage groups that are offered coaching.
	Triage []int `toml:"triage" vwnw:"min=1"`
	// Uptake is the share of those offered who take part.
	Uptake float64 `toml:"uptake" vwnw:"prob"`
	// Dropout is the monthly probability that a participant stops.
	Dropout float64 `toml:"dropout" vwnw:"prob"`
	// MaxMonths is the longest a participant is coached.
	MaxMonths float64 `toml:"max_months" vwnw:"pos"`
	// Hours are case-manager hours per participant-month, face-to-face.
	Hours TriageHours `toml:"hours"`
	// DigitalHoursFactor scales Hours for digital contact.
	DigitalHoursFactor float64 `toml:"digital_hours_factor" vwnw:"nonneg"`
	// HourlyCost is the full cost of a paid case-manager hour (€).
	HourlyCost float64 `toml:"hourly_cost" vwnw:"nonneg"`
	// Payer splits the case-manager cost.
	Payer Payers `toml:"payer" vwnw:"shares"`
	// CaseManagerFTE and HoursPerFTE (client hours per FTE-month) set the
	// capacity, client hours a calendar month; participants beyond it
	// wait. A leaver's hours count for the month it leaves in and are
	// free from the next.
	CaseManagerFTE float64 `toml:"case_manager_fte" vwnw:"nonneg"`
	HoursPerFTE    float64 `toml:"hours_per_fte" vwnw:"pos"`
	// PaidHoursPerFTE is the paid hours of an FTE-month (156 for 36 h a
	// week). A client hour is charged at HourlyCost × PaidHoursPerFTE /
	// HoursPerFTE, so that network work, administration and idle time
	// between clients are paid for too.
	PaidHoursPerFTE float64 `toml:"paid_hours_per_fte" vwnw:"pos"`
	// CostBasis is how case managers are charged: "hours_used" (per
	// client hour delivered, at HourlyCost × PaidHoursPerFTE /
	// HoursPerFTE) or "capacity" (CaseManagerFTE × PaidHoursPerFTE ×
	// HourlyCost for every month the service is open, idle time included).
	CostBasis string `toml:"cost_basis" vwnw:"enum=hours_used|capacity"`
	// ServiceMonths is how long the service runs, in calendar months from
	// its first offer: when it closes, nobody is offered, waits for or is
	// given coaching any more (those still searching go on as in the
	// baseline), and by capacity the case managers are paid for exactly
	// these months. 0 keeps it open as long as anyone waits for or is
	// given coaching.
	ServiceMonths int `toml:"service_months" vwnw:"min=0,max=600"`
	// JobFindingHR is the hazard ratio on job finding while coached
	// face-to-face at the reference dose (ReferenceHours).
	JobFindingHR float64 `toml:"job_finding_hr" vwnw:"pos"`
	// ReferenceHours are the case-manager hours per participant-month at
	// which JobFindingHR holds: the pilot's. At h hours a month the log
	// hazard ratio is log(JobFindingHR) · s(h), with the saturating
	// s(h) = (1 − e^(−k·h/reference)) / (1 − e^(−k)) and k such that
	// DoseElasticity is the elasticity of the job-finding hazard with
	// respect to hours at the reference dose; no hours, no effect.
	ReferenceHours TriageHours `toml:"reference_hours"`
	DoseElasticity float64     `toml:"dose_elasticity" vwnw:"nonneg"`
	// DigitalEffect is the share of the log hazard ratio that digital
	// contact keeps, for people with high and with low digital skills.
	DigitalEffect         float64 `toml:"digital_effect" vwnw:"nonneg"`
	DigitalEffectLowSkill float64 `toml:"digital_effect_low_skill" vwnw:"nonneg"`
	// WageRatioEffect is added to the wage ratio of jobs found while coached.
	WageRatioEffect float64 `toml:"wage_ratio_effect" vwnw:"optional"`
	// WorkingTimeShare is the share of coaching hours under notice that
	// falls in working time: production the releasing employer loses.
	WorkingTimeShare float64 `toml:"working_time_share" vwnw:"prob"`
}

// TriageHours gives hours per participant-month by triage group.
type TriageHours struct {
	Group1 float64 `toml:"group1" vwnw:"nonneg"`
	Group2 float64 `toml:"group2" vwnw:"nonneg"`
	Group3 float64 `toml:"group3" vwnw:"nonneg"`
}

// Of returns the hours of triage group g (1–3), or 0 for another group.
func (h *TriageHours) Of(g int) float64 {
	switch g {
	case 1:
		return h.Group1
	case 2:
		return h.Group2
	case 3:
		return h.Group3
	}
	return 0
}

// DigitalFor reports whether coaching reaches triage group g digitally:
// every group in mode digital, groups 1–2 in mode hybrid.
func (c *Coaching) DigitalFor(g int) bool {
	return c.Mode == "digital" || (c.Mode == "hybrid" && g < 3)
}

// TriageSet marks the triage groups 1–3 that groups lists.
func TriageSet(groups []int) [4]bool {
	var set [4]bool
	for _, g := range groups {
		if g >= 1 && g <= 3 {
			set[g] = true
		}
	}
	return set
}

// Service is a referral to a regional service (talent scan, career test,
// application training, grief counselling, starting as self-employed).
type Service struct {
	// Name is the key of the service's table in the scenario file.
	Name string `toml:"-"`
	// Uptake is the share of coaching participants who use it.
	Uptake float64 `toml:"uptake" vwnw:"prob"`
	// UnitCost is the price of one use (€).
	UnitCost float64 `toml:"unit_cost" vwnw:"nonneg"`
	Payer    Payers  `toml:"payer" vwnw:"shares"`
	// JobFindingHR is its hazard ratio on job finding while coached.
	JobFindingHR float64 `toml:"job_finding_hr" vwnw:"pos"`
}

// Payers splits a cost over the stakeholders that pay it; the shares sum to 1.
type Payers struct {
	Workers            float64 `toml:"workers" vwnw:"prob,fixed,optional"`
	ReleasingEmployers float64 `toml:"releasing_employers" vwnw:"prob,fixed,optional"`
	ReceivingEmployers float64 `toml:"receiving_employers" vwnw:"prob,fixed,optional"`
	UWV                float64 `toml:"uwv" vwnw:"prob,fixed,optional"`
	Municipalities     float64 `toml:"municipalities" vwnw:"prob,fixed,optional"`
	Insurers           float64 `toml:"insurers" vwnw:"prob,fixed,optional"`
	Treasury           float64 `toml:"treasury" vwnw:"prob,fixed,optional"`
}

// Share returns the share paid by party s.
func (p *Payers) Share(s Stakeholder) float64 {
	switch s {
	case Workers:
		return p.Workers
	case ReleasingEmployers:
		return p.ReleasingEmployers
	case ReceivingEmployers:
		return p.ReceivingEmployers
	case UWV:
		return p.UWV
	case Municipalities:
		return p.Municipalities
	case Insurers:
		return p.Insurers
	case Treasury:
		return p.Treasury
	}
	return 0
}
