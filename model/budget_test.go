package model

import (
	"slices"
	"testing"
)

func TestBudgetByYearCalendar(t *testing.T) {
	// Every stakeholder k gets k+1 euros a month.
	flow := func(h int) []float64 {
		f := make([]float64, h*NumStakeholders)
		for m := range h {
			for k := range NumStakeholders {
				f[m*NumStakeholders+k] = float64(k + 1)
			}
		}
		return f
	}
	for _, c := range []struct {
		name              string
		h, year, month    int
		years             []int
		workersPerYear    []float64
		treasuryInYearOne float64
	}{
		{"whole years", 24, 2025, 1, []int{2025, 2026}, []float64{12, 12}, 12 * 7},
		{"start in October", 6, 2025, 10, []int{2025, 2026}, []float64{3, 3}, 3 * 7},
		{"one month", 1, 2030, 12, []int{2030}, []float64{1}, 7},
		{"no months", 0, 2025, 1, nil, nil, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := BudgetByYear(flow(c.h), c.h, c.year, c.month)
			if !slices.Equal(b.Years, c.years) {
				t.Fatalf("years %v, want %v", b.Years, c.years)
			}
			if got := *b.Amounts.At(Workers); !slices.Equal(got, c.workersPerYear) {
				t.Errorf("workers %v, want %v", got, c.workersPerYear)
			}
			if len(c.years) > 0 && (*b.Amounts.At(Treasury))[0] != c.treasuryInYearOne {
				t.Errorf("treasury in %d: %v, want %v", c.years[0], (*b.Amounts.At(Treasury))[0], c.treasuryInYearOne)
			}
		})
	}
}
