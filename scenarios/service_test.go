package scenarios

import (
	"context"

	"github.com/vwnw/vwnw/model"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServiceWarning checks the warning for persons a coaching service
// closes before it offers them coaching: synthetic entry months and
// cohort files, start = "notice" (certain) and "unemployment" (likely,
// after the notice), and the settings that silence it.
func TestServiceWarning(t *testing.T) {
	const head = "age,education,tenure_years,monthly_wage,contract_hours,household,notice_months,entry_month,triage\n"
	for _, tt := range []struct {
		name string
		toml string   // the scenario, extending intensive_coaching
		csv  string   // rows of p.csv, after head; "" for none
		set  []string // overrides
		want []string // what the one warning holds; none for no warning
	}{
		{name: "pilot", toml: ""},
		{name: "synthetic late entrants", toml: "[cohort]\nentry_months = [0, 3, 7, 9, 11]\n",
			want: []string{"s.toml:3: cohort.entry_months: the coaching service opens with its first offer in month 0 (2020-09) and closes 7 months later, in month 7 (2021-04)",
				`with start = "notice"`, "so 60% of the persons — those told in entry months 7, 9 and 11 of [cohort] entry_months — are never offered coaching",
				"Raise interventions.coaching.service_months to at least 12", "or set it to 0 for a service open while anyone is coached"}},
		{name: "last entrant on the last day", toml: "[cohort]\nentry_months = [0, 6]\n"},
		{name: "first entrant after the close", toml: "[cohort]\nentry_months = [2, 9]\n",
			want: []string{"first offer in month 2 (2020-11) and closes 7 months later, in month 9 (2021-06)", "50% of the persons", "entry month 9 of", "at least 8"}},
		{name: "uneven spread", toml: "[cohort]\nsize = 7\nentry_months = [0, 0, 8]\n", want: []string{"29% of the persons", "entry month 8", "at least 9"}},
		{name: "service_months=0 silences", toml: "[cohort]\nentry_months = [0, 3, 7, 9, 11]\n", set: []string{"interventions.coaching.service_months=0"}},
		{name: "service_months long enough", toml: "[cohort]\nentry_months = [0, 3, 7, 9, 11]\n", set: []string{"interventions.coaching.service_months=12"}},
		{name: "service_months one short", toml: "[cohort]\nentry_months = [0, 3, 7, 9, 11]\n", set: []string{"interventions.coaching.service_months=11"},
			want: []string{"--set interventions.coaching.service_months: interventions.coaching.service_months:", "20% of the persons", "entry month 11", "at least 12"}},
		{name: "one month", toml: "[cohort]\nentry_months = [0, 3]\n", set: []string{"interventions.coaching.service_months=1"},
			want: []string{"closes 1 month later, in month 1 (2020-10)", "50% of the persons", "told in entry month 3 of", "at least 4"}},
		{name: "synthetic, one triage group", toml: "[cohort]\nentry_months = [0, 11]\n[interventions.coaching]\ntriage = [3]\n",
			want: []string{"entry month 11 of [cohort] entry_months, in triage group 3 —"}},
		{name: "coaching off", toml: "[cohort]\nentry_months = [0, 11]\n", set: []string{"interventions.coaching.enabled=false"}},
		{name: "blames service_months set here", toml: "[cohort]\nentry_months = [0, 11]\n[interventions.coaching]\nservice_months = 6\n",
			want: []string{"s.toml:5: interventions.coaching.service_months:", "50% of the persons", "at least 12"}},
		{name: "synthetic, triage groups", toml: "[cohort]\nentry_months = [0, 11]\n[interventions.coaching]\ntriage = [3, 2]\n",
			want: []string{"entry month 11 of [cohort] entry_months, in triage groups 2 and 3 —"}},
		{name: "synthetic, unemployment", toml: "[cohort]\nentry_months = [0, 7]\n", set: []string{"interventions.coaching.start=unemployment"},
			want: []string{`with start = "unemployment" coaching is offered at the first month out of work, after the notice; the first notice ends in month 3 (2020-12)`,
				"closes 7 months later, in month 10 (2021-07)", "50% of the persons — those whose entry month plus notice lies at or past month 10, told in entry month 7",
				"are likely never offered coaching", "at least 8"}},
		{name: "synthetic, unemployment, shortest notice", toml: "[cohort]\nentry_months = [0, 6]\nnotice_months = { dist = \"uniform\", min = 1, max = 12 }\n",
			set: []string{"interventions.coaching.start=unemployment"}},
		{name: "file, notice", csv: "50,low,10,1500,24,single,3,0,1\n50,low,10,1500,24,single,3,0,2\n50,low,10,1500,24,single,3,8,3\n",
			want: []string{"s.toml:3: cohort.file:", "1 of 3 persons — those told in entry month 8 of the cohort file p.csv —", "at least 9"}},
		{name: "file, late person not offered anyway", csv: "50,low,10,1500,24,single,3,0,1\n50,low,10,1500,24,single,3,8,3\n",
			toml: "[interventions.coaching]\ntriage = [1, 2]\n"},
		{name: "file, unemployment by each person's notice", set: []string{"interventions.coaching.start=unemployment"},
			csv:  "50,low,10,1500,24,single,3,0,1\n50,low,10,1500,24,single,6,5,1\n50,low,10,1500,24,single,1,8,1\n50,low,10,1500,24,single,1,9,1\n",
			want: []string{"the first notice ends in month 3", "closes 7 months later, in month 10", "2 of 4 persons", "told in entry months 5 and 9 of the cohort file p.csv", "at least 9"}},
		{name: "file, service_months=0 silences", csv: "50,low,10,1500,24,single,3,0,1\n50,low,10,1500,24,single,3,30,1\n",
			set: []string{"interventions.coaching.service_months=0"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			text := "extends = \"intensive_coaching\"\n"
			if tt.csv != "" {
				text += "[cohort]\nfile = \"p.csv\"\n"
				if err := os.WriteFile(filepath.Join(dir, "p.csv"), []byte(head+tt.csv), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.WriteFile(filepath.Join(dir, "s.toml"), []byte(text+tt.toml), 0o644); err != nil {
				t.Fatal(err)
			}
			var ovs []Override
			for _, kv := range tt.set {
				o, err := ParseOverride(kv)
				if err != nil {
					t.Fatal(err)
				}
				ovs = append(ovs, o)
			}
			s, err := Load(filepath.Join(dir, "s.toml"), ovs...)
			if err != nil {
				t.Fatal(err)
			}
			var ws []string
			for _, w := range s.Warnings() {
				if msg := strings.TrimPrefix(w.String(), dir+string(filepath.Separator)); strings.Contains(msg, "coaching service") {
					ws = append(ws, msg)
				}
			}
			switch {
			case len(tt.want) == 0 && len(ws) > 0:
				t.Fatalf("warns %q", ws)
			case len(tt.want) > 0 && len(ws) != 1:
				t.Fatalf("warnings %q, want one", ws)
			}
			for _, want := range tt.want {
				if !strings.Contains(ws[0], want) {
					t.Errorf("warning %q lacks %q", ws[0], want)
				}
			}
		})
	}
}

// TestShippedServiceReachesEveryone keeps the shipped scenarios free of
// the warning: the pilot's service reaches its last entrants.
func TestShippedServiceReachesEveryone(t *testing.T) {
	for _, name := range Shipped() {
		for _, w := range mustLoad(t, name).Warnings() {
			t.Errorf("%s: %s", name, w)
		}
	}
}

func TestReachOf(t *testing.T) {
	for _, tt := range []struct {
		people                      []offerAt
		months                      int
		ok                          bool
		open, closes, shut, need, n int
	}{
		{[]offerAt{{0, 0, 5}, {7, 7, 5}}, 7, true, 0, 7, 5, 8, 10},
		{[]offerAt{{0, 0, 5}, {7, 7, 5}}, 8, false, 0, 8, 0, 8, 10},
		{[]offerAt{{7, 7, 0}, {0, 0, 5}, {3, 3, 2}}, 3, true, 0, 3, 2, 4, 7}, // nobody in month 7
		{[]offerAt{{4, 9, 1}, {0, 3, 1}}, 6, true, 3, 9, 1, 7, 2},
		{nil, 7, false, 0, 0, 0, 0, 0},
		{[]offerAt{{0, 0, 1}, {30, 30, 1}}, 0, false, 0, 0, 0, 0, 0},
	} {
		r, ok := reachOf(tt.people, tt.months)
		if ok != tt.ok {
			t.Errorf("reachOf(%v, %d) = %+v, %v; want %v", tt.people, tt.months, r, ok, tt.ok)
		}
		if tt.months == 0 || len(tt.people) == 0 {
			continue // nothing closes, or nobody to reach
		}
		if r.open != tt.open || r.closes != tt.closes || r.shut != tt.shut || r.need != tt.need || r.offered != tt.n {
			t.Errorf("reachOf(%v, %d) = %+v; want open %d, closes %d, shut %d, need %d, offered %d", tt.people, tt.months, r, tt.open, tt.closes, tt.shut, tt.need, tt.n)
		}
	}
}

// TestServiceWarningMatchesEngine checks the warning's claim against the
// engine: the persons it names are never coached, and with the
// service_months it advises they are.
func TestServiceWarningMatchesEngine(t *testing.T) {
	dir := t.TempDir()
	const row = "50,low,10,1500,24,single,3,"
	csv := "age,education,tenure_years,monthly_wage,contract_hours,household,notice_months,entry_month\n" + strings.Repeat(row+"0\n", 3) + strings.Repeat(row+"10\n", 20)
	if err := os.WriteFile(filepath.Join(dir, "p.csv"), []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "s.toml"), []byte("extends = \"intensive_coaching\"\n[cohort]\nfile = \"p.csv\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	most := func(set string) (float64, int) {
		o, err := ParseOverride(set)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Load(filepath.Join(dir, "s.toml"), o)
		if err != nil {
			t.Fatal(err)
		}
		e, err := model.NewEngine(model.Config{Seed: 1, Iterations: 20, Horizon: 36, Workers: 1, Observe: -1}, []model.Input{s.Input()})
		if err != nil {
			t.Fatal(err)
		}
		top := 0.0
		if err := e.Each(context.Background(), func(it *model.Iteration) error {
			top = max(top, it.Scenarios[0].Participants)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return top, len(s.Warnings())
	}
	for _, months := range []string{"7", "10"} { // 10: the entrants of month 10 come as it closes
		if top, n := most("interventions.coaching.service_months=" + months); top > 3 || n != 1 {
			t.Errorf("service_months = %s: at most %v participants (want at most the 3 entrants of month 0) and %d warnings (want 1)", months, top, n)
		}
	}
	if top, n := most("interventions.coaching.service_months=11"); top <= 3 || n != 0 {
		t.Errorf("service_months = 11, as advised: at most %v participants (want more than 3) and %d warnings (want none)", top, n)
	}
}

// TestHorizonWarning: a run shorter than a service charged by capacity is
// warned of; one as long, a service charged by the hours used, or one kept
// open while anyone is coached is not.
func TestHorizonWarning(t *testing.T) {
	tests := []struct {
		name    string
		sets    []string
		horizon int
		want    string
	}{
		{"shorter", nil, 3, "intensive_coaching: interventions.coaching.service_months: the coaching service runs 7 months, longer than the horizon of 3"},
		{"as long", nil, 7, ""},
		{"by the hours used", []string{`interventions.coaching.cost_basis="hours_used"`}, 3, ""},
		{"open while anyone is coached", []string{"interventions.coaching.service_months=0"}, 3, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ovs []Override
			for _, s := range tc.sets {
				o, err := ParseOverride(s)
				if err != nil {
					t.Fatal(err)
				}
				ovs = append(ovs, o)
			}
			s, err := Load("intensive_coaching", ovs...)
			if err != nil {
				t.Fatal(err)
			}
			got := s.HorizonWarning(tc.horizon)
			if tc.want == "" && got != "" || tc.want != "" && !strings.HasPrefix(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	if w := mustLoad(t, "baseline").HorizonWarning(1); w != "" {
		t.Errorf("the baseline, which has no coaching: %q", w)
	}
}
