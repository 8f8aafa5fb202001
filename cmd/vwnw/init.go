package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/internal/atomicfile"
	"github.com/vwnw/vwnw/scenarios"
)

func newInitCmd() *cobra.Command {
	var o scenarios.RegionOptions
	cmd := &cobra.Command{
		Use:   "init NAME",
		Short: "Write folder NAME/: a baseline for your region's cohort and one file per shipped arrangement",
		Long: `init writes a folder NAME/ for a region: baseline.toml, the shipped baseline with
the region's cohort (--cohort-size persons, or the persons of --cohort-file), and
one file per shipped arrangement that extends it, each commented with what a
region typically changes and where the numbers come from. The case managers'
capacity (case_manager_fte) scales with the cohort at the pilot's ratio unless
--case-manager-fte is given. Then run every arrangement at once with
vwnw compare NAME/.`,
		Args: exactArgs(1, "NAME (a folder name: letters, digits, _ and -)"),
		Example: `  vwnw init noordoost --cohort-size 400 && vwnw compare noordoost/
  vwnw init west --cohort-file cohort.xlsx --case-manager-fte 6`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Dir = strings.TrimSuffix(strings.TrimSuffix(filepath.Clean(args[0]), ".toml"), string(filepath.Separator))
			return initRegion(cmd, o)
		},
	}
	fs := cmd.Flags()
	fs.IntVar(&o.CohortSize, "cohort-size", 0, "persons in the region's cohort (default: the shipped baseline's 30)")
	fs.StringVar(&o.CohortFile, "cohort-file", "", "the region's persons: a CSV or .xlsx file (vwnw cohort template writes one)")
	fs.Float64Var(&o.CaseManagerFTE, "case-manager-fte", 0, "case managers' FTE (default: the pilot's per person, times the cohort)")
	return cmd
}

// initRegion writes the region's folder, all files or none.
func initRegion(cmd *cobra.Command, o scenarios.RegionOptions) error {
	if _, err := os.Lstat(o.Dir); err == nil {
		return fmt.Errorf("%s already exists; choose another name or remove it", o.Dir)
	}
	files, err := scenarios.RegionFiles(o)
	if err != nil {
		return err
	}
	if err := os.Mkdir(o.Dir, 0o755); err != nil {
		return fmt.Errorf("%s: %w", o.Dir, unwrapPathErr(err))
	}
	out := make([]atomicfile.File, len(files))
	names := make([]string, len(files))
	for i, f := range files {
		text := f.Text
		out[i] = atomicfile.File{Name: f.Name, Write: func(w io.Writer) error { _, err := io.WriteString(w, text); return err }}
		names[i] = f.Name
	}
	if err := atomicfile.WriteAll(o.Dir, out); err != nil {
		os.Remove(o.Dir)
		return fail(err)
	}
	dir := filepath.ToSlash(o.Dir)
	fmt.Fprintf(cmd.OutOrStdout(), "wrote %s/: %s\nrun every arrangement against the region's baseline:\n  vwnw compare %s/\n(the same as: vwnw compare --baseline %s/baseline.toml %s/*.toml)\n",
		dir, strings.Join(names, ", "), dir, dir, dir)
	return nil
}
