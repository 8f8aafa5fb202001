package rules

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestForRange(t *testing.T) {
	for yr := 2020; yr <= 2026; yr++ {
		y, err := For(yr)
		if err != nil {
			t.Fatal(err)
		}
		if y.CarriedForward || y.Calendar != yr || y.From != yr || y.PriceYear != yr || y.Year != yr {
			t.Errorf("%d: %+v", yr, y)
		}
	}
	_, err := For(2019)
	if err == nil || !strings.Contains(err.Error(), "allowed 2020 to 2100") {
		t.Errorf("For(2019) error %v, want the allowed years", err)
	}
}

// Years past the last table carry its rules forward in real terms: euro
// amounts indexed by the CPI where a figure exists, unchanged after.
func TestCarryForward(t *testing.T) {
	// Give the CPI a 2027 figure, 4% above 2026, to see the indexation.
	c := CPI()
	c = append(c, CPIPoint{2027, c[len(c)-1].Index * 1.04, true})
	b, err := NewBook(Tables(), AOWAges(), c)
	if err != nil {
		t.Fatal(err)
	}
	y26, _ := b.For(2026)
	y27, _ := b.For(2027)
	y30, _ := b.For(2030)
	if !y27.CarriedForward || y27.From != 2026 || y27.PriceYear != 2027 {
		t.Errorf("2027: %+v", y27)
	}
	if math.Abs(y27.WWMaxDailyWage/y26.WWMaxDailyWage-1.04) > 1e-12 || math.Abs(y27.Box1Limit[1]/y26.Box1Limit[1]-1.04) > 1e-12 {
		t.Errorf("2027 amounts not indexed by 4%%: %v / %v", y27.WWMaxDailyWage, y26.WWMaxDailyWage)
	}
	if y27.Box1Rate != y26.Box1Rate || y27.LabourRate != y26.LabourRate {
		t.Errorf("rates changed when carried")
	}
	if y30.WWMaxDailyWage != y27.WWMaxDailyWage || y30.PriceYear != 2027 || y30.Calendar != 2030 {
		t.Errorf("2030 should equal 2027 (no later CPI): %v, price year %d", y30.WWMaxDailyWage, y30.PriceYear)
	}
	// Real terms: the tax on an indexed income is the indexed tax.
	if math.Abs(y27.NetTax(40000*1.04, 0)-1.04*y26.NetTax(40000, 0)) > 1e-6 {
		t.Errorf("tax not homogeneous under indexation")
	}
	// The package tables: 2027 is 2026 unchanged (no CPI past 2026).
	p27, _ := For(2027)
	p26, _ := For(2026)
	if !p27.CarriedForward || p27.TransitionCap != p26.TransitionCap {
		t.Errorf("package 2027 not carried unchanged")
	}
}

func TestSet(t *testing.T) {
	b := Default()
	if err := b.Set(2021, "box1_rate_1", 0.40); err != nil {
		t.Fatal(err)
	}
	y, _ := b.For(2021)
	if y.Box1Rate[0] != 0.40 {
		t.Errorf("override not applied: %v", y.Box1Rate[0])
	}
	if std0, _ := For(2021); std0.Box1Rate[0] != 0.371 {
		t.Errorf("override leaked into the package tables")
	}
	// An override of the last table year moves the carried years.
	if err := b.Set(2026, "transition_cap", 1e5); err != nil {
		t.Fatal(err)
	}
	if y, _ := b.For(2040); y.TransitionCap != 1e5 {
		t.Errorf("carried year did not follow the override: %v", y.TransitionCap)
	}
	if err := b.Set(2028, AOWKey, 67*12+6); err != nil {
		t.Fatal(err)
	}
	if v, _ := b.Get(2028, AOWKey); v != 67*12+6 {
		t.Errorf("AOW override %v", v)
	}
	for _, c := range []struct {
		year int
		key  string
		v    float64
		msg  string
	}{
		{2021, "box1_rate_9", 0.3, "unknown key; allowed: aof_rate"},
		{2019, "box1_rate_1", 0.3, "allowed years 2020 to 2026"},
		{2021, "box1_rate_1", 1.3, "a fraction from 0 to 1"},
		{2021, "ww_max_daily_wage", -1, "must be ≥ 0"},
		{2021, "box1_limit_1", 1e6, "exceeds box1_limit_2"},
		{2021, "ioaw_born_before", 1964.5, "not a whole number"},
		{2040, AOWKey, 800, "allowed years 2013 to 2030"},
		{2025, AOWKey, 500, "whole months from 720 to 900"},
	} {
		err := b.Set(c.year, c.key, c.v)
		if err == nil || !strings.Contains(err.Error(), c.msg) || !strings.Contains(err.Error(), c.key) {
			t.Errorf("Set(%d, %s, %v): error %v, want one with %q", c.year, c.key, c.v, err, c.msg)
		}
	}
	if len(Keys()) != len(fields)+1 {
		t.Errorf("Keys lists %d, want %d", len(Keys()), len(fields)+1)
	}
}

func TestCPI(t *testing.T) {
	// 100 euros of 2021 are 117.90 euros of 2024 (CBS: +10.0%, +3.8%, +3.3%).
	got, err := Convert(100, 2021, 2024)
	if err != nil || math.Abs(got-117.9) > 1e-9 {
		t.Errorf("Convert(100, 2021, 2024) = %v, %v", got, err)
	}
	back, _ := Convert(got, 2024, 2021)
	if math.Abs(back-100) > 1e-9 {
		t.Errorf("round trip %v", back)
	}
	_, err = Convert(100, 2021, 2031)
	if err == nil || !strings.Contains(err.Error(), "no CPI figure for 2031: allowed 2015 to 2026") {
		t.Errorf("missing year error %v", err)
	}
	// Each year's index against the published yearly change, to 0.1 pp.
	change := map[int]float64{2020: 1.3, 2021: 2.7, 2022: 10.0, 2023: 3.8, 2024: 3.3, 2025: 3.3}
	for yr, pct := range change {
		f, _ := CPIFactor(yr-1, yr)
		if math.Abs(100*(f-1)-pct) > 0.1 {
			t.Errorf("CPI %d: %.2f%%, CBS %.1f%%", yr, 100*(f-1), pct)
		}
	}
}

// The hot-loop methods allocate nothing.
func TestNoAllocs(t *testing.T) {
	y, _ := For(2024)
	var sink float64
	n := testing.AllocsPerRun(100, func() {
		sink += y.MonthTax(1800, 0) + y.NetTax(20000, 5000) + y.SpecialRate(30000) +
			y.Zorgtoeslag(Single, 20000) + y.ZvwEmployerLevy(20000) + WWBenefit(3, 1800, 500) +
			y.Charges(20000, true).Total() + y.BijstandMonth(Couple, 100)
	})
	if n != 0 {
		t.Errorf("%v allocations per call", n)
	}
	_ = sink
}

func BenchmarkMonthTax(b *testing.B) {
	y, _ := For(2024)
	var sink float64
	for i := 0; b.Loop(); i++ {
		sink += y.MonthTax(1000+float64(i%4000), float64(i%3)*300)
	}
	_ = sink
}

// Every key reaches its own field and no other.
func TestKeysMapOneField(t *testing.T) {
	base := Tables()[1]
	for _, f := range fields {
		p := base
		v := 0.123456
		if f.i != nil {
			v = 1234
		}
		if err := SetParam(&p, f.key, v); err != nil {
			t.Fatal(err)
		}
		if got, _ := GetParam(&p, f.key); got != v {
			t.Errorf("%s: Get after Set gives %v", f.key, got)
		}
		changed := 0
		for _, g := range fields {
			a, _ := GetParam(&base, g.key)
			b, _ := GetParam(&p, g.key)
			if a != b {
				changed++
			}
		}
		if changed != 1 {
			t.Errorf("%s: setting it changed %d figures", f.key, changed)
		}
	}
}

// Every figure of Params (but Year) has a key.
func TestEveryFigureHasAKey(t *testing.T) {
	n := 0
	rt := reflect.TypeOf(Params{})
	for i := range rt.NumField() {
		f := rt.Field(i)
		switch {
		case f.Name == "Year":
		case f.Type.Kind() == reflect.Array:
			n += f.Type.Len()
		default:
			n++
		}
	}
	if n != len(fields) {
		t.Errorf("Params has %d figures, %d keys", n, len(fields))
	}
}
