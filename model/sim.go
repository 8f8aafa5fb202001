package model

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// This file simulates one scenario in one iteration: the persons month by
// month through the states, with the interventions, booking every euro.

// training programmes.
const (
	programSelf uint8 = iota + 1 // self-started education (hazards.education)
	programFund                  // retraining paid from the transition fund
)

// coaching status of an agent.
const (
	coachNone       uint8 = iota // not (yet) offered
	coachNotOffered              // no coaching in the scenario, or not for this triage group
	coachDeclined                // offered, did not take part
	coachWaiting                 // takes part, waits for capacity
	coachActive                  // being coached
	coachEnded                   // coaching over: placed, left the search, or maximum reached
	coachDropped                 // stopped coaching while still searching
	coachPaused                  // coached or waiting, now in training; resumes after it
)

// drawSupplement is the purpose of the draw that decides whether an
// eligible person would claim the wage supplement (see rng.go for the others).
const drawSupplement uint64 = 48

// agent is a person's state during a simulation.
type agent struct {
	state       State
	coach       uint8
	educated    bool  // finished self-started education
	schooling   bool  // current job combines work and schooling
	partialWW   bool  // receives WW beside a lower-paid new job
	entry       int32 // calendar month of the announcement
	t           int32 // months since the announcement
	stateMonths int32 // months in the current state
	outMonths   int32 // months out of work in the current spell
	noticeLeft  int32
	wwLeft      int32 // months of WW entitlement left
	wwMonth     int32 // benefit months drawn, for the 75% / 70% rate
	coachMonths int32
	pensionT    int32 // month since announcement at which AOW age is reached
	stream      uint64
	wage        float64 // old gross monthly wage
	newWage     float64 // gross monthly wage of the new job
	wwWage      float64 // WW month wage
	premium     float64 // employer's WW premium rate
	labourHour  float64 // labour cost per contract hour
	hrBase      float64 // hazard ratio on job finding from characteristics
	hrCoach     float64 // hazard ratio while coached
	coachHours  float64 // case-manager hours per month while coached
	bijstand    float64 // bijstand norm of the household, 0 if not eligible
	program     uint8   // what the current training is: programSelf or programFund
	trained     bool    // completed fund training
	old         bool    // 55 or over at the announcement
	triage      int32
	tpSpender   bool    // spent part of the transition payment on outplacement or courses
	sectorNew   bool    // current job is outside the old sector
	joined      bool    // took part in an intervention
	trainee     bool    // started fund training
	monthsOut   int32   // months unemployed in all
	supplement  int32   // months of wage supplement left
	tpEarmark   float64 // earmarked transition payment left for tuition
	stapLeft    float64 // STAP budget left for tuition
	transition  float64 // transition payment due on dismissal
	entitlement int32   // WW months on dismissal
	monthsTrain int32   // months in training (fund or self-started) in all
	wwPaid      int32   // months in which WW was paid, in any state
	suppPaid    int32   // months of wage supplement paid
	serviced    bool    // coaching started once: services bought
	wsClaimant  bool    // eligible for the wage supplement and would claim it
	wsUsed      bool    // the supplement was granted (once per person)
}

// Flow bases: euro amounts (or counts) accumulated per month during the
// simulation and turned into payer/receiver pairs by book.
const (
	baseOldWage         = iota // gross wage paid by the releasing employer
	baseOldPremium             // its WW premium
	baseOldProduction          // production at the releasing employer
	baseNewWage                // gross wage paid by receiving employers
	baseNewPremium             // their WW premium
	baseWW                     // WW benefit paid by UWV
	baseBijstand               // bijstand paid by municipalities
	baseUnemployed             // person-months out of work
	baseCoaching               // case-manager cost
	baseLostProduction         // working time spent on coaching under notice
	baseTransition             // transition payments
	baseTuitionWorker          // tuition paid from an earmarked transition payment
	baseTuitionTreasury        // tuition paid from the STAP budget
	baseTuitionFund            // tuition paid by the transition fund
	baseTrainingIncome         // income paid by the fund during training
	baseWageSupplement         // wage supplement
	baseOutplacement           // transition payment spent on outplacement or courses
	numFixedBases              // services follow, one base each
)

// plan is what one scenario needs in one iteration, derived from its Params.
type plan struct {
	p        *Params
	rules    Rules
	horizon  int
	disc     []float64 // discount factor per month since announcement
	decay    []float64 // duration dependence g(d)
	coaching bool
	capacity float64 // case-manager client hours per calendar month
	// coachCost is the cost of a client hour: the paid time behind it.
	coachCost float64
	// hours and hazard ratios of coaching by triage group (index 1–3) and
	// digital skills (0 high, 1 low).
	hours   [4][2]float64
	hr      [4][2]float64
	offered [4]bool
	// training offered by triage group; searchHR is the hazard ratio of the
	// wage supplement on job finding (1 without one).
	trainOffered [4]bool
	searchHR     float64
	// wsOffered: the wage supplement by triage group.
	wsOffered [4]bool
}

func newPlan(pl *plan, p *Params, rules Rules, horizon int) {
	pl.p, pl.rules, pl.horizon = p, rules, horizon
	pl.disc = DiscountFactors(pl.disc, p.Economy.DiscountRate, horizon)
	if cap(pl.decay) < horizon+1 {
		pl.decay = make([]float64, horizon+1)
	}
	pl.decay = pl.decay[:horizon+1]
	step, g := math.Exp(-p.Hazards.DurationDecay), 1.0
	for d := range pl.decay {
		pl.decay[d] = g
		g *= step
	}
	c := &p.Interventions.Coaching
	pl.coaching = c.Enabled
	pl.capacity = c.CaseManagerFTE * c.HoursPerFTE
	pl.coachCost = c.HourlyCost * c.PaidHoursPerFTE / c.HoursPerFTE
	pl.offered = [4]bool{}
	for _, g := range c.Triage {
		if g >= 1 && g <= 3 {
			pl.offered[g] = true
		}
	}
	tr := &p.Interventions.Training
	pl.trainOffered = [4]bool{}
	for _, g := range tr.Triage {
		if tr.Enabled && g >= 1 && g <= 3 {
			pl.trainOffered[g] = true
		}
	}
	pl.searchHR = 1
	pl.wsOffered = [4]bool{}
	if ws := &p.Interventions.WageSupplement; ws.Enabled {
		pl.searchHR = ws.JobFindingHR
		for _, g := range ws.Triage {
			if g >= 1 && g <= 3 {
				pl.wsOffered[g] = true
			}
		}
	}
	f2fHours := [4]float64{0, c.Hours.Group1, c.Hours.Group2, c.Hours.Group3}
	logHR := math.Log(c.JobFindingHR)
	for g := 1; g <= 3; g++ {
		digital := c.Mode == "digital" || (c.Mode == "hybrid" && g < 3)
		for low := range 2 {
			if !digital {
				pl.hours[g][low] = f2fHours[g]
				pl.hr[g][low] = c.JobFindingHR
				continue
			}
			pl.hours[g][low] = f2fHours[g] * c.DigitalHoursFactor
			share := c.DigitalEffect
			if low == 1 {
				share = c.DigitalEffectLowSkill
			}
			pl.hr[g][low] = math.Exp(share * logHR)
		}
	}
}

// tally is what one simulation of one scenario yields.
type tally struct {
	months, bases    int
	persons          int
	acc              []float64 // acc[t*bases+b]
	occ              []float64 // occ[t*NumStates+s]: persons in state s at month t
	wageRatioSum     float64
	jobStarts        float64
	sectorChanges    float64
	waitMonths       float64 // participant-months waiting for a case manager
	interventionCost float64 // real resources interventions use, undiscounted
	transferCost     float64 // transfers interventions pay (supplement, fund income), undiscounted
	participants     float64
	// categories at the observation month (calibration), by Category.
	observed [NumCategories]float64
}

func (tl *tally) reset(months, bases int) {
	tl.months, tl.bases = months, bases
	tl.acc = resize(tl.acc, months*bases)
	tl.occ = resize(tl.occ, months*NumStates)
	tl.wageRatioSum, tl.jobStarts, tl.sectorChanges, tl.interventionCost, tl.participants = 0, 0, 0, 0, 0
	tl.waitMonths, tl.transferCost = 0, 0
	tl.observed = [NumCategories]float64{}
}

func resize(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// Category is an outcome category of the pilot's monitoring (report §3.1.3),
// derived from the states so that runs compare with the observed counts.
type Category int

// The pilot's outcome categories.
const (
	// Stopped: did not start, stopped, or stayed with the employer
	// (retained, inactive, declined or dropped out of coaching).
	CategoryStopped Category = iota
	CategoryNewJob
	CategoryWorkAndSchooling
	CategoryEducation
	CategorySearching
	NumCategories = int(CategorySearching) + 1
)

var categoryKeys = [NumCategories]string{"stopped", "new_job", "work_schooling", "education", "searching"}

// Key is the category's key in observation files.
func (c Category) Key() string { return categoryKeys[c] }

// CategoryKeys lists the category keys in order.
func CategoryKeys() []string { return append([]string(nil), categoryKeys[:]...) }

// simulate runs persons through plan pl, from calendar month 0 until every
// person has had horizon months, into tl. observe is the calendar month at
// which outcome categories are counted, or −1.
func simulate(pl *plan, persons []Person, agents []agent, tl *tally, iterKey uint64, observe int) {
	p := pl.p
	H := pl.horizon
	nServices := len(p.Interventions.Services)
	tl.reset(H, numFixedBases+nServices)
	tl.persons = len(persons)
	lastEntry := 0
	for i := range persons {
		initAgent(&agents[i], &persons[i], pl, iterKey, i)
		lastEntry = max(lastEntry, persons[i].EntryMonth)
	}
	activeHours := 0.0
	if !pl.coaching {
		// Without a capacity that couples persons, each person runs through
		// all months at once, which keeps the agent in cache.
		for i := range agents {
			a := &agents[i]
			for t := range int32(H) {
				if int(a.entry+t) == observe {
					tl.observed[categoryOf(a)]++
				}
				a.t = t
				step(pl, a, tl, &activeHours)
			}
			if int(a.entry)+H <= observe {
				tl.observed[categoryOf(a)]++
			}
		}
		return
	}
	for m := 0; m < lastEntry+H; m++ {
		if m == observe {
			countCategories(agents, m, tl)
		}
		for i := range agents {
			a := &agents[i]
			t := int32(m) - a.entry
			if t < 0 || int(t) >= H {
				continue
			}
			a.t = t
			step(pl, a, tl, &activeHours)
		}
	}
	if observe >= lastEntry+H {
		countCategories(agents, observe, tl)
	}
}

// initAgent sets up the agent of person x at the announcement.
func initAgent(a *agent, x *Person, pl *plan, iterKey uint64, i int) {
	p := pl.p
	*a = agent{
		state:      Notice,
		entry:      int32(x.EntryMonth),
		noticeLeft: int32(x.NoticeMonths),
		stream:     key(iterKey^0x6167656e74, uint64(i)),
		wage:       x.MonthlyWage,
		hrCoach:    1,
		bijstand:   pl.rules.BijstandNorm(x.Household),
	}
	a.wwWage = pl.rules.WWMonthWage(x.MonthlyWage)
	a.premium = p.Economy.WWPremiumPermanent
	if x.Flex {
		a.premium = p.Economy.WWPremiumFlex
	}
	a.labourHour = x.MonthlyWage * (1 + p.Economy.EmployerCharges + a.premium) / (x.ContractHours * 52 / 12)
	a.pensionT = int32(math.Ceil(float64(pl.rules.AOWAgeMonths) - x.Age*12))
	hr := 1.0
	h := &p.Hazards
	if x.Age >= 55 {
		hr *= h.Age55HR
	}
	switch x.Education {
	case EducationLow:
		hr *= h.EducationLowHR
	case EducationHigh:
		hr *= h.EducationHighHR
	}
	switch x.Triage {
	case 2:
		hr *= h.Triage2HR
	case 3:
		hr *= h.Triage3HR
	}
	a.hrBase = hr
	a.old = x.Age >= 55
	low := 0
	if x.DigitalLow {
		low = 1
	}
	g := min(max(x.Triage, 1), 3)
	a.triage = int32(g)
	a.coachHours = pl.hours[g][low]
	a.hrCoach = pl.hr[g][low]
	if !pl.coaching || !pl.offered[g] {
		a.coach = coachNotOffered
	}
	if pl.wsOffered[g] {
		a.wsClaimant = a.draw(drawSupplement) < p.Interventions.WageSupplement.Uptake
	}
	a.transition = pl.rules.TransitionPayment(x.MonthlyWage, x.TenureYears)
	a.entitlement = int32(WWEntitlement(x.HistoryYears, p.Economy.PriceYear))
}

// draw returns the agent's uniform for purpose in its current month.
func (a *agent) draw(purpose uint64) float64 {
	return uniform(mix(a.stream ^ (uint64(a.t)<<8|purpose)*0x9e3779b97f4a7c15))
}

// step advances agent a by one month: books the month's flows for the state
// it is in, then draws what happens. It allocates nothing.
func step(pl *plan, a *agent, tl *tally, activeHours *float64) {
	p := pl.p
	t := int(a.t)
	acc := tl.acc[t*tl.bases : (t+1)*tl.bases]
	tl.occ[t*NumStates+int(a.state)]++
	if a.state == Inactive {
		return
	}
	if a.t >= a.pensionT {
		endCoaching(a, activeHours)
		a.setState(Inactive)
		return
	}

	// Coaching: offer, wait for capacity, deliver.
	if a.coach == coachNone && (p.Interventions.Coaching.Start == "notice" || a.state.Unemployed()) {
		if a.draw(drawUptake) < p.Interventions.Coaching.Uptake {
			a.coach = coachWaiting
		} else {
			a.coach = coachDeclined
		}
	}
	if a.coach == coachWaiting && (a.state == Notice || a.state.Unemployed()) &&
		*activeHours+a.coachHours <= pl.capacity+1e-9 {
		startCoaching(pl, a, tl, acc, activeHours)
	}
	if a.coach == coachActive {
		cost := a.coachHours * pl.coachCost
		acc[baseCoaching] += cost
		tl.interventionCost += cost
		if a.state == Notice {
			acc[baseLostProduction] += a.coachHours * p.Interventions.Coaching.WorkingTimeShare * a.labourHour
		}
	}

	// The month's income.
	switch a.state {
	case Notice:
		acc[baseOldWage] += a.wage
		acc[baseOldPremium] += a.wage * a.premium
		acc[baseOldProduction] += a.wage * (1 + p.Economy.EmployerCharges + a.premium) * p.Economy.NoticeProductivity
	case Retained:
		acc[baseOldWage] += a.wage
		acc[baseOldPremium] += a.wage * a.premium
		acc[baseOldProduction] += a.wage * (1 + p.Economy.EmployerCharges + a.premium)
	case Employed:
		acc[baseNewWage] += a.newWage
		acc[baseNewPremium] += a.newWage * a.premium
		if a.supplement > 0 {
			top := p.Interventions.WageSupplement.Share * max(0, a.wage-a.newWage)
			acc[baseWageSupplement] += top
			tl.transferCost += top
			a.supplement--
			a.suppPaid++
		}
		if a.partialWW && !payWW(a, acc, a.newWage) {
			a.partialWW = false
		}
	case Training:
		if a.program == programFund {
			trainingMonth(p, a, tl, acc)
		}
		if a.program == programSelf || p.Interventions.Training.Income == "ww" {
			payWW(a, acc, 0)
		}
		a.monthsTrain++
	case WW:
		payWW(a, acc, 0)
	case Bijstand:
		acc[baseBijstand] += a.bijstand
	}
	if a.state.Unemployed() {
		acc[baseUnemployed]++
		a.outMonths++
		a.monthsOut++
	}
	if a.coach == coachWaiting {
		tl.waitMonths++
	}

	// Competing risks. Each hazard is monthly; the chance that anything
	// happens is 1 − exp(−Σλ), and which event, in proportion to λ.
	h := &p.Hazards
	var job, retain, leave, educate, separate, quit float64
	leave = h.Inactivity
	tr := &p.Interventions.Training
	searchHR := 1.0
	if a.wsClaimant && !a.wsUsed {
		searchHR = pl.searchHR
	}
	switch a.state {
	case Notice:
		job = h.JobFinding * h.NoticeSearch * a.hrBase * searchHR
		retain = h.Retention
		educate = h.Education
	case Employed:
		separate = h.Separation
		if a.trained {
			separate *= tr.SeparationHR
		}
	case Training:
		if a.program == programFund {
			job = h.JobFinding * a.hrBase * tr.LockIn
			// Dropout as a hazard: −ln(1 − p) gives probability p a month.
			quit = -math.Log1p(-min(tr.Dropout, 1-1e-12))
		}
	case WW, Bijstand, NoBenefit:
		job = h.JobFinding * a.hrBase * pl.decay[min(int(a.outMonths), pl.horizon)] * searchHR
		if a.educated {
			job *= h.AfterEducationHR
		}
		if a.trained {
			job *= tr.JobFindingHR
		}
		if a.tpSpender {
			job *= p.Interventions.TransitionPayment.JobFindingHR
		}
		educate = h.Education
	}
	if a.coach == coachActive {
		job *= a.hrCoach
	}
	total := job + retain + leave + educate + separate + quit
	u := a.draw(drawEvent)
	// 1 − exp(−L) ≤ L, so u ≥ L means no event without computing exp.
	if u < total {
		if pAny := -math.Expm1(-total); u < pAny {
			x := u / pAny * total
			switch {
			case x < job:
				startJob(pl, a, tl, acc)
			case x < job+retain:
				endCoaching(a, activeHours)
				a.setState(Retained)
			case x < job+retain+leave:
				endCoaching(a, activeHours)
				a.setState(Inactive)
			case x < job+retain+leave+educate:
				pauseCoaching(a, activeHours)
				if a.state == Notice {
					dismiss(pl, a, acc)
				}
				a.program = programSelf
				a.setState(Training)
			case x < job+retain+leave+educate+separate:
				loseJob(a)
			default: // quit training
				a.program = 0
				a.becomeUnemployed()
			}
			coachingMonth(p, a, activeHours)
			return
		}
	}

	// No event: clocks run.
	a.stateMonths++
	switch a.state {
	case Notice:
		a.noticeLeft--
		if a.noticeLeft <= 0 {
			dismiss(pl, a, acc)
			enterSearch(pl, a, tl, acc)
		}
	case Training:
		switch {
		case a.program == programSelf && float64(a.stateMonths) >= p.Jobs.EducationMonths:
			a.educated = true
			a.program = 0
			a.becomeUnemployed()
		case a.program == programFund && float64(a.stateMonths) >= tr.Months:
			a.trained = true
			a.program = 0
			a.becomeUnemployed()
		}
	case WW:
		if a.wwLeft <= 0 {
			a.becomeUnemployed()
		}
	}
	coachingMonth(p, a, activeHours)
}

// coachingMonth counts a month of coaching, ending it at its maximum, on
// dropout, or when the person no longer searches; a wait for a case
// manager ends too when the person no longer searches (found work).
// Training pauses coaching (the case manager's hours are freed); when the
// training ends without a job the person queues for a case manager again.
func coachingMonth(p *Params, a *agent, activeHours *float64) {
	searching := a.state == Notice || a.state.Unemployed()
	switch {
	case a.state == Training:
		pauseCoaching(a, activeHours)
		return
	case a.coach == coachPaused && searching:
		a.coach = coachWaiting
		return
	case a.coach == coachWaiting && !searching, a.coach == coachPaused:
		endCoaching(a, activeHours)
	}
	if a.coach != coachActive {
		return
	}
	a.coachMonths++
	c := &p.Interventions.Coaching
	switch {
	case !searching || float64(a.coachMonths) >= c.MaxMonths:
		endCoaching(a, activeHours)
	case a.draw(drawDropout) < c.Dropout:
		endCoaching(a, activeHours)
		a.coach = coachDropped
	}
}

func startCoaching(pl *plan, a *agent, tl *tally, acc []float64, activeHours *float64) {
	a.coach = coachActive
	*activeHours += a.coachHours
	join(a, tl)
	if a.serviced {
		return // resumed after training: the referrals were made at the start
	}
	a.serviced = true
	for k := range pl.p.Interventions.Services {
		s := &pl.p.Interventions.Services[k]
		if a.draw(drawService+uint64(k)) < s.Uptake {
			acc[numFixedBases+k] += s.UnitCost
			tl.interventionCost += s.UnitCost
			a.hrCoach *= s.JobFindingHR
		}
	}
}

// endCoaching ends coaching, or a wait for it, when a person leaves the
// search or the coaching ends.
func endCoaching(a *agent, activeHours *float64) {
	switch a.coach {
	case coachActive:
		*activeHours -= a.coachHours
		a.coach = coachEnded
	case coachWaiting, coachPaused:
		a.coach = coachEnded
	}
}

// payWW pays a month of WW while the entitlement lasts, less what earnings
// of a new job offset (WWBenefit); it reports whether WW was paid.
func payWW(a *agent, acc []float64, earnings float64) bool {
	if a.wwLeft <= 0 {
		return false
	}
	acc[baseWW] += WWBenefit(int(a.wwMonth), a.wwWage, earnings)
	a.wwMonth++
	a.wwLeft--
	a.wwPaid++
	return true
}

// pauseCoaching pauses coaching, or a wait for it, while a person trains:
// the case manager's hours are freed for others.
func pauseCoaching(a *agent, activeHours *float64) {
	switch a.coach {
	case coachActive:
		*activeHours -= a.coachHours
		a.coach = coachPaused
	case coachWaiting:
		a.coach = coachPaused
	}
}

// dismiss ends the contract with the releasing employer: the transition
// payment falls due and WW entitlement is set.
func dismiss(pl *plan, a *agent, acc []float64) {
	acc[baseTransition] += a.transition
	a.wwLeft = a.entitlement
	a.wwMonth = 0
}

// becomeUnemployed moves a person out of work to WW while entitlement
// lasts, then to bijstand when the household is eligible, else to no benefit.
func (a *agent) becomeUnemployed() {
	switch {
	case a.wwLeft > 0:
		a.setState(WW)
	case a.bijstand > 0:
		a.setState(Bijstand)
	default:
		a.setState(NoBenefit)
	}
}

func (a *agent) setState(s State) {
	a.state = s
	a.stateMonths = 0
}

// startJob places the person in a new job with a drawn wage ratio.
func startJob(pl *plan, a *agent, tl *tally, acc []float64) {
	j := &pl.p.Jobs
	fromNotice := a.state == Notice
	if fromNotice {
		dismiss(pl, a, acc)
	}
	iv := &pl.p.Interventions
	ratio := j.WageRatio - j.WageRatioDecay*float64(a.outMonths)
	if a.coach == coachActive {
		ratio += iv.Coaching.WageRatioEffect
	}
	if a.trained {
		ratio += iv.Training.WageRatioEffect
	}
	claims := a.wsClaimant && !a.wsUsed
	if claims {
		ratio += iv.WageSupplement.WageRatioEffect
	}
	ratio += j.WageRatioSD * distuv.UnitNormal.Quantile(a.draw(drawWage))
	ratio = min(max(ratio, j.WageRatioMin), j.WageRatioMax)
	a.newWage = a.wage * ratio
	a.schooling = a.draw(drawSchooling) < j.SchoolingShare
	sector := j.SectorChangeShare
	if a.trained {
		sector = iv.Training.SectorSwitch
	}
	a.sectorNew = a.draw(drawSector) < sector
	// WW continues beside a lower-paid job for those who were on it, unless
	// a wage supplement takes its place.
	a.partialWW = !fromNotice && a.wwLeft > 0 && a.newWage <= 0.875*a.wwWage
	a.supplement = 0
	if claims && a.newWage < a.wage {
		// Granted once per person: a later job after a separation gets none.
		a.supplement = int32(math.Round(iv.WageSupplement.Months))
		a.wsUsed = true
		a.partialWW = false
		join(a, tl)
	}
	a.program = 0
	tl.wageRatioSum += ratio
	tl.jobStarts++
	if a.sectorNew {
		tl.sectorChanges++
	}
	a.outMonths = 0
	a.setState(Employed)
}

// loseJob ends a new job; the person is out of work again.
func loseJob(a *agent) {
	a.partialWW = false
	a.schooling = false
	a.becomeUnemployed()
}

// join counts a person as a participant the first time they take part in
// an intervention.
func join(a *agent, tl *tally) {
	if !a.joined {
		a.joined = true
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
		spend = tp.SpendShare * a.transition
	}
	uptake := tr.Uptake
	if a.old {
		uptake = tr.Uptake55
	}
	if pl.trainOffered[a.triage] && a.draw(drawTrainUptake) < uptake {
		a.program = programFund
		a.trainee = true
		a.tpEarmark = spend
		a.stapLeft = tr.STAPBudget
		join(a, tl)
		a.setState(Training)
		return
	}
	if spend > 0 {
		acc[baseOutplacement] += spend
		tl.interventionCost += spend
		a.tpSpender = true
		join(a, tl)
	}
	a.becomeUnemployed()
}

// trainingMonth books a month of fund training: tuition, paid from the
// earmarked transition payment first, then the STAP budget, then the fund;
// and the fund's income for the trainee.
func trainingMonth(p *Params, a *agent, tl *tally, acc []float64) {
	tr := &p.Interventions.Training
	tuition := tr.Tuition / tr.Months
	fromTP := min(tuition, a.tpEarmark)
	a.tpEarmark -= fromTP
	fromSTAP := min(tuition-fromTP, a.stapLeft)
	a.stapLeft -= fromSTAP
	acc[baseTuitionWorker] += fromTP
	acc[baseTuitionTreasury] += fromSTAP
	acc[baseTuitionFund] += tuition - fromTP - fromSTAP
	tl.interventionCost += tuition
	if tr.Income == "fund" {
		income := tr.IncomeShare * a.wage
		acc[baseTrainingIncome] += income
		tl.transferCost += income
	}
}

// countCategories adds the pilot's outcome categories of everyone who has
// been told of the redundancy by calendar month m to tl.observed.
func countCategories(agents []agent, m int, tl *tally) {
	for i := range agents {
		if a := &agents[i]; int(a.entry) <= m {
			tl.observed[categoryOf(a)]++
		}
	}
}

// categoryOf maps an agent to the pilot's categories: those who stayed,
// left the labour force, declined or dropped out of coaching count as
// stopped, as in the report's "gestopt, niet gestart of gebleven".
func categoryOf(a *agent) Category {
	switch {
	case a.state == Retained || a.state == Inactive:
		return CategoryStopped
	case a.state == Employed && a.schooling:
		return CategoryWorkAndSchooling
	case a.state == Employed:
		return CategoryNewJob
	case a.state == Training:
		return CategoryEducation
	case a.coach == coachDeclined || a.coach == coachDropped:
		return CategoryStopped
	}
	return CategorySearching
}
