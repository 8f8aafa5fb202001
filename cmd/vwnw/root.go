package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/internal/csvdialect"
	"github.com/vwnw/vwnw/internal/output"
	"github.com/vwnw/vwnw/internal/workbook"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/calibrate"
	"github.com/vwnw/vwnw/scenarios"
)

// simFlags are the flags of every simulating command (MODEL.md §9).
type simFlags struct {
	iterations int
	seed       uint64
	horizon    int
	cohortSize int
	workers    int
	set        []string
	format     string
	json       bool
	out        string
	baseline   string
	lang       string
	csvDialect string
}

func (f *simFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.IntVar(&f.iterations, "iterations", 1000, fmt.Sprintf("Monte-Carlo iterations (1 to %d)", maxIterations))
	fs.Uint64Var(&f.seed, "seed", 1, "random seed; the same seed gives the same results")
	fs.IntVar(&f.horizon, "horizon", 60, "months each person is followed from the announcement (1 to 600; an outcome at month N needs N+1)")
	fs.IntVar(&f.cohortSize, "cohort-size", 0, fmt.Sprintf("persons in a synthetic cohort (0: as the scenario says; at most %d)", maxCohort))
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "goroutines; results do not depend on it")
	fs.StringArrayVar(&f.set, "set", nil, "override a parameter in every scenario: KEY=VALUE, KEY a dotted TOML path, VALUE a TOML value (repeatable)")
	fs.StringVar(&f.format, "format", "table", "output format: "+strings.Join(output.Formats, ", "))
	fs.BoolVar(&f.json, "json", false, "same as --format json")
	fs.StringVar(&f.out, "out", "", "directory to write results.json, results.csv, results.xlsx and report.html into")
	fs.StringVar(&f.baseline, "baseline", "baseline", "the scenario the others are compared with (a shipped name or a file)")
	fs.StringVar(&f.lang, "lang", "nl", "language of report.html and results.xlsx: nl or en")
	fs.StringVar(&f.csvDialect, "csv-dialect", "en", "CSV dialect: en (commas, decimal points; for scripts) or nl (semicolons, decimal commas, BOM; for Dutch Excel)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(output.Formats, cobra.ShellCompDirectiveNoFileComp))
}

// Upper bounds of the size flags: summaries keep every iteration's values
// (about 200 bytes per scenario), and a cohort lives in every worker's
// memory, so larger values would exhaust memory rather than run.
const (
	maxIterations = 1_000_000
	maxCohort     = 1_000_000
)

// check validates flag values.
func (f *simFlags) check() error {
	if f.json {
		f.format = "json"
	}
	var bad []string
	if f.iterations < 1 || f.iterations > maxIterations {
		bad = append(bad, fmt.Sprintf("--iterations must be between 1 and %d, got %d", maxIterations, f.iterations))
	}
	if f.horizon < 1 || f.horizon > 600 {
		bad = append(bad, fmt.Sprintf("--horizon must be between 1 and 600 months, got %d", f.horizon))
	}
	if f.cohortSize < 0 || f.cohortSize > maxCohort {
		bad = append(bad, fmt.Sprintf("--cohort-size must be 0 (as the scenario says) or up to %d, got %d", maxCohort, f.cohortSize))
	}
	if f.workers < 1 {
		bad = append(bad, fmt.Sprintf("--workers must be at least 1, got %d", f.workers))
	}
	if !slices.Contains(output.Formats, f.format) {
		bad = append(bad, fmt.Sprintf("--format %q is not one of %s", f.format, strings.Join(output.Formats, ", ")))
	}
	if f.lang != "nl" && f.lang != "en" {
		bad = append(bad, fmt.Sprintf("--lang %q is not one of nl, en", f.lang))
	}
	if _, err := csvdialect.Parse(f.csvDialect); err != nil {
		bad = append(bad, err.Error())
	}
	if len(bad) > 0 {
		return errors.New(strings.Join(bad, "\n"))
	}
	return nil
}

func (f *simFlags) overrides() ([]scenarios.Override, error) {
	var out []scenarios.Override
	for _, s := range f.set {
		o, err := scenarios.ParseOverride(s)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// loadRun loads the baseline and the scenarios named (the shipped set when
// none), the baseline first and each scenario once.
func (f *simFlags) loadRun(names []string) ([]*scenarios.Scenario, error) {
	ovs, err := f.overrides()
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		names = scenarios.Shipped()
	}
	base, err := scenarios.Load(f.baseline, ovs...)
	if err != nil {
		return nil, err
	}
	list := []*scenarios.Scenario{base}
	var problems []string
	for _, n := range names {
		s, err := scenarios.Load(n, ovs...)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		if s.SHA256 == base.SHA256 && s.Name == base.Name {
			continue
		}
		if err := scenarios.CheckComparable(base, s); err != nil {
			problems = append(problems, err.Error())
		}
		for _, o := range list {
			if o.Name == s.Name {
				problems = append(problems, fmt.Sprintf("%s: scenario name %q is used twice (also %s); set name = \"…\" in one of them", s.File, s.Name, o.File))
			}
		}
		list = append(list, s)
	}
	for _, o := range ovs {
		if !slices.ContainsFunc(list, func(s *scenarios.Scenario) bool { return !slices.Contains(s.NotApplied(), o.Key) }) {
			problems = append(problems, fmt.Sprintf("--set %s: no scenario in this run has that table; check the name (vwnw scenarios lists the shipped ones)", o.Key))
		}
	}
	if len(problems) > 0 {
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	return list, nil
}

func (f *simFlags) config() model.Config {
	return model.Config{
		Seed: f.seed, Iterations: f.iterations, Horizon: f.horizon,
		CohortSize: f.cohortSize, Workers: f.workers, Version: buildVersion(), Observe: -1,
	}
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "vwnw",
		Short: "Social cost-benefit analysis of job-to-job (VWNW) arrangements",
		Long: `vwnw simulates cohorts of workers threatened with redundancy month by month —
under notice, on WW, on bijstand, in new jobs, in training — under scenarios of
job-to-job ("van werk naar werk") support, and books every euro from payer to
receiver: workers, releasing and receiving employers, UWV, municipalities,
health insurers, the treasury, and society as their sum.

Start with: vwnw compare`,
		Version:       buildVersion(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return fmt.Errorf("%s\nsee '%s --help'", plainFlagError(err), c.CommandPath())
	})
	root.AddCommand(
		newCompareCmd(),
		newRunCmd(),
		newValidateCmd(),
		newScenariosCmd(),
		newInitCmd(),
		newReportCmd(),
		newVersionCmd(),
		newSensitivityCmd(),
		newCalibrateCmd(),
	)
	return root
}

func newCompareCmd() *cobra.Command {
	var f simFlags
	cmd := &cobra.Command{
		Use:   "compare [SCENARIO ...]",
		Short: "Run scenarios against the baseline and compare them per stakeholder",
		Long: `compare runs each SCENARIO (a shipped name or a .toml file; default: every
shipped scenario) against the baseline with common random numbers and prints
the net present value per stakeholder, its 90% interval (p5–p95) and the chance
that it is positive, with the key outcomes.

Every scenario must describe the same persons, labour market and economy as the
baseline ([cohort], [economy], [hazards] and [jobs] agree); an arrangement works
through its [interventions]. For another cohort or labour market, write a
baseline of your own and pass it with --baseline, or use --set, which changes
every scenario of the run.`,
		Example: `  vwnw compare
  vwnw compare intensive_coaching my_scenario.toml --iterations 2000
  vwnw compare --set economy.discount_rate=0.035 --json
  vwnw compare --out results/`,
		ValidArgsFunction: completeScenarios,
		RunE: func(cmd *cobra.Command, args []string) error {
			return simulate(cmd, &f, args)
		},
	}
	f.register(cmd)
	return cmd
}

func newRunCmd() *cobra.Command {
	var f simFlags
	cmd := &cobra.Command{
		Use:               "run SCENARIO",
		Short:             "Run one scenario against the baseline",
		Args:              exactArgs(1, "SCENARIO (a shipped name or a .toml file)"),
		ValidArgsFunction: completeScenarios,
		RunE: func(cmd *cobra.Command, args []string) error {
			return simulate(cmd, &f, args)
		},
	}
	f.register(cmd)
	return cmd
}

// simulate is the body of compare and run.
func simulate(cmd *cobra.Command, f *simFlags, names []string) error {
	if err := f.check(); err != nil {
		return err
	}
	list, err := f.loadRun(names)
	if err != nil {
		return err
	}
	if len(list) == 1 {
		fmt.Fprintf(cmd.ErrOrStderr(), "vwnw: note: only the baseline %q: it is compared with itself, so every NPV is zero; name a scenario (vwnw scenarios lists the shipped ones)\n", list[0].Name)
	}
	inputs := make([]model.Input, len(list))
	for i, s := range list {
		inputs[i] = s.Input()
	}
	eng, err := model.NewEngine(f.config(), inputs)
	if err != nil {
		return err
	}
	res, err := eng.Run(cmd.Context())
	if err != nil {
		return fail(err)
	}
	if f.out != "" {
		o, err := f.outOptions(cmd, names, list)
		if err != nil {
			return err
		}
		if err := writeOutputs(f.out, res, o); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	if f.format == "csv" {
		err = output.CSVDialect(&buf, res, csvdialect.Dialect(f.csvDialect)) // checked by f.check
	} else {
		err = output.Write(&buf, res, f.format)
	}
	if err != nil {
		return fail(err)
	}
	_, err = cmd.OutOrStdout().Write(buf.Bytes())
	return fail(err)
}

// writeOutputs writes results.json, results.csv, results.xlsx and
// report.html into dir: each to a temporary file first, renamed only when
// all are written, so an error leaves no partial output.
func writeOutputs(dir string, res *model.Results, o outOptions) error {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return fmt.Errorf("--out %s: exists and is not a directory", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--out %s: %w", dir, err)
	}
	files := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"results.json", func(w io.Writer) error { return output.JSON(w, res) }},
		{"results.csv", func(w io.Writer) error { return output.CSVDialect(w, res, o.dialect) }},
		{"results.xlsx", func(w io.Writer) error { return workbook.Write(w, res, o.book) }},
		{"report.html", func(w io.Writer) error { return writeReport(w, res, o.lang) }},
	}
	var temps []string
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	for _, file := range files {
		tmp, err := os.CreateTemp(dir, "."+file.name+".tmp*")
		if err != nil {
			cleanup()
			return fail(err)
		}
		temps = append(temps, tmp.Name())
		err = tmp.Chmod(0o644) // CreateTemp makes files only the owner can read
		if err == nil {
			err = file.write(tmp)
		}
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			cleanup()
			return fail(fmt.Errorf("writing %s: %w", filepath.Join(dir, file.name), err))
		}
	}
	for i, file := range files {
		if err := os.Rename(temps[i], filepath.Join(dir, file.name)); err != nil {
			cleanup()
			return fail(err)
		}
	}
	return nil
}

func newValidateCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "validate FILE ...",
		Short: "Check scenario and observation files and print every problem at once",
		Args:  minArgs(1, "FILE (a scenario or observation .toml file, or a shipped name)"),
		Example: `  vwnw validate my_scenario.toml
  vwnw validate scenarios/*.toml`,
		ValidArgsFunction: completeScenarios,
		RunE: func(cmd *cobra.Command, args []string) error {
			var problems []string
			for _, a := range args {
				load := func(ref string) error { _, err := scenarios.Load(ref); return err }
				if calibrate.IsObservation(a) { // observed outcomes, for calibrate
					load = func(ref string) error { _, err := calibrate.LoadObservation(ref); return err }
				}
				if err := load(a); err != nil {
					problems = append(problems, err.Error())
					continue
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s: ok\n", a)
			}
			if len(problems) > 0 {
				return errors.New("invalid input:\n" + strings.Join(problems, "\n"))
			}
			return nil
		},
	}
}

func newScenariosCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "scenarios",
		Short: "List the shipped scenarios",
		Args:  exactArgs(0, ""),
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, n := range scenarios.Shipped() {
				s, err := scenarios.Load(n)
				if err != nil {
					return fail(err)
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%-20s %s\n", n, s.Title)
			}
			return nil
		},
	}
}

func newInitCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "init NAME",
		Short:   "Write NAME.toml, a commented scenario that extends the baseline",
		Args:    exactArgs(1, "NAME"),
		Example: "  vwnw init faster_coaching && vwnw run faster_coaching.toml",
		RunE: func(cmd *cobra.Command, args []string) error {
			name := strings.TrimSuffix(args[0], ".toml")
			path := name + ".toml"
			text, err := scenarios.Template(filepath.Base(name))
			if err != nil {
				return err
			}
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if errors.Is(err, os.ErrExist) {
				return fmt.Errorf("%s already exists; choose another name or remove it", path)
			}
			if err != nil {
				return err
			}
			if _, err := f.WriteString(text); err != nil {
				f.Close()
				os.Remove(path)
				return fail(err)
			}
			if err := f.Close(); err != nil {
				return fail(err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s; try: vwnw run %s\n", path, path)
			return nil
		},
	}
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  exactArgs(0, ""),
		Run: func(cmd *cobra.Command, args []string) {
			fmt.Fprintf(cmd.OutOrStdout(), "vwnw %s\n", buildVersion())
		},
	}
}

// exactArgs and minArgs check the number of arguments with a message that
// says what is expected.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == n {
			return nil
		}
		if n == 0 {
			return fmt.Errorf("%s takes no arguments, got %q", cmd.CommandPath(), args)
		}
		return fmt.Errorf("%s needs %d argument(s): %s; got %d\nusage: %s", cmd.CommandPath(), n, what, len(args), cmd.UseLine())
	}
}

func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) >= n {
			return nil
		}
		return fmt.Errorf("%s needs at least %d argument(s): %s\nusage: %s", cmd.CommandPath(), n, what, cmd.UseLine())
	}
}

func completeScenarios(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var out []cobra.Completion
	for _, n := range scenarios.Shipped() {
		if strings.HasPrefix(n, toComplete) {
			out = append(out, n)
		}
	}
	if len(out) > 0 {
		return out, cobra.ShellCompDirectiveNoFileComp
	}
	return []cobra.Completion{"toml"}, cobra.ShellCompDirectiveFilterFileExt
}

// plainFlagError replaces the strconv detail of a flag value error
// ("strconv.ParseUint: parsing "-1": invalid syntax") by what is allowed.
func plainFlagError(err error) string {
	msg := err.Error()
	head, detail, ok := strings.Cut(msg, ": strconv.")
	if !ok {
		return msg
	}
	switch {
	case strings.HasPrefix(detail, "ParseUint"):
		return head + ": want a whole number of 0 or more"
	case strings.HasPrefix(detail, "ParseInt"):
		return head + ": want a whole number"
	case strings.HasPrefix(detail, "ParseFloat"):
		return head + ": want a number"
	case strings.HasPrefix(detail, "ParseBool"):
		return head + ": want true or false"
	}
	return msg
}
