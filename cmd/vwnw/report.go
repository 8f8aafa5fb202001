package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/charts"
	"github.com/vwnw/vwnw/model"
)

func writeReport(w io.Writer, res *model.Results, lang string) error {
	return charts.Render(w, res, charts.Options{Lang: lang})
}

func newReportCmd() *cobra.Command {
	var outPath, lang string
	cmd := &cobra.Command{
		Use:     "report RESULTS.json -o REPORT.html",
		Short:   "Draw the HTML board report from saved results, without re-running",
		Args:    exactArgs(1, "RESULTS.json (written by compare --out or --json)"),
		Example: "  vwnw compare --out out && vwnw report out/results.json -o board.html --lang en",
		RunE: func(cmd *cobra.Command, args []string) error {
			if outPath == "" {
				return errors.New("report needs -o REPORT.html")
			}
			if lang != "nl" && lang != "en" {
				return fmt.Errorf("--lang %q is not one of nl, en", lang)
			}
			data, err := os.ReadFile(args[0])
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], unwrapPathErr(err))
			}
			var res model.Results
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&res); err != nil {
				return fmt.Errorf("%s: not vwnw results: %v", args[0], err)
			}
			if res.Tool != "vwnw" || len(res.Scenarios) == 0 {
				return fmt.Errorf("%s: not vwnw results (want \"tool\": \"vwnw\" and at least one scenario)", args[0])
			}
			var buf bytes.Buffer
			if err := writeReport(&buf, &res, lang); err != nil {
				return fail(err)
			}
			return writeFileAtomic(outPath, buf.Bytes())
		},
	}
	cmd.Flags().StringVarP(&outPath, "output", "o", "", "HTML file to write")
	cmd.Flags().StringVar(&lang, "lang", "nl", "language: nl or en")
	return cmd
}

// writeFileAtomic writes data to path through a temporary file in the same
// directory, so that path is either complete or untouched.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPathErr(err))
	}
	err = tmp.Chmod(0o644) // CreateTemp makes files only the owner can read
	if err == nil {
		_, err = tmp.Write(data)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fail(fmt.Errorf("%s: %w", path, err))
	}
	return nil
}

func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
