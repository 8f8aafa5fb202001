package euro

import "testing"

func TestFormat(t *testing.T) {
	for _, tt := range []struct {
		x    float64
		want string
	}{
		{0, "0"}, {-0.4, "0"}, {999, "999"}, {1000, "1,000"}, {1234567.5, "1,234,568"},
		{-1234, "-1,234"}, {-999999.6, "-1,000,000"}, {12345678901, "12,345,678,901"},
	} {
		if got := Format(tt.x); got != tt.want {
			t.Errorf("Format(%v) = %q, want %q", tt.x, got, tt.want)
		}
	}
}
