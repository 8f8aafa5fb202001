package scenarios

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// A coaching service that closes before some persons are offered it. The
// service runs for interventions.coaching.service_months calendar months
// from its first offer; when it closes, those not yet offered are never
// offered (model/capacity.go). With start = "notice" a person is offered
// coaching in the month they are told of the redundancy, so everyone told
// service_months or more after the first entrant is shut out — certainly,
// and nothing in the results says why. With start = "unemployment" the
// offer comes at the first month out of work, at the earliest when the
// notice ends; the service then likely opens when the first notice ends,
// and whoever's entry month plus notice lies at or past its close is shut
// out (likely, not certain: if those whose notice ends first all find work
// or are kept on, the service opens, and closes, later).
//
// This is a warning, not a refusal: the service opens with its first offer,
// so the first to be offered always are, and coaching is never shut to
// everyone (coaching that can never start is refused in capacity.go).

// serviceReach is who a coaching service reaches before it closes.
type serviceReach struct {
	open    int   // month of the first offer, counted from the cohort's month 0
	closes  int   // open + service_months: the month nothing is offered any more
	shut    int   // persons offered coaching only at or after closes
	offered int   // persons of the triage groups offered coaching
	months  []int // entry months of those shut out, in order
	need    int   // the service_months that reaches every person
}

// offerAt is a person's entry month and the earliest month they can be
// offered coaching, and how many persons share them.
type offerAt struct{ entry, offer, persons int }

// reachOf works out whom a service of months months reaches; ok is false
// when it shuts nobody out.
func reachOf(people []offerAt, months int) (r serviceReach, ok bool) {
	if months <= 0 || len(people) == 0 {
		return r, false
	}
	last := 0
	r.open = math.MaxInt
	for _, p := range people {
		if p.persons > 0 {
			r.open, last = min(r.open, p.offer), max(last, p.offer)
		}
	}
	if r.open == math.MaxInt {
		return r, false // nobody
	}
	r.closes, r.need = r.open+months, last-r.open+1
	for _, p := range people {
		r.offered += p.persons
		if p.persons > 0 && p.offer >= r.closes {
			r.shut += p.persons
			if !slices.Contains(r.months, p.entry) {
				r.months = append(r.months, p.entry)
			}
		}
	}
	slices.Sort(r.months)
	return r, r.shut > 0
}

// serviceWarning adds a warning to s when the coaching service closes
// before some persons of the cohort are offered it.
func (d *decoder) serviceWarning(s *Scenario) {
	c := &d.params.Interventions.Coaching
	if !c.Enabled || c.ServiceMonths <= 0 {
		return
	}
	unemployment := c.Start == "unemployment"
	cohortKey, where := "cohort.entry_months", "[cohort] entry_months"
	var people []offerAt
	if s.Persons != nil {
		// the file's name as Problem messages quote input: short, on one line
		name := strings.NewReplacer("\n", `\n`, "\r", `\r`).Replace(shorten(d.params.Cohort.File, maxArgLen))
		cohortKey, where = "cohort.file", "the cohort file "+name
		people = fileOffers(s.Persons, c)
	} else {
		people = syntheticOffers(&d.params.Cohort, c)
	}
	r, ok := reachOf(people, c.ServiceMonths)
	if !ok {
		return
	}
	key := d.blame([]string{"interventions.coaching.service_months", cohortKey})
	w := d.tree.lineOf(key)
	msg := r.message(c.ServiceMonths, unemployment, s.Persons == nil, where, d.params.Cohort.Start, c.Triage)
	s.warnings = append(s.warnings, Problem{File: w.file, Line: w.line, Key: key, Msg: escapeInvisible(msg)})
}

// fileOffers returns when the persons of a cohort file of the triage
// groups coaching c offers it to can be offered coaching at the earliest:
// in their entry month, or with start = "unemployment" when their notice
// ends.
func fileOffers(persons []model.Person, c *model.Coaching) []offerAt {
	offered := model.TriageSet(c.Triage)
	var people []offerAt
	for i := range persons {
		p := &persons[i]
		if !offered[min(max(p.Triage, 1), 3)] {
			continue
		}
		at := offerAt{entry: p.EntryMonth, offer: p.EntryMonth, persons: 1}
		if c.Start == "unemployment" {
			at.offer += p.NoticeMonths
		}
		people = append(people, at)
	}
	return people
}

// shortestNotice returns the shortest notice, in whole months, a person of
// a synthetic cohort can have: as the model draws it, rounded and at least
// one month.
func shortestNotice(c *model.Cohort) int {
	lo, _ := reach(c.NoticeMonths)
	if math.IsNaN(lo) || lo < 1 {
		return 1
	}
	return int(math.Round(min(lo, 1e6)))
}

// syntheticOffers returns the persons of a synthetic cohort per entry
// month as the model spreads them (evenly, in the order of entry_months),
// each offered coaching at the earliest in its entry month, or with start =
// "unemployment" after the shortest notice.
func syntheticOffers(c *model.Cohort, coaching *model.Coaching) []offerAt {
	notice, unemployment := shortestNotice(c), coaching.Start == "unemployment"
	months := c.EntryMonths
	if len(months) == 0 {
		months = []int{0}
	}
	n, l := c.Size, len(months)
	people := make([]offerAt, 0, l)
	for i, m := range months {
		// person p enters in months[p·l/n]
		at := offerAt{entry: m, offer: m, persons: ceilDiv((i+1)*n, l) - ceilDiv(i*n, l)}
		if unemployment {
			at.offer += notice
		}
		people = append(people, at)
	}
	return people
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// message says what happens to whom and what to do.
func (r serviceReach) message(months int, unemployment, synthetic bool, where, start string, triage []int) string {
	var b strings.Builder
	persons := fmt.Sprintf("%d of %s", r.shut, i18n.Count(r.offered, i18n.Persons, "en"))
	if synthetic {
		// a share, which --cohort-size leaves as it is (up to rounding)
		persons = strconv.FormatFloat(100*float64(r.shut)/float64(r.offered), 'g', 2, 64) + "% of the persons"
	}
	told := fmt.Sprintf("told in %s %s of %s", i18n.Plural(len(r.months), i18n.EntryMonths, "en"), joinInts(r.months), where)
	if synthetic && !slices.Equal(slices.Sorted(slices.Values(triage)), []int{1, 2, 3}) {
		told += ", in " + i18n.Plural(len(triage), i18n.TriageGroups, "en") + " " + joinInts(slices.Sorted(slices.Values(triage)))
	}
	if !unemployment {
		fmt.Fprintf(&b, "the coaching service opens with its first offer in month %d%s and closes %s later, in month %d%s; "+
			"with start = \"notice\" coaching is offered in the month a person is told of the redundancy, so %s — those %s — are never offered coaching, and nothing in the results says why",
			r.open, calendar(r.open, start), i18n.Count(months, i18n.Months, "en"), r.closes, calendar(r.closes, start), persons, told)
	} else {
		fmt.Fprintf(&b, "with start = \"unemployment\" coaching is offered at the first month out of work, after the notice; the first notice ends in month %d%s, "+
			"so the coaching service likely opens then and closes %s later, in month %d%s, and %s — those whose entry month plus notice lies at or past month %d, %s — are likely never offered coaching "+
			"(if those whose notice ends first all find work or are kept on, the service opens and closes later)",
			r.open, calendar(r.open, start), i18n.Count(months, i18n.Months, "en"), r.closes, calendar(r.closes, start), persons, r.closes, told)
	}
	fmt.Fprintf(&b, ". Raise interventions.coaching.service_months to at least %d to offer coaching to everyone, or set it to 0 for a service open while anyone is coached (docs/scenarios.md, \"Case managers\")", r.need)
	return b.String()
}

// calendar returns " (YYYY-MM)" for month m of a cohort starting in start,
// or "" when start is not a month.
func calendar(m int, start string) string {
	y, mo, err := model.ParseStart(start)
	if err != nil {
		return ""
	}
	t := y*12 + mo - 1 + m
	return fmt.Sprintf(" (%04d-%02d)", t/12, t%12+1)
}

// joinInts lists xs, the last two joined by "and"; a long list shows its
// first and last few.
func joinInts(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	if len(s) > 8 {
		s = append(append(s[:4:4], "…"), s[len(s)-3:]...)
	}
	return i18n.JoinAnd(s, "en")
}

// regionService returns the service_months vwnw init writes for the
// arrangement s when a region's cohort file holds persons, and the comment
// that says why; ok is false when the shipped months reach every person of
// the file. A policy advisor who offers the pilot's coaching to a region's
// cohort expects it offered to all of them, as the pilot's was: so the
// months are raised until the last persons are offered coaching, and then
// run on for as many months as the pilot's service ran after its own last
// entrants were offered it (base is the shipped baseline, the pilot's
// cohort).
func regionService(s, base *Scenario, persons []model.Person) (months int, note string, ok bool) {
	p := s.Params()
	c := &p.Interventions.Coaching
	if !c.Enabled || c.ServiceMonths <= 0 || len(persons) == 0 {
		return 0, "", false
	}
	r, short := reachOf(fileOffers(persons, c), c.ServiceMonths)
	if !short {
		return 0, "", false
	}
	pilotCohort := base.Params().Cohort
	pilot, _ := reachOf(syntheticOffers(&pilotCohort, c), c.ServiceMonths)
	after := max(0, c.ServiceMonths-pilot.need)
	months = min(r.need+after, maxServiceMonths)
	offer := "told of the redundancy"
	if c.Start == "unemployment" {
		offer = "out of work at the end of their notice"
	}
	note = fmt.Sprintf("raised by vwnw init from the shipped %d, which would close the service before %d of the %s of the cohort file (%s %s) are offered coaching: "+
		"the last are %s %s after the first offer; the pilot's service ran %s after the month its last entrants were offered coaching (report §2.3 and §6), and so does this one; by capacity the case managers are paid for every one of these months (docs/region.md)",
		c.ServiceMonths, r.shut, i18n.Count(r.offered, i18n.Persons, "en"), i18n.Plural(len(r.months), i18n.EntryMonths, "en"), joinInts(r.months),
		offer, i18n.Count(r.need-1, i18n.Months, "en"), i18n.Count(after, i18n.Months, "en"))
	return months, note, true
}

// maxServiceMonths is the largest interventions.coaching.service_months
// the schema allows (its vwnw:"max=…" rule).
var maxServiceMonths = func() int {
	path := strings.Split("interventions.coaching.service_months", ".")
	n, matched := lookup(path)
	if matched != len(path) || n.max == nil {
		panic("scenarios: interventions.coaching.service_months has no maximum in the schema")
	}
	return int(*n.max)
}()

// HorizonWarning returns a warning, or "", when s charges its case managers
// by capacity for a service of more months than a run of horizon months
// follows: the months past the horizon are charged in its last month
// while what coaching brings is counted only within it, so such a run
// understates the scenario.
func (s *Scenario) HorizonWarning(horizon int) string {
	c := &s.params.Interventions.Coaching
	if !c.Enabled || c.CostBasis != "capacity" || c.ServiceMonths <= horizon {
		return ""
	}
	return fmt.Sprintf("%s: interventions.coaching.service_months: the coaching service runs %d months, longer than the horizon of %d: "+
		"the case managers' whole capacity is charged (the months past the horizon in its last month), what coaching brings only within it; give --horizon %d or more",
		s.Name, c.ServiceMonths, horizon, c.ServiceMonths)
}
