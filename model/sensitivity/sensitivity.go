package sensitivity

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/dist"
	"gonum.org/v1/gonum/stat"
)

// Sensitivity analyses (docs/sensitivity.md) drive the engine through
// Config.Uniform: a parameter is fixed by fixing the uniform its quantile is
// taken at. Every run of an analysis uses the same seed, so iteration i of
// every run meets the same persons and the same events (common random
// numbers) and differences between runs are those of the parameters.

// Param is an uncertain parameter of a sensitivity analysis: its dotted
// key and its distribution (for the values reported at its quantiles).
type Param struct {
	Key  string
	Dist dist.Dist
}

// Group is a set of parameters that a Sobol or EVPPI analysis varies
// together, under one name.
type Group struct {
	Name string
	Keys []string
}

// Analysis runs sensitivity analyses of the scenarios Inputs[1:] against the
// baseline Inputs[0].
type Analysis struct {
	// Config sets seed, iterations (samples), horizon, cohort size and
	// workers; its Uniform is replaced by each analysis.
	Config model.Config
	Inputs []model.Input
	// Params are the uncertain parameters analysed. Parameters not named
	// here stay at their median.
	Params []Param
	// Progress, when set, is called from one goroutine after every
	// iteration with the iterations done and the total the analysis
	// expects.
	Progress func(done, total int)
	// Runner, when set, replaces the engine in every run of the engine the
	// analysis makes (to spread them over machines, or to replay them from
	// shard files): it gets the run's number (0, 1, … in the order the
	// analysis makes them), its configuration and inputs, and must call fn
	// with each of the cfg.Iterations iterations, in order.
	Runner func(ctx context.Context, run int, cfg model.Config, inputs []model.Input, fn func(*model.Iteration) error) error

	done, total int
	runs        int
}

// uMedian is the uniform of a parameter at its median.
const uMedian = 0.5

// start resets the progress counters for an analysis of total iterations.
func (a *Analysis) start(total int) {
	a.done, a.total = 0, total
	a.report()
}

func (a *Analysis) report() {
	if a.Progress != nil {
		a.Progress(a.done, max(a.total, a.done))
	}
}

// each runs n iterations of inputs with the uniforms u and calls fn for
// each, in iteration order.
func (a *Analysis) each(ctx context.Context, inputs []model.Input, n int, u func(i int, name string) float64, fn func(*model.Iteration)) error {
	cfg := a.Config
	cfg.Iterations = n
	cfg.Uniform = u
	count := func(it *model.Iteration) error {
		fn(it)
		a.done++
		a.report()
		return nil
	}
	a.runs++
	if a.Runner != nil {
		return a.Runner(ctx, a.runs-1, cfg, inputs, count)
	}
	eng, err := model.NewEngine(cfg, inputs)
	if err != nil {
		return err
	}
	return eng.Each(ctx, count)
}

// npvs returns the NPV of every stakeholder of scenario 1 against the
// baseline in each of Config.Iterations iterations drawn with u:
// out[k][i] for stakeholder k and iteration i.
func (a *Analysis) npvs(ctx context.Context, inputs []model.Input, u func(i int, name string) float64) ([model.NumStakeholders][]float64, error) {
	var vals [model.NumStakeholders][]float64
	n := a.Config.Iterations
	for k := range vals {
		vals[k] = make([]float64, 0, n)
	}
	err := a.each(ctx, inputs, n, u, func(it *model.Iteration) {
		for k := range model.NumStakeholders {
			vals[k] = append(vals[k], it.Scenarios[1].NPV[k])
		}
	})
	return vals, err
}

// meanNPV returns the mean NPV of every stakeholder of scenario 1 against
// the baseline over Config.Iterations iterations drawn with u.
func (a *Analysis) meanNPV(ctx context.Context, inputs []model.Input, u func(i int, name string) float64) (model.ByStakeholder[float64], error) {
	var out model.ByStakeholder[float64]
	vals, err := a.npvs(ctx, inputs, u)
	if err != nil {
		return out, err
	}
	for k := range model.NumStakeholders {
		*out.At(model.Stakeholder(k)) = stat.Mean(vals[k], nil)
	}
	return out, nil
}

func (a *Analysis) check(minInputs int) error {
	switch {
	case len(a.Inputs) < minInputs:
		return fmt.Errorf("sensitivity needs a baseline and %d scenario(s), got %d input(s)", minInputs-1, len(a.Inputs))
	case a.Config.Iterations < 1:
		return fmt.Errorf("iterations must be at least 1, got %d", a.Config.Iterations)
	}
	seen := map[string]bool{}
	for _, p := range a.Params {
		if seen[p.Key] {
			return fmt.Errorf("parameter %s is named twice", p.Key)
		}
		seen[p.Key] = true
	}
	return nil
}

// NoiseSEs is the number of standard errors within which a tornado swing
// is not distinguishable from Monte-Carlo noise.
const NoiseSEs = 2

// Tornado runs the one-way analysis: every parameter at its p10 and its p90
// while every other uncertain parameter stays at its median, each run with
// Config.Iterations iterations (at least 2) of the same persons and events.
// Each swing has its Monte-Carlo standard error, from the per-iteration
// differences between the two ends. The bars are sorted by their swing in
// the societal NPV, largest first.
func (a *Analysis) Tornado(ctx context.Context) ([]model.TornadoBar, error) {
	if err := a.check(2); err != nil {
		return nil, err
	}
	if len(a.Params) == 0 {
		return nil, errors.New("tornado: no uncertain parameters to vary")
	}
	n := a.Config.Iterations
	if n < 2 {
		return nil, fmt.Errorf("tornado needs at least 2 iterations to estimate the standard error of a swing, got %d", n)
	}
	inputs := a.Inputs[:2]
	a.start((1 + 2*len(a.Params)) * n)
	base, err := a.meanNPV(ctx, inputs, func(int, string) float64 { return uMedian })
	if err != nil {
		return nil, fmt.Errorf("tornado at the medians: %w", err)
	}
	bars := make([]model.TornadoBar, 0, len(a.Params))
	diff := make([]float64, n)
	for _, p := range a.Params {
		at := func(q float64) func(int, string) float64 {
			return func(_ int, name string) float64 {
				if name == p.Key {
					return q
				}
				return uMedian
			}
		}
		lo, err := a.npvs(ctx, inputs, at(0.1))
		if err != nil {
			return nil, fmt.Errorf("tornado, %s at p10: %w", p.Key, err)
		}
		hi, err := a.npvs(ctx, inputs, at(0.9))
		if err != nil {
			return nil, fmt.Errorf("tornado, %s at p90: %w", p.Key, err)
		}
		b := model.TornadoBar{Param: p.Key, Low: p.Dist.Quantile(0.1), High: p.Dist.Quantile(0.9), Base: base}
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			for i := range n {
				diff[i] = hi[k][i] - lo[k][i]
			}
			*b.AtLow.At(st) = stat.Mean(lo[k], nil)
			*b.AtHi.At(st) = stat.Mean(hi[k], nil)
			se := stat.StdDev(diff, nil) / math.Sqrt(float64(n))
			*b.SwingSE.At(st) = se
			*b.Noise.At(st) = se > 0 && b.Swing(st) <= NoiseSEs*se
		}
		bars = append(bars, b)
	}
	SortTornado(bars, model.Society)
	return bars, nil
}

// SortTornado sorts bars by their swing for stakeholder st, largest first,
// ties by key.
func SortTornado(bars []model.TornadoBar, st model.Stakeholder) {
	slices.SortStableFunc(bars, func(x, y model.TornadoBar) int {
		return cmp.Or(-cmp.Compare(x.Swing(st), y.Swing(st)), strings.Compare(x.Param, y.Param))
	})
}

// TornadoOrder lists, per stakeholder, the parameters of bars sorted by
// their swing in that stakeholder's NPV, largest first.
func TornadoOrder(bars []model.TornadoBar) model.ByStakeholder[[]string] {
	var out model.ByStakeholder[[]string]
	sorted := slices.Clone(bars)
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		SortTornado(sorted, st)
		keys := make([]string, len(sorted))
		for i := range sorted {
			keys[i] = sorted[i].Param
		}
		*out.At(st) = keys
	}
	return out
}

// groupsOf resolves groups against the parameters: every parameter not in a
// group becomes a group of its own, in the order of params, a group taking
// the place of its first member.
func groupsOf(params []Param, groups []Group) ([]Group, error) {
	known := map[string]bool{}
	for _, p := range params {
		known[p.Key] = true
	}
	in := map[string]int{}
	named := map[string]bool{}
	for g, grp := range groups {
		if grp.Name == "" || len(grp.Keys) == 0 {
			return nil, fmt.Errorf("group %d needs a name and at least one key", g+1)
		}
		if named[grp.Name] {
			return nil, fmt.Errorf("group name %s is used twice; give every group its own name", grp.Name)
		}
		if known[grp.Name] {
			return nil, fmt.Errorf("group name %s is the key of a parameter; name the group differently", grp.Name)
		}
		named[grp.Name] = true
		for _, k := range grp.Keys {
			if !known[k] {
				return nil, fmt.Errorf("group %s: %s is not one of the uncertain parameters analysed", grp.Name, k)
			}
			if h, ok := in[k]; ok {
				return nil, fmt.Errorf("%s is in two groups, %s and %s", k, groups[h].Name, grp.Name)
			}
			in[k] = g
		}
	}
	var out []Group
	emitted := map[int]bool{}
	for _, p := range params {
		g, ok := in[p.Key]
		switch {
		case !ok:
			out = append(out, Group{Name: p.Key, Keys: []string{p.Key}})
		case !emitted[g]:
			emitted[g] = true
			out = append(out, groups[g])
		}
	}
	return out, nil
}

// Groups resolves groups against Params as Sobol and EVPI do: a parameter
// in no group is a group of its own. It fails when a group names a key not
// in Params, a key is in two groups, two groups have the same name, or a
// group's name is the key of a parameter.
func (a *Analysis) Groups(groups []Group) ([]Group, error) {
	return groupsOf(a.Params, groups)
}
