package dist

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestTableMatchesQuantile checks the tabulated quantile against the exact
// one on a fine grid of p, dense near the tails and the ends of the table,
// for shapes from the shipped scenarios and more extreme ones.
func TestTableMatchesQuantile(t *testing.T) {
	tests := []struct {
		name string
		d    Dist
	}{
		{"pert symmetric", Dist{Kind: PERT, Min: 1.1, Mode: 1.4, Max: 1.7}},
		{"pert skewed", Dist{Kind: PERT, Min: 0.5, Mode: 0.6, Max: 2.5}},
		{"pert mode at min", Dist{Kind: PERT, Min: 0, Mode: 0, Max: 1}},
		{"pert mode at max", Dist{Kind: PERT, Min: 200, Mode: 900, Max: 900}},
		{"beta uniform", Dist{Kind: Beta, Alpha: 1, Beta: 1}},
		{"beta U-shaped", Dist{Kind: Beta, Alpha: 0.5, Beta: 0.5}},
		{"beta 16 of 25", Dist{Kind: Beta, Alpha: 17, Beta: 10, HasMin: true, Min: 0, HasMax: true, Max: 1}},
		{"beta skewed", Dist{Kind: Beta, Alpha: 2, Beta: 30, HasMin: true, Min: 10, HasMax: true, Max: 20}},
		{"gamma exponential", Dist{Kind: Gamma, Alpha: 1, Beta: 0.5}},
		{"gamma shape 0.5", Dist{Kind: Gamma, Alpha: 0.5, Beta: 2}},
		{"gamma shape 9", Dist{Kind: Gamma, Alpha: 9, Beta: 3}},
	}
	var ps []float64
	for j := 1; j < 25000; j++ {
		ps = append(ps, float64(j)/25000)
	}
	for _, e := range []float64{1e-12, 1e-8, 1e-5, tableTail, tableTail * (1 + 1e-9), 2e-4, 1e-3} {
		ps = append(ps, e, 1-e)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if problems := tt.d.Problems(); problems != nil {
				t.Fatal(problems)
			}
			tab := NewTable(tt.d)
			if tab.q == nil {
				t.Fatal("not tabulated")
			}
			lo, hi := tt.d.Support()
			scale := hi - lo
			if math.IsInf(scale, 0) {
				scale = math.Sqrt(tt.d.Alpha) / tt.d.Beta // gamma: the sd
			}
			worst, at := 0.0, 0.0
			for _, p := range ps {
				if e := math.Abs(tab.Quantile(p)-tt.d.Quantile(p)) / scale; e > worst {
					worst, at = e, p
				}
			}
			t.Logf("max error %.2g of the scale at p = %g", worst, at)
			if worst > 1e-9 {
				t.Errorf("max error %.3g of the scale at p = %g, want ≤ 1e-9", worst, at)
			}
		})
	}
}

func TestTablesAreShared(t *testing.T) {
	d := Dist{Kind: PERT, Min: 1, Mode: 2, Max: 4}
	if a, b := NewTable(d), NewTable(d); a != b {
		t.Error("the same Dist gave two Tables")
	}
	if e := (Dist{Kind: PERT, Min: 1, Mode: 2, Max: 5}); NewTable(d) == NewTable(e) {
		t.Error("different Dists gave the same Table")
	}
}

func TestTableFastKindsAreExact(t *testing.T) {
	for _, c := range all {
		if c.d.Kind == PERT || c.d.Kind == Beta || c.d.Kind == Gamma {
			continue
		}
		tab := NewTable(c.d)
		for _, p := range []float64{0, 0.01, 0.3, 0.5, 0.77, 1} {
			if got, want := tab.Quantile(p), c.d.Quantile(p); got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
				t.Errorf("%s: Table.Quantile(%g) = %g, want %g", c.name, p, got, want)
			}
		}
	}
}

func TestTableDoesNotAllocate(t *testing.T) {
	for _, c := range all {
		tab := NewTable(c.d)
		p := 0.1
		allocs := testing.AllocsPerRun(100, func() {
			_ = tab.Quantile(p)
			p = 0.95 - p
		})
		if allocs != 0 {
			t.Errorf("%s: Table.Quantile allocates %g times per call", c.name, allocs)
		}
	}
}

func BenchmarkQuantile(b *testing.B) {
	d := Dist{Kind: PERT, Min: 1.1, Mode: 1.4, Max: 1.9}
	tab := NewTable(d)
	for _, bb := range []struct {
		name string
		q    func(float64) float64
	}{{"exact", d.Quantile}, {"table", tab.Quantile}} {
		b.Run(bb.name, func(b *testing.B) {
			p := 0.0
			for b.Loop() {
				p += 0.6180339887
				if p >= 1 {
					p--
				}
				_ = bb.q(p)
			}
		})
	}
}

// everyKind holds a distribution of every kind, some truncated, for the
// tests that hold a shortcut to the work done afresh.
var everyKind = []Dist{
	{Kind: Fixed, Value: 3},
	{Kind: Uniform, Min: 0.1, Max: 0.7},
	{Kind: Triangular, Min: 1, Mode: 1.2, Max: 4},
	{Kind: PERT, Min: 0.5, Mode: 0.6, Max: 2.5},
	{Kind: PERT, Min: 0, Mode: 0, Max: 1},
	{Kind: Normal, Mu: 1, Sigma: 0.3},
	{Kind: Normal, Mu: 1, Sigma: 0.3, HasMin: true, Min: 0.9},
	{Kind: LogNormal, Mu: 0.2, Sigma: 0.5},
	{Kind: Beta, Alpha: 2, Beta: 30, HasMin: true, Min: 10, HasMax: true, Max: 20},
	{Kind: Gamma, Alpha: 0.5, Beta: 2},
}

// TestTableMedianAsAfresh checks that the median a Table works out once is
// the quantile it works out afresh at p = 0.5, bit for bit, for every kind.
func TestTableMedianAsAfresh(t *testing.T) {
	tests := everyKind
	for _, d := range tests {
		if problems := d.Problems(); problems != nil {
			t.Fatal(d, problems)
		}
		tab := NewTable(d)
		got, want := tab.Quantile(0.5), tab.quantile(0.5)
		if math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("%+v: median %v, afresh %v", d, got, want)
		}
		if exact := d.Quantile(0.5); math.Abs(got-exact) > 1e-9*max(1, math.Abs(exact)) {
			t.Errorf("%+v: median %v, exact %v", d, got, exact)
		}
	}
}

// TestSamplerAsRand checks that a Sampler draws what Dist.Rand draws, bit
// for bit, from the same sequence of its source, for every kind.
func TestSamplerAsRand(t *testing.T) {
	tests := append([]Dist{
		{},
		{Kind: Triangular, Min: 2, Mode: 2, Max: 2},
		{Kind: Normal, Mu: 0, Sigma: 1, HasMin: true, Min: 3, HasMax: true, Max: 3.1},
		{Kind: Beta, Alpha: 0.5, Beta: 0.5},
		{Kind: Gamma, Alpha: 9, Beta: 3},
		{Kind: Gamma, Alpha: 0.1, Beta: 3},
	}, everyKind...)
	for _, d := range tests {
		a, b := rand.NewPCG(1, 2), rand.NewPCG(1, 2)
		s := d.NewSampler(b)
		for j := range 2000 {
			if j%7 == 0 {
				// Reseeded between draws, as GeneratePersons does.
				a.Seed(uint64(j), 3)
				b.Seed(uint64(j), 3)
			}
			got, want := s.Rand(), d.Rand(a)
			if math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("%+v, draw %d: sampler %v, Rand %v", d, j, got, want)
			}
		}
	}
}
