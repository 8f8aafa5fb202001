package main

import (
	"strings"
	"testing"
)

// TestWorkBoundHint: a run refused as too long names only the ways to less
// work that its command has: calibrate has neither --cohort-size nor
// --horizon.
func TestWorkBoundHint(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		want, not []string
	}{
		{"calibrate of one key", []string{"calibrate", "intensive_coaching", "--observed", "pilot", "--fit", "interventions.coaching.job_finding_hr", "--iterations", "1000000"},
			[]string{"--allow-long", "fewer --iterations"}, []string{"--cohort-size", "--horizon", "--fit keys"}},
		{"calibrate of two keys", []string{"calibrate", "intensive_coaching", "--observed", "pilot", "--fit", "interventions.coaching.job_finding_hr,hazards.job_finding", "--iterations", "1000000"},
			[]string{"fewer --iterations or fewer --fit keys"}, []string{"--cohort-size", "--horizon"}},
		{"compare", []string{"compare", "--iterations", "1000000", "--cohort-size", "1000000"},
			[]string{"fewer --iterations, a smaller --cohort-size or a shorter --horizon"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := vwnw(t, tt.args...)
			if code != 2 {
				t.Fatalf("exit code %d, want 2; stderr: %s", code, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr %q does not contain %q", stderr, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(stderr, n) {
					t.Errorf("stderr %q names %q, which %s does not take", stderr, n, tt.args[0])
				}
			}
		})
	}
}

// TestSeedBeyond64Bits: a --seed beyond the largest is refused with the
// largest allowed, as is a negative one.
func TestSeedBeyond64Bits(t *testing.T) {
	for _, seed := range []string{"18446744073709551616", "-1", "1.5"} {
		_, stderr, code := vwnw(t, "compare", "--seed", seed)
		want := `invalid argument "` + seed + `" for "--seed" flag: want a whole number from 0 to 18446744073709551615`
		if code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("--seed %s: exit %d, stderr %q; want exit 2 and %q", seed, code, stderr, want)
		}
	}
	// The largest is a seed like any other.
	if _, stderr, code := vwnw(t, "compare", "--seed", "18446744073709551615", "--iterations", "2"); code != 0 {
		t.Errorf("--seed 18446744073709551615: exit %d, %s", code, stderr)
	}
}

// TestJSONContradictsFormat: --json with a --format other than json is
// refused before anything runs; with --format json, or alone, it is json.
func TestJSONContradictsFormat(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"compare csv", []string{"compare", "--iterations", "2", "--json", "--format", "csv"}, 2},
		{"compare table first", []string{"compare", "--iterations", "2", "--format=table", "--json"}, 2},
		{"sensitivity markdown", []string{"sensitivity", "intensive_coaching", "--iterations", "4", "--json", "--format", "markdown"}, 2},
		{"calibrate table", []string{"calibrate", "intensive_coaching", "--observed", "pilot", "--fit", "interventions.coaching.job_finding_hr", "--iterations", "2", "--json", "--format", "table"}, 2},
		{"merge csv", []string{"merge", "no-such-shard.parquet", "--out", "merged", "--json", "--format", "csv"}, 2},
		{"compare json twice", []string{"compare", "--iterations", "2", "--json", "--format", "json"}, 0},
		{"compare json", []string{"compare", "--iterations", "2", "--json"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := vwnw(t, tt.args...)
			if code != tt.code {
				t.Fatalf("exit code %d, want %d; stderr: %s", code, tt.code, stderr)
			}
			if code == 0 {
				if !strings.HasPrefix(stdout, "{") {
					t.Errorf("stdout is not JSON: %.80q", stdout)
				}
				return
			}
			if !strings.Contains(stderr, "--json is --format json; it contradicts --format") || stdout != "" {
				t.Errorf("stderr %q, stdout %.80q; want the contradiction named and nothing printed", stderr, stdout)
			}
		})
	}
}
