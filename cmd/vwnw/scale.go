package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/internal/draws"
	"github.com/vwnw/vwnw/internal/i18n"
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
		if err := draws.CheckPath(sf.draws); err != nil {
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
		return fmt.Errorf("--shard %s: %d shards of %s; give every shard at least one iteration", sf.shard, sf.n, i18n.Count(f.iterations, i18n.Iterations, "en"))
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
