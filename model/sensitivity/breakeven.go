package sensitivity

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/vwnw/vwnw/internal/euro"
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
	res.Message, res.MessageNL = breakevenMessage(res)
	return res, nil
}

// sensNum formats a parameter value for a message: six significant digits.
func sensNum(v float64) string { return euro.Significant(v, "en") }

// sensNumNL is sensNum in Dutch notation.
func sensNumNL(v float64) string { return euro.Significant(v, "nl") }

// euroNL formats an amount for a Dutch message: "−€ 12.345".
func euroNL(x float64) string { return euro.Amount(x, "nl") }

// breakevenMessage says in English and in Dutch what b found.
func breakevenMessage(b *model.Breakeven) (en, nl string) {
	first, last := b.Grid[0], b.Grid[len(b.Grid)-1]
	who := stakeholderNLByKey(b.Stakeholder)
	if b.AllZero {
		return fmt.Sprintf("The mean NPV of %s is zero at every value of %s in [%s, %s] (checked at %d evenly spaced values): it has no cash flows that differ from the baseline there, so there is no break-even.",
				b.Stakeholder, b.Param, sensNum(b.Lo), sensNum(b.Hi), len(b.Grid)),
			fmt.Sprintf("De gemiddelde netto contante waarde voor %s is nul bij elke waarde van %s tussen %s en %s (nagegaan bij %d gelijk verdeelde waarden): er zijn daar geen geldstromen die van het nul-alternatief verschillen, dus er is geen omslagpunt.",
				who, b.Param, sensNumNL(b.Lo), sensNumNL(b.Hi), len(b.Grid))
	}
	span := fmt.Sprintf("from %s at %s to %s at %s", sensEuro(first.NPV), sensNum(first.Value), sensEuro(last.NPV), sensNum(last.Value))
	spanNL := fmt.Sprintf("ze loopt van %s bij %s tot %s bij %s", euroNL(first.NPV), sensNumNL(first.Value), euroNL(last.NPV), sensNumNL(last.Value))
	switch len(b.Roots) {
	case 0:
		hi := math.Inf(-1)
		for _, p := range b.Grid {
			hi = max(hi, p.NPV)
		}
		side, sideNL := "positive", "positief"
		if hi < 0 {
			side, sideNL = "negative", "negatief"
		}
		return fmt.Sprintf("No value of %s in [%s, %s] brings the mean NPV of %s to zero: it stays %s, %s (checked at %d evenly spaced values).",
				b.Param, sensNum(b.Lo), sensNum(b.Hi), b.Stakeholder, side, span, len(b.Grid)),
			fmt.Sprintf("Geen waarde van %s tussen %s en %s brengt de gemiddelde netto contante waarde voor %s op nul: die blijft %s; %s (nagegaan bij %d gelijk verdeelde waarden).",
				b.Param, sensNumNL(b.Lo), sensNumNL(b.Hi), who, sideNL, spanNL, len(b.Grid))
	case 1:
		return fmt.Sprintf("The mean NPV of %s is zero at %s = %s; it runs %s.", b.Stakeholder, b.Param, sensNum(b.Roots[0]), span),
			fmt.Sprintf("De gemiddelde netto contante waarde voor %s is nul bij %s = %s; %s.", who, b.Param, sensNumNL(b.Roots[0]), spanNL)
	}
	vs := make([]string, len(b.Roots))
	vsNL := make([]string, len(b.Roots))
	for i, r := range b.Roots {
		vs[i], vsNL[i] = sensNum(r), sensNumNL(r)
	}
	return fmt.Sprintf("The mean NPV of %s crosses zero %d times, at %s = %s; it runs %s.",
			b.Stakeholder, len(b.Roots), b.Param, strings.Join(vs, ", "), span),
		fmt.Sprintf("De gemiddelde netto contante waarde voor %s gaat %d keer door nul, bij %s = %s; %s.",
			who, len(b.Roots), b.Param, joinNL(vsNL), spanNL)
}

// sensEuro formats an amount for an English message: "−€12,345".
func sensEuro(x float64) string { return euro.Amount(x, "en") }

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
