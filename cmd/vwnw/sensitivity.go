package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/internal/output"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/sensitivity"
)

func newSensitivityCmd() *cobra.Command {
	cmd, _, _ := sensitivityCmd()
	return cmd
}

// sensitivityCmd returns the command and the flags it parses into.
func sensitivityCmd() (*cobra.Command, *flags, *scaleFlags) {
	var f flags
	var sf scaleFlags
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

--out DIR adds the analysis to the results of the same run in DIR (a compare
--out DIR with the same --seed, --horizon, --price-year, --cohort-size,
--baseline and scenario inputs): results.json gains the "sensitivity"
section, results.xlsx a Gevoeligheid sheet, and report.html shows it beside
the comparison, in the language and CSV dialect DIR was written in unless
--lang or --csv-dialect is given. A DIR of another run is refused (exit 2),
naming what differs; a DIR without results.json gets results.json,
results.csv, results.xlsx and report.html of their own. A progress bar shows
on a terminal; Ctrl-C stops without writing anything.`,
		Example: `  vwnw sensitivity intensive_coaching --method tornado
  vwnw sensitivity intensive_coaching --method sobol --iterations 2048 --group hazards=hazards.job_finding,hazards.duration_decay
  vwnw sensitivity intensive_coaching digital_hybrid --method evpi --json
  vwnw sensitivity intensive_coaching --method breakeven --param interventions.coaching.hourly_cost --range 50,600
  vwnw sensitivity intensive_coaching --method breakeven --param interventions.coaching.job_finding_hr --stakeholder uwv`,
		Args:              minArgs(1, "SCENARIO (a shipped name or a .toml file)"),
		ValidArgsFunction: completeScenarios,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSensitivity(cmd, &f, &sf, args)
		},
	}
	f.registerSim(cmd)
	fs := cmd.Flags()
	fs.StringVar(&f.method, "method", "tornado", "method: "+strings.Join(sensitivity.Methods, ", "))
	fs.StringArrayVar(&f.params, "param", nil, "parameter key(s) to analyse, comma-separated or repeated (default: every uncertain parameter); breakeven needs exactly one")
	fs.StringArrayVar(&f.groups, "group", nil, "sobol and evpi: vary keys together as one group, NAME=KEY,KEY (repeatable)")
	fs.StringVar(&f.stakeholder, "stakeholder", "", "breakeven: whose NPV must be zero (default society); other methods: print only this stakeholder (default all)")
	fs.StringVar(&f.rangeLoHi, "range", "", "breakeven: values to search, LO,HI (default: p1,p99 of the parameter's distribution)")
	fs.IntVar(&f.bootstrap, "bootstrap", 500, fmt.Sprintf("sobol: bootstrap resamples for the 95%% intervals (at least %d)", sensitivity.MinBootstrap))
	fs.IntVar(&f.inner, "inner", 0, "sobol and evpi: cohorts simulated per sample and averaged, so chance within a cohort is not counted as the parameters' doing (default: 1 for sobol, 10 for evpi)")
	fs.IntVar(&f.top, "top", 15, "table: rows per stakeholder (0: all)")
	_ = cmd.RegisterFlagCompletionFunc("method", cobra.FixedCompletions(sensitivity.Methods, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("stakeholder", cobra.FixedCompletions(model.StakeholderKeys(), cobra.ShellCompDirectiveNoFileComp))
	sf.registerShard(cmd, "tornado, sobol and evpi: simulate only shard K of N (K/N) of every run and write it to --out DIR for vwnw merge")
	return cmd, &f, &sf
}

// runSensitivity is the body of vwnw sensitivity.
func runSensitivity(cmd *cobra.Command, f *flags, sf *scaleFlags, args []string) error {
	if err := f.check(); err != nil {
		return err
	}
	// An analysis that is stopped or fails (a shard makes --out before it
	// simulates) leaves no directory of its making behind.
	defer removeEmpty(newDirs(f.out))
	if f.top < 0 {
		return fmt.Errorf("--top must be 0 (all) or more, got %d", f.top)
	}
	p, err := f.sensitivityPlan(args)
	if err != nil {
		return err
	}
	if err := p.Check(); err != nil {
		return flagError(err)
	}
	src, err := sf.sensSource(cmd, f, p.Method, args)
	if err != nil {
		return err
	}
	defer src.close()
	if _, plain := src.(sensEngine); !plain {
		p.Results, p.Runner = src.results, src.runner()
	}
	if err := f.checkWork(sf.share()*p.Work(f.persons), "iterations × persons × months × the runs of "+f.method); err != nil {
		return err
	}
	into, wf, err := runInto(f.out, f, p.Loaded())
	if err != nil {
		return err
	}
	bar := newProgress(cmd.ErrOrStderr(), "vwnw sensitivity "+f.method)
	defer bar.finish()
	p.Progress = bar.update
	res, err := p.Run(cmd.Context())
	if err != nil {
		return runError(err)
	}
	bar.finish()
	if stop, err := src.finish(cmd); stop || err != nil {
		return err
	}
	if err := output.CheckFinite(res); err != nil {
		return err
	}
	recordRun(res, f, args, p.Loaded())
	written := res
	if into != nil {
		// The analysis joins the run's results: one results.json, one
		// report with everything.
		output.MergeSensitivity(into, res.Sensitivity)
		written = into
	}
	if err := wf.writeRunOutputs(p.Loaded(), written); err != nil {
		return err
	}
	only := output.AllStakeholders
	if st, ok := p.Shown(); ok {
		only = st
	}
	return writeOut(cmd, func(w io.Writer) error {
		if f.format == "csv" {
			return output.SensitivityCSVDialect(w, res.Sensitivity, f.dialect())
		}
		return output.WriteSensitivity(w, res, f.format, only, f.top, f.termLang())
	})
}
