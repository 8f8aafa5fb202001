package scenarios

import (
	"fmt"
	"math"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/rules"
)

// minimumWageYear returns the rules of year for the statutory minimum wage
// (model/rules, Wet minimumloon en minimumvakantiebijslag), and false for
// a year without a table of its own: a figure carried forward is an
// estimate, too rough to warn on. A wage above the floor of wage.go but
// below the legal minimum for the person's age is possible in a cohort
// file (a wage per four weeks, a month with unpaid leave, more hours
// worked than the contract's) but more often a mistake, and it changes
// WW, tax and the value of a new job.
func minimumWageYear(year int) (*rules.Year, bool) {
	y, err := rules.Default().For(year)
	if err != nil || y.CarriedForward {
		return nil, false
	}
	return y, true
}

// wageWarning returns a warning when persons of a cohort file earn less
// than the statutory minimum wage for their age in the year the cohort
// starts, naming the one farthest below it; "" when none does or the start
// is unknown.
func wageWarning(persons []model.Person, start string) string {
	year, _, err := model.ParseStart(start)
	if err != nil {
		return ""
	}
	y, ok := minimumWageYear(year)
	if !ok {
		return ""
	}
	below, worst, worstShare := 0, -1, math.Inf(1)
	for i := range persons {
		p := &persons[i]
		floor := y.MinimumHourlyAt(p.Age)
		if share := hourly(p.MonthlyWage, p.ContractHours) / floor; share < 1-1e-9 {
			below++
			if share < worstShare {
				worst, worstShare = i, share
			}
		}
	}
	if below == 0 {
		return ""
	}
	p := &persons[worst]
	floor := y.MinimumHourlyAt(p.Age)
	return fmt.Sprintf("%d of %d persons earn less than the statutory minimum wage for their age in %d; the farthest below, aged %s, %s a month at %s a week: %s an hour against a minimum of %s (January's, Wet minimumloon). Check that monthly_wage is the gross wage per month — not per four weeks, per week or net — and contract_hours the hours a week it pays for",
		below, len(persons), year, num(math.Floor(p.Age)), euro(p.MonthlyWage), contractHours(p.ContractHours), euro(hourly(p.MonthlyWage, p.ContractHours)), euro(floor))
}
