package rules

// HolidayAllowance is the statutory holiday allowance, 8% of the gross wage
// (Wet minimumloon en minimumvakantiebijslag art. 15); WW benefits carry the
// same 8% (Werkloosheidswet art. 45, vakantietoeslag).
const HolidayAllowance = 0.08

// Annual returns the annual gross income of a gross monthly amount that
// carries the 8% holiday allowance (a wage or a WW benefit): 12 × 1.08 ×
// monthly.
func Annual(monthly float64) float64 { return 12 * (1 + HolidayAllowance) * monthly }

// Box1 returns the box 1 tax and national insurance premiums on a taxable
// income, before credits.
func (y *Year) Box1(income float64) float64 {
	switch {
	case income <= 0:
		return 0
	case income <= y.Box1Limit[0]:
		return y.Box1Rate[0] * income
	case income <= y.Box1Limit[1]:
		return y.box1Base[0] + y.Box1Rate[1]*(income-y.Box1Limit[0])
	}
	return y.box1Base[1] + y.Box1Rate[2]*(income-y.Box1Limit[1])
}

// GeneralCredit returns the algemene heffingskorting at a total box 1
// income: the maximum up to the start of the phase-out, then falling to
// zero. The payment of the credit to a partner without income is left out.
func (y *Year) GeneralCredit(income float64) float64 {
	if income <= y.GeneralCreditStart {
		return y.GeneralCreditMax
	}
	return max(0, y.GeneralCreditMax-y.GeneralCreditRate*(income-y.GeneralCreditStart))
}

// LabourCredit returns the arbeidskorting at an annual earned income (wages;
// not WW, bijstand, IOAW or the transition payment).
func (y *Year) LabourCredit(earned float64) float64 {
	switch {
	case earned <= 0:
		return 0
	case earned <= y.LabourKink[0]:
		return y.LabourRate[0] * earned
	case earned <= y.LabourKink[1]:
		return y.labourBase[1] + y.LabourRate[1]*(earned-y.LabourKink[0])
	case earned <= y.LabourKink[2]:
		return y.labourBase[2] + y.LabourRate[2]*(earned-y.LabourKink[1])
	}
	return max(0, y.labourMax-y.LabourPhaseRate*(earned-y.LabourKink[2]))
}

// LabourCreditMax returns the largest arbeidskorting, reached at the third
// kink.
func (y *Year) LabourCreditMax() float64 { return y.labourMax }

// NetTax returns the annual box 1 tax and national insurance premiums after
// the general and labour credits, for a person under the AOW age with
// annualEarned of wages and annualBenefit of taxable benefits (WW, IOAW,
// gross bijstand). The credits cannot make the tax negative. The general
// credit falls with the total income, the labour credit depends on the
// earned income only: a euro of WW pays more tax than a euro of wages.
func (y *Year) NetTax(annualEarned, annualBenefit float64) float64 {
	total := annualEarned + annualBenefit
	return max(0, y.Box1(total)-y.GeneralCredit(total)-y.LabourCredit(annualEarned))
}

// MonthTax returns the tax attributable to one month with gross wage
// monthEarned and gross taxable benefit monthBenefit, both without the
// holiday allowance: NetTax of the annualised income (12 × 1.08 × each, see
// Annual) divided by 12. This is the payroll approximation (the
// Belastingdienst's monthly wage-tax tables annualise the period wage the
// same way); it charges the tax on the month's share of the holiday
// allowance in the month itself. A year with mixed months pays, in the final
// assessment, the tax on the year's total instead; the difference is the
// refund or extra payment of the assessment and is left out.
func (y *Year) MonthTax(monthEarned, monthBenefit float64) float64 {
	return y.NetTax(Annual(monthEarned), Annual(monthBenefit)) / 12
}

// SpecialRate returns the rate at which a special payment (bijzondere
// beloning: the transition payment, a bonus) is taxed for a person with
// annual wage annualWage: the marginal rate of NetTax for earned income at
// that wage, including the phase-outs of the credits, and 0 where the
// credits wipe out the tax. This is how the Belastingdienst's table for
// special payments (tabel bijzondere beloningen, with loonheffingskorting)
// derives its percentages; its published bands round them, EST to within a
// percentage point.
func (y *Year) SpecialRate(annualWage float64) float64 {
	if y.NetTax(annualWage, 0) <= 0 && y.NetTax(annualWage+1, 0) <= 0 {
		return 0
	}
	r := y.box1Marginal(annualWage)
	if annualWage > y.GeneralCreditStart && y.GeneralCredit(annualWage) > 0 {
		r += y.GeneralCreditRate
	}
	switch {
	case annualWage < y.LabourKink[0]:
		r -= y.LabourRate[0]
	case annualWage < y.LabourKink[1]:
		r -= y.LabourRate[1]
	case annualWage < y.LabourKink[2]:
		r -= y.LabourRate[2]
	case y.LabourCredit(annualWage) > 0:
		r += y.LabourPhaseRate
	}
	return max(0, r)
}

func (y *Year) box1Marginal(income float64) float64 {
	switch {
	case income < y.Box1Limit[0]:
		return y.Box1Rate[0]
	case income < y.Box1Limit[1]:
		return y.Box1Rate[1]
	}
	return y.Box1Rate[2]
}

// ZvwEmployerLevy returns the Zvw employer levy on an annual income (a wage,
// paid by the employer, or a WW benefit, paid by UWV): the rate up to the
// maximum contribution income. The levy goes to the health insurance fund
// (the insurers).
func (y *Year) ZvwEmployerLevy(annual float64) float64 {
	return y.ZvwEmployerRate * min(max(0, annual), y.ZvwMaxIncome)
}

// ZvwContribution returns the income-dependent Zvw contribution on an annual
// income not from an employer or UWV (self-employment, and the income the
// Belastingdienst assesses without an employer levy): the lower rate up to
// the maximum contribution income. Wages and WW pay the employer levy
// instead (ZvwEmployerLevy), never both.
func (y *Year) ZvwContribution(annual float64) float64 {
	return y.ZvwContributionRate * min(max(0, annual), y.ZvwMaxIncome)
}

// Household is the household type of the means-tested rules.
type Household uint8

// Household types.
const (
	Single Household = iota
	Couple
)

// Zorgtoeslag returns the annual health-care allowance of a household with
// annual income (toetsingsinkomen, the household's total box 1 income):
// the maximum up to the threshold income, then falling with the taper, none
// above the income limit or when below the payment threshold of €24 a year
// (Algemene wet inkomensafhankelijke regelingen art. 26). The asset test is
// left out. It is paid by the treasury (Belastingdienst/Toeslagen).
func (y *Year) Zorgtoeslag(h Household, income float64) float64 {
	maxA, limit := y.ZorgMaxSingle, y.ZorgLimitSingle
	if h == Couple {
		maxA, limit = y.ZorgMaxCouple, y.ZorgLimitCouple
	}
	if income > limit {
		return 0
	}
	z := maxA - y.ZorgTaper*max(0, income-y.ZorgThreshold)
	if z < 24 {
		return 0
	}
	return z
}

// EmployerCharges are an employer's statutory charges on a wage.
type EmployerCharges struct {
	WW, Aof, Whk, Wko, Zvw float64
}

// Total returns the sum of the charges.
func (c EmployerCharges) Total() float64 { return c.WW + c.Aof + c.Whk + c.Wko + c.Zvw }

// Charges returns the employer's statutory charges on an annual gross wage
// (including holiday allowance): the WW premium (high for a flexible
// contract), Aof, Whk and Wko up to the maximum premium wage, and the Zvw
// levy up to the Zvw maximum. Pension premiums are not statutory and left
// out. The WW premium goes to UWV (the AWf), Aof, Whk and Wko to the funds
// UWV administers (Wko passes on to the treasury), the Zvw levy to the
// health insurance fund.
func (y *Year) Charges(annualWage float64, flex bool) EmployerCharges {
	base := min(max(0, annualWage), y.MaxPremiumWage)
	ww := y.WWPremiumLow
	if flex {
		ww = y.WWPremiumHigh
	}
	return EmployerCharges{WW: ww * base, Aof: y.AofRate * base, Whk: y.WhkRate * base, Wko: y.WkoRate * base, Zvw: y.ZvwEmployerLevy(annualWage)}
}

// GrossBenefitForNet returns the annual gross benefit (without earned
// income) whose net after NetTax and the income-dependent Zvw contribution
// withheld from it (ZvwContribution) is annualNet: the gross-up a
// municipality pays for a net norm such as bijstand or IOAW, which
// withholds both (Belastingdienst, "Rekenregels en handleiding
// loonheffingen over bijstandsuitkeringen"). It solves by bisection (≈ 50
// evaluations); call it when building tables, not per person-month.
func (y *Year) GrossBenefitForNet(annualNet float64) float64 {
	if annualNet <= 0 {
		return 0
	}
	lo, hi := annualNet, 3*annualNet+1
	for range 60 {
		mid := (lo + hi) / 2
		if mid-y.NetTax(0, mid)-y.ZvwContribution(mid) < annualNet {
			lo = mid
		} else {
			hi = mid
		}
	}
	return (lo + hi) / 2
}
