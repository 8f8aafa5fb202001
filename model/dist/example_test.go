package dist_test

import (
	"fmt"

	"github.com/BurntSushi/toml"

	"github.com/vwnw/vwnw/model/dist"
)

func Example() {
	const scenario = `
job_finding_hr = { dist = "pert", min = 1.1, mode = 1.4, max = 1.9 }
wage_growth = 0.02
`
	var s struct {
		JobFindingHR dist.Dist `toml:"job_finding_hr"`
		WageGrowth   dist.Dist `toml:"wage_growth"`
	}
	if _, err := toml.Decode(scenario, &s); err != nil {
		fmt.Println(err)
		return
	}
	hr := s.JobFindingHR
	fmt.Println(hr, hr.Problems() == nil)
	fmt.Printf("mean %.4f, median %.4f\n", hr.Mean(), hr.Median())
	lo, hi := hr.Support()
	fmt.Printf("support [%g, %g]\n", lo, hi)
	// Sampling: the caller supplies the uniform numbers.
	for _, u := range []float64{0.05, 0.5, 0.95} {
		fmt.Printf("Quantile(%g) = %.4f\n", u, hr.Quantile(u))
	}
	fmt.Println(s.WageGrowth, s.WageGrowth.IsFixed(), s.WageGrowth.Quantile(0.7))

	bad := dist.Dist{Kind: dist.PERT, Min: 3, Mode: 2, Max: 4}
	fmt.Println(bad.Problems())
	// Output:
	// { dist = "pert", min = 1.1, mode = 1.4, max = 1.9 } true
	// mean 1.4333, median 1.4255
	// support [1.1, 1.9]
	// Quantile(0.05) = 1.2022
	// Quantile(0.5) = 1.4255
	// Quantile(0.95) = 1.6915
	// 0.02 true 0.02
	// [min (3) > mode (2): need min ≤ mode ≤ max]
}
