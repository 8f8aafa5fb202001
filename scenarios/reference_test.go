package scenarios

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

const (
	referenceDoc   = "../docs/scenarios.md"
	referenceBegin = "<!-- begin generated key reference: go generate ./scenarios -->\n"
	referenceEnd   = "<!-- end generated key reference -->\n"
)

// TestKeyReference fails when the key reference in docs/scenarios.md is not
// what KeyReference renders from the schema; -update (or go generate
// ./scenarios) rewrites it.
func TestKeyReference(t *testing.T) {
	checkGenerated(t, referenceDoc, referenceBegin, referenceEnd, KeyReference())
}

// TestKeyReferenceRows checks the table against the schema: one row per key
// of Keys, each with a unit, and sample rows rendered from the rules and the
// shipped files.
func TestKeyReferenceRows(t *testing.T) {
	ref := KeyReference()
	lines := strings.Split(strings.TrimSuffix(ref, "\n"), "\n")
	keys := Keys()
	if got, want := len(lines)-2, len(keys); got != want {
		t.Fatalf("%d rows, want one per key (%d)", got, want)
	}
	for i, k := range keys {
		if !strings.HasPrefix(lines[i+2], "| `"+k+"` |") {
			t.Errorf("row %d is %q, want key %s", i, lines[i+2], k)
		}
		if keyUnit(k) == "" {
			t.Errorf("%s has no unit: add it to units in scenarios/reference.go", k)
		}
	}
	for k := range units {
		if !strings.Contains(ref, "| `"+k+"` |") {
			t.Errorf("units names %s, which is not a key of the schema", k)
		}
	}
	for _, row := range []string{
		"| `economy.discount_rate` | number | per year, real | 0 to 1 | yes, drawn per iteration | 0.0225 |",
		"| `cohort.size` | whole number | persons | 1 to 1000000 | no | 30 |",
		"| `cohort.education.low` | number | share of persons | 0 to 1; the table sums to 1 | no | 0.5 |",
		"| `cohort.age` | spread across persons | years | every person 15 to 80 | yes, drawn per person | pert: min 22, mode 55, max 64 |",
		"| `cohort.earlier_work_years` | spread across persons | years | every person 0 to 65 (as the cohort file's column `work_history_years`) |",
		"| `cohort.monthly_wage` | spread across persons | € gross per month | every person 0 to 100000, and at least €2 an hour of `cohort.contract_hours` |",
		"| `hazards.age55_hr` | number | hazard ratio | > 0 and ≤ 100 |",
		"| `economy.mcpf` | number | × public spending (1 = no excess burden) | 1 to 10 |",
		"| `interventions.coaching.mode` | string | — | `face_to_face`, `digital`, `hybrid` | no | `\"face_to_face\"` (intensive_coaching) |",
		"| `interventions.services.<name>.unit_cost` | number | € per use | 0 to 1e9 | yes, drawn per iteration |",
		"| `cohort.file` | string | CSV or .xlsx path, relative to the file | optional | no | — |",
	} {
		if !strings.Contains(ref, row) {
			t.Errorf("the reference lacks the row\n%s", row)
		}
	}
}

// TestAllowedIsEnforced checks that the range the reference gives for
// every number is the one Load enforces: each end is accepted (but for an
// open "> 0"), and a value beyond either end is refused with the key.
func TestAllowedIsEnforced(t *testing.T) {
	keys, err := KeyInfos("")
	if err != nil {
		t.Fatal(err)
	}
	rangeRe := regexp.MustCompile(`^(> )?([^ ;]+) (?:to|and ≤) ([^ ;]+)`)
	checked := 0
	for _, k := range keys {
		m := rangeRe.FindStringSubmatch(k.Allowed)
		if k.Type != "number" || m == nil || strings.HasPrefix(k.Key, "rules.") {
			continue
		}
		lo, _ := strconv.ParseFloat(m[2], 64)
		hi, _ := strconv.ParseFloat(m[3], 64)
		scenario, key := "baseline", k.Key
		if i := strings.Index(k.Shipped, " ("); i >= 0 {
			where := strings.Split(strings.TrimSuffix(k.Shipped[i+2:], ")"), ", ")
			scenario = where[0]
			if len(where) > 1 {
				key = strings.Replace(key, "<name>", where[1], 1)
			}
		}
		if strings.Contains(key, "<name>") || strings.Contains(k.Allowed, "sums to 1") {
			continue // no shipped service to try, or a share that must sum to 1
		}
		checked++
		t.Run(key, func(t *testing.T) {
			t.Parallel()
			checkAllowed(t, scenario, key, k.Allowed, m[1] == "", lo, hi)
		})
	}
	if checked < 50 {
		t.Errorf("checked %d keys; want most numbers", checked)
	}
}

// checkAllowed tries key in scenario at the ends of [lo, hi] and beyond.
func checkAllowed(t *testing.T, scenario, key, allowed string, closed bool, lo, hi float64) {
	// A range problem of the key itself, not a cross-check of two keys.
	refused := func(msg string) bool {
		return strings.Contains(msg, key+": must lie in") || strings.Contains(msg, key+": must be")
	}
	try := func(x float64) string {
		o, err := ParseOverride(key + "=" + strconv.FormatFloat(x, 'g', -1, 64))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Load(scenario, o)
		if err == nil {
			return ""
		}
		return err.Error()
	}
	step := max(1, math.Abs(hi)/1e6)
	for _, x := range []float64{lo - step, hi + step} {
		if msg := try(x); !strings.Contains(msg, key+": must") {
			t.Errorf("%s = %v, outside %q: %q; want it refused", key, x, allowed, msg)
		}
	}
	ends := []float64{hi}
	if closed {
		ends = append(ends, lo)
	}
	for _, x := range ends {
		if msg := try(x); refused(msg) {
			t.Errorf("%s = %v, an end of %q: refused: %s", key, x, allowed, msg)
		}
	}
}
