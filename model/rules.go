package model

import (
	"fmt"
	"math"
)

// This file holds the Dutch rules the engine applies, each in one place with
// its source. Figures are per calendar year; a scenario's economy.price_year
// picks the year. RulesFor reports an error for a year it does not cover.

// Rules are the statutory figures in force in one year.
type Rules struct {
	Year int
	// MaxDailyWage is the WW maximum daily wage (maximumdagloon), € gross.
	MaxDailyWage float64
	// BijstandSingle and BijstandCouple are the monthly net bijstand norms
	// for persons from 21 to AOW age.
	BijstandSingle, BijstandCouple float64
	// TransitionCap is the cap on the transition payment (or one annual
	// salary if that is higher).
	TransitionCap float64
	// AOWAgeMonths is the state pension age in months.
	AOWAgeMonths int
}

// rulesByYear lists the figures per year.
//
// Sources:
//   - maximum daily wage: UWV, "Maximumdagloon" — 219.28 (1-1-2020),
//     225.57 (1-7-2021), 228.76 (1-1-2022), 256.54 (1-1-2023),
//     274.44 (1-1-2024); for 2021 the figure from 1 July is used, for 2025
//     the 2024 figure (PARAMETERS.md lists no later one).
//   - bijstand norms: Participatiewet art. 21, single / couple, 21 to AOW
//     age, net including holiday allowance, as published by municipalities
//     from the SZW announcements: 1,059.03 / 1,512.89 (1-7-2020; Sittard-Geleen
//     "Uitkeringsbedragen Participatiewet" gives 1,006.08 / 1,437.25 without
//     the 5% holiday allowance); 1,078.70 / 1,541.00 (1-7-2021; PARAMETERS.md);
//     1,091.71 / 1,559.58 (1-1-2022; Venray "Inkomensgrens 120%" gives 120% of
//     them, 1,310.05 / 1,871.50); 1,216.62 / 1,738.02 (1-1-2023; Westland
//     "Normenoverzicht minimuminkomen"); 1,283.83 / 1,834.04 (1-1-2024; Velsen
//     "Bijstandsnormen per 1 januari 2024"); 1,345.45 / 1,922.07 (1-1-2025;
//     PARAMETERS.md).
//   - transition payment cap: Wet arbeidsmarkt in balans (WAB) 2020 and the
//     yearly indexation (Rijksoverheid, "Hoogte transitievergoeding"):
//     83,000 (2020), 84,000 (2021), 86,000 (2022), 89,000 (2023),
//     94,000 (2024), 98,000 (2025).
//   - AOW age: Algemene Ouderdomswet art. 7a — 66y4m (2020–2021), 66y7m
//     (2022), 66y10m (2023), 67 (2024–2025).
var rulesByYear = []Rules{
	{2020, 219.28, 1059.03, 1512.89, 83000, 66*12 + 4},
	{2021, 225.57, 1078.70, 1541.00, 84000, 66*12 + 4},
	{2022, 228.76, 1091.71, 1559.58, 86000, 66*12 + 7},
	{2023, 256.54, 1216.62, 1738.02, 89000, 66*12 + 10},
	{2024, 274.44, 1283.83, 1834.04, 94000, 67 * 12},
	{2025, 274.44, 1345.45, 1922.07, 98000, 67 * 12},
}

// RulesFor returns the rules in force in year.
func RulesFor(year int) (Rules, error) {
	for _, r := range rulesByYear {
		if r.Year == year {
			return r, nil
		}
	}
	return Rules{}, fmt.Errorf("no Dutch rules for price year %d: allowed %d to %d",
		year, rulesByYear[0].Year, rulesByYear[len(rulesByYear)-1].Year)
}

// WorkdaysPerMonth converts a WW daily wage to a monthly one (UWV: the
// monthly benefit is 21.75 × the daily amount).
const WorkdaysPerMonth = 21.75

// WWMonthWage is the WW month wage (dagloon × 21.75) of a gross monthly
// wage, capped at the maximum daily wage. Holiday allowance is left out on
// both the wage and the benefit side.
func (r Rules) WWMonthWage(grossMonthly float64) float64 {
	return math.Min(grossMonthly, r.MaxDailyWage*WorkdaysPerMonth)
}

// WWRate is the share of the WW month wage paid in benefit month m
// (0-based): 75% in the first two months, 70% after (UWV, "Hoogte WW-uitkering").
func WWRate(m int) float64 {
	if m < 2 {
		return 0.75
	}
	return 0.70
}

// WWBenefit is the gross WW benefit for benefit month m (0-based) with month
// wage wage and new earnings earnings in that month. Since 2015, 75% (first
// two months) or 70% of new earnings is deducted; the benefit stops when the
// earnings exceed 87.5% of the month wage (UWV, "Inkomsten naast WW";
// Werkloosheidswet art. 35 as amended by the Wet werk en zekerheid).
func WWBenefit(m int, wage, earnings float64) float64 {
	if !WWContinues(wage, earnings) {
		return 0
	}
	return WWRate(m) * max(0, wage-earnings)
}

// WWContinues reports whether WW continues beside new earnings in a month:
// up to 87.5% of the WW month wage wage (UWV, "Inkomsten naast WW").
func WWContinues(wage, earnings float64) bool { return earnings <= 0.875*wage }

// WWEntitlement is the number of months of WW for a person with
// historyYears years of work history, losing work in year exitYear. From
// UWV, "Hoe lang krijg ik WW?":
//   - the weeks requirement (26 of the last 36 weeks worked) gives 3 months;
//     we take it as met by everyone with at least half a year of work;
//   - with 4 of the last 5 years worked (the years requirement; taken as met
//     when historyYears ≥ 4) each year of work history adds one month;
//     years from 2016 on add one month for the first 10 years of history and
//     half a month after that (Wet werk en zekerheid);
//   - at least 3 and at most 24 months (since 2019).
//
// Whole years count; half months are rounded down.
func WWEntitlement(historyYears float64, exitYear int) int {
	if historyYears < 0.5 {
		return 0
	}
	years := int(historyYears)
	if years < 4 {
		return 3
	}
	post := min(years, max(0, exitYear-2016))
	pre := years - post
	full := min(post, max(0, 10-pre)) // post-2016 years within the first ten
	months := pre + full + (post-full)/2
	return min(24, max(3, months))
}

// BijstandNorm is the monthly bijstand norm for a household, or 0 when it is
// not eligible. A partner with income is taken to earn above the couple norm,
// so that household gets nothing (Participatiewet art. 21–22; the asset test
// is left out).
func (r Rules) BijstandNorm(h HouseholdType) float64 {
	switch h {
	case Single:
		return r.BijstandSingle
	case PartnerWithoutIncome:
		return r.BijstandCouple
	}
	return 0
}

// HolidayAllowance is the statutory holiday allowance, 8% of the gross wage
// (Wet minimumloon en minimumvakantiebijslag art. 15), part of the monthly
// salary the transition payment is based on.
const HolidayAllowance = 0.08

// TransitionPayment is the statutory transition payment on dismissal: one
// third of a monthly salary (including holiday allowance) per year of
// service, pro rata from the first day, capped at TransitionCap or one annual
// salary if that is higher (Burgerlijk Wetboek 7:673, as amended by the WAB,
// 2020).
func (r Rules) TransitionPayment(grossMonthly, tenureYears float64) float64 {
	monthly := grossMonthly * (1 + HolidayAllowance)
	pay := monthly / 3 * math.Max(0, tenureYears)
	return math.Min(pay, math.Max(r.TransitionCap, 12*monthly))
}
