package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/charts"
	"github.com/vwnw/vwnw/internal/i18n"
)

func newReportCmd() *cobra.Command {
	var f flags
	cmd := &cobra.Command{
		Use:     "report RESULTS.json -o REPORT.html",
		Short:   "Draw the HTML board report from saved results, without re-running",
		Args:    exactArgs(1, "RESULTS.json (written by compare --out or --json)"),
		Example: "  vwnw compare --out out && vwnw report out/results.json -o board.html --lang en",
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.output == "" {
				return errors.New("report needs -o REPORT.html")
			}
			if err := checkLang(f.lang); err != nil {
				return err
			}
			if err := f.checkPriceYear(); err != nil {
				return err
			}
			if samePath(args[0], f.output) {
				return fmt.Errorf("-o %s is the results file itself; write the report to another file", f.output)
			}
			if err := checkFileOut("-o", f.output, "report.html", true); err != nil {
				return err
			}
			res, err := readResults(args[0])
			if err != nil {
				return err
			}
			if f.outYear != 0 {
				if err := res.Rescale(f.outYear); err != nil {
					return fmt.Errorf("--price-year %d: %w", f.outYear, err)
				}
			}
			var html bytes.Buffer
			if err := charts.Render(&html, res, charts.Options{Lang: f.lang}); err != nil {
				return fail(err)
			}
			if err := writeFile(f.output, html.Bytes()); err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), i18n.TerminalText(terminalLang(cmd, f.lang)).WroteFile, f.output)
			return nil
		},
	}
	cmd.Flags().StringVarP(&f.output, "output", "o", "", "HTML file to write")
	cmd.Flags().StringVar(&f.lang, "lang", "nl", "language: nl or en")
	f.registerPriceYear(cmd)
	return cmd
}

// unwrapPathErr drops the operation and path of an *os.PathError, for
// messages that name the path themselves.
func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
