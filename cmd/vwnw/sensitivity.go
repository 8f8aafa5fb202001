package main

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/internal/csvdialect"
	"github.com/vwnw/vwnw/internal/output"
	"github.com/vwnw/vwnw/internal/suggest"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/sensitivity"
	"github.com/vwnw/vwnw/scenarios"
)

// sensMethods are the methods of `vwnw sensitivity`.
var sensMethods = []string{"tornado", "sobol", "evpi", "breakeven"}

// sensFlags are the flags of `vwnw sensitivity` beyond simFlags.
type sensFlags struct {
	sim         simFlags
	method      string
	params      []string
	groups      []string
	stakeholder string
	rangeLoHi   string
	bootstrap   int
	inner       int
	innerSet    bool // --inner was given
	top         int
}

func newSensitivityCmd() *cobra.Command {
	var f sensFlags
	cmd := &cobra.Command{
		Use:   "sensitivity SCENARIO [SCENARIO ...] --method tornado|sobol|evpi|breakeven",
		Short: "How much each stakeholder's NPV depends on the uncertain parameters",
		Long: `sensitivity shows how much the NPV of every stakeholder and of society, SCENARIO
against the baseline, depends on the parameters given as distributions (those of
SCENARIO and of the baseline, or those named with --param). Every run uses common
random numbers: the same persons and events in iteration i.

  tornado    each parameter at its p10 and p90, the others at their median
             (--iterations runs of the cohort per bar); sorted by swing.
  sobol      first- and total-order Sobol indices with bootstrap 95% intervals
             (--iterations base samples of --inner cohorts each, default 1;
             --group NAME=KEY,KEY varies keys together).
  evpi       expected value of perfect information over the baseline and one or
             more scenarios, and of partial information per parameter or group,
             net of its noise floor: which study is worth funding first
             (--iterations parameter sets, --inner cohorts each, default 10).
  breakeven  the value of --param at which --stakeholder's mean NPV is zero,
             searched over its p1–p99 or --range LO,HI.

--out DIR writes results.json (the comparison plus a "sensitivity" section),
results.csv and report.html. A progress bar shows on a terminal; Ctrl-C stops
without writing anything.`,
		Example: `  vwnw sensitivity intensive_coaching --method tornado
  vwnw sensitivity intensive_coaching --method sobol --iterations 2048 --group hazards=hazards.job_finding,hazards.duration_decay
  vwnw sensitivity intensive_coaching digital_hybrid --method evpi --json
  vwnw sensitivity intensive_coaching --method breakeven --param interventions.coaching.hourly_cost --range 50,600
  vwnw sensitivity intensive_coaching --method breakeven --param interventions.coaching.job_finding_hr --stakeholder uwv`,
		Args:              minArgs(1, "SCENARIO (a shipped name or a .toml file)"),
		ValidArgsFunction: completeScenarios,
		RunE: func(cmd *cobra.Command, args []string) error {
			f.innerSet = cmd.Flags().Changed("inner")
			return runSensitivity(cmd, &f, args)
		},
	}
	f.sim.register(cmd)
	fs := cmd.Flags()
	fs.StringVar(&f.method, "method", "tornado", "method: "+strings.Join(sensMethods, ", "))
	fs.StringArrayVar(&f.params, "param", nil, "parameter key(s) to analyse, comma-separated or repeated (default: every uncertain parameter); breakeven needs exactly one")
	fs.StringArrayVar(&f.groups, "group", nil, "sobol and evpi: vary keys together as one group, NAME=KEY,KEY (repeatable)")
	fs.StringVar(&f.stakeholder, "stakeholder", "", "breakeven: whose NPV must be zero (default society); other methods: print only this stakeholder (default all)")
	fs.StringVar(&f.rangeLoHi, "range", "", "breakeven: values to search, LO,HI (default: p1,p99 of the parameter's distribution)")
	fs.IntVar(&f.bootstrap, "bootstrap", 500, fmt.Sprintf("sobol: bootstrap resamples for the 95%% intervals (at least %d)", sensitivity.MinBootstrap))
	fs.IntVar(&f.inner, "inner", 0, "sobol and evpi: cohorts simulated per sample and averaged, so chance within a cohort is not counted as the parameters' doing (default: 1 for sobol, 10 for evpi)")
	fs.IntVar(&f.top, "top", 15, "table: rows per stakeholder (0: all)")
	_ = cmd.RegisterFlagCompletionFunc("method", cobra.FixedCompletions(sensMethods, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("stakeholder", cobra.FixedCompletions(model.StakeholderKeys(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// sensPlan is a checked sensitivity command line.
type sensPlan struct {
	list        []*scenarios.Scenario // the baseline first
	params      []sensitivity.Param   // analysed
	groups      []sensitivity.Group
	stakeholder model.Stakeholder
	only        bool // print only stakeholder
	lo, hi      float64
}

// checkSensitivity validates the flags and arguments; every error is bad
// input (exit 2).
func checkSensitivity(f *sensFlags, args []string) (*sensPlan, error) {
	if err := f.sim.check(); err != nil {
		return nil, err
	}
	if !slices.Contains(sensMethods, f.method) {
		return nil, fmt.Errorf("--method %q is not one of %s%s", f.method, strings.Join(sensMethods, ", "), suggest.Hint(f.method, sensMethods))
	}
	if f.method != "evpi" && len(args) != 1 {
		return nil, fmt.Errorf("--method %s takes one SCENARIO, got %d (only evpi compares several)", f.method, len(args))
	}
	if !f.innerSet {
		f.inner = 1
		if f.method == "evpi" {
			f.inner = 10
		}
	}
	switch {
	case f.bootstrap < sensitivity.MinBootstrap:
		return nil, fmt.Errorf("--bootstrap must be at least %d (resamples behind the 95%% intervals of --method sobol; default 500), got %d", sensitivity.MinBootstrap, f.bootstrap)
	case f.inner < 1:
		return nil, fmt.Errorf("--inner must be at least 1 (cohorts averaged per sample), got %d", f.inner)
	case f.innerSet && f.method != "sobol" && f.method != "evpi":
		return nil, errors.New("--inner is for --method sobol or evpi")
	case f.top < 0:
		return nil, fmt.Errorf("--top must be 0 (all) or more, got %d", f.top)
	case f.method == "tornado" && f.sim.iterations < 2:
		return nil, fmt.Errorf("--method tornado needs --iterations of at least 2, to estimate the standard error of each swing; got %d", f.sim.iterations)
	case f.method == "sobol" && f.sim.iterations < 2:
		return nil, fmt.Errorf("--method sobol needs --iterations of at least 2, got %d", f.sim.iterations)
	case f.method == "evpi" && f.sim.iterations < 10:
		return nil, fmt.Errorf("--method evpi needs --iterations of at least 10 (parameter sets), got %d", f.sim.iterations)
	}
	if f.rangeLoHi != "" && f.method != "breakeven" {
		return nil, errors.New("--range is for --method breakeven")
	}
	if len(f.groups) > 0 && f.method != "sobol" && f.method != "evpi" {
		return nil, errors.New("--group is for --method sobol or evpi")
	}
	p := &sensPlan{stakeholder: model.Society}
	if f.stakeholder != "" {
		i := slices.Index(model.StakeholderKeys(), f.stakeholder)
		if i < 0 {
			return nil, fmt.Errorf("--stakeholder %q is not one of %s%s", f.stakeholder,
				strings.Join(model.StakeholderKeys(), ", "), suggest.Hint(f.stakeholder, model.StakeholderKeys()))
		}
		p.stakeholder, p.only = model.Stakeholder(i), true
	}
	list, err := f.sim.loadRun(args)
	if err != nil {
		return nil, err
	}
	if len(list) < 2 {
		return nil, fmt.Errorf("%s is the baseline itself; name a scenario to compare with it (--baseline chooses the baseline)", args[0])
	}
	p.list = list

	// The uncertain parameters of the baseline and the scenarios.
	var uncertain []string
	byKey := map[string]sensitivity.Param{}
	for _, q := range sensitivity.UncertainParams(list) {
		uncertain = append(uncertain, q.Key)
		byKey[q.Key] = q
	}
	var named []string
	for _, v := range f.params {
		for _, k := range strings.Split(v, ",") {
			if k = strings.TrimSpace(k); k != "" && !slices.Contains(named, k) {
				named = append(named, k)
			}
		}
	}
	if f.method == "breakeven" {
		if len(named) != 1 {
			return nil, fmt.Errorf("--method breakeven needs exactly one --param KEY, got %d; e.g. --param interventions.coaching.hourly_cost", len(named))
		}
		return p, p.breakevenRange(named[0], f.rangeLoHi)
	}
	var problems []string
	for _, k := range named {
		if err := sensitivity.CheckUncertain(list, k); err != nil {
			problems = append(problems, err.Error())
		}
	}
	groupNames := map[string]bool{}
	for _, g := range f.groups {
		name, keys, ok := strings.Cut(g, "=")
		name = strings.TrimSpace(name)
		grp := sensitivity.Group{Name: name}
		for _, k := range strings.Split(keys, ",") {
			if k = strings.TrimSpace(k); k != "" {
				grp.Keys = append(grp.Keys, k)
			}
		}
		if !ok || name == "" || len(grp.Keys) == 0 {
			problems = append(problems, fmt.Sprintf("--group %q: want NAME=KEY,KEY, e.g. --group hazards=hazards.job_finding,hazards.duration_decay", g))
			continue
		}
		switch {
		case groupNames[name]:
			problems = append(problems, fmt.Sprintf("--group %s: the name %s is given to two groups; give every group its own name", g, name))
			continue
		case sensitivity.IsParamKey(list, name):
			problems = append(problems, fmt.Sprintf("--group %s: the name %s is a parameter key; name the group something else, e.g. --group %s_group=%s", g, name, name[strings.LastIndex(name, ".")+1:], keys))
			continue
		}
		groupNames[name] = true
		for _, k := range grp.Keys {
			if err := sensitivity.CheckUncertain(list, k); err != nil {
				problems = append(problems, fmt.Sprintf("--group %s: %v", name, err))
			} else if len(named) > 0 && !slices.Contains(named, k) {
				named = append(named, k) // a group's keys are analysed too
			}
		}
		p.groups = append(p.groups, grp)
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	keys := uncertain
	if len(named) > 0 {
		keys = named
	}
	if len(keys) == 0 {
		return nil, fmt.Errorf("no parameter of %s or %s is given as a distribution: nothing to vary; give one with --set KEY='{ dist = \"pert\", min = …, mode = …, max = … }'",
			list[1].Name, list[0].Name)
	}
	for _, k := range keys {
		p.params = append(p.params, byKey[k])
	}
	if f.method == "sobol" || f.method == "evpi" {
		// Resolve the groups now, so a key in two groups is bad input.
		if _, err := (&sensitivity.Analysis{Params: p.params}).Groups(p.groups); err != nil {
			return nil, fmt.Errorf("--group: %w", err)
		}
	}
	return p, nil
}

// breakevenRange checks the break-even parameter and sets the range to
// search: --range LO,HI, or p1–p99 of the parameter's distribution.
func (p *sensPlan) breakevenRange(key, loHi string) error {
	if err := sensitivity.CheckNumeric(p.list, key); err != nil {
		return err
	}
	if loHi != "" {
		l, h, ok := strings.Cut(loHi, ",")
		lo, err1 := strconv.ParseFloat(strings.TrimSpace(l), 64)
		hi, err2 := strconv.ParseFloat(strings.TrimSpace(h), 64)
		if !ok || err1 != nil || err2 != nil || !(lo < hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
			return fmt.Errorf("--range %q: want LO,HI with LO < HI, e.g. --range 50,600", loHi)
		}
		p.lo, p.hi = lo, hi
		return nil
	}
	var err error
	p.lo, p.hi, err = sensitivity.SearchRange(p.list, key)
	return err
}

func runSensitivity(cmd *cobra.Command, f *sensFlags, args []string) error {
	p, err := checkSensitivity(f, args)
	if err != nil {
		return err
	}
	ctx := cmd.Context()
	inputs := make([]model.Input, len(p.list))
	for i, s := range p.list {
		inputs[i] = s.Input()
	}
	cfg := f.sim.config()
	if f.method == "breakeven" {
		// Validate the parameter's values before a long run: a value the
		// scenario language rejects is bad input.
		for _, v := range []float64{p.lo, p.hi} {
			if _, err := p.breakevenInputs(f, args[0], v); err != nil {
				return err
			}
		}
	}
	eng, err := model.NewEngine(cfg, inputs)
	if err != nil {
		return err
	}
	res, err := eng.Run(ctx)
	if err != nil {
		return fail(err)
	}

	bar := newProgress(cmd.ErrOrStderr(), "vwnw sensitivity "+f.method)
	defer bar.finish()
	a := &sensitivity.Analysis{Config: cfg, Inputs: inputs, Params: p.params, Progress: bar.update}
	sn := &model.Sensitivity{
		Scenario: p.list[1].Name, Baseline: p.list[0].Name, Method: f.method,
		Samples: cfg.Iterations, CohortSize: res.Scenarios[1].CohortSize,
	}
	switch f.method {
	case "tornado":
		a.Inputs = inputs[:2]
		bars, err := a.Tornado(ctx)
		if err != nil {
			return fail(err)
		}
		sn.Tornado = bars
		order := sensitivity.TornadoOrder(bars)
		sn.TornadoOrder = &order
		sensitivity.AddNotes(sn, sensitivity.TornadoNotes(bars, cfg.Iterations)...)
	case "sobol":
		a.Inputs = inputs[:2]
		r, err := a.Sobol(ctx, p.groups, f.bootstrap, f.inner)
		if err != nil {
			return fail(err)
		}
		sn.Sobol, sn.SobolStochastic, sn.Inner = r.Indices, &r.Stochastic, f.inner
		sensitivity.AddNotes(sn, r.Notes...)
	case "evpi":
		targets := sensitivity.EVPPITargets(p.params, p.groups)
		if len(f.params) > 0 {
			// EVPI is over all the uncertainty; only the EVPPI is restricted.
			a.Params = sensitivity.UncertainParams(p.list)
		}
		e, err := a.EVPI(ctx, f.inner, targets)
		if err != nil {
			return fail(err)
		}
		sn.EVPI = e
		sn.Scenario = strings.Join(e.Options[1:], ",")
		sensitivity.AddNotes(sn, sensitivity.EVPINotes(e, cfg.Iterations)...)
	case "breakeven":
		a.Inputs = inputs[:2]
		sn.Samples = cfg.Iterations
		b, err := a.Breakeven(ctx, f.paramKey(), p.stakeholder, p.lo, p.hi, func(v float64) ([]model.Input, error) {
			return p.breakevenInputs(f, args[0], v)
		})
		if err != nil {
			return fail(err)
		}
		sn.Breakeven = b
		sensitivity.AddNotes(sn, sensitivity.BreakevenNotes(b, cfg.Iterations)...)
	}
	bar.finish()
	res.Sensitivity = sn

	if f.sim.out != "" {
		o, err := f.sim.outOptions(cmd, args, p.list)
		if err != nil {
			return err
		}
		if err := writeOutputs(f.sim.out, res, o); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	only := output.AllStakeholders
	if p.only {
		only = p.stakeholder
	}
	if f.sim.format == "csv" {
		err = output.SensitivityCSVDialect(&buf, res.Sensitivity, csvdialect.Dialect(f.sim.csvDialect)) // checked by f.sim.check
	} else {
		err = output.WriteSensitivity(&buf, res, f.sim.format, only, f.top)
	}
	if err != nil {
		return fail(err)
	}
	_, err = cmd.OutOrStdout().Write(buf.Bytes())
	return fail(err)
}

func (f *sensFlags) paramKey() string {
	return strings.TrimSpace(strings.Split(f.params[0], ",")[0])
}

// breakevenInputs loads the baseline and the scenario with the break-even
// parameter at v (in the baseline only when the baseline has the key).
func (p *sensPlan) breakevenInputs(f *sensFlags, ref string, v float64) ([]model.Input, error) {
	ovs, err := f.sim.overrides()
	if err != nil {
		return nil, err
	}
	return sensitivity.WithParam(p.list[0], f.sim.baseline, ref, ovs, f.paramKey(), v)
}
