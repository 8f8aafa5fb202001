package sensitivity

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/internal/suggest"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// Methods are the methods a Plan runs.
var Methods = []string{"tornado", "sobol", "evpi", "breakeven"}

// Error is bad input to a Plan: the field that is wrong, named as the
// Plan's field in lower case ("method", "param", "group", "range", "inner",
// "bootstrap", "iterations", "stakeholder"; "" for the plan as a whole),
// the value of it that is wrong when it holds several, and what is wrong.
type Error struct {
	Field string
	Value string
	Msg   string
}

// Error reads "field msg", or "field value: msg" when Value is set.
func (e *Error) Error() string {
	switch {
	case e.Field == "":
		return e.Msg
	case e.Value == "":
		return e.Field + " " + e.Msg
	}
	return e.Field + " " + e.Value + ": " + e.Msg
}

// Plan is a sensitivity run of Scenarios against Baseline as asked for.
// Check validates it and loads the scenarios; Run runs it.
type Plan struct {
	// Method is one of Methods.
	Method string
	// Scenarios are the scenarios (shipped names or files) compared with
	// the baseline: one, or with evpi one or more.
	Scenarios []string
	// Baseline is the baseline (a shipped name or a file).
	Baseline string
	// Overrides apply to every scenario and the baseline.
	Overrides []scenarios.Override
	// Params are the keys analysed, each entry one key or a
	// comma-separated list; none means every uncertain parameter.
	// Breakeven takes exactly one.
	Params []string
	// Groups vary keys together (sobol and evpi), each "NAME=KEY,KEY".
	Groups []string
	// Stakeholder is whose NPV break-even sets to zero (default society),
	// and with the other methods the one to show ("" for all).
	Stakeholder string
	// Range is the values break-even searches, "LO,HI" ("" for the p1–p99
	// of the parameter's distribution).
	Range string
	// Bootstrap is the number of resamples of Sobol's intervals.
	Bootstrap int
	// Inner is the number of cohorts averaged per sample (sobol and evpi);
	// nil means DefaultInner.
	Inner *int
	// Config runs every simulation: seed, iterations (samples), horizon,
	// cohort size, workers, version.
	Config model.Config
	// Progress, when set, is called after every simulation of the
	// analysis with the simulations done and expected.
	Progress func(done, total int)
	// Results and Runner, when set, replace the engine: Results runs the
	// comparison the analysis comes with, Runner every run of the analysis
	// (Analysis.Runner). A shard of the runs, or a merge of shards, sets
	// them.
	Results func(ctx context.Context, cfg model.Config, inputs []model.Input) (*model.Results, error)
	Runner  func(ctx context.Context, run int, cfg model.Config, inputs []model.Input, fn func(*model.Iteration) error) error

	// Set by Check.
	list        []*scenarios.Scenario // the baseline first
	params      []Param
	groups      []Group
	stakeholder model.Stakeholder
	only        bool
	lo, hi      float64
	inner       int
	eng         *model.Engine
}

// DefaultInner is the number of cohorts averaged per sample when a Plan
// does not say: 1 for sobol, 10 for evpi (whose ranking of studies is the
// more sensitive to chance within a cohort).
func DefaultInner(method string) int {
	if method == "evpi" {
		return 10
	}
	return 1
}

// minIterations are the fewest iterations (samples) each method takes, and
// why.
var minIterations = map[string]struct {
	n   int
	why string
}{
	"tornado": {2, ", to estimate the standard error of each swing"},
	"sobol":   {2, ""},
	"evpi":    {10, " (parameter sets)"},
}

// Check validates the plan, loads the scenarios and chooses the parameters
// and groups. Every error is bad input: an *Error, or the scenarios'
// problems.
func (p *Plan) Check() error {
	if err := p.checkMethod(); err != nil {
		return err
	}
	if err := p.checkStakeholder(); err != nil {
		return err
	}
	list, err := scenarios.LoadRun(p.Baseline, p.Scenarios, p.Overrides)
	if err != nil {
		return err
	}
	if len(list) < 2 {
		return &Error{Msg: fmt.Sprintf("%s is the baseline itself; name a scenario to compare with it", p.Scenarios[0])}
	}
	p.list = list
	named := splitKeys(p.Params)
	if p.Method == "breakeven" {
		if err := p.checkBreakeven(named); err != nil {
			return err
		}
	} else if err := p.chooseParams(named); err != nil {
		return err
	}
	inputs := p.inputs()
	p.eng, err = model.NewEngine(p.Config, inputs)
	return err
}

// checkMethod checks the method and the fields that depend on it.
func (p *Plan) checkMethod() error {
	if !slices.Contains(Methods, p.Method) {
		return &Error{Field: "method", Value: strconv.Quote(p.Method), Msg: "is not one of " + strings.Join(Methods, ", ") + suggest.Hint(p.Method, Methods)}
	}
	varies := p.Method == "sobol" || p.Method == "evpi"
	p.inner = DefaultInner(p.Method)
	if p.Inner != nil {
		p.inner = *p.Inner
	}
	switch {
	case len(p.Scenarios) == 0:
		return &Error{Field: "scenarios", Msg: "name none; name at least one scenario to compare with the baseline"}
	case p.Method != "evpi" && len(p.Scenarios) != 1:
		return &Error{Field: "method", Value: p.Method, Msg: fmt.Sprintf("takes one scenario, got %d (only evpi compares several)", len(p.Scenarios))}
	case p.Bootstrap < MinBootstrap:
		return &Error{Field: "bootstrap", Msg: fmt.Sprintf("must be at least %d (resamples behind the 95%% intervals of sobol), got %d", MinBootstrap, p.Bootstrap)}
	case p.inner < 1:
		return &Error{Field: "inner", Msg: fmt.Sprintf("must be at least 1 (cohorts averaged per sample), got %d", p.inner)}
	case p.Inner != nil && !varies:
		return &Error{Field: "inner", Msg: "is for the methods sobol and evpi"}
	case p.Range != "" && p.Method != "breakeven":
		return &Error{Field: "range", Msg: "is for the method breakeven"}
	case len(p.Groups) > 0 && !varies:
		return &Error{Field: "group", Msg: "is for the methods sobol and evpi"}
	}
	if m, ok := minIterations[p.Method]; ok && p.Config.Iterations < m.n {
		return &Error{Field: "iterations", Msg: fmt.Sprintf("must be at least %d for method %s%s; got %d", m.n, p.Method, m.why, p.Config.Iterations)}
	}
	return nil
}

// checkStakeholder resolves Stakeholder.
func (p *Plan) checkStakeholder() error {
	p.stakeholder, p.only = model.Society, false
	if p.Stakeholder == "" {
		return nil
	}
	keys := model.StakeholderKeys()
	i := slices.Index(keys, p.Stakeholder)
	if i < 0 {
		return &Error{Field: "stakeholder", Value: strconv.Quote(p.Stakeholder), Msg: "is not one of " + strings.Join(keys, ", ") + suggest.Hint(p.Stakeholder, keys)}
	}
	p.stakeholder, p.only = model.Stakeholder(i), true
	return nil
}

// splitKeys splits comma-separated keys and drops blanks and repeats.
func splitKeys(values []string) []string {
	var out []string
	for _, v := range values {
		for _, k := range strings.Split(v, ",") {
			if k = strings.TrimSpace(k); k != "" && !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out
}

// checkBreakeven checks the break-even parameter, sets the range to
// search, and loads the scenarios at both ends of it: a value the scenario
// language rejects is bad input, found before a long run.
func (p *Plan) checkBreakeven(named []string) error {
	if len(named) != 1 {
		return &Error{Field: "param", Msg: fmt.Sprintf("must name exactly one key for method breakeven, got %d; e.g. interventions.coaching.hourly_cost", len(named))}
	}
	key := named[0]
	p.params = []Param{{Key: key}}
	if err := CheckNumeric(p.list, key); err != nil {
		return err
	}
	if err := p.breakevenRange(key); err != nil {
		return err
	}
	var bad []string
	for i, v := range []float64{p.lo, p.hi} {
		if _, err := p.breakevenInputs(v); err != nil {
			if p.Range == "" {
				return err // p1–p99 of the scenario's own distribution
			}
			bad = append(bad, fmt.Sprintf("%s %s is not allowed: %s %s", [2]string{"LO", "HI"}[i], formatValue(v), key, valueProblem(err, key)))
		}
	}
	if len(bad) > 0 {
		return &Error{Field: "range", Value: strconv.Quote(p.Range),
			Msg: strings.Join(bad, "; ") + "; give LO,HI within the values it allows"}
	}
	return nil
}

// valueProblem is what the scenarios say is wrong with a value of key: the
// messages of the problems, without the key in front of them and the value
// ("; got -10") behind.
func valueProblem(err error, key string) string {
	var e *scenarios.Error
	if !errors.As(err, &e) || len(e.Problems) == 0 {
		return err.Error()
	}
	msgs := make([]string, len(e.Problems))
	for i, pr := range e.Problems {
		m := strings.TrimPrefix(pr.Msg, key+": ")
		if j := strings.LastIndex(m, "; got "); j > 0 {
			m = m[:j]
		}
		msgs[i] = m
	}
	return strings.Join(msgs, "; ")
}

// breakevenRange sets the range to search: Range, or p1–p99 of the
// parameter's distribution.
func (p *Plan) breakevenRange(key string) error {
	if p.Range == "" {
		var err error
		p.lo, p.hi, err = SearchRange(p.list, key)
		return err
	}
	l, h, ok := strings.Cut(p.Range, ",")
	lo, err1 := strconv.ParseFloat(strings.TrimSpace(l), 64)
	hi, err2 := strconv.ParseFloat(strings.TrimSpace(h), 64)
	if !ok || err1 != nil || err2 != nil || !(lo < hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return &Error{Field: "range", Value: strconv.Quote(p.Range), Msg: "want LO,HI with LO < HI, e.g. 50,600"}
	}
	p.lo, p.hi = lo, hi
	return nil
}

// breakevenInputs loads the baseline and the scenario with the break-even
// parameter at v (in the baseline only when the baseline has the key).
func (p *Plan) breakevenInputs(v float64) ([]model.Input, error) {
	return WithParam(p.list[0], p.Baseline, p.Scenarios[0], p.Overrides, p.params[0].Key, v)
}

// chooseParams sets the parameters analysed — the named keys and the keys
// of the groups, or every uncertain parameter — and the groups.
func (p *Plan) chooseParams(named []string) error {
	var problems []error
	for _, k := range named {
		if err := CheckUncertain(p.list, k); err != nil {
			problems = append(problems, err)
		}
	}
	groups, keys, gp := p.parseGroups(named)
	problems = append(problems, gp...)
	if len(problems) > 0 {
		return joinErrors(problems)
	}
	uncertain := UncertainParams(p.list)
	if len(keys) == 0 {
		p.params = uncertain
	} else {
		for _, k := range keys {
			q, _ := findParam(uncertain, k)
			p.params = append(p.params, q)
		}
	}
	if len(p.params) == 0 {
		return &Error{Msg: fmt.Sprintf("no parameter of %s or %s is given as a distribution: nothing to vary; give one a distribution, e.g. KEY = { dist = \"pert\", min = …, mode = …, max = … }",
			p.list[1].Name, p.list[0].Name)}
	}
	p.groups = groups
	if p.Method == "sobol" || p.Method == "evpi" {
		// Resolve the groups now, so a key in two groups is bad input.
		if _, err := groupsOf(p.params, p.groups); err != nil {
			return &Error{Field: "group", Msg: err.Error()}
		}
	}
	return nil
}

// parseGroups parses Groups. It returns the groups, the keys analysed
// (named and, when any are named, the groups' keys) and the problems.
func (p *Plan) parseGroups(named []string) ([]Group, []string, []error) {
	var groups []Group
	var problems []error
	names := map[string]bool{}
	for _, spec := range p.Groups {
		g, err := p.parseGroup(spec, names)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		names[g.Name] = true
		for _, k := range g.Keys {
			if err := CheckUncertain(p.list, k); err != nil {
				problems = append(problems, &Error{Field: "group", Value: g.Name, Msg: "key " + k + " " + messageOf(err)})
			} else if len(named) > 0 && !slices.Contains(named, k) {
				named = append(named, k) // a group's keys are analysed too
			}
		}
		groups = append(groups, g)
	}
	return groups, named, problems
}

// parseGroup parses one group, "NAME=KEY,KEY", whose name must be new
// (not in names) and not a parameter key.
func (p *Plan) parseGroup(spec string, names map[string]bool) (Group, error) {
	name, keys, ok := strings.Cut(spec, "=")
	g := Group{Name: strings.TrimSpace(name), Keys: splitKeys([]string{keys})}
	switch {
	case !ok || g.Name == "" || len(g.Keys) == 0:
		return g, &Error{Field: "group", Value: strconv.Quote(spec), Msg: "want NAME=KEY,KEY, e.g. hazards=hazards.job_finding,hazards.duration_decay"}
	case names[g.Name]:
		return g, &Error{Field: "group", Value: spec, Msg: fmt.Sprintf("the name %s is given to two groups; give every group its own name", g.Name)}
	case IsParamKey(p.list, g.Name):
		return g, &Error{Field: "group", Value: spec, Msg: fmt.Sprintf("the name %s is a parameter key; name the group something else, e.g. %s_group=%s", g.Name, g.Name[strings.LastIndex(g.Name, ".")+1:], keys)}
	}
	return g, nil
}

// messageOf is the message of err without its field and value.
func messageOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Msg
	}
	return err.Error()
}

// joinErrors joins errs one per line, as errors.Join does; a single error
// is returned as is, so that its type stays visible.
func joinErrors(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	return &multiError{errs}
}

// multiError is several errors, one per line.
type multiError struct{ errs []error }

func (m *multiError) Error() string {
	s := make([]string, len(m.errs))
	for i, e := range m.errs {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}

// Unwrap returns the errors, for errors.As and errors.Is.
func (m *multiError) Unwrap() []error { return m.errs }

// Shown is the stakeholder to show alone, and whether there is one: the
// plan's Stakeholder when it names one.
func (p *Plan) Shown() (model.Stakeholder, bool) { return p.stakeholder, p.only }

// inputs are the model inputs of the loaded scenarios, the baseline first.
func (p *Plan) inputs() []model.Input {
	inputs := make([]model.Input, len(p.list))
	for i, s := range p.list {
		inputs[i] = s.Input()
	}
	return inputs
}

// Run runs the comparison of the scenarios with the baseline and the
// analysis, and returns the comparison with its Sensitivity section. The
// plan must have passed Check.
func (p *Plan) Run(ctx context.Context) (*model.Results, error) {
	if p.eng == nil {
		return nil, fmt.Errorf("sensitivity: Run before a successful Check")
	}
	inputs := p.inputs()
	cfg := p.Config
	eng := p.eng
	if p.Method == "sobol" && len(inputs) == 2 && cfg.Cache == nil {
		// The comparison is Sobol's matrix A when every uncertain
		// parameter is analysed: a cache lets the matrices reuse it, the
		// persons and each other's simulations (see Analysis.Sobol).
		cfg.Cache = &model.Cache{}
		var err error
		if eng, err = model.NewEngine(cfg, inputs); err != nil {
			return nil, err
		}
	}
	var res *model.Results
	var err error
	if p.Results != nil {
		res, err = p.Results(ctx, cfg, inputs)
	} else {
		res, err = eng.Run(ctx)
	}
	if err != nil {
		return nil, err
	}
	a := &Analysis{Config: cfg, Inputs: inputs[:2], Params: p.params, Progress: p.Progress, Runner: p.Runner}
	sn := &model.Sensitivity{
		Scenario: p.list[1].Name, Baseline: p.list[0].Name, Method: p.Method,
		Samples: cfg.Iterations, CohortSize: res.Scenarios[1].CohortSize,
	}
	switch p.Method {
	case "tornado":
		err = p.tornado(ctx, a, sn)
	case "sobol":
		err = p.sobol(ctx, a, sn)
	case "evpi":
		a.Inputs = inputs
		err = p.evpi(ctx, a, sn)
	case "breakeven":
		err = p.breakeven(ctx, a, sn)
	}
	if err != nil {
		return nil, err
	}
	res.Sensitivity = sn
	return res, nil
}

func (p *Plan) tornado(ctx context.Context, a *Analysis, sn *model.Sensitivity) error {
	bars, err := a.Tornado(ctx)
	if err != nil {
		return err
	}
	sn.Tornado = bars
	order := TornadoOrder(bars)
	sn.TornadoOrder = &order
	AddNotes(sn, TornadoNotes(bars, a.Config.Iterations)...)
	return nil
}

func (p *Plan) sobol(ctx context.Context, a *Analysis, sn *model.Sensitivity) error {
	r, err := a.Sobol(ctx, p.groups, p.Bootstrap, p.inner)
	if err != nil {
		return err
	}
	sn.Sobol, sn.SobolStochastic, sn.Inner = r.Indices, &r.Stochastic, p.inner
	AddNotes(sn, r.Notes...)
	return nil
}

func (p *Plan) evpi(ctx context.Context, a *Analysis, sn *model.Sensitivity) error {
	targets := EVPPITargets(p.params, p.groups)
	if len(p.Params) > 0 {
		// EVPI is over all the uncertainty; only the EVPPI is restricted.
		a.Params = UncertainParams(p.list)
	}
	e, err := a.EVPI(ctx, p.inner, targets)
	if err != nil {
		return err
	}
	sn.EVPI = e
	sn.Scenario = strings.Join(e.Options[1:], ",")
	AddNotes(sn, EVPINotes(e, a.Config.Iterations)...)
	return nil
}

func (p *Plan) breakeven(ctx context.Context, a *Analysis, sn *model.Sensitivity) error {
	a.Params = nil
	b, err := a.Breakeven(ctx, p.params[0].Key, p.stakeholder, p.lo, p.hi, p.breakevenInputs)
	if err != nil {
		return err
	}
	sn.Breakeven = b
	AddNotes(sn, BreakevenNotes(b, a.Config.Iterations)...)
	return nil
}
