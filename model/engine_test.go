package model_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"sync/atomic"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// load loads scenarios by name or TOML text ("toml:" prefix) with overrides.
func load(t testing.TB, ref string, sets ...string) *scenarios.Scenario {
	t.Helper()
	var ovs []scenarios.Override
	for _, s := range sets {
		o, err := scenarios.ParseOverride(s)
		if err != nil {
			t.Fatal(err)
		}
		ovs = append(ovs, o)
	}
	var s *scenarios.Scenario
	var err error
	if text, ok := bytes.CutPrefix([]byte(ref), []byte("toml:")); ok {
		s, err = scenarios.LoadBytes(text, "test.toml", "", ovs...)
	} else {
		s, err = scenarios.Load(ref, ovs...)
	}
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func engine(t testing.TB, cfg model.Config, list ...*scenarios.Scenario) *model.Engine {
	t.Helper()
	inputs := make([]model.Input, len(list))
	for i, s := range list {
		inputs[i] = s.Input()
	}
	e, err := model.NewEngine(cfg, inputs)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestLedgerIdentity checks on every iteration of every scenario that the
// transfers cancel (the parties' flows add up to the resource flows in every
// month) and that society's NPV is the sum of the seven others. The Ledger
// keeps both by construction, so this guards the Ledger and the rounding of
// NPVs; TestTransfersAreNotSocialGains checks that book uses it rightly.
func TestLedgerIdentity(t *testing.T) {
	e := engine(t, model.Config{Seed: 7, Iterations: 200, Horizon: 60, Workers: 2, Observe: -1},
		load(t, "baseline"), load(t, "intensive_coaching"), load(t, "baseline", "economy.include_wellbeing=true"),
		load(t, "digital_hybrid"), load(t, "transition_fund"), load(t, "wage_supplement"),
		load(t, "transition_fund", `interventions.training.income="fund"`, `interventions.training.levy.basis="wage_bill"`),
		load(t, "transition_fund", `interventions.training.income="fund"`, `interventions.training.levy.shortfall="levy_payers"`),
		load(t, "transition_fund", `interventions.training.income="none"`, "interventions.training.levy.per_worker=300"),
		load(t, "wage_supplement", "interventions.wage_supplement.payer.uwv=0.5", "interventions.wage_supplement.payer.treasury=0.5"))
	n := 0
	err := e.Each(context.Background(), func(it *model.Iteration) error {
		for s, si := range it.Scenarios {
			if si.TransferGap > 1e-6 {
				t.Errorf("iteration %d scenario %d: transfers leave %v euros in a month", it.Index, s, si.TransferGap)
			}
			for _, v := range [][model.NumStakeholders]float64{si.Level, si.NPV} {
				sum := 0.0
				for k := range model.NumParties {
					sum += v[k]
				}
				// NPV is rounded to cents per stakeholder.
				if math.Abs(sum-v[model.Society]) > 0.05+1e-9*math.Abs(sum) {
					t.Errorf("iteration %d scenario %d: society %v, sum of parties %v", it.Index, s, v[model.Society], sum)
				}
			}
		}
		n++
		return nil
	})
	if err != nil || n != 200 {
		t.Fatalf("Each: %v after %d iterations", err, n)
	}
}

// TestTransfersAreNotSocialGains changes parameters that only move money
// between parties — a tax rate, the employer charges and their split, each
// premium, the share of flexible contracts (which only sets the WW
// premium), the size of a wage supplement that changes no behaviour, the
// fund's income for trainees — and checks, iteration by iteration, that society's NPV stays
// the same while some party's changes, displacement of other job seekers
// included, and with lost leisure counted (the shipped default: it is
// valued by the statutory rules, which overrides do not move). A transfer
// booked as a resource (a "saved benefit" counted as a gain, production
// valued at labour cost, leisure valued by the overridden tax) would fail
// it.
func TestTransfersAreNotSocialGains(t *testing.T) {
	noBehaviour := []string{"interventions.wage_supplement.job_finding_hr=1", "interventions.wage_supplement.wage_ratio_effect=0"}
	tests := []struct {
		name     string
		scenario string
		a, b     []string
	}{
		// With leisure counted, the tax and the benefits also set the value
		// of the leisure given up (a share of the net income gain): these
		// run without it.
		{"box 1 rate", "intensive_coaching", everyYear("box1_rate_1", 0.30), everyYear("box1_rate_1", 0.45)},
		{"general tax credit", "intensive_coaching", everyYear("general_credit_max", 1500), everyYear("general_credit_max", 3500)},
		{"labour tax credit", "wage_supplement", everyYear("labour_rate_2", 0.2), everyYear("labour_rate_2", 0.35)},
		{"zorgtoeslag", "baseline", everyYear("zorgtoeslag_max_single", 800), everyYear("zorgtoeslag_max_single", 1600)},
		{"bijstand norm", "baseline", everyYear("bijstand_single", 900), everyYear("bijstand_single", 1300)},
		{"flex share (the WW premium)", "intensive_coaching", []string{"cohort.flex_share=0"}, []string{"cohort.flex_share=0.6"}},
		// The employer's charges and premiums, each on its own, in every
		// year of the rules (the horizon spans 2020–2025).
		{"Zvw employer levy", "intensive_coaching", everyYear("zvw_employer_rate", 0.04), everyYear("zvw_employer_rate", 0.09)},
		{"WW maximum daily wage", "intensive_coaching", everyYear("ww_max_daily_wage", 60), everyYear("ww_max_daily_wage", 300)},
		{"Aof premium", "intensive_coaching", everyYear("aof_rate", 0.04), everyYear("aof_rate", 0.09)},
		{"Whk premium", "intensive_coaching", everyYear("whk_rate", 0.005), everyYear("whk_rate", 0.03)},
		{"Wko surcharge", "intensive_coaching", everyYear("wko_rate", 0), everyYear("wko_rate", 0.02)},
		{"WW premium, permanent", "intensive_coaching", everyYear("ww_premium_low", 0.01), everyYear("ww_premium_low", 0.04)},
		{"WW premium, flexible", "intensive_coaching", append(everyYear("ww_premium_high", 0.05), "cohort.flex_share=0.5"),
			append(everyYear("ww_premium_high", 0.1), "cohort.flex_share=0.5")},
		{"wage supplement or partial WW", "wage_supplement", append([]string{"interventions.wage_supplement.share=0.000001"}, noBehaviour...),
			append([]string{"interventions.wage_supplement.enabled=false"}, noBehaviour...)},
		{"wage supplement share", "wage_supplement", append([]string{"interventions.wage_supplement.share=0.2"}, noBehaviour...),
			append([]string{"interventions.wage_supplement.share=0.8"}, noBehaviour...)},
		{"fund income for trainees", "transition_fund", []string{`interventions.training.income="fund"`, "interventions.training.income_share=0.5"},
			[]string{`interventions.training.income="fund"`, "interventions.training.income_share=0.9"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Both against the shipped baseline, so that the net effects
			// (displacement) are booked too: a scenario run first would be
			// the baseline and book none.
			e := engine(t, model.Config{Seed: 11, Iterations: 40, Horizon: 60, Workers: 2, Observe: -1},
				load(t, "baseline"), load(t, tt.scenario, tt.a...), load(t, tt.scenario, tt.b...))
			moved := 0.0
			err := e.Each(context.Background(), func(it *model.Iteration) error {
				a, b := it.Scenarios[1].Level, it.Scenarios[2].Level
				if d := math.Abs(a[model.Society] - b[model.Society]); d > 0.05+1e-9*math.Abs(a[model.Society]) {
					t.Errorf("iteration %d: society %v and %v, want equal", it.Index, a[model.Society], b[model.Society])
				}
				for k := range model.NumParties {
					moved = max(moved, math.Abs(a[k]-b[k]))
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if moved < 1 {
				t.Errorf("no party's NPV moved (%v): the change is not a transfer this test can see", moved)
			}
		})
	}
}

func TestLedgerTransfers(t *testing.T) {
	l := model.NewLedger(3)
	disc := model.DiscountFactors(nil, 0.0225, 3)
	l.Reset(disc)
	l.Transfer(0, model.ItemWW, model.UWV, model.Workers, 1234.5)
	l.Transfer(1, model.ItemTax, model.Workers, model.Treasury, 99)
	l.Resource(1, model.ItemHealthCare, model.Insurers, -40)
	l.Pay(2, model.ItemCaseManagers, &model.Payers{UWV: 0.25, Municipalities: 0.75}, 100)
	items := []struct {
		i    model.Item
		s    model.Stakeholder
		want float64
	}{
		{model.ItemWW, model.Workers, 1234.5}, {model.ItemWW, model.Society, 0},
		{model.ItemTax, model.Treasury, 99 * disc[1]}, {model.ItemHealthCare, model.Society, -40 * disc[1]},
		{model.ItemCaseManagers, model.UWV, -25 * disc[2]}, {model.ItemCaseManagers, model.Society, -100 * disc[2]},
		{model.ItemProduction, model.ReceivingEmployers, 0},
	}
	for _, tt := range items {
		if got := l.ItemNPV(tt.i, tt.s); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("item %s of %s: got %v, want %v", tt.i, tt.s, got, tt.want)
		}
	}
	for k := range model.NumStakeholders {
		sum := 0.0
		for i := range model.NumItems {
			sum += l.ItemNPV(model.Item(i), model.Stakeholder(k))
		}
		if want := l.NPV(model.Stakeholder(k), disc); math.Abs(sum-want) > 1e-9 {
			t.Errorf("%s: items sum to %v, NPV %v", model.Stakeholder(k), sum, want)
		}
	}
	tests := []struct {
		t    int
		s    model.Stakeholder
		want float64
	}{
		{0, model.UWV, -1234.5}, {0, model.Workers, 1234.5}, {0, model.Society, 0},
		{1, model.Workers, -99}, {1, model.Treasury, 99}, {1, model.Society, -40},
		{2, model.UWV, -25}, {2, model.Municipalities, -75}, {2, model.Society, -100},
	}
	for _, tt := range tests {
		if got := l.Amount(tt.t, tt.s); got != tt.want {
			t.Errorf("month %d %s: got %v, want %v", tt.t, tt.s, got, tt.want)
		}
	}
	for m := range 3 {
		if g := l.TransferTotal(m); g != 0 {
			t.Errorf("month %d: transfers sum to %v", m, g)
		}
	}
	if want := -40 * math.Pow(1.0225, -1.0/12); math.Abs(disc[1]*l.Amount(1, model.Society)-want) > 1e-12 {
		t.Errorf("discounting: got %v, want %v", disc[1]*l.Amount(1, model.Society), want)
	}
	if d := model.DiscountFactors(nil, 0.0225, 13)[12]; math.Abs(d-1/1.0225) > 1e-14 {
		t.Errorf("12 months discount by one year's rate: got %v", d)
	}
	long := model.DiscountFactors(nil, 0.05, 600)
	if want := math.Pow(1.05, -599.0/12); math.Abs(long[599]/want-1) > 1e-13 {
		t.Errorf("month 599: got %v, want %v", long[599], want)
	}
}

// TestWorkersIdentical checks that results do not depend on the number of
// goroutines.
func TestWorkersIdentical(t *testing.T) {
	list := []*scenarios.Scenario{load(t, "baseline"), load(t, "intensive_coaching")}
	var want []byte
	for _, w := range []int{1, 2, 8} {
		r, err := engine(t, model.Config{Seed: 3, Iterations: 64, Horizon: 48, Workers: w, Observe: -1}, list...).Run(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		r.Run.ElapsedSeconds, r.Run.Workers = 0, 0
		got, _ := json.Marshal(r)
		if want == nil {
			want = got
		} else if !bytes.Equal(got, want) {
			t.Errorf("%d workers: results differ from 1 worker", w)
		}
	}
}

// TestAnalyticReemployment compares the simulated mean months before a job
// with the closed form under a constant hazard λ and nothing else: the job
// starts after a geometric number of months with p = 1 − exp(−λ), mean 1/p.
func TestAnalyticReemployment(t *testing.T) {
	const lambda = 0.1
	s := load(t, "baseline",
		"hazards.job_finding=0.1", "hazards.notice_search=1", "hazards.duration_decay=0",
		"hazards.retention=0", "hazards.inactivity=0", "hazards.separation=0", "hazards.education=0",
		"hazards.age55_hr=1", "hazards.education_low_hr=1", "hazards.education_high_hr=1",
		"hazards.triage2_hr=1", "hazards.triage3_hr=1", "cohort.age=30")
	const iterations, size, horizon = 40, 1000, 400
	e := engine(t, model.Config{Seed: 11, Iterations: iterations, Horizon: horizon, CohortSize: size, Workers: 2, Observe: -1}, s)
	var means []float64
	err := e.Each(context.Background(), func(it *model.Iteration) error {
		occ := it.Scenarios[0].Occupancy
		m := 0.0
		for tm := range horizon {
			m += 1 - occ[tm*model.NumStates+int(model.Employed)]
		}
		means = append(means, m)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	p := 1 - math.Exp(-lambda)
	want := 1 / p
	sd := math.Sqrt(1-p) / p
	se := sd / math.Sqrt(iterations*size)
	got := model.Summarize(means).Mean
	if math.Abs(got-want) > 3*se {
		t.Errorf("mean months to a job: got %.4f, want %.4f ± %.4f (3 SE)", got, want, 3*se)
	}
}

// TestExtendsOnlyIsZero: a scenario that only extends the baseline has NPV
// exactly zero for every stakeholder.
func TestExtendsOnlyIsZero(t *testing.T) {
	same := load(t, "toml:name = \"same\"\nextends = \"baseline\"\n")
	r, err := engine(t, model.Config{Seed: 5, Iterations: 50, Horizon: 60, Workers: 2, Observe: -1}, load(t, "baseline"), same).Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		if got := *r.Scenarios[1].NPV.At(st); got != (model.Summary{}) {
			t.Errorf("%s: NPV %+v, want all zero", st, got)
		}
	}
}

// TestZeroEffectCostsItsResources: coaching without any effect changes
// nothing but costs case-manager time and services, so society's NPV is
// exactly minus that cost, borne by the payers.
func TestZeroEffectCostsItsResources(t *testing.T) {
	sets := []string{
		"interventions.coaching.job_finding_hr=1", "interventions.coaching.wage_ratio_effect=0",
		"interventions.coaching.working_time_share=0", "economy.discount_rate=0",
		// Placements through the arrangement save recruitment costs even
		// when coaching finds no job sooner: an effect of its own.
		"jobs.recruitment_cost_saved=0",
	}
	for _, svc := range []string{"talent_scan", "career_test", "application_training", "grief_counselling", "self_employment"} {
		sets = append(sets, "interventions.services."+svc+".job_finding_hr=1")
	}
	base := load(t, "baseline", "economy.discount_rate=0")
	coach := load(t, "intensive_coaching", sets...)
	e := engine(t, model.Config{Seed: 9, Iterations: 100, Horizon: 60, Workers: 2, Observe: -1}, base, coach)
	err := e.Each(context.Background(), func(it *model.Iteration) error {
		si := it.Scenarios[1]
		cost := si.Outcomes[model.OutCostPerParticipant] * si.Participants
		if cost <= 0 {
			t.Errorf("iteration %d: no cost, the test proves nothing", it.Index)
		}
		if math.Abs(si.NPV[model.Society]+cost) > 0.05 {
			t.Errorf("iteration %d: society %v, want −%v", it.Index, si.NPV[model.Society], cost)
		}
		payers := si.NPV[model.UWV] + si.NPV[model.Municipalities]
		if math.Abs(payers+cost) > 0.05 {
			t.Errorf("iteration %d: UWV + municipalities %v, want −%v", it.Index, payers, cost)
		}
		for _, k := range []model.Stakeholder{model.Workers, model.ReleasingEmployers, model.ReceivingEmployers, model.Insurers, model.Treasury} {
			if si.NPV[k] != 0 {
				t.Errorf("iteration %d: %s NPV %v, want 0", it.Index, k, si.NPV[k])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCaseManagersPaidTime: a client hour is charged at the paid time
// behind it, hourly_cost × paid_hours_per_fte / hours_per_fte, so doubling
// the paid hours per FTE at the same client hours doubles the cost.
func TestCaseManagersPaidTime(t *testing.T) {
	sets := []string{
		"interventions.coaching.job_finding_hr=1", "interventions.coaching.wage_ratio_effect=0",
		"interventions.coaching.working_time_share=0", "economy.discount_rate=0", "interventions.coaching.hours_per_fte=100",
		`interventions.coaching.cost_basis="hours_used"`, "jobs.recruitment_cost_saved=0",
	}
	for _, svc := range []string{"talent_scan", "career_test", "application_training", "grief_counselling", "self_employment"} {
		sets = append(sets, "interventions.services."+svc+".uptake=0")
	}
	base := load(t, "baseline", "economy.discount_rate=0")
	client := load(t, "intensive_coaching", append(sets, "interventions.coaching.paid_hours_per_fte=100")...)
	paid := load(t, "intensive_coaching", append(sets, "interventions.coaching.paid_hours_per_fte=200")...)
	shipped := load(t, "intensive_coaching", sets[:len(sets)-5]...)
	e := engine(t, model.Config{Seed: 9, Iterations: 50, Horizon: 60, Workers: 2, Observe: -1}, base, client, paid)
	err := e.Each(context.Background(), func(it *model.Iteration) error {
		c, p := it.Scenarios[1].NPV[model.Society], it.Scenarios[2].NPV[model.Society]
		if c >= 0 || math.Abs(p-2*c) > 0.05 {
			t.Errorf("iteration %d: society %v at 100 paid hours, %v at 200; want twice", it.Index, c, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := centralParams(shipped).Interventions.Coaching.PaidHoursPerFTE; got != 36*52.0/12 {
		t.Errorf("intensive_coaching: %v paid hours per FTE-month, want %v (36 h a week)", got, 36*52.0/12)
	}
}

// TestMonthsOnWWCountsEveryPaidMonth: months on WW count WW paid in
// training and beside a lower-paid job, not only months in the WW state.
func TestMonthsOnWWCountsEveryPaidMonth(t *testing.T) {
	e := engine(t, model.Config{Seed: 13, Iterations: 20, Horizon: 60, Workers: 2, Observe: -1}, load(t, "transition_fund"))
	err := e.Each(context.Background(), func(it *model.Iteration) error {
		si := &it.Scenarios[0]
		inState, training := 0.0, 0.0
		for m := range 60 {
			inState += si.Occupancy[m*model.NumStates+int(model.WW)]
			training += si.Occupancy[m*model.NumStates+int(model.Training)]
		}
		if got := si.Outcomes[model.OutMonthsWW]; training > 0 && got <= inState {
			t.Errorf("iteration %d: %.2f months on WW, %.2f in the WW state and %.2f in training", it.Index, got, inState, training)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestSummarize(t *testing.T) {
	s := model.Summarize([]float64{3, -1, 2, 0, 1})
	// Percentiles interpolate the empirical distribution function linearly
	// (gonum's stat.LinInterp, R's type 4): the median of five values lies
	// halfway between the second and third.
	if s.Mean != 1 || s.P50 != 0.5 || s.P5 != -1 || s.P95 != 2.75 || s.ProbPositive != 0.6 {
		t.Errorf("got %+v", s)
	}
	if math.Abs(s.SD-math.Sqrt(2.5)) > 1e-12 || math.Abs(s.SE-math.Sqrt(2.5/5)) > 1e-12 {
		t.Errorf("sd/se: got %+v", s)
	}
	if model.Summarize(nil).Defined() {
		t.Error("empty input: want an undefined Summary")
	}
}

func TestEngineRejectsBadConfig(t *testing.T) {
	in := []model.Input{load(t, "baseline").Input()}
	for _, cfg := range []model.Config{
		{Iterations: 0, Horizon: 60},
		{Iterations: 1, Horizon: 0},
		{Iterations: 1, Horizon: 60, CohortSize: -1},
	} {
		if _, err := model.NewEngine(cfg, in); err == nil {
			t.Errorf("%+v: want an error", cfg)
		}
	}
	if _, err := model.NewEngine(model.Config{Iterations: 1, Horizon: 1}, nil); err == nil {
		t.Error("no inputs: want an error")
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := engine(t, model.Config{Seed: 1, Iterations: 100000, Horizon: 60, Workers: 2, Observe: -1}, load(t, "baseline")).Run(ctx)
	if err == nil {
		t.Fatal("cancelled run: want an error")
	}
}

// TestCancelMidBatch checks that a run cancelled while a worker is in the
// middle of a batch of iterations stops within an iteration or two, not
// at the end of the batch (16 iterations here): a national cohort's
// iteration takes seconds.
func TestCancelMidBatch(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var simulated atomic.Int64
	in := load(t, "baseline").Input()
	in.Vary = func(*model.Params) {
		if simulated.Add(1) == 3 {
			cancel()
		}
	}
	eng := engineOf(t, model.Config{Seed: 1, Iterations: 1000, Horizon: 60, CohortSize: 1500, Workers: 1, Observe: -1}, in)
	simulated.Store(0) // NewEngine's calendars vary the input once
	if err := eng.Each(ctx, func(*model.Iteration) error { return nil }); err == nil {
		t.Fatal("cancelled run: want an error")
	}
	if n := simulated.Load(); n > 8 {
		t.Errorf("%d iterations simulated, cancelled in the third: the batch ran on", n)
	}
}

// TestInnerLoopAllocatesNothing checks that simulating allocates nothing
// per person: a run allocates the same for 100 and for 5,000 persons.
func TestInnerLoopAllocatesNothing(t *testing.T) {
	s := load(t, "intensive_coaching")
	allocs := func(size, iterations int) float64 {
		e := engine(t, model.Config{Seed: 1, Iterations: iterations, Horizon: 60, CohortSize: size, Workers: 1, Observe: -1}, load(t, "baseline"), s)
		return testing.AllocsPerRun(3, func() {
			if _, err := e.Run(context.Background()); err != nil {
				t.Fatal(err)
			}
		})
	}
	small, large := allocs(100, 4), allocs(5000, 4)
	// Buffers sized by the cohort are allocated once per worker, so the
	// count must not grow with the number of persons simulated.
	if large > small+4 {
		t.Errorf("allocations grow with the cohort: %v for 100 persons, %v for 5000", small, large)
	}
	// Nor with the number of iterations: parameter draws, cohorts and
	// ledgers reuse their workspace.
	if many := allocs(100, 400); many > small+4 {
		t.Errorf("allocations grow with the iterations: %v for 4, %v for 400", small, many)
	}
}

// TestCohortSize: a cohort file's persons decide the size, then
// Config.CohortSize, then what the parameters describe — as the engine
// draws them.
func TestCohortSize(t *testing.T) {
	file := make([]model.Person, 7)
	for _, tc := range []struct {
		name      string
		cfg       model.Config
		persons   []model.Person
		described int
		want      int
	}{
		{"described", model.Config{}, nil, 30, 30},
		{"--cohort-size", model.Config{CohortSize: 90}, nil, 30, 90},
		{"a cohort file", model.Config{}, file, 30, 7},
		{"a cohort file beats --cohort-size", model.Config{CohortSize: 90}, file, 30, 7},
	} {
		if got := model.CohortSize(tc.cfg, tc.persons, tc.described); got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, got, tc.want)
		}
	}
}
