package calibrate

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// Error is bad input to a calibration: the field that is wrong, named as
// the Plan's field in lower case ("observed", "fit", "write", "level"),
// the value of it that is wrong when it holds several (a fitted key, the
// file to write), and what is wrong.
type Error struct {
	Field string
	Value string
	Msg   string
}

// Error reads "field msg", or "field value: msg" when Value is set.
func (e *Error) Error() string {
	if e.Value == "" {
		return e.Field + " " + e.Msg
	}
	return e.Field + " " + e.Value + ": " + e.Msg
}

// Plan is a calibration as asked for: the keys Fit of Scenario fitted to
// the observation file Observed. Check validates it and loads the inputs;
// Run fits.
type Plan struct {
	// Observed is an observation file, or the name of a shipped one.
	Observed string
	// Scenario is the scenario fitted (a shipped name or a file).
	Scenario string
	// Fit are the keys fitted, at most MaxFitKeys.
	Fit []string
	// Write, when set, is the file the calibrated scenario is meant for:
	// Run returns its text in Report.Calibrated.
	Write string
	// Level is the coverage of the intervals of the fitted values, in
	// (0, 1).
	Level float64
	// Overrides apply in every evaluation.
	Overrides []scenarios.Override
	// Config gives seed, iterations per evaluation, workers and version.
	Config model.Config

	setup *Setup // set by Check
}

// Check validates the plan, reads the observation and loads the scenario
// with the observed cohort. Every error is bad input: an *Error, or the
// problems of the input files.
func (p *Plan) Check() error {
	var bad []error
	if p.Observed == "" {
		bad = append(bad, &Error{Field: "observed", Msg: `is required: an observation file, or "pilot" (shipped)`})
	}
	var fit []string
	for _, k := range p.Fit {
		if k = strings.TrimSpace(k); k != "" {
			fit = append(fit, k)
		}
	}
	if len(fit) == 0 {
		bad = append(bad, &Error{Field: "fit", Msg: "is required: the keys to fit, e.g. interventions.coaching.job_finding_hr"})
	}
	if !(p.Level > 0 && p.Level < 1) {
		bad = append(bad, &Error{Field: "level", Msg: fmt.Sprintf("must lie between 0 and 1 (e.g. 0.9), got %v", p.Level)})
	}
	if len(bad) > 0 {
		return errors.Join(bad...)
	}
	obs, err := LoadObservation(p.Observed)
	if err != nil {
		return err
	}
	setup, err := NewSetup(obs, p.Scenario, fit, p.Config, p.Overrides)
	if err != nil {
		return err
	}
	if p.Write != "" {
		if err := p.checkWritePath(); err != nil {
			return err
		}
		if err := setup.CheckWritable(); err != nil {
			return err
		}
	}
	p.setup = setup
	return nil
}

// checkWritePath refuses to write onto the scenario being calibrated (it
// would extend itself) and onto a directory.
func (p *Plan) checkWritePath() error {
	if info, err := os.Stat(p.Write); err == nil && info.IsDir() {
		return &Error{Field: "write", Value: p.Write, Msg: "is a directory"}
	}
	if scenarios.IsShipped(p.Scenario) {
		return nil
	}
	a, _ := filepath.Abs(p.Write)
	b, _ := filepath.Abs(p.Scenario)
	if a == b {
		return &Error{Field: "write", Value: p.Write, Msg: "is the scenario being calibrated; write to another file (it extends this one)"}
	}
	return nil
}

// Run fits the keys and returns the report. With Write set, the report
// carries the calibrated scenario's text (checked to load) in Calibrated;
// when the data do not identify a fitted value it carries no text, and
// Refused says why (an *Error of field "write"): the fit is still
// reported, but no scenario claims a distribution the data do not give. A
// key that does not move the simulated shares is bad input, an *Error of
// field "fit". The plan must have passed Check.
func (p *Plan) Run(ctx context.Context) (*Report, error) {
	s := p.setup
	if s == nil {
		return nil, errors.New("calibrate: Run before a successful Check")
	}
	prob := s.Problem()
	prob.Level = p.Level
	start := time.Now()
	res, err := prob.Run(ctx)
	var unin *UninformativeError
	if errors.As(err, &unin) {
		return nil, &Error{Field: "fit", Value: unin.Name, Msg: fmt.Sprintf("the simulated outcome shares are the same with it at %s and at %s (same random numbers), so the observed counts cannot inform it; "+
			"only a key that changes who is in which category by the observation date can be fitted in %s (not a cost, a price or a discount rate, nor a key of an intervention that is switched off)",
			FormatFitted(unin.Low), FormatFitted(unin.High), s.Scenario.File)}
	}
	if err != nil {
		return nil, err
	}
	// A value the data bound on neither side has no distribution: it is
	// reported, but no calibrated scenario is written.
	dists, _, distErr := s.FittedDists(res)
	r := &Report{Version: p.Config.Version, Setup: s, Result: res, Dists: dists, Elapsed: time.Since(start)}
	if p.Write == "" {
		return r, nil
	}
	if distErr != nil {
		r.Refused = &Error{Field: "write", Value: p.Write, Msg: fmt.Sprintf("nothing written: %v; fit fewer keys, or fix the others by overrides, until the data identify each", distErr)}
		return r, nil
	}
	text, err := CalibratedScenario(s, res, p.Write)
	if err != nil {
		return nil, err
	}
	// The written scenario must load, or it is not written.
	if _, err := scenarios.LoadBytes([]byte(text), p.Write, filepath.Dir(p.Write)); err != nil {
		return nil, fmt.Errorf("the calibrated scenario does not load: %w", err)
	}
	r.Calibrated = text
	return r, nil
}
