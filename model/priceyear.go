package model

import (
	"errors"
	"fmt"

	"github.com/vwnw/vwnw/model/rules"
)

// PriceFactor returns the factor that expresses euros of year from in euros
// of year to, CPI(to) / CPI(from) with the CBS consumer price index of
// model/rules; an error names the years with a CPI figure.
func PriceFactor(from, to int) (float64, error) {
	b := rules.Default()
	for _, y := range []int{from, to} {
		if _, _, err := b.CPIIndex(y); err != nil {
			first, last := b.CPIYears()
			return 0, fmt.Errorf("%d has no CPI figure (CBS consumer price index): allowed %d to %d", y, first, last)
		}
	}
	return b.CPIFactor(from, to)
}

// Rescale expresses the amounts of r in euros of year: the NPVs (by
// stakeholder and by item), the cash flows, the budget by year and the cost
// per participant are multiplied by PriceFactor(
// r.Run.PriceYear, year), and r.Run.PriceYear becomes year. Results with a
// sensitivity analysis are refused: its notes state amounts in words, in the
// euros they were run in (run the analysis with --price-year instead).
func (r *Results) Rescale(year int) error {
	if year == r.Run.PriceYear {
		return nil
	}
	if r.Sensitivity != nil {
		return errors.New("these results hold a sensitivity analysis, whose notes state amounts in the euros it ran in; run it again with --price-year")
	}
	k, err := PriceFactor(r.Run.PriceYear, year)
	if err != nil {
		return err
	}
	for i := range r.Scenarios {
		s := &r.Scenarios[i]
		for st := range NumStakeholders {
			s.NPV.At(Stakeholder(st)).scale(k)
			s.NPVPerParticipant.At(Stakeholder(st)).scale(k)
			for j := range *s.Cashflow.At(Stakeholder(st)) {
				(*s.Cashflow.At(Stakeholder(st)))[j] *= k
			}
		}
		s.Outcomes.CostPerParticipant.scale(k)
		if b := s.BudgetByYear; b != nil {
			for st := range NumStakeholders {
				for j := range *b.Amounts.At(Stakeholder(st)) {
					(*b.Amounts.At(Stakeholder(st)))[j] *= k
				}
			}
		}
		for st := range NumStakeholders {
			items := *s.NPVByItem.At(Stakeholder(st))
			for j := range items {
				items[j].Summary.scale(k)
			}
		}
		for j := range s.SocietyBox {
			s.SocietyBox[j] *= k
		}
	}
	r.Run.PriceYear = year
	return nil
}

// scale multiplies the amounts of a summary by k (the standard error and
// the quantiles with it; the share of positive values does not change).
func (s *Summary) scale(k float64) {
	s.Mean *= k
	s.SD *= k
	s.SE *= k
	s.P5 *= k
	s.P50 *= k
	s.P95 *= k
}
