package calibrate

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/vwnw/vwnw/model"
	"gonum.org/v1/gonum/stat/distuv"
)

func TestMultinomialLogLikIsBinomialForTwoCategories(t *testing.T) {
	for _, tt := range []struct{ k, n, p float64 }{{14, 25, 0.56}, {16, 25, 0.3}, {0, 10, 0.2}, {10, 10, 0.9}} {
		counts := [model.NumCategories]float64{tt.k, tt.n - tt.k}
		shares := [model.NumCategories]float64{tt.p, 1 - tt.p}
		got := MultinomialLogLik(counts, shares, 1e-9)
		want := distuv.Binomial{N: tt.n, P: tt.p}.LogProb(tt.k)
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("k=%v n=%v p=%v: log-likelihood %v, want the binomial's %v", tt.k, tt.n, tt.p, got, want)
		}
	}
	// A category the simulation never reached costs the floor, not −Inf.
	ll := MultinomialLogLik([model.NumCategories]float64{1, 1}, [model.NumCategories]float64{1, 0}, 1e-4)
	if math.IsInf(ll, 0) || math.Abs(ll-(math.Log(2)+math.Log(1e-4))) > 1e-9 {
		t.Errorf("floored log-likelihood %v", ll)
	}
}

func TestGoodness(t *testing.T) {
	counts := [model.NumCategories]float64{5, 12, 2, 2, 9}
	perfect := [model.NumCategories]float64{5.0 / 30, 12.0 / 30, 2.0 / 30, 2.0 / 30, 9.0 / 30}
	g := Goodness(counts, perfect, 1, 1e-6)
	if g.G2 > 1e-9 || g.X2 > 1e-9 || g.DF != 3 || math.Abs(g.PG2-1) > 1e-9 || math.Abs(g.MinExpected-2) > 1e-9 {
		t.Errorf("perfect fit: %+v", g)
	}
	// Two categories, 10 of 20 against an expected 5: X² = 25/5 + 25/15.
	g = Goodness([model.NumCategories]float64{10, 10}, [model.NumCategories]float64{0.25, 0.75}, 0, 1e-9)
	wantX2 := 25.0/5 + 25.0/15
	wantG2 := 2 * (10*math.Log(10.0/5) + 10*math.Log(10.0/15))
	// Three categories have expected 0 and count 0: floored, they add n·floor each.
	if math.Abs(g.X2-wantX2) > 1e-6 || math.Abs(g.G2-wantG2) > 1e-6 {
		t.Errorf("X² %v G² %v, want %v and %v", g.X2, g.G2, wantX2, wantG2)
	}
	if want := (distuv.ChiSquared{K: 4}).Survival(g.G2); math.Abs(g.PG2-want) > 1e-12 {
		t.Errorf("p %v, want %v", g.PG2, want)
	}
	if g := Goodness(counts, perfect, 4, 1e-6); g.DF != 0 || !math.IsNaN(g.PG2) {
		t.Errorf("no degrees of freedom left: %+v", g)
	}
}

func TestTransformRoundTrip(t *testing.T) {
	inf := math.Inf(1)
	for _, tr := range []transform{{0, 1}, {0, inf}, {-inf, 3}, {-inf, inf}, {2, 5}} {
		for _, x := range []float64{0.001, 0.3, 0.999, 2.5, 4.9} {
			if x <= tr.lo || x >= tr.hi {
				continue
			}
			if got := tr.x(tr.z(x)); math.Abs(got-x) > 1e-9*math.Max(1, math.Abs(x)) {
				t.Errorf("%v: x(z(%v)) = %v", tr, x, got)
			}
		}
		if x := tr.inside(tr.lo); !math.IsInf(tr.lo, 0) && !(x > tr.lo && x < tr.hi) {
			t.Errorf("%v: inside(lo) = %v", tr, x)
		}
		if x := tr.x(-1e9); x < tr.lo || x > tr.hi {
			t.Errorf("%v: x(-1e9) = %v outside the bounds", tr, x)
		}
	}
}

// toyShares is a stand-in for the simulation: a job-finding hazard ratio h
// and a probability q of stopping.
func toyShares(h, q float64) [model.NumCategories]float64 {
	found := 1 - math.Exp(-0.1*h*7)
	return [model.NumCategories]float64{
		q,
		(1 - q) * found * 0.8,
		(1 - q) * found * 0.1,
		(1 - q) * found * 0.1,
		(1 - q) * (1 - found),
	}
}

func expectedCounts(n float64, s [model.NumCategories]float64) [model.NumCategories]float64 {
	var c [model.NumCategories]float64
	for k := range s {
		c[k] = n * s[k]
	}
	return c
}

func TestCalibrationRecoversToyParameters(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		name  string
		truth []float64
		fit   []Param
		share func(x []float64) [model.NumCategories]float64
	}{
		{"hazard ratio", []float64{2.2},
			[]Param{{Name: "h", Start: 1, Lower: 0, Upper: inf}},
			func(x []float64) [model.NumCategories]float64 { return toyShares(x[0], 0.15) }},
		{"hazard ratio and stop probability", []float64{1.6, 0.2},
			[]Param{{Name: "h", Start: 3, Lower: 0, Upper: inf}, {Name: "q", Start: 0.5, Lower: 0, Upper: 1}},
			func(x []float64) [model.NumCategories]float64 { return toyShares(x[0], x[1]) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Problem{
				Params: tt.fit,
				Counts: expectedCounts(2000, tt.share(tt.truth)),
				Shares: func(_ context.Context, x []float64) ([model.NumCategories]float64, error) { return tt.share(x), nil },
				Floor:  1e-9,
			}
			res, err := c.Run(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			for i, e := range res.Estimates {
				truth := tt.truth[i]
				if math.Abs(e.Value-truth) > 0.01*truth {
					t.Errorf("%s: estimate %v, want %v", e.Name, e.Value, truth)
				}
				if !(e.Lower < truth && truth < e.Upper) || e.LowerOpen || e.UpperOpen {
					t.Errorf("%s: interval [%v, %v] (open %v %v) misses %v", e.Name, e.Lower, e.Upper, e.LowerOpen, e.UpperOpen, truth)
				}
				if e.Upper-e.Lower > 0.5*truth {
					t.Errorf("%s: interval [%v, %v] too wide for 2000 observations", e.Name, e.Lower, e.Upper)
				}
			}
			if res.Fit.G2 > 1e-4 {
				t.Errorf("G² %v at the truth, want 0", res.Fit.G2)
			}
		})
	}
}

// TestProfileIntervalMatchesBinomial checks the profile-likelihood interval
// against the known one of a binomial proportion: where the log-likelihood
// drops by χ²₁(0.9)/2.
func TestProfileIntervalMatchesBinomial(t *testing.T) {
	counts := [model.NumCategories]float64{0, 14, 0, 0, 11}
	c := &Problem{
		Params: []Param{{Name: "p", Start: 0.3, Lower: 0, Upper: 1}},
		Counts: counts,
		Shares: func(_ context.Context, x []float64) ([model.NumCategories]float64, error) {
			return [model.NumCategories]float64{0, x[0], 0, 0, 1 - x[0]}, nil
		},
		Floor: 1e-12,
	}
	res, err := c.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	e := res.Estimates[0]
	if math.Abs(e.Value-14.0/25) > 0.002 {
		t.Errorf("estimate %v, want 0.56", e.Value)
	}
	ll := func(p float64) float64 { return 14*math.Log(p) + 11*math.Log(1-p) }
	drop := distuv.ChiSquared{K: 1}.Quantile(0.9) / 2
	for _, b := range []float64{e.Lower, e.Upper} {
		if d := ll(14.0/25) - ll(b); math.Abs(d-drop) > 0.01 {
			t.Errorf("at the bound %v the log-likelihood drops %v, want %v", b, d, drop)
		}
	}
}

func TestCalibrationOpenInterval(t *testing.T) {
	// Nobody stopped: the stop probability's estimate is near 0 and the
	// data cannot bound it from below.
	c := &Problem{
		Params: []Param{{Name: "q", Start: 0.3, Lower: 0, Upper: 1}},
		Counts: expectedCounts(30, toyShares(2, 0)),
		Shares: func(_ context.Context, x []float64) ([model.NumCategories]float64, error) {
			return toyShares(2, x[0]), nil
		},
	}
	res, err := c.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	e := res.Estimates[0]
	if !e.LowerOpen || e.Lower != 0 || e.UpperOpen || e.Upper <= 0 || e.Upper > 0.2 || e.Value > 0.01 {
		t.Errorf("estimate %+v, want near 0, open below, bounded above", e)
	}
}

func TestCalibrationErrors(t *testing.T) {
	boom := errors.New("boom")
	fails := func(context.Context, []float64) ([model.NumCategories]float64, error) {
		return [model.NumCategories]float64{}, boom
	}
	p := Param{Name: "a", Start: 1, Lower: 0, Upper: math.Inf(1)}
	if _, err := (&Problem{Shares: fails}).Run(context.Background()); err == nil {
		t.Error("no parameters: no error")
	}
	if _, err := (&Problem{Params: []Param{p, p, p, p, p}, Shares: fails}).Run(context.Background()); err == nil {
		t.Error("five parameters for five categories: no error")
	}
	if _, err := (&Problem{Params: []Param{p}, Shares: fails}).Run(context.Background()); !errors.Is(err, boom) {
		t.Errorf("simulation error: got %v", err)
	}
}

// TestCalibrationNotIdentified: two parameters that act only through their
// product cannot be told apart; a single one can. An interval of a positive
// parameter spanning more than WideFactor is not identified either.
func TestCalibrationNotIdentified(t *testing.T) {
	inf := math.Inf(1)
	counts := expectedCounts(30, toyShares(2, 0.15))
	tests := []struct {
		name   string
		params []Param
		share  func(x []float64) [model.NumCategories]float64
		want   []bool // not identified, per parameter
	}{
		{"one hazard ratio", []Param{{Name: "h", Start: 1, Lower: 0, Upper: inf}},
			func(x []float64) [model.NumCategories]float64 { return toyShares(x[0], 0.15) }, []bool{false}},
		{"a product", []Param{{Name: "a", Start: 1, Lower: 0, Upper: inf}, {Name: "b", Start: 1, Lower: 0, Upper: inf}},
			func(x []float64) [model.NumCategories]float64 { return toyShares(x[0]*x[1], 0.15) }, []bool{true, true}},
		{"hardly acting", []Param{{Name: "h", Start: 1, Lower: 0, Upper: inf}},
			func(x []float64) [model.NumCategories]float64 { return toyShares(2+0.01*math.Log(x[0]), 0.15) }, []bool{true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Problem{Params: tt.params, Counts: counts,
				Shares: func(_ context.Context, x []float64) ([model.NumCategories]float64, error) { return tt.share(x), nil }}
			res, err := c.Run(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			for i, e := range res.Estimates {
				if got := e.NotIdentified() != ""; got != tt.want[i] {
					t.Errorf("%s: not identified %v (%q), want %v; interval %v–%v open %v %v", e.Name, got, e.NotIdentified(), tt.want[i], e.Lower, e.Upper, e.LowerOpen, e.UpperOpen)
				}
			}
		})
	}
}

// TestCalibrationUninformative: a parameter that does not move the shares
// is refused before fitting, naming it.
func TestCalibrationUninformative(t *testing.T) {
	inf := math.Inf(1)
	calls := 0
	c := &Problem{
		Params: []Param{{Name: "h", Start: 2, Lower: 0, Upper: inf}, {Name: "cost", Start: 75, Lower: 0, Upper: inf}},
		Counts: expectedCounts(30, toyShares(2, 0.15)),
		Shares: func(_ context.Context, x []float64) ([model.NumCategories]float64, error) {
			calls++
			return toyShares(x[0], 0.15), nil
		},
	}
	_, err := c.Run(context.Background())
	var u *UninformativeError
	if !errors.As(err, &u) || u.Name != "cost" || !(u.Low < 75 && u.High > 75) {
		t.Fatalf("got %v, want an UninformativeError for cost", err)
	}
	if calls > 4 {
		t.Errorf("%d simulations before refusing; want the check before fitting (4)", calls)
	}
}
