package calibrate

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/model"
	"gonum.org/v1/gonum/optimize"
	"gonum.org/v1/gonum/stat/distuv"
)

// errNoObserve is the error of asking for category shares without an
// observation month.
var errNoObserve = errors.New("category shares need an observation month (Config.Observe ≥ 0)")

// CategoryShares runs in on its own (as its own baseline) under cfg and
// returns the share of the persons counted at cfg.Observe in each outcome
// category, pooled over the iterations. It runs counts-only
// (model.Config.CountsOnly): the shares are a full run's, without its money.
func CategoryShares(ctx context.Context, cfg model.Config, in model.Input) ([model.NumCategories]float64, error) {
	if cfg.Observe < 0 {
		return [model.NumCategories]float64{}, errNoObserve
	}
	cfg.CountsOnly = true // the shares need the observed categories only
	eng, err := model.NewEngine(cfg, []model.Input{in})
	if err != nil {
		return [model.NumCategories]float64{}, err
	}
	return engineShares(ctx, eng)
}

// engineShares runs eng, whose only scenario is its own baseline, and
// returns the share of the persons counted at the observation month in
// each outcome category, pooled over the iterations.
func engineShares(ctx context.Context, eng *model.Engine) ([model.NumCategories]float64, error) {
	var sum [model.NumCategories]float64
	cfg := eng.Config()
	err := eng.Each(ctx, func(it *model.Iteration) error {
		for c, n := range it.Scenarios[0].Observed {
			sum[c] += n
		}
		return nil
	})
	if err != nil {
		return sum, err
	}
	// One call per evaluation: calibrate's progress counts evaluations.
	if cfg.Progress != nil {
		cfg.Progress(cfg.Iterations, cfg.Iterations)
	}
	total := 0.0
	for _, n := range sum {
		total += n
	}
	if total == 0 {
		return sum, fmt.Errorf("nobody had entered by the observation month %d", cfg.Observe)
	}
	for c := range sum {
		sum[c] /= total
	}
	return sum, nil
}

// MultinomialLogLik is the log-likelihood of counts under category shares,
// with the multinomial coefficient; shares below floor count as floor, so a
// category the simulation never reached costs a finite amount.
func MultinomialLogLik(counts, shares [model.NumCategories]float64, floor float64) float64 {
	n := 0.0
	ll := 0.0
	for c, o := range counts {
		n += o
		lg, _ := math.Lgamma(o + 1)
		ll -= lg
		if o > 0 {
			ll += o * math.Log(math.Max(shares[c], floor))
		}
	}
	lg, _ := math.Lgamma(n + 1)
	return ll + lg
}

// GoodnessOfFit compares observed counts with the counts expected under
// simulated shares.
type GoodnessOfFit struct {
	// G2 is the likelihood-ratio statistic 2·Σ O·ln(O/E); X2 is Pearson's
	// Σ (O−E)²/E.
	G2, X2 float64
	// DF is the degrees of freedom: categories − 1 − fitted parameters.
	DF int
	// PG2 and PX2 are the chance of a statistic at least this large under
	// the model, from the χ² distribution with DF degrees of freedom (NaN
	// when DF < 1). With expected counts below 5 the approximation is rough.
	PG2, PX2 float64
	// MinExpected is the smallest expected count.
	MinExpected float64
}

// Goodness computes G², X² and their p-values for counts under shares,
// with fitted parameters estimated from the counts. Shares below floor
// count as floor.
func Goodness(counts, shares [model.NumCategories]float64, fitted int, floor float64) GoodnessOfFit {
	n := 0.0
	for _, o := range counts {
		n += o
	}
	g := GoodnessOfFit{DF: model.NumCategories - 1 - fitted, MinExpected: math.Inf(1)}
	for c, o := range counts {
		e := n * math.Max(shares[c], floor)
		g.MinExpected = math.Min(g.MinExpected, e)
		if o > 0 {
			g.G2 += 2 * o * math.Log(o/e)
		}
		g.X2 += (o - e) * (o - e) / e
	}
	// Σ O ln(O/E) is ≥ 0 only when Σ E = Σ O; the floor can upset that by
	// rounding.
	g.G2 = math.Max(g.G2, 0)
	g.PG2, g.PX2 = math.NaN(), math.NaN()
	if g.DF >= 1 {
		chi := distuv.ChiSquared{K: float64(g.DF)}
		g.PG2, g.PX2 = chi.Survival(g.G2), chi.Survival(g.X2)
	}
	return g
}

// Param is a parameter to fit: its name, starting value and bounds
// (±Inf when unbounded). Fitted values stay strictly inside the bounds.
type Param struct {
	Name         string
	Start        float64
	Lower, Upper float64
}

// Problem fits parameters to observed category counts by maximum
// likelihood: the counts are multinomial with the simulated shares.
type Problem struct {
	Params []Param
	// Counts are the observed counts per category.
	Counts [model.NumCategories]float64
	// Shares simulates the category shares with the parameters at x (in the
	// order of Params). It must use the same random numbers in every call
	// (common random numbers), so that the likelihood is a smooth function
	// of x up to the simulation's granularity.
	Shares func(ctx context.Context, x []float64) ([model.NumCategories]float64, error)
	// Floor is the smallest share the likelihood uses; 0 means 1e-4.
	Floor float64
	// Level is the coverage of the profile-likelihood intervals; 0 means
	// 0.9.
	Level float64
}

// Estimate is a fitted parameter.
type Estimate struct {
	Name  string
	Start float64
	// Value is the maximum-likelihood estimate.
	Value float64
	// Lower and Upper bound the profile-likelihood interval: the values at
	// which twice the drop in log-likelihood reaches the χ²₁ quantile of the
	// level.
	Lower, Upper float64
	// LowerOpen and UpperOpen are set when the data do not bound the
	// interval on that side: Lower or Upper is then the parameter's bound.
	// For a parameter bounded on one side only (log scale), the search on
	// a side stops at a factor of about 600 from the estimate; not bounded
	// there counts as open.
	LowerOpen, UpperOpen bool
	// Why says why the data do not pin the value down, or is the zero
	// Unidentified when they do: the interval is open on both sides, covers
	// more than half of a two-sided range (a probability), or spans more
	// than a factor of WideFactor (a positive parameter). A joint fit of
	// parameters that the observed shares cannot tell apart ends here.
	Why Unidentified
}

// NotIdentified says in English why the data do not pin the value down,
// or is empty when they do (Why.String).
func (e *Estimate) NotIdentified() string { return e.Why.String() }

// WideFactor is the ratio of the ends of a profile-likelihood interval of
// a parameter bounded on one side (a hazard, a hazard ratio) beyond which
// the data are taken to say no more than its order of magnitude: the value
// is not identified.
const WideFactor = 100

// Result is the outcome of a calibration.
type Result struct {
	Estimates []Estimate
	// Level is the coverage of the intervals.
	Level float64
	// LogLik is the log-likelihood at the estimates.
	LogLik float64
	// Shares are the simulated shares at the estimates.
	Shares [model.NumCategories]float64
	Counts [model.NumCategories]float64
	Fit    GoodnessOfFit
	// Evaluations counts the simulations run; FitEvaluations those of the
	// fit before the intervals.
	Evaluations, FitEvaluations int
}

// transform maps a bounded parameter to the real line: logit between two
// bounds, log above a lower bound, −log below an upper one.
type transform struct{ lo, hi float64 }

const zLimit = 30 // |z| beyond this is at the bound, numerically

func (t transform) z(x float64) float64 {
	loF, hiF := !math.IsInf(t.lo, 0), !math.IsInf(t.hi, 0)
	switch {
	case loF && hiF:
		p := (x - t.lo) / (t.hi - t.lo)
		return math.Log(p / (1 - p))
	case loF:
		return math.Log(x - t.lo)
	case hiF:
		return -math.Log(t.hi - x)
	}
	return x
}

func (t transform) x(z float64) float64 {
	loF, hiF := !math.IsInf(t.lo, 0), !math.IsInf(t.hi, 0)
	if loF || hiF {
		z = math.Max(-zLimit, math.Min(zLimit, z))
	}
	switch {
	case loF && hiF:
		return t.lo + (t.hi-t.lo)/(1+math.Exp(-z))
	case loF:
		return t.lo + math.Exp(z)
	case hiF:
		return t.hi - math.Exp(-z)
	}
	return z
}

// inside moves x strictly inside the bounds.
func (t transform) inside(x float64) float64 {
	loF, hiF := !math.IsInf(t.lo, 0), !math.IsInf(t.hi, 0)
	switch {
	case loF && hiF:
		m := 0.01 * (t.hi - t.lo)
		return math.Max(t.lo+m, math.Min(t.hi-m, x))
	case loF && x <= t.lo:
		return t.lo + math.Max(0.01, 0.01*math.Abs(t.lo))
	case hiF && x >= t.hi:
		return t.hi - math.Max(0.01, 0.01*math.Abs(t.hi))
	}
	return x
}

// bounded reports whether the transform clamps z at ±zLimit.
func (t transform) bounded() bool {
	return !math.IsInf(t.lo, 0) || !math.IsInf(t.hi, 0)
}

// logScale reports whether the transform is a log: bounded on one side.
func (t transform) logScale() bool {
	return math.IsInf(t.lo, 0) != math.IsInf(t.hi, 0)
}

// Reason says why the data do not pin a value down (Unidentified).
type Reason int

// The reasons.
const (
	// Identified: the data pin the value down.
	Identified Reason = iota
	// BoundNeither: the interval is open on both sides.
	BoundNeither
	// HalfRange: the interval covers more than half of the range
	// Unidentified.Lo–Hi the key allows (a probability).
	HalfRange
	// Wide: the interval spans more than a factor of WideFactor.
	Wide
	// WideFromUpper: the same, measured from the key's upper limit.
	WideFromUpper
)

// Unidentified says why the data do not pin a fitted value down, for the
// table to phrase in its language: Lo and Hi are the range the key allows
// (HalfRange).
type Unidentified struct {
	Reason Reason
	Lo, Hi float64
}

// String says it in English, as Estimate.NotIdentified: "" when the value
// is identified.
func (u Unidentified) String() string {
	switch u.Reason {
	case BoundNeither:
		return "the data bound it on neither side"
	case HalfRange:
		return fmt.Sprintf("its interval covers more than half of the range %v–%v the key allows", u.Lo, u.Hi)
	case Wide:
		return fmt.Sprintf("its interval spans more than a factor of %d", WideFactor)
	case WideFromUpper:
		return fmt.Sprintf("its interval spans more than a factor of %d (measured from the key's upper limit)", WideFactor)
	}
	return ""
}

// notIdentified says why the interval of est shows that the data do not
// pin the value down (see Estimate.Why).
func (t transform) notIdentified(est Estimate) Unidentified {
	loF, hiF := !math.IsInf(t.lo, 0), !math.IsInf(t.hi, 0)
	switch {
	case est.LowerOpen && est.UpperOpen:
		return Unidentified{Reason: BoundNeither}
	case loF && hiF && est.Upper-est.Lower > 0.5*(t.hi-t.lo):
		return Unidentified{Reason: HalfRange, Lo: t.lo, Hi: t.hi}
	case loF && !hiF && (est.UpperOpen || est.LowerOpen || est.Upper-t.lo > WideFactor*(est.Lower-t.lo)):
		return Unidentified{Reason: Wide}
	case hiF && !loF && (est.UpperOpen || est.LowerOpen || t.hi-est.Lower > WideFactor*(t.hi-est.Upper)):
		return Unidentified{Reason: WideFromUpper}
	}
	return Unidentified{}
}

// UninformativeError reports a parameter that does not move the simulated
// shares at all: the data cannot inform it, whatever they are. It is
// invalid input rather than a failure.
type UninformativeError struct {
	// Name is the parameter; Low and High the two values tried, with the
	// other parameters at their starts and the same random numbers.
	Name      string
	Low, High float64
}

func (e *UninformativeError) Error() string {
	return fmt.Sprintf("%s does not change the simulated outcome shares: they are identical with it at %s and at %s (same random numbers), so the observed counts cannot inform it",
		e.Name, strconv.FormatFloat(e.Low, 'g', 4, 64), strconv.FormatFloat(e.High, 'g', 4, 64))
}

// informativeStep is the distance on the fitted scale (log, logit or
// linear, where it is at least half the start's magnitude) of the two values
// at which checkInformative compares the shares: a factor e^1.5 ≈ 4.5 either
// way for a positive parameter.
const informativeStep = 1.5

// checkInformative simulates the shares with each parameter moved down and
// up by informativeStep from the start z0, the others at z0, and returns an
// *UninformativeError for the first whose shares do not change.
func (e *evaluator) checkInformative(z0 []float64) error {
	for j := range z0 {
		var shares [2][model.NumCategories]float64
		var xs [2]float64
		step := informativeStep
		if t := e.tr[j]; math.IsInf(t.lo, 0) && math.IsInf(t.hi, 0) {
			step = math.Max(step, 0.5*math.Abs(z0[j]))
		}
		for i, side := range []float64{-1, 1} {
			z := append([]float64(nil), z0...)
			z[j] += side * step
			x := e.xs(z)
			xs[i] = x[j]
			sh, err := e.c.Shares(e.ctx, x)
			e.n++
			if err != nil {
				return err
			}
			shares[i] = sh
		}
		if shares[0] == shares[1] {
			return &UninformativeError{Name: e.c.Params[j].Name, Low: xs[0], High: xs[1]}
		}
	}
	return nil
}

// evaluator computes the log-likelihood at z, caching results and keeping
// the first error.
type evaluator struct {
	c     *Problem
	ctx   context.Context
	tr    []transform
	floor float64
	cache map[string]float64
	n     int
	err   error
}

func (e *evaluator) xs(z []float64) []float64 {
	x := make([]float64, len(z))
	for i := range z {
		x[i] = e.tr[i].x(z[i])
	}
	return x
}

func (e *evaluator) loglik(z []float64) float64 {
	if e.err != nil {
		return math.Inf(-1)
	}
	x := e.xs(z)
	parts := make([]string, len(x))
	for i, v := range x {
		parts[i] = strconv.FormatFloat(v, 'g', -1, 64)
	}
	k := strings.Join(parts, ",")
	if ll, ok := e.cache[k]; ok {
		return ll
	}
	shares, err := e.c.Shares(e.ctx, x)
	e.n++
	if err != nil {
		e.err = err
		return math.Inf(-1)
	}
	ll := MultinomialLogLik(e.c.Counts, shares, e.floor)
	e.cache[k] = ll
	return ll
}

// maximize maximises the log-likelihood over the coordinates free of z,
// the others held, with Nelder–Mead from z; it returns the best z and its
// log-likelihood. loose stops sooner, for the many maximisations of a
// profile search, whose result is only compared with the χ² drop.
func (e *evaluator) maximize(z []float64, free []int, loose bool) ([]float64, float64) {
	z = append([]float64(nil), z...)
	if len(free) == 0 {
		return z, e.loglik(z)
	}
	full := func(y []float64) []float64 {
		w := append([]float64(nil), z...)
		for i, j := range free {
			w[j] = y[i]
		}
		return w
	}
	y0 := make([]float64, len(free))
	for i, j := range free {
		y0[i] = z[j]
	}
	prob := optimize.Problem{
		Func: func(y []float64) float64 {
			ll := e.loglik(full(y))
			if math.IsInf(ll, -1) {
				return math.MaxFloat64
			}
			return -ll
		},
		Status: func() (optimize.Status, error) {
			if e.err != nil {
				return optimize.Failure, e.err
			}
			return optimize.NotTerminated, nil
		},
	}
	settings := &optimize.Settings{
		Converger:       &optimize.FunctionConverge{Absolute: 1e-3, Iterations: 3 + 3*len(free)},
		FuncEvaluations: 60 + 60*len(free),
	}
	if loose {
		settings.Converger = &optimize.FunctionConverge{Absolute: 1e-2, Iterations: 2 + 2*len(free)}
		settings.FuncEvaluations = 30 + 30*len(free)
	}
	res, err := optimize.Minimize(prob, y0, settings, &optimize.NelderMead{SimplexSize: 0.3})
	if err != nil && e.err == nil && res == nil {
		e.err = err
	}
	if res == nil || e.err != nil {
		return z, math.Inf(-1)
	}
	best := full(res.X)
	// Nelder–Mead may end on a vertex no better than the start.
	if ll0 := e.loglik(z); ll0 >= -res.F {
		return z, ll0
	}
	return best, -res.F
}

// Run fits the parameters: Nelder–Mead on the log-likelihood (parameters
// transformed to the real line by their bounds), then a profile-likelihood
// interval for each.
func (c *Problem) Run(ctx context.Context) (*Result, error) {
	k := len(c.Params)
	if k == 0 {
		return nil, errors.New("calibration: no parameters to fit")
	}
	if k >= model.NumCategories {
		return nil, fmt.Errorf("calibration: %d parameters cannot be fitted to %d categories (at most %d)", k, model.NumCategories, model.NumCategories-1)
	}
	level := c.Level
	if level == 0 {
		level = 0.9
	}
	floor := c.Floor
	if floor == 0 {
		floor = 1e-4
	}
	e := &evaluator{c: c, ctx: ctx, floor: floor, cache: map[string]float64{}, tr: make([]transform, k)}
	z0 := make([]float64, k)
	free := make([]int, k)
	for i, p := range c.Params {
		if !(p.Lower < p.Upper) || math.IsNaN(p.Start) {
			return nil, fmt.Errorf("calibration: %s: bounds [%v, %v] and start %v do not make sense", p.Name, p.Lower, p.Upper, p.Start)
		}
		e.tr[i] = transform{p.Lower, p.Upper}
		z0[i] = e.tr[i].z(e.tr[i].inside(p.Start))
		free[i] = i
	}
	if err := e.checkInformative(z0); err != nil {
		return nil, err
	}
	zHat, llHat := e.maximize(z0, free, false)
	if e.err != nil {
		return nil, e.err
	}
	// A second start from the first optimum restarts the simplex, which
	// helps Nelder–Mead out of a collapsed simplex.
	if z2, ll2 := e.maximize(zHat, free, false); ll2 > llHat {
		zHat, llHat = z2, ll2
	}
	if e.err != nil {
		return nil, e.err
	}
	fitEvals := e.n
	res := &Result{Level: level, Counts: c.Counts}
	drop := distuv.ChiSquared{K: 1}.Quantile(level) / 2
	for j, p := range c.Params {
		est, err := e.estimate(j, p, zHat, llHat, drop)
		if err != nil {
			return nil, err
		}
		res.Estimates = append(res.Estimates, est)
	}
	x := e.xs(zHat)
	shares, err := c.Shares(ctx, x)
	e.n++
	if err != nil {
		return nil, err
	}
	res.Shares = shares
	res.LogLik = llHat
	res.Fit = Goodness(c.Counts, shares, k, floor)
	res.Evaluations = e.n
	res.FitEvaluations = fitEvals
	return res, nil
}

// estimate is the estimate of parameter j with its profile-likelihood
// interval: on each side, where the log-likelihood maximised over the other
// parameters drops by more than drop below llHat, its value at the optimum
// zHat.
func (e *evaluator) estimate(j int, p Param, zHat []float64, llHat, drop float64) (Estimate, error) {
	k := len(zHat)
	others := make([]int, 0, k-1)
	for i := range k {
		if i != j {
			others = append(others, i)
		}
	}
	// profile maximises over the other parameters with parameter j at zj.
	warm := append([]float64(nil), zHat...)
	profile := func(zj float64) float64 {
		warm[j] = zj
		w, ll := e.maximize(warm, others, true)
		copy(warm, w)
		return ll
	}
	est := Estimate{Name: p.Name, Start: p.Start, Value: e.tr[j].x(zHat[j])}
	for _, side := range []float64{-1, 1} {
		copy(warm, zHat)
		bound, found := e.profileBound(j, zHat[j], llHat, drop, side, profile)
		if e.err != nil {
			return Estimate{}, e.err
		}
		if side < 0 {
			est.Lower, est.LowerOpen = bound, !found
			if !found {
				est.Lower = p.Lower
			}
		} else {
			est.Upper, est.UpperOpen = bound, !found
			if !found {
				est.Upper = p.Upper
			}
		}
	}
	est.Why = e.tr[j].notIdentified(est)
	return est, nil
}

// profileBound walks from zj, parameter j's optimum, in direction side
// with doubling steps until profile drops by more than drop below llHat,
// then bisects the step that crossed. It returns the bound (on the
// parameter's own scale) and whether the drop was found; otherwise the
// bound is the last value tried. On an error of evaluation (e.err) the
// bound means nothing.
func (e *evaluator) profileBound(j int, zj, llHat, drop, side float64, profile func(float64) float64) (float64, bool) {
	in, out, found := zj, 0.0, false
	for h := 0.1; h <= 2*zLimit; h *= 2 {
		z := zj + side*h
		if llHat-profile(z) > drop {
			out, found = z, true
			break
		}
		in = z
		// Beyond the clamp nothing changes; on a log scale, an
		// interval this wide is not identified anyway.
		if (e.tr[j].bounded() && side*z >= zLimit) || (e.tr[j].logScale() && h > math.Log(WideFactor)) {
			break
		}
	}
	if e.err != nil || !found {
		return e.tr[j].x(in), found
	}
	for i := 0; i < 8 && math.Abs(out-in) > 0.005; i++ {
		mid := (in + out) / 2
		if llHat-profile(mid) > drop {
			out = mid
		} else {
			in = mid
		}
	}
	return e.tr[j].x((in + out) / 2), true
}
