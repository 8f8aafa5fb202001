package dist

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"
)

// Sampler draws from a Dist with one random source as [Dist.Rand] does,
// with what Rand works out from the Dist on every call — its kind, a PERT's
// shape, the triangle, the bounds — worked out once: the same values, bit
// for bit, from the same sequence of the source (TestSamplerAsRand). It is
// for drawing one distribution many times, such as a characteristic of
// every person of a cohort, with gonum's samplers.
type Sampler struct {
	d    Dist
	src  rand.Source
	how  sampling
	lo   float64 // the lower end the draw is clamped to
	w    float64 // the width a draw on [0, 1] is scaled by
	beta distuv.Beta
	tri  distuv.Triangle
	norm distuv.Normal
	hi   float64 // the upper end (a truncated normal's too)
}

// sampling is how a Sampler draws.
type sampling int

const (
	sampleFixed sampling = iota
	sampleUniform
	sampleTriangle
	sampleBeta // PERT and beta: lo + w·x, x beta on [0, 1]
	sampleNormal
	sampleTruncNormal
	sampleLogNormal
	sampleGamma
	sampleNaN
)

// NewSampler returns a Sampler of d drawing from src.
func (d Dist) NewSampler(src rand.Source) Sampler {
	s := Sampler{d: d, src: src}
	switch d.Kind {
	case Fixed, "":
		s.how = sampleFixed
	case Uniform:
		s.how = sampleUniform
	case Triangular:
		s.how, s.lo, s.hi, s.w = sampleTriangle, d.Min, d.Max, d.Max-d.Min
		s.tri = distuv.NewTriangle(0, 1, clamp((d.Mode-d.Min)/s.w, 0, 1), src)
	case PERT:
		a, b := pertShape(d.Min, d.Mode, d.Max)
		s.how, s.lo, s.hi, s.w = sampleBeta, d.Min, d.Max, d.Max-d.Min
		s.beta = distuv.Beta{Alpha: a, Beta: b, Src: src}
	case Beta:
		s.how = sampleBeta
		s.lo, s.hi = d.betaRange()
		s.w = s.hi - s.lo
		s.beta = distuv.Beta{Alpha: d.Alpha, Beta: d.Beta, Src: src}
	case Normal:
		s.how, s.norm = sampleNormal, distuv.Normal{Mu: d.Mu, Sigma: d.Sigma, Src: src}
		if d.HasMin || d.HasMax {
			s.how = sampleTruncNormal
			s.lo, s.hi = d.Support()
		}
	case LogNormal:
		s.how = sampleLogNormal
	case Gamma:
		s.how = sampleGamma
	default:
		s.how = sampleNaN
	}
	return s
}

// Rand draws a value, as d.Rand(src) would.
func (s *Sampler) Rand() float64 {
	d := &s.d
	switch s.how {
	case sampleFixed:
		return d.Value
	case sampleUniform:
		return distuv.Uniform{Min: d.Min, Max: d.Max, Src: s.src}.Rand()
	case sampleTriangle:
		return clamp(s.lo+s.w*s.tri.Rand(), s.lo, s.hi)
	case sampleBeta:
		return clamp(s.lo+s.w*s.beta.Rand(), s.lo, s.hi)
	case sampleNormal:
		return s.norm.Rand()
	case sampleTruncNormal:
		for range 16 {
			if x := s.norm.Rand(); x >= s.lo && x <= s.hi {
				return x
			}
		}
		return d.Quantile(uniformFrom(s.src))
	case sampleLogNormal:
		return distuv.LogNormal{Mu: d.Mu, Sigma: d.Sigma, Src: s.src}.Rand()
	case sampleGamma:
		return distuv.Gamma{Alpha: d.Alpha, Beta: d.Beta, Src: s.src}.Rand()
	}
	return math.NaN()
}
