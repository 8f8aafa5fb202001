package rules_test

import (
	"fmt"
	"time"

	"github.com/vwnw/vwnw/model/rules"
)

// The net income of a wage and of WW at 70% of it, 2021.
func ExampleYear_NetTax() {
	y, err := rules.For(2021)
	if err != nil {
		panic(err)
	}
	wage := rules.Annual(1800)     // 12 × 1.08 × 1,800
	ww := rules.Annual(0.7 * 1800) // WW also carries 8% holiday allowance
	fmt.Printf("work: gross %.0f, tax %.0f, net %.0f\n", wage, y.NetTax(wage, 0), wage-y.NetTax(wage, 0))
	fmt.Printf("WW:   gross %.0f, tax %.0f, net %.0f\n", ww, y.NetTax(0, ww), ww-y.NetTax(0, ww))
	// Output:
	// work: gross 23328, tax 2077, net 21251
	// WW:   gross 16330, tax 3221, net 13108
}

// Tax booked in one month: a twelfth of the tax on the annualised month.
func ExampleYear_MonthTax() {
	y, _ := rules.For(2024)
	fmt.Printf("%.2f\n", y.MonthTax(2300, 0))
	// Output: 225.66
}

// The transition payment and the rate it is taxed at.
func ExampleYear_SpecialRate() {
	y, _ := rules.For(2021)
	pay := y.TransitionPayment(2300, 15)
	rate := y.SpecialRate(rules.Annual(2300))
	fmt.Printf("payment %.0f taxed at %.2f%%: %.0f\n", pay, 100*rate, rate*pay)
	// Output: payment 12420 taxed at 40.41%: 5019
}

// WW duration with the fictitious work history.
func ExampleWWMonths() {
	birth := time.Date(1962, time.March, 1, 0, 0, 0, 0, time.UTC)
	start := time.Date(2020, time.September, 1, 0, 0, 0, 0, time.UTC)
	h := rules.NewWorkHistory(birth, start, 10)
	fmt.Println(h.Years, "years of history,", rules.WWMonths(h), "months of WW")
	// Output: 28 years of history, 24 months of WW
}

// The AOW age follows the birth date.
func ExampleAOWDate() {
	d, est, _ := rules.AOWDate(time.Date(1956, time.June, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(d.Format("2006-01-02"), est)
	// Output: 2023-04-01 false
}

// Euros of one year in euros of another (CBS CPI).
func ExampleConvert() {
	v, _ := rules.Convert(1000, 2021, 2024)
	fmt.Printf("%.2f\n", v)
	_, err := rules.Convert(1000, 2021, 2040)
	fmt.Println(err)
	// Output:
	// 1179.00
	// no CPI figure for 2040: allowed 2015 to 2026
}

// Years past the last table are carried forward; the caller can say so.
func ExampleFor() {
	y, _ := rules.For(2029)
	fmt.Println(y.Calendar, y.CarriedForward, y.From, y.PriceYear)
	// Output: 2029 true 2026 2026
}

// A sensitivity case: override one figure of one year.
func ExampleBook_Set() {
	b := rules.Default()
	if err := b.Set(2021, "box1_rate_1", 0.40); err != nil {
		panic(err)
	}
	y, _ := b.For(2021)
	fmt.Printf("%.0f\n", y.NetTax(rules.Annual(1800), 0))
	err := b.Set(2021, "box1_rate_one", 0.40)
	fmt.Println(err != nil)
	// Output:
	// 2754
	// true
}
