package sensitivity

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/vwnw/vwnw/model"
	"gonum.org/v1/gonum/stat"
)

// Variance-based (Sobol) sensitivity analysis with the sampling design of
// Saltelli et al. (2010): two independent matrices of uniforms A and B, and
// for every parameter group g the matrix AB_g that is A with g's columns
// taken from B. Each matrix is one run of the engine with Config.Iterations
// iterations, so row i of every matrix meets the same persons and events.
// The first-order index is Saltelli's (2010) estimator
//
//	S_g = mean(f(B)·(f(AB_g) − f(A))) / V,
//
// (with f(B) centred on the mean of f, which leaves the expectation as it
// is but the NPV's large mean out of the sampling error), the total index
// Jansen's (1999)
//
//	ST_g = mean((f(A) − f(AB_g))²) / 2V,
//
// with V the variance of f over A and B together.

// sobolBSalt separates the seed of matrix B from that of matrix A.
const sobolBSalt = 0x5ab0_1b_5eed

// sobolDesign gives the uniforms of the rows of matrices A and B. A's are
// the ordinary draws of the run, so run A is the probabilistic run itself.
type sobolDesign struct{ seed uint64 }

func (d sobolDesign) a(i int, key string) float64 {
	return model.ParamUniform(d.seed, i, model.HashName(key))
}
func (d sobolDesign) b(i int, key string) float64 {
	return model.ParamUniform(d.seed^sobolBSalt, i, model.HashName(key))
}

// sobolRows lays the outputs out row by row for sobolEstimate:
// rows[i*(G+2)] is fA[i], rows[i*(G+2)+1] fB[i] and rows[i*(G+2)+2+g]
// fAB[g][i], so that a bootstrap resample, which visits the rows in random
// order, reads each row from one place.
func sobolRows(fA, fB []float64, fAB [][]float64) []float64 {
	w := len(fAB) + 2
	rows := make([]float64, len(fA)*w)
	for i := range fA {
		row := rows[i*w : (i+1)*w]
		row[0], row[1] = fA[i], fB[i]
		for g, f := range fAB {
			row[2+g] = f[i]
		}
	}
	return rows
}

// sobolEstimate computes first- and total-order indices of every group and
// the first-order share of what A and B rows share (the stochastic part),
// from the outputs of rows idx, laid out by sobolRows for G groups. buf is
// scratch of length 2·len(idx), s1 and st of length G. ok is false when
// the output does not vary.
//
// The sums run over the rows in the order of idx, one row at a time for
// every group, so that each row's outputs are read once.
func sobolEstimate(rows []float64, G int, idx []int, buf, s1, st, first, total []float64) (stoch float64, ok bool) {
	n, w := len(idx), G+2
	for r, i := range idx {
		buf[r], buf[n+r] = rows[i*w], rows[i*w+1]
	}
	m, v := stat.MeanVariance(buf[:2*n], nil)
	if !(v > 0) || math.IsInf(v, 0) {
		for g := range G {
			first[g], total[g] = 0, 0
		}
		return 0, false
	}
	clear(s1)
	clear(st)
	var ab float64
	for _, i := range idx {
		row := rows[i*w : (i+1)*w]
		a, b := row[0], row[1]
		d := a - b
		ab += d * d
		bm := b - m
		// Of one length, so that the loop checks no bounds.
		fAB, s1, st := row[2:], s1[:G], st[:G]
		fAB, st = fAB[:len(s1)], st[:len(s1)]
		for g, fi := range fAB {
			s1[g] += bm * (fi - a)
			d := a - fi
			st[g] += d * d
		}
	}
	stoch = 1 - ab/(2*float64(n)*v)
	for g := range G {
		first[g] = s1[g] / (float64(n) * v)
		total[g] = st[g] / (2 * float64(n) * v)
	}
	return stoch, true
}

// sobolIntervals estimates the indices of one output with percentile
// bootstrap 95% intervals from reps resamples of the rows, drawn from a
// generator seeded with seed.
func sobolIntervals(fA, fB []float64, fAB [][]float64, reps int, seed uint64) (first, total []model.Interval, stoch model.Interval, ok bool) {
	n, G := len(fA), len(fAB)
	rows := sobolRows(fA, fB, fAB)
	buf := make([]float64, 2*n)
	f1, ft := make([]float64, G), make([]float64, G)
	s1, st := make([]float64, G), make([]float64, G)
	idx := make([]int, n)
	for r := range idx {
		idx[r] = r
	}
	s, ok := sobolEstimate(rows, G, idx, buf, s1, st, f1, ft)
	first, total = make([]model.Interval, G), make([]model.Interval, G)
	stoch = model.Interval{Est: s, Lo: s, Hi: s}
	for g := range G {
		first[g] = model.Interval{Est: f1[g], Lo: f1[g], Hi: f1[g]}
		total[g] = model.Interval{Est: ft[g], Lo: ft[g], Hi: ft[g]}
	}
	if !ok || reps < 2 {
		return first, total, stoch, ok
	}
	rng := rand.New(rand.NewPCG(seed, 0xb007))
	bf, bt := make([][]float64, G), make([][]float64, G)
	for g := range G {
		bf[g], bt[g] = make([]float64, 0, reps), make([]float64, 0, reps)
	}
	bs := make([]float64, 0, reps)
	for range reps {
		for r := range idx {
			idx[r] = rng.IntN(n)
		}
		s, ok := sobolEstimate(rows, G, idx, buf, s1, st, f1, ft)
		if !ok {
			continue // a resample without variance says nothing
		}
		bs = append(bs, s)
		for g := range G {
			bf[g] = append(bf[g], f1[g])
			bt[g] = append(bt[g], ft[g])
		}
	}
	if len(bs) < 2 {
		return first, total, stoch, ok
	}
	ci := func(iv *model.Interval, x []float64) {
		slices.Sort(x)
		iv.Lo = stat.Quantile(0.025, stat.LinInterp, x, nil)
		iv.Hi = stat.Quantile(0.975, stat.LinInterp, x, nil)
	}
	ci(&stoch, bs)
	for g := range G {
		ci(&first[g], bf[g])
		ci(&total[g], bt[g])
	}
	return first, total, stoch, ok
}

// SobolResult is what Analysis.Sobol finds.
type SobolResult struct {
	// Indices are per group (a parameter not in a group is a group of its
	// own), in the order of Analysis.Params.
	Indices []model.SobolIndex
	// Stochastic is the first-order share of the variance due to chance
	// within the cohort (persons and events) rather than the parameters.
	Stochastic model.ByStakeholder[model.Interval]
	// Notes are the caveats and warnings to print with the indices.
	Notes []Note
}

// WideInterval is the width of a 95% interval of a Sobol index beyond which
// Sobol warns that the sample is too small.
const WideInterval = 0.2

// MinBootstrap is the fewest bootstrap resamples Sobol accepts: fewer give
// 95% intervals whose ends are little more than single draws.
const MinBootstrap = 100

// Sobol estimates first- and total-order Sobol indices of every parameter
// (or group) on the NPV of every stakeholder, with Config.Iterations base
// samples, each the mean NPV of inner cohorts (inner ≥ 1) —
// Config.Iterations × inner × (groups + 2) iterations in all — and
// bootstrap 95% intervals from bootstrap resamples (at least
// MinBootstrap). Averaging cohorts shrinks the share of the variance that
// is chance within the cohort, and with it the interactions of the
// parameters with that chance in the total orders. Parameters not in
// Params stay at their median.
func (a *Analysis) Sobol(ctx context.Context, groups []Group, bootstrap, inner int) (*SobolResult, error) {
	if err := a.check(2); err != nil {
		return nil, err
	}
	if len(a.Params) == 0 {
		return nil, fmt.Errorf("sobol: no uncertain parameters to vary")
	}
	if bootstrap < MinBootstrap {
		return nil, fmt.Errorf("sobol needs at least %d bootstrap resamples for its 95%% intervals, got %d", MinBootstrap, bootstrap)
	}
	if inner < 1 {
		return nil, fmt.Errorf("sobol: cohorts per sample must be at least 1, got %d", inner)
	}
	grps, err := groupsOf(a.Params, groups)
	if err != nil {
		return nil, fmt.Errorf("sobol: %w", err)
	}
	n, G := a.Config.Iterations, len(grps)
	if n < 2 {
		return nil, fmt.Errorf("sobol needs at least 2 base samples, got %d", n)
	}
	if a.Config.Cache == nil || a.Runner == nil {
		b := *a
		if b.Config.Cache == nil {
			// The G + 2 matrices meet the same persons, and a scenario
			// whose parameters draw the same uniforms in two of them (the
			// baseline, when a group holds none of its parameters) is
			// simulated once.
			b.Config.Cache = &model.Cache{}
		}
		// The indices read the NPVs only; a Runner's runs may be written
		// out in full.
		b.Config.NPVOnly = b.Runner == nil
		a = &b
	}
	out, err := a.sobolRuns(ctx, grps, inner)
	if err != nil {
		return nil, err
	}
	res := &SobolResult{Indices: make([]model.SobolIndex, G)}
	for g, grp := range grps {
		res.Indices[g].Param = grp.Name
	}
	// The stakeholders' bootstraps are independent (each has its own
	// seed): spread over the workers.
	type interval struct {
		first, total []model.Interval
		stoch        model.Interval
		ok           bool
	}
	var ivs [model.NumStakeholders]interval
	parallel(a.Config.Workers, model.NumStakeholders, func(k int) {
		fAB := make([][]float64, G)
		for g := range G {
			fAB[g] = out[g+2][k]
		}
		iv := &ivs[k]
		iv.first, iv.total, iv.stoch, iv.ok = sobolIntervals(out[0][k], out[1][k], fAB, bootstrap, a.Config.Seed^uint64(k+1))
	})
	var flat []string
	wide := map[model.Stakeholder]float64{}
	negative := map[string][]string{}
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		first, total, stoch, ok := ivs[k].first, ivs[k].total, ivs[k].stoch, ivs[k].ok
		if !ok {
			flat = append(flat, st.Key())
		}
		*res.Stochastic.At(st) = stoch
		for g := range G {
			*res.Indices[g].First.At(st) = first[g]
			*res.Indices[g].Total.At(st) = total[g]
			if !ok {
				continue
			}
			for _, iv := range []model.Interval{first[g], total[g]} {
				wide[st] = max(wide[st], iv.Hi-iv.Lo)
			}
			if first[g].Hi < 0 || first[g].Est < -0.05 {
				negative[st.Key()] = append(negative[st.Key()], grps[g].Name)
			}
		}
	}
	res.Notes = a.sobolNotes(res, grps, n, inner, bootstrap, flat, wide, negative)
	return res, nil
}

// cohortSize is the number of persons in a cohort of the scenario.
func (a *Analysis) cohortSize() int {
	var p model.Params
	if a.Inputs[1].Persons == nil {
		a.Inputs[1].Draw(func(string) float64 { return uMedian }, &p)
	}
	return model.CohortSize(a.Config, a.Inputs[1].Persons, p.Cohort.Size)
}

// sobolRuns runs the matrices A, B and AB_g of the groups grps, each cell
// the mean NPV of inner cohorts, and returns out[m][k][i]: matrix m (A, B,
// AB_0 … AB_G−1), stakeholder k, row i. Runs keep in a.Config.Cache only
// the outcomes a later matrix can meet again.
func (a *Analysis) sobolRuns(ctx context.Context, grps []Group, inner int) ([][model.NumStakeholders][]float64, error) {
	n, G := a.Config.Iterations, len(grps)
	d := sobolDesign{seed: a.Config.Seed}
	// Each name's group and hash, found once: every iteration asks for
	// every name.
	type varied struct {
		group int
		hash  uint64
	}
	of := map[string]varied{}
	for g, grp := range grps {
		for _, k := range grp.Keys {
			of[k] = varied{g, model.HashName(k)}
		}
	}
	// swap == -1: matrix A; swap == G: matrix B; otherwise AB_swap.
	// Iteration j belongs to row j/inner, so the rows of every matrix meet
	// the same inner cohorts.
	uniform := func(swap int) func(int, string) float64 {
		return func(j int, name string) float64 {
			v, ok := of[name]
			i := j / inner
			switch {
			case !ok:
				return uMedian
			case swap == G || v.group == swap:
				return model.ParamUniform(d.seed^sobolBSalt, i, v.hash) // d.b
			}
			return model.ParamUniform(d.seed, i, v.hash) // d.a
		}
	}
	inputs := a.Inputs[:2]
	keepA, keepB := sobolReuse(inputs, grps)
	c := a.Config.Cache
	defer func(was bool) { c.NoOutcomes = was }(c.NoOutcomes)
	out := make([][model.NumStakeholders][]float64, G+2)
	a.start((G + 2) * n * inner)
	for m := range out {
		swap := m - 2 // AB_{m−2}
		switch m {
		case 0:
			swap = -1
		case 1:
			swap = G
		}
		// An AB_g matrix meets A's or B's outcomes where it meets those of
		// any matrix: the groups do not share parameters.
		c.NoOutcomes = !(m == 0 && keepA || m == 1 && keepB)
		for k := range model.NumStakeholders {
			out[m][k] = make([]float64, n)
		}
		err := a.each(ctx, inputs, n*inner, uniform(swap), func(it *model.Iteration) {
			i := it.Index / inner
			for k := range model.NumStakeholders {
				out[m][k][i] += it.Scenarios[1].NPV[k] / float64(inner)
			}
		})
		if err != nil {
			return nil, fmt.Errorf("sobol: %w", err)
		}
	}
	return out, nil
}

// sobolReuse reports whether a matrix AB_g can meet, for one of the inputs,
// the uniforms of matrix A (g holds none of the analysed parameters the
// input draws) and whether one can meet those of matrix B (g holds all of
// them).
func sobolReuse(inputs []model.Input, grps []Group) (a, b bool) {
	analysed := map[string]bool{}
	for _, grp := range grps {
		for _, k := range grp.Keys {
			analysed[k] = true
		}
	}
	var p model.Params
	for _, in := range inputs {
		reads := map[string]bool{}
		in.Draw(func(name string) float64 {
			if analysed[name] {
				reads[name] = true
			}
			return uMedian
		}, &p)
		for _, grp := range grps {
			n := 0
			for _, k := range grp.Keys {
				if reads[k] {
					n++
				}
			}
			a = a || n == 0
			b = b || n == len(reads)
		}
	}
	return a, b
}

// parallel calls fn(0) … fn(n−1) on up to workers goroutines (0: one per
// processor) and waits for them.
func parallel(workers, n int, fn func(i int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		})
	}
	wg.Wait()
}
