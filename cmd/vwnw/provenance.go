package main

import (
	"regexp"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// recordRun writes into res.Run how the run was asked for: the --set
// overrides as given, --cohort-size, --baseline, the cohort files the
// scenarios list read with their sha256, and the command line.
func recordRun(res *model.Results, f *flags, args []string, list []*scenarios.Scenario) {
	res.Run.Overrides = slices.Clone(f.set)
	res.Run.CohortSize = f.cohortSize
	res.Run.BaselineArg = f.baseline
	for _, s := range list {
		if sum := s.CohortSHA256(); sum != "" {
			res.Run.CohortFiles = append(res.Run.CohortFiles, model.CohortFile{Scenario: s.Name, File: s.Params().Cohort.File, SHA256: sum})
		}
	}
	res.Run.Command = commandLine(f.cmd, args)
}

// commandLine rebuilds the command line from the flags given and the
// arguments, quoted for a POSIX shell. --workers is left out: it does not
// change the results, and leaving it out keeps the outputs the same
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

// termLang is the language of what the command prints on the terminal:
// --lang when given, English otherwise. The report and the workbook are
// Dutch unless --lang says otherwise.
func (f *flags) termLang() string {
	if f.cmd == nil {
		return "en"
	}
	return terminalLang(f.cmd, f.lang)
}
