package main

import (
	"regexp"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vwnw/vwnw/internal/csvdialect"
	"github.com/vwnw/vwnw/internal/workbook"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// outOptions are what writeOutputs needs besides the results.
type outOptions struct {
	lang    string
	dialect csvdialect.Dialect
	book    workbook.Options
}

// dialect is the --csv-dialect given, checked by check.
func (f *flags) dialect() csvdialect.Dialect { return csvdialect.Dialect(f.csvDialect) }

// writeRunOutputs writes the files of --out (nothing without it) for the
// results of the scenarios args: list, the scenarios loaded, or nil to load
// them again.
func (f *flags) writeRunOutputs(args []string, list []*scenarios.Scenario, res *model.Results) error {
	if f.out == "" {
		return nil
	}
	if list == nil {
		ovs, err := f.overrides()
		if err != nil {
			return err
		}
		if list, err = scenarios.LoadRun(f.baseline, args, ovs); err != nil {
			return flagError(err)
		}
	}
	rows, err := workbook.ScenarioAssumptions(list, f.set, f.lang)
	if err != nil {
		return fail(err)
	}
	return writeOutputs(f.out, res, outOptions{
		lang:    f.lang,
		dialect: f.dialect(),
		book: workbook.Options{
			Lang:        f.lang,
			Assumptions: rows,
			Provenance: workbook.Provenance{
				Command:    commandLine(f.cmd, args),
				Overrides:  f.set,
				CohortSize: f.cohortSize,
				// CheckComparable lets only scenarios on the same persons
				// into a run: the baseline's cohort file is everyone's.
				CohortFileSHA256: list[0].CohortSHA256(),
			},
		},
	})
}

// commandLine rebuilds the command line from the flags given and the
// arguments, quoted for a POSIX shell. --workers is left out: it does not
// change the results, and leaving it out keeps the workbook the same
// whatever --workers.
func commandLine(cmd *cobra.Command, args []string) string {
	parts := []string{cmd.CommandPath()}
	cmd.Flags().Visit(func(fl *pflag.Flag) {
		switch {
		case fl.Name == "workers":
		case fl.Value.Type() == "bool":
			if fl.Value.String() == "true" {
				parts = append(parts, "--"+fl.Name)
			} else {
				parts = append(parts, "--"+fl.Name+"=false")
			}
		default:
			vals := []string{fl.Value.String()}
			if sv, ok := fl.Value.(pflag.SliceValue); ok {
				vals = sv.GetSlice()
			}
			for _, v := range vals {
				parts = append(parts, "--"+fl.Name, shellQuote(v))
			}
		}
	})
	for _, a := range args {
		parts = append(parts, shellQuote(a))
	}
	return strings.Join(parts, " ")
}

var plainArg = regexp.MustCompile(`^[A-Za-z0-9_./=:,+@%-]+$`)

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if plainArg.MatchString(s) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
