package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/calibrate"
	"github.com/vwnw/vwnw/scenarios"
)

func newValidateCmd() *cobra.Command {
	var f flags
	cmd := &cobra.Command{
		Use:   "validate FILE ...",
		Short: "Check scenario, observation and cohort files as run would, and print every problem at once",
		Long: `validate checks each FILE and prints every problem at once, each with its file,
line and key and what is allowed. A scenario is checked as run would check it:
loaded with its extends chain and every --set, its cohort file read, and
compared with its baseline — --baseline, or the baseline its extends chain
reaches (a file named baseline.toml, as vwnw init writes), else the shipped
one — on the same persons, labour market and economy. A folder stands for the
scenario files in it. Observation files (for calibrate) and cohort files (.csv,
.xlsx) are checked too.`,
		Args: minArgs(1, "FILE (a scenario, observation or cohort file, a folder, or a shipped name)"),
		Example: `  vwnw validate my_scenario.toml
  vwnw validate noordoost/
  vwnw validate --baseline noordoost/baseline.toml other.toml
  vwnw validate cohort.xlsx`,
		ValidArgsFunction: completeScenarios,
		RunE: func(cmd *cobra.Command, args []string) error {
			ovs, err := f.overrides()
			if err != nil {
				return err
			}
			refs, err := scenarios.ExpandFolders(args)
			if err != nil {
				return err
			}
			var problems []string
			for _, a := range refs {
				what, err := f.validate(a, ovs)
				if err != nil {
					problems = append(problems, err.Error())
					continue
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s: ok%s\n", a, what)
			}
			if len(problems) > 0 {
				return errors.New("invalid input:\n" + strings.Join(problems, "\n"))
			}
			return nil
		},
	}
	f.cmd = cmd
	fs := cmd.Flags()
	fs.StringVar(&f.baseline, "baseline", "", "the baseline to check comparability with (default: the one the scenario's extends chain reaches, else the shipped one)")
	fs.StringArrayVar(&f.set, "set", nil, "override a parameter, as run does: KEY=VALUE (repeatable)")
	return cmd
}

// cohortExts are the names of cohort files validate reads as such.
var cohortExts = []string{".csv", ".txt", ".xlsx", ".xlsm"}

// validate checks one file as the command that takes it would; it returns
// what was checked, for the ok line.
func (f *flags) validate(ref string, ovs []scenarios.Override) (string, error) {
	switch {
	case calibrate.IsObservation(ref): // observed outcomes, for calibrate
		_, err := calibrate.LoadObservation(ref)
		return " (observations)", err
	case containsFold(cohortExts, filepath.Ext(ref)):
		persons, _, err := scenarios.ReadCohortFile(ref, &model.Cohort{})
		return " (a cohort of " + i18n.Count(len(persons), i18n.Persons, "en") + ")", err
	}
	base := f.baseline
	if base == "" {
		base = scenarios.ChainBaseline(ref)
	}
	list, err := scenarios.LoadRun(base, []string{ref}, ovs)
	if err != nil {
		return "", flagError(err)
	}
	if err := engineCheck(list); err != nil {
		return "", err
	}
	printWarnings(f.cmd.ErrOrStderr(), list)
	if len(list) == 1 {
		return " (it is the baseline)", nil
	}
	return fmt.Sprintf(" (comparable with the baseline %s)", list[0].File), nil
}

// engineCheck builds the engine run would build for list, so that what the
// engine refuses is refused here too (today Load already checks what it
// does: a price year without rules).
func engineCheck(list []*scenarios.Scenario) error {
	inputs := make([]model.Input, len(list))
	for i, s := range list {
		inputs[i] = s.Input()
	}
	_, err := model.NewEngine(model.Config{Seed: 1, Iterations: 1, Horizon: 1, Workers: 1, Observe: -1}, inputs)
	return err
}

// printWarnings prints what the scenarios of list allow but find
// implausible (scenarios.Scenario.Warnings), each once.
func printWarnings(w io.Writer, list []*scenarios.Scenario) {
	seen := map[string]bool{}
	for _, s := range list {
		for _, p := range s.Warnings() {
			if msg := p.String(); !seen[msg] {
				seen[msg] = true
				fmt.Fprintf(w, "vwnw: warning: %s\n", msg)
			}
		}
	}
}

// containsFold reports whether list holds s, in any case.
func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// runRefs expands the folder arguments of compare into their scenario
// files (run takes one scenario) and picks the baseline of the run:
// --baseline when given, else the one the scenarios' extends chains reach.
func (f *flags) runRefs(args []string) ([]string, string, error) {
	names := args
	if f.cmd.Name() == "compare" {
		var err error
		if names, err = scenarios.ExpandFolders(args); err != nil {
			return nil, "", err
		}
	}
	if f.cmd.Flags().Changed("baseline") {
		return names, f.baseline, nil
	}
	base, err := scenarios.RunBaseline(names)
	return names, base, err
}
