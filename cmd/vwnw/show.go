package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/scenarios"
)

func newShowCmd() *cobra.Command {
	var f flags
	cmd := &cobra.Command{
		Use:   "show SCENARIO",
		Short: "Print a scenario as vwnw runs it: TOML with each value's file, line and source",
		Long: `show prints SCENARIO (a shipped name or a .toml file) as vwnw runs it: its
extends chain merged, every --set applied and its cohort file read, as one TOML
text in which every value is followed by the file and line that set it and the
source given there. A cohort file's path is written relative to SCENARIO's
folder, so the text saved in that folder loads again as the same scenario.`,
		Args:              exactArgs(1, "SCENARIO (a shipped name or a .toml file)"),
		Example:           "  vwnw show intensive_coaching\n  vwnw show noordoost/digital_hybrid.toml --set economy.discount_rate=0.03",
		ValidArgsFunction: completeScenarios,
		RunE: func(cmd *cobra.Command, args []string) error {
			ovs, err := f.overrides()
			if err != nil {
				return err
			}
			text, err := scenarios.Show(args[0], ovs...)
			if err != nil {
				return err
			}
			return writeOut(cmd, func(w io.Writer) error { _, err := io.WriteString(w, text); return err })
		},
	}
	f.cmd = cmd
	cmd.Flags().StringArrayVar(&f.set, "set", nil, "override a parameter, as run does: KEY=VALUE (repeatable)")
	return cmd
}

func newKeysCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "keys [PREFIX]",
		Short: "List the keys of the scenario language: type, unit, allowed values, distribution, shipped value",
		Long: `keys lists every key a scenario file may set whose dotted path starts with
PREFIX (all without one): its type, unit, the values allowed, whether it may be
a distribution, and its value in the shipped baseline (or, named, in the first
shipped scenario that sets it). docs/scenarios.md holds the same table.`,
		Args:    cobra.MaximumNArgs(1),
		Example: "  vwnw keys\n  vwnw keys cohort\n  vwnw keys interventions.coaching",
		RunE: func(cmd *cobra.Command, args []string) error {
			prefix := ""
			if len(args) == 1 {
				prefix = args[0]
			}
			keys, err := scenarios.KeyInfos(prefix)
			if err != nil {
				return err
			}
			return writeOut(cmd, func(w io.Writer) error { return writeKeys(w, keys) })
		},
	}
}

// writeKeys writes keys as an aligned table, without Markdown's code spans.
func writeKeys(w io.Writer, keys []scenarios.KeyInfo) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KEY\tTYPE\tUNIT\tALLOWED\tDISTRIBUTION\tSHIPPED")
	plain := strings.NewReplacer("`", "")
	for _, k := range keys {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", k.Key, k.Type, k.Unit, plain.Replace(k.Allowed), k.Distribution, plain.Replace(k.Shipped))
	}
	return tw.Flush()
}
