package model

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Attributes drawn per person; each has its own random stream.
const (
	attrEducation = iota
	attrHousehold
	attrFlex
	attrDigital
	attrTriage
)

// WorkingAgeFrom is the age from which synthetic persons can have worked:
// the end of compulsory full-time schooling in the Netherlands (source:
// Leerplichtwet 1969, art. 3: leerplicht until the end of the school year
// in which one turns 16).
const WorkingAgeFrom = 16

// GeneratePersons draws a synthetic cohort of n persons from c into dst
// (reused when it has room) for the iteration with stream key iterKey.
// Person p draws from its own streams, so the same person appears in every
// scenario that describes the cohort alike. src is scratch space for the
// spreads, which are sampled with gonum's samplers.
func GeneratePersons(dst []Person, c *Cohort, n int, iterKey uint64, src *rand.PCG) []Person {
	if cap(dst) < n {
		dst = make([]Person, n)
	}
	dst = dst[:n]
	// The spreads' samplers, set up once: they draw what Dist.Rand draws.
	age, tenure, earlier := c.Age.NewSampler(src), c.TenureYears.NewSampler(src), c.EarlierWorkYears.NewSampler(src)
	wage, hours, notice := c.MonthlyWage.NewSampler(src), c.ContractHours.NewSampler(src), c.NoticeMonths.NewSampler(src)
	for p := range dst {
		pk := key(iterKey^0x706572736f6e, uint64(p))
		u := func(attr int) float64 { return uniform(key(pk, drawAttribute+uint64(attr))) }
		src.Seed(pk, drawAttribute)
		x := &dst[p]
		x.EntryMonth = entryMonth(c.EntryMonths, p, n)
		// The order of these draws is part of the common random numbers.
		x.Age = age.Rand()
		// The spreads are drawn independently; no one has worked longer
		// than since the age of WorkingAgeFrom.
		working := math.Max(0, x.Age-WorkingAgeFrom)
		x.TenureYears = math.Min(math.Max(0, tenure.Rand()), working)
		x.HistoryYears = x.TenureYears + math.Min(math.Max(0, earlier.Rand()), working-x.TenureYears)
		x.MonthlyWage = math.Max(0, wage.Rand())
		x.ContractHours = math.Max(1, hours.Rand())
		x.NoticeMonths = max(1, int(math.Round(notice.Rand())))
		x.Education = EducationLevel(pick(u(attrEducation), c.Education.Low, c.Education.Mid))
		x.Household = HouseholdType(pick(u(attrHousehold), c.Household.Single, c.Household.PartnerWithIncome))
		x.Flex = u(attrFlex) < c.FlexShare
		x.DigitalLow = u(attrDigital) < c.DigitalLowShare
		if c.Triage.Method == "characteristics" {
			x.Triage = TriageFromCharacteristics(x)
		} else {
			x.Triage = 1 + pick(u(attrTriage), c.Triage.Shares.Group1, c.Triage.Shares.Group2)
		}
	}
	return dst
}

// sameCohort reports whether a and b describe the same synthetic cohort, so
// that GeneratePersons draws the same persons from them. It compares every
// field, as reflect.DeepEqual would, without reflection (the engine asks
// once per scenario and iteration, and a calibration's evaluations run
// some 700,000 iterations); TestSameCohortEveryField fails when a field is
// added to Cohort and not here.
func sameCohort(a, b *Cohort) bool {
	return a.Size == b.Size && a.File == b.File && a.Start == b.Start &&
		slices.Equal(a.EntryMonths, b.EntryMonths) &&
		a.Age == b.Age && a.TenureYears == b.TenureYears && a.EarlierWorkYears == b.EarlierWorkYears &&
		a.MonthlyWage == b.MonthlyWage && a.ContractHours == b.ContractHours && a.NoticeMonths == b.NoticeMonths &&
		a.FlexShare == b.FlexShare && a.DigitalLowShare == b.DigitalLowShare &&
		a.Education == b.Education && a.Household == b.Household && a.Triage == b.Triage
}

// TriageFromCharacteristics assigns a triage group by counting risk factors
// for a long search — age 55 or over, low education, low digital skills —
// after the report's description of who needed custom support (§2.3, §3.1.2):
// none gives group 1, one gives group 2, two or more give group 3.
func TriageFromCharacteristics(x *Person) int {
	score := 0
	if x.Age >= 55 {
		score++
	}
	if x.Education == EducationLow {
		score++
	}
	if x.DigitalLow {
		score++
	}
	return 1 + min(score, 2)
}

// entryMonth spreads n persons evenly over the entry months, in order.
func entryMonth(months []int, p, n int) int {
	if len(months) == 0 {
		return 0
	}
	return months[p*len(months)/n]
}

// pick returns 0 when u < a, 1 when u < a+b and 2 otherwise.
func pick(u, a, b float64) int {
	switch {
	case u < a:
		return 0
	case u < a+b:
		return 1
	}
	return 2
}
