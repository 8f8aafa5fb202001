package model

import "math"

// This file derives the plan: what one scenario needs in one iteration,
// from its Params, with every string of the scenario language that the
// simulation branches on resolved once into a typed constant.

// traineeIncome is what trainees live on (interventions.training.income).
type traineeIncome uint8

// Trainees' income.
const (
	incomeNone traineeIncome = iota
	incomeWW                 // WW continues while entitled
	incomeFund               // the fund pays a share of the old wage
)

// plan is what one scenario needs in one iteration, derived from its Params.
type plan struct {
	p       *Params
	cal     *calendar // the Dutch rules of each calendar year, shared, read only
	horizon int
	// tally is the tally being simulated into (set by simulate), where
	// agents book the fixed flows of their states (agent.closeFlows).
	tally *tally
	// euros converts the scenario's euros into those the results are in
	// (Config.PriceYear).
	euros float64
	disc  []float64 // discount factor per month since announcement
	decay []float64 // duration dependence g(d)
	// leave is the hazard of leaving the labour force, the same in every
	// state; retain that of the redundancy being withdrawn, under notice.
	leave, retain float64
	coaching      bool
	// coachFromNotice: coaching is offered from the announcement, not from
	// unemployment.
	coachFromNotice bool
	capacity        float64 // case-manager client hours per calendar month
	// coachCost is the cost of a client hour: the paid time behind it.
	coachCost float64
	// byCapacity: case managers are charged for every month the service
	// is open (cost_basis capacity), monthlyCost a month, instead of per
	// client hour.
	byCapacity  bool
	monthlyCost float64
	// serviceMonths is how long the service runs from its first offer, in
	// calendar months; 0: as long as anyone is waiting or coached.
	serviceMonths int
	// hours and hazard ratios of coaching by triage group (index 1–3) and
	// digital skills (0 high, 1 low).
	hours   [4][2]float64
	hr      [4][2]float64
	dose    [4][2]float64 // share of the reference effect: digital share × dose(hours)
	offered [4]bool
	// sat remembers the last saturation worked out: the six doses of a
	// plan share it, and plans often repeat it from iteration to iteration.
	sat saturations
	// training offered by triage group, what trainees live on, and the
	// monthly hazard of dropping out.
	trainOffered [4]bool
	income       traineeIncome
	trainingQuit float64
	// searchHR is the hazard ratio of the wage supplement on job finding
	// (1 without one); wsOffered: the supplement by triage group.
	searchHR  float64
	wsOffered [4]bool
	// jobHR are the hazard ratios on job finding out of work, after
	// duration dependence, by the set of those that apply (agent.jobHRSet):
	// the wage supplement's, after education, after training, and of
	// spending the transition payment, in that order; 1 where one does not
	// apply.
	jobHR [16][4]float64
	// levy: how the fund passes its spending on (see book).
	levy levy
}

func newPlan(pl *plan, p *Params, cal *calendar, euros float64, horizon int) {
	pl.p, pl.cal, pl.euros, pl.horizon = p, cal, euros, horizon
	pl.leave, pl.retain = p.Hazards.Inactivity, p.Hazards.Retention
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
	pl.planCoaching(&p.Interventions.Coaching)
	pl.planTraining(&p.Interventions.Training)
	pl.searchHR = 1
	pl.wsOffered = [4]bool{}
	if ws := &p.Interventions.WageSupplement; ws.Enabled {
		pl.searchHR = ws.JobFindingHR
		pl.wsOffered = TriageSet(ws.Triage)
	}
	ratios := [4]float64{pl.searchHR, p.Hazards.AfterEducationHR, p.Interventions.Training.JobFindingHR, p.Interventions.TransitionPayment.JobFindingHR}
	for set := range pl.jobHR {
		for k, hr := range ratios {
			pl.jobHR[set][k] = 1
			if set&(1<<k) != 0 {
				pl.jobHR[set][k] = hr
			}
		}
	}
}

// Bits of a set of hazard ratios on job finding out of work (plan.jobHR).
const (
	hrSupplement uint8 = 1 << iota
	hrEducated
	hrTrained
	hrSpentTransition
)

// planCoaching sets coaching's capacity, cost, and hours and hazard ratio
// by triage group and digital skills.
func (pl *plan) planCoaching(c *Coaching) {
	pl.coaching = c.Enabled
	pl.coachFromNotice = c.Start == "notice"
	pl.capacity = c.CaseManagerFTE * c.HoursPerFTE
	pl.coachCost = c.HourlyCost * c.PaidHoursPerFTE / c.HoursPerFTE
	pl.byCapacity = c.CostBasis == "capacity"
	pl.monthlyCost = c.CaseManagerFTE * c.PaidHoursPerFTE * c.HourlyCost
	pl.serviceMonths = c.ServiceMonths
	pl.offered = TriageSet(c.Triage)
	logHR := math.Log(c.JobFindingHR)
	for g := 1; g <= 3; g++ {
		for low := range 2 {
			h, share := c.Hours.Of(g), 1.0
			if c.DigitalFor(g) {
				h *= c.DigitalHoursFactor
				share = c.DigitalEffect
				if low == 1 {
					share = c.DigitalEffectLowSkill
				}
			}
			pl.hours[g][low] = h
			pl.dose[g][low] = share * pl.sat.dose(h, c.ReferenceHours.Of(g), logHR, c.DoseElasticity)
			pl.hr[g][low] = math.Exp(pl.dose[g][low] * logHR)
		}
	}
}

// dose is the share of the log hazard ratio of coaching at the reference
// dose ref that h hours a month give. The response saturates:
//
//	share(h) = (1 − e^(−k·h/ref)) / (1 − e^(−k)),
//
// 0 without hours, about in proportion to the hours at small doses, 1 at
// the reference dose and rising ever more slowly beyond it. k is set so
// that elasticity is the elasticity of the job-finding hazard with respect
// to the hours at the reference dose: |logHR| · k / (e^k − 1)
// (saturation). An elasticity of |logHR| or more makes the response
// linear, share(h) = h/ref, whose elasticity |logHR| is the most a response
// without increasing returns has: a larger one would need a convex
// response, which grows exponentially beyond the reference when the
// effect is small (job_finding_hr near 1), and which no source supports.
// The share is therefore never above max(1, h/ref). A reference of zero
// hours, no effect to scale, or an elasticity of 0 gives the full effect
// to any hours.
func dose(h, ref, logHR, elasticity float64) float64 {
	var s saturations
	return s.dose(h, ref, logHR, elasticity)
}

// saturations remembers the saturation of the last r asked for, bit for
// bit the number saturation returns.
type saturations struct {
	r, k  float64
	known bool
}

// of returns saturation(r).
func (s *saturations) of(r float64) float64 {
	if !s.known || math.Float64bits(s.r) != math.Float64bits(r) {
		*s = saturations{r: r, k: saturation(r), known: true}
	}
	return s.k
}

// dose is dose, with the saturation remembered in s.
func (s *saturations) dose(h, ref, logHR, elasticity float64) float64 {
	switch {
	case h <= 0:
		return 0
	case ref <= 0 || logHR == 0 || elasticity <= 0:
		return 1
	}
	x, r := h/ref, elasticity/math.Abs(logHR)
	if r >= 1 {
		return x // linear: no increasing returns
	}
	k := s.of(r)
	return math.Expm1(-k*x) / math.Expm1(-k)
}

// saturation returns the k > 0 (r < 1), 0 (r = 1) or k < 0 (r > 1) with
// k / (e^k − 1) = r, for r > 0: Newton's method on the logarithm, kept
// inside a bracket by bisection. dose asks only for r < 1 (a response
// without increasing returns).
func saturation(r float64) float64 {
	if r == 1 {
		return 0
	}
	lo, hi := -r-1, 2-2*math.Log(min(r, 1))
	logR := math.Log(r)
	gap := func(k float64) float64 { // log(k / (e^k − 1)) − log r, decreasing in k
		if k == 0 {
			return -logR
		}
		return math.Log(k/math.Expm1(k)) - logR
	}
	k := -math.Log(r)
	for range 100 {
		g := gap(k)
		if g > 0 {
			lo = k
		} else {
			hi = k
		}
		slope := -0.5 - k/12 // the derivative near 0
		if math.Abs(k) > 1e-4 {
			slope = 1/k - 1 - 1/math.Expm1(k)
		}
		next := k - g/slope
		if !(next > lo && next < hi) {
			next = (lo + hi) / 2
		}
		if math.Abs(next-k) <= 1e-13*max(1, math.Abs(k)) {
			return next
		}
		k = next
	}
	return k
}

// planTraining sets who is offered fund training, what trainees live on,
// the dropout hazard and the levy.
func (pl *plan) planTraining(tr *Retraining) {
	pl.trainOffered = [4]bool{}
	if tr.Enabled {
		pl.trainOffered = TriageSet(tr.Triage)
	}
	switch tr.Income {
	case "ww":
		pl.income = incomeWW
	case "fund":
		pl.income = incomeFund
	default:
		pl.income = incomeNone
	}
	// Dropout as a hazard: −ln(1 − p) gives probability p a month.
	pl.trainingQuit = -math.Log1p(-min(tr.Dropout, 1-1e-12))
	pl.levy = newLevy(&tr.Levy)
}
