package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/calibrate"
	"github.com/vwnw/vwnw/scenarios"
)

// calibrateFlags are the flags of vwnw calibrate.
type calibrateFlags struct {
	observed   string
	fit        []string
	write      string
	level      float64
	iterations int
	seed       uint64
	workers    int
	set        []string
	format     string
	json       bool
}

func newCalibrateCmd() *cobra.Command {
	var f calibrateFlags
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
Pearson X² goodness-of-fit statistics. --write FILE writes a scenario that
extends SCENARIO and sets each fitted key to a distribution whose 5th and 95th
percentiles span its interval, so that runs carry the uncertainty of the few
observations rather than a point estimate. --write refuses (exit 2) a fitted
key under [cohort], [economy], [hazards] or [jobs], which a scenario shares
with its baseline, before fitting, and a value the data do not identify
(marked NOT IDENTIFIED) after it. A key that does not change the simulated
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
	fs := cmd.Flags()
	fs.StringVar(&f.observed, "observed", "", `observation file: counts per outcome category at a date ("pilot": the pilot's, shipped)`)
	fs.StringSliceVar(&f.fit, "fit", nil, "keys to fit, comma-separated or repeated (dotted TOML paths of numeric parameters)")
	fs.StringVar(&f.write, "write", "", "write the calibrated scenario to this TOML file")
	fs.Float64Var(&f.level, "level", 0.9, "coverage of the intervals of the fitted values")
	fs.IntVar(&f.iterations, "iterations", 1000, "Monte-Carlo iterations per evaluation of the likelihood")
	fs.Uint64Var(&f.seed, "seed", 1, "random seed, the same in every evaluation (common random numbers)")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "goroutines; results do not depend on it")
	fs.StringArrayVar(&f.set, "set", nil, "override a parameter: KEY=VALUE, KEY a dotted TOML path, VALUE a TOML value (repeatable)")
	fs.StringVar(&f.format, "format", "table", "output format: table or json")
	fs.BoolVar(&f.json, "json", false, "same as --format json")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "json"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("observed", func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return append(scenarios.ShippedObservations(), "toml"), cobra.ShellCompDirectiveFilterFileExt
	})
	return cmd
}

// check validates the flag values.
func (f *calibrateFlags) check() error {
	if f.json {
		f.format = "json"
	}
	var bad []string
	if f.observed == "" {
		bad = append(bad, `--observed is required: an observation file, or "pilot" (shipped)`)
	}
	if len(f.fit) == 0 {
		bad = append(bad, "--fit is required: the keys to fit, e.g. --fit interventions.coaching.job_finding_hr")
	}
	if f.iterations < 1 {
		bad = append(bad, fmt.Sprintf("--iterations must be at least 1, got %d", f.iterations))
	}
	if f.workers < 1 {
		bad = append(bad, fmt.Sprintf("--workers must be at least 1, got %d", f.workers))
	}
	if !(f.level > 0 && f.level < 1) {
		bad = append(bad, fmt.Sprintf("--level must lie between 0 and 1 (e.g. 0.9), got %v", f.level))
	}
	if f.format != "table" && f.format != "json" {
		bad = append(bad, fmt.Sprintf("--format %q is not one of table, json", f.format))
	}
	if len(bad) > 0 {
		return errors.New(strings.Join(bad, "\n"))
	}
	return nil
}

func runCalibrate(cmd *cobra.Command, f *calibrateFlags, ref string) error {
	if err := f.check(); err != nil {
		return err
	}
	var ovs []scenarios.Override
	for _, s := range f.set {
		o, err := scenarios.ParseOverride(s)
		if err != nil {
			return err
		}
		ovs = append(ovs, o)
	}
	obs, err := calibrate.LoadObservation(f.observed)
	if err != nil {
		return fmt.Errorf("--observed: %w", err)
	}
	var fit []string
	for _, k := range f.fit {
		if k = strings.TrimSpace(k); k != "" {
			fit = append(fit, k)
		}
	}
	cfg := model.Config{Seed: f.seed, Iterations: f.iterations, Workers: f.workers, Version: buildVersion()}
	setup, err := calibrate.NewSetup(obs, ref, fit, cfg, ovs)
	if err != nil {
		return err
	}
	if f.write != "" {
		if err := checkWritePath(f.write, setup); err != nil {
			return err
		}
		if err := setup.CheckWritable(); err != nil {
			return err
		}
	}
	prob := setup.Problem()
	prob.Level = f.level
	start := time.Now()
	res, err := prob.Run(cmd.Context())
	var unin *calibrate.UninformativeError
	if errors.As(err, &unin) {
		return fmt.Errorf("--fit %s: the simulated outcome shares are the same with it at %s and at %s (same random numbers), so the observed counts cannot inform it; "+
			"only a key that changes who is in which category by the observation date can be fitted in %s (not a cost, a price or a discount rate, nor a key of an intervention that is switched off)",
			unin.Name, calibrate.FormatFitted(unin.Low), calibrate.FormatFitted(unin.High), setup.Scenario.File)
	}
	if err != nil {
		return fail(err)
	}
	elapsed := time.Since(start)
	// A value the data bound on neither side has no distribution: it is
	// printed, but no calibrated scenario is written.
	dists, _, distErr := setup.FittedDists(res)
	c := &calibrate.Report{Version: buildVersion(), Setup: setup, Result: res, Dists: dists, Elapsed: elapsed}
	// A fit the data cannot pin down is printed, but not written: a
	// scenario would carry a distribution as wide as the key's range as if
	// it were measured.
	var refuse error
	if f.write != "" && distErr != nil {
		refuse = fmt.Errorf("--write %s: nothing written: %w; fit fewer keys, or fix the others with --set, until the data identify each", f.write, distErr)
	}
	if f.write != "" && refuse == nil {
		text, err := calibrate.CalibratedScenario(setup, res, f.write)
		if err != nil {
			return err
		}
		// The written scenario must load, or it is not written.
		if _, err := scenarios.LoadBytes([]byte(text), f.write, filepath.Dir(f.write)); err != nil {
			return fail(fmt.Errorf("the calibrated scenario does not load: %w", err))
		}
		if err := writeFileAtomic(f.write, []byte(text)); err != nil {
			return err
		}
		c.Written = f.write
	}
	var buf bytes.Buffer
	if f.format == "json" {
		err = calibrate.WriteJSON(&buf, c)
	} else {
		err = calibrate.WriteTable(&buf, c)
	}
	if err != nil {
		return fail(err)
	}
	if _, err = cmd.OutOrStdout().Write(buf.Bytes()); err != nil {
		return fail(err)
	}
	return refuse
}

// checkWritePath refuses to overwrite the scenario being calibrated (it
// would extend itself) and a directory.
func checkWritePath(path string, setup *calibrate.Setup) error {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("--write %s: is a directory", path)
	}
	if scenarios.IsShipped(setup.Ref) {
		return nil
	}
	a, _ := filepath.Abs(path)
	b, _ := filepath.Abs(setup.Ref)
	if a == b {
		return fmt.Errorf("--write %s: is the scenario being calibrated; write to another file (it extends this one)", path)
	}
	return nil
}
