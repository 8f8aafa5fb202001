package dist

import (
	"math"
	"sync"

	"gonum.org/v1/gonum/interp"
	"gonum.org/v1/gonum/stat/distuv"
)

// Table is the quantile function of a Dist, tabulated once for a
// simulation that draws from it millions of times.
//
// Beta, PERT and gamma quantiles invert an incomplete beta or gamma
// integral, which costs about a microsecond a call; for the engine, which
// draws every uncertain parameter in every iteration, that was a third of
// the run time. A Table interpolates the quantile with gonum's
// interp.PiecewiseCubic, fitted to exact quantiles and exact derivatives
// (dQ/dp = 1/f(Q), f the density) at tableNodes points equally spaced in
// the log-odds of p, where the quantile is smooth even as p nears 0 or 1.
// Beyond the tabulated range (p below tableTail or above 1 − tableTail) it
// returns the exact quantile. The interpolation error is below 1e-9 of
// the distribution's width or scale for the shapes a scenario can hold
// (TestTableMatchesQuantile).
//
// The other kinds have closed-form or fast quantiles, for which Table
// simply calls [Dist.Quantile].
type Table struct {
	d Dist
	// q interpolates the quantile against the log-odds of p; nil when d's
	// own Quantile is fast or the tabulation failed.
	q *interp.PiecewiseCubic
	// lo and hi are the support of d, to which interpolated values are
	// clamped.
	lo, hi float64
	// median is the Table's quantile at p = 0.5, worked out once: an
	// analysis that holds a parameter at its median (a Sobol design's
	// parameters not varied) draws it there in every iteration.
	median float64
}

const (
	// tableNodes is the number of interpolation nodes of a Table.
	tableNodes = 1025
	// tableTail is the probability in each tail left to the exact quantile.
	tableTail = 1e-4
)

// tables caches Tables by Dist: tabulating costs about a millisecond for
// the slow kinds, and callers such as calibration load the same scenario,
// with the same distributions, hundreds of times.
var tables sync.Map // Dist → *Table

// NewTable returns the tabulated quantile function of d, which must have
// no Problems. Tables are immutable and shared: a Dist met before returns
// the same Table.
func NewTable(d Dist) *Table {
	if t, ok := tables.Load(d); ok {
		return t.(*Table)
	}
	t, _ := tables.LoadOrStore(d, newTable(d))
	return t.(*Table)
}

// newTable tabulates d.
func newTable(d Dist) *Table {
	t := &Table{d: d}
	t.lo, t.hi = d.Support()
	t.fit()
	t.median = t.quantile(0.5)
	return t
}

// fit tabulates the quantile of a PERT, beta or gamma distribution; t.q
// stays nil for the other kinds and for extreme shapes.
func (t *Table) fit() {
	d := t.d
	switch d.Kind {
	case PERT, Beta, Gamma:
	default:
		return
	}
	lim := logit(1 - tableTail)
	xs := make([]float64, tableNodes)
	ys := make([]float64, tableNodes)
	dydxs := make([]float64, tableNodes)
	for j := range xs {
		x := -lim + 2*lim*float64(j)/float64(tableNodes-1)
		p := 1 / (1 + math.Exp(-x))
		y := d.Quantile(p)
		// dQ/dx = dQ/dp · dp/dx with dp/dx = p(1 − p).
		slope := p * (1 - p) / d.density(y)
		if math.IsNaN(y) || math.IsInf(slope, 0) || math.IsNaN(slope) {
			return // an extreme shape: keep the exact quantile
		}
		xs[j], ys[j], dydxs[j] = x, y, slope
	}
	q := new(interp.PiecewiseCubic)
	q.FitWithDerivatives(xs, ys, dydxs)
	t.q = q
}

// Quantile returns the value below which a fraction p of the distribution
// lies, as [Dist.Quantile] does, to within the Table's interpolation error.
// It does not allocate, and it panics if p is outside [0, 1].
func (t *Table) Quantile(p float64) float64 {
	if p == 0.5 {
		return t.median
	}
	return t.quantile(p)
}

// quantile is Quantile worked out afresh.
func (t *Table) quantile(p float64) float64 {
	if t.q == nil || !(p >= tableTail && p <= 1-tableTail) {
		return t.d.Quantile(p)
	}
	return clamp(t.q.Predict(logit(p)), t.lo, t.hi)
}

// logit returns the log-odds of p.
func logit(p float64) float64 { return math.Log(p / (1 - p)) }

// density returns the probability density at x of a PERT, beta or gamma
// Dist.
func (d Dist) density(x float64) float64 {
	switch d.Kind {
	case PERT:
		w := d.Max - d.Min
		a, b := pertShape(d.Min, d.Mode, d.Max)
		return distuv.Beta{Alpha: a, Beta: b}.Prob((x-d.Min)/w) / w
	case Beta:
		lo, hi := d.betaRange()
		return distuv.Beta{Alpha: d.Alpha, Beta: d.Beta}.Prob((x-lo)/(hi-lo)) / (hi - lo)
	case Gamma:
		return distuv.Gamma{Alpha: d.Alpha, Beta: d.Beta}.Prob(x)
	}
	return math.NaN()
}
