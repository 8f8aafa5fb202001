package scenarios

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/internal/suggest"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/rules"
)

// This file reads the overrides of statutory figures (rules.<year>.<key>)
// and explains the keys the Dutch rules replaced.

// ruleKeys are the keys of one year's rules, as rules.Keys lists them.
var ruleKeys = func() []string {
	var out []string
	for _, k := range rules.Keys() {
		key, _, _ := strings.Cut(k, " ")
		out = append(out, key)
	}
	return out
}()

// rules decodes the rules table: years, each a table of figures.
func (d *decoder) rules(raw any, v reflect.Value) {
	m, ok := raw.(map[string]any)
	if !ok {
		d.problem(rulesKey, "must be a table of years, e.g. [rules.2021] box1_rate_1 = 0.371, got %s", describe(raw))
		return
	}
	book := rules.Default()
	first, last := book.TableYears()
	var out []model.RuleOverride
	for _, ys := range slices.Sorted(maps.Keys(m)) {
		path := join(rulesKey, ys)
		year, err := strconv.Atoi(ys)
		if err != nil {
			d.problem(path, "%q is not a year; allowed %d to %d (%s also for the years of the AOW table)", ys, first, last, rules.AOWKey)
			continue
		}
		figures, ok := m[ys].(map[string]any)
		if !ok {
			d.problem(path, "must be a table of figures (%s), got %s", strings.Join(ruleKeys, ", "), describe(m[ys]))
			continue
		}
		for _, k := range slices.Sorted(maps.Keys(figures)) {
			p := join(path, k)
			if !slices.Contains(ruleKeys, k) {
				d.problem(p, "unknown statutory figure %q%s; allowed: %s", k, suggest.Hint(k, ruleKeys), strings.Join(ruleKeys, ", "))
				continue
			}
			x, ok := number(figures[k])
			if !ok {
				d.problem(p, "must be a plain number (statutory figures are fixed; vary them run by run with --set), got %s", describe(figures[k]))
				continue
			}
			if err := book.Set(year, k, x); err != nil {
				d.problem(p, "%v", err)
				continue
			}
			out = append(out, model.RuleOverride{Year: year, Key: k, Value: x})
		}
	}
	v.Set(reflect.ValueOf(out))
}

func number(raw any) (float64, bool) {
	switch x := raw.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

// replaced explains the keys that the Dutch rules by calendar year
// replaced, for a scenario that still sets one.
var replaced = map[string]string{
	"economy.income_tax_rate": "income tax now follows the Dutch rules of each calendar year (box 1 with national insurance premiums, algemene heffingskorting, arbeidskorting on earned income only, the special-payment rate for the transition payment; docs/rules.md); " +
		"to vary it, override a figure, e.g. --set rules.2021.box1_rate_1=0.40",
	"economy.employer_charges":     "employer charges now follow the Dutch rules of each calendar year; override rules.<year>.aof_rate, whk_rate, wko_rate or zvw_employer_rate (docs/rules.md)",
	"economy.zvw_employer_levy":    "the Zvw employer levy now follows the Dutch rules of each calendar year; override rules.<year>.zvw_employer_rate (docs/rules.md)",
	"economy.disability_premiums":  "the Aof and Whk premiums now follow the Dutch rules of each calendar year; override rules.<year>.aof_rate or rules.<year>.whk_rate (docs/rules.md)",
	"economy.ww_premium_permanent": "the WW premium now follows the Dutch rules of each calendar year; override rules.<year>.ww_premium_low (docs/rules.md)",
	"economy.ww_premium_flex":      "the WW premium now follows the Dutch rules of each calendar year; override rules.<year>.ww_premium_high (docs/rules.md)",
}

// replacedHint returns the explanation for a key the rules replaced, or "".
func replacedHint(path string) string {
	if r, ok := replaced[path]; ok {
		return fmt.Sprintf("%s was removed: %s", path, r)
	}
	return ""
}

// checkCalendar checks the cohort's start month and the price year against
// the rules' tables.
func (d *decoder) checkCalendar() {
	p := &d.params
	if p.Cohort.Start == "" {
		if !d.isMissing("cohort.start") {
			d.problem("cohort", "missing start: the calendar month of the first entry month, e.g. start = \"2020-09\" (the pilot's)%s", inheritHint("cohort.start"))
		}
		return
	}
	book, err := model.NewRuleBook(p.Rules)
	if err != nil {
		return // reported with its key by decoder.rules
	}
	if _, _, err := model.ParseStart(p.Cohort.Start); err != nil {
		d.problem("cohort.start", "%v", err)
		return
	}
	first, last := book.TableYears()
	if y, _, _ := model.ParseStart(p.Cohort.Start); y < first || y > last {
		d.problem("cohort.start", "%s is outside the Dutch rules' tables: allowed %d-01 to %d-12", p.Cohort.Start, first, last)
	}
	if p.Economy.PriceYear != 0 {
		if _, _, err := book.CPIIndex(p.Economy.PriceYear); err != nil {
			lo, hi := book.CPIYears()
			d.problem("economy.price_year", "%d has no CPI figure (CBS consumer price index); allowed %d to %d", p.Economy.PriceYear, lo, hi)
		}
	}
}
