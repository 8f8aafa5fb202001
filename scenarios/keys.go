package scenarios

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/vwnw/vwnw/internal/suggest"
)

// KeyInfo describes one key of the scenario language, from the schema (and
// so from the tags of model.Params) and the shipped scenarios.
type KeyInfo struct {
	Key          string // dotted path; <name> stands for a service's name
	Type         string // number, whole number, string, …
	Unit         string
	Allowed      string // the values the schema allows
	Distribution string // whether it may be a distribution, and how it is drawn
	// Shipped is the value in the shipped baseline, or, marked with the
	// scenario's name, in the first shipped scenario that sets it; "—"
	// when none does.
	Shipped string
}

// KeyInfos describes every key whose path starts with prefix ("" for all),
// in the order of the schema. A prefix that is a whole key or table matches
// it and the keys below it. It is an error when no key matches.
func KeyInfos(prefix string) ([]KeyInfo, error) {
	shipped := shippedRoots()
	var out []KeyInfo
	var walk func(n *node, path string, parent *node)
	walk = func(n *node, path string, parent *node) {
		for _, c := range n.children {
			p := path + c.key
			switch c.kind {
			case kindTable:
				walk(c, p+".", c)
			case kindNamed:
				walk(c.entry, p+".<name>.", c.entry)
			default:
				if matchesPrefix(p, prefix) {
					out = append(out, KeyInfo{Key: p, Type: kindText(c), Unit: unitOf(p), Allowed: rulesText(c, parent),
						Distribution: drawnText(c), Shipped: shippedText(shipped, p)})
				}
			}
		}
	}
	walk(schema, "", nil)
	if len(out) == 0 {
		tables := []string{}
		for _, c := range schema.children {
			tables = append(tables, c.key)
		}
		return nil, fmt.Errorf("no key starts with %q%s; the keys start with %s (vwnw keys lists them all)",
			prefix, suggest.Hint(prefix, append(Keys(), tables...)), strings.Join(tables, ", "))
	}
	return out, nil
}

// matchesPrefix reports whether key lies at or under prefix: "cohort"
// matches cohort.size but not a key cohortx; "cohort.si" matches
// cohort.size too, as a prefix typed so far.
func matchesPrefix(key, prefix string) bool {
	prefix = strings.TrimSuffix(prefix, ".")
	return strings.HasPrefix(key, prefix) || strings.HasPrefix(strings.ReplaceAll(key, ".<name>", ""), prefix)
}

// shippedRoot is one shipped scenario's own TOML table.
type shippedRoot struct {
	name string
	root map[string]any
}

// shippedRoots decodes each shipped scenario file on its own, in listing
// order (the baseline first), so that a value is credited to the file that
// sets it.
func shippedRoots() []shippedRoot {
	var out []shippedRoot
	for _, name := range Shipped() {
		data, _ := ShippedSource(name)
		var m map[string]any
		if _, err := toml.Decode(string(data), &m); err != nil {
			panic("scenarios: shipped scenario " + name + " does not parse: " + err.Error())
		}
		out = append(out, shippedRoot{name, m})
	}
	return out
}

// shippedText is the value of path in the baseline, or in the first shipped
// scenario that sets it (named); for a <name> key, that of the first
// service by name.
func shippedText(shipped []shippedRoot, path string) string {
	for _, s := range shipped {
		v, entry, ok := valueAt(s.root, strings.Split(path, "."))
		if !ok {
			continue
		}
		text := tomlValue(v)
		if s.name == "baseline" && entry == "" {
			return text
		}
		where := s.name
		if entry != "" {
			where += ", " + entry
		}
		return text + " (" + where + ")"
	}
	return "—"
}

// valueAt finds the raw value at a dotted path; <name> matches the first
// entry by name, which it returns.
func valueAt(m map[string]any, path []string) (v any, entry string, ok bool) {
	var cur any = m
	for _, k := range path {
		t, isTable := cur.(map[string]any)
		if !isTable {
			return nil, "", false
		}
		if k == "<name>" {
			names := slices.Sorted(maps.Keys(t))
			if len(names) == 0 {
				return nil, "", false
			}
			entry, k = names[0], names[0]
		}
		if cur, ok = t[k]; !ok {
			return nil, "", false
		}
	}
	return cur, entry, true
}

// kindText names what a key holds.
func kindText(n *node) string {
	switch n.kind {
	case kindParam:
		return "number"
	case kindSpread:
		return "spread across persons"
	case kindInt:
		return "whole number"
	case kindIntList:
		return "list of whole numbers"
	case kindString:
		return "string"
	case kindBool:
		return "true/false"
	}
	return "table"
}

// drawnText says whether a key may be a distribution.
func drawnText(n *node) string {
	switch {
	case n.kind == kindSpread:
		return "yes, drawn per person"
	case n.kind == kindParam && !n.fixed:
		return "yes, drawn per iteration"
	}
	return "no"
}

// rulesText renders the schema's rules for n; parent is the table that
// holds n, whose shares rule n shares.
func rulesText(n *node, parent *node) string {
	var rules []string
	switch {
	case n.prob:
		rules = append(rules, "0 to 1")
	case n.pos:
		rules = append(rules, "> 0")
	case n.nonneg:
		rules = append(rules, "≥ 0")
	}
	if len(n.enum) > 0 {
		rules = append(rules, strings.Join(n.enum, " | "))
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	switch {
	case n.min != nil && n.max != nil:
		rules = append(rules, f(*n.min)+" to "+f(*n.max))
	case n.min != nil && n.kind == kindIntList:
		rules = append(rules, "each ≥ "+f(*n.min))
	case n.min != nil:
		rules = append(rules, "≥ "+f(*n.min))
	case n.max != nil:
		rules = append(rules, "≤ "+f(*n.max))
	}
	if parent != nil && parent.shares {
		rules = append(rules, "the table sums to 1")
	}
	if n.optional {
		rules = append(rules, "optional")
	}
	if len(rules) == 0 {
		return "any"
	}
	return strings.Join(rules, "; ")
}

// unitOf is the unit of a key: by its last element for the families of
// keys that share one, otherwise from keyUnits.
func unitOf(path string) string {
	last := path[strings.LastIndexByte(path, '.')+1:]
	switch {
	case strings.Contains(path, ".payer."):
		return "share of the cost"
	case strings.HasSuffix(last, "_hr") || last == "lock_in":
		return "hazard ratio"
	case last == "enabled":
		return "—"
	case last == "triage":
		return "triage groups 1–3"
	case strings.HasPrefix(path, "cohort.education."), strings.HasPrefix(path, "cohort.household."),
		strings.HasPrefix(path, "cohort.triage.shares."):
		return "share of persons"
	case strings.HasPrefix(path, "interventions.coaching.hours."):
		return "hours per participant-month"
	}
	return keyUnits[path]
}

// keyUnits gives the unit of every key that unitOf does not derive; a test
// requires one for every key of the schema.
var keyUnits = map[string]string{
	"economy.price_year":                                 "year",
	"economy.discount_rate":                              "per year, real",
	"economy.employer_charges":                           "share of gross wage",
	"economy.zvw_employer_levy":                          "share of gross wage",
	"economy.disability_premiums":                        "share of gross wage",
	"economy.ww_premium_permanent":                       "share of gross wage",
	"economy.ww_premium_flex":                            "share of gross wage",
	"economy.income_tax_rate":                            "share of gross income",
	"economy.notice_productivity":                        "share of labour cost",
	"economy.health_cost_unemployed":                     "€ per month unemployed",
	"economy.wellbeing_loss_unemployed":                  "€ per month unemployed",
	"economy.include_wellbeing":                          "—",
	"cohort.size":                                        "persons",
	"cohort.file":                                        "CSV or .xlsx path, relative to the file",
	"cohort.entry_months":                                "months from the first entry",
	"cohort.age":                                         "years",
	"cohort.tenure_years":                                "years",
	"cohort.earlier_work_years":                          "years",
	"cohort.monthly_wage":                                "€ gross per month",
	"cohort.contract_hours":                              "hours per week",
	"cohort.notice_months":                               "months",
	"cohort.flex_share":                                  "share of persons",
	"cohort.digital_low_share":                           "share of persons",
	"cohort.triage.method":                               "—",
	"hazards.job_finding":                                "per month",
	"hazards.notice_search":                              "ratio to job_finding",
	"hazards.duration_decay":                             "per month out of work",
	"hazards.retention":                                  "per month",
	"hazards.inactivity":                                 "per month",
	"hazards.separation":                                 "per month",
	"hazards.education":                                  "per month",
	"jobs.wage_ratio":                                    "new / old gross wage",
	"jobs.wage_ratio_sd":                                 "new / old gross wage",
	"jobs.wage_ratio_decay":                              "per month unemployed",
	"jobs.wage_ratio_min":                                "new / old gross wage",
	"jobs.wage_ratio_max":                                "new / old gross wage",
	"jobs.schooling_share":                               "share of new jobs",
	"jobs.education_months":                              "months",
	"jobs.sector_change_share":                           "share of new jobs",
	"interventions.coaching.mode":                        "—",
	"interventions.coaching.start":                       "—",
	"interventions.coaching.uptake":                      "share of those offered",
	"interventions.coaching.dropout":                     "per month",
	"interventions.coaching.max_months":                  "months",
	"interventions.coaching.digital_hours_factor":        "× face-to-face hours",
	"interventions.coaching.hourly_cost":                 "€ per paid hour",
	"interventions.coaching.case_manager_fte":            "FTE",
	"interventions.coaching.hours_per_fte":               "client hours per FTE-month",
	"interventions.coaching.paid_hours_per_fte":          "paid hours per FTE-month",
	"interventions.coaching.digital_effect":              "share of the log hazard ratio",
	"interventions.coaching.digital_effect_low_skill":    "share of the log hazard ratio",
	"interventions.coaching.wage_ratio_effect":           "added to the wage ratio",
	"interventions.coaching.working_time_share":          "share of coaching hours",
	"interventions.services.<name>.uptake":               "share of participants",
	"interventions.services.<name>.unit_cost":            "€ per use",
	"interventions.training.uptake":                      "share of those offered, under 55",
	"interventions.training.uptake_55":                   "share of those offered, 55 and over",
	"interventions.training.months":                      "months",
	"interventions.training.tuition":                     "€ per participant",
	"interventions.training.stap_budget":                 "€ per participant",
	"interventions.training.income":                      "—",
	"interventions.training.income_share":                "share of the old wage",
	"interventions.training.levy.basis":                  "—",
	"interventions.training.levy.per_worker":             "€ per redundant worker",
	"interventions.training.levy.shortfall":              "—",
	"interventions.training.dropout":                     "per month",
	"interventions.training.wage_ratio_effect":           "added to the wage ratio",
	"interventions.training.sector_switch":               "share of graduates' new jobs",
	"interventions.wage_supplement.uptake":               "share of the eligible",
	"interventions.wage_supplement.share":                "share of the wage gap",
	"interventions.wage_supplement.months":               "months",
	"interventions.wage_supplement.wage_ratio_effect":    "added to the wage ratio",
	"interventions.transition_payment.spend_probability": "share of the dismissed",
	"interventions.transition_payment.spend_share":       "share of the payment",
}
