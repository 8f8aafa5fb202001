package model

// Budget is a scenario's budget impact per calendar year: the mean
// undiscounted net cash flow of each stakeholder, scenario minus baseline,
// in euros of the price year, summed over the months of each calendar year
// from the cohort's start. It is how UWV and municipalities budget.
type Budget struct {
	// StartYear and StartMonth (1–12) are the calendar month of the
	// simulation's month 0.
	StartYear  int `json:"start_year"`
	StartMonth int `json:"start_month"`
	// Years are the calendar years the horizon touches, in order; a first
	// or last year may be partial.
	Years []int `json:"years"`
	// Amounts[s][i] is stakeholder s's net flow in Years[i].
	Amounts ByStakeholder[[]float64] `json:"amounts"`
}

// BudgetByYear sums the mean monthly flows flow[t*NumStakeholders+s] of a
// horizon of h months into calendar years, month 0 being month startMonth
// (1–12) of startYear.
func BudgetByYear(flow []float64, h, startYear, startMonth int) Budget {
	b := Budget{StartYear: startYear, StartMonth: startMonth}
	if h <= 0 {
		return b
	}
	first := startMonth - 1
	n := (first+h-1)/12 + 1
	for i := range n {
		b.Years = append(b.Years, startYear+i)
	}
	for k := range NumStakeholders {
		sums := make([]float64, n)
		for t := range h {
			sums[(first+t)/12] += flow[t*NumStakeholders+k]
		}
		*b.Amounts.At(Stakeholder(k)) = sums
	}
	return b
}
