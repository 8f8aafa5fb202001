package dist

import (
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"gonum.org/v1/gonum/mathext"
)

// holder is a document with one Dist, as in a scenario file.
type holder struct {
	X Dist `toml:"x"`
}

// decode decodes "x = <text>" and returns the Dist, or the message of the
// error without the position that toml adds.
func decode(text string) (Dist, error) {
	var h holder
	_, err := toml.Decode("x = "+text, &h)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return Dist{}, errors.New(pe.Message)
		}
		return Dist{}, err
	}
	return h.X, nil
}

func near(a, b, tol float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= tol*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

// gridMean averages Quantile over the midpoints of n equal slices of (0, 1):
// a numerical mean independent of the analytic formulas in Mean.
func gridMean(d Dist, n int) float64 {
	s := 0.0
	for i := range n {
		s += d.Quantile((float64(i) + 0.5) / float64(n))
	}
	return s / float64(n)
}

var (
	uniform    = Dist{Kind: Uniform, Min: 2, Max: 6}
	triangular = Dist{Kind: Triangular, Min: 1, Mode: 2, Max: 5}
	pert       = Dist{Kind: PERT, Min: 1.1, Mode: 1.4, Max: 1.9}
	normal     = Dist{Kind: Normal, Mu: 10, Sigma: 2}
	truncated  = Dist{Kind: Normal, Mu: 10, Sigma: 2, Min: 9, Max: 15, HasMin: true, HasMax: true}
	lowerOnly  = Dist{Kind: Normal, Mu: 10, Sigma: 2, Min: 11, HasMin: true}
	upperOnly  = Dist{Kind: Normal, Mu: 10, Sigma: 2, Max: 7, HasMax: true}
	lognormal  = Dist{Kind: LogNormal, Mu: 0.5, Sigma: 0.4}
	beta       = Dist{Kind: Beta, Alpha: 2, Beta: 5}
	betaScaled = Dist{Kind: Beta, Alpha: 2, Beta: 5, Min: 10, Max: 20, HasMin: true, HasMax: true}
	gamma      = Dist{Kind: Gamma, Alpha: 3, Beta: 2}
	fixed      = FixedValue(1.4)
)

// all lists one Dist of each kind and variant, for tests over every kind.
var all = []struct {
	name string
	d    Dist
}{
	{"fixed", fixed},
	{"uniform", uniform},
	{"triangular", triangular},
	{"triangular mode=min", Dist{Kind: Triangular, Min: 1, Mode: 1, Max: 5}},
	{"pert", pert},
	{"pert mode=max", Dist{Kind: PERT, Min: 0, Mode: 3, Max: 3}},
	{"normal", normal},
	{"truncated normal", truncated},
	{"normal min only", lowerOnly},
	{"normal max only", upperOnly},
	{"normal far upper tail", Dist{Kind: Normal, Mu: 0, Sigma: 1, Min: 50, Max: 50.5, HasMin: true, HasMax: true}},
	{"lognormal", lognormal},
	{"beta", beta},
	{"beta scaled", betaScaled},
	{"beta max only", Dist{Kind: Beta, Alpha: 0.5, Beta: 0.5, Max: 100, HasMax: true}},
	{"gamma", gamma},
}

func TestQuantileClosedForms(t *testing.T) {
	// Triangular on [1, 5] with mode 2: F(x) = (x−1)²/4 on [1, 2],
	// 1 − (5−x)²/12 on [2, 5]; F(2) = 1/4.
	triQ := func(p float64) float64 {
		if p < 0.25 {
			return 1 + math.Sqrt(4*p)
		}
		return 5 - math.Sqrt(12*(1-p))
	}
	for _, p := range []float64{1e-9, 0.01, 0.1, 0.25, 0.3, 0.5, 0.9, 0.999999} {
		if got, want := uniform.Quantile(p), 2+4*p; !near(got, want, 1e-14) {
			t.Errorf("uniform Quantile(%g) = %g, want %g", p, got, want)
		}
		if got, want := triangular.Quantile(p), triQ(p); !near(got, want, 1e-12) {
			t.Errorf("triangular Quantile(%g) = %g, want %g", p, got, want)
		}
		if got := fixed.Quantile(p); got != 1.4 {
			t.Errorf("fixed Quantile(%g) = %g, want 1.4", p, got)
		}
		// Normal: Φ((x−μ)/σ) = p.
		x := normal.Quantile(p)
		if got := 0.5 * math.Erfc(-(x-10)/(2*math.Sqrt2)); !near(got, p, 1e-9) {
			t.Errorf("normal CDF(Quantile(%g)) = %g", p, got)
		}
		// Lognormal: log of it is normal.
		y := math.Log(lognormal.Quantile(p))
		if got := 0.5 * math.Erfc(-(y-0.5)/(0.4*math.Sqrt2)); !near(got, p, 1e-9) {
			t.Errorf("lognormal CDF(Quantile(%g)) = %g", p, got)
		}
		// Beta(1, 1) scaled to [3, 7] is uniform.
		b11 := Dist{Kind: Beta, Alpha: 1, Beta: 1, Min: 3, Max: 7, HasMin: true, HasMax: true}
		if got, want := b11.Quantile(p), 3+4*p; !near(got, want, 1e-12) {
			t.Errorf("beta(1,1) on [3,7] Quantile(%g) = %g, want %g", p, got, want)
		}
		// Gamma with shape 1 and rate 2 is exponential with rate 2.
		g1 := Dist{Kind: Gamma, Alpha: 1, Beta: 2}
		if got, want := g1.Quantile(p), -math.Log1p(-p)/2; !near(got, want, 1e-9) {
			t.Errorf("gamma(1, rate 2) Quantile(%g) = %g, want %g", p, got, want)
		}
	}
	if got := triangular.Quantile(0.25); !near(got, 2, 1e-14) {
		t.Errorf("triangular Quantile(F(mode)) = %g, want the mode 2", got)
	}
	if got := lognormal.Median(); !near(got, math.Exp(0.5), 1e-12) {
		t.Errorf("lognormal Median = %g, want e^0.5", got)
	}
}

// TestMeanMatchesQuantiles checks every analytic Mean (PERT's
// (min+4mode+max)/6, gamma's alpha/rate, the truncated normal's, …) against
// a numerical average of Quantile over a fine grid of p.
func TestMeanMatchesQuantiles(t *testing.T) {
	known := map[string]float64{
		"pert":    (1.1 + 4*1.4 + 1.9) / 6,
		"gamma":   3.0 / 2,
		"uniform": 4,
		"beta":    2.0 / 7,
	}
	for _, c := range all {
		t.Run(c.name, func(t *testing.T) {
			mean := c.d.Mean()
			if want, ok := known[c.name]; ok && !near(mean, want, 1e-12) {
				t.Errorf("Mean() = %g, want %g", mean, want)
			}
			lo, hi := c.d.Support()
			tol := 1e-4 * math.Max(1, hi-lo)
			if math.IsInf(hi-lo, 0) {
				tol = 1e-3 * math.Max(1, math.Abs(mean)) // tails converge slowly
			}
			if got := gridMean(c.d, 50000); !near(got, mean, tol) {
				t.Errorf("average of quantiles = %.10g, Mean() = %.10g", got, mean)
			}
		})
	}
}

func TestTruncatedNormal(t *testing.T) {
	phi := func(x float64) float64 { return 0.5 * math.Erfc(-x/math.Sqrt2) }
	for _, d := range []Dist{truncated, lowerOnly, upperOnly} {
		lo, hi := d.Support()
		a, b := phi((lo-d.Mu)/d.Sigma), phi((hi-d.Mu)/d.Sigma)
		for i := 1; i < 1000; i++ {
			p := float64(i) / 1000
			x := d.Quantile(p)
			if x < lo || x > hi {
				t.Fatalf("%v: Quantile(%g) = %g outside [%g, %g]", d, p, x, lo, hi)
			}
			if got := (phi((x-d.Mu)/d.Sigma) - a) / (b - a); !near(got, p, 1e-9) {
				t.Errorf("%v: truncated CDF(Quantile(%g)) = %g", d, p, got)
			}
		}
	}

	// Intervals far in either tail, where the CDF underflows.
	for _, d := range []Dist{
		{Kind: Normal, Mu: 0, Sigma: 1, Min: 50, Max: 51, HasMin: true, HasMax: true},
		{Kind: Normal, Mu: 0, Sigma: 1, Min: -51, Max: -50, HasMin: true, HasMax: true},
		{Kind: Normal, Mu: 0, Sigma: 1, Min: 40, HasMin: true},
		{Kind: Normal, Mu: 0, Sigma: 1, Max: -1e6, HasMax: true},
		{Kind: Normal, Mu: 5, Sigma: 1e-300, Min: 6, Max: 7, HasMin: true, HasMax: true},
	} {
		lo, hi := d.Support()
		prev := math.Inf(-1)
		for _, p := range []float64{1e-12, 0.1, 0.5, 0.9, 1 - 1e-12} {
			x := d.Quantile(p)
			if x < lo || x > hi || x < prev {
				t.Errorf("%v: Quantile(%g) = %g: outside [%g, %g] or decreasing", d, p, x, lo, hi)
			}
			prev = x
		}
		if m := d.Mean(); m < lo || m > hi {
			t.Errorf("%v: Mean() = %g outside [%g, %g]", d, m, lo, hi)
		}
	}
	// Beyond 50 sd the distribution is nearly exponential with rate 50
	// from the bound: mean ≈ 50 + 1/50.
	far := Dist{Kind: Normal, Mu: 0, Sigma: 1, Min: 50, HasMin: true}
	if got := far.Mean(); !near(got, 50.02, 1e-5) {
		t.Errorf("far tail Mean() = %g, want about 50.02", got)
	}
	if got := far.Median(); !near(got, 50+math.Ln2/50, 1e-5) {
		t.Errorf("far tail Median() = %g, want about %g", got, 50+math.Ln2/50)
	}
}

// TestGammaLowerTail checks the lower tail of the gamma quantile, where it
// does not use gonum's root finder, against the regularized incomplete gamma
// function: P(alpha, rate·Quantile(p)) = p.
func TestGammaLowerTail(t *testing.T) {
	for _, alpha := range []float64{1e-3, 0.05, 0.5, 1, 3.16, 10, 1e3, 1e6} {
		d := Dist{Kind: Gamma, Alpha: alpha, Beta: 2}
		prev := 0.0
		for _, p := range []float64{1e-300, 1e-100, 1e-30, 1e-16, 1e-8, 1e-3, 0.1, 0.2499, 0.25, 0.5, 0.9} {
			x := d.Quantile(p)
			if x < prev {
				t.Errorf("alpha %g: Quantile(%g) = %g < Quantile of a smaller p (%g)", alpha, p, x, prev)
			}
			prev = x
			if x == 0 {
				// Allowed if the true quantile is below the smallest float:
				// for small x, P(alpha, 2x) ≈ (2x)^alpha/Γ(alpha+1).
				lg, _ := math.Lgamma(alpha + 1)
				if logX := (math.Log(p)+lg)/alpha - math.Ln2; logX > math.Log(5e-324) {
					t.Errorf("alpha %g: Quantile(%g) = 0, want about exp(%g)", alpha, p, logX)
				}
				continue
			}
			if got := mathext.GammaIncReg(alpha, 2*x); math.Abs(got/p-1) > 1e-6 {
				t.Errorf("alpha %g: P(alpha, rate·Quantile(%g)) = %g", alpha, p, got)
			}
		}
	}
}

func TestSupport(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		d      Dist
		lo, hi float64
	}{
		{fixed, 1.4, 1.4},
		{Dist{}, 0, 0},
		{uniform, 2, 6},
		{triangular, 1, 5},
		{pert, 1.1, 1.9},
		{normal, -inf, inf},
		{truncated, 9, 15},
		{lowerOnly, 11, inf},
		{upperOnly, -inf, 7},
		{lognormal, 0, inf},
		{beta, 0, 1},
		{betaScaled, 10, 20},
		{Dist{Kind: Beta, Alpha: 1, Beta: 1, Min: -1, HasMin: true}, -1, 1},
		{gamma, 0, inf},
	}
	for _, tt := range tests {
		lo, hi := tt.d.Support()
		if lo != tt.lo || hi != tt.hi {
			t.Errorf("%v: Support() = %g, %g; want %g, %g", tt.d, lo, hi, tt.lo, tt.hi)
		}
	}
}

func TestQuantileDoesNotAllocate(t *testing.T) {
	for _, c := range all {
		p := 0.1 // alternates with 0.85: both sides of gamma's 0.25 switch
		allocs := testing.AllocsPerRun(100, func() {
			_ = c.d.Quantile(p)
			p = 0.95 - p
		})
		if allocs != 0 {
			t.Errorf("%s: Quantile allocates %g times per call", c.name, allocs)
		}
	}
}

func TestQuantilePanicsOutsideUnitInterval(t *testing.T) {
	for _, p := range []float64{-0.1, 1.1, math.NaN()} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Quantile(%g) did not panic", p)
				}
			}()
			uniform.Quantile(p)
		}()
	}
	if got := uniform.Quantile(0); got != 2 {
		t.Errorf("Quantile(0) = %g, want 2", got)
	}
	if got := uniform.Quantile(1); got != 6 {
		t.Errorf("Quantile(1) = %g, want 6", got)
	}
}

func TestProblems(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		name string
		d    Dist
		want []string
	}{
		{"fixed ok", fixed, nil},
		{"zero value ok", Dist{}, nil},
		{"fixed nan", FixedValue(nan), []string{"value must be a finite number, got nan"}},
		{"fixed inf", FixedValue(-inf), []string{"value must be a finite number, got -inf"}},
		{"uniform equal", Dist{Kind: Uniform, Min: 2, Max: 2},
			[]string{"min and max must differ; use a plain number for a fixed value"}},
		{"uniform reversed", Dist{Kind: Uniform, Min: 3, Max: 2},
			[]string{"min (3) > max (2): need min < max"}},
		{"uniform overflow", Dist{Kind: Uniform, Min: -1e308, Max: 1e308},
			[]string{"max − min overflows: min (-1e+308) and max (1e+308) are too far apart"}},
		{"uniform inf", Dist{Kind: Uniform, Min: 0, Max: inf},
			[]string{"max must be a finite number, got inf"}},
		{"pert min > mode", Dist{Kind: PERT, Min: 3, Mode: 2, Max: 4},
			[]string{"min (3) > mode (2): need min ≤ mode ≤ max"}},
		{"pert mode > max", Dist{Kind: PERT, Min: 1, Mode: 5, Max: 4},
			[]string{"mode (5) > max (4): need min ≤ mode ≤ max"}},
		{"triangular reversed", Dist{Kind: Triangular, Min: 5, Mode: 3, Max: 1},
			[]string{"min (5) > mode (3): need min ≤ mode ≤ max", "mode (3) > max (1): need min ≤ mode ≤ max"}},
		{"triangular min > max", Dist{Kind: Triangular, Min: 5, Mode: 5, Max: 1},
			[]string{"mode (5) > max (1): need min ≤ mode ≤ max"}},
		{"triangular equal", Dist{Kind: Triangular, Min: 1, Mode: 1, Max: 1},
			[]string{"min and max must differ; use a plain number for a fixed value"}},
		{"pert nan mode", Dist{Kind: PERT, Min: 1, Mode: nan, Max: 2},
			[]string{"mode must be a finite number, got nan"}},
		{"normal sd 0", Dist{Kind: Normal, Mu: 1, Sigma: 0}, []string{"sd must be > 0, got 0"}},
		{"normal everything", Dist{Kind: Normal, Mu: nan, Sigma: -1, Min: 2, Max: 1, HasMin: true, HasMax: true},
			[]string{"mean must be a finite number, got nan", "sd must be > 0, got -1", "min (2) > max (1): need min < max"}},
		{"normal equal bounds", Dist{Kind: Normal, Mu: 1, Sigma: 1, Min: 1, Max: 1, HasMin: true, HasMax: true},
			[]string{"min and max must differ; use a plain number for a fixed value"}},
		{"normal unused bounds", Dist{Kind: Normal, Mu: 1, Sigma: 1, Min: 2, Max: 1}, nil},
		{"normal inf min", Dist{Kind: Normal, Mu: 1, Sigma: 1, Min: -inf, HasMin: true},
			[]string{"min must be a finite number, got -inf"}},
		{"lognormal", Dist{Kind: LogNormal, Mu: inf, Sigma: 0},
			[]string{"mu must be a finite number, got inf", "sigma must be > 0, got 0"}},
		{"beta", Dist{Kind: Beta, Alpha: 0, Beta: nan},
			[]string{"alpha must be > 0, got 0", "beta must be a finite number, got nan"}},
		{"beta min only above 1", Dist{Kind: Beta, Alpha: 1, Beta: 1, Min: 2, HasMin: true},
			[]string{"min (2) > max (1): need min < max"}},
		{"beta shape too small", Dist{Kind: Beta, Alpha: 1e-300, Beta: 1e60},
			[]string{"alpha must be between 0.001 and 1e+06, got 1e-300", "beta must be between 0.001 and 1e+06, got 1e+60"}},
		{"gamma shape too large", Dist{Kind: Gamma, Alpha: 1e7, Beta: 1e-300},
			[]string{"alpha (the shape) must be between 0.001 and 1e+06, got 1e+07"}},
		{"gamma", Dist{Kind: Gamma, Alpha: -1, Beta: 0},
			[]string{"alpha (the shape) must be > 0, got -1", "beta (the rate) must be > 0, got 0"}},
		{"unknown kind", Dist{Kind: "prt"},
			[]string{`unknown distribution "prt" (did you mean "pert"?); allowed: fixed, uniform, triangular, pert, normal, lognormal, beta, gamma`}},
	}
	for _, tt := range tests {
		if got := tt.d.Problems(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Problems() =\n\t%q\nwant\n\t%q", tt.name, got, tt.want)
		}
	}
	for _, c := range all {
		if p := c.d.Problems(); p != nil {
			t.Errorf("%s: unexpected Problems() %q", c.name, p)
		}
	}
}

func TestUnmarshalTOML(t *testing.T) {
	tests := []struct {
		text string
		want Dist
	}{
		{"1.4", fixed},
		{"3", FixedValue(3)},
		{"-2e3", FixedValue(-2000)},
		{`{ dist = "fixed", value = 1.4 }`, fixed},
		{`{ dist = "uniform", min = 2, max = 6.0 }`, uniform},
		{`{ dist = "triangular", min = 1, mode = 2, max = 5 }`, triangular},
		{`{ dist = "pert", max = 1.9, mode = 1.4, min = 1.1 }`, pert},
		{`{ dist = "normal", mean = 10, sd = 2 }`, normal},
		{`{ dist = "normal", mean = 10, sd = 2, min = 9, max = 15 }`, truncated},
		{`{ dist = "normal", mean = 10, sd = 2, min = 11 }`, lowerOnly},
		{`{ dist = "lognormal", mu = 0.5, sigma = 0.4 }`, lognormal},
		{`{ dist = "beta", alpha = 2, beta = 5 }`, beta},
		{`{ dist = "beta", alpha = 2, beta = 5, min = 10, max = 20 }`, betaScaled},
		{`{ dist = "gamma", alpha = 3, beta = 2 }`, gamma},
		// Structure only: inconsistent numbers decode, for Problems to report.
		{`{ dist = "pert", min = 3, mode = 2, max = 1 }`, Dist{Kind: PERT, Min: 3, Mode: 2, Max: 1}},
	}
	for _, tt := range tests {
		got, err := decode(tt.text)
		if err != nil {
			t.Errorf("%s: %v", tt.text, err)
			continue
		}
		if got != tt.want {
			t.Errorf("%s: got %#v, want %#v", tt.text, got, tt.want)
		}
	}

	// A [table] works as well as an inline table.
	var h holder
	if _, err := toml.Decode("[x]\ndist = \"uniform\"\nmin = 2\nmax = 6\n", &h); err != nil || h.X != uniform {
		t.Errorf("[x] table: got %v, %v", h.X, err)
	}
	// nan and inf decode; Problems rejects them.
	if d, err := decode("nan"); err != nil || !math.IsNaN(d.Value) || d.Problems() == nil {
		t.Errorf("nan: got %v, %v", d, err)
	}
}

func TestUnmarshalTOMLErrors(t *testing.T) {
	tests := []struct{ text, want string }{
		{`{ dist = "pert", min = 1, mdoe = 2, max = 3 }`,
			`unknown key "mdoe" in pert distribution (did you mean "mode"?); allowed: dist, min, mode, max`},
		{`{ dist = "uniform", min = 1, max = 3, mode = 2 }`,
			`unknown key "mode" in uniform distribution; allowed: dist, min, max`},
		{`{ dist = "gamma", alpha = 1, beta = 2, scale = 3 }`,
			`unknown key "scale" in gamma distribution; allowed: dist, alpha, beta`},
		{`{ dist = "prt", min = 1, mode = 2, max = 3 }`,
			`unknown distribution "prt" (did you mean "pert"?); allowed: fixed, uniform, triangular, pert, normal, lognormal, beta, gamma`},
		{`{ dist = "PERT", min = 1, mode = 2, max = 3 }`,
			`unknown distribution "PERT" (did you mean "pert"?); allowed: fixed, uniform, triangular, pert, normal, lognormal, beta, gamma`},
		{`{ dist = "weibull" }`,
			`unknown distribution "weibull"; allowed: fixed, uniform, triangular, pert, normal, lognormal, beta, gamma`},
		{`{ dist = "pert", min = 1, max = 3 }`,
			`missing key "mode" in pert distribution; required: dist, min, mode, max`},
		{`{ dist = "normal" }`,
			`missing keys "mean", "sd" in normal distribution; required: dist, mean, sd`},
		{`{ dist = "fixed" }`,
			`missing key "value" in fixed distribution; required: dist, value`},
		{`{ dist = "pert", min = "1", mode = 2, max = 3 }`,
			`key "min" in pert distribution must be a number, got string "1"`},
		{`{ dist = "beta", alpha = true, beta = 2 }`,
			`key "alpha" in beta distribution must be a number, got boolean true`},
		{`{ dist = "uniform", min = [1], max = 2 }`,
			`key "min" in uniform distribution must be a number, got an array`},
		{`{ min = 1, mode = 2, max = 3 }`,
			`missing key "dist" naming the distribution (one of fixed, uniform, triangular, pert, normal, lognormal, beta, gamma)`},
		{`{ dsit = "pert", min = 1, mode = 2, max = 3 }`,
			`missing key "dist" naming the distribution (one of fixed, uniform, triangular, pert, normal, lognormal, beta, gamma); unknown key "dsit" (did you mean "dist"?)`},
		{`{ dist = 3 }`,
			`key "dist" must be a string naming the distribution (one of fixed, uniform, triangular, pert, normal, lognormal, beta, gamma), got int64 3`},
		{`"1.4"`,
			`want a number or a distribution table like { dist = "pert", min = 1, mode = 2, max = 3 }, got string "1.4" (remove the quotes)`},
		{`"high"`,
			`want a number or a distribution table like { dist = "pert", min = 1, mode = 2, max = 3 }, got string "high"`},
		{`[1, 2]`,
			`want a number or a distribution table like { dist = "pert", min = 1, mode = 2, max = 3 }, got an array`},
		{`true`,
			`want a number or a distribution table like { dist = "pert", min = 1, mode = 2, max = 3 }, got boolean true`},
	}
	for _, tt := range tests {
		_, err := decode(tt.text)
		if err == nil {
			t.Errorf("%s: no error, want %s", tt.text, tt.want)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("%s:\n\tgot  %s\n\twant %s", tt.text, err, tt.want)
		}
	}

	// On error the Dist is left unchanged.
	d := fixed
	if err := d.UnmarshalTOML(map[string]any{"dist": "pert", "min": 1.0}); err == nil || d != fixed {
		t.Errorf("UnmarshalTOML on error: d = %v, err = %v", d, err)
	}
}

func TestTOMLRoundTrip(t *testing.T) {
	wantText := map[string]string{
		"fixed":            "1.4",
		"pert":             `{ dist = "pert", min = 1.1, mode = 1.4, max = 1.9 }`,
		"truncated normal": `{ dist = "normal", mean = 10, sd = 2, min = 9, max = 15 }`,
		"normal min only":  `{ dist = "normal", mean = 10, sd = 2, min = 11 }`,
		"beta scaled":      `{ dist = "beta", alpha = 2, beta = 5, min = 10, max = 20 }`,
		"gamma":            `{ dist = "gamma", alpha = 3, beta = 2 }`,
	}
	cases := append(all[:len(all):len(all)],
		struct {
			name string
			d    Dist
		}{"awkward numbers", Dist{Kind: Uniform, Min: 0.1 + 0.2, Max: 1e21}},
		struct {
			name string
			d    Dist
		}{"fixed tiny", FixedValue(5e-324)},
		struct {
			name string
			d    Dist
		}{"fixed inf", FixedValue(math.Inf(-1))},
	)
	for _, c := range cases {
		text := c.d.TOML()
		if want, ok := wantText[c.name]; ok && text != want {
			t.Errorf("%s: TOML() = %s, want %s", c.name, text, want)
		}
		if s := c.d.String(); s != text {
			t.Errorf("%s: String() = %s, TOML() = %s", c.name, s, text)
		}
		got, err := decode(text)
		if err != nil {
			t.Errorf("%s: decoding %s: %v", c.name, text, err)
			continue
		}
		if got != c.d {
			t.Errorf("%s: round trip of %s gave %#v, want %#v", c.name, text, got, c.d)
		}
	}
}

func TestMarshalJSON(t *testing.T) {
	tests := []struct {
		d    Dist
		want string
	}{
		{fixed, `1.4`},
		{FixedValue(1e21), `1e+21`},
		{pert, `{"dist":"pert","min":1.1,"mode":1.4,"max":1.9}`},
		{lowerOnly, `{"dist":"normal","mean":10,"sd":2,"min":11}`},
		{lognormal, `{"dist":"lognormal","mu":0.5,"sigma":0.4}`},
		{gamma, `{"dist":"gamma","alpha":3,"beta":2}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.d)
		if err != nil || string(b) != tt.want {
			t.Errorf("%v: MarshalJSON = %s, %v; want %s", tt.d, b, err, tt.want)
		}
	}
	// Every kind gives valid JSON with the same keys as TOML.
	for _, c := range all {
		b, err := json.Marshal(c.d)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if c.d.IsFixed() {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Errorf("%s: %s: %v", c.name, b, err)
			continue
		}
		for k := range m {
			if !strings.Contains(c.d.TOML(), k+" = ") {
				t.Errorf("%s: JSON key %q not in TOML %s", c.name, k, c.d.TOML())
			}
		}
	}
	if _, err := json.Marshal(FixedValue(math.NaN())); err == nil {
		t.Error("MarshalJSON of NaN: no error")
	}
	if _, err := json.Marshal(Dist{Kind: Uniform, Min: 0, Max: math.Inf(1)}); err == nil {
		t.Error("MarshalJSON of max = inf: no error")
	}
}

func TestIsFixed(t *testing.T) {
	if !fixed.IsFixed() || !(Dist{}).IsFixed() || pert.IsFixed() {
		t.Error("IsFixed wrong")
	}
}

func FuzzUnmarshal(f *testing.F) {
	for _, c := range all {
		f.Add("x = " + c.d.TOML())
	}
	for _, s := range []string{
		"",
		"x = nan",
		"x = { dist = \"normal\", mean = 0, sd = 1e-300, min = 1e300, max = inf }",
		"x = { dist = \"gamma\", alpha = 1e-3, beta = 1e300 }",
		"x = { dist = \"gamma\", alpha = 0.5, beta = 1e-300 }",
		"x = { dist = \"beta\", alpha = 1e6, beta = 1e-3 }",
		"x = { dist = \"pert\", min = -1e308, mode = 0, max = 1e308 }",
		"x = { dist = \"lognormal\", mu = 700, sigma = 1e300 }",
		"[x]\ndist = \"uniform\"\nmin = 1\nmax = 2",
		"x = { dist = 'pert', min = 1, mdoe = 2 }",
		"x = [1, 2]",
	} {
		f.Add(s)
	}
	ps := []float64{1e-300, 1e-12, 0.001, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1 - 1e-12, math.Nextafter(1, 0)}
	f.Fuzz(func(t *testing.T, doc string) {
		var h holder
		if _, err := toml.Decode(doc, &h); err != nil {
			return
		}
		d := h.X
		_ = d.TOML()
		_, _ = d.MarshalJSON()
		if d.Problems() != nil {
			return
		}
		// The text form must decode back to the same Dist.
		back, err := decode(d.TOML())
		if err != nil {
			t.Fatalf("%v: decoding TOML(): %v", d, err)
		}
		if d.Kind == "" { // the zero Dist (x absent) reads back as Fixed
			d.Kind = Fixed
		}
		if back != d {
			t.Fatalf("round trip of %s gave %#v", d.TOML(), back)
		}
		lo, hi := d.Support()
		prev := math.Inf(-1)
		for _, p := range ps {
			x := d.Quantile(p)
			if !(x >= lo && x <= hi) {
				t.Fatalf("%v: Quantile(%g) = %g outside [%g, %g]", d, p, x, lo, hi)
			}
			if x < prev {
				t.Fatalf("%v: Quantile(%g) = %g < Quantile of a smaller p (%g)", d, p, x, prev)
			}
			prev = x
		}
		if m := d.Mean(); m < lo || m > hi {
			t.Fatalf("%v: Mean() = %g outside [%g, %g]", d, m, lo, hi)
		}
	})
}
