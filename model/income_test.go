package model_test

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/rules"
)

// everyYear returns --set overrides of one statutory figure in every table
// year.
func everyYear(key string, v float64) []string {
	first, last := rules.Default().TableYears()
	var out []string
	for y := first; y <= last; y++ {
		out = append(out, fmt.Sprintf("rules.%d.%s=%v", y, key, v))
	}
	return out
}

// stuckOnWW is a cohort of 58-year-olds with ten years of tenure and no
// way out of unemployment: told in September 2020, one month of notice,
// then WW until it ends.
var stuckOnWW = []string{
	`cohort.start="2020-09"`, "cohort.entry_months=[0]", "cohort.age=58", "cohort.tenure_years=10",
	"cohort.earlier_work_years=0", "cohort.notice_months=1", "cohort.monthly_wage=1500",
	"cohort.household.single=1", "cohort.household.partner_with_income=0", "cohort.household.partner_without_income=0",
	"hazards.job_finding=0", "hazards.retention=0", "hazards.inactivity=0", "hazards.education=0",
	"economy.discount_rate=0",
}

// TestFictitiousWorkHistory: a 58-year-old with ten years of tenure counts
// the years from turning 18 through 1997 too, and draws the maximum of 24
// months of WW (Werkloosheidswet art. 42; UWV, "Wat is mijn
// arbeidsverleden?"); without the fictitious years it would be 10.
func TestFictitiousWorkHistory(t *testing.T) {
	e := engine(t, model.Config{Seed: 3, Iterations: 5, Horizon: 60, Workers: 1, Observe: -1}, load(t, "baseline", stuckOnWW...))
	err := e.Each(context.Background(), func(it *model.Iteration) error {
		si := &it.Scenarios[0]
		if got := si.Outcomes[model.OutMonthsWW]; got != 24 {
			t.Errorf("iteration %d: %v months of WW, want 24", it.Index, got)
		}
		// After the WW: bijstand (single, born after 1964? no: born 1962,
		// unemployed at 58, so no IOAW) for the rest of the horizon.
		if got := si.Outcomes[model.OutMonthsBijstand]; got != 60-1-24 {
			t.Errorf("iteration %d: %v months of bijstand, want %d", it.Index, got, 60-1-24)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestZvwOnWW: UWV pays the Zvw employer levy on the WW it pays, to the
// insurers, at the rate of each calendar year.
func TestZvwOnWW(t *testing.T) {
	noZvw := append(append([]string{}, stuckOnWW...), everyYear("zvw_employer_rate", 0)...)
	e := engine(t, model.Config{Seed: 3, Iterations: 3, Horizon: 60, Workers: 1, Observe: -1},
		load(t, "baseline", stuckOnWW...), load(t, "baseline", noZvw...))
	// The WW of one person: 1,500 a month (below the cap), 75% in the
	// first two months and 70% after, with 8% holiday allowance, from
	// October 2020 through September 2022; the levy in euros of 2021.
	want := 0.0
	for m := range 24 {
		year := 2020 + (9+m)/12
		y, err := rules.For(year)
		if err != nil {
			t.Fatal(err)
		}
		k, _ := rules.CPIFactor(2021, year)
		benefit := rules.WWBenefit(m, 1500, 0)
		want += y.ZvwEmployerLevy(rules.Annual(benefit*k)) / 12 / k
	}
	err := e.Each(context.Background(), func(it *model.Iteration) error {
		with, without := it.Scenarios[0].Level, it.Scenarios[1].Level
		n := float64(it.Scenarios[0].CohortSize)
		if got := (without[model.UWV] - with[model.UWV]) / n; math.Abs(got-want) > 1e-6 {
			t.Errorf("iteration %d: UWV pays %v Zvw per person on WW, want %v", it.Index, got, want)
		}
		if with[model.Insurers] <= without[model.Insurers] {
			t.Errorf("iteration %d: insurers get no Zvw (%v with, %v without)", it.Index, with[model.Insurers], without[model.Insurers])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestPriceYearScalesEveryAmount: --price-year 2024 multiplies every amount
// by CPI(2024) / CPI(2021), the baseline's price year, and changes nothing
// else.
func TestPriceYearScalesEveryAmount(t *testing.T) {
	run := func(year int) *model.Results {
		e := engine(t, model.Config{Seed: 5, Iterations: 30, Horizon: 60, Workers: 2, Observe: -1, PriceYear: year},
			load(t, "baseline"), load(t, "intensive_coaching"), load(t, "transition_fund"))
		r, err := e.Run(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	r21, r24 := run(0), run(2024)
	k, err := rules.CPIFactor(2021, 2024)
	if err != nil {
		t.Fatal(err)
	}
	if r21.Run.PriceYear != 2021 || r24.Run.PriceYear != 2024 {
		t.Fatalf("price years %d and %d, want 2021 and 2024", r21.Run.PriceYear, r24.Run.PriceYear)
	}
	near := func(what string, a, b float64) {
		if math.Abs(k*a-b) > 0.02*k+1e-9*math.Abs(b) {
			t.Errorf("%s: %v in 2021 euros, %v in 2024 euros; want × %v", what, a, b, k)
		}
	}
	for i := range r21.Scenarios {
		a, b := &r21.Scenarios[i], &r24.Scenarios[i]
		for st := range model.NumStakeholders {
			s := model.Stakeholder(st)
			near(a.Name+" "+s.Key()+" NPV", a.NPV.At(s).Mean, b.NPV.At(s).Mean)
			near(a.Name+" "+s.Key()+" NPV p5", a.NPV.At(s).P5, b.NPV.At(s).P5)
			for j, v := range *a.Cashflow.At(s) {
				near(a.Name+" cash flow", v, (*b.Cashflow.At(s))[j])
			}
		}
		near(a.Name+" cost per participant", a.Outcomes.CostPerParticipant.Mean, b.Outcomes.CostPerParticipant.Mean)
		if a.Outcomes.EmployedAt12 != b.Outcomes.EmployedAt12 {
			t.Errorf("%s: the price year changed an outcome that is not an amount", a.Name)
		}
	}
	// Rescale does the same to saved results.
	if err := r21.Rescale(2024); err != nil {
		t.Fatal(err)
	}
	for i := range r21.Scenarios {
		near("rescaled", r21.Scenarios[i].NPV.Society.Mean/k, r24.Scenarios[i].NPV.Society.Mean)
	}
}

// TestIOAW: after the WW, those unemployed at 60 or later and born before
// 1965 get the IOAW instead of bijstand (paid by the municipality); a
// 58-year-old does not.
func TestIOAW(t *testing.T) {
	municipalities := func(age string, sets ...string) float64 {
		all := append(append(append([]string{}, stuckOnWW...), "cohort.age="+age), sets...)
		e := engine(t, model.Config{Seed: 3, Iterations: 1, Horizon: 60, Workers: 1, Observe: -1}, load(t, "baseline", all...))
		var level float64
		if err := e.Each(context.Background(), func(it *model.Iteration) error {
			level = it.Scenarios[0].Level[model.Municipalities]
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return level
	}
	lowIOAW := everyYear("ioaw_single", 500)
	if a, b := municipalities("61"), municipalities("61", lowIOAW...); !(b > a) {
		t.Errorf("61-year-olds: municipalities %v with the IOAW at its level, %v with it at 500; want less spent", a, b)
	}
	if a, b := municipalities("58"), municipalities("58", lowIOAW...); a != b {
		t.Errorf("58-year-olds: the IOAW level changed what municipalities pay (%v, %v)", a, b)
	}
}
