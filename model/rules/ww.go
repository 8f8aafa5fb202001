package rules

import (
	"math"
	"time"
)

// WorkdaysPerMonth converts a WW daily wage to a monthly one (UWV, "Hoogte
// WW-uitkering": the monthly benefit is 21.75 × the daily amount).
const WorkdaysPerMonth = 21.75

// WWMonthWage returns the WW month wage (dagloon × 21.75) of a gross monthly
// wage, capped at the maximum daily wage. Holiday allowance is left out on
// both sides: the benefit carries its own 8% (see Annual).
func (y *Year) WWMonthWage(grossMonthly float64) float64 {
	return min(grossMonthly, y.WWMaxDailyWage*WorkdaysPerMonth)
}

// WWRate returns the share of the WW month wage paid in benefit month m
// (0-based): 75% in the first two months, 70% after (Werkloosheidswet
// art. 47; UWV, "Hoogte WW-uitkering").
func WWRate(m int) float64 {
	if m < 2 {
		return 0.75
	}
	return 0.70
}

// WWEarningsLimit is the share of the WW month wage above which earnings end
// the benefit (Werkloosheidswet art. 35a, Wet werk en zekerheid; UWV,
// "Inkomsten naast WW": 87.5%).
const WWEarningsLimit = 0.875

// WWBenefit returns the gross WW benefit in benefit month m (0-based) for a
// WW month wage and new earnings in that month. Since 2016 the benefit is
// the rate (75%/70%) of the month wage minus the same rate of the earnings,
// and none when the earnings exceed 87.5% of the month wage. This is the one
// place the 87.5% rule lives.
func WWBenefit(m int, monthWage, earnings float64) float64 {
	if earnings > WWEarningsLimit*monthWage {
		return 0
	}
	return WWRate(m) * max(0, monthWage-earnings)
}

// WorkHistory is what WW duration depends on (UWV, "Hoe lang krijg ik WW?"
// and "Wat is mijn arbeidsverleden?").
type WorkHistory struct {
	// Years is the work history in calendar years: the fictitious years
	// (from the year of turning 18 through 1997) plus the calendar years
	// from 1998 with at least 208 paid hours, up to the year before the
	// unemployment (that year does not count).
	Years int
	// From2016 is the part of Years from 2016 on.
	From2016 int
	// WeeksCondition: worked at least 26 of the last 36 weeks.
	WeeksCondition bool
	// YearsCondition: at least 208 paid hours in 4 of the 5 calendar years
	// before the year of unemployment.
	YearsCondition bool
	// StartYear is the year of unemployment.
	StartYear int
}

// NewWorkHistory derives the work history of a person born on birth who
// becomes unemployed on start after tenureYears in the current job. It
// counts the fictitious years and the calendar years of the current job from
// 1998 (the job's first year counts when it started before November, ≈ 208
// hours at 24 hours a week). Jobs before the current one after 1997 are not
// known and not counted, so the history is a lower bound; a known history
// (a CSV's work_history_years) replaces it through WithYears.
func NewWorkHistory(birth, start time.Time, tenureYears float64) WorkHistory {
	first, month := jobStartMonth(start, int(math.Round(tenureYears*12)))
	return workHistory(birth.Year(), start.Year(), first, month, tenureYears)
}

// NewWorkHistoryMonths is NewWorkHistory for a person born on the first of
// month birth who becomes unemployed on the first of month start, both
// counted from January of year 0 (year × 12 + month − 1): the same history
// by month arithmetic alone.
func NewWorkHistoryMonths(birth, start int, tenureYears float64) WorkHistory {
	first, month := monthOf(start - int(math.Round(tenureYears*12)))
	by, _ := monthOf(birth)
	sy, _ := monthOf(start)
	return workHistory(by, sy, first, month, tenureYears)
}

// monthOf returns the year and month of month n counted from January of
// year 0.
func monthOf(n int) (int, time.Month) {
	yy, mm := n/12, n%12
	if mm < 0 {
		yy, mm = yy-1, mm+12
	}
	return yy, time.Month(mm + 1)
}

// workHistory is the work history of a person born in birthYear who
// becomes unemployed in year sy after tenureYears in a job that began in
// month month of year first (see NewWorkHistory).
func workHistory(birthYear, sy, first int, month time.Month, tenureYears float64) WorkHistory {
	h := WorkHistory{StartYear: sy, WeeksCondition: tenureYears*52 >= 26}
	if y18 := birthYear + 18; y18 <= 1997 {
		h.Years = 1997 - y18 + 1
	}
	if month > time.October {
		first++
	}
	if y18 := birthYear + 18; first < y18 {
		first = y18
	}
	// The calendar years from max(first, 1998) up to sy, those of them from
	// 2016, and those of the last five.
	h.Years += max(0, sy-max(first, 1998))
	h.From2016 = max(0, sy-max(first, 1998, 2016))
	h.YearsCondition = max(0, sy-max(first, sy-5)) >= 4
	return h
}

// jobStartMonth returns the year and month of start.AddDate(0, -months, 0).
// Up to the 28th of a month no day overflows into the next month, and the
// month arithmetic is done directly (time.AddDate is slow).
func jobStartMonth(start time.Time, months int) (int, time.Month) {
	y, m, d := start.Date()
	if d > 28 || start.Location() != time.UTC {
		j := start.AddDate(0, -months, 0)
		return j.Year(), j.Month()
	}
	return monthOf(y*12 + int(m) - 1 - months)
}

// WithYears returns h with a known number of years of work history,
// counted back from the year before unemployment: the most recent years go
// to From2016 first. The conditions are kept.
func (h WorkHistory) WithYears(years int) WorkHistory {
	h.Years = max(0, years)
	h.From2016 = min(h.Years, max(0, h.StartYear-2016))
	return h
}

// WWMaxMonths and WWMinMonths bound the WW duration (Werkloosheidswet
// art. 42 as amended by the Wet werk en zekerheid: at most 24 months from
// April 2019).
const (
	WWMaxMonths = 24
	WWMinMonths = 3
)

// WWMonths returns the WW entitlement in months (UWV, "Hoe lang krijg ik
// WW?"): none without the weeks condition; 3 months with the weeks
// condition only; with the years condition one month per year for the
// first ten years of history and for further years before 2016, half a
// month per further year from 2016, at least 3 and at most 24. Half months
// are rounded down.
func WWMonths(h WorkHistory) int {
	if !h.WeeksCondition {
		return 0
	}
	if !h.YearsCondition {
		return WWMinMonths
	}
	post := min(h.From2016, h.Years)
	pre := h.Years - post
	full := min(post, max(0, 10-pre)) // years from 2016 within the first ten
	months := pre + full + (post-full)/2
	return min(WWMaxMonths, max(WWMinMonths, months))
}
