package model

import "math"

// This file charges case managers by capacity (interventions.coaching.
// cost_basis = "capacity") and measures how the capacity was used.

// caseload is what the case managers' client hours are taken up by in
// the current calendar month, against their capacity a month
// (case_manager_fte × hours_per_fte): the hours of those coached and of
// those who left coaching, or paused it for training, after being given
// the month's hours. A leaver's hours count for the month in which it
// leaves and are free from the next (newMonth), so that someone who takes
// them up in the same month does not add to hours already given.
type caseload struct {
	hours   float64 // client hours a month taken up this month
	leaving float64 // of them, those of persons who left this month
}

// room reports whether h more client hours a month fit in capacity this
// month.
func (c *caseload) room(h, capacity float64) bool { return c.hours+h <= capacity+1e-9 }

// take takes up h client hours a month, from this month on.
func (c *caseload) take(h float64) { c.hours += h }

// leave frees h client hours a month, given this month, from the next.
func (c *caseload) leave(h float64) { c.leaving += h }

// free frees h client hours a month at once: of a person who leaves
// before the month's hours are given (at AOW age, or as the service
// closes).
func (c *caseload) free(h float64) { c.hours -= h }

// newMonth starts a calendar month: the hours of those who left in the
// month before are free.
func (c *caseload) newMonth() {
	c.hours -= c.leaving
	c.leaving = 0
}

// serviceOpen records that coaching was offered, waited for or given in
// agent a's current calendar month.
func (tl *tally) serviceOpen(a *agent) {
	m := a.entry + a.t
	tl.firstOpen = min(tl.firstOpen, m)
	tl.lastOpen = max(tl.lastOpen, m)
}

// openMonths is the number of calendar months the coaching service was
// open: from the first offer for the service's months
// (interventions.coaching.service_months), or, without them, through the
// last month anyone waited for or was given coaching.
func (tl *tally) openMonths(pl *plan) int {
	switch {
	case tl.firstOpen > tl.lastOpen:
		return 0
	case pl.serviceMonths > 0:
		return pl.serviceMonths
	}
	return int(tl.lastOpen-tl.firstOpen) + 1
}

// closesAt reports whether the service closes at the start of calendar
// month m: its months are over since its first offer.
func (pl *plan) closesAt(tl *tally, m int) bool {
	return pl.serviceMonths > 0 && tl.firstOpen <= tl.lastOpen && m == int(tl.firstOpen)+pl.serviceMonths
}

// closeService closes the coaching service: nobody is offered, waits for
// or is given coaching any more. Those still searching go on as in the
// baseline, with the hazards of the state they are in.
func closeService(agents []agent, load *caseload) {
	for i := range agents {
		a := &agents[i]
		switch a.coach {
		case coachPending:
			a.coach = coachNotOffered
		case coachWaiting, coachActive, coachPaused:
			load.free(endCoaching(a)) // at the start of a month: not given in it
		}
	}
}

// bookCapacity charges the case managers' paid time for every month the
// service is open, idle time included, when they are charged by capacity.
// Calendar month m is booked in month m of the ledger (months since the
// first announcement), the last month of the horizon at the latest.
func bookCapacity(pl *plan, tl *tally) {
	if !pl.byCapacity {
		return
	}
	for m := range tl.openMonths(pl) {
		t := min(int(tl.firstOpen)+m, tl.months-1)
		tl.rows[t][baseCoaching] += pl.monthlyCost
		tl.interventionCost += pl.monthlyCost
	}
}

// utilisation is the share of the case managers' client-hour capacity over
// the months the service was open that clients used (the share of their
// paid hours used, as hours_per_fte of the paid hours are client hours),
// or NaN without a service.
func utilisation(pl *plan, tl *tally) float64 {
	capacity := pl.capacity * float64(tl.openMonths(pl))
	if capacity <= 0 {
		return math.NaN()
	}
	return tl.clientHours / capacity
}
