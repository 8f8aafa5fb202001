package calibrate

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// Setup ties an observation to a scenario for calibration: the
// scenario's synthetic cohort enters as observed, and Shares simulates the
// category shares at the observation date with the fitted keys set to
// fixed values and everything else as the scenario says.
type Setup struct {
	Observation *Observation
	// Ref is the scenario as named (a shipped name or a path).
	Ref string
	// Scenario is the scenario as loaded with the cohort of the
	// observation and the user's overrides, the fitted keys unchanged.
	Scenario *scenarios.Scenario
	// Keys are the fitted keys with their bounds.
	Keys []scenarios.FitKey
	// Start holds the fitted keys' values in the scenario (medians).
	Start []float64
	// Overrides are the user's overrides, applied in every evaluation.
	Overrides []scenarios.Override
	// Config runs each evaluation: the same seed every time (common random
	// numbers), Observe at the observation month.
	Config model.Config

	// setters set the fitted keys in the parameters Scenario draws; cache
	// keeps what the evaluations share: the persons and the parameters of
	// each iteration, drawn once. eng runs every evaluation, with the
	// fitted keys at x: what it sets up (the rules of the calendar years)
	// does not depend on them.
	setters []func(*model.Params, float64)
	cache   *model.Cache
	eng     *model.Engine
	x       []float64
}

// MaxFitKeys is the most keys calibration fits at once: one fewer than the
// outcome categories.
const MaxFitKeys = model.NumCategories - 1

// NewSetup checks the fit keys and loads the scenario ref with the
// observation's cohort. cfg gives seed, iterations and workers; its Observe
// is set from the observation and its Horizon raised to reach it.
func NewSetup(obs *Observation, ref string, fit []string, cfg model.Config, overrides []scenarios.Override) (*Setup, error) {
	if len(fit) == 0 {
		return nil, &Error{Field: "fit", Msg: "is required: the keys to fit, e.g. interventions.coaching.job_finding_hr"}
	}
	if len(fit) > MaxFitKeys {
		return nil, &Error{Field: "fit", Value: strings.Join(fit, ","), Msg: fmt.Sprintf("%d keys, at most %d: %d outcome categories give %d independent shares, and each fitted key uses one",
			len(fit), MaxFitKeys, model.NumCategories, model.NumCategories-1)}
	}
	var keys []scenarios.FitKey
	var bad []error
	for _, k := range fit {
		fk, err := scenarios.LookupFitKey(k)
		if err != nil {
			bad = append(bad, &Error{Field: "fit", Value: k, Msg: err.Error()})
			continue
		}
		if slices.ContainsFunc(keys, func(x scenarios.FitKey) bool { return x.Key == k }) {
			bad = append(bad, &Error{Field: "fit", Value: k, Msg: "named twice"})
			continue
		}
		if slices.ContainsFunc(overrides, func(o scenarios.Override) bool { return o.Key == k }) {
			bad = append(bad, &Error{Field: "fit", Value: k, Msg: "also fixed by an override; fit it or set it, not both"})
		}
		keys = append(keys, fk)
	}
	if len(bad) > 0 {
		return nil, errors.Join(bad...)
	}
	s, err := scenarios.Load(ref, append(slices.Clone(overrides), obs.CohortOverrides()...)...)
	if err != nil {
		return nil, err
	}
	if s.Persons != nil {
		if err := checkFileEntries(obs, s.Persons); err != nil {
			return nil, fmt.Errorf("%s: cohort.file: %w", s.File, err)
		}
	}
	setup := &Setup{Observation: obs, Ref: ref, Scenario: s, Keys: keys, Overrides: slices.Clone(overrides),
		cache: &model.Cache{SameDraws: true}}
	for _, k := range keys {
		v, ok := s.Value(k.Key)
		if !ok {
			return nil, &Error{Field: "fit", Value: k.Key, Msg: fmt.Sprintf("scenario %s does not set it", s.File)}
		}
		set, err := s.Setter(k.Key)
		if err != nil {
			return nil, &Error{Field: "fit", Value: k.Key, Msg: err.Error()}
		}
		setup.Start = append(setup.Start, v)
		setup.setters = append(setup.setters, set)
	}
	cfg.Observe = obs.Month()
	cfg.CohortSize = 0
	// Nothing after the observation changes what is counted at it: the
	// horizon need only bring the first entrants to it (the engine counts
	// a person at the horizon when it comes first).
	first := cfg.Observe
	if m := obs.EntryMonths(); len(m) > 0 {
		first = slices.Min(m)
	}
	cfg.Horizon = max(cfg.Horizon, cfg.Observe-first, 1)
	setup.Config = cfg
	return setup, nil
}

// checkFileEntries compares a cohort file's entry months with the observed
// entrants.
func checkFileEntries(obs *Observation, persons []model.Person) error {
	got := map[int]int{}
	for _, p := range persons {
		got[p.EntryMonth]++
	}
	want := map[int]int{}
	for m, n := range obs.Entries {
		if n > 0 {
			want[m] = n
		}
	}
	if !maps.Equal(got, want) {
		return fmt.Errorf("its persons enter in other months than the observation's entrants (file %v, observed %v, by month from %s)",
			got, want, obs.FirstEntry.Format("2006-01"))
	}
	return nil
}

// EvaluationOverrides returns the overrides of one evaluation: the user's,
// the observation's cohort, and the fitted keys at x.
func (c *Setup) EvaluationOverrides(x []float64) []scenarios.Override {
	all := append(slices.Clone(c.Overrides), c.Observation.CohortOverrides()...)
	for i, k := range c.Keys {
		all = append(all, scenarios.Override{Key: k.Key, Value: strconv.FormatFloat(x[i], 'g', -1, 64)})
	}
	return all
}

// Shares simulates the mean share of each category at the observation date
// with the fitted keys at x. Every call uses the same random numbers: the
// scenario as loaded, its parameters drawn as in every call and the fitted
// keys set to x — what loading it again with EvaluationOverrides(x) would
// run — and the same persons, which calls after the first reuse with the
// parameters drawn. It is not for concurrent use.
func (c *Setup) Shares(ctx context.Context, x []float64) ([model.NumCategories]float64, error) {
	if c.eng == nil {
		if c.Config.Observe < 0 {
			return [model.NumCategories]float64{}, errNoObserve
		}
		in := c.Scenario.Input()
		in.Vary = func(p *model.Params) {
			for k, set := range c.setters {
				set(p, c.x[k])
			}
		}
		cfg := c.Config
		cfg.Cache = c.cache
		cfg.CountsOnly = true // the shares need the observed categories only
		c.x = slices.Clone(x)
		eng, err := model.NewEngine(cfg, []model.Input{in})
		if err != nil {
			return [model.NumCategories]float64{}, err
		}
		c.eng = eng
	}
	c.x = append(c.x[:0], x...)
	return engineShares(ctx, c.eng)
}

// Problem returns the model's calibration problem for this setup.
func (c *Setup) Problem() *Problem {
	params := make([]Param, len(c.Keys))
	for i, k := range c.Keys {
		params[i] = Param{Name: k.Key, Start: c.Start[i], Lower: k.Lower, Upper: k.Upper}
	}
	return &Problem{
		Params: params,
		Counts: c.Observation.CountsFloat(),
		Shares: c.Shares,
		// Half a person among all simulated persons: below what the
		// simulation can resolve.
		Floor: 0.5 / float64(c.Observation.Total()*max(1, c.Config.Iterations)),
	}
}
