package scenarios

import (
	"testing"
)

func TestIsShipped(t *testing.T) {
	tests := []struct {
		ref  string
		want bool
	}{
		{"intensive_coaching", true}, {"baseline", true}, {"intensive_coaching.toml", false},
		{"./intensive_coaching", false}, {`dir\intensive_coaching`, false}, {"no_such_scenario", false},
	}
	for _, tt := range tests {
		if got := IsShipped(tt.ref); got != tt.want {
			t.Errorf("IsShipped(%q) = %v, want %v", tt.ref, got, tt.want)
		}
	}
}
