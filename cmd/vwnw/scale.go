package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/internal/draws"
	"github.com/vwnw/vwnw/internal/output"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// scaleFlags are --draws and --shard of compare and run, and --shard of
// sensitivity.
type scaleFlags struct {
	draws string
	shard string
	k, n  int
	// merge, when set, replays shards instead of running the engine
	// (vwnw merge of a sensitivity analysis).
	merge sensSource
}

// register registers --draws and --shard (compare and run).
func (sf *scaleFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&sf.draws, "draws", "", "write every iteration's parameter draws, NPVs and outcomes, one row per iteration × scenario, to FILE (.parquet or .csv)")
	sf.registerShard(cmd, "simulate only shard K of N (K/N, 1 ≤ K ≤ N) of the iterations and write it to --out DIR for vwnw merge")
}

// registerShard registers --shard alone, with its usage text.
func (sf *scaleFlags) registerShard(cmd *cobra.Command, usage string) {
	cmd.Flags().StringVar(&sf.shard, "shard", "", usage)
}

// check validates the flags against the run's.
func (sf *scaleFlags) check(f *flags) error {
	if sf.draws != "" {
		if _, err := draws.Ext(sf.draws); err != nil {
			return fmt.Errorf("--draws %w", err)
		}
	}
	if sf.shard == "" {
		return nil
	}
	var err error
	if sf.k, sf.n, err = draws.ParseShard(sf.shard); err != nil {
		return err
	}
	switch {
	case f.out == "":
		return fmt.Errorf("--shard %s needs --out DIR, the folder its file %s goes into", sf.shard, draws.FileName(sf.k, sf.n))
	case sf.draws != "":
		return errors.New("--shard writes the draws into the shard file; give --draws FILE to vwnw merge instead")
	case sf.n > f.iterations:
		return fmt.Errorf("--shard %s: %d shards of %d iterations; give every shard at least one iteration", sf.shard, sf.n, f.iterations)
	}
	return nil
}

// paramsOf returns the draws of the uncertain parameters of list: the
// union of their keys, sorted.
func paramsOf(seed uint64, list []*scenarios.Scenario) *draws.Params {
	var keys []string
	value := make([]map[string]func(float64) float64, len(list))
	for s, sc := range list {
		value[s] = map[string]func(float64) float64{}
		for _, q := range sc.Uncertain() {
			value[s][q.Key] = q.Value
			keys = append(keys, q.Key)
		}
	}
	slices.Sort(keys)
	return draws.NewParams(seed, slices.Compact(keys), value)
}

func scenarioNames(list []*scenarios.Scenario) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = s.Name
	}
	return out
}

// openDraws creates the --draws file of a run; the returned function
// writes an iteration into it.
func openDraws(path string, cfg model.Config, list []*scenarios.Scenario) (*draws.Writer, func(*model.Iteration) error, error) {
	p := paramsOf(cfg.Seed, list)
	w, err := draws.Create(path, draws.Layout{Scenarios: scenarioNames(list), Params: p.Keys, Horizon: cfg.Horizon}, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("--draws %w", err)
	}
	return w, func(it *model.Iteration) error { return w.Write(it, p.At(it.Index)) }, nil
}

// runShard simulates shard K of N of the run and writes it into --out.
func runShard(cmd *cobra.Command, f *flags, cfg model.Config, sf *scaleFlags, names []string, list []*scenarios.Scenario, inputs []model.Input) error {
	dir := f.out
	cfg.Start, cfg.End = draws.Range(sf.k, sf.n, cfg.Iterations)
	eng, err := model.NewEngine(cfg, inputs)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--out %s: %w", dir, err)
	}
	path := filepath.Join(dir, draws.FileName(sf.k, sf.n))
	p := paramsOf(cfg.Seed, list)
	// The run's provenance but its command line, which vwnw merge writes
	// for the whole run from the shards' Spec.
	tmpl := eng.Template()
	recordRun(tmpl, f, names, list)
	tmpl.Run.Command = ""
	spec, err := json.Marshal(specOf(cmd, names))
	if err != nil {
		return fail(err)
	}
	meta := &draws.Meta{
		Command: cmd.Name(), Shard: sf.k, Shards: sf.n, First: cfg.Start, End: cfg.End,
		Results: tmpl, Spec: spec,
	}
	w, err := draws.Create(path, draws.Layout{Scenarios: scenarioNames(list), Params: p.Keys, Horizon: cfg.Horizon, Shard: true}, meta)
	if err != nil {
		return err
	}
	defer w.Abort()
	start := time.Now()
	err = eng.Each(cmd.Context(), func(it *model.Iteration) error {
		if err := w.Write(it, p.At(it.Index)); err != nil {
			return err
		}
		if cfg.Progress != nil {
			cfg.Progress(it.Index+1-cfg.Start, cfg.End-cfg.Start)
		}
		return nil
	})
	if err != nil {
		return fail(err)
	}
	meta.ElapsedSeconds = time.Since(start).Seconds()
	if err := w.Close(); err != nil {
		return fail(err)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "vwnw: shard %d of %d (iterations %d to %d of %d) written to %s\n",
		sf.k, sf.n, cfg.Start, cfg.End-1, cfg.Iterations, path)
	return nil
}

// share is the part of the run's work that this command simulates: 1/N
// of it for a shard, none for a merge.
func (sf *scaleFlags) share() float64 {
	switch {
	case sf.merge != nil:
		return 0
	case sf.shard == "":
		return 1
	}
	if _, n, err := draws.ParseShard(sf.shard); err == nil {
		return 1 / float64(n)
	}
	return 1
}

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
				format = "json"
			}
			if err := checkOutputFlags(format, lang); err != nil {
				return err
			}
			if drawsPath != "" {
				if _, err := draws.Ext(drawsPath); err != nil {
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
				return fail(err)
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

// checkOutputFlags validates --format and --lang.
func checkOutputFlags(format, lang string) error {
	if !slices.Contains(output.Formats, format) {
		return fmt.Errorf("--format %q is not one of %s", format, strings.Join(output.Formats, ", "))
	}
	return checkLang(lang)
}

// runEngine runs the scenarios on one machine, writing --draws when given.
func runEngine(cmd *cobra.Command, cfg model.Config, sf *scaleFlags, list []*scenarios.Scenario, inputs []model.Input) (*model.Results, error) {
	eng, err := model.NewEngine(cfg, inputs)
	if err != nil {
		return nil, err
	}
	if sf.draws == "" {
		res, err := eng.Run(cmd.Context())
		return res, fail(err)
	}
	w, write, err := openDraws(sf.draws, cfg, list)
	if err != nil {
		return nil, err
	}
	defer w.Abort()
	res, err := eng.Run(cmd.Context(), write)
	if err == nil {
		err = w.Close()
	}
	return res, fail(err)
}
