package model

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

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
// k-nearest-neighbour regression on the uniforms of φ with k chosen by
// leave-one-out cross-validation (Strong, Oakley & Brennan 2014 use a GAM;
// any consistent nonparametric regression serves).

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

// nearest finds the kmax nearest other points of every point x[i] (each a
// vector of uniforms) by Euclidean distance, ties by index.
func knnNearest(x [][]float64, kmax int) neighbours {
	n := len(x)
	kmax = min(kmax, n-1)
	out := make(neighbours, n)
	if n == 0 || kmax < 1 {
		return out
	}
	if len(x[0]) == 1 {
		// One dimension: the nearest points are next to each other in sorted
		// order; walk outwards.
		order := make([]int32, n)
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortFunc(order, func(p, q int32) int {
			return cmp.Or(cmp.Compare(x[p][0], x[q][0]), cmp.Compare(p, q))
		})
		for r, i := range order {
			nb := make([]int32, 0, kmax)
			l, h := r-1, r+1
			for len(nb) < kmax {
				switch {
				case l < 0:
					nb = append(nb, order[h])
					h++
				case h >= n:
					nb = append(nb, order[l])
					l--
				case x[i][0]-x[order[l]][0] <= x[order[h]][0]-x[i][0]:
					nb = append(nb, order[l])
					l--
				default:
					nb = append(nb, order[h])
					h++
				}
			}
			out[i] = nb
		}
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

// fit returns the k-nearest-neighbour regression of y at every point, each
// the mean of y over its k nearest other points, with k the number in kGrid
// that predicts y best when every point is left out of its own fit. The
// mean of all other points is a candidate too, so that a parameter that
// does not matter gets a flat fit rather than one that follows the noise.
func (nb neighbours) fit(y []float64) []float64 {
	n := len(y)
	out := make([]float64, n)
	if n < 2 || len(nb[0]) == 0 {
		copy(out, y)
		return out
	}
	kmax := len(nb[0])
	grid := kGrid(kmax)
	sse := make([]float64, len(grid)+1) // the last: the mean of the others
	total := 0.0
	for _, v := range y {
		total += v
	}
	for i := range n {
		sum, g := 0.0, 0
		for c, j := range nb[i] {
			sum += y[j]
			if c+1 == grid[g] {
				d := y[i] - sum/float64(c+1)
				sse[g] += d * d
				g++
			}
		}
		d := y[i] - (total-y[i])/float64(n-1)
		sse[len(grid)] += d * d
	}
	best := 0
	for g, e := range sse {
		if e < sse[best] {
			best = g
		}
	}
	if best == len(grid) {
		for i := range out {
			out[i] = total / float64(n)
		}
		return out
	}
	k := grid[best]
	for i := range n {
		sum := 0.0
		for _, j := range nb[i][:k] {
			sum += y[j]
		}
		out[i] = sum / float64(k)
	}
	return out
}

// evppiOf returns the EVPPI of the parameter (or group) whose uniforms in
// parameter set i are x[i], for options with net benefits nb[d][i].
func evppiOf(x [][]float64, nb [][]float64) float64 {
	return evppiFit(knnNearest(x, kmaxFor(len(x))), nb)
}

func kmaxFor(n int) int { return max(1, min(n/4, 500)) }

func evppiFit(nbrs neighbours, nb [][]float64) float64 {
	fitted := make([][]float64, len(nb))
	for d, y := range nb {
		fitted[d] = nbrs.fit(y)
	}
	return evpiOf(fitted)
}

// EVPI computes the expected value of perfect information of choosing among
// the baseline and the scenarios (Inputs), for every stakeholder as the one
// who chooses, over Config.Iterations parameter sets; each set is simulated
// with inner different cohorts whose NPVs are averaged. targets are the
// parameters and groups whose EVPPI is wanted (keys of Params).
func (a *Analysis) EVPI(ctx context.Context, inner int, targets []ParamGroup) (*EVPI, error) {
	if err := a.check(2); err != nil {
		return nil, err
	}
	n, S := a.Config.Iterations, len(a.Inputs)
	if inner < 1 {
		return nil, fmt.Errorf("evpi: inner replications must be at least 1, got %d", inner)
	}
	if n < 10 {
		return nil, fmt.Errorf("evpi needs at least 10 parameter sets (--iterations), got %d", n)
	}
	if len(a.Params) == 0 {
		return nil, errors.New("evpi: no uncertain parameters")
	}
	isParam := map[string]bool{}
	for _, p := range a.Params {
		isParam[p.Key] = true
	}
	for _, t := range targets {
		for _, k := range t.Keys {
			if !isParam[k] {
				return nil, fmt.Errorf("evpi: %s (in %s) is not one of the uncertain parameters", k, t.Name)
			}
		}
	}
	seed := a.Config.Seed
	u := func(j int, name string) float64 {
		if !isParam[name] {
			return uMedian
		}
		return ParamUniform(seed, j/inner, HashName(name))
	}
	// nb[k][d][i]: stakeholder k, option d (0 the baseline), parameter set i.
	nb := make([][][]float64, NumStakeholders)
	for k := range nb {
		nb[k] = make([][]float64, S)
		for d := range S {
			nb[k][d] = make([]float64, n)
		}
	}
	// half[k][d][i]: the same over the first half of the inner cohorts.
	halfN := inner / 2
	half := make([][][]float64, NumStakeholders)
	for k := range half {
		half[k] = make([][]float64, S)
		for d := range S {
			half[k][d] = make([]float64, n)
		}
	}
	size := 0
	a.start(n * inner)
	err := a.each(ctx, a.Inputs, n*inner, u, func(it *Iteration) {
		i := it.Index / inner
		size = it.Scenarios[min(1, S-1)].CohortSize
		for d := 1; d < S; d++ {
			for k := range NumStakeholders {
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

	res := &EVPI{Inner: inner, ProbBest: make([]float64, S)}
	for _, in := range a.Inputs {
		res.Options = append(res.Options, in.Name)
	}
	perHead := func(x float64) float64 { return x / float64(max(size, 1)) }
	for k := range NumStakeholders {
		st := Stakeholder(k)
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
	if halfN > 0 {
		res.HalfInner = &ByStakeholder[float64]{}
		for k := range NumStakeholders {
			*res.HalfInner.At(Stakeholder(k)) = evpiOf(half[k])
		}
	}
	for i := range n {
		best := 0
		for d := 1; d < S; d++ {
			if nb[Society][d][i] > nb[Society][best][i] {
				best = d
			}
		}
		res.ProbBest[best] += 1 / float64(n)
	}
	kmax := kmaxFor(n)
	for _, t := range targets {
		x := make([][]float64, n)
		for i := range x {
			x[i] = make([]float64, len(t.Keys))
			for c, key := range t.Keys {
				x[i][c] = ParamUniform(seed, i, HashName(key))
			}
		}
		nbrs := knnNearest(x, kmax)
		e := EVPPI{Param: t.Name}
		if len(t.Keys) > 1 || t.Keys[0] != t.Name {
			e.Keys = slices.Clone(t.Keys)
		}
		for k := range NumStakeholders {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			v := evppiFit(nbrs, nb[k])
			*e.Cohort.At(Stakeholder(k)) = v
			*e.PerParticipant.At(Stakeholder(k)) = perHead(v)
		}
		res.Partial = append(res.Partial, e)
	}
	slices.SortStableFunc(res.Partial, func(p, q EVPPI) int {
		return cmp.Or(-cmp.Compare(p.Cohort.Society, q.Cohort.Society), cmp.Compare(p.Param, q.Param))
	})
	return res, nil
}
