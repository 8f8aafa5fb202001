package model

import "math"

// This file derives the plan: what one scenario needs in one iteration,
// from its Params, with every string of the scenario language that the
// simulation branches on resolved once into a typed constant.

// coachMode is how coaching is given.
type coachMode uint8

// Coaching modes (interventions.coaching.mode).
const (
	faceToFace coachMode = iota
	digital              // every triage group
	hybrid               // digital for triage 1–2, face to face for 3
)

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
	// hours and hazard ratios of coaching by triage group (index 1–3) and
	// digital skills (0 high, 1 low).
	hours   [4][2]float64
	hr      [4][2]float64
	offered [4]bool
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
		pl.wsOffered = triageSet(ws.Triage)
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

// triageSet marks the triage groups 1–3 in groups.
func triageSet(groups []int) [4]bool {
	var set [4]bool
	for _, g := range groups {
		if g >= 1 && g <= 3 {
			set[g] = true
		}
	}
	return set
}

// planCoaching sets coaching's capacity, cost, and hours and hazard ratio
// by triage group and digital skills.
func (pl *plan) planCoaching(c *Coaching) {
	pl.coaching = c.Enabled
	pl.coachFromNotice = c.Start == "notice"
	pl.capacity = c.CaseManagerFTE * c.HoursPerFTE
	pl.coachCost = c.HourlyCost * c.PaidHoursPerFTE / c.HoursPerFTE
	pl.byCapacity = c.CostBasis == "capacity"
	pl.monthlyCost = c.CaseManagerFTE * c.PaidHoursPerFTE * c.HourlyCost
	pl.offered = triageSet(c.Triage)
	mode := faceToFace
	switch c.Mode {
	case "digital":
		mode = digital
	case "hybrid":
		mode = hybrid
	}
	f2fHours := [4]float64{0, c.Hours.Group1, c.Hours.Group2, c.Hours.Group3}
	refHours := [4]float64{0, c.ReferenceHours.Group1, c.ReferenceHours.Group2, c.ReferenceHours.Group3}
	logHR := math.Log(c.JobFindingHR)
	for g := 1; g <= 3; g++ {
		isDigital := mode == digital || (mode == hybrid && g < 3)
		for low := range 2 {
			h, share := f2fHours[g], 1.0
			if isDigital {
				h *= c.DigitalHoursFactor
				share = c.DigitalEffect
				if low == 1 {
					share = c.DigitalEffectLowSkill
				}
			}
			pl.hours[g][low] = h
			pl.hr[g][low] = math.Exp(share * logHR * dose(h, refHours[g], logHR, c.DoseElasticity))
		}
	}
}

// dose is the share of the log hazard ratio of coaching at the reference
// dose ref that h hours a month give: (h / ref)^θ with θ = elasticity /
// |logHR|, so that elasticity is the elasticity of the job-finding hazard
// with respect to hours at the reference dose. No hours give no effect; a
// reference of zero hours, or no effect to scale, gives the full effect.
func dose(h, ref, logHR, elasticity float64) float64 {
	switch {
	case h <= 0:
		return 0
	case ref <= 0 || logHR == 0:
		return 1
	}
	return math.Pow(h/ref, elasticity/math.Abs(logHR))
}

// planTraining sets who is offered fund training, what trainees live on,
// the dropout hazard and the levy.
func (pl *plan) planTraining(tr *Retraining) {
	pl.trainOffered = [4]bool{}
	if tr.Enabled {
		pl.trainOffered = triageSet(tr.Triage)
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
