package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/internal/suggest"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/output"
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
             (--iterations base samples; --group NAME=KEY,KEY varies keys together).
  evpi       expected value of perfect information over the baseline and one or
             more scenarios, and of partial information per parameter or group:
             which study is worth funding first (--iterations parameter sets,
             --inner cohorts each).
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
	fs.IntVar(&f.bootstrap, "bootstrap", 500, "sobol: bootstrap resamples for the 95% intervals")
	fs.IntVar(&f.inner, "inner", 10, "evpi: cohorts simulated per parameter set, averaged so chance within a cohort is not counted as information")
	fs.IntVar(&f.top, "top", 15, "table: rows per stakeholder (0: all)")
	_ = cmd.RegisterFlagCompletionFunc("method", cobra.FixedCompletions(sensMethods, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("stakeholder", cobra.FixedCompletions(model.StakeholderKeys(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// sensPlan is a checked sensitivity command line.
type sensPlan struct {
	list        []*scenarios.Scenario // the baseline first
	params      []model.SensParam     // analysed
	groups      []model.ParamGroup
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
	switch {
	case f.bootstrap < 0:
		return nil, fmt.Errorf("--bootstrap must be 0 or more, got %d", f.bootstrap)
	case f.inner < 1:
		return nil, fmt.Errorf("--inner must be at least 1, got %d", f.inner)
	case f.top < 0:
		return nil, fmt.Errorf("--top must be 0 (all) or more, got %d", f.top)
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

	// The uncertain parameters: the union by key over the baseline and the
	// scenarios, each with the distribution of the first scenario that has
	// it (the baseline's when only it has).
	byKey := map[string]model.SensParam{}
	for _, s := range append(slices.Clone(list[1:]), list[0]) {
		for _, q := range s.Uncertain() {
			if _, ok := byKey[q.Key]; !ok {
				byKey[q.Key] = model.SensParam{Key: q.Key, Dist: q.Dist}
			}
		}
	}
	uncertain := slices.Sorted(func(yield func(string) bool) {
		for k := range byKey {
			if !yield(k) {
				return
			}
		}
	})
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
		return p, p.breakevenRange(named[0], f.rangeLoHi, byKey)
	}
	var problems []string
	for _, k := range named {
		if _, ok := byKey[k]; !ok {
			problems = append(problems, unknownParam(k, uncertain, list))
		}
	}
	for _, g := range f.groups {
		name, keys, ok := strings.Cut(g, "=")
		name = strings.TrimSpace(name)
		grp := model.ParamGroup{Name: name}
		for _, k := range strings.Split(keys, ",") {
			if k = strings.TrimSpace(k); k != "" {
				grp.Keys = append(grp.Keys, k)
			}
		}
		if !ok || name == "" || len(grp.Keys) == 0 {
			problems = append(problems, fmt.Sprintf("--group %q: want NAME=KEY,KEY, e.g. --group hazards=hazards.job_finding,hazards.duration_decay", g))
			continue
		}
		for _, k := range grp.Keys {
			if _, ok := byKey[k]; !ok {
				problems = append(problems, fmt.Sprintf("--group %s: %s", name, unknownParam(k, uncertain, list)))
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
		if _, err := (&model.Analysis{Params: p.params}).Groups(p.groups); err != nil {
			return nil, fmt.Errorf("--group: %w", err)
		}
	}
	return p, nil
}

// unknownParam says why k is not an uncertain parameter, with a hint.
func unknownParam(k string, uncertain []string, list []*scenarios.Scenario) string {
	for _, s := range list {
		if v, ok := lookupKey(s, k); ok {
			return fmt.Sprintf("--param %s is a fixed number (%v) in %s, not a distribution; give it one with --set %s='{ dist = \"uniform\", min = …, max = … }' or use --method breakeven", k, v, s.Name, k)
		}
	}
	return fmt.Sprintf("--param %s is not an uncertain parameter of %s or %s%s", k, list[1].Name, list[0].Name, suggest.Hint(k, uncertain))
}

// lookupKey finds the dotted key in the scenario's effective parameters.
func lookupKey(s *scenarios.Scenario, key string) (any, bool) {
	var root map[string]any
	if _, err := toml.Decode(s.Canonical(), &root); err != nil {
		return nil, false
	}
	var v any = root
	for _, part := range strings.Split(key, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		if v, ok = m[part]; !ok {
			return nil, false
		}
	}
	return v, true
}

// breakevenRange checks the break-even parameter and sets the range.
func (p *sensPlan) breakevenRange(key, loHi string, byKey map[string]model.SensParam) error {
	sc := p.list[1]
	v, ok := lookupKey(sc, key)
	if !ok {
		all := scenarios.Keys()
		var set []string
		for _, s := range p.list {
			for _, q := range s.Uncertain() {
				set = append(set, q.Key)
			}
		}
		return fmt.Errorf("--param %s is not a parameter set in %s%s", key, sc.Name, suggest.Hint(key, append(set, all...)))
	}
	switch v.(type) {
	case int64, float64:
	case map[string]any:
		if _, ok := byKey[key]; !ok {
			return fmt.Errorf("--param %s is a table in %s, not a number", key, sc.Name)
		}
	default:
		return fmt.Errorf("--param %s is %v in %s, not a number: break-even needs a numeric parameter", key, v, sc.Name)
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
	q, ok := byKey[key]
	if !ok {
		return fmt.Errorf("--param %s is fixed at %v in %s: give the values to search with --range LO,HI", key, v, sc.Name)
	}
	p.lo, p.hi = q.Dist.Quantile(0.01), q.Dist.Quantile(0.99)
	if !(p.lo < p.hi) {
		return fmt.Errorf("--param %s: its distribution has no spread to search; give --range LO,HI", key)
	}
	return nil
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
	a := &model.Analysis{Config: cfg, Inputs: inputs, Params: p.params, Progress: bar.update}
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
		order := model.TornadoOrder(bars)
		sn.TornadoOrder = &order
		sn.Notes = append(sn.Notes, fmt.Sprintf("One-way: each parameter at its p10 and p90 with every other uncertain parameter at its median; %d iterations of the same persons and events per bar, so the bars differ by the parameter alone.", cfg.Iterations))
	case "sobol":
		a.Inputs = inputs[:2]
		r, err := a.Sobol(ctx, p.groups, f.bootstrap)
		if err != nil {
			return fail(err)
		}
		sn.Sobol, sn.SobolStochastic, sn.Notes = r.Indices, &r.Stochastic, r.Notes
	case "evpi":
		var targets []model.ParamGroup
		grouped := map[string]bool{}
		for _, g := range p.groups {
			for _, k := range g.Keys {
				grouped[k] = true
			}
		}
		for _, q := range p.params {
			if !grouped[q.Key] {
				targets = append(targets, model.ParamGroup{Name: q.Key, Keys: []string{q.Key}})
			}
		}
		targets = append(targets, p.groups...)
		if len(f.params) > 0 {
			// EVPI is over all the uncertainty; only the EVPPI is restricted.
			a.Params = allUncertain(p.list)
		}
		e, err := a.EVPI(ctx, f.inner, targets)
		if err != nil {
			return fail(err)
		}
		sn.EVPI = e
		sn.Scenario = strings.Join(e.Options[1:], ",")
		summary := fmt.Sprintf("EVPI for society: %s € for the cohort, %s € per participant (best on average: %s).",
			output.Euros(e.Cohort.Society), output.Euros(e.PerParticipant.Society), e.Best.Society)
		if len(e.Partial) > 0 && math.Round(e.Partial[0].Cohort.Society) > 0 {
			summary += fmt.Sprintf(" Largest EVPPI: %s, %s € for the cohort.", e.Partial[0].Param, output.Euros(e.Partial[0].Cohort.Society))
		}
		sn.Notes = append(sn.Notes, summary,
			fmt.Sprintf("EVPI: per parameter set, the best option's NPV minus that of the option best on average, over %d parameter sets of %d cohorts each; each stakeholder in turn as the one who chooses. An upper bound on what any study of these parameters is worth.", cfg.Iterations, f.inner),
			"EVPPI: the same for knowing one parameter (or group), from a nearest-neighbour regression of the NPV on it; parameters treated as independent. Fund first the study of the parameter with the largest EVPPI.",
			noiseNote(e))
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
		sn.Notes = append(sn.Notes, b.Message)
		if len(b.Roots) == 0 {
			sn.Notes = append(sn.Notes, "Search other values with --range LO,HI.")
		}
		sn.Notes = append(sn.Notes, fmt.Sprintf("Break-even: the mean over %d iterations with every other parameter drawn as usual and the same persons and events at every value (common random numbers); the parameter is set in the baseline too when the baseline has it.", cfg.Iterations))
	}
	bar.finish()
	res.Sensitivity = sn

	if f.sim.out != "" {
		if err := writeOutputs(f.sim.out, res, f.sim.lang); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	only := model.Stakeholder(-1)
	if p.only {
		only = p.stakeholder
	}
	if err := writeSensitivity(&buf, res, f.sim.format, only, f.top); err != nil {
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
	key := f.paramKey()
	o := scenarios.Override{Key: key, Value: strconv.FormatFloat(v, 'f', -1, 64)}
	bovs := ovs
	if _, ok := lookupKey(p.list[0], key); ok {
		bovs = append(slices.Clone(ovs), o)
	}
	base, err := scenarios.Load(f.sim.baseline, bovs...)
	if err != nil {
		return nil, err
	}
	sc, err := scenarios.Load(ref, append(slices.Clone(ovs), o)...)
	if err != nil {
		return nil, err
	}
	return []model.Input{base.Input(), sc.Input()}, nil
}

// allUncertain is the union of the uncertain parameters of the scenarios.
func allUncertain(list []*scenarios.Scenario) []model.SensParam {
	byKey := map[string]model.SensParam{}
	for _, s := range append(slices.Clone(list[1:]), list[0]) {
		for _, q := range s.Uncertain() {
			if _, ok := byKey[q.Key]; !ok {
				byKey[q.Key] = model.SensParam{Key: q.Key, Dist: q.Dist}
			}
		}
	}
	out := make([]model.SensParam, 0, len(byKey))
	for _, q := range byKey {
		out = append(out, q)
	}
	slices.SortFunc(out, func(x, y model.SensParam) int { return strings.Compare(x.Key, y.Key) })
	return out
}

// writeSensitivity writes the results of a sensitivity run in format:
// json is the whole results object (as results.json), csv one row per
// number, table and markdown for people. only, when a stakeholder, limits
// the tables to it; top limits their rows (0: all).
func writeSensitivity(w io.Writer, res *model.Results, format string, only model.Stakeholder, top int) error {
	switch format {
	case "json":
		return output.JSON(w, res)
	case "csv":
		return sensitivityCSV(w, res.Sensitivity)
	case "markdown":
		var buf bytes.Buffer
		if err := sensitivityTable(&buf, res, only, top); err != nil {
			return err
		}
		_, err := fmt.Fprintf(w, "```\n%s```\n", buf.String())
		return err
	}
	return sensitivityTable(w, res, only, top)
}

func stakeholders(only model.Stakeholder) []model.Stakeholder {
	if only >= 0 {
		return []model.Stakeholder{only}
	}
	out := make([]model.Stakeholder, model.NumStakeholders)
	for k := range out {
		out[k] = model.Stakeholder(model.NumStakeholders - 1 - k) // society first
	}
	return out
}

// fmtNum formats a parameter value with up to 4 significant digits.
func fmtNum(v float64) string { return strconv.FormatFloat(v, 'g', 4, 64) }

func fmtInterval(iv model.Interval) string {
	return fmt.Sprintf("%5.2f [%5.2f, %5.2f]", iv.Est, iv.Lo, iv.Hi)
}

func sensitivityTable(w io.Writer, res *model.Results, only model.Stakeholder, top int) error {
	t := &output.Printer{W: w}
	sn := res.Sensitivity
	ru := res.Run
	t.Printf("vwnw %s sensitivity (%s): %s against %s, seed %d, horizon %d months, euros of %d, cohort of %d\n",
		res.Version, sn.Method, sn.Scenario, sn.Baseline, ru.Seed, ru.HorizonMonths, ru.PriceYear, sn.CohortSize)
	t.Printf("NPV = scenario minus baseline for the whole cohort; positive = better off. Common random numbers throughout.\n")
	limit := func(n int) int {
		if top == 0 {
			return n
		}
		return min(n, top)
	}
	more := func(shown, n int) {
		if shown < n {
			t.Printf("  … %d more (--top 0 shows all; --json has every number)\n", n-shown)
		}
	}
	pw := len("parameter or group")
	for _, b := range sn.Tornado {
		pw = max(pw, len(b.Param))
	}
	for _, s := range sn.Sobol {
		pw = max(pw, len(s.Param))
	}
	if sn.EVPI != nil {
		for _, p := range sn.EVPI.Partial {
			pw = max(pw, len(p.Param))
		}
	}
	if sn.Breakeven != nil {
		pw = len(sn.Breakeven.Param)
	}
	switch {
	case sn.Tornado != nil:
		bars := slices.Clone(sn.Tornado)
		for _, st := range stakeholders(only) {
			model.SortTornado(bars, st)
			t.Printf("\n%s — NPV with every parameter at its median: %s €\n", st.Key(), output.Euros(*bars[0].Base.At(st)))
			t.Printf("  %-*s %10s %10s %13s %13s %12s\n", pw, "parameter", "p10", "p90", "NPV at p10 €", "NPV at p90 €", "swing €")
			n := limit(len(bars))
			for _, b := range bars[:n] {
				t.Printf("  %-*s %10s %10s %13s %13s %12s\n", pw, b.Param, fmtNum(b.Low), fmtNum(b.High),
					output.Euros(*b.AtLow.At(st)), output.Euros(*b.AtHi.At(st)), output.Euros(b.Swing(st)))
			}
			more(n, len(bars))
		}
	case sn.Sobol != nil:
		idx := slices.Clone(sn.Sobol)
		for _, st := range stakeholders(only) {
			slices.SortStableFunc(idx, func(x, y model.SobolIndex) int {
				return -cmpF(x.Total.At(st).Est, y.Total.At(st).Est)
			})
			t.Printf("\n%s — Sobol indices, estimate [95%% interval]", st.Key())
			if sn.SobolStochastic != nil {
				t.Printf("; chance within the cohort: %s", fmtInterval(*sn.SobolStochastic.At(st)))
			}
			t.Printf("\n  %-*s %-22s %s\n", pw, "parameter or group", "first order", "total order")
			n := limit(len(idx))
			for _, s := range idx[:n] {
				t.Printf("  %-*s %-22s %s\n", pw, s.Param, fmtInterval(*s.First.At(st)), fmtInterval(*s.Total.At(st)))
			}
			more(n, len(idx))
		}
	case sn.EVPI != nil:
		e := sn.EVPI
		t.Printf("\nOptions: %s. Best for society on average: %s.\n", strings.Join(e.Options, ", "), e.Best.Society)
		t.Printf("Share of parameter sets in which each option is best for society:")
		for d, o := range e.Options {
			t.Printf(" %s %.0f%%", o, 100*e.ProbBest[d])
		}
		t.Printf("\n\n  %-21s %14s %18s   %s\n", "EVPI, who chooses", "cohort €", "per participant €", "best on average")
		for _, st := range stakeholders(only) {
			t.Printf("  %-21s %14s %18s   %s\n", st.Key(), output.Euros(*e.Cohort.At(st)), output.Euros(*e.PerParticipant.At(st)), *e.Best.At(st))
		}
		parts := slices.Clone(e.Partial)
		for _, st := range stakeholders(only) {
			slices.SortStableFunc(parts, func(x, y model.EVPPI) int { return -cmpF(*x.Cohort.At(st), *y.Cohort.At(st)) })
			t.Printf("\n%s — EVPPI, which study first\n  %-*s %14s %18s\n", st.Key(), pw, "parameter or group", "cohort €", "per participant €")
			n := limit(len(parts))
			for _, p := range parts[:n] {
				t.Printf("  %-*s %14s %18s\n", pw, p.Param, output.Euros(*p.Cohort.At(st)), output.Euros(*p.PerParticipant.At(st)))
			}
			more(n, len(parts))
		}
	case sn.Breakeven != nil:
		b := sn.Breakeven
		head := "mean NPV of " + b.Stakeholder + " €"
		t.Printf("\n%s\n\n  %-*s  %*s\n", b.Message, pw, b.Param, len(head), head)
		for _, g := range b.Grid {
			t.Printf("  %-*s  %*s\n", pw, fmtNum(g.Value), len(head), output.Euros(g.NPV))
		}
		for _, r := range b.Roots {
			t.Printf("  %-*s  %*s   ← break-even\n", pw, strconv.FormatFloat(r, 'g', 6, 64), len(head), "0")
		}
		t.Printf("  (%d evaluations of %d iterations each)\n", b.Evaluations, sn.Samples)
	}
	var notes []string
	for _, n := range sn.Notes {
		if sn.Breakeven == nil || n != sn.Breakeven.Message {
			notes = append(notes, n)
		}
	}
	if len(notes) > 0 {
		t.Printf("\n")
		for _, n := range notes {
			t.Printf("Note: %s\n", n)
		}
	}
	return t.Err
}

func cmpF(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// sensitivityCSV writes one row per number: method, stakeholder,
// parameter, quantity, value.
func sensitivityCSV(w io.Writer, sn *model.Sensitivity) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"method", "stakeholder", "parameter", "quantity", "value"})
	row := func(st, param, q string, v float64) {
		_ = cw.Write([]string{sn.Method, st, param, q, strconv.FormatFloat(v, 'g', -1, 64)})
	}
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		key := st.Key()
		for _, b := range sn.Tornado {
			row(key, b.Param, "p10", b.Low)
			row(key, b.Param, "p90", b.High)
			row(key, b.Param, "npv_base", *b.Base.At(st))
			row(key, b.Param, "npv_low", *b.AtLow.At(st))
			row(key, b.Param, "npv_high", *b.AtHi.At(st))
		}
		for _, s := range sn.Sobol {
			for _, c := range []struct {
				name string
				iv   model.Interval
			}{{"first", *s.First.At(st)}, {"total", *s.Total.At(st)}} {
				row(key, s.Param, c.name, c.iv.Est)
				row(key, s.Param, c.name+"_lo", c.iv.Lo)
				row(key, s.Param, c.name+"_hi", c.iv.Hi)
			}
		}
		if e := sn.EVPI; e != nil {
			row(key, "", "evpi", *e.Cohort.At(st))
			row(key, "", "evpi_per_participant", *e.PerParticipant.At(st))
			for _, p := range e.Partial {
				row(key, p.Param, "evppi", *p.Cohort.At(st))
				row(key, p.Param, "evppi_per_participant", *p.PerParticipant.At(st))
			}
		}
	}
	if b := sn.Breakeven; b != nil {
		for _, g := range b.Grid {
			row(b.Stakeholder, b.Param, "npv_at_"+strconv.FormatFloat(g.Value, 'g', -1, 64), g.NPV)
		}
		for _, r := range b.Roots {
			row(b.Stakeholder, b.Param, "breakeven", r)
		}
	}
	cw.Flush()
	return cw.Error()
}

// noiseNote says how much chance within the cohort may still inflate the
// EVPI, from the EVPI with half the inner cohorts.
func noiseNote(e *model.EVPI) string {
	s := fmt.Sprintf("Chance within a cohort that %d cohorts per parameter set do not average out still counts as information in the EVPI", e.Inner)
	if e.HalfInner == nil {
		return s + "; raise --inner to shrink it."
	}
	return s + fmt.Sprintf(": with %d cohorts per set society's EVPI would be %s € rather than %s €; if the two differ much, raise --inner.",
		e.Inner/2, output.Euros(e.HalfInner.Society), output.Euros(e.Cohort.Society))
}
