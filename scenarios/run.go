package scenarios

import (
	"errors"
	"fmt"
	"slices"
)

// UnusedOverrideError is an override that no scenario of a run applies:
// none of them has the table its key lies in (a service that is named in
// none of them, say).
type UnusedOverrideError struct {
	Key string
}

func (e *UnusedOverrideError) Error() string {
	return fmt.Sprintf("override %s: no scenario in this run has that table", e.Key)
}

// MaxRunScenarios is the most scenarios one run compares with its
// baseline: each is loaded, checked against the others and simulated.
const MaxRunScenarios = 64

// LoadRun loads the baseline and the scenarios named (the shipped set when
// none), all with overrides: the baseline first and each scenario once. It
// checks that every scenario can be compared with the baseline
// (CheckComparable), that no two share a name and that every override
// applies to at least one of them (else an *UnusedOverrideError). Every
// problem is reported at once, joined with errors.Join.
func LoadRun(baseline string, names []string, overrides []Override) ([]*Scenario, error) {
	if len(names) == 0 {
		names = Shipped()
	}
	if len(names) > MaxRunScenarios {
		return nil, fmt.Errorf("%d scenarios named; a run compares at most %d scenarios with its baseline", len(names), MaxRunScenarios)
	}
	base, err := Load(baseline, overrides...)
	if err != nil {
		return nil, err
	}
	list := []*Scenario{base}
	// read are the scenarios read as far as their overrides, whether or
	// not they then loaded: a --set that a scenario applies but gets
	// wrong (a value out of range) is not unused.
	read := []*Scenario{base}
	var problems []error
	unknown := false // a scenario failed before its overrides were applied
	for _, n := range names {
		s, err := loadRef(n, overrides)
		if s != nil {
			read = append(read, s)
		} else {
			unknown = true
		}
		if err != nil {
			problems = append(problems, err)
			continue
		}
		if s.SHA256 == base.SHA256 && s.Name == base.Name {
			continue
		}
		if err := CheckComparable(base, s); err != nil {
			problems = append(problems, err)
		}
		for _, o := range list {
			if o.Name == s.Name {
				problems = append(problems, fmt.Errorf("%s: scenario name %q is used twice (also %s); set name = \"…\" in one of them", s.File, s.Name, o.File))
			}
		}
		list = append(list, s)
	}
	for _, o := range overrides {
		// A scenario that failed before its overrides were applied may
		// have the table: then no override is known to be unused.
		if !unknown && !slices.ContainsFunc(read, func(s *Scenario) bool { return !slices.Contains(s.NotApplied(), o.Key) }) {
			problems = append(problems, &UnusedOverrideError{Key: o.Key})
		}
	}
	if len(problems) > 0 {
		return nil, errors.Join(problems...)
	}
	return list, nil
}
