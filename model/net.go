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
// month on WW.
type displacedMonth struct {
	wage, premiums, production float64
	zvw, aof, rest             float64 // employer charges by receiver
	ww, tax                    float64 // WW paid; income tax on wage less that on WW
	health, wellbeing, leisure float64 // health care, well-being and leisure per month out of work
}

func newDisplacedMonth(pl *plan, wage float64) displacedMonth {
	e := &pl.p.Economy
	flex := pl.p.Cohort.FlexShare
	ww := WWBenefit(2, pl.rules.WWMonthWage(wage), 0)
	d := displacedMonth{
		wage:       wage,
		premiums:   wage * ((1-flex)*e.WWPremiumPermanent + flex*e.WWPremiumFlex),
		production: e.Productivity * wage,
		zvw:        e.ZvwEmployerLevy * wage,
		aof:        e.DisabilityPremiums * wage,
		rest:       (e.EmployerCharges - e.ZvwEmployerLevy - e.DisabilityPremiums) * wage,
		ww:         ww,
		tax:        netTax(pl, wage) - netTax(pl, ww),
		health:     e.HealthCostUnemployed,
	}
	if e.IncludeWellbeing {
		d.wellbeing = e.WellbeingLossUnemployed
	}
	if e.IncludeLeisure {
		d.leisure = e.LeisureValueShare * max(0, (wage-netTax(pl, wage))-(ww-netTax(pl, ww)))
	}
	return d
}

// netTax is the income tax on a month's gross income of the displaced.
func netTax(pl *plan, gross float64) float64 { return pl.p.Economy.IncomeTaxRate * gross }

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
// signs.
func bookDisplacement(pl *plan, tl, base *tally, l *Ledger) {
	e := &pl.p.Economy
	if e.DisplacementShort == 0 && e.DisplacementLong == 0 {
		return
	}
	d := newDisplacedMonth(pl, tl.meanNewWage())
	const it = ItemDisplacement
	for t := range min(tl.months, base.months) {
		n := displacementShare(e, t) * (tl.employed(t) - base.employed(t))
		if n == 0 {
			continue
		}
		l.Resource(t, it, ReceivingEmployers, -n*d.production)
		l.Transfer(t, it, Workers, ReceivingEmployers, n*d.wage)
		l.Transfer(t, it, Insurers, ReceivingEmployers, n*d.zvw)
		l.Transfer(t, it, UWV, ReceivingEmployers, n*(d.aof+d.premiums))
		l.Transfer(t, it, Treasury, ReceivingEmployers, n*d.rest)
		l.Transfer(t, it, UWV, Workers, n*d.ww)
		l.Transfer(t, it, Treasury, Workers, n*d.tax)
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
// the current new job: economy.leisure_value_share of the net income gain
// over what the person would have out of work now (WW while entitled,
// else bijstand when eligible, else nothing).
func (a *agent) leisureValue(pl *plan) float64 {
	e := &pl.p.Economy
	alt := 0.0
	switch {
	case a.wwLeft > 0:
		ww := WWBenefit(int(a.wwMonth), a.facts.wwWage, 0)
		alt = ww - netTax(pl, ww)
	case a.facts.bijstand > 0:
		alt = a.facts.bijstand
	}
	return e.LeisureValueShare * max(0, a.job.wage-netTax(pl, a.job.wage)-alt)
}

// hireCosts books what a new job does to the receiving employer's hiring
// costs: the recruitment cost saved when the arrangement made the
// placement (the job starts while coached), and the induction of someone
// from another sector, lower after training toward the new occupation.
func hireCosts(pl *plan, a *agent, acc []float64) {
	j := &pl.p.Jobs
	if a.coach == coachActive {
		acc[baseRecruitment] += j.RecruitmentCostSaved
	}
	if a.job.otherSector {
		cost := j.InductionCost
		if a.history.trained {
			cost *= pl.p.Interventions.Training.InductionFactor
		}
		acc[baseInduction] += cost
	}
}
