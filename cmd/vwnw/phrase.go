package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/vwnw/vwnw/model/calibrate"
	"github.com/vwnw/vwnw/model/sensitivity"
	"github.com/vwnw/vwnw/scenarios"
)

// flagError phrases the typed errors of the libraries, which name the
// field that is wrong, as the flags that set it: sensitivity's "inner must
// be at least 1" is "--inner must be at least 1". Several errors joined
// (errors.Join) are phrased one by one; other errors are returned as they
// are.
func flagError(err error) error {
	if err == nil {
		return nil
	}
	switch e := err.(type) {
	case *sensitivity.Error:
		if e.Field == "" || e.Field == "scenarios" {
			return e
		}
		return errors.New("--" + e.Error())
	case *calibrate.Error:
		return errors.New("--" + e.Error())
	case *scenarios.UnusedOverrideError:
		return fmt.Errorf("--set %s: no scenario in this run has that table; check the name (vwnw scenarios lists the shipped ones)", e.Key)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		parts := make([]string, 0, len(j.Unwrap()))
		for _, e := range j.Unwrap() {
			parts = append(parts, flagError(e).Error())
		}
		return errors.New(strings.Join(parts, "\n"))
	}
	return err
}
