package scenarios

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/vwnw/vwnw/model"
)

// The fuzz targets feed the readers arbitrary input: none may panic or
// hang, a refusal must be an error whose message holds no raw control or
// bidi character, and what is accepted must keep to the documented bounds.
// Seeds: the shipped scenarios and hostile cases below, and the files in
// testdata/fuzz/<target>/. CI (.ci/run) fuzzes each target for a while.

// checkMessage fails t when err's message holds an invisible character
// other than the line breaks between problems.
func checkMessage(t *testing.T, err error) {
	t.Helper()
	for _, line := range strings.Split(err.Error(), "\n") {
		// U+FFFD, printable, is harmless; invalid bytes are not.
		if i := strings.IndexFunc(line, func(r rune) bool { return invisible(r) && r != utf8.RuneError }); i >= 0 {
			t.Fatalf("message holds the raw character %U: %q", []rune(line[i:])[0], line)
		}
		if !utf8.ValidString(line) {
			t.Fatalf("message holds invalid UTF-8: %q", line)
		}
	}
}

// FuzzScenarioBounds loads arbitrary scenario text (FuzzLoad, in
// scenarios_test.go, checks only that it returns): what it accepts keeps to
// the bounds, what it refuses it says plainly. The seeds are small, as the
// shipped files slow the mutator.
func FuzzScenarioBounds(f *testing.F) {
	for _, s := range []string{
		"extends = \"baseline\"\n[hazards]\njob_finding = 1e308\n",
		"extends = \"baseline\"\nname = \"=1+1\"\n",
		"extends = \"baseline\"\n[cohort]\nentry_months = [0, 2000000000]\n",
		"extends = \"baseline\"\n[cohort]\nmonthly_wage = { dist = \"lognormal\", mu = 7, sigma = 1000 }\n",
		"extends = \"baseline\"\nx = " + strings.Repeat("{a=", 40) + "1" + strings.Repeat("}", 40) + "\n",
		"extends = \"baseline\"\n[interventions.services.\"a\\u202eb\"]\nuptake = 0.1\n",
		"title = \"\"\"\n[[[\n\"\"\"\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := loadWithin(t, func() (*Scenario, error) { return LoadBytes(data, "fuzz.toml", "") })
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T, want *Error: %v", err, err)
			}
			checkMessage(t, err)
			return
		}
		if checkName("scenario name", s.Name) != nil {
			t.Fatalf("accepted the name %q", s.Name)
		}
		p := s.Params()
		for _, m := range p.Cohort.EntryMonths {
			if m < 0 || m > maxEntryMonth {
				t.Fatalf("accepted the entry month %d", m)
			}
		}
		if h := p.Hazards.JobFinding; !(h >= 0 && h <= 10) {
			t.Fatalf("accepted hazards.job_finding = %v", h)
		}
	})
}

// loadWithin runs load, failing t when it takes more than 5 seconds.
func loadWithin(t *testing.T, load func() (*Scenario, error)) (*Scenario, error) {
	t.Helper()
	type result struct {
		s   *Scenario
		err error
	}
	done := make(chan result, 1)
	go func() { s, err := load(); done <- result{s, err} }()
	select {
	case r := <-done:
		return r.s, r.err
	case <-time.After(5 * time.Second):
		t.Fatal("loading takes more than 5 s")
	}
	return nil, nil
}

func FuzzReadCohort(f *testing.F) {
	h := strings.Join(requiredColumns, ",")
	for _, s := range []string{
		h + "\n50,low,10,1500,24,single,3\n",
		h + "\n5\"0,low,10,1500,24,single,3\n",
		h + ",entry_month,triage,contract,digital_skills,work_history_years\n50,mid,10,1500,24,partner_with_income,3,4,2,flex,low,20\n",
		"\ufeff" + h + "\r\n60,high,1,100000,60,partner_without_income,24\r\n",
		h + "\nNaN,low,1e400,-0,0x1p5,single,+Inf\n",
		"root:x:0:0:root:/root:/bin/bash\n",
		h + ",\"x\u202e\"\n1,2,3,4,5,6,7,8\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c := &model.Cohort{EntryMonths: []int{0, 3}}
		persons, err := ReadCohort(bytes.NewReader(data), "fuzz.csv", c)
		if err != nil {
			checkMessage(t, err)
			if len(err.Error()) > 20_000 {
				t.Fatalf("message of %d bytes", len(err.Error()))
			}
			return
		}
		if len(persons) == 0 {
			t.Fatal("no persons and no error")
		}
		for _, p := range persons {
			for col, v := range map[string]float64{
				"age": p.Age, "tenure_years": p.TenureYears, "work_history_years": p.HistoryYears,
				"monthly_wage": p.MonthlyWage, "contract_hours": p.ContractHours,
				"notice_months": float64(p.NoticeMonths), "entry_month": float64(p.EntryMonth), "triage": float64(p.Triage),
			} {
				r := personRanges[col]
				if math.IsNaN(v) || v < r.lo || v > r.hi {
					t.Fatalf("accepted %s = %v, outside [%v, %v]", col, v, r.lo, r.hi)
				}
			}
		}
	})
}

func FuzzOverride(f *testing.F) {
	for _, s := range []string{
		"hazards.job_finding=0.12",
		"hazards.job_finding={ dist = \"pert\", min = 0.1, mode = 0.12, max = 0.2 }",
		"hazards.job_finding=1e308",
		"cohort.entry_months=[0, 2000000000]",
		"cohort.triage.method=characteristics",
		"interventions.coaching.mode=digital\nx = 1",
		"cohort.age={ dist = \"lognormal\", mu = 4, sigma = 1000 }",
		"hazards.job_finding=" + strings.Repeat("[", 30),
		"economy",
	} {
		f.Add(s)
	}
	base, _ := ShippedSource("intensive_coaching")
	f.Fuzz(func(t *testing.T, set string) {
		o, err := ParseOverride(set)
		if err != nil {
			return
		}
		s, err := loadWithin(t, func() (*Scenario, error) { return LoadBytes(base, "intensive_coaching.toml", "", o) })
		if err != nil {
			checkMessage(t, err)
			return
		}
		p := s.Params()
		for _, m := range p.Cohort.EntryMonths {
			if m < 0 || m > maxEntryMonth {
				t.Fatalf("--set %s: accepted the entry month %d", set, m)
			}
		}
	})
}
