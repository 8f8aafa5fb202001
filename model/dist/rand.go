package dist

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"
)

// Rand draws a value from d with the random source src, using gonum's
// samplers, which for the beta family (PERT, beta) are far faster than
// Quantile. It is meant for draws that need no coupling through uniforms,
// such as the spread of characteristics across persons; a fixed sequence
// from src gives a fixed sequence of values. Rand does not allocate.
func (d Dist) Rand(src rand.Source) float64 {
	switch d.Kind {
	case Fixed, "":
		return d.Value
	case Uniform:
		return distuv.Uniform{Min: d.Min, Max: d.Max, Src: src}.Rand()
	case Triangular:
		w := d.Max - d.Min
		t := distuv.NewTriangle(0, 1, clamp((d.Mode-d.Min)/w, 0, 1), src)
		return clamp(d.Min+w*t.Rand(), d.Min, d.Max)
	case PERT:
		a, b := pertShape(d.Min, d.Mode, d.Max)
		x := distuv.Beta{Alpha: a, Beta: b, Src: src}.Rand()
		return clamp(d.Min+(d.Max-d.Min)*x, d.Min, d.Max)
	case Normal:
		n := distuv.Normal{Mu: d.Mu, Sigma: d.Sigma, Src: src}
		if !d.HasMin && !d.HasMax {
			return n.Rand()
		}
		lo, hi := d.Support()
		// Rejection while it is cheap; the quantile when the bounds cut
		// away most of the mass.
		for range 16 {
			if x := n.Rand(); x >= lo && x <= hi {
				return x
			}
		}
		return d.Quantile(uniformFrom(src))
	case LogNormal:
		return distuv.LogNormal{Mu: d.Mu, Sigma: d.Sigma, Src: src}.Rand()
	case Beta:
		lo, hi := d.betaRange()
		x := distuv.Beta{Alpha: d.Alpha, Beta: d.Beta, Src: src}.Rand()
		return clamp(lo+(hi-lo)*x, lo, hi)
	case Gamma:
		return distuv.Gamma{Alpha: d.Alpha, Beta: d.Beta, Src: src}.Rand()
	}
	return math.NaN()
}

// uniformFrom returns a uniform number in (0, 1) from src.
func uniformFrom(src rand.Source) float64 {
	return (float64(src.Uint64()>>11) + 0.5) * 0x1p-53
}
