package sensitivity

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// BreakevenGrid is the number of evenly spaced values at which Breakeven
// looks for a change of sign before refining each with Brent's method.
const BreakevenGrid = 9

// Breakeven finds the values of the parameter key in [lo, hi] at which the
// mean NPV of stakeholder st (scenario minus baseline, over
// Config.Iterations iterations with the ordinary draws of every other
// parameter, so common random numbers throughout) is zero. inputs returns
// the baseline and the scenario with the parameter set to v. The mean NPV
// is evaluated at BreakevenGrid points; every interval where it changes
// sign is refined by Brent's method to within 1e-6 of the range.
func (a *Analysis) Breakeven(ctx context.Context, key string, st model.Stakeholder, lo, hi float64, inputs func(v float64) ([]model.Input, error)) (*model.Breakeven, error) {
	if a.Config.Iterations < 1 {
		return nil, fmt.Errorf("iterations must be at least 1, got %d", a.Config.Iterations)
	}
	if st < 0 || int(st) >= model.NumStakeholders {
		return nil, fmt.Errorf("breakeven: unknown stakeholder %d", st)
	}
	if !(lo < hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return nil, fmt.Errorf("breakeven: the range of %s must be finite with LO < HI, got [%g, %g]", key, lo, hi)
	}
	n := a.Config.Iterations
	res := &model.Breakeven{Param: key, Stakeholder: st.Key(), Lo: lo, Hi: hi}
	a.start(n * (BreakevenGrid + 10))
	f := func(v float64) (float64, error) {
		in, err := inputs(v)
		if err != nil {
			return 0, fmt.Errorf("%s = %g: %w", key, v, err)
		}
		if len(in) < 2 {
			return 0, errors.New("breakeven needs a baseline and a scenario")
		}
		m, err := a.meanNPV(ctx, in[:2], nil)
		if err != nil {
			return 0, err
		}
		res.Evaluations++
		return *m.At(st), nil
	}
	for j := range BreakevenGrid {
		v := lo + (hi-lo)*float64(j)/float64(BreakevenGrid-1)
		if j == BreakevenGrid-1 {
			v = hi
		}
		y, err := f(v)
		if err != nil {
			return nil, fmt.Errorf("breakeven: %w", err)
		}
		res.Grid = append(res.Grid, model.BreakevenPoint{Value: v, NPV: y})
	}
	tol := 1e-6 * (hi - lo)
	res.AllZero = !slices.ContainsFunc(res.Grid, func(p model.BreakevenPoint) bool { return p.NPV != 0 })
	for j, p := range res.Grid {
		if res.AllZero {
			break
		}
		if p.NPV == 0 {
			res.Roots = append(res.Roots, p.Value)
			continue
		}
		if j == 0 {
			continue
		}
		q := res.Grid[j-1]
		if q.NPV != 0 && (q.NPV < 0) != (p.NPV < 0) {
			r, err := brent(f, q.Value, p.Value, q.NPV, p.NPV, tol, 100)
			if err != nil {
				return nil, fmt.Errorf("breakeven: %w", err)
			}
			res.Roots = append(res.Roots, r)
		}
	}
	a.total = a.done
	a.report()
	res.Message, res.MessageNL = i18n.BreakevenSentence(res, "en"), i18n.BreakevenSentence(res, "nl")
	return res, nil
}

// brent finds a root of f in [a, b], where fa = f(a) and fb = f(b) differ
// in sign, by Brent's (1973) method: inverse quadratic interpolation or
// secant steps, falling back on bisection, always keeping the bracket. It
// stops when the bracket is narrower than tol or after maxIter steps.
func brent(f func(float64) (float64, error), a, b, fa, fb, tol float64, maxIter int) (float64, error) {
	if (fa < 0) == (fb < 0) && fa != 0 && fb != 0 {
		return 0, fmt.Errorf("brent: f(%g) = %g and f(%g) = %g do not bracket a root", a, fa, b, fb)
	}
	if fa == 0 {
		return a, nil
	}
	if fb == 0 {
		return b, nil
	}
	c, fc := a, fa
	d := b - a
	e := d
	for range maxIter {
		if (fb < 0) == (fc < 0) {
			c, fc = a, fa
			d = b - a
			e = d
		}
		if math.Abs(fc) < math.Abs(fb) {
			a, b, c = b, c, b
			fa, fb, fc = fb, fc, fb
		}
		tol1 := 2*0x1p-52*math.Abs(b) + tol/2
		xm := (c - b) / 2
		if math.Abs(xm) <= tol1 || fb == 0 {
			return b, nil
		}
		if math.Abs(e) >= tol1 && math.Abs(fa) > math.Abs(fb) {
			s := fb / fa
			var p, q float64
			if a == c {
				p = 2 * xm * s
				q = 1 - s
			} else {
				qq, r := fa/fc, fb/fc
				p = s * (2*xm*qq*(qq-r) - (b-a)*(r-1))
				q = (qq - 1) * (r - 1) * (s - 1)
			}
			if p > 0 {
				q = -q
			}
			p = math.Abs(p)
			if 2*p < min(3*xm*q-math.Abs(tol1*q), math.Abs(e*q)) {
				e, d = d, p/q
			} else {
				d, e = xm, xm
			}
		} else {
			d, e = xm, xm
		}
		a, fa = b, fb
		if math.Abs(d) > tol1 {
			b += d
		} else {
			b += math.Copysign(tol1, xm)
		}
		var err error
		if fb, err = f(b); err != nil {
			return 0, err
		}
	}
	return b, nil
}
