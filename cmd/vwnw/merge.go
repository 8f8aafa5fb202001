package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/internal/draws"
	"github.com/vwnw/vwnw/internal/output"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

func newMergeCmd() *cobra.Command {
	var (
		out, format, lang, drawsPath, csvDialect string
		asJSON                                   bool
	)
	cmd := &cobra.Command{
		Use:   "merge SHARD.parquet ... [--out DIR]",
		Short: "Merge the shards of a run (--shard K/N) into the results of the whole run",
		Long: `merge reads the files that compare, run or sensitivity --shard K/N wrote,
one for each K from 1 to N, and summarises them into the results the run gives
on one machine: the same results.json (apart from elapsed_seconds and workers),
results.csv and report.html in --out DIR, and the same table. It refuses shards
of different runs (command, seed, scenarios and their sha256, iterations,
horizon, number of shards, version) and a missing or duplicate shard, naming
which. The command line recorded in results.json and the report is the whole
run's, with merge's own --out, --format, --lang and --draws. The shards of a
sensitivity analysis are merged by setting up the analysis they recorded, so
its scenario files must be here too, unchanged.
`,
		Example: `  vwnw compare --iterations 1000 --shard 1/3 --out shards   # on three machines,
  vwnw compare --iterations 1000 --shard 2/3 --out shards   # or as a Slurm array
  vwnw compare --iterations 1000 --shard 3/3 --out shards   # (deploy/slurm)
  vwnw merge shards/*.parquet --out results --draws results/draws.parquet`,
		Args: minArgs(1, "SHARD.parquet (files written by --shard K/N)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if asJSON {
				// As the other commands: --json --format csv asks for two
				// formats, refused rather than one chosen silently.
				if cmd.Flags().Changed("format") && format != "json" {
					return fmt.Errorf("--json is --format json; it contradicts --format %s: give one of them", format)
				}
				format = "json"
			}
			if err := checkOutputFlags(format, lang); err != nil {
				return err
			}
			if err := checkOutDir("--out", out); err != nil {
				return err
			}
			if drawsPath != "" {
				if err := draws.CheckPath(drawsPath); err != nil {
					return fmt.Errorf("--draws %w", err)
				}
			}
			ss, err := draws.OpenShards(args)
			if err != nil {
				return err
			}
			defer ss.Close()
			switch m := ss.Meta(); m.Command {
			case "compare", "run":
			case "sensitivity":
				if drawsPath != "" {
					return errors.New("--draws is for shards of compare and run; a sensitivity analysis's draws are not those of one run")
				}
				return mergeSensitivity(cmd, ss)
			default:
				return fmt.Errorf("%s: shards of %q; merge takes shards of compare, run and sensitivity", args[0], m.Command)
			}
			var also []func(*model.Iteration, [][]float64) error
			var dw *draws.Writer
			if drawsPath != "" {
				m := ss.Meta()
				l := draws.Layout{Scenarios: m.Layout.Scenarios, Params: m.Layout.Params, Horizon: m.Layout.Horizon}
				if dw, err = draws.Create(drawsPath, l, nil); err != nil {
					return fmt.Errorf("--draws %w", err)
				}
				defer dw.Abort()
				also = append(also, dw.Write)
			}
			res, err := ss.Results(model.AccumulatorOptions{}, also...)
			if err != nil {
				return runError(shardInput(err))
			}
			if dw != nil {
				if err := dw.Close(); err != nil {
					return fail(err)
				}
			}
			return finishMerge(cmd, ss, res)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&out, "out", "", "directory to write results.json, results.csv and report.html into")
	fs.StringVar(&drawsPath, "draws", "", "also write the draws of every iteration (as compare --draws does) to FILE (.parquet or .csv)")
	fs.StringVar(&format, "format", "table", "output format: table, json, csv, markdown")
	fs.BoolVar(&asJSON, "json", false, "same as --format json")
	fs.StringVar(&lang, "lang", "nl", "language of report.html: nl or en")
	fs.StringVar(&csvDialect, "csv-dialect", "en", "CSV dialect: en (commas, decimal points; for scripts) or nl (semicolons, decimal commas, BOM; for Dutch Excel)")
	return cmd
}

// finishMerge writes what compare or run writes for the merged results:
// it sets up the command the shards recorded, with the merge's output
// flags, loads its scenarios (for the workbook's assumptions and the
// provenance; their sha256 must be the shards'), records how the run was
// asked for, and writes --out and the table.
func finishMerge(mc *cobra.Command, ss *draws.ShardSet, res *model.Results) error {
	spec, err := specIn(ss)
	if err != nil {
		return err
	}
	var f flags
	var sf scaleFlags
	sub := &cobra.Command{Use: ss.Meta().Command}
	f.registerSim(sub)
	sf.register(sub)
	if err := applySpec(sub, spec, mc); err != nil {
		return err
	}
	if err := f.check(); err != nil {
		return err
	}
	ovs, err := f.overrides()
	if err != nil {
		return err
	}
	list, err := scenarios.LoadRun(f.baseline, spec.Args, ovs)
	if err != nil {
		return flagError(err)
	}
	for i, sc := range list {
		if i >= len(res.Scenarios) || res.Scenarios[i].SHA256 != sc.SHA256 {
			return fmt.Errorf("scenario %s here is not the one the shards ran (its sha256 differs): merge where the run's scenario files are, unchanged", sc.Name)
		}
	}
	if err := output.CheckFinite(res); err != nil {
		return err
	}
	recordRun(res, &f, spec.Args, list)
	if err := f.writeRunOutputs(list, res); err != nil {
		return err
	}
	return writeOut(mc, func(w io.Writer) error {
		if f.format == "csv" {
			return output.CSVDialect(w, res, f.dialect())
		}
		return output.WriteIn(w, res, f.format, f.termLang())
	})
}

// shardInput marks an error of replaying shards as bad input (exit 2, see
// runError) when a shard cannot be read or does not hold the rows it
// should (a *draws.FileError: damaged data pages, say); other errors are
// returned as they are.
func shardInput(err error) error {
	var fe *draws.FileError
	if errors.As(err, &fe) {
		return invalidInput{err}
	}
	return err
}

// checkOutputFlags validates --format and --lang.
func checkOutputFlags(format, lang string) error {
	if !slices.Contains(output.Formats, format) {
		return fmt.Errorf("--format %q is not one of %s", format, strings.Join(output.Formats, ", "))
	}
	return checkLang(lang)
}
