package scenarios

import (
	"fmt"
	"slices"
	"strings"
)

// cohortColumn describes one column of a cohort file: its name, the Dutch
// name and other names accepted for it, its unit, and for a column of
// categories the values it takes, each with its Dutch synonyms. The table
// is documented in docs/cohort.md; a test keeps the two equal.
type cohortColumn struct {
	key      string   // the name in English, as the model calls it
	nl       string   // the Dutch name, written by the Dutch template
	synonyms []string // further names accepted, normalised (see normalName)
	required bool
	// unit is the unit or meaning, in English and Dutch, without commas,
	// semicolons or parentheses (a template's header cell holds it).
	unit, unitNL string
	// values are the categories, in the order of the model's enumeration;
	// valuesNL gives the Dutch names accepted for each, the first of which
	// the Dutch template writes. Nil for a numeric column.
	values   []string
	valuesNL [][]string
}

// cohortColumns are the columns a cohort file may have. A file with any
// other column is rejected: it may hold data that must not be there (names,
// identifiers) or a typo.
var cohortColumns = []cohortColumn{
	{key: "age", nl: "leeftijd", required: true, unit: "years", unitNL: "jaren"},
	{key: "education", nl: "opleiding", synonyms: []string{"opleidingsniveau"}, required: true,
		unit: "level", unitNL: "niveau",
		values: []string{"low", "mid", "high"}, valuesNL: [][]string{{"laag"}, {"midden", "middelbaar"}, {"hoog"}}},
	{key: "tenure_years", nl: "dienstjaren", synonyms: []string{"dienstverband_jaren"}, required: true,
		unit: "years with this employer", unitNL: "jaren bij deze werkgever"},
	{key: "monthly_wage", nl: "maandloon", synonyms: []string{"brutomaandloon", "bruto_maandloon"}, required: true,
		unit: "EUR gross per month", unitNL: "€ bruto per maand"},
	{key: "contract_hours", nl: "contracturen", synonyms: []string{"uren_per_week"}, required: true,
		unit: "hours per week", unitNL: "uren per week"},
	{key: "household", nl: "huishouden", required: true, unit: "household", unitNL: "huishouden",
		values:   []string{"single", "partner_with_income", "partner_without_income"},
		valuesNL: [][]string{{"alleenstaand", "alleenstaande"}, {"partner met inkomen"}, {"partner zonder inkomen"}}},
	{key: "notice_months", nl: "opzegtermijn", synonyms: []string{"opzegtermijn_maanden"}, required: true,
		unit: "whole months", unitNL: "hele maanden"},
	{key: "entry_month", nl: "instroommaand", unit: "whole months after the first entry", unitNL: "hele maanden na de eerste instroom"},
	{key: "work_history_years", nl: "arbeidsverleden", synonyms: []string{"arbeidsverleden_jaren"},
		unit: "years worked in all", unitNL: "jaren gewerkt in totaal"},
	{key: "contract", nl: "contractvorm", unit: "contract", unitNL: "contract",
		values: []string{"permanent", "flex"}, valuesNL: [][]string{{"vast"}, {"flexibel", "tijdelijk"}}},
	{key: "digital_skills", nl: "digitale_vaardigheden", unit: "digital skills", unitNL: "digitale vaardigheden",
		values: []string{"high", "low"}, valuesNL: [][]string{{"hoog"}, {"laag"}}},
	{key: "triage", nl: "triage", unit: "group", unitNL: "groep"},
}

// requiredColumns and optionalColumns list the English column names.
var (
	requiredColumns = columnKeys(true)
	optionalColumns = columnKeys(false)
)

func columnKeys(required bool) []string {
	var out []string
	for _, c := range cohortColumns {
		if c.required == required {
			out = append(out, c.key)
		}
	}
	return out
}

// columnNames maps every accepted column name, normalised, to its column.
var columnNames = func() map[string]*cohortColumn {
	m := make(map[string]*cohortColumn)
	for i := range cohortColumns {
		c := &cohortColumns[i]
		for _, n := range append([]string{c.key, c.nl}, c.synonyms...) {
			m[normalName(n)] = c
		}
	}
	return m
}()

// normalName turns a column name or a category as written into the form
// the tables hold: without a byte order mark, a unit in parentheses after
// it ("leeftijd (jaren)") or surrounding space, in lower case, with runs of
// spaces, hyphens and underscores as one underscore.
func normalName(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	if i := strings.IndexByte(s, '('); i > 0 && strings.HasSuffix(strings.TrimSpace(s), ")") {
		s = s[:i]
	}
	s = strings.ToLower(strings.TrimSpace(s))
	var b strings.Builder
	sep := false
	for _, r := range s {
		if r == ' ' || r == '-' || r == '_' || r == '\u00a0' || r == '\t' {
			sep = true
			continue
		}
		if sep && b.Len() > 0 {
			b.WriteByte('_')
		}
		sep = false
		b.WriteRune(r)
	}
	return b.String()
}

// lookupColumn finds the column a header cell names, and whether it named
// it in Dutch.
func lookupColumn(h string) (*cohortColumn, bool) {
	c, ok := columnNames[normalName(h)]
	if !ok {
		return nil, false
	}
	return c, normalName(h) != c.key
}

// choice returns the index of the category s names, in English or Dutch,
// in any case; -1 when it names none.
func (c *cohortColumn) choice(s string) int {
	n := normalName(s)
	for i, v := range c.values {
		if n == v {
			return i
		}
		for _, nl := range c.valuesNL[i] {
			if n == normalName(nl) {
				return i
			}
		}
	}
	return -1
}

// allowed lists the categories for a message: in Dutch first when the
// column was named in Dutch.
func (c *cohortColumn) allowed(dutch bool) string {
	en := strings.Join(c.values, ", ")
	nl := make([]string, len(c.values))
	for i := range c.values {
		nl[i] = c.valuesNL[i][0]
	}
	if dutch {
		return strings.Join(nl, ", ") + " (or " + en + ")"
	}
	return en + " (or in Dutch " + strings.Join(nl, ", ") + ")"
}

// allNames lists every accepted name of every category of c, for
// suggestions.
func (c *cohortColumn) allNames() []string {
	out := slices.Clone(c.values)
	for _, nl := range c.valuesNL {
		out = append(out, nl...)
	}
	return out
}

// knownColumnNames lists the English and Dutch column names, for messages
// and suggestions.
func knownColumnNames() []string {
	var out []string
	for _, c := range cohortColumns {
		out = append(out, c.key)
	}
	for _, c := range cohortColumns {
		if c.nl != c.key {
			out = append(out, c.nl)
		}
	}
	return out
}

// cohortColumnTable renders the columns as a Markdown table, for
// docs/cohort.md (a test keeps the two equal).
func cohortColumnTable() string {
	var b strings.Builder
	b.WriteString("| column | Dutch name | also accepted | required | holds | values (Dutch synonyms) |\n")
	b.WriteString("| --- | --- | --- | --- | --- | --- |\n")
	for i := range cohortColumns {
		c := &cohortColumns[i]
		also := "—"
		if len(c.synonyms) > 0 {
			also = "`" + strings.Join(c.synonyms, "`, `") + "`"
		}
		req := "no"
		if c.required {
			req = "yes"
		}
		r := personRanges[c.key]
		holds := fmt.Sprintf("%s, %s to %s", c.unit, num(r.lo), num(r.hi))
		if c.key == "monthly_wage" {
			holds += fmt.Sprintf(" and at least €%s an hour of `contract_hours`", num(minHourlyWage))
		}
		values := "—"
		if c.values != nil {
			holds = c.unit
			parts := make([]string, len(c.values))
			for j, v := range c.values {
				parts[j] = "`" + v + "` (" + strings.Join(c.valuesNL[j], ", ") + ")"
			}
			values = strings.Join(parts, ", ")
		}
		fmt.Fprintf(&b, "| `%s` | `%s` | %s | %s | %s | %s |\n", c.key, c.nl, also, req, holds, values)
	}
	return b.String()
}
