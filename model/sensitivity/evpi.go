package sensitivity

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"

	"github.com/vwnw/vwnw/model"
	"gonum.org/v1/gonum/stat"
)

// The expected value of perfect information (EVPI) over a set of options is
// what a decision maker who chooses the option with the highest expected
// NPV would gain, on average, by knowing the parameters before choosing:
//
//	EVPI = mean_i max_d NB_d(θ_i) − max_d mean_i NB_d(θ_i),
//
// with NB_d(θ) the NPV of option d against the baseline (zero for the
// baseline) given the parameters θ. The EVPPI of a parameter (or group) φ
// is the same with NB_d(θ) replaced by E[NB_d | φ], estimated here by
// k-nearest-neighbour regression on the uniforms of φ, with one k for all
// options chosen by leave-one-out cross-validation among powers of two and
// the flat fit (Strong, Oakley & Brennan 2014 use a GAM; any consistent
// nonparametric regression serves).
//
// Such an estimate is biased upward: whatever noise the regression follows
// becomes spread in the fitted NPVs, and the maximum over options turns
// spread into value. Two things keep it honest (see smoother.estimate):
//
//   - a noise floor, the mean EVPPI the same fit finds in its own
//     residuals once they are randomly permuted over the parameter sets
//     (EVPPIPermutations times): the EVPPI reported is the raw estimate
//     minus that floor, at least zero and at most the EVPI. It errs on the
//     low side, most when the options are nearly tied;
//   - a permutation test: the raw estimate is distinguishable from zero
//     when no permutation of the parameter's values, put through the whole
//     procedure, reaches it (a test at level 1/(permutations+1)), and the
//     net EVPPI is at least half a euro.
//
// The permutations are drawn from the seed and the target's name, so the
// result is the same whatever the number of workers.

// EVPPIPermutations is the number of random permutations of a parameter's
// values from which the noise floor of its EVPPI is estimated.
const EVPPIPermutations = 99

// EVPPIMinSets is the number of parameter sets below which EVPI warns that
// the EVPPI ranking rests on too few of them.
const EVPPIMinSets = 1000

// evppiSalt separates the seeds of the permutations from other streams.
const evppiSalt = 0xe7_99_1_5a17

// evpiOf returns the EVPI of options whose net benefits over the parameter
// sets are nb[d][i].
func evpiOf(nb [][]float64) float64 {
	if len(nb) == 0 || len(nb[0]) == 0 {
		return 0
	}
	n := len(nb[0])
	best := math.Inf(-1)
	for _, x := range nb {
		best = max(best, stat.Mean(x, nil))
	}
	perfect := 0.0
	for i := range n {
		m := math.Inf(-1)
		for _, x := range nb {
			m = max(m, x[i])
		}
		perfect += m
	}
	return max(0, perfect/float64(n)-best)
}

// neighbours holds, for every point, the indices of its nearest other
// points, nearest first.
type neighbours [][]int32

// knnNearest finds the kmax nearest other points of every point x[i] (each
// a vector of uniforms) by Euclidean distance, ties by index.
func knnNearest(x [][]float64, kmax int) neighbours {
	n := len(x)
	kmax = min(kmax, n-1)
	out := make(neighbours, n)
	if n == 0 || kmax < 1 {
		return out
	}
	type cand struct {
		d float64
		j int32
	}
	cs := make([]cand, 0, n-1)
	for i := range x {
		cs = cs[:0]
		for j := range x {
			if j == i {
				continue
			}
			d := 0.0
			for c := range x[i] {
				t := x[i][c] - x[j][c]
				d += t * t
			}
			cs = append(cs, cand{d, int32(j)})
		}
		slices.SortFunc(cs, func(p, q cand) int { return cmp.Or(cmp.Compare(p.d, q.d), cmp.Compare(p.j, q.j)) })
		nb := make([]int32, kmax)
		for c := range nb {
			nb[c] = cs[c].j
		}
		out[i] = nb
	}
	return out
}

// kGrid lists the numbers of neighbours tried by cross-validation.
func kGrid(kmax int) []int {
	var ks []int
	for k := 4; k < kmax; k *= 2 {
		ks = append(ks, k)
	}
	return append(ks, kmax)
}

func kmaxFor(n int) int { return max(1, min(n/4, 500)) }

// smoother is k-nearest-neighbour regression on the uniforms x[i] of one
// parameter (or group) over n parameter sets: each point is fitted by the
// mean of y over its k nearest other points.
type smoother struct {
	n    int
	grid []int // the numbers of neighbours tried, increasing
	// One dimension: the nearest points of a point are a run in sorted
	// order. rank lists the points in increasing order of x, and
	// win[r*len(grid)+g] is the run of ranks [lo, hi] that holds the point
	// of rank r and its grid[g] nearest others.
	rank []int32
	win  [][2]int32
	inv  []float64 // 1/grid[g]
	// Several dimensions: nb[i] lists the nearest other points of i,
	// nearest first.
	nb neighbours
}

// newSmoother prepares the regression on x (n points of equal dimension).
func newSmoother(x [][]float64) *smoother {
	n := len(x)
	s := &smoother{n: n}
	kmax := min(kmaxFor(n), n-1)
	if n < 2 || kmax < 1 {
		return s
	}
	s.grid = kGrid(kmax)
	for _, k := range s.grid {
		s.inv = append(s.inv, 1/float64(k))
	}
	if len(x[0]) > 1 {
		s.nb = knnNearest(x, kmax)
		return s
	}
	// One dimension: walk outwards from every point in sorted order, the
	// nearer side first (the left one on a tie), and note the run at every
	// number of neighbours in the grid.
	s.rank = make([]int32, n)
	for i := range s.rank {
		s.rank[i] = int32(i)
	}
	slices.SortFunc(s.rank, func(p, q int32) int {
		return cmp.Or(cmp.Compare(x[p][0], x[q][0]), cmp.Compare(p, q))
	})
	G := len(s.grid)
	s.win = make([][2]int32, n*G)
	for r, i := range s.rank {
		l, h, g := r-1, r+1, 0
		for c := 1; c <= kmax; c++ {
			switch {
			case l < 0:
				h++
			case h >= n:
				l--
			case x[i][0]-x[s.rank[l]][0] <= x[s.rank[h]][0]-x[i][0]:
				l--
			default:
				h++
			}
			if c == s.grid[g] {
				s.win[r*G+g] = [2]int32{int32(l + 1), int32(h - 1)}
				g++
			}
		}
	}
	return s
}

// smootherWork is scratch space for one goroutine's fits.
type smootherWork struct {
	prefix [][]float64 // per option, prefix sums of y in rank order
	sse    []float64
	perm   [][]float64 // per option, y permuted
	fitted [][]float64
	resid  [][]float64 // per option, the residuals of the fit plus the mean
	pi     []int32     // a permutation
}

func (w *smootherWork) ensure(options, n, G int) {
	grow := func(m [][]float64, size int) [][]float64 {
		for len(m) < options {
			m = append(m, nil)
		}
		for d := range m {
			if cap(m[d]) < size {
				m[d] = make([]float64, size)
			}
			m[d] = m[d][:size]
		}
		return m
	}
	w.prefix = grow(w.prefix, n+1)
	w.perm = grow(w.perm, n)
	w.fitted = grow(w.fitted, n)
	w.resid = grow(w.resid, n)
	if cap(w.pi) < n {
		w.pi = make([]int32, n)
	}
	if cap(w.sse) < G+1 {
		w.sse = make([]float64, G+1)
	}
	w.sse = w.sse[:G+1]
}

// choose returns the number of neighbours, as 1 + its index in the grid,
// that predicts every option of ys best when each point is left out of its
// own fit, or 0 when the flat fit (the mean of the other points) does. The
// flat fit wins ties, so that a parameter that does not matter gets a flat
// fit rather than one that follows the noise. Options that are zero
// throughout (the baseline) take no part.
func (s *smoother) choose(ys [][]float64, w *smootherWork) int {
	n, G := s.n, len(s.grid)
	if G == 0 {
		return 0
	}
	w.ensure(len(ys), n, G)
	sse := w.sse // sse[0]: flat; sse[g+1]: grid[g] neighbours
	clear(sse)
	for d, y := range ys {
		if !slices.ContainsFunc(y, func(v float64) bool { return v != 0 }) {
			continue
		}
		mean := stat.Mean(y, nil)
		for _, v := range y {
			// Left out, a point is predicted by the mean of the others:
			// the error is n/(n−1) times its distance from the mean.
			e := (v - mean) * float64(n) / float64(n-1)
			sse[0] += e * e
		}
		if s.nb != nil {
			for i := range n {
				sum, g := 0.0, 0
				for c, j := range s.nb[i] {
					sum += y[j] - mean
					if c+1 == s.grid[g] {
						e := y[i] - mean - sum*s.inv[g]
						sse[g+1] += e * e
						g++
					}
				}
			}
			continue
		}
		p := s.prefix(y, mean, w.prefix[d])
		acc := sse[1:]
		inv := s.inv[:G]
		for r := range n {
			yr := p[r+1] - p[r]
			win := s.win[r*G : r*G+G]
			for g, rn := range win {
				e := yr - (p[rn[1]+1]-p[rn[0]]-yr)*inv[g]
				acc[g] += e * e
			}
		}
	}
	best := 0
	for g := 1; g <= G; g++ {
		if sse[g] < sse[best] {
			best = g
		}
	}
	return best
}

// prefix fills p (n+1 long) with the prefix sums of y − mean in rank order
// (centred, so as to lose no precision): the point of rank r is
// p[r+1] − p[r].
func (s *smoother) prefix(y []float64, mean float64, p []float64) []float64 {
	p[0] = 0
	for r, i := range s.rank {
		p[r+1] = p[r] + (y[i] - mean)
	}
	return p
}

// apply sets out[d] to the regression of ys[d] on the number of neighbours
// choose returned (best > 0): each point the mean of its nearest others.
func (s *smoother) apply(ys, out [][]float64, best int, w *smootherWork) {
	n, G := s.n, len(s.grid)
	g := best - 1
	k := s.grid[g]
	for d, y := range ys {
		o := out[d]
		mean := stat.Mean(y, nil)
		if s.nb != nil {
			for i := range n {
				sum := 0.0
				for _, j := range s.nb[i][:k] {
					sum += y[j] - mean
				}
				o[i] = mean + sum*s.inv[g]
			}
			continue
		}
		p := s.prefix(y, mean, w.prefix[d])
		for r, i := range s.rank {
			rn := s.win[r*G+g]
			yr := p[r+1] - p[r]
			o[i] = mean + (p[rn[1]+1]-p[rn[0]]-yr)*s.inv[g]
		}
	}
}

// evppiAt is the EVPPI of ys fitted with best (as choose returns it): zero
// for the flat fit.
func (s *smoother) evppiAt(ys [][]float64, best int, w *smootherWork) float64 {
	if best == 0 {
		return 0
	}
	fitted := w.fitted[:len(ys)]
	s.apply(ys, fitted, best, w)
	return evpiOf(fitted)
}

// evppiEstimate is the EVPPI of one parameter (or group) for one
// stakeholder, before and after taking off its noise floor.
type evppiEstimate struct {
	raw, floor float64
	// exceed counts the permutations whose EVPPI reaches raw.
	exceed int
}

// net is the EVPPI net of the noise floor, at least zero and at most evpi.
func (e evppiEstimate) net(evpi float64) float64 { return min(max(0, e.raw-e.floor), evpi) }

// distinct reports whether raw exceeds every permutation's EVPPI and the
// EVPPI net of the noise floor (at most evpi) is at least half a euro, so
// that it does not round to zero.
func (e evppiEstimate) distinct(evpi float64) bool { return e.exceed == 0 && e.net(evpi) >= 0.5 }

// permSource draws count random permutations of the parameter sets, the
// same ones every time, from a generator seeded with seed and stream.
type permSource struct {
	count        int
	seed, stream uint64
}

// each calls fn with each permutation in turn, in buf (reused).
func (ps permSource) each(n int, buf []int32, fn func(pi []int32)) {
	rng := rand.New(rand.NewPCG(ps.seed^evppiSalt, ps.stream))
	pi := buf[:n]
	for range ps.count {
		for i := range pi {
			pi[i] = int32(i)
		}
		rng.Shuffle(n, func(i, j int) { pi[i], pi[j] = pi[j], pi[i] })
		fn(pi)
	}
}

// estimate computes the EVPPI of the options with net benefits nb[d][i] by
// the regression s, its noise floor and the permutation test, over the
// permutations of ps:
//
//   - the noise floor is the mean EVPPI of the same fit (the same number
//     of neighbours) to the residuals of the fit, each option's mean
//     added back, permuted: what fitting noise alone at that smoothness
//     adds. Noise adds less where the options are far apart than on its
//     own, so taking it off errs on the low side;
//   - the test compares the EVPPI with that of the whole procedure
//     (cross-validation included) on the permuted NPVs, which is what it
//     finds when the parameter does not matter.
//
// A flat fit has an EVPPI of exactly zero; when the data get one, nothing
// more is computed and every permutation counts as reaching it.
func (s *smoother) estimate(nb [][]float64, ps permSource, w *smootherWork) evppiEstimate {
	w.ensure(len(nb), s.n, len(s.grid))
	var e evppiEstimate
	best := s.choose(nb, w)
	if best == 0 {
		e.exceed = ps.count
		return e
	}
	e.raw = s.evppiAt(nb, best, w)
	if ps.count == 0 {
		return e
	}
	resid, perm := w.resid[:len(nb)], w.perm[:len(nb)]
	s.apply(nb, resid, best, w)
	for d, y := range nb {
		m := stat.Mean(y, nil)
		for i, v := range y {
			resid[d][i] = m + v - resid[d][i]
		}
	}
	ps.each(s.n, w.pi, func(pi []int32) {
		for d, y := range nb {
			for i, j := range pi {
				perm[d][i] = y[j]
			}
		}
		if v := s.evppiAt(perm, s.choose(perm, w), w); v >= e.raw {
			e.exceed++
		}
		for d, y := range resid {
			for i, j := range pi {
				perm[d][i] = y[j]
			}
		}
		e.floor += s.evppiAt(perm, best, w)
	})
	e.floor /= float64(ps.count)
	return e
}

// evppiOf returns the raw EVPPI (without noise floor) of the parameter (or
// group) whose uniforms in parameter set i are x[i], for options with net
// benefits nb[d][i].
func evppiOf(x [][]float64, nb [][]float64) float64 {
	return newSmoother(x).estimate(nb, permSource{}, &smootherWork{}).raw
}

// EVPI computes the expected value of perfect information of choosing among
// the baseline and the scenarios (Inputs), for every stakeholder as the one
// who chooses, over Config.Iterations parameter sets; each set is simulated
// with inner different cohorts whose NPVs are averaged. targets are the
// parameters and groups whose EVPPI is wanted (keys of Params), each net of
// its noise floor.
func (a *Analysis) EVPI(ctx context.Context, inner int, targets []Group) (*model.EVPI, error) {
	if err := a.check(2); err != nil {
		return nil, err
	}
	n, S := a.Config.Iterations, len(a.Inputs)
	if inner < 1 {
		return nil, fmt.Errorf("evpi: inner replications must be at least 1, got %d", inner)
	}
	if n < 10 {
		return nil, fmt.Errorf("evpi needs at least 10 parameter sets (iterations), got %d", n)
	}
	if len(a.Params) == 0 {
		return nil, errors.New("evpi: no uncertain parameters")
	}
	isParam := map[string]bool{}
	for _, p := range a.Params {
		isParam[p.Key] = true
	}
	if err := checkTargets(targets, isParam); err != nil {
		return nil, err
	}
	seed := a.Config.Seed
	u := func(j int, name string) float64 {
		if !isParam[name] {
			return uMedian
		}
		return model.ParamUniform(seed, j/inner, model.HashName(name))
	}
	// nb[k][d][i]: stakeholder k, option d (0 the baseline), parameter set i.
	nb := netBenefits(S, n)
	// half[k][d][i]: the same over the first half of the inner cohorts.
	halfN := inner / 2
	half := netBenefits(S, n)
	size := 0
	a.start(n * inner)
	err := a.each(ctx, a.Inputs, n*inner, u, func(it *model.Iteration) {
		i := it.Index / inner
		size = it.Scenarios[min(1, S-1)].CohortSize
		for d := 1; d < S; d++ {
			for k := range model.NumStakeholders {
				nb[k][d][i] += it.Scenarios[d].NPV[k] / float64(inner)
				if it.Index%inner < halfN {
					half[k][d][i] += it.Scenarios[d].NPV[k] / float64(halfN)
				}
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("evpi: %w", err)
	}

	res := &model.EVPI{Inner: inner, ProbBest: make([]float64, S), Permutations: EVPPIPermutations}
	for _, in := range a.Inputs {
		res.Options = append(res.Options, in.Name)
	}
	perHead := func(x float64) float64 { return x / float64(max(size, 1)) }
	a.summariseEVPI(res, nb, perHead)
	if halfN > 0 {
		res.HalfInner = &model.ByStakeholder[float64]{}
		for k := range model.NumStakeholders {
			*res.HalfInner.At(model.Stakeholder(k)) = evpiOf(half[k])
		}
	}

	parts, halves, err := a.evppi(ctx, targets, nb, res.Cohort)
	if err != nil {
		return nil, err
	}
	for i := range parts {
		e := &parts[i]
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			*e.PerParticipant.At(st) = perHead(*e.Cohort.At(st))
		}
	}
	res.Partial = parts
	if len(targets) > 0 {
		res.SplitHalf = halves
	}
	return res, nil
}

// checkTargets checks the EVPPI targets: names differ, and every key is a
// parameter analysed.
func checkTargets(targets []Group, isParam map[string]bool) error {
	names := map[string]bool{}
	for _, t := range targets {
		if names[t.Name] {
			return fmt.Errorf("evpi: %s is named twice (a group's name must differ from every parameter key and other group)", t.Name)
		}
		names[t.Name] = true
		if len(t.Keys) == 0 {
			return fmt.Errorf("evpi: %s has no keys", t.Name)
		}
		for _, k := range t.Keys {
			if !isParam[k] {
				return fmt.Errorf("evpi: %s (in %s) is not one of the uncertain parameters", k, t.Name)
			}
		}
	}
	return nil
}

// netBenefits allocates nb[k][d][i] for every stakeholder k, S options d
// and n parameter sets i.
func netBenefits(S, n int) [][][]float64 {
	nb := make([][][]float64, model.NumStakeholders)
	for k := range nb {
		nb[k] = make([][]float64, S)
		for d := range S {
			nb[k][d] = make([]float64, n)
		}
	}
	return nb
}

// summariseEVPI sets, per stakeholder as the one who chooses, the option
// best on average and the EVPI for the cohort and per head, and the share
// of parameter sets in which each option is best for society.
func (a *Analysis) summariseEVPI(res *model.EVPI, nb [][][]float64, perHead func(float64) float64) {
	S, n := len(nb[0]), len(nb[0][0])
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		best, bestMean := 0, math.Inf(-1)
		for d := range S {
			if m := stat.Mean(nb[k][d], nil); m > bestMean {
				best, bestMean = d, m
			}
		}
		*res.Best.At(st) = a.Inputs[best].Name
		v := evpiOf(nb[k])
		*res.Cohort.At(st) = v
		*res.PerParticipant.At(st) = perHead(v)
	}
	for i := range n {
		best := 0
		for d := 1; d < S; d++ {
			if nb[model.Society][d][i] > nb[model.Society][best][i] {
				best = d
			}
		}
		res.ProbBest[best] += 1 / float64(n)
	}
}

// evppi computes the EVPPI of every target for every stakeholder from the
// net benefits nb[k][d][i], net of the noise floor and at most evpi, sorted
// by SortEVPPI for society. It also returns, for each half of the
// parameter sets, the target with the largest societal EVPPI
// distinguishable from zero there ("" when none is). Targets are shared
// among Config.Workers goroutines; each has its own permutations, so the
// result does not depend on how many there are.
func (a *Analysis) evppi(ctx context.Context, targets []Group, nb [][][]float64, evpi model.ByStakeholder[float64]) ([]model.EVPPI, []string, error) {
	n := len(nb[model.Society][0])
	seed := a.Config.Seed
	out := make([]model.EVPPI, len(targets))
	// halfNet[h][t]: the societal EVPPI of target t on half h, or −1 when
	// it is not distinguishable from zero there.
	halfNet := [2][]float64{make([]float64, len(targets)), make([]float64, len(targets))}
	bounds := [3]int{0, n / 2, n}
	one := func(t int, w *smootherWork) {
		tg := targets[t]
		x := make([][]float64, n)
		for i := range x {
			x[i] = make([]float64, len(tg.Keys))
			for c, key := range tg.Keys {
				x[i][c] = model.ParamUniform(seed, i, model.HashName(key))
			}
		}
		e := model.EVPPI{Param: tg.Name}
		if len(tg.Keys) > 1 || tg.Keys[0] != tg.Name {
			e.Keys = slices.Clone(tg.Keys)
		}
		s := newSmoother(x)
		ps := permSource{count: EVPPIPermutations, seed: seed, stream: model.HashName(tg.Name)}
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			est := s.estimate(nb[k], ps, w)
			*e.Raw.At(st) = est.raw
			*e.NoiseFloor.At(st) = est.floor
			*e.Cohort.At(st) = est.net(*evpi.At(st))
			*e.Distinct.At(st) = est.distinct(*evpi.At(st))
		}
		out[t] = e
		for h := range 2 {
			lo, hi := bounds[h], bounds[h+1]
			hs := newSmoother(x[lo:hi])
			sub := make([][]float64, len(nb[model.Society]))
			for d, y := range nb[model.Society] {
				sub[d] = y[lo:hi]
			}
			est := hs.estimate(sub, permSource{count: EVPPIPermutations, seed: seed, stream: model.HashName(tg.Name) ^ uint64(h+1)}, w)
			halfNet[h][t] = -1
			if est.distinct(math.Inf(1)) {
				halfNet[h][t] = est.net(math.Inf(1))
			}
		}
	}
	workers := a.Config.Workers
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(len(targets), 1))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var w smootherWork
			for t := range next {
				one(t, &w)
			}
		}()
	}
	var err error
feed:
	for t := range targets {
		select {
		case next <- t:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err != nil {
		return nil, nil, fmt.Errorf("evpi: %w", err)
	}
	var tops []string
	for h := range 2 {
		top, best := "", 0.0
		for t, v := range halfNet[h] {
			if v > best || (v == best && v > 0 && targets[t].Name < top) {
				top, best = targets[t].Name, v
			}
		}
		tops = append(tops, top)
	}
	SortEVPPI(out, model.Society)
	return out, tops, nil
}

// SortEVPPI sorts partial by stakeholder st's EVPPI: those distinguishable
// from zero first, each part by EVPPI, largest first, ties by name.
func SortEVPPI(partial []model.EVPPI, st model.Stakeholder) {
	slices.SortStableFunc(partial, func(p, q model.EVPPI) int {
		return cmp.Or(-cmpBool(*p.Distinct.At(st), *q.Distinct.At(st)),
			-cmp.Compare(*p.Cohort.At(st), *q.Cohort.At(st)), cmp.Compare(p.Param, q.Param))
	})
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
