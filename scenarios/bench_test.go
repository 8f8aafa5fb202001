package scenarios

import "testing"

// BenchmarkLoad measures loading a shipped scenario with overrides, as
// calibration does for every evaluation:
//
//	go test ./scenarios -run '^$' -bench Load
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load("intensive_coaching", Override{"interventions.coaching.job_finding_hr", "1.7"}); err != nil {
			b.Fatal(err)
		}
	}
}
