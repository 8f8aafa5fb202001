package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/scenarios"
)

func newCohortCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "cohort",
		Short: "Cohort files: the persons of a region, one row each",
		Args:  exactArgs(0, ""),
		RunE:  func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newCohortTemplateCmd())
	return cmd
}

func newCohortTemplateCmd() *cobra.Command {
	var lang string
	cmd := &cobra.Command{
		Use:   "template FILE.csv|FILE.xlsx",
		Short: "Write an empty cohort file with the columns, units and allowed values",
		Long: `template writes an empty cohort file: a header row naming every column with,
in parentheses, its unit and range or its categories (the reader ignores the
parentheses). FILE.xlsx is a workbook with drop-down lists and range checks and
a sheet that explains the columns; FILE.csv is, with --lang nl, what Dutch
Excel writes (semicolons, decimal commas); with --lang en, plain CSV with commas.
Fill in one row per person and name it in a baseline: [cohort] file = "FILE"
(vwnw init NAME --cohort-file FILE does it). See docs/cohort.md.`,
		Args:    exactArgs(1, "FILE.csv or FILE.xlsx"),
		Example: "  vwnw cohort template --lang nl cohort.xlsx\n  vwnw cohort template --lang en cohort.csv",
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkLang(lang); err != nil {
				return err
			}
			path := args[0]
			format := strings.TrimPrefix(strings.ToLower(filepath.Ext(path)), ".")
			if format != "csv" && format != "xlsx" {
				return fmt.Errorf("%s: the name must end in .csv or .xlsx", path)
			}
			if err := refuseExisting(path); err != nil {
				return err
			}
			var b bytes.Buffer
			if err := scenarios.WriteCohortTemplate(&b, format, lang); err != nil {
				return fail(err)
			}
			if err := writeFile(path, b.Bytes()); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), i18n.TerminalText(terminalLang(cmd, lang)).WroteTemplate, path, path)
			return nil
		},
	}
	cmd.Flags().StringVar(&lang, "lang", "nl", "language of the column names and categories: nl or en")
	return cmd
}

// refuseExisting refuses to overwrite a file.
func refuseExisting(path string) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s already exists; choose another name or remove it", path)
	}
	return nil
}
