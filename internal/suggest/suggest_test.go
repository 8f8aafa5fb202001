package suggest

import "testing"

func TestNearest(t *testing.T) {
	known := []string{"mode", "min", "max", "dist", "job_finding_hr"}
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"mdoe", "mode", true},
		{"mni", "min", true},
		{"job_findign_hr", "job_finding_hr", true},
		{"completely_different", "", false},
	}
	for _, tt := range tests {
		got, ok := Nearest(tt.in, known)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("Nearest(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	if Hint("mdoe", known) != ` (did you mean "mode"?)` {
		t.Errorf("Hint: got %q", Hint("mdoe", known))
	}
}
