package sensitivity

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/vwnw/vwnw/model"
	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// ishigami is the Ishigami–Homma (1990) test function with a = 7, b = 0.1.
func ishigami(x1, x2, x3 float64) float64 {
	const a, b = 7, 0.1
	return math.Sin(x1) + a*math.Sin(x2)*math.Sin(x2) + b*math.Pow(x3, 4)*math.Sin(x1)
}

// ishigamiIndices returns the analytic first- and total-order indices of
// ishigami with x1, x2, x3 uniform on (−π, π).
func ishigamiIndices() (first, total [3]float64) {
	const a, b = 7.0, 0.1
	pi4, pi8 := math.Pow(math.Pi, 4), math.Pow(math.Pi, 8)
	v := a*a/8 + b*pi4/5 + b*b*pi8/18 + 0.5
	v1 := 0.5 * (1 + b*pi4/5) * (1 + b*pi4/5)
	v2 := a * a / 8
	v13 := 8 * b * b * pi8 / 225
	return [3]float64{v1 / v, v2 / v, 0}, [3]float64{(v1 + v13) / v, v2 / v, v13 / v}
}

// ishigamiDesign evaluates ishigami on the Saltelli design of sobolDesign
// for the given groups of the inputs x1, x2, x3, with noise·z_i added to
// every matrix's row i (what common random numbers share between rows).
func ishigamiDesign(n int, seed uint64, groups [][]int, noise float64) (fA, fB []float64, fAB [][]float64) {
	d := sobolDesign{seed: seed}
	keys := []string{"x1", "x2", "x3"}
	x := func(u float64) float64 { return -math.Pi + 2*math.Pi*u }
	z := distuv.UnitNormal
	fA, fB = make([]float64, n), make([]float64, n)
	fAB = make([][]float64, len(groups))
	for g := range fAB {
		fAB[g] = make([]float64, n)
	}
	for i := range n {
		var ua, ub [3]float64
		for j, k := range keys {
			ua[j], ub[j] = d.a(i, k), d.b(i, k)
		}
		e := noise * z.Quantile(model.ParamUniform(seed, i, model.HashName("noise")))
		fA[i] = ishigami(x(ua[0]), x(ua[1]), x(ua[2])) + e
		fB[i] = ishigami(x(ub[0]), x(ub[1]), x(ub[2])) + e
		for g, grp := range groups {
			u := ua
			for _, j := range grp {
				u[j] = ub[j]
			}
			fAB[g][i] = ishigami(x(u[0]), x(u[1]), x(u[2])) + e
		}
	}
	return fA, fB, fAB
}

func TestSobolIshigami(t *testing.T) {
	first, total := ishigamiIndices()
	fA, fB, fAB := ishigamiDesign(1<<14, 11, [][]int{{0}, {1}, {2}}, 0)
	f1, ft, stoch, ok := sobolIntervals(fA, fB, fAB, 300, 3)
	if !ok {
		t.Fatal("no variance")
	}
	const tol = 0.03
	for j := range 3 {
		for _, c := range []struct {
			name string
			got  model.Interval
			want float64
		}{{"first", f1[j], first[j]}, {"total", ft[j], total[j]}} {
			if math.Abs(c.got.Est-c.want) > tol {
				t.Errorf("x%d %s order: got %.4f, want %.4f ± %.2f", j+1, c.name, c.got.Est, c.want, tol)
			}
			if !(c.got.Lo <= c.got.Est && c.got.Est <= c.got.Hi) {
				t.Errorf("x%d %s order: estimate %.4f outside its interval [%.4f, %.4f]", j+1, c.name, c.got.Est, c.got.Lo, c.got.Hi)
			}
			if c.want < c.got.Lo-0.01 || c.want > c.got.Hi+0.01 {
				t.Errorf("x%d %s order: analytic %.4f far outside the 95%% interval [%.4f, %.4f]", j+1, c.name, c.want, c.got.Lo, c.got.Hi)
			}
		}
	}
	if math.Abs(stoch.Est) > 0.02 {
		t.Errorf("a deterministic function has a stochastic share of %.4f, want 0", stoch.Est)
	}
}

func TestSobolIshigamiGroupsAndNoise(t *testing.T) {
	first, total := ishigamiIndices()
	const a, b = 7.0, 0.1
	v := a*a/8 + b*math.Pow(math.Pi, 4)/5 + b*b*math.Pow(math.Pi, 8)/18 + 0.5
	tests := []struct {
		name   string
		groups [][]int
		noise  float64
		// scale is the share of the variance that is the function's.
		first, total []float64
	}{
		// x1 and x3 together: their closed index is ST1 (x3 acts only
		// with x1), and so is their total.
		{"group x1,x3", [][]int{{0, 2}, {1}}, 0, []float64{total[0], first[1]}, []float64{total[0], total[1]}},
		// Noise shared by the rows of every matrix (as common random
		// numbers share persons) is a variance no parameter explains.
		{"noise", [][]int{{0}, {1}, {2}}, 2, scaled(first[:], v/(v+4)), scaled(total[:], v/(v+4))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fA, fB, fAB := ishigamiDesign(1<<14, 5, tc.groups, tc.noise)
			f1, ft, stoch, ok := sobolIntervals(fA, fB, fAB, 0, 1)
			if !ok {
				t.Fatal("no variance")
			}
			for g := range tc.groups {
				if math.Abs(f1[g].Est-tc.first[g]) > 0.03 || math.Abs(ft[g].Est-tc.total[g]) > 0.03 {
					t.Errorf("group %d: first %.4f total %.4f, want %.4f and %.4f", g, f1[g].Est, ft[g].Est, tc.first[g], tc.total[g])
				}
			}
			want := tc.noise * tc.noise / (v + tc.noise*tc.noise)
			if math.Abs(stoch.Est-want) > 0.03 {
				t.Errorf("stochastic share %.4f, want %.4f", stoch.Est, want)
			}
		})
	}
}

func scaled(x []float64, f float64) []float64 {
	out := make([]float64, len(x))
	for i := range x {
		out[i] = x[i] * f
	}
	return out
}

func TestSobolNoVariance(t *testing.T) {
	zero := make([]float64, 100)
	f1, ft, _, ok := sobolIntervals(zero, zero, [][]float64{zero}, 50, 1)
	if ok || f1[0].Est != 0 || ft[0].Est != 0 {
		t.Errorf("constant output: ok=%v first %v total %v, want not ok and zeros", ok, f1[0], ft[0])
	}
}

func TestGroupsOf(t *testing.T) {
	params := []Param{{Key: "a"}, {Key: "b"}, {Key: "c"}, {Key: "d"}}
	tests := []struct {
		name    string
		groups  []Group
		want    []string
		wantErr bool
	}{
		{"none", nil, []string{"a", "b", "c", "d"}, false},
		{"one group takes its first member's place", []Group{{Name: "g", Keys: []string{"c", "b"}}}, []string{"a", "g", "d"}, false},
		{"unknown key", []Group{{Name: "g", Keys: []string{"x"}}}, nil, true},
		{"key in two groups", []Group{{Name: "g", Keys: []string{"a"}}, {Name: "h", Keys: []string{"a", "b"}}}, nil, true},
		{"empty group", []Group{{Name: "g"}}, nil, true},
		{"two groups of one name", []Group{{Name: "g", Keys: []string{"a"}}, {Name: "g", Keys: []string{"b"}}}, nil, true},
		{"a group named like a parameter", []Group{{Name: "c", Keys: []string{"a", "b"}}}, nil, true},
		{"a group named like its only key", []Group{{Name: "a", Keys: []string{"a"}}}, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := groupsOf(params, tc.groups)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			var names []string
			for _, g := range got {
				names = append(names, g.Name)
			}
			if !tc.wantErr && !equalStrings(names, tc.want) {
				t.Errorf("groups %v, want %v", names, tc.want)
			}
		})
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestEVPIAnalytic(t *testing.T) {
	// Two options, the baseline (0) and one whose net benefit is normal
	// N(μ, σ²): EVPI = E[max(X, 0)] − max(μ, 0) = μΦ(μ/σ) + σφ(μ/σ) − max(μ, 0).
	z := distuv.UnitNormal
	const n = 200000
	tests := []struct{ mu, sigma float64 }{{0, 1}, {-1, 1}, {0.5, 1}, {2, 1}, {1000, 3000}, {-5000, 2000}}
	for _, tc := range tests {
		x := make([]float64, n)
		for i := range x {
			x[i] = tc.mu + tc.sigma*z.Quantile((float64(i)+0.5)/n)
		}
		r := tc.mu / tc.sigma
		want := tc.mu*z.CDF(r) + tc.sigma*z.Prob(r) - max(tc.mu, 0)
		got := evpiOf([][]float64{make([]float64, n), x})
		if math.Abs(got-want) > 1e-3*tc.sigma {
			t.Errorf("μ=%g σ=%g: EVPI %.6g, want %.6g", tc.mu, tc.sigma, got, want)
		}
	}
	// Three options by hand: means 0, 1, 1; best per set 3, 2, 2 → 7/3 − 1.
	got := evpiOf([][]float64{{0, 0, 0}, {3, -1, 1}, {-1, 2, 2}})
	if math.Abs(got-4.0/3) > 1e-12 {
		t.Errorf("three options: EVPI %g, want 4/3", got)
	}
}

func TestEVPPI(t *testing.T) {
	// NB = (2θ − 1) + ε with θ uniform and ε noise: knowing θ is worth
	// E[max(0, 2θ − 1)] = 1/4; knowing an unrelated ψ is worth nothing.
	const n = 2000
	z := distuv.UnitNormal
	theta, psi := make([][]float64, n), make([][]float64, n)
	both := make([][]float64, n)
	nb := [][]float64{make([]float64, n), make([]float64, n)}
	for i := range n {
		th, ps := model.ParamUniform(1, i, model.HashName("theta")), model.ParamUniform(1, i, model.HashName("psi"))
		theta[i], psi[i], both[i] = []float64{th}, []float64{ps}, []float64{th, ps}
		nb[1][i] = 2*th - 1 + 0.5*z.Quantile(model.ParamUniform(1, i, model.HashName("noise")))
	}
	tests := []struct {
		name string
		x    [][]float64
		want float64
	}{{"theta", theta, 0.25}, {"psi", psi, 0}, {"theta and psi", both, 0.25}}
	for _, tc := range tests {
		got := evppiOf(tc.x, nb)
		if math.Abs(got-tc.want) > 0.03 {
			t.Errorf("EVPPI of %s = %.4f, want %.2f ± 0.03", tc.name, got, tc.want)
		}
	}
	if e := evpiOf(nb); e < evppiOf(theta, nb) {
		t.Errorf("EVPI %.4f below EVPPI of θ", e)
	}
}

// normalEVPPI is the EVPPI of θ ~ N(μ, σ²) for two options, the baseline
// (0) and one with net benefit θ + noise: E[max(θ, 0)] − max(μ, 0) =
// μΦ(μ/σ) + σφ(μ/σ) − max(μ, 0).
func normalEVPPI(mu, sigma float64) float64 {
	if sigma == 0 {
		return 0
	}
	z := distuv.UnitNormal
	r := mu / sigma
	return mu*z.CDF(r) + sigma*z.Prob(r) - max(mu, 0)
}

// toyEVPPI estimates, with the noise floor and the permutation test, the
// EVPPI of θ = μ + σ·Φ⁻¹(u) for NB = θ + τ·ε over n parameter sets drawn
// with seed.
func toyEVPPI(mu, sigma, tau float64, n int, seed uint64) evppiEstimate {
	z := distuv.UnitNormal
	x := make([][]float64, n)
	nb := [][]float64{make([]float64, n), make([]float64, n)}
	for i := range n {
		u := model.ParamUniform(seed, i, model.HashName("theta"))
		x[i] = []float64{u}
		nb[1][i] = mu + sigma*z.Quantile(u) + tau*z.Quantile(model.ParamUniform(seed, i, model.HashName("noise")))
	}
	return newSmoother(x).estimate(nb, permSource{count: EVPPIPermutations, seed: seed, stream: 1}, &smootherWork{})
}

func TestEVPPIAnalytic(t *testing.T) {
	// In euros: the test of distinctness needs at least half a euro. The
	// estimate is averaged over seeds, as its expectation is what is
	// biased or not. The net EVPPI errs on the low side, most when the
	// options are tied on average (μ = 0): the floor is what noise adds on
	// its own, and noise adds less where the options are far apart.
	const seeds = 20
	tests := []struct {
		name           string
		mu, sigma, tau float64
		n              int
		below          float64 // allowed relative error under; over: 5%
	}{
		{"tied, noise as large as the signal", 0, 1000, 1000, 2000, 0.15},
		{"tied, little noise", 0, 1000, 300, 2000, 0.10},
		{"scenario ahead", 500, 1000, 1000, 2000, 0.05},
		{"baseline ahead", -1000, 1000, 1000, 2000, 0.05},
		{"wide parameter, much noise", 0, 3000, 6000, 4000, 0.25},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := normalEVPPI(tc.mu, tc.sigma)
			nets := make([]float64, seeds)
			raw := 0.0
			for seed := range seeds {
				e := toyEVPPI(tc.mu, tc.sigma, tc.tau, tc.n, uint64(7+seed))
				nets[seed] = e.net(math.Inf(1))
				raw += e.raw / seeds
				if !e.distinct(math.Inf(1)) {
					t.Errorf("seed %d: not distinguishable from zero (raw %.1f, %d permutations reach it)", 7+seed, e.raw, e.exceed)
				}
			}
			// Bias allowed, plus two standard errors of the mean over seeds.
			got, sd := stat.MeanStdDev(nets, nil)
			se := sd / math.Sqrt(seeds)
			if got < want*(1-tc.below)-2*se || got > want*1.05+2*se {
				t.Errorf("mean net EVPPI %.1f ± %.1f (raw %.1f), want %.1f within −%.0f%%/+5%% and 2 SE", got, se, raw, want, 100*tc.below)
			}
		})
	}
}

func TestEVPPINullParameter(t *testing.T) {
	// A parameter that does not enter the NPV: over many seeds its net
	// EVPPI stays near zero (far below what the raw regression finds when
	// it follows noise) and is rarely distinguishable from zero (a 1% test).
	tests := []struct {
		n           int
		seeds       int
		maxDistinct int
	}{{200, 60, 3}, {1000, 30, 2}}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.n), func(t *testing.T) {
			const tau = 1000
			var raw, net float64
			distinct := 0
			for seed := range tc.seeds {
				e := toyEVPPI(0, 0, tau, tc.n, uint64(1000+seed))
				raw += e.raw
				net += e.net(math.Inf(1))
				if e.distinct(math.Inf(1)) {
					distinct++
				}
			}
			raw /= float64(tc.seeds)
			net /= float64(tc.seeds)
			// For scale: knowing the noise itself would be worth τφ(0) ≈ 399.
			if net > 0.02*tau {
				t.Errorf("mean net EVPPI of a null parameter %.2f, want below %.0f (raw %.2f)", net, 0.02*tau, raw)
			}
			// The floor takes off most of what the regression finds in noise.
			if net > 0.6*raw {
				t.Errorf("net %.2f is more than 60%% of the raw %.2f: the noise floor takes off too little", net, raw)
			}
			if distinct > tc.maxDistinct {
				t.Errorf("a null parameter was distinguishable from zero for %d of %d seeds, want at most %d", distinct, tc.seeds, tc.maxDistinct)
			}
		})
	}
}

func TestEVPPINoCashFlows(t *testing.T) {
	// A stakeholder whose NPV is zero in every option: EVPPI exactly zero.
	x := [][]float64{{0.1}, {0.5}, {0.9}, {0.3}, {0.7}, {0.2}, {0.8}, {0.4}, {0.6}, {0.05}}
	nb := [][]float64{make([]float64, 10), make([]float64, 10)}
	e := newSmoother(x).estimate(nb, permSource{count: 9, seed: 1, stream: 1}, &smootherWork{})
	if e.raw != 0 || e.floor != 0 || e.distinct(math.Inf(1)) {
		t.Errorf("%+v, want zeros and not distinct", e)
	}
}

func TestSmootherWindows(t *testing.T) {
	// In one dimension the nearest others of a point are a run in sorted
	// order, found by walking outwards, the left side first on a tie.
	x := [][]float64{{0.5}, {0.1}, {0.45}, {0.9}, {0.52}, {0.3}, {0.7}, {0.95}, {0.05}, {0.6}, {0.2}, {0.8}, {0.4}, {0.35}, {0.65}, {0.15}}
	s := newSmoother(x)
	nb := knnNearest(x, len(x)-1)
	G := len(s.grid)
	for r, i := range s.rank {
		for g, k := range s.grid {
			run := s.win[r*G+g]
			in := map[int32]bool{}
			for q := run[0]; q <= run[1]; q++ {
				if s.rank[q] != i {
					in[s.rank[q]] = true
				}
			}
			if len(in) != k {
				t.Fatalf("point %d, k=%d: run %v holds %d others", i, k, run, len(in))
			}
			for _, j := range nb[i][:k] {
				if !in[j] {
					t.Errorf("point %d, k=%d: nearest %d not in run %v", i, k, j, run)
				}
			}
		}
	}
}

func TestEVPPIReproducible(t *testing.T) {
	// The permutations come from the seed and the stream: the same source
	// gives the same permutations every time; another stream others.
	perms := func(ps permSource) [][]int32 {
		var out [][]int32
		ps.each(50, make([]int32, 50), func(pi []int32) { out = append(out, slices.Clone(pi)) })
		return out
	}
	a := perms(permSource{count: 5, seed: 3, stream: model.HashName("a")})
	b := perms(permSource{count: 5, seed: 3, stream: model.HashName("a")})
	c := perms(permSource{count: 5, seed: 3, stream: model.HashName("b")})
	same := func(p, q [][]int32) bool {
		for i := range p {
			if !slices.Equal(p[i], q[i]) {
				return false
			}
		}
		return true
	}
	if len(a) != 5 || !same(a, b) || same(a, c) || slices.Equal(a[0], a[1]) {
		t.Error("permutations are not a function of seed and stream")
	}
}

func TestBrent(t *testing.T) {
	tests := []struct {
		name   string
		f      func(float64) float64
		a, b   float64
		root   float64
		within float64
	}{
		{"cubic", func(x float64) float64 { return x*x*x - 2*x - 5 }, 2, 3, 2.0945514815423265, 1e-9},
		{"cos", func(x float64) float64 { return math.Cos(x) - x }, 0, 1, 0.7390851332151607, 1e-9},
		{"linear", func(x float64) float64 { return 1000 - 7*x }, 0, 500, 1000.0 / 7, 1e-9},
		{"step", func(x float64) float64 { return math.Copysign(1, x-0.3) }, 0, 1, 0.3, 1e-6},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := func(x float64) (float64, error) { return tc.f(x), nil }
			got, err := brent(f, tc.a, tc.b, tc.f(tc.a), tc.f(tc.b), 1e-10, 200)
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(got-tc.root) > tc.within {
				t.Errorf("root %.12g, want %.12g", got, tc.root)
			}
		})
	}
	if _, err := brent(func(x float64) (float64, error) { return 1, nil }, 0, 1, 1, 1, 1e-9, 10); err == nil {
		t.Error("no bracket: want an error")
	}
}

// sobolEstimateColumns is sobolEstimate as it read the outputs before
// sobolRows, matrix by matrix: the reference TestSobolEstimateRowsAsColumns
// holds the row layout to.
func sobolEstimateColumns(fA, fB []float64, fAB [][]float64, idx []int, first, total []float64) (stoch float64, ok bool) {
	n := len(idx)
	buf := make([]float64, 2*n)
	for r, i := range idx {
		buf[r], buf[n+r] = fA[i], fB[i]
	}
	m, v := stat.MeanVariance(buf, nil)
	if !(v > 0) || math.IsInf(v, 0) {
		return 0, false
	}
	s1, st := make([]float64, len(fAB)), make([]float64, len(fAB))
	var ab float64
	for _, i := range idx {
		a, b := fA[i], fB[i]
		d := a - b
		ab += d * d
		bm := b - m
		for g, f := range fAB {
			fi := f[i]
			s1[g] += bm * (fi - a)
			d := a - fi
			st[g] += d * d
		}
	}
	stoch = 1 - ab/(2*float64(n)*v)
	for g := range fAB {
		first[g] = s1[g] / (float64(n) * v)
		total[g] = st[g] / (2 * float64(n) * v)
	}
	return stoch, true
}

// TestSobolEstimateRowsAsColumns checks that the estimates from the outputs
// laid out by rows are bit for bit those read matrix by matrix, on the
// full sample and on bootstrap resamples.
func TestSobolEstimateRowsAsColumns(t *testing.T) {
	const n, G = 300, 4
	rng := rand.New(rand.NewPCG(7, 8))
	fA, fB := make([]float64, n), make([]float64, n)
	fAB := make([][]float64, G)
	for g := range fAB {
		fAB[g] = make([]float64, n)
	}
	for i := range n {
		fA[i], fB[i] = 1e6*rng.NormFloat64(), 1e6*rng.NormFloat64()
		for g := range fAB {
			fAB[g][i] = fA[i] + float64(g)*fB[i]*rng.Float64()
		}
	}
	rows := sobolRows(fA, fB, fAB)
	buf, s1, st := make([]float64, 2*n), make([]float64, G), make([]float64, G)
	idx := make([]int, n)
	for rep := range 20 {
		for r := range idx {
			idx[r] = r
			if rep > 0 {
				idx[r] = rng.IntN(n)
			}
		}
		f1, ft, w1, wt := make([]float64, G), make([]float64, G), make([]float64, G), make([]float64, G)
		s, ok := sobolEstimate(rows, G, idx, buf, s1, st, f1, ft)
		ws, wok := sobolEstimateColumns(fA, fB, fAB, idx, w1, wt)
		if !ok || !wok || math.Float64bits(s) != math.Float64bits(ws) {
			t.Fatalf("resample %d: stochastic share %v (%v), by matrix %v (%v)", rep, s, ok, ws, wok)
		}
		for g := range G {
			if math.Float64bits(f1[g]) != math.Float64bits(w1[g]) || math.Float64bits(ft[g]) != math.Float64bits(wt[g]) {
				t.Fatalf("resample %d, group %d: first %v total %v, by matrix %v %v", rep, g, f1[g], ft[g], w1[g], wt[g])
			}
		}
	}
}
