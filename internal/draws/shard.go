package draws

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/internal/safeio"
	"github.com/vwnw/vwnw/model"
)

// ParseShard parses "K/N", shard K of N with 1 ≤ K ≤ N.
func ParseShard(s string) (k, n int, err error) {
	a, b, ok := strings.Cut(s, "/")
	k, err1 := strconv.Atoi(strings.TrimSpace(a))
	n, err2 := strconv.Atoi(strings.TrimSpace(b))
	if !ok || err1 != nil || err2 != nil || n < 1 || k < 1 || k > n {
		return 0, 0, fmt.Errorf("--shard %q: want K/N, shard K of N with 1 ≤ K ≤ N, e.g. 2/8", s)
	}
	return k, n, nil
}

// Range returns the iterations [first, end) that shard k of n simulates of
// a run of total iterations: contiguous, in order, together all of them,
// and as equal in number as can be.
func Range(k, n, total int) (first, end int) {
	return (k - 1) * total / n, k * total / n
}

// FileName is the name of shard k of n in its folder.
func FileName(k, n int) string { return fmt.Sprintf("shard-%d-of-%d.parquet", k, n) }

// ShardSet is the shards of one run, checked to be all of them, once each,
// of the same run, and ordered by K.
type ShardSet struct {
	readers []*Reader
	meta    Meta // of shard 1
}

// OpenShards opens shard files and checks them: each a shard file of vwnw,
// all of one run (command, seed, iterations, horizon, version, scenarios
// and their sha256, number of shards, analysis), every shard 1 … N there
// once. The error names every problem and the files concerned.
func OpenShards(paths []string) (*ShardSet, error) {
	if len(paths) == 0 {
		return nil, errors.New("no shard files given")
	}
	readers, err := openAll(paths)
	if err != nil {
		return nil, err
	}
	closeAll := func() {
		for _, r := range readers {
			r.Close()
		}
	}
	var problems []string
	for _, r := range readers[1:] {
		problems = append(problems, sameRun(readers[0], r)...)
	}
	if len(problems) > 0 {
		closeAll()
		return nil, fmt.Errorf("shards of different runs:\n%s", strings.Join(problems, "\n"))
	}
	byK, problems := byShard(readers)
	if len(problems) > 0 {
		closeAll()
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	return &ShardSet{readers: byK, meta: *byK[0].meta}, nil
}

// openAll opens every file, each of which must be a shard file.
func openAll(paths []string) ([]*Reader, error) {
	var problems []string
	var readers []*Reader
	for _, p := range paths {
		r, err := Open(p)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		if m := r.Meta(); m == nil || m.Shards < 1 || !m.Layout.Shard || m.Results == nil {
			problems = append(problems, fmt.Sprintf("%s: not a shard file of vwnw (one that --shard K/N writes)", p))
			r.Close()
			continue
		}
		readers = append(readers, r)
	}
	if len(problems) > 0 {
		for _, r := range readers {
			r.Close()
		}
		return nil, errors.New(strings.Join(problems, "\n"))
	}
	return readers, nil
}

// byShard orders the readers of a run by K and lists what is wrong: a
// shard twice, one missing, one that does not exist or does not hold the
// iterations of its K.
func byShard(readers []*Reader) ([]*Reader, []string) {
	N := readers[0].meta.Shards
	byK := make([]*Reader, N)
	var problems []string
	for _, r := range readers {
		k := r.meta.Shard
		switch {
		case k < 1 || k > N:
			problems = append(problems, fmt.Sprintf("%s: shard %d of %d does not exist", r.name, k, N))
		case byK[k-1] != nil:
			problems = append(problems, fmt.Sprintf("shard %d of %d twice: %s and %s", k, N, byK[k-1].name, r.name))
		default:
			byK[k-1] = r
			if first, end := Range(k, N, r.meta.Results.Run.Iterations); r.meta.First != first || r.meta.End != end {
				problems = append(problems, fmt.Sprintf("%s: iterations %d to %d, but shard %d of %d has %d to %d", r.name, r.meta.First, r.meta.End-1, k, N, first, end-1))
			}
		}
	}
	for k := 1; k <= N; k++ {
		if byK[k-1] == nil {
			problems = append(problems, fmt.Sprintf("shard %d of %d missing (%s)", k, N, FileName(k, N)))
		}
	}
	return byK, problems
}

// sameRun lists how r's run differs from ref's.
func sameRun(ref, r *Reader) []string {
	a, b := ref.meta, r.meta
	var out []string
	differ := func(what string, x, y any) {
		out = append(out, fmt.Sprintf("%s: %s %v, but %v in %s", r.name, what, y, x, ref.name))
	}
	ra, rb := a.Results, b.Results
	if a.Command != b.Command {
		differ("command", a.Command, b.Command)
	}
	if a.Shards != b.Shards {
		differ("number of shards", a.Shards, b.Shards)
	}
	if ra.Run.Seed != rb.Run.Seed {
		differ("seed", ra.Run.Seed, rb.Run.Seed)
	}
	if ra.Run.Iterations != rb.Run.Iterations {
		differ("iterations", ra.Run.Iterations, rb.Run.Iterations)
	}
	if ra.Run.HorizonMonths != rb.Run.HorizonMonths {
		differ("horizon", ra.Run.HorizonMonths, rb.Run.HorizonMonths)
	}
	if ra.Version != rb.Version {
		differ("version", ra.Version, rb.Version)
	}
	names := func(r *model.Results) []string {
		var n []string
		for _, s := range r.Scenarios {
			n = append(n, s.Name)
		}
		return n
	}
	if na, nb := names(ra), names(rb); !slices.Equal(na, nb) {
		differ("scenarios", na, nb)
	} else {
		for i := range ra.Scenarios {
			if x, y := ra.Scenarios[i].SHA256, rb.Scenarios[i].SHA256; x != y {
				differ("scenario "+na[i]+" sha256", x, y)
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	// Anything else: the rest of the run's settings, the layout, the analysis.
	if x, y := untimed(ra), untimed(rb); !bytes.Equal(x, y) {
		out = append(out, fmt.Sprintf("%s: run settings differ from %s's: %s", r.name, ref.name, firstDiff(x, y)))
	}
	if x, y := fmt.Sprint(a.Layout), fmt.Sprint(b.Layout); x != y {
		differ("columns", x, y)
	}
	if !bytes.Equal(a.Spec, b.Spec) {
		differ("command line", string(a.Spec), string(b.Spec))
	}
	return out
}

// untimed is the JSON of a template without the fields that differ
// between machines running the same run.
func untimed(r *model.Results) []byte {
	c := *r
	c.Run.Workers, c.Run.ElapsedSeconds = 0, 0
	b, _ := json.Marshal(&c)
	return b
}

// firstDiff shows where two JSON texts first differ.
func firstDiff(x, y []byte) string {
	i := 0
	for i < len(x) && i < len(y) && x[i] == y[i] {
		i++
	}
	from := max(0, i-40)
	return fmt.Sprintf("…%s… against …%s…", x[from:min(len(x), i+40)], y[from:min(len(y), i+40)])
}

// Meta returns the metadata of shard 1; the others agree with it.
func (ss *ShardSet) Meta() Meta { return ss.meta }

// Replay calls fn with every iteration of run number run of the shards,
// in order: the n iterations of the run (shard k holding Range(k, N, n)),
// each with the first m scenarios of the layout, and their parameters'
// draws (params[s][j] of Layout.Params[j]). Both are reused after fn
// returns. A shard that cannot be read or does not hold those rows gives
// a *FileError; fn's errors are returned as they are.
func (ss *ShardSet) Replay(run, n, m int, fn func(it *model.Iteration, params [][]float64) error) error {
	N := ss.meta.Shards
	names := ss.meta.Layout.Scenarios
	if m < 1 || m > len(names) {
		return fmt.Errorf("replay: %d scenarios of %d", m, len(names))
	}
	it := &model.Iteration{Scenarios: make([]model.ScenarioIteration, m)}
	params := make([][]float64, m)
	for s := range params {
		params[s] = make([]float64, len(ss.meta.Layout.Params))
	}
	for k, r := range ss.readers {
		first, end := Range(k+1, N, n)
		for i := first; i < end; i++ {
			it.Index = i
			for s := range m {
				row, err := r.ReadRow(&it.Scenarios[s], params[s])
				if errors.Is(err, io.EOF) {
					return r.bad(fmt.Errorf("ends before iteration %d of run %d", i, run))
				}
				if err != nil {
					return err
				}
				if row.Run != run || row.Iteration != i || row.Scenario != names[s] {
					return r.bad(fmt.Errorf("row of run %d, iteration %d, scenario %s where run %d, iteration %d, scenario %s was due",
						row.Run, row.Iteration, safeio.Quote(row.Scenario), run, i, names[s]))
				}
			}
			if err := fn(it, params); err != nil {
				return err
			}
		}
	}
	return nil
}

// Done checks that every shard has been read to its end (a *FileError
// when not).
func (ss *ShardSet) Done() error {
	var si model.ScenarioIteration
	params := make([]float64, len(ss.meta.Layout.Params))
	for _, r := range ss.readers {
		row, err := r.ReadRow(&si, params)
		if err == nil {
			return r.bad(fmt.Errorf("more rows than its run has (run %d, iteration %d)", row.Run, row.Iteration))
		}
		if !errors.Is(err, io.EOF) {
			return err
		}
	}
	return nil
}

// Results replays the shards of a compare or run into a model.Accumulator
// and returns what the run on one machine gives: the same bytes but for
// Run.Workers (shard 1's) and Run.ElapsedSeconds (the shards' sum). Each
// fn in also is called with every iteration before it is summarised (to
// write a draws file, say).
func (ss *ShardSet) Results(opt model.AccumulatorOptions, also ...func(it *model.Iteration, params [][]float64) error) (*model.Results, error) {
	tmpl := ss.meta.Results
	acc, err := model.NewAccumulator(tmpl, opt)
	if err != nil {
		return nil, err
	}
	defer acc.Close()
	add := func(it *model.Iteration, params [][]float64) error {
		for _, fn := range also {
			if err := fn(it, params); err != nil {
				return err
			}
		}
		return acc.Add(it)
	}
	if err := ss.Replay(0, tmpl.Run.Iterations, len(tmpl.Scenarios), add); err != nil {
		return nil, err
	}
	if !ss.meta.Layout.Runs {
		// A file of several runs goes on after the first; Done is the
		// caller's once it has replayed them all.
		if err := ss.Done(); err != nil {
			return nil, err
		}
	}
	res, err := acc.Results()
	if err != nil {
		return nil, err
	}
	elapsed := 0.0
	for _, r := range ss.readers {
		elapsed += r.meta.ElapsedSeconds
	}
	res.Run.ElapsedSeconds = math.Round(elapsed*1000) / 1000
	return res, nil
}

// Close closes the files.
func (ss *ShardSet) Close() error {
	var err error
	for _, r := range ss.readers {
		if cerr := r.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// CheckTemplate reports how got, the template of a run set up on this
// machine, differs from want, the shards' (Workers and ElapsedSeconds
// apart); nil when it does not.
func CheckTemplate(want, got *model.Results) error {
	if x, y := untimed(want), untimed(got); !bytes.Equal(x, y) {
		return fmt.Errorf("the run set up here differs from the shards' run: %s", firstDiff(x, y))
	}
	return nil
}
