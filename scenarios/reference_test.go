package scenarios

import (
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
		"| `economy.discount_rate` | number | per year, real | ≥ 0 | yes, drawn per iteration | 0.0225 |",
		"| `cohort.size` | whole number | persons | 1 to 1000000 | no | 30 |",
		"| `cohort.education.low` | number | share of persons | 0 to 1; the table sums to 1 | no | 0.5 |",
		"| `cohort.age` | spread across persons | years | any | yes, drawn per person | pert: min 22, mode 55, max 64 |",
		"| `interventions.coaching.mode` | string | — | `face_to_face`, `digital`, `hybrid` | no | `\"face_to_face\"` (intensive_coaching) |",
		"| `interventions.services.<name>.unit_cost` | number | € per use | ≥ 0 | yes, drawn per iteration |",
		"| `cohort.file` | string | CSV or .xlsx path, relative to the file | optional | no | — |",
	} {
		if !strings.Contains(ref, row) {
			t.Errorf("the reference lacks the row\n%s", row)
		}
	}
}
