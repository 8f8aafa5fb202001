package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vwnw/vwnw/internal/draws"
	"github.com/vwnw/vwnw/model"
)

// sensMerge replays the shards.
type sensMerge struct{ ss *draws.ShardSet }

func (m *sensMerge) results(ctx context.Context, cfg model.Config, inputs []model.Input) (*model.Results, error) {
	eng, err := model.NewEngine(cfg, inputs)
	if err != nil {
		return nil, err
	}
	if err := draws.CheckTemplate(m.ss.Meta().Results, eng.Template()); err != nil {
		return nil, invalidInput{err}
	}
	res, err := m.ss.Results(model.AccumulatorOptions{})
	return res, shardInput(err)
}

func (m *sensMerge) runner() func(context.Context, int, model.Config, []model.Input, func(*model.Iteration) error) error {
	return func(_ context.Context, run int, cfg model.Config, inputs []model.Input, fn func(*model.Iteration) error) error {
		return shardInput(m.ss.Replay(run+1, cfg.Iterations, len(inputs), func(it *model.Iteration, _ [][]float64) error { return fn(it) }))
	}
}

func (m *sensMerge) finish(*cobra.Command) (bool, error) {
	return false, runError(shardInput(m.ss.Done()))
}
func (m *sensMerge) close() {}

// mergeSensitivity sets up the sensitivity command the shards recorded,
// with the output flags of vwnw merge (mc), and runs it on the shards.
func mergeSensitivity(mc *cobra.Command, ss *draws.ShardSet) error {
	spec, err := specIn(ss)
	if err != nil {
		return err
	}
	sc, f, sf := sensitivityCmd()
	if err := applySpec(sc, spec, mc); err != nil {
		return err
	}
	sf.merge = &sensMerge{ss: ss}
	return runSensitivity(mc, f, sf, spec.Args)
}

// specIn is the command line the shards recorded.
func specIn(ss *draws.ShardSet) (sensSpec, error) {
	var spec sensSpec
	if err := json.Unmarshal(ss.Meta().Spec, &spec); err != nil {
		return spec, fmt.Errorf("the shards' command line: %w", err)
	}
	return spec, nil
}

// applySpec sets the flags of sub, a command of vwnw, to those the shards
// recorded and the output flags given to the merge mc, as if the whole run
// had been asked for on one machine with the merge's output flags. sub is
// put under a root named vwnw, so that its command line reads as one.
func applySpec(sub *cobra.Command, spec sensSpec, mc *cobra.Command) error {
	(&cobra.Command{Use: "vwnw"}).AddCommand(sub)
	fs := sub.Flags()
	for _, fl := range spec.Flags {
		if err := fs.Set(fl[0], fl[1]); err != nil {
			return fmt.Errorf("the shards' flag --%s %s: %w", fl[0], fl[1], err)
		}
	}
	var err error
	mc.Flags().Visit(func(fl *pflag.Flag) {
		if outputFlags[fl.Name] && fs.Lookup(fl.Name) != nil && err == nil {
			err = fs.Set(fl.Name, fl.Value.String())
		}
	})
	return err
}
