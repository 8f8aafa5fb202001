package model

import (
	"math"
	"testing"
)

func TestWWEntitlement(t *testing.T) {
	// Cases worked from UWV's rules ("Hoe lang krijg ik WW?"), exit in 2021
	// unless stated: five years 2016–2020 count after 2016.
	tests := []struct {
		name    string
		history float64
		year    int
		want    int
	}{
		{"no work", 0, 2021, 0},
		{"weeks requirement only", 2, 2021, 3},
		{"three years, no years requirement", 3.9, 2021, 3},
		{"four years, minimum 3 lifts to 4", 4, 2021, 4},
		{"eight years, all count one month", 8, 2021, 8},
		{"ten years", 10, 2021, 10},
		{"twelve years: 7 before 2016 + 3 + 2 × half", 12, 2021, 11},
		{"twenty years: 15 before 2016 + 5 × half, rounded down", 20, 2021, 17},
		{"thirty years capped at 24", 30, 2021, 24},
		{"twenty years in 2024: 12 before + 8 × half", 20, 2024, 16},
		{"fractional years count whole", 12.9, 2021, 11},
	}
	for _, tt := range tests {
		if got := WWEntitlement(tt.history, tt.year); got != tt.want {
			t.Errorf("%s: WWEntitlement(%v, %d) = %d, want %d", tt.name, tt.history, tt.year, got, tt.want)
		}
	}
}

func TestWWBenefit(t *testing.T) {
	r, err := RulesFor(2021)
	if err != nil {
		t.Fatal(err)
	}
	capMonth := 225.57 * 21.75
	tests := []struct {
		name     string
		month    int
		gross    float64
		earnings float64
		want     float64
	}{
		{"first month 75%", 0, 2000, 0, 1500},
		{"second month 75%", 1, 2000, 0, 1500},
		{"third month 70%", 2, 2000, 0, 1400},
		{"maximum daily wage caps", 5, 6000, 0, 0.70 * capMonth},
		{"part-time job offsets 75%", 0, 2000, 800, 0.75 * 1200},
		{"part-time job offsets 70%", 3, 2000, 800, 0.70 * 1200},
		{"at 87.5% still paid", 3, 2000, 1750, 0.70 * 250},
		{"above 87.5% stops", 3, 2000, 1751, 0},
	}
	for _, tt := range tests {
		got := WWBenefit(tt.month, r.WWMonthWage(tt.gross), tt.earnings)
		if math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestTransitionPayment(t *testing.T) {
	r, _ := RulesFor(2021)
	tests := []struct {
		name          string
		gross, tenure float64
		want          float64
	}{
		{"one year", 2000, 1, 2160.0 / 3},
		{"fifteen years", 2000, 15, 2160 * 5},
		{"half a year pro rata", 2000, 0.5, 2160.0 / 6},
		{"capped at 84,000", 5000, 60, 84000},
		{"annual salary above cap", 9000, 40, 9000 * 1.08 * 12},
	}
	for _, tt := range tests {
		if got := r.TransitionPayment(tt.gross, tt.tenure); math.Abs(got-tt.want) > 1e-6 {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestBijstandNorm(t *testing.T) {
	r, _ := RulesFor(2021)
	for _, tt := range []struct {
		h    HouseholdType
		want float64
	}{{Single, 1078.70}, {PartnerWithoutIncome, 1541.00}, {PartnerWithIncome, 0}} {
		if got := r.BijstandNorm(tt.h); got != tt.want {
			t.Errorf("household %d: got %v, want %v", tt.h, got, tt.want)
		}
	}
	if _, err := RulesFor(1999); err == nil {
		t.Error("RulesFor(1999): want an error")
	}
}
