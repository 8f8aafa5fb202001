package output

import (
	"bytes"
	"testing"
)

// FuzzReadResults feeds arbitrary bytes to the results.json reader that
// report uses: it must not panic, and what it accepts must be drawable:
// it passes CheckFinite and writes as CSV and JSON without error.
func FuzzReadResults(f *testing.F) {
	// A small valid file (two months, two scenarios) is in
	// testdata/fuzz/FuzzReadResults; the golden file is too large for the
	// mutator to be quick.
	f.Add([]byte(`{"tool": "vwnw", "version": "1", "run": {"horizon_months": 1}, "baseline": "b", "scenarios": [{"name": "b", "cohort_size": 1}]}`))
	f.Add([]byte("null"))
	f.Add([]byte(`{"tool": "vwnw"} {}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ReadResults(data)
		if err != nil {
			if len(err.Error()) > 1000 {
				t.Fatalf("message of %d bytes", len(err.Error()))
			}
			return
		}
		if err := CheckFinite(r); err != nil {
			t.Fatalf("accepted results with %v", err)
		}
		var buf bytes.Buffer
		if err := CSV(&buf, r); err != nil {
			t.Fatalf("CSV: %v", err)
		}
		if err := JSON(&buf, r); err != nil {
			t.Fatalf("JSON: %v", err)
		}
	})
}
