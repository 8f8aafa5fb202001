package model

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// This file advances a person month by month. A month reads top down in
// step: coaching (offer, start, deliver), the month's income, the hazards
// and the event draw, then — in a month without an event — the clocks.
// What a state brings every month was set when the person entered it
// (agent.enter), so a month without an event adds those flows, works out
// the job hazard and draws once; the phases it runs are small and
// inlined, and only events and coaching call out. Runs of quiet months —
// no coaching to do, fixed income, full WW or a constant top-up beside a
// job, no clock running out — take a fast path (quietMonths) that draws
// month by month until the draw falls below the total hazard, with the
// same arithmetic as step's month.

// step advances agent a through months t0 to t1−1 of its horizon, or
// until it leaves the labour force (after which nothing happens to it),
// booking each month's flows for the state it is in, then drawing what
// happens. It allocates nothing.
func step(pl *plan, a *agent, tl *tally, t0, t1 int32, load *caseload) {
	for t := t0; t < t1 && a.state != Inactive; t++ {
		if a.quiet(pl) {
			if t = quietMonths(pl, a, tl, t, t1); t == t1 {
				return
			}
		}
		acc := tl.rows[t]
		a.t = t
		a.booked = false
		if t >= a.newYear {
			a.newCalendarYear(pl)
		}
		from := a.state
		if a.t >= a.pensionAt {
			retire(pl, a, load)
			tl.moved(a, from)
			continue
		}
		if a.coachingDue(pl) {
			coachingStart(pl, a, tl, acc, load)
		}
		a.income()
		if a.month.varies {
			varyingIncome(pl, a, tl, acc)
		}
		job := a.jobHazard(pl)
		total := a.totalHazard(pl, job)
		if u := a.draw(drawEvent); u >= total || !event(pl, a, tl, acc, load, u, job, total) {
			a.tick(pl, tl, acc)
		}
		if a.coach.involved() {
			coachingMonth(pl, a, load)
		}
		tl.moved(a, from)
	}
}

// quiet reports whether the agent's months can take the fast path of
// quietMonths: coaching has nothing to do this month (coachingDue) and it
// is not in training. Its income is then fixed for the year (flows booked
// as differences), full WW, or a job with a constant top-up (topUp).
func (a *agent) quiet(pl *plan) bool {
	return !a.coachingDue(pl) && a.state != Training
}

// coachingDue reports whether coachingStart has something to do this
// month: coaching is open (coachStatus.open) and, if it is still to be
// offered, the offer's time has come (from the announcement, or once out
// of work).
func (a *agent) coachingDue(pl *plan) bool {
	return a.coach.open() && (a.coach != coachPending || pl.coachFromNotice || a.state.Unemployed())
}

// quietMonths runs agent a, quiet (see agent.quiet), from month t through
// the months in which nothing happens but the event draw failing: up to
// the first month whose draw falls below the month's total hazard, the
// next calendar year, AOW age, the month the notice period, the WW
// entitlement or the wage supplement runs out, or t1, whichever comes
// first (quietEnd). It returns that month, which step then runs in full
// (the draw is the same again: it depends on the month only). A month run
// here does what step's month does without an event: the fixed flows are
// booked (as differences, so nothing is added per month), WW or a job's
// top-up is paid, the months out of work, on WW and in the state are
// counted and the notice period runs down. The hazards are step's, in the
// same order of operations, so that the draws compare with the same
// totals bit for bit.
func quietMonths(pl *plan, a *agent, tl *tally, t, t1 int32) int32 {
	end := a.quietEnd(t, t1)
	if t >= end {
		return t
	}
	next := a.quietUntil(pl, t, end)
	switch {
	case a.state == WW:
		for u := t; u < next; u++ {
			a.bookWW(tl.rows[u], a.fullWW(min(a.wwMonth/2, 1)))
		}
	case a.state == Employed && a.month.varies:
		for u := t; u < next; u++ {
			topUp(pl, a, tl, tl.rows[u])
		}
	}
	a.quietCount(t, next)
	return next
}

// quietEnd is the month before which a quiet agent's months from t can be
// quiet: t1, the next calendar year, AOW age, or the month the notice
// period, the WW entitlement (in full or beside a job) or the wage
// supplement runs out (which runs in full), whichever comes first.
func (a *agent) quietEnd(t, t1 int32) int32 {
	end := min(t1, a.newYear, a.pensionAt)
	switch a.state {
	case Notice:
		end = min(end, t+a.noticeLeft-1) // the month the notice runs out is not quiet
	case WW:
		end = min(end, t+a.wwLeft-1) // nor the month the WW runs out
	case Employed:
		if a.job.supplementLeft > 0 {
			end = min(end, t+a.job.supplementLeft-1)
		}
		if a.job.partialWW {
			end = min(end, t+a.wwLeft-1)
		}
	}
	return end
}

// quietUntil returns the first month from t, before end, whose event draw
// falls below the month's total hazard (or end); it changes nothing. Out
// of work the job hazard falls with the months out of work, each month
// counted before its hazard as the month's income counts it (jobHazard).
func (a *agent) quietUntil(pl *plan, t, end int32) int32 {
	if !a.month.unemployed {
		total := a.totalHazard(pl, a.month.job) // jobHazard in work and without coaching
		for ; t < end && drawAt(a.stream, t, drawEvent) >= total; t++ {
		}
		return t
	}
	out := a.outOfWork
	for ; t < end; t++ {
		out++
		job := pl.searchJob(&a.month, int(out))
		if drawAt(a.stream, t, drawEvent) < a.totalHazard(pl, job) {
			break
		}
	}
	return t
}

// quietCount counts the quiet months from t up to next as step's months
// without an event count them: in the state, out of work, of the notice
// period. (The months of WW and of a supplement count as they are paid:
// bookWW and topUp, or agent.paidAsleep.)
func (a *agent) quietCount(t, next int32) {
	n := next - t
	if n <= 0 {
		return
	}
	if a.month.unemployed {
		a.outOfWork += n
		a.totals.unemployed += n
	}
	a.inState += n
	if a.state == Notice {
		a.noticeLeft -= n
	}
	a.t, a.booked = next-1, true
}

// retire moves a person who reaches AOW age out of the labour force.
func retire(pl *plan, a *agent, load *caseload) {
	load.free(endCoaching(a)) // before the month's coaching: not given this month
	a.enter(pl, Inactive)
}

// coachingStart offers coaching when the scenario's start comes, starts it
// for those waiting when a case manager has room, and books a month of it.
func coachingStart(pl *plan, a *agent, tl *tally, acc []float64, load *caseload) {
	c := &pl.p.Interventions.Coaching
	searching := a.state == Notice || a.state.Unemployed()
	if a.coach == coachPending && (pl.coachFromNotice || a.state.Unemployed()) {
		if a.draw(drawUptake) < c.Uptake {
			a.coach = coachWaiting
			tl.coachClients++
		} else {
			a.coach = coachDeclined
		}
		tl.serviceOpen(a)
	}
	if a.coach == coachWaiting && searching && load.room(a.coaching.hours, pl.capacity) {
		startCoaching(pl, a, tl, acc, load)
	}
	switch a.coach {
	case coachActive:
		tl.serviceOpen(a)
		tl.clientHours += a.coaching.hours
		tl.monthHours[a.entry+a.t] += a.coaching.hours
		if !pl.byCapacity {
			cost := a.coaching.hours * pl.coachCost
			acc[baseCoaching] += cost
			tl.interventionCost += cost
		}
		if a.state == Notice {
			acc[baseLostProduction] += a.coaching.hours * c.WorkingTimeShare * a.facts.labourHour
		}
	case coachWaiting:
		tl.serviceOpen(a)
		tl.waitMonths++
		a.history.waited = true
	}
}

// income books the state's flows of the month and counts a month out of
// work; varyingIncome adds what varies from month to month.
func (a *agent) income() {
	m := &a.month
	a.booked = true
	if m.unemployed {
		a.outOfWork++
		a.totals.unemployed++
	}
}

// varyingIncome books the income that varies from month to month: WW, a
// top-up beside a new job, training.
func varyingIncome(pl *plan, a *agent, tl *tally, acc []float64) {
	switch a.state {
	case Employed:
		topUp(pl, a, tl, acc)
	case Training:
		trainingIncome(pl, a, tl, acc)
	case WW:
		payWW(a, acc, 0)
	}
}

// topUp pays what comes beside the wage of a new job: the wage supplement
// while it lasts, and partial WW while the entitlement lasts.
func topUp(pl *plan, a *agent, tl *tally, acc []float64) {
	if a.job.supplementLeft > 0 {
		top := a.supplement(pl)
		a.payment(acc, baseWageSupplement, a.job.wage, top)
		tl.transferCost += top
		a.job.supplementLeft--
		a.totals.supplement++
	}
	if a.job.partialWW && !payWW(a, acc, a.job.wage) {
		a.job.partialWW = false
	}
	a.month.varies = a.job.supplementLeft > 0 || a.job.partialWW
}

// supplement is the month's wage supplement beside the new job: a share
// of what the new wage falls short of the old.
func (a *agent) supplement(pl *plan) float64 {
	return pl.p.Interventions.WageSupplement.Share * max(0, a.facts.wage-a.job.wage)
}

// trainingIncome books a month of training: tuition and the fund's income
// for fund training, WW for self-started education or when trainees keep
// their WW.
func trainingIncome(pl *plan, a *agent, tl *tally, acc []float64) {
	if a.program == programFund {
		trainingMonth(pl, a, tl, acc)
	}
	if a.program == programSelf || pl.income == incomeWW {
		payWW(a, acc, 0)
	}
	a.totals.training++
}

// trainingMonth books a month of fund training: tuition, paid from the
// earmarked transition payment first, then the STAP budget, then the fund;
// and the fund's income for the trainee. The tuition is the course's price
// spread over its months, the last of a course of 5.3 months paying 0.3 of
// a month's share: a trainee who completes it pays the price, not the
// price × 6 / 5.3 (training runs whole months, runClocks).
func trainingMonth(pl *plan, a *agent, tl *tally, acc []float64) {
	tr := &pl.p.Interventions.Training
	tuition := tr.Tuition / tr.Months
	if left := tr.Months - float64(a.inState); left < 1 {
		tuition *= max(0, left)
	}
	fromTP := min(tuition, a.tuition.earmarked)
	a.tuition.earmarked -= fromTP
	fromSTAP := min(tuition-fromTP, a.tuition.stap)
	a.tuition.stap -= fromSTAP
	acc[baseTuitionWorker] += fromTP
	acc[baseTuitionTreasury] += fromSTAP
	acc[baseTuitionFund] += tuition - fromTP - fromSTAP
	tl.interventionCost += tuition
	if pl.income == incomeFund {
		income := tr.IncomeShare * a.facts.wage
		a.payment(acc, baseTrainingIncome, 0, income)
		tl.transferCost += income
	}
}

// jobHazard returns the month's job-finding hazard: the state's, with
// duration dependence and coaching applied.
func (a *agent) jobHazard(pl *plan) float64 {
	m := &a.month
	job := m.job
	if m.unemployed {
		job = pl.searchJob(m, int(a.outOfWork))
	}
	if a.coach == coachActive {
		job *= a.coaching.hr
	}
	return job
}

// searchJob returns the job-finding hazard of state month m after
// outOfWork months out of work: its base, falling with the months
// (duration dependence), times the hazard ratios of characteristics and
// history; coaching comes on top (jobHazard).
func (pl *plan) searchJob(m *stateMonth, outOfWork int) float64 {
	hr := &pl.jobHR[m.jobHR]
	return m.job * pl.decay[min(outOfWork, pl.horizon)] * hr[0] * hr[1] * hr[2] * hr[3]
}

// totalHazard returns the total of the month's competing risks with
// job-finding hazard job: their sum in event order (job, retain, leave,
// then education, separation or quitting), where the hazards a state does
// not have are 0 and adding 0 changes no sum.
func (a *agent) totalHazard(pl *plan, job float64) float64 {
	retain := 0.0
	if a.state == Notice {
		retain = pl.retain
	}
	return job + retain + pl.leave + a.month.other
}

// event decides with uniform u below the total hazard whether one of the
// month's competing risks happens and, if so, which, and carries it out;
// it reports whether one happened. Each hazard is monthly; the chance that
// anything happens is 1 − exp(−Σλ), and which event, in proportion to λ.
// (1 − exp(−L) ≤ L, so u ≥ L means no event without computing exp: step
// calls event only for u < total.)
func event(pl *plan, a *agent, tl *tally, acc []float64, load *caseload, u, job, total float64) bool {
	pAny := tl.chance(total) // 1 − exp(−total)
	if u >= pAny {
		return false
	}
	r := a.risks(pl, job)
	x := u / pAny * total
	retain, leave, educate, separate := r[eventRetain], r[eventLeave], r[eventEducate], r[eventSeparate]
	switch {
	case x < job:
		startJob(pl, a, tl, acc)
	case x < job+retain:
		load.leave(endCoaching(a))
		a.enter(pl, Retained)
	case x < job+retain+leave:
		load.leave(endCoaching(a))
		a.enter(pl, Inactive)
	case x < job+retain+leave+educate:
		load.leave(pauseCoaching(a))
		if a.state == Notice {
			dismiss(a, acc)
		}
		a.program = programSelf
		a.enter(pl, Training)
	case x < job+retain+leave+educate+separate:
		loseJob(pl, a)
	default: // quit training
		a.program = programNone
		a.becomeUnemployed(pl)
	}
	return true
}

// tick runs the clocks in a month without an event.
func (a *agent) tick(pl *plan, tl *tally, acc []float64) {
	a.inState++
	if a.month.clocked {
		runClocks(pl, a, tl, acc)
	}
}

// runClocks runs the clocks of a state that has them: notice ends in
// dismissal, training ends, WW runs out.
func runClocks(pl *plan, a *agent, tl *tally, acc []float64) {
	switch a.state {
	case Notice:
		a.noticeLeft--
		if a.noticeLeft <= 0 {
			dismiss(a, acc)
			enterSearch(pl, a, tl, acc)
		}
	case Training:
		switch {
		case a.program == programSelf && float64(a.inState) >= pl.p.Jobs.EducationMonths:
			a.history.educated = true
			a.program = programNone
			a.becomeUnemployed(pl)
		case a.program == programFund && float64(a.inState) >= pl.p.Interventions.Training.Months:
			a.history.trained = true
			a.program = programNone
			a.becomeUnemployed(pl)
		}
	case WW:
		if a.wwLeft <= 0 {
			a.becomeUnemployed(pl)
		}
	}
}

// coachingMonth counts a month of coaching, ending it at its maximum, on
// dropout, or when the person no longer searches; a wait for a case
// manager ends too when the person no longer searches (found work).
// Training pauses coaching (the case manager's hours are freed); when the
// training ends without a job the person queues for a case manager again.
func coachingMonth(pl *plan, a *agent, load *caseload) {
	searching := a.state == Notice || a.state.Unemployed()
	switch {
	case a.state == Training:
		load.leave(pauseCoaching(a))
		return
	case a.coach == coachPaused && searching:
		a.coach = coachWaiting
		return
	case a.coach == coachWaiting && !searching, a.coach == coachPaused:
		endCoaching(a) // no hours: waiting or paused
	}
	if a.coach != coachActive {
		return
	}
	a.totals.coached++
	c := &pl.p.Interventions.Coaching
	switch {
	case !searching || float64(a.totals.coached) >= c.MaxMonths:
		load.leave(endCoaching(a))
	case a.draw(drawDropout) < c.Dropout:
		load.leave(endCoaching(a))
		a.coach = coachDropped
	}
}

// startCoaching starts coaching, or resumes it after training; the first
// time, the services are bought for those who take them up.
func startCoaching(pl *plan, a *agent, tl *tally, acc []float64, load *caseload) {
	a.coach = coachActive
	load.take(a.coaching.hours)
	join(a, tl)
	if a.history.servicesBought {
		return // resumed after training: the referrals were made at the start
	}
	a.history.servicesBought = true
	if !a.history.waited {
		tl.servedAtOnce++
	}
	for k := range pl.p.Interventions.Services {
		s := &pl.p.Interventions.Services[k]
		if a.draw(drawService+uint64(k)) < s.Uptake {
			acc[numFixedBases+k] += s.UnitCost
			tl.interventionCost += s.UnitCost
			a.coaching.hr *= s.JobFindingHR
		}
	}
}

// endCoaching ends coaching, or a wait for it, when a person leaves the
// search or the coaching ends, and returns the client hours a month it
// frees (none after a wait or a pause); the caller frees them in the
// caseload.
func endCoaching(a *agent) (hours float64) {
	switch a.coach {
	case coachActive:
		a.coach = coachEnded
		return a.coaching.hours
	case coachWaiting, coachPaused:
		a.coach = coachEnded
	}
	return 0
}

// pauseCoaching pauses coaching, or a wait for it, while a person trains,
// and returns the client hours a month it frees for others (none after a
// wait); the caller frees them in the caseload.
func pauseCoaching(a *agent) (hours float64) {
	switch a.coach {
	case coachActive:
		a.coach = coachPaused
		return a.coaching.hours
	case coachWaiting:
		a.coach = coachPaused
	}
	return 0
}

// dismiss ends the contract with the releasing employer: the transition
// payment falls due and WW entitlement is set.
func dismiss(a *agent, acc []float64) {
	acc[baseTransition] += a.facts.transition
	acc[baseTax] += a.facts.transitionTax
	a.wwLeft = a.facts.entitlement
	a.wwMonth = 0
}

// startJob places the person in a new job with a drawn wage ratio.
func startJob(pl *plan, a *agent, tl *tally, acc []float64) {
	j := &pl.p.Jobs
	fromNotice := a.state == Notice
	if fromNotice {
		dismiss(a, acc)
	}
	iv := &pl.p.Interventions
	ratio := j.WageRatio - j.WageRatioDecay*(float64(a.outOfWork)-j.WageRatioReferenceMonths)
	if a.coach == coachActive {
		ratio += a.facts.coachingDose * iv.Coaching.WageRatioEffect
	}
	if a.history.trained {
		ratio += iv.Training.WageRatioEffect
	}
	claims := a.history.supplementClaimant && !a.history.supplementGranted
	if claims {
		ratio += iv.WageSupplement.WageRatioEffect
	}
	ratio += j.WageRatioSD * distuv.UnitNormal.Quantile(a.draw(drawWage))
	ratio = min(max(ratio, j.WageRatioMin), j.WageRatioMax)
	nj := &a.job
	nj.wage = a.facts.wage * ratio
	nj.schooling = a.draw(drawSchooling) < j.SchoolingShare
	sector := j.SectorChangeShare
	if a.history.trained {
		sector = iv.Training.SectorSwitch
	}
	nj.otherSector = a.draw(drawSector) < sector
	hireCosts(pl, a, acc)
	// WW continues beside a lower-paid job for those who were on it, unless
	// a wage supplement takes its place.
	nj.partialWW = !fromNotice && a.wwLeft > 0 && WWContinues(a.facts.wwWage, nj.wage)
	nj.supplementLeft = 0
	if claims && nj.wage < a.facts.wage {
		// Granted once per person: a later job after a separation gets none.
		nj.supplementLeft = int32(math.Round(iv.WageSupplement.Months))
		a.history.supplementGranted = true
		nj.partialWW = false
		join(a, tl)
	}
	a.program = programNone
	tl.wageRatioSum += ratio
	tl.jobStarts++
	if nj.otherSector {
		tl.sectorChanges++
	}
	a.outOfWork = 0
	a.enter(pl, Employed)
}

// loseJob ends a new job; the person is out of work again.
func loseJob(pl *plan, a *agent) {
	a.job.partialWW = false
	a.job.schooling = false
	a.becomeUnemployed(pl)
}

// join counts a person as a participant the first time they take part in
// an intervention.
func join(a *agent, tl *tally) {
	if !a.history.participant {
		a.history.participant = true
		tl.participants++
	}
}

// enterSearch follows a dismissal into unemployment: the person may start
// fund training, and may spend an earmarked part of the transition payment
// on it or on outplacement and courses.
func enterSearch(pl *plan, a *agent, tl *tally, acc []float64) {
	iv := &pl.p.Interventions
	tr, tp := &iv.Training, &iv.TransitionPayment
	spend := 0.0
	if tp.Enabled && a.draw(drawTransition) < tp.SpendProbability {
		spend = tp.SpendShare * a.facts.transition
	}
	uptake := tr.Uptake
	if a.facts.old {
		uptake = tr.Uptake55
	}
	if pl.trainOffered[a.facts.triage] && a.draw(drawTrainUptake) < uptake {
		a.program = programFund
		a.history.trainee = true
		a.tuition = tuition{earmarked: spend, stap: tr.STAPBudget}
		join(a, tl)
		a.enter(pl, Training)
		return
	}
	if spend > 0 {
		acc[baseOutplacement] += spend
		tl.interventionCost += spend
		a.history.spentTransition = true
		join(a, tl)
	}
	a.becomeUnemployed(pl)
}
