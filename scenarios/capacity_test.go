package scenarios

import (
	"strings"
	"testing"
)

// TestCapacity checks that coaching no offered participant could ever
// start is refused, and that coaching with room for one participant of each
// offered group is not.
func TestCapacity(t *testing.T) {
	const refused = "interventions.coaching.case_manager_fte: coaching can never start"
	tests := []struct {
		name, body string
		want       []string // "" entries none: valid
	}{
		{"shipped", "", nil},
		{"no case managers", "case_manager_fte = 0\n",
			[]string{"x.toml:3: " + refused, "0 FTE × hours_per_fte 120 gives the case managers 0 client hours", "triage group 1 needs at least 0.25 (hours.group1)", "of group 3 at least 4", "enabled = false"}},
		{"room for group 1 only", "case_manager_fte = 0.01\n",
			[]string{refused, "1.2 client hours", "triage group 2 needs at least 2", "of group 3 at least 4"}},
		{"room for one of each at the most favourable values", "case_manager_fte = 0.034\n", nil}, // 0.034 × 120 = 4.08 ≥ 4
		{"too little at fixed values", "case_manager_fte = 0.05\nhours_per_fte = 80\nhours = { group1 = 1, group2 = 3, group3 = 6 }\n",
			[]string{"0.05 FTE × hours_per_fte 80 gives the case managers 4 client hours", "triage group 3 needs at least 6 (hours.group3)"}},
		{"reported at the key the file sets", "hours = { group1 = 0.5, group2 = 3, group3 = 200 }\n",
			[]string{"x.toml:3: interventions.coaching.hours.group3: coaching can never start: 1.11 FTE × hours_per_fte 120 gives the case managers 133.2 client hours"}},
		{"a group not offered does not count", "case_manager_fte = 0.01\ntriage = [1]\n", nil},
		{"zero hours need no case manager", "case_manager_fte = 0\ntriage = [1]\nhours = { group1 = 0, group2 = 3, group3 = 6 }\n", nil},
		{"digital hours are scaled", "case_manager_fte = 0.009\nmode = \"digital\"\ndigital_hours_factor = 0.5\ntriage = [1, 2]\nhours = { group1 = 1, group2 = 2.4, group3 = 6 }\n",
			[]string{"triage group 2 needs at least 1.2 (hours.group2 × digital_hours_factor)"}},
		{"hybrid keeps group 3 face to face", "case_manager_fte = 0.04\nmode = \"hybrid\"\ndigital_hours_factor = 0.1\nhours_per_fte = 100\nhours = { group1 = 1, group2 = 3, group3 = 6 }\n",
			[]string{"triage group 3 needs at least 6 (hours.group3)"}},
		{"disabled coaching needs no case managers", "enabled = false\ncase_manager_fte = 0\n", nil},
	}
	for _, tt := range tests {
		_, err := LoadBytes([]byte("extends = \"intensive_coaching\"\n[interventions.coaching]\n"+tt.body), "x.toml", "")
		switch {
		case len(tt.want) == 0 && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case len(tt.want) > 0 && err == nil:
			t.Errorf("%s: loaded; want %q", tt.name, tt.want[0])
		}
		for _, w := range tt.want {
			if err != nil && !strings.Contains(err.Error(), w) {
				t.Errorf("%s: %v\nwant %q", tt.name, err, w)
			}
		}
	}
}

// TestCapacityOverride checks the refusal through --set, and that it
// names the override.
func TestCapacityOverride(t *testing.T) {
	o, err := ParseOverride("interventions.coaching.case_manager_fte=0")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Load("digital_hybrid", o)
	if err == nil || !strings.Contains(err.Error(), "--set interventions.coaching.case_manager_fte") || !strings.Contains(err.Error(), "coaching can never start") {
		t.Errorf("--set case_manager_fte=0 on digital_hybrid: %v", err)
	}
}
