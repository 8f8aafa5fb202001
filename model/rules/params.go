package rules

import (
	"fmt"
	"sort"
	"strings"
)

// Params are the statutory figures of one calendar year, in nominal euros of
// that year. Rates are fractions (0.371 is 37.1%). Params is a plain value:
// copy it from Tables, change a field (or call SetParam) and build a Book
// with NewBook to run a sensitivity case (or call Book.Set on a Default
// book). Every field has a key (see Keys) that the
// scenario layer exposes as rules.<year>.<key>.
//
// Amounts are annual unless the name says Month or Daily.
type Params struct {
	// Year is the calendar year the figures are in force.
	Year int

	// Box1Limit are the upper limits of box 1 brackets 1 and 2; Box1Rate the
	// combined rates (income tax plus national insurance premiums) of
	// brackets 1, 2 and 3, for persons under the AOW age. Rates for persons
	// over the AOW age (no AOW premium) are left out: the model's persons
	// leave the cohort at the AOW age.
	Box1Limit [2]float64
	Box1Rate  [3]float64
	// PremiumRate is the national insurance share of Box1Rate[0] (AOW, Anw,
	// Wlz). It is informative only: NetTax uses the combined rates.
	PremiumRate float64

	// GeneralCreditMax is the algemene heffingskorting at low incomes; it falls
	// by GeneralCreditRate per euro of total box 1 income above
	// GeneralCreditStart, to zero.
	GeneralCreditMax, GeneralCreditStart, GeneralCreditRate float64

	// LabourKink are the three kinks of the arbeidskorting in earned income;
	// LabourRate the build-up rates below kink 1, between kinks 1 and 2 and
	// between kinks 2 and 3. Above kink 3 the credit falls by
	// LabourPhaseRate per euro, to zero. The maximum follows from the kinks
	// and rates.
	LabourKink      [3]float64
	LabourRate      [3]float64
	LabourPhaseRate float64

	// ZvwEmployerRate is the Zvw employer levy (werkgeversheffing), paid by
	// employers on wages and by UWV on WW benefits; ZvwContributionRate the
	// income-dependent contribution (inkomensafhankelijke bijdrage) withheld
	// from income not from an employer; both up to ZvwMaxIncome a year.
	ZvwEmployerRate, ZvwContributionRate, ZvwMaxIncome float64

	// Zorgtoeslag: ZorgMaxSingle and ZorgMaxCouple are the annual maxima
	// (standard premium minus the norm premium on the threshold income);
	// above ZorgThreshold (drempelinkomen) the allowance falls by ZorgTaper
	// per euro of household income; none above ZorgLimitSingle /
	// ZorgLimitCouple. The asset test is left out.
	ZorgMaxSingle, ZorgMaxCouple, ZorgThreshold, ZorgTaper float64
	ZorgLimitSingle, ZorgLimitCouple                       float64

	// Employer premiums, fractions of the gross wage up to MaxPremiumWage a
	// year: WW (AWf) premium for permanent (low) and flexible (high)
	// contracts, the disability basic premium (Aof), the return-to-work
	// fund premium Whk (the average over sectors) and the uniform childcare
	// surcharge (Wko). The Ufo premium (government employers only) is left
	// out.
	WWPremiumLow, WWPremiumHigh, AofRate, WhkRate, WkoRate, MaxPremiumWage float64

	// WWMaxDailyWage is the WW maximum daily wage (maximumdagloon), € gross.
	WWMaxDailyWage float64

	// BijstandSingleMonth and BijstandCoupleMonth are the monthly net
	// Participatiewet norms for persons from 21 to the AOW age, including
	// the holiday allowance. The kostendelersnorm (lower norms when adults
	// share a home) is left out.
	BijstandSingleMonth, BijstandCoupleMonth float64

	// IOAWSingleMonth and IOAWCoupleMonth are the monthly net IOAW levels
	// (the social minimum of the household). IOAWBornBefore is the first
	// birth year no longer covered; IOAWMinAge the age at unemployment from
	// which it applies.
	IOAWSingleMonth, IOAWCoupleMonth float64
	IOAWBornBefore, IOAWMinAge       int

	// TransitionCap is the cap on the transition payment (or one annual
	// salary if that is higher).
	TransitionCap float64

	// MinimumHourly is the adult statutory minimum wage, € gross an hour,
	// as of 1 January (Year.MinimumHourlyAt applies the youth scale).
	MinimumHourly float64
}

// field describes one overridable figure of Params.
type field struct {
	key  string
	doc  string
	euro bool // an amount, indexed by the CPI when carried forward
	f    func(*Params) *float64
	i    func(*Params) *int
}

var fields = []field{
	{key: "box1_limit_1", doc: "upper limit of box 1 bracket 1, €/year", euro: true, f: func(p *Params) *float64 { return &p.Box1Limit[0] }},
	{key: "box1_limit_2", doc: "upper limit of box 1 bracket 2, €/year", euro: true, f: func(p *Params) *float64 { return &p.Box1Limit[1] }},
	{key: "box1_rate_1", doc: "box 1 bracket 1 rate incl. national insurance", f: func(p *Params) *float64 { return &p.Box1Rate[0] }},
	{key: "box1_rate_2", doc: "box 1 bracket 2 rate", f: func(p *Params) *float64 { return &p.Box1Rate[1] }},
	{key: "box1_rate_3", doc: "box 1 bracket 3 rate", f: func(p *Params) *float64 { return &p.Box1Rate[2] }},
	{key: "premium_rate", doc: "national insurance share of bracket 1 (informative)", f: func(p *Params) *float64 { return &p.PremiumRate }},
	{key: "general_credit_max", doc: "algemene heffingskorting maximum, €/year", euro: true, f: func(p *Params) *float64 { return &p.GeneralCreditMax }},
	{key: "general_credit_start", doc: "income from which the algemene heffingskorting falls, €/year", euro: true, f: func(p *Params) *float64 { return &p.GeneralCreditStart }},
	{key: "general_credit_rate", doc: "phase-out rate of the algemene heffingskorting", f: func(p *Params) *float64 { return &p.GeneralCreditRate }},
	{key: "labour_kink_1", doc: "arbeidskorting kink 1, €/year earned", euro: true, f: func(p *Params) *float64 { return &p.LabourKink[0] }},
	{key: "labour_kink_2", doc: "arbeidskorting kink 2, €/year earned", euro: true, f: func(p *Params) *float64 { return &p.LabourKink[1] }},
	{key: "labour_kink_3", doc: "arbeidskorting kink 3 (maximum reached), €/year earned", euro: true, f: func(p *Params) *float64 { return &p.LabourKink[2] }},
	{key: "labour_rate_1", doc: "arbeidskorting build-up rate below kink 1", f: func(p *Params) *float64 { return &p.LabourRate[0] }},
	{key: "labour_rate_2", doc: "arbeidskorting build-up rate between kinks 1 and 2", f: func(p *Params) *float64 { return &p.LabourRate[1] }},
	{key: "labour_rate_3", doc: "arbeidskorting build-up rate between kinks 2 and 3", f: func(p *Params) *float64 { return &p.LabourRate[2] }},
	{key: "labour_phase_rate", doc: "arbeidskorting phase-out rate above kink 3", f: func(p *Params) *float64 { return &p.LabourPhaseRate }},
	{key: "zvw_employer_rate", doc: "Zvw employer levy (also UWV on WW)", f: func(p *Params) *float64 { return &p.ZvwEmployerRate }},
	{key: "zvw_contribution_rate", doc: "Zvw income-dependent contribution", f: func(p *Params) *float64 { return &p.ZvwContributionRate }},
	{key: "zvw_max_income", doc: "Zvw maximum contribution income, €/year", euro: true, f: func(p *Params) *float64 { return &p.ZvwMaxIncome }},
	{key: "zorgtoeslag_max_single", doc: "zorgtoeslag maximum, single, €/year", euro: true, f: func(p *Params) *float64 { return &p.ZorgMaxSingle }},
	{key: "zorgtoeslag_max_couple", doc: "zorgtoeslag maximum, couple, €/year", euro: true, f: func(p *Params) *float64 { return &p.ZorgMaxCouple }},
	{key: "zorgtoeslag_threshold", doc: "zorgtoeslag threshold income (drempelinkomen), €/year", euro: true, f: func(p *Params) *float64 { return &p.ZorgThreshold }},
	{key: "zorgtoeslag_taper", doc: "zorgtoeslag taper above the threshold", f: func(p *Params) *float64 { return &p.ZorgTaper }},
	{key: "zorgtoeslag_limit_single", doc: "zorgtoeslag income limit, single, €/year", euro: true, f: func(p *Params) *float64 { return &p.ZorgLimitSingle }},
	{key: "zorgtoeslag_limit_couple", doc: "zorgtoeslag income limit, couple, €/year", euro: true, f: func(p *Params) *float64 { return &p.ZorgLimitCouple }},
	{key: "ww_premium_low", doc: "AWf premium, permanent contracts", f: func(p *Params) *float64 { return &p.WWPremiumLow }},
	{key: "ww_premium_high", doc: "AWf premium, flexible contracts", f: func(p *Params) *float64 { return &p.WWPremiumHigh }},
	{key: "aof_rate", doc: "Aof disability basic premium", f: func(p *Params) *float64 { return &p.AofRate }},
	{key: "whk_rate", doc: "Whk premium, average over sectors", f: func(p *Params) *float64 { return &p.WhkRate }},
	{key: "wko_rate", doc: "uniform childcare surcharge (Wko)", f: func(p *Params) *float64 { return &p.WkoRate }},
	{key: "max_premium_wage", doc: "maximum premium wage, €/year", euro: true, f: func(p *Params) *float64 { return &p.MaxPremiumWage }},
	{key: "ww_max_daily_wage", doc: "WW maximum daily wage, € gross", euro: true, f: func(p *Params) *float64 { return &p.WWMaxDailyWage }},
	{key: "bijstand_single", doc: "bijstand norm, single, €/month net", euro: true, f: func(p *Params) *float64 { return &p.BijstandSingleMonth }},
	{key: "bijstand_couple", doc: "bijstand norm, couple, €/month net", euro: true, f: func(p *Params) *float64 { return &p.BijstandCoupleMonth }},
	{key: "ioaw_single", doc: "IOAW level, single, €/month net", euro: true, f: func(p *Params) *float64 { return &p.IOAWSingleMonth }},
	{key: "ioaw_couple", doc: "IOAW level, couple, €/month net", euro: true, f: func(p *Params) *float64 { return &p.IOAWCoupleMonth }},
	{key: "ioaw_born_before", doc: "IOAW covers persons born before 1 January of this year", i: func(p *Params) *int { return &p.IOAWBornBefore }},
	{key: "ioaw_min_age", doc: "IOAW covers persons unemployed at this age or later", i: func(p *Params) *int { return &p.IOAWMinAge }},
	{key: "transition_cap", doc: "transition payment cap, €", euro: true, f: func(p *Params) *float64 { return &p.TransitionCap }},
	{key: "minimum_hourly", doc: "adult statutory minimum wage on 1 January, € gross an hour", euro: true, f: func(p *Params) *float64 { return &p.MinimumHourly }},
}

// AOWKey is the key of the AOW age (in months) of the persons who reach it in
// a year; it is set on a Book, not on Params (see Book.Set).
const AOWKey = "aow_age_months"

// Keys lists the override keys with a one-line description each, sorted;
// a scenario sets them as rules.<year>.<key>. AOWKey is among them.
func Keys() []string {
	out := make([]string, 0, len(fields)+1)
	for _, f := range fields {
		out = append(out, f.key+" — "+f.doc)
	}
	out = append(out, AOWKey+" — AOW age in months of those reaching it in the year")
	sort.Strings(out)
	return out
}

func keyNames() string {
	names := make([]string, 0, len(fields)+1)
	for _, f := range fields {
		names = append(names, f.key)
	}
	names = append(names, AOWKey)
	sort.Strings(names)
	return strings.Join(names, ", ")
}

// SetParam sets the figure of p named key (see Keys) to v; a non-integer
// value for an integer figure is an error. It does not check ranges: NewBook
// and Book.Set do.
func SetParam(p *Params, key string, v float64) error {
	for _, f := range fields {
		if f.key != key {
			continue
		}
		if f.f != nil {
			*f.f(p) = v
			return nil
		}
		if v != float64(int(v)) {
			return fmt.Errorf("rules.%d.%s: %v is not a whole number", p.Year, key, v)
		}
		*f.i(p) = int(v)
		return nil
	}
	return fmt.Errorf("rules.%d.%s: unknown key; allowed: %s", p.Year, key, keyNames())
}

// GetParam returns the figure of p named key.
func GetParam(p *Params, key string) (float64, error) {
	for _, f := range fields {
		if f.key == key {
			if f.f != nil {
				return *f.f(p), nil
			}
			return float64(*f.i(p)), nil
		}
	}
	return 0, fmt.Errorf("rules.%d.%s: unknown key; allowed: %s", p.Year, key, keyNames())
}

// scaled returns p with every euro amount multiplied by factor and Year set
// to year; rates and ages are unchanged.
func (p Params) scaled(year int, factor float64) Params {
	q := p
	q.Year = year
	for _, f := range fields {
		if f.euro {
			*f.f(&q) *= factor
		}
	}
	return q
}

// validate reports the first figure outside its allowed range.
func (p *Params) validate() error {
	for _, f := range fields {
		if f.f == nil {
			continue
		}
		v := *f.f(p)
		if v < 0 || v != v {
			return fmt.Errorf("rules.%d.%s: %v is not allowed (must be ≥ 0)", p.Year, f.key, v)
		}
		if !f.euro && v > 1 {
			return fmt.Errorf("rules.%d.%s: rate %v is not allowed (a fraction from 0 to 1)", p.Year, f.key, v)
		}
	}
	switch {
	case p.Box1Limit[0] > p.Box1Limit[1]:
		return fmt.Errorf("rules.%d.box1_limit_1 (%v) exceeds box1_limit_2 (%v)", p.Year, p.Box1Limit[0], p.Box1Limit[1])
	case p.LabourKink[0] > p.LabourKink[1] || p.LabourKink[1] > p.LabourKink[2]:
		return fmt.Errorf("rules.%d.labour_kink_1..3 (%v) must be increasing", p.Year, p.LabourKink)
	}
	return nil
}
