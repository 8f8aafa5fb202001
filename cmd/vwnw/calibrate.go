package main

import (
	"errors"
	"io"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/internal/output"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/calibrate"
	"github.com/vwnw/vwnw/scenarios"
)

func newCalibrateCmd() *cobra.Command {
	var f flags
	cmd := &cobra.Command{
		Use:   "calibrate --observed FILE SCENARIO --fit KEY[,KEY...]",
		Short: "Fit scenario parameters to observed outcome counts",
		Long: `calibrate fits the parameters named by --fit so that SCENARIO's simulated
outcome shares at the observation date match the counts in the observation file
(--observed: a file, or a shipped observation: "pilot", the pilot's outcomes on
1 April 2021, or "pilot_april16", two weeks later).

The scenario's synthetic cohort enters as the observed one did (size and entry
months from the file). The counts are taken as multinomial with the simulated
shares, pooled over --iterations iterations; every evaluation uses the same
random numbers (--seed), so the likelihood changes only with the fitted values.
Nelder–Mead maximises it, with each value kept inside the range its key allows
(log or logit scale). Each fitted value gets a profile-likelihood interval.

It prints observed against simulated counts per category with the G² and
Pearson X² goodness-of-fit statistics, in English or, with --lang nl, in
Dutch. --write FILE writes a scenario that
extends SCENARIO and sets each fitted key to a distribution whose 5th and 95th
percentiles span its interval, so that runs carry the uncertainty of the few
observations rather than a point estimate. --write refuses (exit 2) a fitted
key under [cohort], [economy], [hazards] or [jobs], which a scenario shares
with its baseline, before fitting, and a value the data do not identify
(marked NOT IDENTIFIED) after it. It refuses a FILE that exists already, or
that cannot be written, before fitting. A key that does not change the simulated
shares at all is refused before fitting; at most four keys are fitted.

The cohort is always the observed one: its size matters when case-manager
capacity binds, so there is no --cohort-size; precision comes from
--iterations. The horizon runs to the observation date.`,
		Example: `  vwnw calibrate --observed pilot intensive_coaching --fit interventions.coaching.job_finding_hr
  vwnw calibrate --observed pilot intensive_coaching --fit interventions.coaching.job_finding_hr --write calibrated.toml
  vwnw run calibrated.toml
  vwnw calibrate --observed counts.toml my.toml --fit interventions.coaching.job_finding_hr,interventions.coaching.uptake --json`,
		Args:              exactArgs(1, "SCENARIO (a shipped name or a .toml file)"),
		ValidArgsFunction: completeScenarios,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCalibrate(cmd, &f, args[0])
		},
	}
	f.registerCommon(cmd, []string{"table", "json"},
		"Monte-Carlo iterations per evaluation of the likelihood",
		"random seed, the same in every evaluation (common random numbers)",
		"override a parameter: KEY=VALUE, KEY a dotted TOML path, VALUE a TOML value (repeatable)")
	fs := cmd.Flags()
	fs.StringVar(&f.observed, "observed", "", `observation file: counts per outcome category at a date ("pilot": the pilot's, shipped)`)
	fs.StringSliceVar(&f.fit, "fit", nil, "keys to fit, comma-separated or repeated (dotted TOML paths of numeric parameters)")
	fs.StringVar(&f.write, "write", "", "write the calibrated scenario to this TOML file")
	fs.Float64Var(&f.level, "level", 0.9, "coverage of the intervals of the fitted values")
	fs.StringVar(&f.lang, "lang", "en", "language of the table: en or nl")
	_ = cmd.RegisterFlagCompletionFunc("observed", func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return append(scenarios.ShippedObservations(), "toml"), cobra.ShellCompDirectiveFilterFileExt
	})
	return cmd
}

// runCalibrate is the body of vwnw calibrate.
func runCalibrate(cmd *cobra.Command, f *flags, ref string) error {
	if err := f.check(); err != nil {
		return err
	}
	ovs, err := f.overrides()
	if err != nil {
		return err
	}
	p := &calibrate.Plan{
		Observed: f.observed, Scenario: ref, Fit: f.fit, Write: f.write, Level: f.level, Overrides: ovs,
		Config: model.Config{Seed: f.seed, Iterations: f.iterations, Workers: f.cores(), Version: buildVersion()},
	}
	bar := newProgress(cmd.ErrOrStderr(), cmd.CommandPath())
	defer bar.finish()
	evaluations := 0
	p.Config.Progress = func(done, total int) {
		if done == total {
			evaluations++
			bar.tick(evaluations, "evaluations")
		}
	}
	if err := p.Check(); err != nil {
		return flagError(err)
	}
	if f.write != "" {
		if err := checkFileOut("--write", f.write, "calibrated.toml", false); err != nil {
			return err
		}
	}
	if err := f.checkWork(p.Work(), "evaluations × iterations × entrants × months"); err != nil {
		return err
	}
	rep, err := p.Run(cmd.Context())
	bar.finish()
	var bad *calibrate.Error
	if errors.As(err, &bad) {
		return flagError(err)
	}
	if err != nil {
		return fail(err)
	}
	if rep.Calibrated != "" {
		if err := writeFile(f.write, []byte(rep.Calibrated)); err != nil {
			return err
		}
		rep.Written = f.write
	}
	if err := writeOut(cmd, func(w io.Writer) error {
		if f.format == "json" {
			return calibrate.WriteJSON(w, rep)
		}
		return output.CalibrationTable(w, rep, f.termLang())
	}); err != nil {
		return err
	}
	return flagError(rep.Refused)
}
