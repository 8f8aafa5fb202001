package scenarios

import (
	"fmt"
	"strings"

	"github.com/vwnw/vwnw/internal/suggest"
	"github.com/vwnw/vwnw/model/rules"
)

// KeyInfo describes one key of the scenario language, from the schema (and
// so from the tags of model.Params) and the shipped scenarios. vwnw keys
// lists them and KeyReference renders them for docs/scenarios.md. The
// texts may hold Markdown code spans (`…`).
type KeyInfo struct {
	Key          string // dotted path; <name> stands for a service's name
	Type         string // number, whole number, string, …
	Unit         string
	Allowed      string // the values the schema allows
	Distribution string // whether it may be a distribution, and how it is drawn
	// Shipped is the value in the shipped baseline, or, marked with the
	// scenario's name, in the first shipped scenario that sets it; "—"
	// when none does (see shippedValue).
	Shipped string
}

// KeyInfos describes every key whose path starts with prefix ("" for all),
// in the order of the schema. A prefix that is a whole key or table matches
// it and the keys below it. It is an error when no key matches.
func KeyInfos(prefix string) ([]KeyInfo, error) {
	shipped := shippedTables()
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
			case kindRules:
				if k := p + ".<year>.<key>"; matchesPrefix(k, prefix) {
					first, last := rules.Default().TableYears()
					out = append(out, KeyInfo{Key: k, Type: "number", Unit: keyUnit(k),
						Allowed:      fmt.Sprintf("years %d to %d (`%s`: the years of the AOW table); the keys of docs/rules.md; optional", first, last, rules.AOWKey),
						Distribution: "no", Shipped: "—"})
				}
			default:
				if matchesPrefix(p, prefix) {
					out = append(out, KeyInfo{Key: p, Type: typeText(c), Unit: keyUnit(p), Allowed: allowedText(c, parent, p),
						Distribution: distText(c), Shipped: shippedValue(shipped, p)})
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
