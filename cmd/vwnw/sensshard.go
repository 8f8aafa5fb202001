package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/vwnw/vwnw/internal/draws"
	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// A sensSource is where the runs of the engine of `vwnw sensitivity` come
// from: the engine (sensEngine), the engine for one shard of the iterations
// of every run (sensShard, --shard K/N), or the shard files (sensMerge,
// vwnw merge). The analysis makes the same runs in the same order whichever
// it is, so a merge gives the bytes of the run on one machine.
type sensSource interface {
	// results runs the comparison that comes with the analysis (run 0).
	results(ctx context.Context, cfg model.Config, inputs []model.Input) (*model.Results, error)
	// runner runs the analysis's runs (1, 2, …).
	runner() func(ctx context.Context, run int, cfg model.Config, inputs []model.Input, fn func(*model.Iteration) error) error
	// finish ends the source after the analysis; stop means that there are
	// no results to write (a shard).
	finish(cmd *cobra.Command) (stop bool, err error)
	close()
}

// sensEngine is the engine: the plan's own.
type sensEngine struct{}

func (sensEngine) results(ctx context.Context, cfg model.Config, inputs []model.Input) (*model.Results, error) {
	eng, err := model.NewEngine(cfg, inputs)
	if err != nil {
		return nil, err
	}
	return eng.Run(ctx)
}

func (sensEngine) runner() func(context.Context, int, model.Config, []model.Input, func(*model.Iteration) error) error {
	return nil
}
func (sensEngine) finish(*cobra.Command) (bool, error) { return false, nil }
func (sensEngine) close()                              {}

// invalidInput marks an error of the input (exit 2) that comes back from a
// run of the engine; runError tells it apart.
type invalidInput struct{ error }

func (e invalidInput) Unwrap() error { return e.error }

// runError is the exit status of an error from a run: bad input (exit 2)
// when marked so, a failure while running (exit 1) otherwise.
func runError(err error) error {
	var bad invalidInput
	if errors.As(err, &bad) {
		return bad.error
	}
	return fail(err)
}

// sensSpec is what a shard records of its command line, so that vwnw
// merge can set up the same analysis and write the command line of the
// whole run: the arguments and every flag given, but those of the shard,
// the output and --workers.
type sensSpec struct {
	Args  []string    `json:"args"`
	Flags [][2]string `json:"flags"`
}

// outputFlags are vwnw merge's own: a merge takes them from its command
// line, not from the shards'.
var outputFlags = map[string]bool{"out": true, "format": true, "json": true, "lang": true, "draws": true, "csv-dialect": true}

// notRecorded are the flags a shard does not record: the output's, and
// those that differ between the shards of one run.
func notRecorded(name string) bool { return outputFlags[name] || name == "shard" || name == "workers" }

func specOf(cmd *cobra.Command, args []string) sensSpec {
	spec := sensSpec{Args: args}
	cmd.Flags().Visit(func(fl *pflag.Flag) {
		if notRecorded(fl.Name) {
			return
		}
		vals := []string{fl.Value.String()}
		if sv, ok := fl.Value.(pflag.SliceValue); ok {
			vals = sv.GetSlice()
		}
		for _, v := range vals {
			spec.Flags = append(spec.Flags, [2]string{fl.Name, v})
		}
	})
	return spec
}

// sensShard simulates shard K of N of every run and writes it.
type sensShard struct {
	k, n   int
	dir    string
	spec   sensSpec
	w      *draws.Writer
	meta   *draws.Meta
	path   string
	start  time.Time
	method string
}

func (s *sensShard) results(ctx context.Context, cfg model.Config, inputs []model.Input) (*model.Results, error) {
	if cfg.Iterations < s.n {
		return nil, invalidInput{fmt.Errorf("--shard %d/%d: %d shards of %s; give every shard at least one iteration", s.k, s.n, s.n, i18n.Count(cfg.Iterations, i18n.Iterations, "en"))}
	}
	cfg.Start, cfg.End = draws.Range(s.k, s.n, cfg.Iterations)
	eng, err := model.NewEngine(cfg, inputs)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return nil, invalidInput{fmt.Errorf("--out %s: %w", s.dir, err)}
	}
	tmpl := eng.Template()
	spec, err := json.Marshal(s.spec)
	if err != nil {
		return nil, err
	}
	s.meta = &draws.Meta{
		Command: "sensitivity", Shard: s.k, Shards: s.n, First: cfg.Start, End: cfg.End,
		Results: tmpl, Spec: spec,
	}
	names := make([]string, len(inputs))
	for i, in := range inputs {
		names[i] = in.Name
	}
	s.path = filepath.Join(s.dir, draws.FileName(s.k, s.n))
	s.w, err = draws.Create(s.path, draws.Layout{Scenarios: names, Horizon: cfg.Horizon, Shard: true, Runs: true}, s.meta)
	if err != nil {
		return nil, invalidInput{err}
	}
	s.start = time.Now()
	res := *tmpl // nothing to summarise on a shard: what the analysis reads
	res.Scenarios = append([]model.ScenarioResult(nil), tmpl.Scenarios...)
	err = eng.Each(ctx, func(it *model.Iteration) error {
		for i := range it.Scenarios {
			res.Scenarios[i].CohortSize = it.Scenarios[i].CohortSize
		}
		return s.w.WriteRun(0, it, nil)
	})
	return &res, err
}

// runner simulates the shard's iterations of each run and writes them;
// the analysis gets empty iterations in place of the others, and its
// results are not used.
func (s *sensShard) runner() func(context.Context, int, model.Config, []model.Input, func(*model.Iteration) error) error {
	return func(ctx context.Context, run int, cfg model.Config, inputs []model.Input, fn func(*model.Iteration) error) error {
		n := cfg.Iterations
		first, end := draws.Range(s.k, s.n, n)
		empty := &model.Iteration{Scenarios: make([]model.ScenarioIteration, len(inputs))}
		for i := range empty.Scenarios {
			empty.Scenarios[i].CohortSize = 1
		}
		pad := func(from, to int) error {
			for i := from; i < to; i++ {
				empty.Index = i
				if err := fn(empty); err != nil {
					return err
				}
			}
			return nil
		}
		if err := pad(0, first); err != nil {
			return err
		}
		if first < end {
			cfg.Start, cfg.End = first, end
			eng, err := model.NewEngine(cfg, inputs)
			if err != nil {
				return err
			}
			err = eng.Each(ctx, func(it *model.Iteration) error {
				if err := s.w.WriteBrief(run+1, it); err != nil {
					return err
				}
				return fn(it)
			})
			if err != nil {
				return err
			}
		}
		return pad(end, n)
	}
}

func (s *sensShard) finish(cmd *cobra.Command) (bool, error) {
	s.meta.ElapsedSeconds = time.Since(s.start).Seconds()
	if err := s.w.Close(); err != nil {
		return true, fail(err)
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "vwnw: sensitivity %s, shard %d of %d written to %s\n", s.method, s.k, s.n, s.path)
	return true, nil
}

func (s *sensShard) close() {
	if s.w != nil {
		s.w.Abort()
	}
}

// sensSource returns the source of a sensitivity command's runs.
func (sf *scaleFlags) sensSource(cmd *cobra.Command, f *flags, method string, args []string) (sensSource, error) {
	if sf.merge != nil {
		return sf.merge, nil
	}
	if sf.shard == "" {
		return sensEngine{}, nil
	}
	k, n, err := draws.ParseShard(sf.shard)
	if err != nil {
		return nil, err
	}
	switch {
	case method == "breakeven":
		return nil, errors.New("--shard is for --method tornado, sobol or evpi: breakeven chooses each run from the last")
	case f.out == "":
		return nil, fmt.Errorf("--shard %s needs --out DIR, the folder its file %s goes into", sf.shard, draws.FileName(k, n))
	}
	return &sensShard{k: k, n: n, dir: f.out, spec: specOf(cmd, args), method: method}, nil
}
