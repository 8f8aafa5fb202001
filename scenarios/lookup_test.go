package scenarios

import "testing"

func TestLookup(t *testing.T) {
	s, err := Load("intensive_coaching")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key  string
		ok   bool
		kind string // "number", "string" or "table"
	}{
		{"interventions.coaching.case_manager_fte", true, "number"},
		{"interventions.coaching.mode", true, "string"},
		{"interventions.coaching.hourly_cost", true, "table"}, // a distribution
		{"interventions.coaching", true, "table"},
		{"interventions.coaching.nope", false, ""},
		{"interventions.coaching.mode.x", false, ""},
	}
	for _, tt := range tests {
		v, ok := s.Lookup(tt.key)
		if ok != tt.ok {
			t.Errorf("Lookup(%s): ok = %v, want %v", tt.key, ok, tt.ok)
			continue
		}
		kind := ""
		switch v.(type) {
		case int64, float64:
			kind = "number"
		case string:
			kind = "string"
		case map[string]any:
			kind = "table"
		}
		if kind != tt.kind {
			t.Errorf("Lookup(%s) = %v, a %s; want a %s", tt.key, v, kind, tt.kind)
		}
	}
}
