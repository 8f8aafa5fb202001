package scenarios

import (
	"fmt"
	"math"

	"github.com/vwnw/vwnw/model"
)

// The statutory minimum wage, for a warning about a cohort file: a wage
// above the floor of wage.go but below the legal minimum for the
// person's age is possible in the data (a wage per four weeks, a month
// with unpaid leave, more hours worked than the contract's) but more
// often a mistake, and it changes WW, tax and the value of a new job.
// The figures are the January ones, the lowest of each year (Wet
// minimumloon en minimumvakantiebijslag; Rijksoverheid, "Bedragen
// minimumloon" of each year). Until 2023 the law set a monthly minimum
// for a full-time week; its hourly figure here is that of a 40-hour week,
// the longest normal week and so the lowest hourly minimum. From 2024 the
// law sets the hourly minimum itself.
var adultMinimumHourly = map[int]float64{
	2020: 1653.60 * 12 / 52 / 40, // €1,653.60 a month: €9.54 an hour
	2021: 1684.80 * 12 / 52 / 40, // €1,684.80: €9.72
	2022: 1725.00 * 12 / 52 / 40, // €1,725.00: €9.95
	2023: 1934.40 * 12 / 52 / 40, // €1,934.40: €11.16
	2024: 13.27,
	2025: 14.06,
	2026: 14.71,
}

// youthMinimumShare is the share of the adult minimum wage a person of
// 15 to 20 is owed (the youth scale in force since 1 July 2019); from 21
// the adult minimum applies.
var youthMinimumShare = map[int]float64{15: 0.30, 16: 0.345, 17: 0.395, 18: 0.50, 19: 0.60, 20: 0.80}

// minimumHourly returns the statutory minimum hourly wage at age in year,
// and false for a year without a figure.
func minimumHourly(age float64, year int) (float64, bool) {
	adult, ok := adultMinimumHourly[year]
	if !ok {
		return 0, false
	}
	if share, young := youthMinimumShare[int(math.Floor(age))]; young {
		return adult * share, true
	}
	return adult, true
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
	below, worst, worstShare := 0, -1, math.Inf(1)
	for i := range persons {
		p := &persons[i]
		floor, ok := minimumHourly(p.Age, year)
		if !ok {
			return ""
		}
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
	floor, _ := minimumHourly(p.Age, year)
	return fmt.Sprintf("%d of %d persons earn less than the statutory minimum wage for their age in %d; the farthest below, aged %s, %s a month at %s a week: %s an hour against a minimum of %s (January's, Wet minimumloon). Check that monthly_wage is the gross wage per month — not per four weeks, per week or net — and contract_hours the hours a week it pays for",
		below, len(persons), year, num(math.Floor(p.Age)), euro(p.MonthlyWage), contractHours(p.ContractHours), euro(hourly(p.MonthlyWage, p.ContractHours)), euro(floor))
}
