package scenarios

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"reflect"
	"strings"

	"github.com/vwnw/vwnw/internal/suggest"
)

//go:embed observed/*.toml
var observedFS embed.FS

// ShippedObservations lists the names of the observation files embedded in
// the binary.
func ShippedObservations() []string {
	entries, _ := fs.ReadDir(observedFS, "observed")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".toml"))
	}
	return names
}

// ShippedObservationSource returns the TOML text of a shipped observation
// file.
func ShippedObservationSource(name string) ([]byte, bool) {
	b, err := observedFS.ReadFile("observed/" + name + ".toml")
	return b, err == nil
}

// FitKey describes a scenario key that calibration can fit: a number or
// distribution drawn per iteration, with the bounds its validation rules
// give (±Inf when unbounded). Fitted values stay strictly inside them.
type FitKey struct {
	Key          string
	Lower, Upper float64
}

// LookupFitKey checks that key is a parameter of the scenario language that
// calibration can fit — a number or distribution, not a share of a table
// that must sum to 1 — and returns its bounds. Unknown keys get a
// did-you-mean hint. The error says what is wrong with key without naming
// it ("is a table; …"), for the caller to put after the key.
func LookupFitKey(key string) (FitKey, error) {
	if key == "" {
		return FitKey{}, errors.New("is empty")
	}
	parts := strings.Split(key, ".")
	n, matched := lookup(parts)
	switch {
	case matched < len(parts) && n.leaf():
		return FitKey{}, fmt.Errorf("%s is a value, not a table", strings.Join(parts[:matched], "."))
	case matched < len(parts):
		keys := n.keys()
		hint := suggest.Hint(parts[matched], keys)
		if hint == "" {
			hint = suggest.Hint(key, Keys())
		}
		return FitKey{}, fmt.Errorf("unknown key %q%s; allowed here: %s", parts[matched], hint, strings.Join(keys, ", "))
	case !n.leaf():
		return FitKey{}, fmt.Errorf("is a table; fit one of its keys: %s", strings.Join(prefixAll(key, n.keys()), ", "))
	case n.kind != kindParam:
		return FitKey{}, fmt.Errorf("is not a number that can be fitted (it is a %s)", kindName(n.kind))
	case n.fixed:
		if parent, _ := lookup(parts[:len(parts)-1]); parent.shares {
			return FitKey{}, fmt.Errorf("is a share of a table that must sum to 1 (%s); fitting it alone would break the sum", strings.Join(prefixAll(strings.Join(parts[:len(parts)-1], "."), parent.keys()), " + "))
		}
		if parts[0] == "cohort" {
			return FitKey{}, errors.New("is a fixed characteristic of the cohort (a plain share of the persons, not a parameter drawn per iteration); the cohort is the observed persons, part of the world a scenario shares with its baseline, so it is described, not fitted")
		}
		return FitKey{}, errors.New("must be a plain number in a scenario (not a distribution), so a fitted value with its uncertainty cannot be written for it")
	}
	fk := FitKey{Key: key, Lower: math.Inf(-1), Upper: math.Inf(1)}
	switch {
	case n.prob:
		fk.Lower, fk.Upper = 0, 1
	case n.pos, n.nonneg:
		fk.Lower = 0
	}
	return fk, nil
}

func kindName(k kind) string {
	switch k {
	case kindSpread:
		return "spread of a characteristic across persons"
	case kindInt:
		return "whole number"
	case kindIntList:
		return "list of whole numbers"
	case kindString:
		return "string"
	case kindBool:
		return "boolean"
	case kindRules:
		return "statutory figure, fixed per run"
	}
	return "table"
}

// Value returns the value of the parameter key in s — the median when it is
// uncertain — and whether s has it.
func (s *Scenario) Value(key string) (float64, bool) {
	for _, q := range s.uncertain {
		if q.Key == key {
			return q.Dist.Median(), true
		}
	}
	v := reflect.ValueOf(&s.params).Elem()
	n := schema
	for _, k := range strings.Split(key, ".") {
		switch n.kind {
		case kindTable:
			c := n.child(k)
			if c == nil {
				return 0, false
			}
			v, n = v.Field(c.index), c
		case kindNamed:
			i := 0
			for i < v.Len() && v.Index(i).FieldByName("Name").String() != k {
				i++
			}
			if i == v.Len() {
				return 0, false
			}
			v, n = v.Index(i), n.entry
		default:
			return 0, false
		}
	}
	if n.kind != kindParam {
		return 0, false
	}
	return v.Float(), true
}
