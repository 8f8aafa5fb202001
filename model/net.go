package model

// This file books the net effects that depend on a scenario's difference
// from the baseline: the displacement of other job seekers by the extra
// employment, and the excess burden of the change in the public budgets.
// iterate books them into a scenario's ledger after the baseline has been
// simulated; the baseline books none (docs/model.md, "Net effects").

// employed returns the persons employed in a new job at the start of month
// t of tally tl.
func (tl *tally) employed(t int) float64 { return tl.occ[t*NumStates+int(Employed)] }

// meanNewWage is the mean gross monthly wage of the new jobs over the
// months of tl, or 0 when nobody worked in one.
func (tl *tally) meanNewWage() float64 {
	wages, months := 0.0, 0.0
	for t := range tl.months {
		wages += tl.acc[t*tl.bases+baseNewWage]
		months += tl.employed(t)
	}
	if months == 0 {
		return 0
	}
	return wages / months
}

// displacedMonth is what a month of a displaced job seeker changes: the
// flows of a month of work at the scenario's mean new wage given up for a
// month on WW (70% of the WW month wage), by the rules of calendar year y,
// for a single person on a permanent contract.
type displacedMonth struct {
	wage, production        float64
	uwv, insurers, treasury float64 // employer's premiums and charges
	ww, zvw                 float64 // WW paid, and UWV's Zvw levy on it
	tax, toeslag            float64 // tax lost, zorgtoeslag paid more
	health, wellbeing       float64 // per month out of work
	leisure                 float64 // value of the leisure gained
}

func newDisplacedMonth(pl *plan, y *yearRules, wage float64) displacedMonth {
	e := &pl.p.Economy
	j := y.job(wage, false, Single)
	w := y.benefit(0, 0.7*y.wwMonthWage(wage), Single, true)
	d := displacedMonth{
		wage: j.pay, production: e.Productivity * j.pay,
		uwv: j.uwv, insurers: j.insurers, treasury: j.treasury,
		ww: w.paid, zvw: w.zvw,
		tax:     j.tax - w.tax,
		toeslag: y.toeslag0[Single] + w.toeslag - j.toeslag,
		health:  e.HealthCostUnemployed,
	}
	if e.IncludeWellbeing {
		d.wellbeing = e.WellbeingLossUnemployed
	}
	if e.IncludeLeisure { // by the statutory rules, as leisureValue
		ys := pl.cal.statutoryYear(y)
		j, w := ys.job(wage, false, Single), ys.benefit(0, 0.7*ys.wwMonthWage(wage), Single, true)
		gain := (j.pay - j.tax + j.toeslag) - (w.paid - w.tax + ys.toeslag0[Single] + w.toeslag)
		d.leisure = e.LeisureValueShare * max(0, gain)
	}
	return d
}

// displacementShare is the share of the extra employment in month t that
// displaces other job seekers.
func displacementShare(e *Economy, t int) float64 {
	if float64(t) < e.DisplacementMonths {
		return e.DisplacementShort
	}
	return e.DisplacementLong
}

// bookDisplacement books, under ItemDisplacement, what the scenario's extra
// employment against the baseline (tally base) does to the other job
// seekers of the region it displaces: each displaced month is a month of
// work at the scenario's mean new wage lost for a month on WW. Receiving
// employers lose the production and no longer pay the wage and its
// charges; UWV pays WW; the treasury loses the tax on the difference;
// insurers pay the health care of a month out of work; the workers (the
// cohort and the displaced job seekers) lose the net income and, when
// counted, well-being, and gain leisure. Less employment than the
// baseline gives the other job seekers work instead, with the opposite
// signs. Each month takes the rules of its calendar year.
func bookDisplacement(pl *plan, tl, base *tally, l *Ledger) {
	e := &pl.p.Economy
	if e.DisplacementShort == 0 && e.DisplacementLong == 0 {
		return
	}
	wage := tl.meanNewWage()
	var (
		d    displacedMonth
		year *yearRules
	)
	const it = ItemDisplacement
	for t := range min(tl.months, base.months) {
		n := displacementShare(e, t) * (tl.employed(t) - base.employed(t))
		if n == 0 {
			continue
		}
		if y := pl.cal.at(int32(t)); y != year {
			d, year = newDisplacedMonth(pl, y, wage), y
		}
		l.Resource(t, it, ReceivingEmployers, -n*d.production)
		l.Transfer(t, it, Workers, ReceivingEmployers, n*d.wage)
		l.Transfer(t, it, Insurers, ReceivingEmployers, n*d.insurers)
		l.Transfer(t, it, UWV, ReceivingEmployers, n*d.uwv)
		l.Transfer(t, it, Treasury, ReceivingEmployers, n*d.treasury)
		l.Transfer(t, it, UWV, Workers, n*d.ww)
		l.Transfer(t, it, UWV, Insurers, n*d.zvw)
		l.Transfer(t, it, Treasury, Workers, n*(d.tax+d.toeslag))
		l.Resource(t, it, Insurers, -n*d.health)
		l.Resource(t, it, Workers, n*(d.leisure-d.wellbeing))
	}
}

// bookExcessBurden books, under ItemExcessBurden on the treasury, (MCPF −
// 1) × the net change of the public budgets (UWV, municipalities and the
// treasury) against the baseline's ledger bl, month by month: a gain of
// the public budgets saves the distortion of raising that money, a loss
// costs it. It must come after every other booking of the scenario.
func bookExcessBurden(pl *plan, l, bl *Ledger) {
	k := pl.p.Economy.MCPF - 1
	if k == 0 {
		return
	}
	for t := range min(l.Months(), bl.Months()) {
		change := 0.0
		for _, s := range [...]Stakeholder{UWV, Municipalities, Treasury} {
			change += l.Amount(t, s) - bl.Amount(t, s)
		}
		l.Resource(t, ItemExcessBurden, Treasury, k*change)
	}
}

// leisureValue is the monthly value of the leisure a person gives up in
// new job j: economy.leisure_value_share of the net income gain (wage less
// tax, with zorgtoeslag) over what the person would have out of work now
// (WW at 70% while entitled, else bijstand or IOAW when eligible, else
// nothing, each with its zorgtoeslag), by the statutory rules of the
// current year: without the scenario's rules overrides, so that a rate that
// only moves money leaves the value of the leisure as it is. For the same
// reason the entitlement is what months out of work have left of it
// (outOfWorkWW), not what partial WW, a wage supplement in its place or WW
// during training left.
func (a *agent) leisureValue(pl *plan, j *jobMonth, wage float64) float64 {
	f := &a.facts
	h := f.household
	y := pl.cal.statutoryYear(a.yr)
	if y != a.yr {
		jy := y.job(wage, f.flex, h)
		j = &jy
	}
	alt := y.toeslag0[h]
	ww := a.outOfWorkWW()
	switch {
	case ww && y != a.yr:
		w := y.benefit(0, 0.7*f.wwWageStatutory, h, false)
		alt += w.paid - w.tax + w.toeslag
	case ww:
		w := a.fullWW(1) // WW at 70% (rules.WWBenefit), as payWW pays it
		alt += w.paid - w.tax + w.toeslag
	case y.bijstand.net[h] > 0:
		alt = y.bijstand.out[h]
		if f.ioaw {
			alt = y.ioaw.out[h]
		}
	}
	return pl.p.Economy.LeisureValueShare * max(0, j.pay-j.tax+j.toeslag-alt)
}

// outOfWorkWW reports whether the person, out of work now, would draw WW
// for the value of leisure: dismissed, with an entitlement longer than the
// months spent out of work since. Months of WW beside a job or during
// training do not count against it here, so that how a transfer is
// designed — partial WW, a wage supplement instead of it, WW while
// training — leaves the value of leisure as it is (TestTransfersAreNotSocialGains).
func (a *agent) outOfWorkWW() bool {
	if a.state == Notice || a.state == Retained {
		return false // not dismissed: no entitlement yet
	}
	return a.facts.entitlement > a.totals.unemployed
}

// hireCosts books what a new job does to the receiving employer's hiring
// costs: the recruitment cost saved when the arrangement made the
// placement (the job starts while coached), in proportion to the case
// manager's dose (no hours, no matching, nothing saved) up to the whole
// cost (more hours than the reference cannot save more than the
// recruitment a placement replaces), and the induction
// of someone from another sector, lower after training toward the new
// occupation.
func hireCosts(pl *plan, a *agent, acc []float64) {
	j := &pl.p.Jobs
	if a.coach == coachActive {
		acc[baseRecruitment] += min(a.facts.coachingDose, 1) * j.RecruitmentCostSaved
	}
	if a.job.otherSector {
		cost := j.InductionCost
		if a.history.trained {
			cost *= pl.p.Interventions.Training.InductionFactor
		}
		acc[baseInduction] += cost
	}
}
