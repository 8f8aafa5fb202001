package scenarios

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSources(t *testing.T) {
	dir := t.TempDir()
	child := filepath.Join(dir, "child.toml")
	err := os.WriteFile(child, []byte(`name = "child"
extends = "intensive_coaching"

[economy]
discount_rate = 0.03

[interventions.coaching]   # source: our own plan
hourly_cost = 95           # source: the regional tariff 2025
case_manager_fte = 2
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		ref, key, want string
	}{
		{"baseline", "economy.discount_rate", "Werkgroep Discontovoet 2020"},
		{"baseline", "hazards.notice_search", "EST: job-to-job search"},
		{"baseline", "hazards.notice_search.mode", "EST: job-to-job search"}, // a key of an inline table
		{"baseline", "cohort.education.low", "EST, fixed by necessity"},
		{"baseline", "cohort.size", "report §3.1.1, 30 entrants"},
		{"intensive_coaching", "economy.discount_rate", "Werkgroep Discontovoet 2020"}, // inherited
		{"intensive_coaching", "interventions.coaching.hourly_cost", "EST: the full cost of a paid case-manager hour"},
		{child, "economy.discount_rate", ""}, // set again without a comment
		{child, "interventions.coaching.hourly_cost", "the regional tariff 2025"},
		{child, "interventions.coaching.case_manager_fte", "our own plan"}, // from the table's header
		{child, "interventions.coaching.uptake", "report §3.1.3, some did not start"},
		{child, "cohort.size", "report §3.1.1"},
	} {
		s, err := Load(tc.ref)
		if err != nil {
			t.Fatal(err)
		}
		src := s.Sources()
		got, ok := src[tc.key]
		if !ok || !strings.HasPrefix(got, tc.want) || (tc.want == "" && got != "") {
			t.Errorf("%s: source of %s = %q (set: %v), want it to start with %q", filepath.Base(tc.ref), tc.key, got, ok, tc.want)
		}
		for _, m := range meta {
			if _, ok := src[m]; ok {
				t.Errorf("%s: %s has a source; it is not a parameter", tc.ref, m)
			}
		}
	}
	// Text that is not (or no longer) a file on disk.
	s, err := LoadBytes([]byte("name = \"inline\"\nextends = \"baseline\"\n"), filepath.Join(dir, "gone", "inline.toml"), "")
	if err != nil {
		t.Fatal(err)
	}
	if src := s.Sources(); src != nil {
		t.Errorf("a scenario from bytes: %d sources, want none", len(src))
	}
}

func TestCohortSHA256(t *testing.T) {
	dir := t.TempDir()
	csv := []byte("age,education,tenure_years,monthly_wage,contract_hours,household,notice_months\n" +
		"58,low,22,1450,24,partner_with_income,4\n")
	os.WriteFile(filepath.Join(dir, "p.csv"), csv, 0o644)
	os.WriteFile(filepath.Join(dir, "s.toml"), []byte("extends = \"baseline\"\n[cohort]\nfile = \"p.csv\"\n"), 0o644)
	s, err := Load(filepath.Join(dir, "s.toml"))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(csv)
	if got, want := s.CohortSHA256(), hex.EncodeToString(sum[:]); got != want {
		t.Errorf("cohort file hash %q, want %q", got, want)
	}
	base, err := Load("baseline")
	if err != nil {
		t.Fatal(err)
	}
	if got := base.CohortSHA256(); got != "" {
		t.Errorf("synthetic cohort: hash %q, want none", got)
	}
}
