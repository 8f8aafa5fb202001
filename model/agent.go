package model

// This file holds the agent: a person's state during one simulation, laid
// out so that what the month's step reads every month sits together at the
// front, apart from what only events read.

// coachStatus is where a person stands with coaching.
type coachStatus uint8

// Coaching statuses. The first four are settled: coaching bookkeeping
// skips them.
const (
	coachNotOffered coachStatus = iota // no coaching in the scenario, or not for this triage group
	coachDeclined                      // offered, did not take part
	coachEnded                         // coaching over: placed, left the search, or maximum reached
	coachDropped                       // stopped coaching while still searching
	coachPending                       // to be offered when the scenario's start comes
	coachWaiting                       // takes part, waits for capacity
	coachActive                        // being coached
	coachPaused                        // coached or waiting, now in training; resumes after it
)

// open reports whether coaching still needs the month's bookkeeping: an
// offer to make, a wait, coaching given, or a pause to end.
func (c coachStatus) open() bool { return c >= coachPending }

// involved reports whether a person waits for, is in, or paused coaching.
func (c coachStatus) involved() bool { return c >= coachWaiting }

// program is what a person's current training is.
type program uint8

// Training programmes.
const (
	programNone program = iota
	programSelf         // self-started education (hazards.education)
	programFund         // retraining paid from the transition fund
)

// drawSupplement is the purpose of the draw that decides whether an
// eligible person would claim the wage supplement (see rng.go for the others).
const drawSupplement uint64 = 48

// The competing events of a month, in the order the event draw tests them.
const (
	eventJob = iota
	eventRetain
	eventLeave
	eventEducate
	eventSeparate
	eventQuit
	numEvents
)

// risks are the monthly hazards of the competing events.
type risks [numEvents]float64

// clocks are an agent's counters in months.
type clocks struct {
	t          int32 // since the announcement
	entry      int32 // calendar month of the announcement
	pensionAt  int32 // t at which AOW age is reached
	inState    int32 // in the current state
	outOfWork  int32 // out of work in the current spell (duration dependence, wage decay)
	noticeLeft int32 // of the notice period
	wwLeft     int32 // of WW entitlement
	wwMonth    int32 // WW benefit months drawn, for the 75% / 70% rate
	newYear    int32 // t at which the next calendar year begins
	// flowsFrom is the first month of the state's current flows.
	flowsFrom int32
}

// maxFlows is the most flows a state brings every month: a job's wage,
// premiums to UWV, Zvw levy, childcare surcharge, production, tax,
// zorgtoeslag and the leisure given up.
const maxFlows = 8

// stateMonth is what a month in the current state brings, set by enter
// when the person enters it: the hazards before duration dependence and
// coaching, and what the month's step has to do. The flows that are the
// same every month of the calendar year are apart, in fixedFlows.
type stateMonth struct {
	// job is the job-finding hazard before duration dependence and
	// coaching; other, the hazard of event otherEvent: education,
	// separation from a new job or quitting training (a state has at most
	// one of them). Leaving the labour force is the same in every state
	// (Hazards.Inactivity); the redundancy is withdrawn only under notice
	// (Hazards.Retention).
	job, other float64
	otherEvent uint8
	// jobHR indexes plan.jobHR: the hazard ratios on job finding that
	// apply out of work after duration dependence.
	jobHR uint8
	// unemployed: out of work, so the job hazard falls with the spell
	// (plan.decay) and the months count; varies: the month's income
	// varies (WW, a top-up beside a new job, training) and income works
	// it out; clocked: runClocks has a clock to run (notice, training, WW).
	unemployed, varies, clocked bool
}

// fixedFlows are the flows the current state brings every month of the
// calendar year, set by setMonth: flow[k] is added to base base[k], for
// k < n.
type fixedFlows struct {
	flow [maxFlows]float64
	base [maxFlows]uint8
	n    uint8
}

// add sets the next flow of the month; a zero flow takes no slot. A state
// sets at most maxFlows flows, each to a base of flowBases
// (TestFixedFlowsGoToFlowBases).
func (m *fixedFlows) add(base int, amount float64) {
	if amount == 0 {
		return
	}
	if int(m.n) == maxFlows {
		panic("model: more than maxFlows flows in a state")
	}
	m.base[m.n], m.flow[m.n] = uint8(base), amount
	m.n++
}

// totals are a person's months over the simulation, as PersonOutcome
// reports them.
type totals struct {
	unemployed int32 // on WW, bijstand or without benefit
	training   int32 // in training, fund or self-started
	ww         int32 // in which WW was paid, in any state
	coached    int32 // with a case manager
	supplement int32 // of wage supplement paid
}

// agent is a person's state during a simulation: the fields a month reads
// and writes, in two cache lines (128 bytes, a test keeps it so), so that
// the calendar-month sweep over a large cohort touches little memory; and,
// through coldAgent, kept apart in memory, what events, a new calendar
// year and WW read and change.
type agent struct {
	state   State
	coach   coachStatus
	program program
	// booked says whether month t's flows have been counted (income ran).
	booked bool
	clocks
	totals totals
	month  stateMonth
	stream uint64
	// yr are the rules of the current calendar year.
	yr       *yearRules
	coaching coaching
	*coldAgent
}

// coldAgent is the part of an agent that events, a new calendar year and
// WW read and write.
type coldAgent struct {
	// ww, the months of full WW at the two rates (agent.fullWW), and the
	// new job come first: the sweep prefetches them (sweep.month).
	ww    wwCache
	job   newJob
	fixed fixedFlows
	facts facts
	history
	tuition tuition
	oldJob  oldJob
}

// wwCache holds the months of full WW at 75% and at 70% (index 0 and 1)
// under the rules of year[k]: worked out when the year changes (fullWW),
// reset at the announcement.
type wwCache struct {
	year [2]*yearRules
	full [2]benefitMonth
}

// facts are a person's constants for the simulation, set at the
// announcement.
type facts struct {
	wage   float64 // old gross monthly wage
	wwWage float64 // WW month wage
	// wwWageStatutory is the WW month wage by the statutory rules,
	// without rules.<year> overrides, for the value of leisure.
	wwWageStatutory float64
	hoursMonth      float64 // contract hours per month
	labourHour      float64 // production of a contract hour under notice
	hrBase          float64 // hazard ratio on job finding from characteristics
	// coachingDose is the share of the face-to-face reference effect the
	// case manager's hours and mode give (plan.dose): it scales what the
	// case manager brings beside the hazard, the wage effect and the
	// recruitment saved.
	coachingDose  float64
	transition    float64 // transition payment due on dismissal
	transitionTax float64 // the tax on it at the special-payment rate
	// wwPart are the flows of partial WW beside earnings wwPartEarn
	// under the rules wwPartYear; pay is the last taxable payment
	// (payCache). payWW and agent.payment work them out when the year or
	// the amounts change; they are reset at the announcement.
	wwPart      [2]benefitMonth
	wwPartYear  [2]*yearRules
	wwPartEarn  [2]float64
	pay         payCache
	entitlement int32 // WW months on dismissal
	triage      int32 // 1–3
	household   HouseholdType
	flex        bool // flexible contract (high WW premium)
	ioaw        bool // falls under the IOAW after the WW
	old         bool // 55 or over at the announcement
	// countsOnly: no money is worked out (Config.CountsOnly), so WW and
	// taxable payments book zeros.
	countsOnly bool
}

// coaching is what coaching does for a person.
type coaching struct {
	hours float64 // case-manager hours per month while coached
	hr    float64 // hazard ratio on job finding while coached, services included
}

// newJob is the current job with a receiving employer.
type newJob struct {
	wage        float64
	schooling   bool // combines work and schooling
	otherSector bool // outside the old sector
	partialWW   bool // WW continues beside it
	// supplementLeft counts the months of wage supplement still to pay.
	supplementLeft int32
}

// history records what a person did that changes later hazards and
// choices.
type history struct {
	educated           bool // finished self-started education
	trained            bool // completed fund training
	spentTransition    bool // spent part of the transition payment on outplacement or courses
	supplementClaimant bool // eligible for the wage supplement and would claim it
	supplementGranted  bool // the supplement was granted (once per person)
	participant        bool // took part in an intervention
	trainee            bool // started fund training
	servicesBought     bool // coaching started once: services bought
	waited             bool // waited a month or more for a case manager
}

// tuition is what is left, during fund training, of the budgets that pay
// tuition before the fund does.
type tuition struct {
	earmarked float64 // of the transition payment, set aside for it
	stap      float64 // of the STAP budget
}

// draw returns the agent's uniform for purpose in its current month.
func (a *agent) draw(purpose uint64) float64 { return drawAt(a.stream, a.t, purpose) }

// drawAt returns the uniform for purpose in month t of the agent with
// random stream stream.
func drawAt(stream uint64, t int32, purpose uint64) float64 {
	return uniform(mix(stream ^ (uint64(t)<<8|purpose)*0x9e3779b97f4a7c15))
}

// initAgent sets up the agent of person x at the announcement.
func initAgent(a *agent, cold *coldAgent, x *Person, pl *plan, iterKey uint64, i int) {
	p := pl.p
	*cold = coldAgent{}
	*a = agent{
		coach:     coachPending,
		clocks:    clocks{entry: int32(x.EntryMonth), noticeLeft: int32(x.NoticeMonths)},
		stream:    key(iterKey^0x6167656e74, uint64(i)),
		coldAgent: cold,
	}
	f := &a.facts
	f.wage, f.household, f.flex = x.MonthlyWage, x.Household, x.Flex
	f.hoursMonth = x.ContractHours * 52 / 12
	f.hrBase = hazardRatio(&p.Hazards, x)
	f.old = x.Age >= 55
	f.countsOnly = pl.tally.countsOnly
	low := 0
	if x.DigitalLow {
		low = 1
	}
	g := min(max(x.Triage, 1), 3)
	f.triage = int32(g)
	a.coaching.hours = pl.hours[g][low]
	a.coaching.hr = pl.hr[g][low]
	f.coachingDose = pl.dose[g][low]
	if !pl.coaching || !pl.offered[g] {
		a.coach = coachNotOffered
	}
	if pl.wsOffered[g] {
		a.history.supplementClaimant = a.draw(drawSupplement) < p.Interventions.WageSupplement.Uptake
	}
	a.calendarFacts(pl, x)
	a.enter(pl, Notice)
}

// hazardRatio is the hazard ratio on job finding of a person's
// characteristics.
func hazardRatio(h *Hazards, x *Person) float64 {
	hr := 1.0
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
	return hr
}

// enter moves the agent into state s and sets what its months there bring.
// Everything the month depends on (program, history, the new job) must be
// set before.
func (a *agent) enter(pl *plan, s State) {
	a.state = s
	a.inState = 0
	m := &a.month
	*m = stateMonth{otherEvent: eventEducate} // setMonth closes the old state's flows and sets the new
	h := &pl.p.Hazards
	f := &a.facts
	switch s {
	case Notice:
		m.job = h.JobFinding * h.NoticeSearch * f.hrBase * a.searchHR(pl)
		m.other = h.Education
		m.clocked = true
	case Employed:
		m.varies = a.job.supplementLeft > 0 || a.job.partialWW
		m.otherEvent, m.other = eventSeparate, h.Separation
		if a.history.trained {
			m.other *= pl.p.Interventions.Training.SeparationHR
		}
	case Training:
		if a.program == programFund {
			m.job = h.JobFinding * f.hrBase * pl.p.Interventions.Training.LockIn
			m.otherEvent, m.other = eventQuit, pl.trainingQuit
		}
		m.varies, m.clocked = true, true
	case WW, Bijstand, NoBenefit:
		m.job = h.JobFinding * f.hrBase
		m.other = h.Education
		m.unemployed = true
		m.jobHR = a.jobHRSet()
		m.varies, m.clocked = s == WW, s == WW
	}
	a.setMonth(pl)
}

// jobHRSet indexes plan.jobHR: which hazard ratios on job finding apply
// after duration dependence to a person out of work.
func (a *agent) jobHRSet() uint8 {
	var set uint8
	if a.history.supplementClaimant && !a.history.supplementGranted {
		set |= hrSupplement
	}
	if a.history.educated {
		set |= hrEducated
	}
	if a.history.trained {
		set |= hrTrained
	}
	if a.history.spentTransition {
		set |= hrSpentTransition
	}
	return set
}

// searchHR is the wage supplement's hazard ratio on job finding for a
// claimant who has not had it yet, else 1.
func (a *agent) searchHR(pl *plan) float64 {
	if a.history.supplementClaimant && !a.history.supplementGranted {
		return pl.searchHR
	}
	return 1
}

// risks returns the month's hazards with job-finding hazard job.
func (a *agent) risks(pl *plan, job float64) risks {
	var r risks
	r[eventJob] = job
	if a.state == Notice {
		r[eventRetain] = pl.retain
	}
	r[eventLeave] = pl.leave
	r[a.month.otherEvent] = a.month.other
	return r
}

// becomeUnemployed moves a person out of work to WW while entitlement
// lasts, then to bijstand when the household is eligible, else to no benefit.
func (a *agent) becomeUnemployed(pl *plan) {
	switch {
	case a.wwLeft > 0:
		a.enter(pl, WW)
	case bijstandHousehold(a.facts.household):
		a.enter(pl, Bijstand)
	default:
		a.enter(pl, NoBenefit)
	}
}
