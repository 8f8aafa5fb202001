package rules

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestAOWDate(t *testing.T) {
	cases := []struct {
		birth time.Time
		want  time.Time
		est   bool
	}{
		// SVB, "Uw AOW-leeftijd": born 1 Sept 1953 → 66y4m on 1 Jan 2020.
		{date(1953, time.September, 1), date(2020, time.January, 1), false},
		// Born 15 July 1955 → 66y4m (2021) on 15 Nov 2021.
		{date(1955, time.July, 15), date(2021, time.November, 15), false},
		// Born 1 Sept 1955: 66y4m would fall in 2022, whose age is 66y7m →
		// 1 April 2022.
		{date(1955, time.September, 1), date(2022, time.April, 1), false},
		// Born 31 May 1956: 66y7m falls on 31 Dec 2022 (first matching year).
		{date(1956, time.May, 31), date(2022, time.December, 31), false},
		// Born 1 June 1956 → 66y10m (2023) on 1 April 2023.
		{date(1956, time.June, 1), date(2023, time.April, 1), false},
		// Born 1 Jan 1958 → 67 on 1 Jan 2025.
		{date(1958, time.January, 1), date(2025, time.January, 1), false},
		// Born 31 Dec 1960 → 67 on 31 Dec 2027; born 1 Jan 1961 → 67y3m
		// (2028) on 1 April 2028.
		{date(1960, time.December, 31), date(2027, time.December, 31), false},
		{date(1961, time.January, 1), date(2028, time.April, 1), false},
		// Born 1970: past the table, 67y3m carried: estimated.
		{date(1970, time.March, 10), date(2037, time.June, 10), true},
	}
	for _, c := range cases {
		got, est, err := AOWDate(c.birth)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Equal(c.want) || est != c.est {
			t.Errorf("AOWDate(%s) = %s (estimated %v), want %s (%v)", c.birth.Format("2006-01-02"),
				got.Format("2006-01-02"), est, c.want.Format("2006-01-02"), c.est)
		}
	}
	if _, _, err := AOWDate(date(1940, time.January, 1)); err == nil || !strings.Contains(err.Error(), "2013 to 2030") {
		t.Errorf("birth 1940: error %v, want one naming the table years", err)
	}
	m, _, _ := std.AOWAgeMonths(date(1956, time.June, 1))
	if m != 66*12+10 {
		t.Errorf("AOW age of 1 June 1956: %d months, want %d", m, 66*12+10)
	}
}

func TestIOAW(t *testing.T) {
	y, _ := For(2021)
	cases := []struct {
		birth, unemployed time.Time
		want              bool
	}{
		{date(1960, time.March, 1), date(2020, time.September, 1), true},    // 60 at unemployment
		{date(1960, time.October, 1), date(2020, time.September, 1), false}, // 59
		{date(1965, time.January, 1), date(2025, time.June, 1), false},      // born 1965
		{date(1964, time.December, 31), date(2025, time.June, 1), true},
	}
	for _, c := range cases {
		if got := y.IOAWEligible(c.birth, c.unemployed); got != c.want {
			t.Errorf("IOAWEligible(%s, %s) = %v, want %v", c.birth.Format("2006-01-02"), c.unemployed.Format("2006-01-02"), got, c.want)
		}
	}
	// Partner-income test: a couple with €600 partner income gets the norm
	// less 600; with income above the norm nothing.
	if got := y.IOAWMonth(Couple, 600); math.Abs(got-(1541-600)) > 1e-9 {
		t.Errorf("IOAW couple with 600: %.2f", got)
	}
	if got := y.IOAWMonth(Couple, 2000); got != 0 {
		t.Errorf("IOAW couple with 2000: %.2f, want 0", got)
	}
	if got := y.BijstandMonth(Single, 0); got != 1078.70 {
		t.Errorf("bijstand single 2021: %.2f", got)
	}
}

func TestTransitionPayment(t *testing.T) {
	y, _ := For(2021)
	// €3,000 a month with holiday allowance 3,240; 10 years → 10,800.
	if got := y.TransitionPayment(3000, 10); math.Abs(got-10800) > 1e-9 {
		t.Errorf("transition payment %.2f, want 10800", got)
	}
	// €5,000 for 60 years: 108,000 uncapped; cap max(84,000, 64,800).
	if got := y.TransitionPayment(5000, 60); got != 84000 {
		t.Errorf("capped payment %.2f, want 84000", got)
	}
	// €8,000: one annual salary 103,680 is above the cap.
	if got := y.TransitionPayment(8000, 60); math.Abs(got-103680) > 1e-9 {
		t.Errorf("payment capped at one annual salary %.2f, want 103680", got)
	}
}
