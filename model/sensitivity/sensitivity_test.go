package sensitivity_test

import (
	"context"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/dist"
	"github.com/vwnw/vwnw/model/sensitivity"
	"github.com/vwnw/vwnw/scenarios"
)

func sensLoad(t testing.TB, name string, ovs ...scenarios.Override) *scenarios.Scenario {
	t.Helper()
	s, err := scenarios.Load(name, ovs...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// toyAnalysis is intensive_coaching against the baseline with three toy
// parameters: a wide coaching hourly cost, a narrow price of the first
// service, and one that nothing reads the value of.
func toyAnalysis(t testing.TB, iterations, workers int) *sensitivity.Analysis {
	base, sc := sensLoad(t, "baseline"), sensLoad(t, "intensive_coaching")
	big := dist.Dist{Kind: dist.Uniform, Min: 0, Max: 400}
	small := dist.Dist{Kind: dist.Uniform, Min: 0, Max: 100}
	none := dist.Dist{Kind: dist.Uniform, Min: 0, Max: 1}
	toy := sc.Input()
	toy.Draw = func(u func(string) float64, p *model.Params) {
		sc.Draw(u, p)
		p.Interventions.Coaching.HourlyCost = big.Quantile(u("toy.big"))
		p.Interventions.Services[0].UnitCost = small.Quantile(u("toy.small"))
		_ = none.Quantile(u("toy.none"))
	}
	return &sensitivity.Analysis{
		Config: model.Config{Seed: 3, Iterations: iterations, Horizon: 60, Workers: workers, Observe: -1},
		Inputs: []model.Input{base.Input(), toy},
		Params: []sensitivity.Param{{Key: "toy.none", Dist: none}, {Key: "toy.small", Dist: small}, {Key: "toy.big", Dist: big}},
	}
}

func TestTornadoOrdering(t *testing.T) {
	a := toyAnalysis(t, 40, 2)
	bars, err := a.Tornado(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range bars {
		got = append(got, b.Param)
	}
	if want := "toy.big toy.small toy.none"; strings.Join(got, " ") != want {
		t.Fatalf("order %v, want %s", got, want)
	}
	tests := []struct {
		bar       model.TornadoBar
		low, high float64
	}{{bars[0], 40, 360}, {bars[1], 10, 90}, {bars[2], 0.1, 0.9}}
	for _, tc := range tests {
		b := tc.bar
		if math.Abs(b.Low-tc.low) > 1e-9 || math.Abs(b.High-tc.high) > 1e-9 {
			t.Errorf("%s: values %g and %g, want p10 %g and p90 %g", b.Param, b.Low, b.High, tc.low, tc.high)
		}
		if b.Base != bars[0].Base {
			t.Errorf("%s: base differs between bars", b.Param)
		}
	}
	// Common random numbers: a parameter nothing reads changes nothing,
	// not even by chance.
	if bars[2].AtLow != bars[2].Base || bars[2].AtHi != bars[2].Base {
		t.Errorf("toy.none moved the NPV: %+v", bars[2])
	}
	// Costs lower the societal NPV; workers do not pay them.
	if !(bars[0].AtHi.Society < bars[0].Base.Society && bars[0].Base.Society < bars[0].AtLow.Society) {
		t.Errorf("a higher hourly cost should lower the societal NPV: %+v", bars[0])
	}
	if bars[0].Swing(model.Workers) != 0 {
		t.Errorf("workers' NPV moved with the case manager's price: %+v", bars[0])
	}
	order := sensitivity.TornadoOrder(bars)
	if order.Society[0] != "toy.big" || len(order.UWV) != 3 {
		t.Errorf("tornado order %+v", order)
	}
	// Standard errors: the hourly cost moves every iteration's NPV by the
	// same hours × price difference up to who takes up coaching, so its
	// swing is far outside its noise; toy.none changes nothing, not even
	// by chance, so its swing and standard error are exactly zero and it
	// is not marked as noise (it is zero, not unknown).
	big, none := bars[0], bars[2]
	if se := big.SwingSE.Society; !(se > 0 && big.Swing(model.Society) > 10*se) || big.Noise.Society {
		t.Errorf("toy.big: swing %.0f with SE %.0f, noise %v", big.Swing(model.Society), se, big.Noise.Society)
	}
	if none.SwingSE.Society != 0 || none.Noise.Society {
		t.Errorf("toy.none: SE %g, noise %v", none.SwingSE.Society, none.Noise.Society)
	}
}

func TestTornadoNoise(t *testing.T) {
	// A hazard's swing in a small run is mostly chance: its standard error
	// is computed from the per-iteration differences, and a swing within
	// two of them is marked as noise. Checked against the definition.
	base, sc := sensLoad(t, "baseline"), sensLoad(t, "intensive_coaching")
	d := dist.Dist{Kind: dist.Uniform, Min: 0.005, Max: 0.016}
	a := &sensitivity.Analysis{
		Config: model.Config{Seed: 4, Iterations: 30, Horizon: 60, Workers: 2, Observe: -1},
		Inputs: []model.Input{base.Input(), sc.Input()},
		Params: []sensitivity.Param{{Key: "hazards.retention", Dist: d}},
	}
	bars, err := a.Tornado(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b := bars[0]
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		se, swing := *b.SwingSE.At(st), b.Swing(st)
		if want := se > 0 && swing <= sensitivity.NoiseSEs*se; *b.Noise.At(st) != want {
			t.Errorf("%s: swing %.0f, SE %.0f, noise %v", st.Key(), swing, se, *b.Noise.At(st))
		}
	}
	a.Config.Iterations = 1
	if _, err := a.Tornado(context.Background()); err == nil {
		t.Error("tornado with one iteration: want an error, as the SE needs two")
	}
}

func TestSensitivityReproducibleAcrossWorkers(t *testing.T) {
	run := func(workers int) ([]model.SobolIndex, *model.EVPI) {
		a := toyAnalysis(t, 24, workers)
		s, err := a.Sobol(context.Background(), nil, 100, 1)
		if err != nil {
			t.Fatal(err)
		}
		e, err := a.EVPI(context.Background(), 2, []sensitivity.Group{{Name: "toy.big", Keys: []string{"toy.big"}}})
		if err != nil {
			t.Fatal(err)
		}
		return s.Indices, e
	}
	s1, e1 := run(1)
	s3, e3 := run(3)
	for g := range s1 {
		if s1[g] != s3[g] {
			t.Errorf("Sobol index %s differs between 1 and 3 workers: %+v vs %+v", s1[g].Param, s1[g], s3[g])
		}
	}
	if !reflect.DeepEqual(e1, e3) {
		t.Errorf("EVPI differs between 1 and 3 workers:\n%+v\n%+v", e1, e3)
	}
}

func TestEVPIOnTheModel(t *testing.T) {
	a := toyAnalysis(t, 60, 2)
	targets := sensitivity.EVPPITargets(a.Params, nil)
	e, err := a.EVPI(context.Background(), 2, targets)
	if err != nil {
		t.Fatal(err)
	}
	if e.Permutations != sensitivity.EVPPIPermutations || len(e.SplitHalf) != 2 || len(e.Partial) != 3 {
		t.Fatalf("evpi %+v", e)
	}
	for _, p := range e.Partial {
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			net, raw, floor := *p.Cohort.At(st), *p.Raw.At(st), *p.NoiseFloor.At(st)
			if net < 0 || net > *e.Cohort.At(st)+1e-9 || net > raw+1e-9 || floor < 0 {
				t.Errorf("%s, %s: net %g, raw %g, floor %g, EVPI %g", p.Param, st.Key(), net, raw, floor, *e.Cohort.At(st))
			}
			if *p.Distinct.At(st) && net < 0.5 {
				t.Errorf("%s, %s: distinct at %g €", p.Param, st.Key(), net)
			}
		}
		// Nothing reads toy.none: with 60 sets the regression may still
		// follow noise, but never distinguishably from zero.
		if p.Param == "toy.none" && p.Distinct != (model.ByStakeholder[bool]{}) {
			t.Errorf("toy.none distinguishable from zero: %+v", p)
		}
	}
	// A group may not share its name with a target.
	if _, err := a.EVPI(context.Background(), 1, append(targets, sensitivity.Group{Name: "toy.big", Keys: []string{"toy.small"}})); err == nil {
		t.Error("a group named like a parameter: want an error")
	}
}

func TestSobolBootstrapAndInner(t *testing.T) {
	a := toyAnalysis(t, 8, 2)
	tests := []struct {
		name             string
		bootstrap, inner int
		want             string
	}{
		{"no bootstrap", 0, 1, "at least 100 bootstrap"},
		{"too few resamples", 99, 1, "at least 100 bootstrap"},
		{"no cohorts", 100, 0, "at least 1"},
	}
	for _, tc := range tests {
		if _, err := a.Sobol(context.Background(), nil, tc.bootstrap, tc.inner); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %v, want %q", tc.name, err, tc.want)
		}
	}
	// Averaging cohorts per sample shrinks the share of chance.
	share := func(inner int) float64 {
		a := toyAnalysis(t, 64, 2)
		a.Params = a.Params[2:] // toy.big
		r, err := a.Sobol(context.Background(), nil, 100, inner)
		if err != nil {
			t.Fatal(err)
		}
		return r.Stochastic.Society.Est
	}
	if one, eight := share(1), share(8); !(eight < one) {
		t.Errorf("chance within the cohort: %.3f with 1 cohort per sample, %.3f with 8", one, eight)
	}
}

func TestSobolOnTheModel(t *testing.T) {
	a := toyAnalysis(t, 256, 2)
	res, err := a.Sobol(context.Background(), nil, 100, 1)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]model.SobolIndex{}
	for _, s := range res.Indices {
		by[s.Param] = s
	}
	// Nothing reads toy.none: both its indices are exactly zero, since the
	// A and AB rows meet the same persons.
	if n := by["toy.none"]; n.First.Society.Est != 0 || n.Total.Society.Est != 0 {
		t.Errorf("toy.none has indices %+v", n)
	}
	if !(by["toy.big"].Total.Society.Est > by["toy.small"].Total.Society.Est) {
		t.Errorf("the wide cost should matter more than the narrow one: %+v %+v", by["toy.big"], by["toy.small"])
	}
	if len(res.Notes) == 0 || !strings.Contains(res.Notes[0].EN, "independent") || !strings.Contains(res.Notes[0].NL, "onafhankelijk") {
		t.Errorf("notes should say inputs are independent: %q", res.Notes)
	}
}

func TestBreakevenRecoversRoot(t *testing.T) {
	const key = "interventions.coaching.hourly_cost"
	base := sensLoad(t, "baseline")
	cfg := model.Config{Seed: 9, Iterations: 60, Horizon: 60, Workers: 2, Observe: -1}
	inputs := func(v float64) ([]model.Input, error) {
		sc, err := scenarios.Load("intensive_coaching", scenarios.Override{Key: key, Value: strconv.FormatFloat(v, 'g', -1, 64)})
		if err != nil {
			return nil, err
		}
		return []model.Input{base.Input(), sc.Input()}, nil
	}
	// Independently: the societal NPV is linear in the hourly cost, so two
	// ordinary runs give the root.
	npv := func(v float64) float64 {
		in, err := inputs(v)
		if err != nil {
			t.Fatal(err)
		}
		eng, err := model.NewEngine(cfg, in)
		if err != nil {
			t.Fatal(err)
		}
		r, err := eng.Run(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return r.Scenarios[1].NPV.Society.Mean
	}
	f0, f1 := npv(0), npv(1000)
	if !(f0 > 0 && f1 < 0) {
		t.Fatalf("societal NPV %g at 0 and %g at 1000: the test needs a sign change", f0, f1)
	}
	want := -f0 * 1000 / (f1 - f0)

	tests := []struct {
		name   string
		lo, hi float64
		roots  int
	}{{"wide range", 0, 1000, 1}, {"cheap range", 20, 50, 0}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &sensitivity.Analysis{Config: cfg}
			be, err := a.Breakeven(context.Background(), key, model.Society, tc.lo, tc.hi, inputs)
			if err != nil {
				t.Fatal(err)
			}
			if len(be.Roots) != tc.roots {
				t.Fatalf("roots %v, want %d; %s", be.Roots, tc.roots, be.Message)
			}
			if tc.roots == 0 {
				if !strings.Contains(be.Message, "No value") {
					t.Errorf("message %q should say no value gets there", be.Message)
				}
				return
			}
			// Rounding each iteration's NPV to the cent bends the line by
			// cents: the root is exact to a few cents' worth of hourly cost.
			if math.Abs(be.Roots[0]-want) > 1e-3 {
				t.Errorf("break-even %.6f, want %.6f", be.Roots[0], want)
			}
		})
	}
}

func TestBreakevenNoCashFlows(t *testing.T) {
	// Receiving employers have no cash flows in the coaching scenario when
	// it changes nobody's job (no effect on job finding or wages, no
	// recruitment saved): their mean NPV is zero at every hourly cost,
	// which is no break-even.
	const key = "interventions.coaching.hourly_cost"
	var none []scenarios.Override
	for _, kv := range [][2]string{{"interventions.coaching.job_finding_hr", "1"}, {"interventions.coaching.wage_ratio_effect", "0"},
		{"interventions.services.talent_scan.job_finding_hr", "1"}, {"interventions.services.career_test.job_finding_hr", "1"},
		{"interventions.services.application_training.job_finding_hr", "1"}, {"interventions.services.grief_counselling.job_finding_hr", "1"},
		{"interventions.services.self_employment.job_finding_hr", "1"}, {"jobs.recruitment_cost_saved", "0"}} {
		none = append(none, scenarios.Override{Key: kv[0], Value: kv[1]})
	}
	base := sensLoad(t, "baseline")
	inputs := func(v float64) ([]model.Input, error) {
		sc, err := scenarios.Load("intensive_coaching", append([]scenarios.Override{{Key: key, Value: strconv.FormatFloat(v, 'g', -1, 64)}}, none...)...)
		if err != nil {
			return nil, err
		}
		return []model.Input{base.Input(), sc.Input()}, nil
	}
	a := &sensitivity.Analysis{Config: model.Config{Seed: 9, Iterations: 10, Horizon: 60, Workers: 2, Observe: -1}}
	be, err := a.Breakeven(context.Background(), key, model.ReceivingEmployers, 50, 150, inputs)
	if err != nil {
		t.Fatal(err)
	}
	if !be.AllZero || len(be.Roots) != 0 || !strings.Contains(be.Message, "zero at every value") || strings.Contains(be.Message, "crosses") ||
		!strings.Contains(be.MessageNL, "geen omslagpunt") {
		t.Errorf("%+v", be)
	}
}

func TestBreakevenBadRange(t *testing.T) {
	a := &sensitivity.Analysis{Config: model.Config{Iterations: 1, Horizon: 12}}
	_, err := a.Breakeven(context.Background(), "k", model.Society, 5, 5, nil)
	if err == nil {
		t.Fatal("want an error for an empty range")
	}
}

func TestSensitivityCancel(t *testing.T) {
	a := toyAnalysis(t, 50, 2)
	ctx, cancel := context.WithCancel(context.Background())
	a.Progress = func(done, total int) {
		if done == 10 {
			cancel()
		}
	}
	if _, err := a.Tornado(ctx); err == nil || !strings.Contains(err.Error(), "canceled") {
		t.Errorf("err = %v, want context canceled", err)
	}
}
