package calibrate

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/stat/distuv"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

func TestPilotObservation(t *testing.T) {
	if !slices.Contains(scenarios.ShippedObservations(), "pilot") {
		t.Fatalf("ShippedObservations() = %v, want pilot", scenarios.ShippedObservations())
	}
	o, err := LoadObservation("pilot")
	if err != nil {
		t.Fatal(err)
	}
	// Report §3.1.1 and §3.1.3: 30 entrants September–December 2020; on
	// 1 April 2021 5 stopped, 12 new job, 2 work + schooling, 2 education,
	// 9 searching.
	want := [model.NumCategories]int{5, 12, 2, 2, 9}
	if o.Counts != want || o.Total() != 30 || o.Month() != 7 || len(o.Entries) != 4 ||
		o.FirstEntry.Format("2006-01") != "2020-09" || o.Date.Format("2006-01-02") != "2021-04-01" {
		t.Errorf("pilot: %+v (total %d, month %d)", o, o.Total(), o.Month())
	}
	if o.Name != "pilot" || o.Source == "" || o.File != "pilot (shipped)" {
		t.Errorf("pilot metadata: %q %q %q", o.Name, o.Source, o.File)
	}
	if got := o.EntryMonths(); len(got) != 30 || got[0] != 0 || got[29] != 3 || !slices.IsSorted(got) {
		t.Errorf("EntryMonths() = %v", got)
	}
	if !IsObservation("pilot") || IsObservation("baseline") || IsObservation("nope") {
		t.Error("IsObservation tells observations from scenarios wrongly")
	}
	// The observation file carries sources like the scenarios.
	data, _ := scenarios.ShippedObservationSource("pilot")
	for i, line := range strings.Split(string(data), "\n") {
		l := strings.TrimSpace(line)
		if l == "" || l[0] == '#' || l[0] == '[' || !strings.Contains(l, "=") {
			continue
		}
		key := strings.TrimSpace(strings.SplitN(l, "=", 2)[0])
		if key == "name" || key == "description" || key == "source" {
			continue
		}
		if !strings.Contains(l, "# source:") && !strings.Contains(l, "# EST") {
			t.Errorf("pilot.toml:%d: %q has no source comment", i+1, key)
		}
	}
}

// TestPilotLaterObservation checks the second shipped observation: by 16
// April 2021, 17 of the 25 continuing in work or work + schooling (report
// footnote 5, §6.1), counted at the start of May.
func TestPilotLaterObservation(t *testing.T) {
	o, err := LoadObservation("pilot_april16")
	if err != nil {
		t.Fatal(err)
	}
	c := o.Counts
	inWork := c[model.CategoryNewJob] + c[model.CategoryWorkAndSchooling]
	continuing := o.Total() - c[model.CategoryStopped]
	if inWork != 17 || continuing != 25 || o.Month() != 8 || o.Date.Format("2006-01-02") != "2021-04-16" {
		t.Errorf("pilot_april16: %d of %d in work, month %d, date %s; want 17 of 25, month 8, 2021-04-16",
			inWork, continuing, o.Month(), o.Date.Format("2006-01-02"))
	}
	first, _ := LoadObservation("pilot")
	if !slices.Equal(o.Entries, first.Entries) || !o.FirstEntry.Equal(first.FirstEntry) {
		t.Error("the two pilot observations disagree on the entrants")
	}
}

func TestObservationMonth(t *testing.T) {
	for _, tt := range []struct {
		date  string
		month int
	}{{"2021-04-01", 7}, {"2021-04-15", 7}, {"2021-04-16", 8}, {"2020-10-01", 1}, {"2021-02-14", 5}, {"2021-02-15", 6}} {
		o, err := LoadObservationBytes([]byte(`observation_date = "`+tt.date+`"
[entries]
"2020-09" = 1
[observed]
stopped = 0
new_job = 1
work_schooling = 0
education = 0
searching = 0
`), "x.toml")
		if err != nil {
			t.Fatal(err)
		}
		if got := o.Month(); got != tt.month {
			t.Errorf("%s: month %d, want %d", tt.date, got, tt.month)
		}
	}
}

func TestObservationProblems(t *testing.T) {
	const good = `name = "x"
observation_date = 2021-04-01
[entries]
"2020-09" = 3
"2020-10" = 2
[observed]
stopped = 1
new_job = 2
work_schooling = 0
education = 0
searching = 2
`
	replace := func(old, new string) string {
		if !strings.Contains(good, old) {
			panic(old)
		}
		return strings.Replace(good, old, new, 1)
	}
	tests := []struct {
		name string
		text string
		want []scenarios.Problem // File is x.toml; Msg is a substring
	}{
		{"unknown top-level key with hint", replace(`name = "x"`, `nmae = "x"`),
			[]scenarios.Problem{{Line: 1, Key: "nmae", Msg: `did you mean "name"?`}}},
		{"counts do not sum to the entrants", replace("searching = 2", "searching = 3"),
			[]scenarios.Problem{{Line: 6, Key: "observed", Msg: "counts sum to 6"}}},
		{"bad date", replace("2021-04-01", `"2021-13-01"`),
			[]scenarios.Problem{{Line: 2, Key: "observation_date", Msg: "is not a date"}}},
		{"date of the wrong type", replace("2021-04-01", "20210401"),
			[]scenarios.Problem{{Line: 2, Key: "observation_date", Msg: "must be a date"}}},
		{"missing date", replace("observation_date = 2021-04-01\n", ""),
			[]scenarios.Problem{{Key: "observation_date", Msg: "missing"}}},
		{"unknown category with hint", replace("searching = 2", "serching = 2"),
			[]scenarios.Problem{
				{Line: 6, Key: "observed", Msg: `category "searching" is missing`},
				{Line: 11, Key: "observed.serching", Msg: `did you mean "searching"?`},
			}},
		{"count not a whole number", replace("new_job = 2", "new_job = 2.5"),
			[]scenarios.Problem{{Line: 8, Key: "observed.new_job", Msg: "whole number"}}},
		{"negative count", replace("new_job = 2", "new_job = -2"),
			[]scenarios.Problem{{Line: 8, Key: "observed.new_job", Msg: "0 or more"}}},
		{"bad month", replace(`"2020-10" = 2`, `"2020-1O" = 2`),
			[]scenarios.Problem{{Line: 5, Key: "entries.2020-1O", Msg: `not a month`}}},
		{"entry after the observation", replace(`"2020-10" = 2`, `"2021-05" = 2`),
			[]scenarios.Problem{{Line: 5, Key: "entries.2021-05", Msg: "on or after the observation date"}}},
		{"no entrants", replace(`"2020-09" = 3`+"\n"+`"2020-10" = 2`, `"2020-09" = 0`),
			[]scenarios.Problem{{Line: 3, Key: "entries", Msg: "no entrants"}}},
		{"observed is not a table", strings.Replace(replace("[observed]\nstopped = 1\nnew_job = 2\nwork_schooling = 0\neducation = 0\nsearching = 2\n", ""), `name = "x"`, "name = \"x\"\nobserved = 5", 1),
			[]scenarios.Problem{{Line: 2, Key: "observed", Msg: "must be a table"}}},
		{"TOML syntax", replace("stopped = 1", "stopped = = 1"),
			[]scenarios.Problem{{Line: 7, Key: "observed.stopped", Msg: "TOML syntax"}}},
		{"several problems at once", replace(`name = "x"`, `name = 3`+"\nfoo = 1"),
			[]scenarios.Problem{{Line: 1, Key: "name", Msg: "must be a string"}, {Line: 2, Key: "foo", Msg: "unknown key"}}},
	}
	if _, err := LoadObservationBytes([]byte(good), "x.toml"); err != nil {
		t.Fatalf("the good file: %v", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadObservationBytes([]byte(tt.text), "x.toml")
			var e *scenarios.Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v, want *Error", err)
			}
			if len(e.Problems) != len(tt.want) {
				t.Fatalf("problems:\n%v\nwant %d", err, len(tt.want))
			}
			for i, w := range tt.want {
				p := e.Problems[i]
				if p.File != "x.toml" || p.Line != w.Line || p.Key != w.Key || !strings.Contains(p.Msg, w.Msg) {
					t.Errorf("problem %d: %q, want line %d key %q containing %q", i, p.String(), w.Line, w.Key, w.Msg)
				}
			}
		})
	}
	if _, err := LoadObservation("pilt"); err == nil || !strings.Contains(err.Error(), `did you mean "pilot"?`) {
		t.Errorf("misspelt shipped name: %v", err)
	}
}

// clopperPearson is the exact (equal-tailed) binomial interval for k of n.
func clopperPearson(k, n, level float64) (lo, hi float64) {
	a := (1 - level) / 2
	if k > 0 {
		lo = distuv.Beta{Alpha: k, Beta: n - k + 1}.Quantile(a)
	}
	hi = 1
	if k < n {
		hi = distuv.Beta{Alpha: k + 1, Beta: n - k}.Quantile(1 - a)
	}
	return lo, hi
}

// TestIntensiveCoachingReproducesThePilot checks the shipped pilot scenario
// against the pilot's outcome on 1 April 2021, among the 25 who continued.
//
// The report is not consistent with itself here: its counts give 12 new
// job + 2 work and schooling = 14 of 25 (56%) in work or work + schooling,
// while §6.1 calls 64% of 25 (16 = 12 + 2 + 2, education included) "work or
// work + schooling". The simulated share in work or work + schooling must
// lie in the 90% binomial interval of the counts (14 of 25) and in that of
// the report's own figure (16 of 25); the share with education must lie in
// that of 16 of 25.
func TestIntensiveCoachingReproducesThePilot(t *testing.T) {
	obs, err := LoadObservation("pilot")
	if err != nil {
		t.Fatal(err)
	}
	s, err := scenarios.Load("intensive_coaching", obs.CohortOverrides()...)
	if err != nil {
		t.Fatal(err)
	}
	cfg := model.Config{Seed: 1, Iterations: 2000, Horizon: obs.Month() + 1, Observe: obs.Month()}
	sh, err := CategoryShares(context.Background(), cfg, s.Input())
	if err != nil {
		t.Fatal(err)
	}
	continuing := 1 - sh[model.CategoryStopped]
	work := (sh[model.CategoryNewJob] + sh[model.CategoryWorkAndSchooling]) / continuing
	withEducation := work + sh[model.CategoryEducation]/continuing
	t.Logf("simulated shares %.3f; of those continuing %.3f in work or work + schooling, %.3f with education", sh, work, withEducation)
	for _, c := range []struct {
		what  string
		share float64
		k     float64
	}{
		{"work or work + schooling, against the counts (14 of 25)", work, 14},
		{"work or work + schooling, against the report's 64% (16 of 25)", work, 16},
		{"work, work + schooling or education, against 16 of 25", withEducation, 16},
	} {
		lo, hi := clopperPearson(c.k, 25, 0.9)
		if c.share < lo || c.share > hi {
			t.Errorf("%s: simulated %.3f outside the 90%% interval [%.3f, %.3f]", c.what, c.share, lo, hi)
		}
	}
	// And about one in six stops, as the 5 of 30.
	if lo, hi := clopperPearson(5, 30, 0.9); sh[model.CategoryStopped] < lo || sh[model.CategoryStopped] > hi {
		t.Errorf("stopped: simulated %.3f outside the 90%% interval [%.3f, %.3f] of 5 of 30", sh[model.CategoryStopped], lo, hi)
	}
}

// TestObservedCountsDoNotDependOnHorizon backs the calibration's shortcut of
// simulating only until the first entrants reach the observation month
// (the horizon NewSetup sets), with and without case managers' capacity
// coupling the persons.
func TestObservedCountsDoNotDependOnHorizon(t *testing.T) {
	for _, ref := range []string{"pilot", "pilot_april16"} {
		obs, err := LoadObservation(ref)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"baseline", "intensive_coaching", "digital_hybrid"} {
			setup, err := NewSetup(obs, name, []string{"interventions.coaching.job_finding_hr"}, model.Config{Seed: 3, Iterations: 50}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if setup.Config.Horizon != obs.Month() {
				t.Errorf("%s, %s: horizon %d, want %d (the first entrants enter in month 0)", ref, name, setup.Config.Horizon, obs.Month())
			}
			var got [3][model.NumCategories]float64
			for i, h := range []int{setup.Config.Horizon, obs.Month() + 1, 60} {
				cfg := setup.Config
				cfg.Horizon = h
				if got[i], err = CategoryShares(context.Background(), cfg, setup.Scenario.Input()); err != nil {
					t.Fatal(err)
				}
			}
			if got[0] != got[1] || got[0] != got[2] {
				t.Errorf("%s, %s: shares %v with the calibration's horizon, %v with one month more, %v with 60 months", ref, name, got[0], got[1], got[2])
			}
		}
	}
}

func TestCalibrationSetupErrors(t *testing.T) {
	obs, _ := LoadObservation("pilot")
	cfg := model.Config{Seed: 1, Iterations: 10}
	for _, tt := range []struct {
		ref string
		fit []string
		set []scenarios.Override
		err string
	}{
		{"intensive_coaching", nil, nil, "is required"},
		{"intensive_coaching", []string{"interventions.coaching.job_findng_hr"}, nil, `did you mean "job_finding_hr"?`},
		{"intensive_coaching", []string{"interventions.coaching.uptake", "interventions.coaching.uptake"}, nil, "named twice"},
		{"intensive_coaching", []string{"a", "b", "c", "d", "e"}, nil, "fit a,b,c,d,e: 5 keys, at most 4"},
		{"intensive_coaching", []string{"interventions.coaching.uptake"}, []scenarios.Override{{Key: "interventions.coaching.uptake", Value: "0.9"}}, "fit it or set it"},
		{"intensive_coaching", []string{"interventions.services.nope.job_finding_hr"}, nil, "does not set it"},
		{"nope", []string{"interventions.coaching.uptake"}, nil, "neither a shipped scenario"},
	} {
		_, err := NewSetup(obs, tt.ref, tt.fit, cfg, tt.set)
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s %v: error %v, want one containing %q", tt.ref, tt.fit, err, tt.err)
		}
	}
}

// TestCalibrationRecoversKnownParameter simulates counts from
// intensive_coaching with a known coaching effect, fits the effect from a
// different start and another seed, and checks that the estimate is near
// the truth and its interval covers it. The cohort is ten times the pilot's,
// with ten times the case-manager capacity, so that the counts say more.
func TestCalibrationRecoversKnownParameter(t *testing.T) {
	const truth = 2.2
	base, _ := LoadObservation("pilot")
	obs := *base
	obs.Entries = []int{80, 80, 70, 70}
	capacity := []scenarios.Override{{Key: "interventions.coaching.case_manager_fte", Value: "11.1"}}
	fit := []string{"interventions.coaching.job_finding_hr"}
	ctx := context.Background()

	gen, err := NewSetup(&obs, "intensive_coaching", fit, model.Config{Seed: 99, Iterations: 100}, capacity)
	if err != nil {
		t.Fatal(err)
	}
	shares, err := gen.Shares(ctx, []float64{truth})
	if err != nil {
		t.Fatal(err)
	}
	// Draw the observed counts: one category per entrant.
	rng := rand.New(rand.NewPCG(1, 2))
	obs.Counts = [model.NumCategories]int{}
	for range obs.Total() {
		u, c := rng.Float64(), 0
		for c < model.NumCategories-1 && u >= shares[c] {
			u -= shares[c]
			c++
		}
		obs.Counts[c]++
	}

	setup, err := NewSetup(&obs, "intensive_coaching", fit, model.Config{Seed: 1, Iterations: 40}, capacity)
	if err != nil {
		t.Fatal(err)
	}
	setup.Start = []float64{1.2}
	res, err := setup.Problem().Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e := res.Estimates[0]
	t.Logf("counts %v: estimate %.3f, 90%% interval [%.3f, %.3f], %d simulations, G² %.2f (p %.2f)",
		obs.Counts, e.Value, e.Lower, e.Upper, res.Evaluations, res.Fit.G2, res.Fit.PG2)
	if e.LowerOpen || e.UpperOpen || !(e.Lower < truth && truth < e.Upper) {
		t.Errorf("interval [%v, %v] misses the truth %v", e.Lower, e.Upper, truth)
	}
	if half := math.Log(e.Upper/e.Lower) / 2; math.Abs(math.Log(e.Value/truth)) > half {
		t.Errorf("estimate %v further from the truth %v than half the interval's width", e.Value, truth)
	}
	if e.Upper/e.Lower > 2 {
		t.Errorf("interval [%v, %v] too wide for %d observations", e.Lower, e.Upper, obs.Total())
	}
}
