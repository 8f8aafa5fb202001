// Package dist holds a model input that is either a plain number or a
// probability distribution, as written in TOML scenario files:
//
//	job_finding_hr = 1.4
//	job_finding_hr = { dist = "pert", min = 1.1, mode = 1.4, max = 1.9 }
//
// A [Dist] is sampled only through [Dist.Quantile], so that the caller
// supplies the uniform numbers (for common random numbers across scenarios,
// Latin hypercube designs and the like).
//
// Decoding ([Dist.UnmarshalTOML]) checks structure only: the distribution
// kind, the keys of the table and the types of their values. Numeric
// consistency (min ≤ mode ≤ max, sd > 0, finite numbers, …) is reported by
// [Dist.Problems], so that a caller can collect every problem of a file at
// once. Quantile, Mean, Median and Support assume a Dist without Problems.
package dist

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/mathext"
	"gonum.org/v1/gonum/stat/distuv"

	"github.com/vwnw/vwnw/internal/suggest"
)

// Kind names a distribution family. Its value is the text of the "dist" key
// in a TOML table.
type Kind string

// The distribution families.
const (
	// Fixed is a plain number: key value.
	Fixed Kind = "fixed"
	// Uniform is uniform on [min, max]: keys min, max.
	Uniform Kind = "uniform"
	// Triangular is triangular on [min, max] with its peak at mode: keys
	// min, mode, max.
	Triangular Kind = "triangular"
	// PERT is the (modified-beta) PERT distribution on [min, max] with the
	// given mode: keys min, mode, max. It is a Beta(α, β) scaled to
	// [min, max] with α = 1 + 4(mode−min)/(max−min) and
	// β = 1 + 4(max−mode)/(max−min); its mean is (min + 4·mode + max)/6.
	PERT Kind = "pert"
	// Normal is the normal distribution: keys mean, sd, and optionally min
	// and/or max, which truncate it.
	Normal Kind = "normal"
	// LogNormal is the distribution of exp(X) where X is normal with mean mu
	// and standard deviation sigma: keys mu, sigma.
	LogNormal Kind = "lognormal"
	// Beta is the beta distribution with shape parameters alpha and beta:
	// keys alpha, beta, and optionally min and max, which scale it from
	// [0, 1] to [min, max] (each defaults independently to 0 and 1).
	Beta Kind = "beta"
	// Gamma is the gamma distribution with shape alpha and RATE beta (mean
	// alpha/beta), as gonum's distuv.Gamma: keys alpha, beta.
	Gamma Kind = "gamma"
)

// kinds lists every Kind in the order used in messages.
var kinds = []Kind{Fixed, Uniform, Triangular, PERT, Normal, LogNormal, Beta, Gamma}

// spec describes the TOML keys of one kind, in canonical order.
type spec struct {
	required []string
	optional []string
}

// specs gives the keys of each kind (besides "dist"). The canonical order
// of keys in TOML and JSON output is required keys, then optional keys.
var specs = map[Kind]spec{
	Fixed:      {required: []string{"value"}},
	Uniform:    {required: []string{"min", "max"}},
	Triangular: {required: []string{"min", "mode", "max"}},
	PERT:       {required: []string{"min", "mode", "max"}},
	Normal:     {required: []string{"mean", "sd"}, optional: []string{"min", "max"}},
	LogNormal:  {required: []string{"mu", "sigma"}},
	Beta:       {required: []string{"alpha", "beta"}, optional: []string{"min", "max"}},
	Gamma:      {required: []string{"alpha", "beta"}},
}

// allowedKeys returns "dist" followed by the keys of s in canonical order.
func (s spec) allowedKeys() []string {
	keys := make([]string, 0, 1+len(s.required)+len(s.optional))
	keys = append(keys, "dist")
	keys = append(keys, s.required...)
	return append(keys, s.optional...)
}

// Dist is a model input: a fixed number or a probability distribution.
//
// Only the fields of its Kind are used. The zero Dist is the fixed value 0.
// For beta and normal distributions, HasMin and HasMax tell whether Min and
// Max were given; for the other kinds they are ignored, and UnmarshalTOML
// leaves them false.
type Dist struct {
	// Kind is the distribution family; "" means Fixed.
	Kind Kind
	// Value is the number of a Fixed Dist.
	Value float64
	// Min, Mode and Max are the bounds and peak of uniform (Min, Max),
	// triangular and PERT distributions; for beta the optional scaling
	// bounds (default 0 and 1); for normal the optional truncation bounds.
	Min, Mode, Max float64
	// HasMin and HasMax tell whether Min and Max were given, for normal
	// (truncation) and beta (scaling) distributions.
	HasMin, HasMax bool
	// Mu and Sigma are the mean and standard deviation of a normal
	// distribution before any truncation (TOML keys mean and sd), or of the
	// log of a lognormal variable (TOML keys mu and sigma). (A field named
	// Mean would clash with the Mean method.)
	Mu, Sigma float64
	// Alpha and Beta are the shape parameters of a beta distribution; for a
	// gamma distribution Alpha is the shape and Beta the rate.
	Alpha, Beta float64
}

// FixedValue returns the Dist that is always v.
func FixedValue(v float64) Dist {
	return Dist{Kind: Fixed, Value: v}
}

// IsFixed reports whether d is a fixed number rather than a distribution.
func (d Dist) IsFixed() bool {
	return d.Kind == Fixed || d.Kind == ""
}

// betaRange returns the scaling bounds of a beta distribution.
func (d Dist) betaRange() (lo, hi float64) {
	lo, hi = 0, 1
	if d.HasMin {
		lo = d.Min
	}
	if d.HasMax {
		hi = d.Max
	}
	return lo, hi
}

// Quantile returns the value below which a fraction p of the distribution
// lies (the inverse of the cumulative distribution function). Sampling is
// Quantile of a uniform number in (0, 1). A Fixed Dist returns its Value for
// every p. Quantile does not allocate, and for a Dist without Problems its
// result lies within Support. It panics if p is outside [0, 1] or NaN.
//
// Every family uses gonum's stat/distuv quantile functions, with two
// refinements for precision and robustness: the upper half of a beta comes
// from the reflected beta, and the lower quarter of a gamma is refined by
// Newton steps on the regularized incomplete gamma function (gonum's own
// lower-tail root finder allocates and can fail). A truncated normal whose interval lies so far in a tail (more than about
// 37 standard deviations) that its probability underflows is approximated
// by the exponential tail of the normal density near the bound closest to
// the mean.
func (d Dist) Quantile(p float64) float64 {
	if !(p >= 0 && p <= 1) {
		panic("dist: probability " + strconv.FormatFloat(p, 'g', -1, 64) + " outside [0, 1]")
	}
	switch d.Kind {
	case Fixed, "":
		return d.Value
	case Uniform:
		u := distuv.Uniform{Min: d.Min, Max: d.Max}
		return clamp(u.Quantile(p), d.Min, d.Max)
	case Triangular:
		// Work on [0, 1] and scale, so that products of widths cannot
		// overflow.
		w := d.Max - d.Min
		t := distuv.NewTriangle(0, 1, clamp((d.Mode-d.Min)/w, 0, 1), nil)
		return clamp(d.Min+w*t.Quantile(p), d.Min, d.Max)
	case PERT:
		w := d.Max - d.Min
		a, b := pertShape(d.Min, d.Mode, d.Max)
		x := distuv.Beta{Alpha: a, Beta: b}.Quantile(p)
		return clamp(d.Min+w*x, d.Min, d.Max)
	case Normal:
		if !d.HasMin && !d.HasMax {
			return distuv.Normal{Mu: d.Mu, Sigma: d.Sigma}.Quantile(p)
		}
		return d.truncNormalQuantile(p)
	case LogNormal:
		x := distuv.LogNormal{Mu: d.Mu, Sigma: d.Sigma}.Quantile(p)
		if math.IsNaN(x) {
			return math.Exp(d.Mu)
		}
		return x
	case Beta:
		lo, hi := d.betaRange()
		// gonum's inverse loses precision near p = 1: use the reflected
		// distribution for the upper half.
		var x float64
		if p <= 0.5 {
			x = distuv.Beta{Alpha: d.Alpha, Beta: d.Beta}.Quantile(p)
		} else {
			x = 1 - distuv.Beta{Alpha: d.Beta, Beta: d.Alpha}.Quantile(1-p)
		}
		if math.IsNaN(x) {
			x = 1 / (1 + d.Beta/d.Alpha) // the mean
		}
		return clamp(lo+(hi-lo)*x, lo, hi)
	case Gamma:
		return gammaQuantile(d.Alpha, d.Beta, p)
	}
	return math.NaN()
}

// gammaQuantile returns the p-quantile of a gamma distribution with shape
// alpha and the given rate.
//
// For p ≥ 0.25 it is gonum's distuv.Gamma.Quantile. Below, gonum switches to
// a root finder that allocates, can fail (NaN) and can panic for tiny p, so
// instead the inverse of the complemented integral (accurate to about 1e-16
// in p) is refined by Newton steps on log P(alpha, x) against log x, with
// P the regularized lower incomplete gamma function, which keeps its
// relative precision in the lower tail.
func gammaQuantile(alpha, rate, p float64) float64 {
	if p >= 0.25 {
		return max(distuv.Gamma{Alpha: alpha, Beta: rate}.Quantile(p), 0)
	}
	if p == 0 {
		return 0
	}
	x := mathext.GammaIncRegCompInv(alpha, 1-max(p, 1e-15))
	if !(x > 0) || math.IsInf(x, 0) {
		return 0
	}
	lp := math.Log(p)
	lga, _ := math.Lgamma(alpha)
	// Safeguarded Newton: lo and hi bracket log x; a step leaving the
	// bracket, or landing where P underflows, is replaced by bisection.
	lo, hi := math.Inf(-1), math.Inf(1)
	u := math.Log(x)
	for range 200 {
		x = math.Exp(u)
		P := mathext.GammaIncReg(alpha, x)
		var next float64
		if P > 0 {
			lP := math.Log(P)
			if lP < lp {
				lo = u
			} else {
				hi = u
			}
			// d log P / d log x = x·f(x)/P, f the gamma(alpha, 1) density.
			next = u - (lP-lp)/math.Exp(alpha*u-x-lga-lP)
		} else {
			lo = u
			next = math.NaN()
		}
		if !(next > lo && next < hi) {
			switch {
			case math.IsInf(hi, 1):
				next = lo + 1
			case math.IsInf(lo, -1):
				next = hi - 1
			default:
				next = lo/2 + hi/2
			}
		}
		if math.Abs(next-u) < 1e-14*math.Max(1, math.Abs(u)) || hi-lo < 1e-14*math.Max(1, math.Abs(u)) {
			u = next
			break
		}
		u = next
	}
	x = math.Exp(u)
	if math.IsNaN(x) {
		return 0
	}
	return max(x/rate, 0)
}

// pertShape returns the beta shape parameters of a PERT distribution.
func pertShape(lo, mode, hi float64) (alpha, beta float64) {
	w := hi - lo
	return 1 + 4*clamp((mode-lo)/w, 0, 1), 1 + 4*clamp((hi-mode)/w, 0, 1)
}

// clamp returns x limited to [lo, hi]; a NaN x gives lo.
func clamp(x, lo, hi float64) float64 {
	switch {
	case x > hi:
		return hi
	case x >= lo:
		return x
	}
	return lo
}

// truncBounds returns the standardized truncation bounds of a normal Dist.
func (d Dist) truncBounds() (a, b float64) {
	a, b = math.Inf(-1), math.Inf(1)
	if d.HasMin {
		a = (d.Min - d.Mu) / d.Sigma
	}
	if d.HasMax {
		b = (d.Max - d.Mu) / d.Sigma
	}
	return a, b
}

// nearest returns the point of the truncation interval of a normal Dist
// closest to its mean: the limit of the distribution as SD shrinks.
func (d Dist) nearest() float64 {
	x := d.Mu
	if d.HasMin && x < d.Min {
		x = d.Min
	}
	if d.HasMax && x > d.Max {
		x = d.Max
	}
	return x
}

// tailCut is the standardized bound beyond which the normal CDF nears the
// subnormal range; deeper tails use an exponential approximation.
const tailCut = -37

// narrow is the standardized width below which the normal density is
// treated as flat over a truncation interval.
const narrow = 1e-7

// truncNormalQuantile is Quantile for a truncated normal Dist.
func (d Dist) truncNormalQuantile(p float64) float64 {
	lo, hi := d.Support()
	a, b := d.truncBounds()
	if math.IsNaN(a) || math.IsNaN(b) || a >= b {
		// SD so small relative to the bounds that standardizing fails.
		return d.nearest()
	}
	// Work in the lower tail, where the CDF keeps its relative precision:
	// if the interval lies above the mean, reflect it.
	reflect := a > 0
	if reflect {
		a, b, p = -b, -a, 1-p
	}
	var z float64
	n := distuv.UnitNormal
	switch ca, cb := n.CDF(a), n.CDF(b); {
	case b < tailCut:
		// Deep in the tail the density is close to exp(−λ(b−z)) with
		// λ = −b, so b − z is an exponential variable with rate λ truncated
		// at b − a.
		lambda, w := -b, b-a
		u := 1 - p // P(b − z ≤ t)
		t := -math.Log1p(u*math.Expm1(-lambda*w)) / lambda
		z = b - t
	case b-a < narrow || !(cb > ca):
		z = a + p*(b-a)
	default:
		z = n.Quantile(clamp(ca+p*(cb-ca), 0, 1))
	}
	z = clamp(z, a, b)
	if reflect {
		z = -z
	}
	x := d.Mu + d.Sigma*z
	if math.IsNaN(x) {
		return d.nearest()
	}
	return clamp(x, lo, hi)
}

// Median returns the median of d, Quantile(0.5).
func (d Dist) Median() float64 {
	return d.Quantile(0.5)
}

// Mean returns the mean of d, from the analytic formula of each family.
// For a truncated normal it is μ + σ(φ(a) − φ(b))/(Φ(b) − Φ(a)) with a and
// b the standardized bounds, computed in the lower tail for precision, and
// from the exponential-tail approximation where Quantile uses it.
func (d Dist) Mean() float64 {
	switch d.Kind {
	case Fixed, "":
		return d.Value
	case Uniform:
		return d.Min/2 + d.Max/2
	case Triangular:
		return d.Min/3 + d.Mode/3 + d.Max/3
	case PERT:
		return d.Min/6 + 4*(d.Mode/6) + d.Max/6
	case Normal:
		if !d.HasMin && !d.HasMax {
			return d.Mu
		}
		return d.truncNormalMean()
	case LogNormal:
		return math.Exp(d.Mu + d.Sigma*d.Sigma/2)
	case Beta:
		lo, hi := d.betaRange()
		return lo + (hi-lo)/(1+d.Beta/d.Alpha)
	case Gamma:
		return d.Alpha / d.Beta
	}
	return math.NaN()
}

// truncNormalMean is Mean for a truncated normal Dist.
func (d Dist) truncNormalMean() float64 {
	lo, hi := d.Support()
	a, b := d.truncBounds()
	if math.IsNaN(a) || math.IsNaN(b) || a >= b {
		return d.nearest()
	}
	sign := 1.0
	if a > 0 {
		a, b, sign = -b, -a, -1
	}
	n := distuv.UnitNormal
	var m float64 // mean of the standardized, possibly reflected, variable
	switch ca, cb := n.CDF(a), n.CDF(b); {
	case b < tailCut:
		// Exponential-tail approximation, as in truncNormalQuantile.
		lambda, w := -b, b-a
		et := 1 / lambda
		if !math.IsInf(w, 1) {
			et -= w * math.Exp(-lambda*w) / -math.Expm1(-lambda*w)
		}
		m = b - et
	case b-a < narrow || !(cb > ca):
		m = a/2 + b/2
	default:
		m = (n.Prob(a) - n.Prob(b)) / (cb - ca)
	}
	m = clamp(m, a, b)
	x := d.Mu + d.Sigma*sign*m
	if math.IsNaN(x) {
		return d.nearest()
	}
	return clamp(x, lo, hi)
}

// Support returns the smallest and largest possible values of d: the bounds
// of its support, −Inf or +Inf where it is unbounded.
func (d Dist) Support() (lo, hi float64) {
	switch d.Kind {
	case Fixed, "":
		return d.Value, d.Value
	case Uniform, Triangular, PERT:
		return d.Min, d.Max
	case Normal:
		lo, hi = math.Inf(-1), math.Inf(1)
		if d.HasMin {
			lo = d.Min
		}
		if d.HasMax {
			hi = d.Max
		}
		return lo, hi
	case LogNormal, Gamma:
		return 0, math.Inf(1)
	case Beta:
		return d.betaRange()
	}
	return math.NaN(), math.NaN()
}

// Problems returns every numeric inconsistency of d, each message naming the
// key at fault and what is allowed, or nil when d is fine. Every number used
// by the kind must be finite.
func (d Dist) Problems() []string {
	var c checker
	switch d.Kind {
	case Fixed, "":
		c.finite("value", d.Value)
	case Uniform:
		if c.finite("min", d.Min) && c.finite("max", d.Max) {
			c.bounds(d.Min, d.Max)
		}
	case Triangular, PERT:
		c.modeRange(d.Min, d.Mode, d.Max)
	case Normal:
		c.finite("mean", d.Mu)
		c.positive("sd", d.Sigma, "")
		c.truncation(d)
	case LogNormal:
		c.finite("mu", d.Mu)
		c.positive("sigma", d.Sigma, "")
	case Beta:
		c.shape("alpha", d.Alpha, "")
		c.shape("beta", d.Beta, "")
		lo, hi := d.betaRange()
		okMin := !d.HasMin || c.finite("min", d.Min)
		okMax := !d.HasMax || c.finite("max", d.Max)
		if okMin && okMax {
			c.bounds(lo, hi)
		}
	case Gamma:
		c.shape("alpha", d.Alpha, " (the shape)")
		c.positive("beta", d.Beta, " (the rate)")
	default:
		c.add("unknown distribution %q%s; allowed: %s", string(d.Kind), kindHint(string(d.Kind)), kindList())
	}
	return c.probs
}

// checker collects the problems of a Dist.
type checker struct{ probs []string }

func (c *checker) add(format string, args ...any) {
	c.probs = append(c.probs, fmt.Sprintf(format, args...))
}

// finite checks that v, the value of key, is a finite number.
func (c *checker) finite(key string, v float64) bool {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		c.add("%s must be a finite number, got %s", key, num(v))
		return false
	}
	return true
}

// positive checks that v, the value of key (what says what it is), is
// finite and positive.
func (c *checker) positive(key string, v float64, what string) {
	if c.finite(key, v) && v <= 0 {
		c.add("%s%s must be > 0, got %s", key, what, num(v))
	}
}

// shape checks a shape parameter: gonum's inverse functions are reliable
// for shapes in [minShape, maxShape] but can fail, or even not return, far
// outside.
func (c *checker) shape(key string, v float64, what string) {
	if c.finite(key, v) && !(v >= minShape && v <= maxShape) {
		if v <= 0 {
			c.add("%s%s must be > 0, got %s", key, what, num(v))
		} else {
			c.add("%s%s must be between %s and %s, got %s", key, what, num(minShape), num(maxShape), num(v))
		}
	}
}

// bounds checks lo < hi for keys min and max, each already finite.
func (c *checker) bounds(lo, hi float64) bool {
	switch {
	case lo == hi:
		c.add("min and max must differ; use a plain number for a fixed value")
		return false
	case lo > hi:
		c.add("min (%s) > max (%s): need min < max", num(lo), num(hi))
		return false
	case math.IsInf(hi-lo, 0):
		c.add("max − min overflows: min (%s) and max (%s) are too far apart", num(lo), num(hi))
		return false
	}
	return true
}

// modeRange checks min ≤ mode ≤ max, min < max, of a triangular or PERT
// distribution.
func (c *checker) modeRange(lo, mode, hi float64) {
	okMin, okMode, okMax := c.finite("min", lo), c.finite("mode", mode), c.finite("max", hi)
	if !okMin || !okMode || !okMax {
		return
	}
	if lo == hi {
		c.add("min and max must differ; use a plain number for a fixed value")
		return
	}
	bad := false
	if lo > mode {
		c.add("min (%s) > mode (%s): need min ≤ mode ≤ max", num(lo), num(mode))
		bad = true
	}
	if mode > hi {
		c.add("mode (%s) > max (%s): need min ≤ mode ≤ max", num(mode), num(hi))
		bad = true
	}
	if lo > hi && !bad {
		c.add("min (%s) > max (%s): need min ≤ mode ≤ max", num(lo), num(hi))
		bad = true
	}
	if !bad {
		c.bounds(lo, hi)
	}
}

// truncation checks the optional bounds of a normal distribution.
func (c *checker) truncation(d Dist) {
	okMin := !d.HasMin || c.finite("min", d.Min)
	okMax := !d.HasMax || c.finite("max", d.Max)
	if !d.HasMin || !d.HasMax || !okMin || !okMax {
		return
	}
	switch {
	case d.Min == d.Max:
		c.add("min and max must differ; use a plain number for a fixed value")
	case d.Min > d.Max:
		c.add("min (%s) > max (%s): need min < max", num(d.Min), num(d.Max))
	}
}

// The range of shape parameters (alpha, and beta of a beta distribution)
// that Problems accepts.
const (
	minShape = 1e-3
	maxShape = 1e6
)

// num formats v for messages and TOML: the shortest text that round-trips,
// with nan, inf and -inf spelt as in TOML.
func num(v float64) string {
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// kindList returns the kinds separated by commas.
func kindList() string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// kindHint returns a "did you mean" hint for a misspelt kind.
func kindHint(name string) string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k)
	}
	return suggest.Hint(strings.ToLower(name), names)
}

// example is the text shown when a value has the wrong shape.
const example = `a number or a distribution table like { dist = "pert", min = 1, mode = 2, max = 3 }`

// UnmarshalTOML implements the Unmarshaler interface of
// github.com/BurntSushi/toml. It accepts a number (integer or float), which
// gives a Fixed Dist, or a table whose "dist" key names the Kind and whose
// other keys are that kind's parameters, all numbers.
//
// It checks structure only: a missing or unknown "dist", unknown keys,
// missing keys and values that are not numbers. Numeric consistency is left
// to [Dist.Problems]. Error messages carry no position: the caller adds it.
// On error, d is left unchanged.
func (d *Dist) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case int64:
		*d = FixedValue(float64(v))
		return nil
	case float64:
		*d = FixedValue(v)
		return nil
	case map[string]any:
		return d.unmarshalTable(v)
	case string:
		if _, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
			return fmt.Errorf("want %s, got string %q (remove the quotes)", example, v)
		}
		return fmt.Errorf("want %s, got string %q", example, v)
	}
	return fmt.Errorf("want %s, got %s", example, describe(v))
}

// unmarshalTable decodes a distribution table.
func (d *Dist) unmarshalTable(t map[string]any) error {
	rawKind, ok := t["dist"]
	if !ok {
		msg := `missing key "dist" naming the distribution (one of ` + kindList() + `)`
		for _, k := range sortedKeys(t) {
			if h := suggest.Hint(k, []string{"dist"}); h != "" {
				msg += fmt.Sprintf(`; unknown key %q%s`, k, h)
				break
			}
		}
		return errors.New(msg)
	}
	name, ok := rawKind.(string)
	if !ok {
		return fmt.Errorf(`key "dist" must be a string naming the distribution (one of %s), got %s`, kindList(), describe(rawKind))
	}
	kind := Kind(name)
	s, ok := specs[kind]
	if !ok {
		return fmt.Errorf("unknown distribution %q%s; allowed: %s", name, kindHint(name), kindList())
	}
	allowed := s.allowedKeys()
	for _, k := range sortedKeys(t) {
		if !slices.Contains(allowed, k) {
			return fmt.Errorf("unknown key %q in %s distribution%s; allowed: %s",
				k, kind, suggest.Hint(k, allowed), strings.Join(allowed, ", "))
		}
	}
	var missing []string
	for _, k := range s.required {
		if _, ok := t[k]; !ok {
			missing = append(missing, strconv.Quote(k))
		}
	}
	if len(missing) == 1 {
		return fmt.Errorf("missing key %s in %s distribution; required: %s",
			missing[0], kind, strings.Join(allowed[:1+len(s.required)], ", "))
	} else if len(missing) > 1 {
		return fmt.Errorf("missing keys %s in %s distribution; required: %s",
			strings.Join(missing, ", "), kind, strings.Join(allowed[:1+len(s.required)], ", "))
	}

	nd := Dist{Kind: kind}
	for _, k := range allowed[1:] {
		raw, ok := t[k]
		if !ok {
			continue
		}
		var x float64
		switch raw := raw.(type) {
		case int64:
			x = float64(raw)
		case float64:
			x = raw
		default:
			return fmt.Errorf("key %q in %s distribution must be a number, got %s", k, kind, describe(raw))
		}
		*nd.field(k) = x
		switch k {
		case "min":
			nd.HasMin = kind == Normal || kind == Beta
		case "max":
			nd.HasMax = kind == Normal || kind == Beta
		}
	}
	*d = nd
	return nil
}

// field returns the field of d that holds TOML key k of d's kind.
func (d *Dist) field(k string) *float64 {
	switch k {
	case "value":
		return &d.Value
	case "min":
		return &d.Min
	case "mode":
		return &d.Mode
	case "max":
		return &d.Max
	case "mean", "mu":
		return &d.Mu
	case "sd", "sigma":
		return &d.Sigma
	case "alpha":
		return &d.Alpha
	case "beta":
		return &d.Beta
	}
	panic("dist: no field for key " + k)
}

// sortedKeys returns the keys of t in order, for deterministic messages.
func sortedKeys(t map[string]any) []string {
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// describe names the TOML type of v, with its value where short.
func describe(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("string %q", v)
	case bool:
		return fmt.Sprintf("boolean %t", v)
	case map[string]any:
		return "a table"
	case []any, []map[string]any:
		return "an array"
	case nil:
		return "nothing"
	}
	return fmt.Sprintf("%T %v", v, v)
}

// keyValues returns the TOML keys of d (after "dist") and their values, in
// canonical order.
func (d Dist) keyValues() ([]string, []float64) {
	s := specs[d.Kind]
	keys := make([]string, 0, len(s.required)+len(s.optional))
	vals := make([]float64, 0, cap(keys))
	for _, k := range s.required {
		keys = append(keys, k)
		vals = append(vals, *d.field(k))
	}
	for _, k := range s.optional {
		if (k == "min" && d.HasMin) || (k == "max" && d.HasMax) {
			keys = append(keys, k)
			vals = append(vals, *d.field(k))
		}
	}
	return keys, vals
}

// TOML returns d as TOML value text: a number such as "1.4" for a fixed
// Dist, otherwise an inline table such as
// `{ dist = "pert", min = 1.1, mode = 1.4, max = 1.9 }` with keys in a fixed
// order. Numbers use the shortest text that round-trips, so the text decodes
// to an equal Dist.
func (d Dist) TOML() string {
	if d.IsFixed() {
		return num(d.Value)
	}
	var sb strings.Builder
	sb.WriteString(`{ dist = `)
	sb.WriteString(strconv.Quote(string(d.Kind)))
	keys, vals := d.keyValues()
	for i, k := range keys {
		sb.WriteString(", ")
		sb.WriteString(k)
		sb.WriteString(" = ")
		sb.WriteString(num(vals[i]))
	}
	sb.WriteString(" }")
	return sb.String()
}

// String returns d.TOML().
func (d Dist) String() string {
	return d.TOML()
}

// MarshalJSON implements json.Marshaler: a number for a fixed Dist,
// otherwise an object with the same keys as TOML, such as
// {"dist":"pert","min":1.1,"mode":1.4,"max":1.9}. Numbers that are NaN or
// infinite cannot be written in JSON and give an error.
func (d Dist) MarshalJSON() ([]byte, error) {
	jnum := func(buf []byte, key string, v float64) ([]byte, error) {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			if key == "" {
				return nil, fmt.Errorf("dist: cannot write %s as JSON", num(v))
			}
			return nil, fmt.Errorf("dist: cannot write %s = %s as JSON", key, num(v))
		}
		return strconv.AppendFloat(buf, v, 'g', -1, 64), nil
	}
	if d.IsFixed() {
		return jnum(nil, "", d.Value)
	}
	buf := []byte(`{"dist":`)
	kind, err := json.Marshal(string(d.Kind))
	if err != nil {
		return nil, err
	}
	buf = append(buf, kind...)
	keys, vals := d.keyValues()
	for i, k := range keys {
		buf = append(buf, ',')
		buf = strconv.AppendQuote(buf, k)
		buf = append(buf, ':')
		var err error
		if buf, err = jnum(buf, k, vals[i]); err != nil {
			return nil, err
		}
	}
	return append(buf, '}'), nil
}
