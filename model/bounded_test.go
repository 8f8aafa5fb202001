package model_test

import (
	"math"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// TestNPVsBounded: in no draw of the shipped scenarios' uncertain
// parameters is any party's NPV per person larger than what a person's
// whole working time over the horizon is worth. A person's labour over
// the 60 months, at the highest wage the cohort draws (€2,300 a month with
// the 8% holiday allowance) valued at the highest productivity (1.30 ×
// the wage), is some €194,000; €250,000 a person leaves room for the
// other items. A convex dose–response once gave a society NPV of €7
// million a person in one of 4,096 draws; a bound on the mean would not
// have seen it.
func TestNPVsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("2,000 iterations of the five shipped scenarios")
	}
	const bound = 250000.0
	var list []*scenarios.Scenario
	for _, name := range scenarios.Shipped() {
		list = append(list, load(t, name))
	}
	runs := collectRuns(t, 2000, list...)
	for s, its := range runs {
		for i := range its {
			for k := range model.NumStakeholders {
				perPerson := its[i].NPV[k] / float64(its[i].CohortSize)
				if math.IsNaN(perPerson) || math.Abs(perPerson) > bound {
					t.Fatalf("%s, iteration %d: %s NPV €%.0f a person, beyond ±€%.0f",
						list[s].Name, i, model.Stakeholder(k).Key(), perPerson, bound)
				}
			}
		}
	}
}
