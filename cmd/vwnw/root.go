package main

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/scenarios"
)

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
		newShowCmd(),
		newKeysCmd(),
		newCohortCmd(),
		newReportCmd(),
		newVersionCmd(),
		newSensitivityCmd(),
		newCalibrateCmd(),
		newMergeCmd(),
	)
	return root
}

func newCompareCmd() *cobra.Command {
	var f flags
	var sf scaleFlags
	cmd := &cobra.Command{
		Use:   "compare [SCENARIO ...]",
		Short: "Run scenarios against the baseline and compare them per stakeholder",
		Long: `compare runs each SCENARIO (a shipped name or a .toml file; default: every
shipped scenario) against the baseline with common random numbers and prints
the net present value per stakeholder, its 90% interval (p5–p95) and the chance
that it is positive, with the key outcomes.

Every scenario must describe the same persons, labour market and economy as the
baseline ([cohort], [economy], [hazards] and [jobs] agree); an arrangement works
through its [interventions]. For another cohort or labour market, vwnw init NAME
writes a folder with a baseline of its own and every arrangement on it, and
vwnw compare NAME/ runs them (a folder stands for its *.toml files). Without
--baseline, the scenarios are compared with the baseline their extends chains
reach (a file named baseline.toml), else the shipped one. --set changes every
scenario of the run.`,
		Example: `  vwnw compare
  vwnw compare noordoost/
  vwnw compare intensive_coaching my_scenario.toml --iterations 2000
  vwnw compare --set economy.discount_rate=0.035 --json
  vwnw compare --out results/`,
		ValidArgsFunction: completeScenarios,
		RunE: func(cmd *cobra.Command, args []string) error {
			return simulate(cmd, &f, &sf, args)
		},
	}
	f.registerSim(cmd)
	sf.register(cmd)
	cmd.Flags().BoolVar(&f.breakdown, "breakdown", false, "also print, per scenario, each stakeholder's mean NPV by line item (wages, WW, tax, production, displacement, …); table format only")
	return cmd
}

func newRunCmd() *cobra.Command {
	var f flags
	var sf scaleFlags
	cmd := &cobra.Command{
		Use:               "run SCENARIO",
		Short:             "Run one scenario against the baseline",
		Args:              exactArgs(1, "SCENARIO (a shipped name or a .toml file)"),
		ValidArgsFunction: completeScenarios,
		RunE: func(cmd *cobra.Command, args []string) error {
			return simulate(cmd, &f, &sf, args)
		},
	}
	f.registerSim(cmd)
	sf.register(cmd)
	return cmd
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
		return fmt.Errorf("%s needs %s: %s; got %d\nusage: %s", cmd.CommandPath(), i18n.Count(n, i18n.Arguments, "en"), what, len(args), cmd.UseLine())
	}
}

func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) >= n {
			return nil
		}
		return fmt.Errorf("%s needs at least %s: %s\nusage: %s", cmd.CommandPath(), i18n.Count(n, i18n.Arguments, "en"), what, cmd.UseLine())
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
		return head + ": want a whole number from 0 to " + strconv.FormatUint(math.MaxUint64, 10)
	case strings.HasPrefix(detail, "ParseInt"):
		return head + ": want a whole number"
	case strings.HasPrefix(detail, "ParseFloat"):
		return head + ": want a number"
	case strings.HasPrefix(detail, "ParseBool"):
		return head + ": want true or false"
	}
	return msg
}
