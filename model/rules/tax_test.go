package rules

import (
	"math"
	"testing"
)

// The expected figures below are worked out by hand from the official
// tables (Belastingdienst box 1 rates and credits for persons under the AOW
// age; no pension premium). Annual income = 12 × 1.08 × monthly:
// €1,100 → 14,256; €1,800 → 23,328; €2,300 → 29,808; €4,000 → 51,840;
// WW at 70% of €1,800 = €1,260 → 16,329.60.
//
// 2021: rate 37.10% to 68,507. AHK 2,837 − 5.977% × (Y − 21,043).
// AK: 4.581% × 10,108 = 463.05; + 28.771% × 11,727 = 3,837.03 at 21,835;
// + 2.663% × 13,817 = 4,204.98 at 35,652; − 6% above.
//
//	€1,100: tax 37.1% × 14,256 = 5,288.98; AHK 2,837;
//	        AK 463.05 + 28.771% × (14,256 − 10,108 = 4,148) = 1,656.47;
//	        net tax 5,288.98 − 2,837 − 1,656.47 = 795.51.
//	€1,800: tax 8,654.69; AHK 2,837 − 5.977% × 2,285 = 2,700.43;
//	        AK 3,837.03 + 2.663% × 1,493 = 3,876.79;
//	        net tax 2,077.47.
//	€2,300: tax 11,058.77; AHK 2,837 − 5.977% × 8,765 = 2,313.11;
//	        AK 3,837.03 + 2.663% × 7,973 = 4,049.35; net tax 4,696.31.
//	€4,000: tax 19,232.64; AHK 2,837 − 5.977% × 30,797 = 996.26;
//	        AK 4,204.98 − 6% × 16,188 = 3,233.70; net tax 15,002.68.
//	WW:     tax 37.1% × 16,329.60 = 6,058.28; AHK 2,837; no AK;
//	        net tax 3,221.28 (net 13,108.32 against 21,250.53 in work at
//	        €1,800).
//
// 2024: rate 36.97% to 75,518. AHK 3,362 − 6.630% × (Y − 24,812).
// AK: 8.425% × 11,490 = 968.03; + 31.433% × 13,330 = 5,158.05 at 24,820;
// + 2.471% × 15,137 = 5,532.09 at 39,957; − 6.51% above.
//
//	€1,100: tax 36.97% × 14,256 = 5,270.44; AHK 3,362;
//	        AK 968.03 + 31.433% × 2,766 = 1,837.47; net tax 70.97.
//	€1,800: tax 8,624.36; AHK 3,362; AK 968.03 + 31.433% × 11,838 =
//	        4,689.07; net tax 573.29.
//	€2,300: tax 11,020.02; AHK 3,362 − 6.63% × 4,996 = 3,030.77;
//	        AK 5,158.05 + 2.471% × 4,988 = 5,281.30; net tax 2,707.95.
//	€4,000: tax 19,165.25; AHK 3,362 − 6.63% × 27,028 = 1,570.04;
//	        AK 5,532.09 − 6.51% × 11,883 = 4,758.51; net tax 12,836.70.
//	WW:     tax 36.97% × 16,329.60 = 6,037.05; AHK 3,362; net tax 2,675.05.
//
// The law states the arbeidskorting with anchors rounded to whole euros
// (463, 3,837, 4,205 in 2021); the tolerance of €0.05 covers that and the
// hand rounding.
func TestNetTaxByHand(t *testing.T) {
	cases := []struct {
		year             int
		wage, ww         float64 // gross monthly
		tax, ahk, labour float64 // annual, by hand
	}{
		{2021, 1100, 0, 795.51, 2837, 1656.47},
		{2021, 1800, 0, 2077.47, 2700.43, 3876.79},
		{2021, 2300, 0, 4696.31, 2313.11, 4049.35},
		{2021, 4000, 0, 15002.68, 996.26, 3233.70},
		{2021, 0, 0.7 * 1800, 3221.28, 2837, 0},
		{2024, 1100, 0, 70.97, 3362, 1837.47},
		{2024, 1800, 0, 573.29, 3362, 4689.07},
		{2024, 2300, 0, 2707.95, 3030.77, 5281.30},
		{2024, 4000, 0, 12836.70, 1570.04, 4758.51},
		{2024, 0, 0.7 * 1800, 2675.05, 3362, 0},
	}
	for _, c := range cases {
		y, err := For(c.year)
		if err != nil {
			t.Fatal(err)
		}
		earned, benefit := Annual(c.wage), Annual(c.ww)
		got := y.NetTax(earned, benefit)
		if math.Abs(got-c.tax) > 0.05 {
			t.Errorf("%d wage %v ww %v: net tax %.2f, by hand %.2f", c.year, c.wage, c.ww, got, c.tax)
		}
		if g := y.GeneralCredit(earned + benefit); math.Abs(g-c.ahk) > 0.05 {
			t.Errorf("%d wage %v ww %v: general credit %.2f, by hand %.2f", c.year, c.wage, c.ww, g, c.ahk)
		}
		if g := y.LabourCredit(earned); math.Abs(g-c.labour) > 0.05 {
			t.Errorf("%d wage %v: labour credit %.2f, by hand %.2f", c.year, c.wage, g, c.labour)
		}
		if m := y.MonthTax(c.wage, c.ww); math.Abs(12*m-got) > 1e-9 {
			t.Errorf("%d wage %v ww %v: 12 × MonthTax %.4f, NetTax %.4f", c.year, c.wage, c.ww, 12*m, got)
		}
	}
}

// WW pays more tax than the same wage: no arbeidskorting (issue 10: about
// 6% against 17% at €1,533 in 2021).
func TestWWTaxedWithoutLabourCredit(t *testing.T) {
	y, _ := For(2021)
	a := Annual(1533)
	work, ww := y.NetTax(a, 0)/a, y.NetTax(0, a)/a
	// By hand: 19,867.68 × 37.1% = 7,370.91; AHK 2,837; AK 463.05 +
	// 28.771% × 9,759.68 = 3,271.02 → 1,262.89 = 6.4%; the same gross as WW:
	// 7,370.91 − 2,837 = 4,533.91 = 22.8% (the 17% is WW at 70% of
	// the wage: 13,907.38 × 37.1% − 2,837 = 2,322.64 = 16.7%).
	if math.Abs(work-0.0636) > 0.001 || math.Abs(ww-0.2282) > 0.001 {
		t.Errorf("average rates work %.4f, WW %.4f; by hand 0.0636, 0.2282", work, ww)
	}
}

// The tabulated maxima of the credits follow from the kinks and rates.
func TestCreditMaxima(t *testing.T) {
	want := map[int]float64{2020: 3819, 2021: 4205, 2022: 4260, 2023: 5052, 2024: 5532, 2025: 5599, 2026: 5685}
	for yr, m := range want {
		y, _ := For(yr)
		if math.Abs(y.LabourCreditMax()-m) > 1.5 {
			t.Errorf("%d: labour credit maximum %.2f, table %v", yr, y.LabourCreditMax(), m)
		}
		// The credit reaches zero within €30 of the table's end (the general
		// credit at the top of bracket 2, the labour credit at its end).
		if g := y.GeneralCredit(y.Box1Limit[1] + 30); g != 0 {
			t.Errorf("%d: general credit %.2f above the bracket-2 limit", yr, g)
		}
	}
}

func TestSpecialRate(t *testing.T) {
	y, _ := For(2021)
	cases := []struct {
		wage, rate float64
		why        string
	}{
		{5000, 0, "credits exceed the tax"},
		{15000, 0.371 - 0.28771, "AK build-up"},
		{30000, 0.371 + 0.05977 - 0.02663, "AHK phase-out, AK build-up"},
		{50000, 0.371 + 0.05977 + 0.06, "both phase out"},
		{80000, 0.495 + 0.06, "top rate, AK phase-out"},
		{200000, 0.495, "top rate only"},
	}
	for _, c := range cases {
		if got := y.SpecialRate(c.wage); math.Abs(got-c.rate) > 1e-9 {
			t.Errorf("SpecialRate(%v) = %.5f, want %.5f (%s)", c.wage, got, c.rate, c.why)
		}
		// The rate is the slope of NetTax.
		if c.wage > 6000 {
			slope := (y.NetTax(c.wage+10, 0) - y.NetTax(c.wage, 0)) / 10
			if math.Abs(slope-c.rate) > 1e-6 {
				t.Errorf("wage %v: slope of NetTax %.5f, SpecialRate %.5f", c.wage, slope, c.rate)
			}
		}
	}
}

func TestZvw(t *testing.T) {
	y, _ := For(2021)
	// 7% of 16,329.60 = 1,143.07; capped at 7% of 58,311 = 4,081.77.
	if got := y.ZvwEmployerLevy(16329.60); math.Abs(got-1143.072) > 1e-6 {
		t.Errorf("levy %.3f, want 1143.072", got)
	}
	if got := y.ZvwEmployerLevy(100000); math.Abs(got-4081.77) > 1e-6 {
		t.Errorf("capped levy %.2f, want 4081.77", got)
	}
	if got := y.ZvwContribution(20000); math.Abs(got-1150) > 1e-9 {
		t.Errorf("contribution %.2f, want 1150 (5.75%%)", got)
	}
}

func TestZorgtoeslag(t *testing.T) {
	y, _ := For(2024)
	cases := []struct {
		h            Household
		income, want float64
	}{
		{Single, 20000, 1483.07},                           // below the threshold: the maximum
		{Single, 29808, 1483.07 - 0.1367*(29808-26819)},    // 1,074.48
		{Couple, 29808, 2832.58 - 0.1367*(29808-26819)},    // 2,423.99
		{Single, 37497, 0},                                 // above the limit
		{Couple, 47000, math.Max(0, 2832.58-0.1367*20181)}, // 0: taper ran out
	}
	for _, c := range cases {
		if got := y.Zorgtoeslag(c.h, c.income); math.Abs(got-c.want) > 1e-6 {
			t.Errorf("Zorgtoeslag(%v, %v) = %.2f, want %.2f", c.h, c.income, got, c.want)
		}
	}
	// Monthly maxima as published: 2023 €154 single, 2024 €123, 2022 €111.
	for yr, m := range map[int]float64{2022: 111, 2023: 154, 2024: 123} {
		y, _ := For(yr)
		if got := math.Floor(y.Zorgtoeslag(Single, 0) / 12); got != m {
			t.Errorf("%d: monthly maximum %v, published %v", yr, got, m)
		}
	}
}

func TestCharges(t *testing.T) {
	y, _ := For(2021)
	// 2021, €1,800 a month: 23,328 a year. WW 2.7% = 629.86 (flex 7.7% =
	// 1,796.26), Aof 7.03% = 1,639.96, Whk 1.36% = 317.26, Wko 0.5% =
	// 116.64, Zvw 7% = 1,632.96: 4,336.68 = 18.59% of the wage (payroll
	// statistics' 19.3% adds the Ufo premium of government employers, 0.68%).
	c := y.Charges(23328, false)
	want := EmployerCharges{WW: 629.856, Aof: 1639.9584, Whk: 317.2608, Wko: 116.64, Zvw: 1632.96}
	if math.Abs(c.Total()-4336.6752) > 1e-6 || math.Abs(c.WW-want.WW) > 1e-6 || math.Abs(c.Whk-want.Whk) > 1e-6 {
		t.Errorf("charges %+v, want %+v", c, want)
	}
	if f := y.Charges(23328, true); math.Abs(f.WW-1796.256) > 1e-6 {
		t.Errorf("flex WW premium %.3f, want 1796.256", f.WW)
	}
	if c := y.Charges(1e6, false); math.Abs(c.WW-0.027*58311) > 1e-6 {
		t.Errorf("WW premium above the maximum premium wage %.2f", c.WW)
	}
}

func TestGrossBenefitForNet(t *testing.T) {
	y, _ := For(2021)
	net := 12 * y.BijstandSingleMonth
	g := y.GrossBenefitForNet(net)
	if got := g - y.NetTax(0, g) - y.ZvwContribution(g); math.Abs(got-net) > 0.01 {
		t.Errorf("gross %.2f nets %.2f after tax and the Zvw contribution, want %.2f", g, got, net)
	}
	if zvw := y.ZvwContribution(g); math.Abs(zvw-0.0575*g) > 1e-9 || zvw < 500 {
		t.Errorf("Zvw contribution on gross bijstand %.2f is %.2f, want 5.75%% of it (2021)", g, zvw)
	}
}
