package scenarios

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vwnw/vwnw/model"
)

func TestShippedLoad(t *testing.T) {
	names := Shipped()
	if len(names) < 2 || names[0] != "baseline" {
		t.Fatalf("Shipped() = %v, want the baseline first", names)
	}
	for _, n := range names {
		s, err := Load(n)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		if s.Name != n || s.Title == "" || s.TitleNL == "" || s.DescriptionNL == "" || len(s.SHA256) != 64 {
			t.Errorf("%s: incomplete metadata %+v", n, s)
		}
	}
}

// TestShippedValuesHaveSources checks that every value line of a shipped
// scenario carries a "# source:" or "# EST" comment, itself or through the
// comment of its table header.
func TestShippedValuesHaveSources(t *testing.T) {
	for _, n := range Shipped() {
		data, _ := ShippedSource(n)
		headerSourced := false
		for i, line := range strings.Split(string(data), "\n") {
			l := strings.TrimSpace(line)
			hasSource := strings.Contains(l, "#") && (strings.Contains(l, "source:") || strings.Contains(l, "EST"))
			switch {
			case l == "" || strings.HasPrefix(l, "#"):
				continue
			case strings.HasPrefix(l, "["):
				headerSourced = hasSource
				continue
			}
			key := strings.TrimSpace(strings.SplitN(l, "=", 2)[0])
			if key == "name" || key == "extends" || strings.HasPrefix(key, "title") || strings.HasPrefix(key, "description") || key == "enabled" {
				continue
			}
			if !hasSource && !headerSourced {
				t.Errorf("%s.toml:%d: %q has no source comment", n, i+1, key)
			}
		}
	}
}

func TestExtendsInherits(t *testing.T) {
	base, _ := Load("baseline")
	s, err := LoadBytes([]byte("extends = \"baseline\"\n[hazards]\njob_finding = 0.2\n"), "x.toml", "")
	if err != nil {
		t.Fatal(err)
	}
	p, bp := s.Params(), base.Params()
	if p.Hazards.JobFinding != 0.2 || p.Hazards.Retention != bp.Hazards.Retention || p.Cohort.Size != 30 {
		t.Errorf("inheritance: got job_finding %v retention %v size %v", p.Hazards.JobFinding, p.Hazards.Retention, p.Cohort.Size)
	}
	if s.Name != "x" || s.SHA256 == base.SHA256 {
		t.Errorf("name %q, sha equal to baseline: %v", s.Name, s.SHA256 == base.SHA256)
	}
	// The same parameters under another name hash alike.
	same, _ := LoadBytes([]byte("name = \"other\"\nextends = \"baseline\"\n"), "y.toml", "")
	if same.SHA256 != base.SHA256 {
		t.Error("a scenario that only extends the baseline should hash as the baseline")
	}
}

func TestOverrides(t *testing.T) {
	s, err := Load("intensive_coaching",
		Override{"interventions.coaching.mode", "digital"},
		Override{"hazards.job_finding", `{ dist = "uniform", min = 0.1, max = 0.2 }`},
		Override{"interventions.services.talent_scan.uptake", "0.7"})
	if err != nil {
		t.Fatal(err)
	}
	p := s.Params()
	if p.Interventions.Coaching.Mode != "digital" || p.Interventions.Services[4].Uptake != 0.7 {
		t.Errorf("overrides not applied: mode %q, services %+v", p.Interventions.Coaching.Mode, p.Interventions.Services)
	}
	found := false
	for _, q := range s.Uncertain() {
		if q.Key == "hazards.job_finding" && q.Dist.Kind == "uniform" {
			found = true
		}
	}
	if !found {
		t.Error("hazards.job_finding: override to a distribution not uncertain")
	}
}

// TestOverrideOfAbsentService checks that a --set inside a service the
// scenario does not use is left out and reported by NotApplied, while the
// scenario that has the service takes it.
func TestOverrideOfAbsentService(t *testing.T) {
	o := Override{"interventions.services.talent_scan.uptake", "0.7"}
	base, err := Load("baseline", o)
	if err != nil {
		t.Fatal(err)
	}
	if got := base.NotApplied(); len(got) != 1 || got[0] != o.Key {
		t.Errorf("baseline NotApplied = %v, want [%s]", got, o.Key)
	}
	if n := len(base.Params().Interventions.Services); n != 0 {
		t.Errorf("baseline gained %d services from an override", n)
	}
	coach, err := Load("intensive_coaching", o)
	if err != nil {
		t.Fatal(err)
	}
	if got := coach.NotApplied(); len(got) != 0 {
		t.Errorf("intensive_coaching NotApplied = %v, want none", got)
	}
}

func TestDrawUsesQuantiles(t *testing.T) {
	s, err := Load("baseline", Override{"hazards.job_finding", `{ dist = "uniform", min = 0.1, max = 0.2 }`})
	if err != nil {
		t.Fatal(err)
	}
	var p model.Params
	s.Draw(func(key string) float64 {
		if key == "hazards.job_finding" {
			return 0.25
		}
		return 0.5
	}, &p)
	if d := p.Hazards.JobFinding - 0.125; d > 1e-12 || d < -1e-12 {
		t.Errorf("job_finding at u = 0.25: got %v, want 0.125", p.Hazards.JobFinding)
	}
}

// TestProblems checks one case per class of invalid input: each message names
// the file, the line and the key and says what is allowed.
func TestProblems(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a.toml", "extends = \"b.toml\"\n")
	write("b.toml", "extends = \"a.toml\"\n")
	write("copy.toml", strings.Replace(shippedBaseline(t), "name = \"baseline\"", "name = \"copy\"", 1))
	write("stray.csv", "age,education,tenure_years,monthly_wage,contract_hours,household,notice_months,name\n50,low,10,1500,24,single,3,Jan\n")
	tests := []struct {
		name string
		text string   // a scenario file's text; or
		ref  string   // a reference to Load
		sets []string // overrides
		// count, when set, is the number of problems: no follow-on
		// messages for what one problem already says.
		count int
		want  []string // substrings of the error, in order
	}{
		{name: "syntax", text: "extends = \"baseline\"\n[hazards\njob_finding = 1\n", want: []string{"x.toml:2: TOML syntax", "table name"}},
		{name: "syntax at the end of the file", text: "extends = \"baseline\"\n\n[economy", want: []string{"x.toml:3: TOML syntax", "table name"}},
		{name: "syntax in a multi-line string", text: "extends = \"baseline\"\ndescription = \"\"\"\nok\n\\q\"\"\"\n", want: []string{"x.toml:4: description: TOML syntax", "escape"}},
		{name: "dotted key under a table", text: "extends = \"intensive_coaching\"\n\n[interventions.coaching]\nenabled = true\n# a comment\n\nfoo.bar = 3\n", want: []string{"x.toml:7: interventions.coaching.foo: unknown key"}, count: 1},
		{name: "dotted key over an inherited number", text: "extends = \"baseline\"\n\n[economy]\nmcpf.x = 2\n", want: []string{"x.toml:4: economy.mcpf: missing key \"dist\""}, count: 1},
		{name: "dotted key over a number of a parent file", text: "extends = \"copy.toml\"\n\n[economy]\nmcpf.x = 2\n", want: []string{"x.toml:4: economy.mcpf: missing key \"dist\""}, count: 1},
		// keyLines places no key of a table nested in an inline table: the
		// child's file, which replaced the value, is still the one to blame.
		{name: "nested inline table over a parent's key", text: "extends = \"intensive_coaching\"\n\n[interventions]\ncoaching = { payer = { uwv = 5 } }\n", want: []string{"x.toml:4: interventions.coaching.payer.uwv: must be a probability"}},
		{name: "dotted key in a copy", ref: write("copy2.toml", strings.Replace(shippedBaseline(t), "\nmcpf = 1 ", "\nmcpf.x = 2 #", 1)), want: []string{"copy2.toml:" + mcpfLine(t) + ": economy.mcpf: missing key \"dist\""}, count: 1},
		{name: "unknown key with hint", text: "extends = \"baseline\"\n[hazards]\njob_findin = 0.1\n", want: []string{"x.toml:3", "hazards.job_findin", `did you mean "job_finding"`}},
		{name: "unknown top-level table", text: "extends = \"baseline\"\n[hazard]\njob_finding = 0.1\n", want: []string{"x.toml:2", `unknown key "hazard"`, `did you mean "hazards"`}},
		{name: "unknown key in distribution", text: "extends = \"baseline\"\n[hazards]\njob_finding = { dist = \"pert\", min = 0.1, mdoe = 0.2, max = 0.3 }\n", want: []string{"x.toml:3", "hazards.job_finding", `did you mean "mode"`}},
		{name: "wrong type", text: "extends = \"baseline\"\n[cohort]\nsize = \"thirty\"\n", want: []string{"x.toml:3", "cohort.size", "whole number"}},
		{name: "probability above 1", text: "extends = \"baseline\"\n[cohort]\nflex_share = 1.2\n", want: []string{"x.toml:3", "cohort.flex_share", "[0, 1]", "1.2"}},
		{name: "distribution beyond [0, 1]", text: "extends = \"baseline\"\n[jobs]\nschooling_share = { dist = \"uniform\", min = 0.5, max = 1.5 }\n", want: []string{"x.toml:3", "jobs.schooling_share", "[0, 1]"}},
		{name: "shares do not sum to 1", text: "extends = \"baseline\"\n[cohort.education]\nlow = 0.6\nmid = 0.5\nhigh = 0.1\n", want: []string{"x.toml:2", "cohort.education", "sum to 1.2", "low + mid + high"}},
		{name: "min above mode", text: "extends = \"baseline\"\n[hazards]\nretention = { dist = \"pert\", min = 0.05, mode = 0.01, max = 0.1 }\n", want: []string{"x.toml:3", "hazards.retention", "min"}},
		{name: "sd not positive", text: "extends = \"baseline\"\n[hazards]\nretention = { dist = \"normal\", mean = 0.01, sd = 0, min = 0, max = 1 }\n", want: []string{"x.toml:3", "hazards.retention", "sd"}},
		{name: "NaN", text: "extends = \"baseline\"\n[hazards]\nretention = nan\n", want: []string{"x.toml:3", "hazards.retention", "finite"}},
		{name: "infinity", text: "extends = \"baseline\"\n[hazards]\nretention = inf\n", want: []string{"x.toml:3", "hazards.retention", "finite"}},
		{name: "negative duration", text: "extends = \"baseline\"\n[jobs]\neducation_months = -3\n", want: []string{"x.toml:3", "jobs.education_months", "greater than 0"}},
		{name: "unknown payer", text: "extends = \"intensive_coaching\"\n[interventions.coaching.payer]\nuwv = 0.5\ngemeente = 0.5\n", want: []string{"x.toml:4", "gemeente", "allowed: workers, releasing_employers"}},
		{name: "payer shares", text: "extends = \"intensive_coaching\"\n[interventions.coaching.payer]\nuwv = 0.7\n", want: []string{"interventions.coaching.payer", "sum to 1.2"}},
		{name: "enum", text: "extends = \"intensive_coaching\"\n[interventions.coaching]\nmode = \"online\"\n", want: []string{"x.toml:3", "interventions.coaching.mode", `"face_to_face", "digital", "hybrid"`}},
		{name: "extends not a string", text: "extends = 3\n[hazards]\njob_finding = 0.1\n", want: []string{"x.toml:1: extends: must name a shipped scenario (baseline, intensive_coaching", "got the integer 3"}, count: 1},
		{name: "missing key without extends", text: "[hazards]\njob_finding = 0.1\n", want: []string{"economy: missing price_year, discount_rate", `extends = "baseline" inherits`}},
		{name: "intervention enabled on the baseline", text: "extends = \"baseline\"\n[interventions.coaching]\nenabled = true\n", want: []string{"x.toml:2: interventions.coaching: missing mode, start", `extends = "intensive_coaching" inherits`, "interventions.coaching.hours: missing group1", "interventions.coaching.reference_hours: missing group1"}, count: 3},
		{name: "service without its effect", text: "extends = \"intensive_coaching\"\n[interventions.services.extra]\nuptake = 1.0\npayer = { uwv = 1.0 }\n", want: []string{"x.toml:2: interventions.services.extra: missing unit_cost, job_finding_hr"}, count: 1},
		{name: "payer missing", text: "extends = \"intensive_coaching\"\n[interventions.services.extra]\nuptake = 1.0\nunit_cost = 100\njob_finding_hr = 1.1\n", want: []string{"interventions.services.extra: missing payer"}, count: 1},
		{name: "every problem at once, by line", text: "extends = \"baseline\"\n[hazards]\ninactivity = -1\n[cohort]\nsize = 0\nflex_share = 2\n", want: []string{"x.toml:3", "hazards.inactivity", "x.toml:5", "cohort.size", "x.toml:6", "cohort.flex_share"}},
		{name: "extends unknown", text: "extends = \"basline\"\n", want: []string{"x.toml:1", "extends", "neither a shipped scenario"}},
		{name: "extends cycle", ref: filepath.Join(dir, "a.toml"), want: []string{"extends", "cycle", "a.toml", "b.toml"}},
		{name: "missing file", ref: filepath.Join(dir, "nope.toml"), want: []string{"nope.toml", "no such file"}},
		{name: "directory", ref: dir + "/", want: []string{"is a directory"}},
		{name: "csv with a stray column", text: "extends = \"baseline\"\n[cohort]\nfile = \"stray.csv\"\n", want: []string{"x.toml:3", "cohort.file", "stray.csv:1", `unknown column "name"`}},
		{name: "--set unknown key", ref: "baseline", sets: []string{"hazards.job_findng=0.2"}, want: []string{"--set hazards.job_findng", `did you mean "job_finding"`}},
		{name: "--set bad value", ref: "baseline", sets: []string{"hazards.job_finding=fast"}, want: []string{"--set hazards.job_finding", "not a TOML value"}},
		{name: "--set a table", ref: "baseline", sets: []string{"hazards=1"}, want: []string{"--set hazards", "is a table"}},
		{name: "--set breaks shares", ref: "baseline", sets: []string{"cohort.education.low=0.9"}, want: []string{"--set cohort.education.low: cohort.education: shares sum to"}, count: 1},
		{name: "cohort too large", ref: "baseline", sets: []string{"cohort.size=100000000000"}, want: []string{"--set cohort.size", "must be at most 1000000, got 100000000000"}},
		{name: "--set out of range", ref: "baseline", sets: []string{"cohort.flex_share=2"}, want: []string{"--set cohort.flex_share", "cohort.flex_share", "[0, 1]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ovs []Override
			for _, s := range tt.sets {
				o, err := ParseOverride(s)
				if err != nil {
					t.Fatal(err)
				}
				ovs = append(ovs, o)
			}
			var err error
			if tt.text != "" {
				_, err = Load(write("x.toml", tt.text), ovs...)
			} else {
				_, err = Load(tt.ref, ovs...)
			}
			if err == nil {
				t.Fatal("want an error")
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("want an *Error, got %T", err)
			}
			if tt.count > 0 && e != nil && len(e.Problems) != tt.count {
				t.Errorf("%d problems, want %d:\n%v", len(e.Problems), tt.count, err)
			}
			msg, rest := err.Error(), err.Error()
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("message lacks %q (in order):\n%s", w, msg)
				}
				rest = rest[i+len(w):]
			}
		})
	}
}

func TestCohortFile(t *testing.T) {
	dir := t.TempDir()
	csv := "age,education,tenure_years,monthly_wage,contract_hours,household,notice_months,entry_month,digital_skills\n" +
		"58,low,22,1450,24,partner_with_income,4,1,low\n" +
		"41,mid,6,1700,28,single,3,0,high\n"
	os.WriteFile(filepath.Join(dir, "p.csv"), []byte(csv), 0o644)
	os.WriteFile(filepath.Join(dir, "s.toml"), []byte("extends = \"baseline\"\n[cohort]\nfile = \"p.csv\"\n"), 0o644)
	s, err := Load(filepath.Join(dir, "s.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Persons) != 2 || s.Persons[0].Age != 41 || s.Persons[1].Triage != 3 || !s.Persons[1].DigitalLow {
		t.Errorf("persons: %+v", s.Persons)
	}
	for _, bad := range []struct{ csv, want string }{
		{"age,education\n", `missing column "tenure_years"`},
		{"age,education,tenure_years,monthly_wage,contract_hours,household,notice_months\n50,medium,10,1500,24,single,3\n", `:2: column education: "medium" is not one of low, mid, high`},
		{"age,education,tenure_years,monthly_wage,contract_hours,household,notice_months\n", "no rows"},
		{"age,education,tenure_years,monthly_wage,contract_hours,household,notice_months\nx,low,10,1500,24,single,3\n", `column age: "x" is not a number`},
		{"age,education,tenure_years,monthly_wage,contract_hours,household,notice_months,triage\n50,low,10,1500,24,single,3,2.9\n", `p.csv:2: column triage: "2.9" is not a whole number (1 to 3)`},
		// Every problem at once: two in row 2, a short row 3, one in row 4.
		{"age,education,tenure_years,monthly_wage,contract_hours,household,notice_months\nx,medium,10,1500,24,single,3\n50,low\n50,low,10,1500,24,single,2.5\n",
			"p.csv:2: column age: \"x\" is not a number from 15 to 80\n  p.csv:2: column education: \"medium\" is not one of low, mid, high (or in Dutch laag, midden, hoog)\n  p.csv:3: 2 fields, but the header has 7\n  p.csv:4: column notice_months: \"2.5\" is not a whole number"},
		{"age,education,tenure_years,monthly_wage,contract_hours,household,notice_months,name,id\n", "allowed: age, education, tenure_years, monthly_wage, contract_hours, household, notice_months, entry_month, work_history_years, contract, digital_skills, triage (or in Dutch: leeftijd, opleiding, dienstjaren, maandloon, contracturen, huishouden, opzegtermijn, instroommaand, arbeidsverleden, contractvorm, digitale_vaardigheden; see docs/cohort.md)\n  p.csv:1: unknown column \"id\""},
	} {
		_, err := ReadCohort(strings.NewReader(bad.csv), "p.csv", &model.Cohort{})
		if err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%q: got %v, want %q", bad.csv, err, bad.want)
		}
	}
}

// shippedBaseline returns the text of the shipped baseline, which a user
// may copy.
func shippedBaseline(t *testing.T) string {
	t.Helper()
	data, ok := ShippedSource("baseline")
	if !ok {
		t.Fatal("no shipped baseline")
	}
	return string(data)
}

// mcpfLine is the line of the shipped baseline that sets economy.mcpf.
func mcpfLine(t *testing.T) string {
	t.Helper()
	return strconv.Itoa(keyLines([]byte(shippedBaseline(t)))["economy.mcpf"])
}

func TestKeyLines(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want map[string]int
		none []string // keys that must have no line
	}{
		{
			name: "tables, inline tables, multi-line values",
			src:  "a = 1 # c\n[t]\nb = { dist = \"pert\", min = 1 }\n\"c\" = \"\"\"\nx = 2\n\"\"\"\nd = [\n 1,\n]\ne = 3\n",
			want: map[string]int{"a": 1, "t": 2, "t.b": 3, "t.b.dist": 3, "t.b.min": 3, "t.c": 4, "t.d": 7, "t.e": 10},
			none: []string{"t.x"}, // inside a multi-line string
		},
		{
			name: "dotted key under a table",
			src:  "[t]\n\nfoo.bar = 3\nfoo.baz = 4\n",
			want: map[string]int{"t": 1, "t.foo": 3, "t.foo.bar": 3, "t.foo.baz": 4},
		},
		{
			name: "dotted key at the top",
			src:  "a = 1\nb.c.d = 2\n",
			want: map[string]int{"b": 2, "b.c": 2, "b.c.d": 2},
		},
		{
			name: "dotted key in an inline table",
			src:  "[t]\nx = { y.z = 1 }\n",
			want: map[string]int{"t.x": 2, "t.x.y": 2, "t.x.y.z": 2},
		},
		{
			name: "tables a header defines on the way",
			src:  "a = 1\n\n[u.v.w]\nk = 1\n[u]\nj = 2\n",
			want: map[string]int{"u.v": 3, "u.v.w": 3, "u.v.w.k": 4, "u": 5, "u.j": 6},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := keyLines([]byte(tt.src))
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("line of %s: got %d, want %d", k, got[k], v)
				}
			}
			for _, k := range tt.none {
				if l, ok := got[k]; ok {
					t.Errorf("%s has line %d, want none", k, l)
				}
			}
		})
	}
}

func TestKeysListsParameters(t *testing.T) {
	keys := strings.Join(Keys(), "\n")
	for _, k := range []string{"hazards.job_finding", "interventions.services.<name>.uptake", "cohort.education.low"} {
		if !strings.Contains(keys, k) {
			t.Errorf("Keys() lacks %s", k)
		}
	}
}

// FuzzLoad feeds arbitrary text to the loader: it must return a scenario or
// an error, never panic.
func FuzzLoad(f *testing.F) {
	// Small seeds: the shipped files (6 kB) slow the fuzzer's mutator to a
	// crawl; TestShippedLoad covers them.
	f.Add([]byte("name = \"x\"\nextends = \"intensive_coaching\"\n[interventions.coaching]\nmode = \"hybrid\"\nuptake = { dist = \"pert\", min = 0.5, mode = 0.7, max = 0.9 }\n"))
	f.Add([]byte("extends = \"baseline\"\n[cohort.education]\nlow = 0.5\nmid = 0.3\nhigh = 0.2\n[interventions.services.scan]\nuptake = 0.5\nunit_cost = 300\npayer = { uwv = 1.0 }\njob_finding_hr = 1.1\n"))
	f.Add([]byte("extends = \"baseline\"\n[hazards]\njob_finding = { dist = \"normal\", mean = 1, sd = 0 }\n"))
	f.Add([]byte("extends = 3\n[[interventions]]\n"))
	f.Add([]byte("[interventions.services.x]\nuptake = { dist = \"beta\", alpha = -1, beta = 2 }\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		done := make(chan struct{})
		go func() {
			defer close(done)
			s, err := LoadBytes(data, "fuzz.toml", "")
			if err == nil {
				var p model.Params
				s.Draw(func(string) float64 { return 0.37 }, &p)
			}
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("LoadBytes hangs on %q", data)
		}
	})
}

func TestCheckComparable(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("p.csv", "age,education,tenure_years,monthly_wage,contract_hours,household,notice_months\n58,low,22,1450,24,single,4\n")
	base := mustLoad(t, "baseline")
	fileBase := mustLoad(t, write("fb.toml", "extends = \"baseline\"\n[cohort]\nfile = \"p.csv\"\n"))
	tests := []struct {
		name string
		base *Scenario
		ref  string
		want []string // nil: comparable
	}{
		{name: "shipped intensive_coaching", base: base, ref: "intensive_coaching"},
		{name: "shipped transition_fund", base: base, ref: "transition_fund"},
		{name: "larger cohort", base: base, ref: write("big.toml", "extends = \"intensive_coaching\"\n[cohort]\nsize = 60\n"),
			want: []string{"big.toml:3: cohort.size: is 60 here but 30 in the baseline \"baseline\"", "--baseline FILE"}},
		{name: "other discount rate", base: base, ref: write("r.toml", "extends = \"baseline\"\n[economy]\ndiscount_rate = 0.05\n"),
			want: []string{"r.toml:3: economy.discount_rate: is 0.05 here but 0.0225"}},
		{name: "cohort file against synthetic", base: base, ref: write("f.toml", "extends = \"intensive_coaching\"\n[cohort]\nfile = \"p.csv\"\n"),
			want: []string{"f.toml:3: cohort.file: is a cohort file whose persons have sha256"}},
		{name: "same file by another path", base: fileBase, ref: write("sub/g.toml", "extends = \"../fb.toml\"\nname = \"g\"\n[cohort]\nfile = \"../p.csv\"\n[interventions.coaching]\nenabled = false\n")},
		{name: "distribution differs", base: base, ref: write("d.toml", "extends = \"baseline\"\n[cohort]\nage = { dist = \"uniform\", min = 30, max = 60 }\n"),
			want: []string{"d.toml:3: cohort.age: is { dist = uniform, max = 60, min = 30 } here but { dist = "}},
		{name: "hazard fitted into the scenario", base: base, ref: write("h.toml", "extends = \"intensive_coaching\"\n[hazards]\njob_finding = 0.1\n"),
			want: []string{"h.toml:3: hazards.job_finding: is 0.1 here but { dist = pert, max = 0.22, min = 0.1, mode = 0.15 } in the baseline"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckComparable(tt.base, mustLoad(t, tt.ref))
			if tt.want == nil {
				if err != nil {
					t.Fatalf("want comparable, got\n%v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("message lacks %q:\n%v", w, err)
				}
			}
		})
	}
}

func mustLoad(t *testing.T, ref string) *Scenario {
	t.Helper()
	s, err := Load(ref)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
