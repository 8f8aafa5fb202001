package model

import "math"

// This file charges case managers by capacity (interventions.coaching.
// cost_basis = "capacity") and measures how the capacity was used.

// serviceOpen records that coaching was offered, waited for or given in
// agent a's current calendar month.
func (tl *tally) serviceOpen(a *agent) {
	m := a.entry + a.t
	tl.firstOpen = min(tl.firstOpen, m)
	tl.lastOpen = max(tl.lastOpen, m)
}

// openMonths is the number of calendar months the coaching service was
// open: from the first offer through the last month anyone waited for or
// was given coaching.
func (tl *tally) openMonths() int {
	if tl.firstOpen > tl.lastOpen {
		return 0
	}
	return int(tl.lastOpen-tl.firstOpen) + 1
}

// bookCapacity charges the case managers' paid time for every month the
// service is open, idle time included, when they are charged by capacity.
// Calendar month m is booked in month m of the ledger (months since the
// first announcement), the last month of the horizon at the latest.
func bookCapacity(pl *plan, tl *tally) {
	if !pl.byCapacity {
		return
	}
	for m := range tl.openMonths() {
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
	capacity := pl.capacity * float64(tl.openMonths())
	if capacity <= 0 {
		return math.NaN()
	}
	return tl.clientHours / capacity
}
