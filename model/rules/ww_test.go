package rules

import (
	"math"
	"testing"
	"time"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestWWMonths(t *testing.T) {
	cases := []struct {
		name string
		h    WorkHistory
		want int
	}{
		// UWV, "Hoe lang krijg ik WW?": 26 years of work history, of which 6
		// from 2016 → 20 (one month per year before 2016) + 3 (half a month
		// per year from 2016, the first ten years being before 2016) = 23.
		{"UWV 26 years", WorkHistory{Years: 26, From2016: 6, WeeksCondition: true, YearsCondition: true}, 23},
		// The first ten years count one month each even from 2016: 4 before
		// 2016 and 8 from 2016 → 4 + 6 + 2/2 = 11.
		{"first ten years", WorkHistory{Years: 12, From2016: 8, WeeksCondition: true, YearsCondition: true}, 11},
		// 40 years: capped at 24.
		{"cap", WorkHistory{Years: 40, From2016: 5, WeeksCondition: true, YearsCondition: true}, 24},
		// Weeks condition only: 3 months.
		{"weeks only", WorkHistory{Years: 2, WeeksCondition: true}, 3},
		// Years condition with a short history: at least 3.
		{"minimum", WorkHistory{Years: 2, From2016: 2, WeeksCondition: true, YearsCondition: true}, 3},
		{"none", WorkHistory{Years: 30}, 0},
	}
	for _, c := range cases {
		if got := WWMonths(c.h); got != c.want {
			t.Errorf("%s: %d months, want %d", c.name, got, c.want)
		}
	}
}

func TestNewWorkHistory(t *testing.T) {
	cases := []struct {
		name          string
		birth, start  time.Time
		tenure        float64
		years, from16 int
		months        int
	}{
		// Issue 10: a 58-year-old with 10 years of tenure, unemployed
		// September 2020. Born 1962, turns 18 in 1980: 1980–1997 = 18
		// fictitious years; the job from September 2010 adds 2010–2019 = 10
		// (4 from 2016): 28 years, 24 before 2016 → capped at 24 months.
		{"issue 58y 10y", date(1962, time.March, 1), date(2020, time.September, 1), 10, 28, 4, 24},
		// Born 1990, no fictitious years; job from January 2012, unemployed
		// January 2024: 2012–2023 = 12 years, 8 from 2016 → 11 months.
		{"young", date(1990, time.June, 1), date(2024, time.January, 1), 12, 12, 8, 11},
		// Tenure 2 years: the years condition fails → 3 months.
		{"short tenure", date(1975, time.June, 1), date(2021, time.March, 1), 2, 2 + 5, 2, 3},
		// A job that started in November 2016 does not count 2016: 2017–2020.
		{"late start", date(1980, time.June, 1), date(2021, time.November, 15), 5, 4, 4, 4},
	}
	for _, c := range cases {
		h := NewWorkHistory(c.birth, c.start, c.tenure)
		if h.Years != c.years || h.From2016 != c.from16 {
			t.Errorf("%s: history %d (from 2016 %d), want %d (%d)", c.name, h.Years, h.From2016, c.years, c.from16)
		}
		if got := WWMonths(h); got != c.months {
			t.Errorf("%s: %d months, want %d", c.name, got, c.months)
		}
	}
	// A known history overrides: 8 years, unemployed 2020 → 4 from 2016.
	h := NewWorkHistory(date(1970, time.January, 1), date(2020, time.September, 1), 10).WithYears(8)
	if h.Years != 8 || h.From2016 != 4 || WWMonths(h) != 8 {
		t.Errorf("override: %+v, %d months; want 8 years, 4 from 2016, 8 months", h, WWMonths(h))
	}
}

func TestWWBenefit(t *testing.T) {
	y, _ := For(2021)
	// The month wage is capped at 223.40 × 21.75 = 4,858.95.
	if got := y.WWMonthWage(6000); math.Abs(got-4858.95) > 1e-9 {
		t.Errorf("capped month wage %.4f", got)
	}
	cases := []struct {
		m              int
		wage, earnings float64
		want           float64
	}{
		{0, 1800, 0, 1350},                  // 75%
		{2, 1800, 0, 1260},                  // 70%
		{2, 1800, 1000, 0.7 * 800},          // 70% of the earnings deducted
		{0, 1800, 1575, 0.75 * 225},         // exactly 87.5%: still paid
		{3, 1800, 1575.01, 0},               // above 87.5%: stops
		{5, 1800, 2500, 0},                  // earnings above the wage
		{1, 1800, 400, 0.75 * (1800 - 400)}, // month 2 still 75%
	}
	for _, c := range cases {
		if got := WWBenefit(c.m, c.wage, c.earnings); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("WWBenefit(%d, %v, %v) = %.2f, want %.2f", c.m, c.wage, c.earnings, got, c.want)
		}
	}
}

// TestJobStartMonth checks the direct month arithmetic against
// time.AddDate over days, months and spans, in UTC and another zone.
func TestJobStartMonth(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		ams = time.FixedZone("CET", 3600)
	}
	for _, loc := range []*time.Location{time.UTC, ams} {
		for y := 1950; y <= 2030; y += 7 {
			for m := time.January; m <= time.December; m++ {
				for _, d := range []int{1, 15, 28, 29, 31} {
					start := time.Date(y, m, d, 0, 0, 0, 0, loc)
					for months := -3; months <= 600; months += 13 {
						want := start.AddDate(0, -months, 0)
						gy, gm := jobStartMonth(start, months)
						if gy != want.Year() || gm != want.Month() {
							t.Fatalf("jobStartMonth(%v, %d) = %d-%02d, want %d-%02d", start, months, gy, gm, want.Year(), want.Month())
						}
					}
				}
			}
		}
	}
}

// TestNewWorkHistoryMonths checks the month arithmetic against
// NewWorkHistory on the first of every month of a range of births and
// dismissals and tenures around the year boundaries the rules count.
func TestNewWorkHistoryMonths(t *testing.T) {
	for birth := 1940 * 12; birth < 2005*12; birth += 7 {
		for start := 2015 * 12; start < 2032*12; start += 5 {
			for _, tenure := range []float64{0, 0.4, 0.5, 1, 4.9, 10.04, 17.5, 31} {
				bd := date(birth/12, time.Month(birth%12+1), 1)
				sd := date(start/12, time.Month(start%12+1), 1)
				want := NewWorkHistory(bd, sd, tenure)
				if got := NewWorkHistoryMonths(birth, start, tenure); got != want {
					t.Fatalf("NewWorkHistoryMonths(%d, %d, %g) = %+v, want %+v (NewWorkHistory %s, %s)",
						birth, start, tenure, got, want, bd.Format("2006-01"), sd.Format("2006-01"))
				}
			}
		}
	}
}
