package scenarios

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadRunUnusedOverride checks that LoadRun says an override is unused
// only when no scenario of the run has its table: not when the scenario
// that has it rejects the value, nor when a scenario failed before its
// overrides were applied.
func TestLoadRunUnusedOverride(t *testing.T) {
	broken := filepath.Join(t.TempDir(), "broken.toml")
	if err := os.WriteFile(broken, []byte("extends = \"intensive_coaching\"\n[hazards\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		names  []string
		set    string
		unused bool   // want an *UnusedOverrideError
		want   string // a substring of the error; "" for none
	}{
		{name: "value out of range", names: []string{"intensive_coaching"}, set: "interventions.services.talent_scan.unit_cost=-1000",
			want: "interventions.services.talent_scan.unit_cost: must be 0 or more"},
		{name: "service in no scenario", names: []string{"intensive_coaching"}, set: "interventions.services.talent_scn.unit_cost=1000",
			unused: true, want: "no scenario in this run has that table"},
		{name: "service in one scenario", names: []string{"intensive_coaching"}, set: "interventions.services.talent_scan.unit_cost=1000"},
		{name: "a scenario that cannot be read", names: []string{broken}, set: "interventions.services.talent_scn.unit_cost=1000",
			want: "TOML syntax"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o, err := ParseOverride(tt.set)
			if err != nil {
				t.Fatal(err)
			}
			_, err = LoadRun("baseline", tt.names, []Override{o})
			var u *UnusedOverrideError
			if got := errors.As(err, &u); got != tt.unused {
				t.Errorf("unused override reported: %v, want %v; error:\n%v", got, tt.unused, err)
			}
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("want no error, got\n%v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error lacks %q:\n%v", tt.want, err)
			}
		})
	}
}
