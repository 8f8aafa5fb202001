package model

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vwnw/vwnw/model/rules"
)

// This file applies the Dutch rules of each calendar year (package
// model/rules) to a person's month: the taxes, premiums, charges and
// allowances of a month of work or of a benefit, in euros of the scenario's
// price year. The engine computes a state's monthly flows with these when a
// person enters the state or a new calendar year (agent.setMonth), and the
// varying parts (WW, a top-up beside a new job) month by month; the rules
// are fetched once per scenario, not per person-month.
//
// Amounts in the scenario are real: euros of economy.price_year, held
// constant over the horizon. The statutory figures of calendar year Y are
// nominal euros of Y; a real amount x is x × nominal in euros of Y, where
// nominal = CPI(Y) / CPI(price year), and what the rules return is divided
// by nominal again. Brackets, credits and caps therefore apply in real terms
// as they were in Y.

// calendar is the rules of every calendar year a scenario's simulation
// spans, in euros of its price year.
type calendar struct {
	startYear int // calendar year of the cohort's month 0
	month0    int // month of the year (0 = January) of the cohort's month 0
	priceYear int
	book      *rules.Book
	years     []yearRules // index: calendar year − startYear
	// statutory is the calendar of the same years without the scenario's
	// rules overrides (c itself when it has none): lost leisure is valued
	// by it, so that a rate that only moves money cannot move the value
	// of the leisure given up (docs/model.md, "Leisure").
	statutory *calendar
	// aowAge[b] is the AOW age in months of a person born on the first of
	// month aowFrom + b (months counted from January of year 0), −1 where
	// the AOW table does not reach; precomputed, so that a person's AOW
	// month is arithmetic.
	aowFrom int
	aowAge  []int32
}

// aowSpan is how far back birth months go in calendar.aowAge: persons up
// to 90 at the start.
const aowSpan = 90 * 12

// yearRules are the rules of one calendar year with what the engine needs
// precomputed.
type yearRules struct {
	*rules.Year
	// next are the rules of the calendar year after (the last year's
	// own for the last: calendar.at carries it forward).
	next *yearRules
	// nominal converts euros of the price year into euros of
	// Year.PriceYear (the year whose euros the figures are in).
	nominal float64
	// bijstand and IOAW by household type.
	bijstand, ioaw socialMinimum
	// toeslag0 is the monthly zorgtoeslag without income, by household.
	toeslag0 [3]float64
}

// socialMinimum is bijstand or IOAW by household type, in price-year
// euros: the gross monthly benefit the municipality pays and the net the
// household keeps, 0 where the household is not eligible (a partner with
// income is taken to earn above the social minimum of a couple); zvw is
// the Zvw contribution withheld from the gross benefit (to the insurers;
// the rest of gross − net is tax), toeslag the zorgtoeslag on the gross
// benefit (yearRules.toeslag of 12 × gross) and out what the household has
// out of work, net + toeslag (the alternative to work of leisureValue).
type socialMinimum struct {
	gross, net, zvw, toeslag, out [3]float64
}

// set works out the social minimum of household h with monthly net norm
// (nominal euros of r's year) under the rules r, nominal r.nominal.
func (sm *socialMinimum) set(r *yearRules, h HouseholdType, norm float64) {
	f, y := r.nominal, r.Year
	sm.net[h] = norm / f
	g := y.GrossBenefitForNet(12 * norm)
	sm.gross[h], sm.zvw[h] = g/12/f, y.ZvwContribution(g)/12/f
	sm.toeslag[h] = r.toeslag(h, 12*sm.gross[h])
	sm.out[h] = sm.net[h] + sm.toeslag[h]
}

// ParseStart parses a cohort start month "YYYY-MM".
func ParseStart(s string) (year, month int, err error) {
	y, m, ok := strings.Cut(s, "-")
	year, err1 := strconv.Atoi(y)
	month, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || len(y) != 4 || len(m) != 2 || month < 1 || month > 12 {
		return 0, 0, fmt.Errorf("start month %q is not a month YYYY-MM, e.g. \"2020-09\"", s)
	}
	return year, month, nil
}

// NewRuleBook returns the Dutch rules with a scenario's overrides applied.
func NewRuleBook(overrides []RuleOverride) (*rules.Book, error) {
	b := rules.Default()
	for _, o := range overrides {
		if err := b.Set(o.Year, o.Key, o.Value); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// CheckCalendar reports whether start (a cohort start month) and priceYear
// are covered by the rules: the start year must have a table of its own and
// the price year a CPI figure. The errors name the allowed years.
func CheckCalendar(b *rules.Book, start string, priceYear int) error {
	year, _, err := ParseStart(start)
	if err != nil {
		return err
	}
	if first, last := b.TableYears(); year < first || year > last {
		return fmt.Errorf("start month %s: no Dutch rules for %d; allowed %d-01 to %d-12", start, year, first, last)
	}
	if _, _, err := b.CPIIndex(priceYear); err != nil {
		first, last := b.CPIYears()
		return fmt.Errorf("price year %d has no CPI figure: allowed %d to %d", priceYear, first, last)
	}
	return nil
}

// scenarioCalendar returns the calendar of the rules of the years a
// scenario with parameters p spans over months months, with its rules
// overrides, and the statutory calendar beside it.
func scenarioCalendar(p *Params, months int) (*calendar, error) {
	book, err := NewRuleBook(p.Rules)
	if err != nil {
		return nil, err
	}
	cal, err := newCalendar(book, p.Cohort.Start, p.Economy.PriceYear, months)
	if err != nil {
		return nil, err
	}
	cal.statutory = cal
	if len(p.Rules) > 0 {
		if cal.statutory, err = newCalendar(rules.Default(), p.Cohort.Start, p.Economy.PriceYear, months); err != nil {
			return nil, err
		}
	}
	return cal, nil
}

// statutoryYear returns the year of c.statutory that y (a year of c) is.
func (c *calendar) statutoryYear(y *yearRules) *yearRules {
	if c.statutory == c {
		return y
	}
	return &c.statutory.years[y.Calendar-c.startYear]
}

// newCalendar fetches the rules of the calendar years from start through
// the months that follow it.
func newCalendar(b *rules.Book, start string, priceYear, months int) (*calendar, error) {
	if err := CheckCalendar(b, start, priceYear); err != nil {
		return nil, err
	}
	year, month, _ := ParseStart(start)
	c := &calendar{startYear: year, month0: month - 1, priceYear: priceYear, book: b}
	c.aowFrom = year*12 + month - 1 - aowSpan
	c.aowAge = make([]int32, aowSpan+1)
	for i := range c.aowAge {
		m := c.aowFrom + i
		c.aowAge[i] = -1
		if age, _, err := b.AOWAgeMonths(time.Date(m/12, time.Month(m%12+1), 1, 0, 0, 0, 0, time.UTC)); err == nil {
			c.aowAge[i] = int32(age)
		}
	}
	n := (c.month0+max(months, 1)-1)/12 + 1
	c.years = make([]yearRules, n)
	for i := range c.years {
		y, err := b.For(year + i)
		if err != nil {
			return nil, err
		}
		r := &c.years[i]
		r.Year, r.next = y, &c.years[min(i+1, n-1)]
		f, err := b.CPIFactor(priceYear, y.PriceYear)
		if err != nil {
			return nil, err
		}
		r.nominal = f
		for h := range 3 {
			hh, ok := household(HouseholdType(h))
			if !ok {
				continue
			}
			r.bijstand.set(r, HouseholdType(h), y.BijstandMonth(hh, 0))
			r.ioaw.set(r, HouseholdType(h), y.IOAWMonth(hh, 0))
			r.toeslag0[h] = r.toeslag(HouseholdType(h), 0)
		}
	}
	return c, nil
}

// household maps a household type to the rules' type for the means tests;
// false for a partner with income, whose income the model does not know
// and takes to be above the social minimum and the zorgtoeslag limit of a
// couple.
func household(h HouseholdType) (rules.Household, bool) {
	switch h {
	case Single:
		return rules.Single, true
	case PartnerWithoutIncome:
		return rules.Couple, true
	}
	return rules.Single, false
}

// at returns the rules of the calendar month m months after the cohort's
// month 0.
func (c *calendar) at(m int32) *yearRules {
	return &c.years[min((c.month0+int(m))/12, len(c.years)-1)]
}

// nextYear returns the month, counted from the cohort's month 0, in which
// the calendar year after that of month m begins.
func (c *calendar) nextYear(m int32) int32 {
	return int32(((c.month0+int(m))/12+1)*12 - c.month0)
}

// carried returns the first calendar year the simulation spans that has no
// table of its own, or 0.
func (c *calendar) carried() int {
	for i := range c.years {
		if c.years[i].CarriedForward {
			return c.years[i].Calendar
		}
	}
	return 0
}

// jobMonth is what a month of a job brings, in price-year euros.
type jobMonth struct {
	pay      float64 // gross wage with the month's share of the holiday allowance
	uwv      float64 // the employer's WW (AWf), Aof and Whk premiums, to UWV's funds
	insurers float64 // the Zvw employer levy, to the health insurance fund
	treasury float64 // the childcare surcharge (Wko), passed on to the treasury
	tax      float64 // wage tax and national insurance premiums after the credits
	toeslag  float64 // zorgtoeslag of the household
}

// job returns the month of a job at gross monthly wage w (without holiday
// allowance) under contract type flex, for household h.
func (r *yearRules) job(w float64, flex bool, h HouseholdType) jobMonth {
	n := r.nominal
	annual := rules.Annual(w * n)
	c := r.Charges(annual, flex)
	return jobMonth{
		pay:      w * (1 + rules.HolidayAllowance),
		uwv:      (c.WW + c.Aof + c.Whk) / 12 / n,
		insurers: c.Zvw / 12 / n,
		treasury: c.Wko / 12 / n,
		tax:      r.MonthTax(w*n, 0) / n,
		toeslag:  r.toeslag(h, annual/n),
	}
}

// toeslag returns the monthly zorgtoeslag of household h with annual income
// (price-year euros).
func (r *yearRules) toeslag(h HouseholdType, annual float64) float64 {
	hh, ok := household(h)
	if !ok {
		return 0
	}
	return r.Zorgtoeslag(hh, annual*r.nominal) / 12 / r.nominal
}

// tax returns the month's tax with gross wage earned and gross taxable
// benefit benefit, both without holiday allowance (price-year euros).
func (r *yearRules) tax(earned, benefit float64) float64 {
	return r.MonthTax(earned*r.nominal, benefit*r.nominal) / r.nominal
}

// benefitMonth is what a benefit paid beside earned income brings on top of
// that income alone: the benefit as paid, the extra tax, the change of
// zorgtoeslag and the Zvw levy its payer pays.
type benefitMonth struct {
	paid, tax, toeslag, zvw float64
}

// benefit returns the month of a gross benefit b beside a wage earned (both
// without holiday allowance; the benefit carries the 8% as WW does, see
// rules.Annual), for household h. zvw says whether the payer pays the Zvw
// employer levy on it (UWV on WW).
func (r *yearRules) benefit(earned, b float64, h HouseholdType, zvw bool) benefitMonth {
	m := benefitMonth{paid: b * (1 + rules.HolidayAllowance)}
	if earned == 0 {
		// No tax and the maximum allowance without income.
		m.tax = r.tax(0, b)
		m.toeslag = r.toeslag(h, rules.Annual(b)) - r.toeslag0[h]
	} else {
		m.tax = r.tax(earned, b) - r.tax(earned, 0)
		m.toeslag = r.toeslag(h, rules.Annual(earned+b)) - r.toeslag(h, rules.Annual(earned))
	}
	if zvw {
		m.zvw = r.ZvwEmployerLevy(rules.Annual(b*r.nominal)) / 12 / r.nominal
	}
	return m
}

// payment returns the month of a taxable payment x that carries no holiday
// allowance (the fund's income for trainees, a wage supplement) beside a
// wage earned, taxed as a benefit (no labour credit).
func (r *yearRules) payment(earned, x float64, h HouseholdType) benefitMonth {
	m := r.benefit(earned, x/(1+rules.HolidayAllowance), h, false)
	m.paid = x
	return m
}

// transition returns the statutory transition payment of a person with
// gross monthly wage w and tenure years of service, and the tax on it at
// the special-payment rate.
func (r *yearRules) transition(w, tenure float64) (pay, tax float64) {
	n := r.nominal
	pay = r.TransitionPayment(w*n, tenure) / n
	return pay, pay * r.SpecialRate(rules.Annual(w*n))
}

// wwMonthWage returns the WW month wage of gross monthly wage w, capped at
// the year's maximum daily wage.
func (r *yearRules) wwMonthWage(w float64) float64 {
	return r.WWMonthWage(w*r.nominal) / r.nominal
}

// wwEntitlement returns the WW months of a person born on the first of
// month birth, dismissed on the first of month dismissed (both counted from
// January of year 0): from the work history as UWV counts it, with the
// fictitious years (from the year of turning 18 through 1997). The history
// follows from age and the years worked, counted back from the dismissal
// as one spell (rules.NewWorkHistoryMonths); a known history (a cohort
// file's work_history_years) replaces it.
func wwEntitlement(x *Person, birth, dismissed int) int {
	if x.HistoryKnown {
		h := rules.NewWorkHistoryMonths(birth, dismissed, x.TenureYears)
		return rules.WWMonths(h.WithYears(int(x.HistoryYears)))
	}
	return rules.WWMonths(rules.NewWorkHistoryMonths(birth, dismissed, x.HistoryYears))
}

// calendars fetches, for every scenario, the rules of the calendar years
// its simulation spans (with its rules overrides) and the factor from its
// euros to those of the results: Config.PriceYear, or the baseline's
// economy.price_year.
func (e *Engine) calendars() error {
	median := func(string) float64 { return 0.5 }
	var p Params
	e.inputs[0].Draw(median, &p)
	if e.inputs[0].Vary != nil {
		e.inputs[0].Vary(&p)
	}
	e.outYear = e.cfg.PriceYear
	if e.outYear == 0 {
		e.outYear = p.Economy.PriceYear
	}
	e.cals = make([]*calendar, len(e.inputs))
	e.euros = make([]float64, len(e.inputs))
	for s, in := range e.inputs {
		in.Draw(median, &p)
		if in.Vary != nil {
			in.Vary(&p)
		}
		last := slices.Max(append([]int{0}, p.Cohort.EntryMonths...))
		for i := range in.Persons {
			last = max(last, in.Persons[i].EntryMonth)
		}
		cal, err := scenarioCalendar(&p, last+e.cfg.Horizon)
		if err != nil {
			return fmt.Errorf("scenario %s: %w", in.Name, err)
		}
		k, err := PriceFactor(p.Economy.PriceYear, e.outYear)
		if err != nil {
			return fmt.Errorf("price year of the results: %w", err)
		}
		e.cals[s], e.euros[s] = cal, k
		if c := cal.carried(); c > 0 && (e.carried == 0 || c < e.carried) {
			e.carried = c
		}
	}
	return nil
}

// bijstandHousehold reports whether a household can get bijstand or IOAW:
// not one with a partner with income (see household).
func bijstandHousehold(h HouseholdType) bool {
	_, ok := household(h)
	return ok
}

// WWContinues reports whether WW continues beside new earnings: up to
// 87.5% of the WW month wage (rules.WWEarningsLimit).
func WWContinues(monthWage, earnings float64) bool {
	return earnings <= rules.WWEarningsLimit*monthWage
}

// calendarFacts sets what the calendar decides for person x at the
// announcement: the rules of the entry year, the AOW month from the birth
// month, and at the planned dismissal (after the notice) the WW month wage,
// the WW entitlement from the work history, IOAW cover and the transition
// payment with its tax, under the rules of the dismissal's year. Months
// are counted from January of year 0; a person is taken to be born on the
// first of the month that age gives.
//
// The facts depend on the person and the calendar only, so they are
// worked out once and restored where they are met again (tally.facts,
// model/share.go): by the other scenarios of the iteration under the same
// calendar, by every iteration for a cohort file, and with a Cache by the
// runs after.
func (a *agent) calendarFacts(pl *plan, x *Person) {
	c, f, tl := pl.cal, &a.facts, pl.tally
	a.ww.year, f.wwPartYear, f.pay.yr = [2]*yearRules{}, [2]*yearRules{}, nil
	if tl.factsKnown {
		tl.facts[tl.person].restore(a, c)
		return
	}
	a.yr = c.at(a.entry)
	a.newYear = c.nextYear(a.entry) - a.entry
	entered := c.startYear*12 + c.month0 + int(a.entry)
	birth := entered - int(x.Age*12)
	a.pensionAt = 0
	if b := birth - c.aowFrom; b >= 0 && b < len(c.aowAge) && c.aowAge[b] >= 0 {
		a.pensionAt = int32(max(birth+int(c.aowAge[b])-entered, 0))
	}
	notice := int32(x.NoticeMonths)
	dy := c.at(a.entry + notice)
	dismissed := entered + int(notice)
	f.wwWage = dy.wwMonthWage(x.MonthlyWage)
	f.wwWageStatutory = f.wwWage
	if c.statutory != c {
		f.wwWageStatutory = c.statutoryYear(dy).wwMonthWage(x.MonthlyWage)
	}
	f.entitlement = int32(wwEntitlement(x, birth, dismissed))
	f.ioaw = birth/12 < dy.IOAWBornBefore && dismissed-birth >= 12*dy.IOAWMinAge
	f.transition, f.transitionTax = dy.transition(x.MonthlyWage, x.TenureYears+float64(notice)/12)
	if !f.countsOnly {
		a.oldJobMonth() // under notice first, in the year of the announcement
	}
	if tl.facts != nil {
		tl.facts[tl.person].save(a, c)
	}
}

// calendarFact is what agent.calendarFacts sets for one person under one
// calendar, as a Cache or a workspace keeps it (model/share.go): with no
// pointers, so that the garbage collector need not scan the persons'
// facts. year is the index of the entry year's rules in the calendar;
// oldJob its month of the old job when oldJobKnown.
type calendarFact struct {
	year                      int32
	newYear, pensionAt        int32
	entitlement               int32
	ioaw, oldJobKnown         bool
	wwWage, wwWageStatutory   float64
	transition, transitionTax float64
	oldJob                    jobMonth
}

// save keeps what calendarFacts set in a under calendar c.
func (cf *calendarFact) save(a *agent, c *calendar) {
	f := &a.facts
	*cf = calendarFact{year: int32(a.yr.Calendar - c.startYear), newYear: a.newYear, pensionAt: a.pensionAt,
		entitlement: f.entitlement, ioaw: f.ioaw, wwWage: f.wwWage, wwWageStatutory: f.wwWageStatutory, transition: f.transition,
		transitionTax: f.transitionTax, oldJobKnown: a.oldJob.yr == a.yr, oldJob: a.oldJob.jobMonth}
}

// restore sets in a what calendarFacts would set under calendar c.
func (cf *calendarFact) restore(a *agent, c *calendar) {
	f := &a.facts
	a.yr, a.newYear, a.pensionAt = &c.years[cf.year], cf.newYear, cf.pensionAt
	f.entitlement, f.ioaw, f.wwWage, f.wwWageStatutory = cf.entitlement, cf.ioaw, cf.wwWage, cf.wwWageStatutory
	f.transition, f.transitionTax = cf.transition, cf.transitionTax
	a.oldJob = oldJob{jobMonth: cf.oldJob}
	if cf.oldJobKnown {
		a.oldJob.yr = a.yr
	}
}

// oldJob is the month of the old job (yearRules.job of the old wage,
// contract and household) under the rules yr, nil when not worked out.
type oldJob struct {
	yr *yearRules
	jobMonth
}

// oldJobMonth returns the month of the old job under the rules of the
// agent's calendar year: worked out once per year (the same under notice
// and retained) and kept in a.oldJob.
func (a *agent) oldJobMonth() *jobMonth {
	if o := &a.oldJob; o.yr != a.yr {
		f := &a.facts
		o.jobMonth, o.yr = a.yr.job(f.wage, f.flex, f.household), a.yr
	}
	return &a.oldJob.jobMonth
}

// newCalendarYear moves the agent into the calendar year of its month a.t
// and resets the state's monthly flows to that year's rules.
func (a *agent) newCalendarYear(pl *plan) {
	if a.t == a.newYear {
		// The month the next year begins (as always in a run of months):
		// what calendar.at and nextYear give for it.
		a.yr, a.newYear = a.yr.next, a.newYear+12
	} else {
		m := a.entry + a.t
		a.yr = pl.cal.at(m)
		a.newYear = pl.cal.nextYear(m) - a.entry
	}
	a.setMonth(pl)
}

// setMonth sets the flows the current state brings every month of the
// current calendar year: wages with the employer's premiums and charges,
// the tax and zorgtoeslag on them, bijstand or IOAW; what varies month by
// month (WW, a top-up, the fund's income) varyingIncome adds.
func (a *agent) setMonth(pl *plan) {
	if pl.tally.countsOnly {
		return // money only: no state or hazard reads these flows
	}
	from := a.flowStart()
	a.closeFlows(pl, from)
	a.flowsFrom = from
	m, y, h := &a.fixed, a.yr, a.facts.household
	m.n = 0
	switch a.state {
	case Notice, Retained:
		a.setOldJob(pl, m)
	case Employed:
		a.setNewJob(pl, m)
	case Bijstand:
		i := &y.bijstand
		if a.facts.ioaw {
			i = &y.ioaw
		}
		m.add(baseBijstand, i.gross[h])
		m.add(baseTax, i.gross[h]-i.net[h]-i.zvw[h])
		m.add(baseZvwBenefit, i.zvw[h])
		m.add(baseToeslag, i.toeslag[h])
	case WW, NoBenefit, Training:
		m.add(baseToeslag, y.toeslag0[h])
	}
	if a.month.unemployed {
		m.add(baseUnemployed, 1)
	}
}

// setOldJob sets the flows of a month in the old job, worked under notice
// or retained, into m.
func (a *agent) setOldJob(pl *plan, m *fixedFlows) {
	f, e := &a.facts, &pl.p.Economy
	j := a.oldJobMonth()
	m.add(baseOldWage, j.pay)
	m.add(baseOldUWV, j.uwv)
	m.add(baseOldInsurers, j.insurers)
	m.add(baseOldTreasury, j.treasury)
	// Production at economy.productivity × the gross wage, apart from the
	// rates (docs/model.md, "Net effects").
	production := e.Productivity * j.pay
	if a.state == Notice {
		production *= e.NoticeProductivity
		f.labourHour = production / f.hoursMonth // what a contract hour under notice produces
	}
	m.add(baseOldProduction, production)
	m.add(baseTax, j.tax)
	m.add(baseToeslag, j.toeslag)
	if e.IncludeLeisure {
		// Work under notice or in the old job gives up leisure as a new
		// job does, so that only the months of work that differ from the
		// baseline's count; under notice only the share of the time still
		// worked.
		leisure := a.leisureValue(pl, j, f.wage)
		if a.state == Notice {
			leisure *= e.NoticeProductivity
		}
		m.add(baseLeisure, leisure)
	}
}

// setNewJob sets the flows of a month in the new job into m.
func (a *agent) setNewJob(pl *plan, m *fixedFlows) {
	f := &a.facts
	j := a.yr.job(a.job.wage, f.flex, f.household)
	m.add(baseNewWage, j.pay)
	m.add(baseNewUWV, j.uwv)
	m.add(baseNewInsurers, j.insurers)
	m.add(baseNewTreasury, j.treasury)
	m.add(baseTax, j.tax)
	m.add(baseToeslag, j.toeslag)
	if pl.p.Economy.IncludeLeisure {
		m.add(baseLeisure, a.leisureValue(pl, &j, a.job.wage))
	}
}

// flowStart is the first month of flows set now: this month before its
// income is counted, else the next.
func (a *agent) flowStart() int32 {
	if a.booked {
		return a.t + 1
	}
	return a.t
}

// closeFlows books the state's fixed monthly flows from month
// a.flowsFrom up to (not including) month end, as differences in the
// tally (see tally.totalFlows): a constant flow costs nothing per month.
func (a *agent) closeFlows(pl *plan, end int32) {
	m, tl := &a.fixed, pl.tally
	H := int32(tl.months)
	from, end := a.flowsFrom, min(end, H)
	if from >= end || m.n == 0 {
		return
	}
	a.flowsFrom = end
	b := tl.bases
	base := m.base[:m.n]
	flow := m.flow[:len(base)]
	start := (*[numFixedBases]float64)(tl.flows[int(from)*b:])
	if end == H {
		for k, x := range base {
			start[x] += flow[k]
		}
		return
	}
	stop := (*[numFixedBases]float64)(tl.flows[int(end)*b:])
	for k, x := range base {
		start[x] += flow[k]
		stop[x] -= flow[k]
	}
}

// flowBases are the bases a state's fixed flows go to (setMonth); the
// others of tally.flows stay 0 and tally.totalFlows skips them.
var flowBases = [...]uint8{
	baseOldWage, baseOldUWV, baseOldInsurers, baseOldTreasury, baseOldProduction,
	baseNewWage, baseNewUWV, baseNewInsurers, baseNewTreasury,
	baseTax, baseToeslag, baseBijstand, baseZvwBenefit, baseUnemployed, baseLeisure,
}

// payWW pays a month of WW while the entitlement lasts, less what earnings
// of a new job offset (rules.WWBenefit), with the tax on it, the change of
// zorgtoeslag and the Zvw levy UWV pays on it; it reports whether WW was
// paid. The benefit's flows at each rate are worked out once per calendar
// year (and per amount of earnings).
func payWW(a *agent, acc []float64, earnings float64) bool {
	if a.wwLeft <= 0 {
		return false
	}
	f := &a.facts
	var m benefitMonth
	k := min(a.wwMonth/2, 1) // months 0–1 at 75%, 2 on at 70%
	if earnings == 0 || f.countsOnly {
		m = *a.fullWW(k)
	} else {
		if f.wwPartYear[k] != a.yr || !sameFloat(f.wwPartEarn[k], earnings) {
			b := rules.WWBenefit(int(2*k), f.wwWage, earnings)
			f.wwPart[k] = a.yr.benefit(earnings, b, f.household, true)
			f.wwPartYear[k], f.wwPartEarn[k] = a.yr, earnings
		}
		m = f.wwPart[k]
	}
	a.bookWW(acc, &m)
	return true
}

// bookWW books a month of WW m into acc and counts it against the
// entitlement.
func (a *agent) bookWW(acc []float64, m *benefitMonth) {
	acc[baseWW] += m.paid
	acc[baseTax] += m.tax
	acc[baseToeslag] += m.toeslag
	acc[baseZvwWW] += m.zvw
	a.wwMonth++
	a.wwLeft--
	a.totals.ww++
}

// fullWW returns the month of full WW (no earnings beside it) at rate k,
// 0 for the 75% of the first two months and 1 for the 70% after, under the
// rules of the agent's calendar year; it is worked out once per year.
func (a *agent) fullWW(k int32) *benefitMonth {
	c := &a.ww
	if c.year[k] != a.yr && !a.facts.countsOnly { // counts-only: the zeros of the announcement
		b := rules.WWBenefit(int(2*k), a.facts.wwWage, 0)
		c.full[k] = a.yr.benefit(0, b, a.facts.household, true)
		c.year[k] = a.yr
	}
	return &c.full[k]
}

// payment books a taxable payment x (the fund's income, a wage supplement)
// into base beside a wage earned, with its tax and the change of
// zorgtoeslag.
func (a *agent) payment(acc []float64, base int, earned, x float64) {
	c := &a.facts.pay
	if a.facts.countsOnly {
		return // no money: the payment changes no state
	}
	if c.yr != a.yr || !sameFloat(c.earned, earned) || !sameFloat(c.x, x) {
		*c = payCache{yr: a.yr, earned: earned, x: x, m: a.yr.payment(earned, x, a.facts.household)}
	}
	m := c.m
	acc[base] += m.paid
	acc[baseTax] += m.tax
	acc[baseToeslag] += m.toeslag
}

// payCache is a taxable payment's month (yearRules.payment) of one agent:
// under the rules yr, a payment x beside a wage earned, for the agent's
// household. A wage supplement and the fund's income are the same every
// month of a calendar year.
type payCache struct {
	yr        *yearRules
	earned, x float64
	m         benefitMonth
}

// sameFloat reports whether a and b are the same float64, bit for bit (so
// that a cached amount is reused only for exactly the same input, −0 and
// +0 apart).
func sameFloat(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }
