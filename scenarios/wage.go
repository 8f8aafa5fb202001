package scenarios

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"github.com/vwnw/vwnw/internal/safeio"
)

// The wage floor. A monthly wage is plausible only against the hours it
// pays for, so the floor is an hourly one: monthly_wage ÷ (contract_hours
// × 52 / 12) must be at least minHourlyWage, in a cohort file (each row
// with its own hours) and in a synthetic cohort (the lowest wage of the
// cohort.monthly_wage spread against the most hours of the
// cohort.contract_hours spread, as the two are drawn independently).
//
// minHourlyWage is EST: €2 an hour, 70% of the lowest statutory minimum
// hourly wage in any year the Dutch rules cover (2020–2026). That is the
// minimum youth wage at 15, 30% of the adult minimum (Wet minimumloon en
// minimumvakantiebijslag; the youth scale of 1 July 2019, Rijksoverheid,
// "Bedragen minimumloon 2020"), of the adult minimum of 1 January 2020,
// €1,653.60 a month, on a 40-hour full-time week, the longest normal week
// and so the lowest hourly figure: 0.3 × 1653.60 × 12 / 52 / 40 = €2.86 an
// hour (minwage.go holds the table; a test keeps the two in step). No
// lawful contract pays less; the margin leaves room for a month with
// unpaid leave. A separator misread — "1,45" read as one euro forty-five
// where 1.450 (one thousand four hundred and fifty) was meant — divides a
// wage by a thousand and lands far below.
const (
	minHourlyWage = 2.0
	weeksPerMonth = 52.0 / 12
	// lowestMinimumWage is the lowest statutory minimum hourly wage the
	// floor derives from, for messages.
	lowestMinimumWage = "€2.86 an hour, age 15 in 2020"
	whyFloor          = "no Dutch contract pays less: the lowest statutory minimum wage of any year was " + lowestMinimumWage
)

// contractHours says "1 contract hour", "24 contract hours".
func contractHours(h float64) string {
	if h == 1 {
		return "1 contract hour"
	}
	return num(h) + " contract hours"
}

// wageFloor returns the lowest monthly wage allowed for a person with
// hours contract hours a week.
func wageFloor(hours float64) float64 { return minHourlyWage * hours * weeksPerMonth }

// hourly returns the gross hourly wage of a monthly wage at hours a week.
func hourly(wage, hours float64) float64 { return wage / (hours * weeksPerMonth) }

// euro formats an amount in euros for messages: whole euros from 100 up
// and for whole amounts, cents otherwise.
func euro(x float64) string {
	if math.Abs(x) >= 100 || x == math.Trunc(x) {
		return fmt.Sprintf("€%.0f", x)
	}
	return fmt.Sprintf("€%.2f", x)
}

// wageTooLow says what is wrong with the monthly wage cell s, read as
// wage, of a row with hours contract hours a week, or "" when the wage
// lies above the floor. It names the likely cause: a decimal comma or
// point where a thousands separator was meant.
func wageTooLow(s string, wage, hours float64, decimalComma bool) string {
	if wage >= wageFloor(hours) {
		return ""
	}
	msg := fmt.Sprintf("%s reads as %s a month: %s an hour at %s a week, below the floor of %s an hour, %s a month at those hours (%s)",
		safeio.Quote(s), euro(wage), euro(hourly(wage, hours)), contractHours(hours), euro(minHourlyWage), euro(wageFloor(hours)), whyFloor)
	return msg + wageCause(s, wage, hours, decimalComma)
}

// thousandsMisread matches a cell whose separator may have been meant
// between thousands: 1,45 or 1.450 or 2,1 (one to three digits, a
// separator, one to three digits).
var thousandsMisread = regexp.MustCompile(`^[€\s]*[1-9][0-9]{0,2}[.,][0-9]{1,3}[€\s]*$`)

// wageCause names the likely cause of a wage below the floor.
func wageCause(s string, wage, hours float64, decimalComma bool) string {
	meant := wage * 1000
	if thousandsMisread.MatchString(s) && meant >= wageFloor(hours) && meant <= personRanges["monthly_wage"].hi {
		sep, how := "a decimal point", num(meant)
		if strings.ContainsRune(s, ',') {
			sep = "a decimal comma"
		}
		if decimalComma {
			how += " or " + dutchThousands(meant)
		}
		return fmt.Sprintf(". In this file %s has %s: a thousands separator misread? For %s write %s", strings.TrimSpace(strings.Trim(s, "€\u00a0 ")), sep, num(meant), how)
	}
	return ". Is it an hourly or weekly wage? monthly_wage is the gross wage per month"
}

// groupsDot and groupsComma match a number with a dot or a comma between
// groups of three digits and no other separator: 1.450, 12,345,678.
var (
	groupsDot   = regexp.MustCompile(`^[1-9][0-9]{0,2}(\.[0-9]{3})+$`)
	groupsComma = regexp.MustCompile(`^[1-9][0-9]{0,2}(,[0-9]{3})+$`)
)

// ambiguousGroups reports whether the cell s, which parseNumber read with
// the file's decimal separator, could as well be a whole number with that
// separator between thousands that lies in the column's range r: 1.450 in
// a file separated by commas (1.45 or 1450?), 1,450 in one with decimal
// commas. A dot between thousands in a file with decimal commas is refused
// by parseNumber itself.
func ambiguousGroups(s string, decimalComma bool, r personRange) bool {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "€\u00a0 "))
	re := groupsDot
	if decimalComma {
		re = groupsComma
	}
	if !re.MatchString(s) {
		return false
	}
	var whole float64
	fmt.Sscan(strings.NewReplacer(".", "", ",", "").Replace(s), &whole)
	return whole >= r.lo && whole <= r.hi
}

// ambiguousMsg says how to write the ambiguous cell s, read as v.
func ambiguousMsg(s string, v float64, decimalComma bool) string {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "€\u00a0 "))
	whole := strings.NewReplacer(".", "", ",", "").Replace(t)
	if decimalComma {
		return fmt.Sprintf("%s is ambiguous: %s with a decimal comma, as this file (with semicolons or tabs) reads it, or %s with a comma between thousands? If %s is meant, write %s or %s,00; if %s, write %s",
			safeio.Quote(s), num(v), whole, whole, whole, strings.ReplaceAll(t, ",", "."), num(v), strings.Replace(num(v), ".", ",", 1))
	}
	return fmt.Sprintf("%s is ambiguous: %s with a decimal point, as this file (separated by commas) reads it, or %s with a dot between thousands? If %s is meant, write %s: the numbers of this file have no thousands separator",
		safeio.Quote(s), num(v), whole, whole, whole)
}

// dutchThousands writes a whole amount with a thousands dot and a decimal
// comma: 1450 as 1.450,00.
func dutchThousands(x float64) string {
	digits := fmt.Sprintf("%.0f", x)
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	return b.String() + ",00"
}

// checkWageSpread applies the wage floor to a synthetic cohort: the lowest
// wage the cohort.monthly_wage spread gives must pay at least
// minHourlyWage for the most hours the cohort.contract_hours spread gives,
// as a person may draw both.
func (d *decoder) checkWageSpread(reported map[string]bool) {
	c := &d.params.Cohort
	const wageKey, hoursKey = "cohort.monthly_wage", "cohort.contract_hours"
	if c.File != "" || reported[wageKey] || reported[hoursKey] || d.isMissing(wageKey) || d.isMissing(hoursKey) {
		return
	}
	lo, _ := c.MonthlyWage.Support()
	_, hours := c.ContractHours.Support()
	if lo >= wageFloor(hours) {
		return
	}
	what := "is " + euro(lo) + " a month"
	if !c.MonthlyWage.IsFixed() {
		what = fmt.Sprintf("its %s distribution gives is %s a month", c.MonthlyWage.Kind, euro(lo))
	}
	at := contractHours(hours) + " a week"
	if !c.ContractHours.IsFixed() {
		at = "up to " + at + " (cohort.contract_hours)"
	}
	d.problem(wageKey, "the lowest wage %s: %s an hour at %s, below the floor of %s an hour (%s); allowed: at least %s a month at %s%s",
		what, euro(hourly(lo, hours)), at, euro(minHourlyWage), whyFloor, euro(wageFloor(hours)), contractHours(hours), spreadCause(lo))
}

// spreadCause names the likely cause of a wage spread below the floor.
func spreadCause(lo float64) string {
	if lo > 0 && lo < 10 {
		return fmt.Sprintf(". A thousands separator misread? TOML numbers take a decimal point and no thousands separator: for %s write %s", num(lo*1000), num(lo*1000))
	}
	return ""
}
