package sensitivity

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/internal/suggest"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// UncertainParams returns the parameters given as distributions in any
// scenario of list, where list[0] is the baseline and list[1:] the scenarios
// compared with it: the union by key, sorted by key, each with the
// distribution of the first of list[1:] that has it (the baseline's when
// only the baseline has it).
func UncertainParams(list []*scenarios.Scenario) []Param {
	if len(list) == 0 {
		return nil
	}
	byKey := map[string]Param{}
	for _, s := range append(slices.Clone(list[1:]), list[0]) {
		for _, q := range s.Uncertain() {
			if _, ok := byKey[q.Key]; !ok {
				byKey[q.Key] = Param{Key: q.Key, Dist: q.Dist}
			}
		}
	}
	out := make([]Param, 0, len(byKey))
	for _, q := range byKey {
		out = append(out, q)
	}
	slices.SortFunc(out, func(x, y Param) int { return strings.Compare(x.Key, y.Key) })
	return out
}

// findParam returns the parameter of params with key.
func findParam(params []Param, key string) (Param, bool) {
	i := slices.IndexFunc(params, func(q Param) bool { return q.Key == key })
	if i < 0 {
		return Param{}, false
	}
	return params[i], true
}

// paramKeys lists the keys of params.
func paramKeys(params []Param) []string {
	out := make([]string, len(params))
	for i, q := range params {
		out[i] = q.Key
	}
	return out
}

// CheckUncertain returns nil when key is an uncertain parameter of a
// scenario of list (see UncertainParams), and otherwise an error that says
// why not: a fixed number in one of them, or no such parameter, with a
// did-you-mean hint, as an *Error of field "param".
func CheckUncertain(list []*scenarios.Scenario, key string) error {
	params := UncertainParams(list)
	if _, ok := findParam(params, key); ok {
		return nil
	}
	for _, s := range list {
		if v, ok := s.Lookup(key); ok {
			return &Error{Field: "param", Value: key, Msg: fmt.Sprintf("is a fixed number (%v) in %s, not a distribution; give it one (%s = { dist = \"uniform\", min = …, max = … }) or search its break-even value", v, s.Name, key)}
		}
	}
	return &Error{Field: "param", Value: key, Msg: fmt.Sprintf("is not an uncertain parameter of %s or %s%s", list[1].Name, list[0].Name, suggest.Hint(key, paramKeys(params)))}
}

// CheckNumeric checks that key is a numeric parameter — a number or a
// distribution — of the scenario list[1] (list[0] is its baseline), as a
// break-even search over its values needs; otherwise an *Error of field
// "param".
func CheckNumeric(list []*scenarios.Scenario, key string) error {
	sc := list[1]
	v, ok := sc.Lookup(key)
	if !ok {
		var set []string
		for _, s := range list {
			for _, q := range s.Uncertain() {
				set = append(set, q.Key)
			}
		}
		return &Error{Field: "param", Value: key, Msg: fmt.Sprintf("is not a parameter set in %s%s", sc.Name, suggest.Hint(key, append(set, scenarios.Keys()...)))}
	}
	switch v.(type) {
	case int64, float64:
	case map[string]any:
		if _, ok := findParam(UncertainParams(list), key); !ok {
			return &Error{Field: "param", Value: key, Msg: fmt.Sprintf("is a table in %s, not a number", sc.Name)}
		}
	default:
		return &Error{Field: "param", Value: key, Msg: fmt.Sprintf("is %v in %s, not a number: break-even needs a numeric parameter", v, sc.Name)}
	}
	return nil
}

// SearchRange is the range of values of key to search when none is given:
// the 1st to the 99th percentile of its distribution (see UncertainParams).
// It fails, with an *Error of field "range", when key is a fixed number or
// its distribution has no spread. key must have passed CheckNumeric.
func SearchRange(list []*scenarios.Scenario, key string) (lo, hi float64, err error) {
	q, ok := findParam(UncertainParams(list), key)
	if !ok {
		v, _ := list[1].Lookup(key)
		return 0, 0, &Error{Field: "range", Msg: fmt.Sprintf("is needed: %s is fixed at %v in %s; give the values to search as LO,HI", key, v, list[1].Name)}
	}
	lo, hi = q.Dist.Quantile(0.01), q.Dist.Quantile(0.99)
	if !(lo < hi) {
		return 0, 0, &Error{Field: "range", Msg: fmt.Sprintf("is needed: the distribution of %s has no spread to search; give the values to search as LO,HI", key)}
	}
	return lo, hi, nil
}

// WithParam loads the baseline baseRef and the scenario ref, both with
// overrides, and with key set to v: in the scenario always, in the baseline
// only when base (the baseline as loaded with overrides) has key. It
// returns their model inputs, the baseline first.
func WithParam(base *scenarios.Scenario, baseRef, ref string, overrides []scenarios.Override, key string, v float64) ([]model.Input, error) {
	o := scenarios.Override{Key: key, Value: formatValue(v)}
	bovs := overrides
	if _, ok := base.Lookup(key); ok {
		bovs = append(slices.Clone(overrides), o)
	}
	b, err := scenarios.Load(baseRef, bovs...)
	if err != nil {
		return nil, err
	}
	s, err := scenarios.Load(ref, append(slices.Clone(overrides), o)...)
	if err != nil {
		return nil, err
	}
	return []model.Input{b.Input(), s.Input()}, nil
}

// formatValue is v as a TOML value: in plain digits, or with an exponent
// when plain digits would be an integer beyond TOML's 64 bits (1e300).
func formatValue(v float64) string {
	if math.Abs(v) >= 1e15 {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// IsParamKey reports whether key names a parameter of a scenario of list:
// an uncertain one (see UncertainParams) or any value that is not a table,
// as a group's name must not.
func IsParamKey(list []*scenarios.Scenario, key string) bool {
	if _, ok := findParam(UncertainParams(list), key); ok {
		return true
	}
	for _, s := range list {
		if v, ok := s.Lookup(key); ok {
			if _, table := v.(map[string]any); !table {
				return true
			}
		}
	}
	return false
}
