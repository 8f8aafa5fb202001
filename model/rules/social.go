package rules

import (
	"fmt"
	"math"
	"time"
)

// AOWDate returns the day a person born on birth reaches the AOW age, with
// the package's tables; see Book.AOWDate.
func AOWDate(birth time.Time) (date time.Time, estimated bool, err error) {
	return std.AOWDate(birth)
}

// AOWDate returns the day a person born on birth reaches the AOW age. The
// law ties the age to the birth date through the year of reaching it: the
// age of year Y applies to whoever reaches it in Y (the first year Y for
// which birth + age(Y) falls in Y). Years past the AOW table carry its last
// age forward; estimated reports that the date rests on an age the law has
// not fixed. A birth date whose AOW date falls before the table is an error.
func (b *Book) AOWDate(birth time.Time) (date time.Time, estimated bool, err error) {
	for _, a := range b.aow {
		d := birth.AddDate(0, a.Months, 0)
		if d.Year() == a.Year {
			return d, a.Estimated, nil
		}
		if d.Year() < a.Year {
			break
		}
	}
	last := b.aow[len(b.aow)-1]
	d := birth.AddDate(0, last.Months, 0)
	if d.Year() > last.Year {
		return d, true, nil
	}
	return time.Time{}, false, fmt.Errorf("no AOW age for birth date %s: the AOW table covers %d to %d",
		birth.Format("2006-01-02"), b.aow[0].Year, last.Year)
}

// AOWAgeMonths returns the AOW age, in months, of a person born on birth.
func (b *Book) AOWAgeMonths(birth time.Time) (months int, estimated bool, err error) {
	d, est, err := b.AOWDate(birth)
	if err != nil {
		return 0, false, err
	}
	m := (d.Year()-birth.Year())*12 + int(d.Month()) - int(birth.Month())
	return m, est, nil
}

// BijstandMonth returns the monthly net bijstand of a household aged 21 to
// the AOW age with net monthly income other (the partner's income and the
// person's own; Participatiewet art. 31–32). The earnings disregard for
// those starting work (art. 31(2)(n)), the asset test (art. 34) and the
// kostendelersnorm (art. 22a, lower norms for adults sharing a home) are
// left out. Paid by the municipality.
func (y *Year) BijstandMonth(h Household, other float64) float64 {
	norm := y.BijstandSingleMonth
	if h == Couple {
		norm = y.BijstandCoupleMonth
	}
	return max(0, norm-max(0, other))
}

// IOAWEligible reports whether a person born on birth who became unemployed
// on unemployed falls under the IOAW (Wet inkomensvoorziening oudere en
// gedeeltelijk arbeidsongeschikte werkloze werknemers art. 2): born before
// 1 January of IOAWBornBefore and unemployed at IOAWMinAge or later. The
// IOAW starts when the WW ends and runs to the AOW age; those conditions are
// the caller's.
func (y *Year) IOAWEligible(birth, unemployed time.Time) bool {
	if birth.Year() >= y.IOAWBornBefore {
		return false
	}
	return !unemployed.Before(birth.AddDate(y.IOAWMinAge, 0, 0))
}

// IOAWMonth returns the monthly net IOAW of a household: the social minimum
// of the household less the net monthly income of the person and the
// partner (the partner-income test, IOAW art. 8–9). Unlike bijstand there is
// no asset test. Paid by the municipality (funded by the state).
func (y *Year) IOAWMonth(h Household, other float64) float64 {
	norm := y.IOAWSingleMonth
	if h == Couple {
		norm = y.IOAWCoupleMonth
	}
	return max(0, norm-max(0, other))
}

// TransitionPayment returns the statutory transition payment on dismissal:
// one third of a monthly salary (including the holiday allowance) per year
// of service, pro rata from the first day, capped at TransitionCap or one
// annual salary if that is higher (Burgerlijk Wetboek 7:673, as amended by
// the Wet arbeidsmarkt in balans, 2020). It is taxed at SpecialRate.
func (y *Year) TransitionPayment(grossMonthly, tenureYears float64) float64 {
	monthly := grossMonthly * (1 + HolidayAllowance)
	pay := monthly / 3 * max(0, tenureYears)
	return min(pay, max(y.TransitionCap, 12*monthly))
}

// youthMinimumShare is the share of the adult minimum wage a person of 15
// to 20 is owed (the youth scale of the Wet minimumloon en
// minimumvakantiebijslag in force since 1 July 2019); from 21 the adult
// minimum applies.
var youthMinimumShare = map[int]float64{15: 0.30, 16: 0.345, 17: 0.395, 18: 0.50, 19: 0.60, 20: 0.80}

// MinimumHourlyAt returns the statutory minimum wage, € gross an hour, of
// a person of age (in years) on 1 January: MinimumHourly, on the youth
// scale below 21.
func (y *Year) MinimumHourlyAt(age float64) float64 {
	if share, young := youthMinimumShare[int(math.Floor(age))]; young {
		return y.MinimumHourly * share
	}
	return y.MinimumHourly
}
