package calibrate

import (
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/vwnw/vwnw/scenarios"
)

// FuzzObservation feeds arbitrary text to the observation reader: it must
// not panic or hang, a refusal must be a *scenarios.Error whose message
// holds no raw control or bidi character, and an accepted file must keep
// to the bounds (so that EntryMonths and CohortOverrides stay small).
func FuzzObservation(f *testing.F) {
	for _, name := range scenarios.ShippedObservations() {
		b, _ := scenarios.ShippedObservationSource(name)
		f.Add(b)
	}
	for _, s := range []string{
		"observation_date = 2021-04-16\n[entries]\n\"2020-09\" = 9223372036854775807\n\"2020-10\" = 9223372036854775807\n\"2020-11\" = 10\n[observed]\nstopped = 8\nnew_job = 0\nwork_schooling = 0\neducation = 0\nsearching = 0\n",
		"observation_date = 9999-12-31\n[entries]\n\"0001-01\" = 1\n[observed]\nstopped = 1\n",
		"name = \"a\u202eb\"\nobservation_date = \"2021-04-01\"\n",
		"observed = " + strings.Repeat("[", 40) + "\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		done := make(chan struct{})
		var o *Observation
		var err error
		go func() { defer close(done); o, err = LoadObservationBytes(data, "fuzz.toml") }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatal("LoadObservationBytes takes more than 5 s")
		}
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if i := strings.IndexFunc(line, func(r rune) bool {
					return r != '\uFFFD' && (unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zl, unicode.Zp))
				}); i >= 0 {
					t.Fatalf("message holds a raw control or format character: %q", line)
				}
			}
			return
		}
		if n := o.Total(); n < 0 || n > MaxObserved {
			t.Fatalf("accepted %d entrants", n)
		}
		if len(o.Entries) > MaxEntrySpan+1 || o.Month() > MaxObservationMonth+1 {
			t.Fatalf("accepted %d entry months, observation month %d", len(o.Entries), o.Month())
		}
		if scenarios.CheckName("observation name", o.Name) != nil {
			t.Fatalf("accepted the name %q", o.Name)
		}
	})
}
