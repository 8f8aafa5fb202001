package scenarios

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

//go:generate go test -run TestKeyReference -update

// KeyReference renders every key of the scenario language as a Markdown
// table: its type, its unit, the values the schema allows, whether it may be
// a distribution, and its value in the shipped scenarios (the baseline's, or
// for a key the baseline does not set, the first shipped scenario's that
// sets it). The rows are KeyInfos, what vwnw keys lists; they come from the schema, which is derived from the tags of
// model.Params, so the table cannot name a key the loader does not know;
// docs/scenarios.md carries it between generated-block markers, and a test
// fails when the two differ.
func KeyReference() string {
	keys, _ := KeyInfos("") // the empty prefix matches every key
	var sb strings.Builder
	sb.WriteString("| key | type | unit | allowed | distribution | shipped value |\n")
	sb.WriteString("| --- | --- | --- | --- | --- | --- |\n")
	for _, k := range keys {
		fmt.Fprintf(&sb, "| `%s` | %s | %s | %s | %s | %s |\n", k.Key, k.Type, k.Unit, k.Allowed, k.Distribution, k.Shipped)
	}
	return sb.String()
}

// namedTable is a shipped scenario's own TOML table (without its parents').
type namedTable struct {
	name string
	root map[string]any
}

// shippedTables decodes the shipped scenario files in their listing order,
// each on its own: a value is credited to the file that sets it.
func shippedTables() []namedTable {
	var out []namedTable
	for _, name := range Shipped() {
		data, _ := ShippedSource(name)
		var m map[string]any
		if _, err := toml.Decode(string(data), &m); err != nil {
			panic("scenarios: shipped scenario " + name + " does not parse: " + err.Error())
		}
		out = append(out, namedTable{name, m})
	}
	return out
}

// shippedValue is the value of path in the baseline, or, marked with the
// scenario's name, in the first shipped scenario that sets it; "—" when
// none does. For a <name> key the first service (by name) is shown.
func shippedValue(shipped []namedTable, path string) string {
	for _, s := range shipped {
		v, entry, ok := rawAt(s.root, strings.Split(path, "."))
		if !ok {
			continue
		}
		text := rawText(v)
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

// rawAt finds the raw TOML value at a dotted path; "<name>" matches the
// first entry by name, which it returns as entry.
func rawAt(m map[string]any, path []string) (v any, entry string, ok bool) {
	var cur any = m
	for _, k := range path {
		t, isTable := cur.(map[string]any)
		if !isTable {
			return nil, "", false
		}
		if k == "<name>" {
			names := make([]string, 0, len(t))
			for n := range t {
				names = append(names, n)
			}
			if len(names) == 0 {
				return nil, "", false
			}
			slices.Sort(names)
			entry, k = names[0], names[0]
		}
		if cur, ok = t[k]; !ok {
			return nil, "", false
		}
	}
	return cur, entry, true
}

// distKeyOrder is the order in which a distribution's keys are shown.
var distKeyOrder = []string{"value", "min", "mode", "max", "mean", "sd", "mu", "sigma", "alpha", "beta"}

// rawText renders a raw TOML value for the table.
func rawText(v any) string {
	switch x := v.(type) {
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case string:
		return "`\"" + x + "\"`"
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = strings.Trim(rawText(e), "`")
		}
		return "`[" + strings.Join(parts, ", ") + "]`"
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			if k != "dist" {
				keys = append(keys, k)
			}
		}
		slices.SortFunc(keys, func(a, b string) int {
			return cmpIndex(distKeyOrder, a) - cmpIndex(distKeyOrder, b)
		})
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + " " + rawText(x[k])
		}
		return fmt.Sprintf("%v: %s", x["dist"], strings.Join(parts, ", "))
	}
	return fmt.Sprint(v)
}

func cmpIndex(order []string, s string) int {
	if i := slices.Index(order, s); i >= 0 {
		return i
	}
	return len(order)
}

// typeText names what a key holds.
func typeText(n *node) string {
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
		return "true / false"
	}
	return "table"
}

// distText says whether a key may be a distribution.
func distText(n *node) string {
	switch {
	case n.kind == kindSpread:
		return "yes, drawn per person"
	case n.kind == kindParam && !n.fixed:
		return "yes, drawn per iteration"
	}
	return "no"
}

// allowedText renders what is allowed for n at the key pattern path (a
// service's name as <name>): the schema's rules, narrowed by the range
// checks of ranges.go — the bound of every number (paramBound) and the
// range of every person under [cohort] (personRanges) — so that the text
// says what Load accepts. parent is the table that holds n, whose shares
// rule n shares.
func allowedText(n *node, parent *node, path string) string {
	var rules []string
	switch {
	case n.kind == kindParam:
		rules = append(rules, paramRangeText(n, path))
	case n.kind == kindSpread:
		rules = append(rules, spreadRangeText(path))
	case n.prob:
		rules = append(rules, "0 to 1")
	case n.pos:
		rules = append(rules, "> 0")
	case n.nonneg:
		rules = append(rules, "≥ 0")
	}
	if len(n.enum) > 0 {
		rules = append(rules, "`"+strings.Join(n.enum, "`, `")+"`")
	}
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
	switch {
	case n.min != nil && n.max != nil:
		rules = append(rules, num(*n.min)+" to "+num(*n.max))
	case n.min != nil && n.kind == kindIntList:
		rules = append(rules, "each ≥ "+num(*n.min))
	case n.min != nil:
		rules = append(rules, "≥ "+num(*n.min))
	case n.max != nil:
		rules = append(rules, "≤ "+num(*n.max))
	}
	if path == "interventions.coaching.case_manager_fte" {
		rules = append(rules, "room for one participant of each triage group offered")
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

// paramRangeText is the range of a number: the schema's rule (a
// probability, positive, not negative) within the key's bound.
func paramRangeText(n *node, path string) string {
	b := paramBound(path)
	lo, hi, open := b.lo, b.hi, false
	switch {
	case n.prob:
		lo, hi = max(lo, 0), min(hi, 1)
	case n.pos && lo <= 0:
		lo, open = 0, true
	case n.nonneg:
		lo = max(lo, 0)
	}
	if open {
		return "> " + boundText(lo) + " and ≤ " + boundText(hi)
	}
	return boundText(lo) + " to " + boundText(hi)
}

// spreadRangeText is the range of every person's value of a spread under
// [cohort]: its cohort file column's.
func spreadRangeText(path string) string {
	key := path[strings.LastIndexByte(path, '.')+1:]
	col, ok := spreadColumns[key]
	if !ok {
		return "any"
	}
	r := personRanges[col]
	text := fmt.Sprintf("every person %s to %s", boundText(r.lo), boundText(r.hi))
	if col != key {
		text += " (as the cohort file's column `" + col + "`)"
	}
	if key == "monthly_wage" {
		text += fmt.Sprintf(", and at least €%s an hour of `cohort.contract_hours`", boundText(minHourlyWage))
	}
	return text
}

// boundText writes a bound without exponent noise: 1e9 for a billion,
// 0.5 for a half.
func boundText(x float64) string {
	if math.Abs(x) >= 1e6 {
		return strings.NewReplacer("e+0", "e", "e+", "e").Replace(strconv.FormatFloat(x, 'g', -1, 64))
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

// keyUnit is the unit of a key: by its last element for the families of
// keys that share one, otherwise from units.
func keyUnit(path string) string {
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
	case strings.HasPrefix(path, "interventions.coaching.hours."), strings.HasPrefix(path, "interventions.coaching.reference_hours."):
		return "hours per participant-month"
	}
	return units[path]
}

// units gives the unit of every key that keyUnit does not derive; a test
// requires one for every key of the schema.
var units = map[string]string{
	"economy.price_year":                                 "year",
	"economy.discount_rate":                              "per year, real",
	"economy.notice_productivity":                        "share of production",
	"economy.productivity":                               "production / gross wage",
	"economy.displacement_short":                         "share of the extra employment",
	"economy.displacement_long":                          "share of the extra employment",
	"economy.displacement_months":                        "months since the announcement",
	"economy.leisure_value_share":                        "share of the net income gain",
	"economy.include_leisure":                            "—",
	"economy.mcpf":                                       "× public spending (1 = no excess burden)",
	"economy.health_cost_unemployed":                     "€ per month unemployed",
	"economy.wellbeing_loss_unemployed":                  "€ per month unemployed",
	"economy.include_wellbeing":                          "—",
	"cohort.start":                                       "calendar month YYYY-MM",
	"rules.<year>.<key>":                                 "as the key says: € of that year, a rate, or months",
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
	"jobs.wage_ratio_reference_months":                   "months out of work",
	"jobs.recruitment_cost_saved":                        "€ per placement",
	"jobs.induction_cost":                                "€ per sector switcher",
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
	"interventions.coaching.cost_basis":                  "—",
	"interventions.coaching.service_months":              "calendar months from the first offer (0: while anyone is coached)",
	"interventions.coaching.dose_elasticity":             "elasticity of job finding to hours",
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
	"interventions.training.induction_factor":            "× jobs.induction_cost",
	"interventions.wage_supplement.uptake":               "share of the eligible",
	"interventions.wage_supplement.share":                "share of the wage gap",
	"interventions.wage_supplement.months":               "months",
	"interventions.wage_supplement.wage_ratio_effect":    "added to the wage ratio",
	"interventions.transition_payment.spend_probability": "share of the dismissed",
	"interventions.transition_payment.spend_share":       "share of the payment",
}
