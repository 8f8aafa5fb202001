package scenarios

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/model/dist"
)

// personRange is the range of one characteristic of a person, the same for
// a cohort file's column and for the spread of the same characteristic
// under [cohort], so that a synthetic cohort cannot hold a person a file
// could not.
type personRange struct {
	lo, hi float64
	whole  bool // a whole number (in a file; a spread is rounded)
}

// personRanges maps cohort file columns to their ranges.
var personRanges = map[string]personRange{
	"entry_month":        {0, maxEntryMonth, true},
	"age":                {15, 80, false},
	"tenure_years":       {0, 60, false},
	"work_history_years": {0, 65, false},
	"monthly_wage":       {0, 100000, false},
	"contract_hours":     {1, 60, false},
	"notice_months":      {1, 24, true},
	"triage":             {1, 3, true},
}

// spreadColumns maps the spreads under [cohort] to the cohort file column
// whose range they share.
var spreadColumns = map[string]string{
	"age":                "age",
	"tenure_years":       "tenure_years",
	"earlier_work_years": "work_history_years",
	"monthly_wage":       "monthly_wage",
	"contract_hours":     "contract_hours",
	"notice_months":      "notice_months",
}

const (
	// maxEntryMonth is the latest entry month, in a file or in
	// cohort.entry_months: ten years after the first.
	maxEntryMonth = 120
	// maxEntryMonths is the most entries of cohort.entry_months: one per
	// person of the largest cohort (calibration lists one per entrant).
	maxEntryMonths = 1_000_000
)

// bound is the range a parameter must keep to, with the reason.
type bound struct {
	lo, hi float64
	why    string
}

// Reasons for the bounds: each keeps the simulation's probabilities and
// sums finite and meaningful.
const (
	whyHazard   = "a monthly hazard of 10 already gives a 99.995% chance within the month"
	whyRatio    = "a hazard ratio beyond 100 makes the product of ratios meaningless"
	whyWage     = "a ratio of new to old wage"
	whyMonths   = "the horizon is at most 600 months"
	whyHours    = "a month has 744 hours"
	whyFactor   = "a factor"
	whyRate     = "an annual rate"
	whyEuro     = "an amount beyond a billion euro per person makes the sums meaningless"
	horizonMax  = 600
	hoursMonth  = 744
	amountLimit = 1e9
)

// paramBound returns the range of the parameter with the key pattern pat
// (a service's name replaced by <name>).
func paramBound(pat string) bound {
	last := pat[strings.LastIndexByte(pat, '.')+1:]
	switch {
	case pat == "hazards.duration_decay":
		return bound{0, 10, "a decay of 10 per month already ends every search in the first month"}
	case pat == "hazards.notice_search" || strings.HasSuffix(last, "_hr") || last == "lock_in":
		return bound{0, 100, whyRatio}
	case strings.HasPrefix(pat, "hazards."):
		return bound{0, 10, whyHazard}
	case pat == "jobs.wage_ratio_reference_months" || pat == "economy.displacement_months":
		return bound{0, horizonMax, whyMonths}
	case pat == "jobs.wage_ratio_decay":
		return bound{0, 1, "the share of the wage ratio lost per month"}
	case strings.HasPrefix(pat, "jobs.wage_ratio"):
		return bound{0, 10, whyWage}
	case last == "wage_ratio_effect":
		return bound{-10, 10, whyWage}
	case last == "months" || last == "max_months" || last == "education_months":
		return bound{0, horizonMax, whyMonths}
	case pat == "economy.discount_rate":
		return bound{0, 1, whyRate}
	case pat == "economy.notice_productivity":
		return bound{0, 1, "a share of what the worker produces otherwise: under notice no more"}
	case pat == "economy.employer_charges" || pat == "economy.productivity":
		return bound{0, 10, "a share of the wage"}
	case pat == "economy.mcpf":
		return bound{1, 10, "the marginal cost of public funds: 1 is none, 10 would make every public euro cost ten"}
	case last == "dose_elasticity" || last == "induction_factor":
		return bound{0, 10, whyFactor}
	case strings.Contains(pat, ".hours.") || strings.Contains(pat, ".reference_hours.") || last == "hours_per_fte" || last == "paid_hours_per_fte":
		return bound{0, hoursMonth, whyHours}
	case last == "case_manager_fte":
		return bound{0, 1e6, "case managers"}
	case last == "digital_hours_factor" || strings.HasPrefix(last, "digital_effect"):
		return bound{0, 100, whyFactor}
	}
	return bound{-amountLimit, amountLimit, whyEuro}
}

// An uncertain parameter's distribution must keep its bounds between its
// one-in-a-million quantiles (pReach), and keep every value it can take
// in a run — its quantiles at the extreme uniform numbers the simulation
// draws with, (k + ½)·2⁻⁵³ — finite and within ±maxTail, so that no
// product or sum of them overflows.
const (
	pReach  = 1e-6
	uLow    = 0x1p-54
	uHigh   = 1 - 0x1p-53
	maxTail = 1e15
)

// reach returns the values between which x lies but for one in a million
// draws on either side: its support where that is bounded.
func reach(x dist.Dist) (lo, hi float64) {
	lo, hi = x.Support()
	if math.IsInf(lo, 0) {
		lo = x.Quantile(pReach)
	}
	if math.IsInf(hi, 0) {
		hi = x.Quantile(1 - pReach)
	}
	return lo, hi
}

// tails returns the smallest and largest values x takes in a run.
func tails(x dist.Dist) (lo, hi float64) {
	lo, hi = x.Support()
	if math.IsInf(lo, 0) {
		lo = x.Quantile(uLow)
	}
	if math.IsInf(hi, 0) {
		hi = x.Quantile(uHigh)
	}
	return lo, hi
}

// checkRanges checks what the schema's rules leave open: every parameter
// within bounds that keep probabilities and sums finite, the spreads of
// persons within the ranges of a cohort file's columns, the entry months,
// the names of services, the wage floor of a synthetic cohort
// (checkWageSpread) and that coaching can start (checkCapacity).
// Keys already reported are skipped.
func (d *decoder) checkRanges() {
	reported := map[string]bool{}
	for _, p := range *d.problems {
		reported[p.Key] = true
	}
	uncertain := map[string]dist.Dist{}
	for _, q := range d.params0 {
		uncertain[q.Key] = q.Dist
	}
	r := rangeWalk{d: d, reported: reported, uncertain: uncertain}
	r.walk(schema, reflect.ValueOf(&d.params).Elem(), "", "")
	c := &d.params.Cohort
	if !reported["cohort.entry_months"] {
		switch {
		case len(c.EntryMonths) > maxEntryMonths:
			d.problem("cohort.entry_months", "has %d entries; at most %d are allowed", len(c.EntryMonths), maxEntryMonths)
		default:
			for _, m := range c.EntryMonths {
				if m < 0 || m > maxEntryMonth {
					d.problem("cohort.entry_months", "entry months are 0 to %d (months after the first), got %d", maxEntryMonth, m)
					break
				}
			}
		}
	}
	for _, p := range *d.problems {
		reported[p.Key] = true
	}
	d.checkCapacity(reported)
	d.checkWageSpread(reported)
}

type rangeWalk struct {
	d         *decoder
	reported  map[string]bool
	uncertain map[string]dist.Dist
}

func (r *rangeWalk) walk(n *node, v reflect.Value, path, pat string) {
	for _, c := range n.children {
		p, cp := join(path, c.key), join(pat, c.key)
		if c.leaf() && (r.reported[p] || r.d.isMissing(p)) {
			continue
		}
		fv := v.Field(c.index)
		switch c.kind {
		case kindTable:
			r.walk(c, fv, p, cp)
		case kindNamed:
			r.names(fv, p)
			for i := range fv.Len() {
				name := fv.Index(i).FieldByName("Name").String()
				r.walk(c.entry, fv.Index(i), join(p, name), join(cp, "<name>"))
			}
		case kindParam:
			r.param(p, cp, fv.Float())
		case kindSpread:
			if path == "cohort" && r.d.params.Cohort.File == "" {
				r.spread(p, c.key, fv.Interface().(dist.Dist))
			}
		}
	}
}

// names checks the names of a named table's entries (services), which
// reach outputs; a bad one is reported once, on the table.
func (r *rangeWalk) names(v reflect.Value, path string) {
	for i := range v.Len() {
		name := v.Index(i).FieldByName("Name").String()
		if err := checkName("service name", name); err != nil {
			r.d.problem(path, "%v", err)
		}
	}
}

func (r *rangeWalk) param(path, pat string, v float64) {
	b := paramBound(pat)
	lo, hi := v, v
	what := "got " + num(v)
	if x, ok := r.uncertain[path]; ok {
		if tlo, thi := tails(x); !(tlo >= -maxTail && thi <= maxTail) {
			r.d.problem(path, "its %s distribution reaches [%s, %s] in a run; its values must stay within ±%s", x.Kind, num(tlo), num(thi), num(maxTail))
			return
		}
		lo, hi = reach(x)
		what = fmt.Sprintf("its %s distribution spans [%s, %s] between its one-in-a-million quantiles", x.Kind, num(lo), num(hi))
	}
	if !(lo >= b.lo && hi <= b.hi) {
		r.d.problem(path, "must lie in [%s, %s] (%s); %s", num(b.lo), num(b.hi), b.why, what)
	}
}

func (r *rangeWalk) spread(path, key string, x dist.Dist) {
	col, ok := spreadColumns[key]
	if !ok {
		return
	}
	pr := personRanges[col]
	lo, hi := x.Support()
	if lo >= pr.lo && hi <= pr.hi {
		return
	}
	what := "got " + num(x.Value)
	switch {
	case !x.IsFixed() && (math.IsInf(lo, 0) || math.IsInf(hi, 0)):
		what = fmt.Sprintf("a %s distribution is unbounded; use uniform, triangular, pert, beta with min and max, or normal with min and max", x.Kind)
	case !x.IsFixed():
		what = fmt.Sprintf("its %s distribution ranges over [%s, %s]", x.Kind, num(lo), num(hi))
	}
	r.d.problem(path, "every person's value must lie in [%s, %s], the range of a cohort file's column %s; %s",
		num(pr.lo), num(pr.hi), col, what)
}

// num formats a number for messages without exponent noise.
func num(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
