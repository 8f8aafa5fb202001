package output

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model"
)

func TestCell(t *testing.T) {
	for in, want := range map[string]string{
		"baseline": "baseline", "": "", "=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")", "@SUM(1)": "'@SUM(1)",
		"+1+1": "'+1+1", "-2+3": "'-2+3", "\tx": "'\tx", "\rx": "'\rx", "-1.5": "-1.5", "+3": "+3",
		"-1e5": "-1e5", "a=b": "a=b",
	} {
		if got := Cell(in); got != want {
			t.Errorf("Cell(%q) = %q, want %q", in, got, want)
		}
	}
}

// goldenResults reads testdata/golden/results.json.
func goldenResults(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", "results.json"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCSVNeutralisesFormulas(t *testing.T) {
	r, err := ReadResults(goldenResults(t))
	if err != nil {
		t.Fatal(err)
	}
	r.Scenarios[0].Name = "=HYPERLINK(\"http://x\")" // as if a name got past the reader
	var buf bytes.Buffer
	if err := CSV(&buf, r); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range recs[1:] {
		for i, c := range rec {
			if c != "" && strings.ContainsRune("=+@\t\r", rune(c[0])) || (i < 3 && strings.HasPrefix(c, "-")) {
				t.Fatalf("CSV cell %q starts a formula", c)
			}
		}
	}
}

func TestReadResults(t *testing.T) {
	golden := goldenResults(t)
	if _, err := ReadResults(golden); err != nil {
		t.Fatalf("golden results: %v", err)
	}
	// edit decodes the golden file into a generic tree, changes it and
	// encodes it again.
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		if err := json.Unmarshal(golden, &m); err != nil {
			t.Fatal(err)
		}
		f(m)
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	scenario := func(m map[string]any, i int) map[string]any { return m["scenarios"].([]any)[i].(map[string]any) }
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "the file is empty"},
		{"null", []byte("null"), `tool is ""`},
		{"array", []byte("[1, 2]"), "want model.Results"},
		{"trailing", append(append([]byte{}, golden...), []byte(`{"more": 1}`)...), "data after the JSON object"},
		{"syntax", []byte("{\"tool\": \"vwnw\",\n\n x}"), "line 3"},
		{"unknown key", edit(func(m map[string]any) { m["extra"] = 1 }), `unknown field "extra"`},
		{"other tool", edit(func(m map[string]any) { m["tool"] = "other\u202e" }), `tool is "other\u202e"`},
		{"no version", edit(func(m map[string]any) { m["version"] = "" }), "version"},
		{"horizon", edit(func(m map[string]any) { m["run"].(map[string]any)["horizon_months"] = 100000 }), "run.horizon_months is 100000"},
		{"no scenarios", edit(func(m map[string]any) { m["scenarios"] = []any{} }), "holds 0 scenarios"},
		{"formula name", edit(func(m map[string]any) { scenario(m, 0)["name"] = "=1+1" }), `scenarios[0]: name "=1+1"`},
		{"bidi title", edit(func(m map[string]any) { scenario(m, 0)["title"] = "a\u202eb" }), "title holds the invisible or control character U+202E"},
		{"short cash flow", edit(func(m map[string]any) {
			scenario(m, 1)["cashflow"].(map[string]any)["uwv"] = []any{1.0}
		}), "cashflow.uwv has 1 month; the horizon is 36 months"},
		{"long occupancy", edit(func(m map[string]any) {
			occ := scenario(m, 0)["occupancy"].(map[string]any)
			occ["ww"] = append(occ["ww"].([]any), 0.0)
		}), "occupancy.ww has 37 months"},
		{"null npv", edit(func(m map[string]any) {
			scenario(m, 1)["npv"].(map[string]any)["society"].(map[string]any)["mean"] = nil
		}), "npv.society.mean is NaN"},
		{"huge number", bytes.Replace(golden, []byte(`"discount_rate": 0.0225`), []byte(`"discount_rate": 1e400`), 1), "discount_rate"},
		{"baseline missing", edit(func(m map[string]any) { m["baseline"] = "nope" }), `baseline "nope" is not one of the scenarios`},
		{"deep", []byte(strings.Repeat("[", 20000) + strings.Repeat("]", 20000)), "not vwnw results"},
		{"bidi in a note", edit(func(m map[string]any) {
			m["sensitivity"] = map[string]any{"scenario": "x", "baseline": "y", "method": "tornado", "notes": []any{"ok", "a\u202eb"}}
		}), "sensitivity.notes[1] holds the invisible or control character U+202E"},
		{"long list", edit(func(m map[string]any) {
			m["sensitivity"] = map[string]any{"scenario": "x", "baseline": "y", "method": "tornado", "notes": make([]any, 20000)}
		}), "sensitivity.notes has 20000 entries; at most 10000"},
	}
	for _, tt := range tests {
		_, err := ReadResults(tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: ReadResults = %v, want %q", tt.name, err, tt.want)
		}
		if err != nil && len(err.Error()) > 400 {
			t.Errorf("%s: message of %d bytes", tt.name, len(err.Error()))
		}
	}
}

func TestCheckFinite(t *testing.T) {
	r, err := ReadResults(goldenResults(t))
	if err != nil {
		t.Fatal(err)
	}
	s := &r.Scenarios[1]
	s.Outcomes.WageRatio = model.Summary{Mean: math.NaN(), SD: math.NaN(), SE: math.NaN(), P5: math.NaN(), P50: math.NaN(), P95: math.NaN(), ProbPositive: math.NaN()}
	if err := CheckFinite(r); err != nil {
		t.Errorf("an undefined outcome: %v", err)
	}
	s.Outcomes.WageRatio.Mean = math.Inf(1)
	if err := CheckFinite(r); err == nil || !strings.Contains(err.Error(), "outcomes.wage_ratio.mean is +Inf") {
		t.Errorf("a half-defined outcome: %v", err)
	}
	s.Outcomes.WageRatio = model.Summary{}
	s.Cashflow.Treasury[3] = math.NaN()
	if err := CheckFinite(r); err == nil || !strings.Contains(err.Error(), `scenario "`+s.Name+`": cashflow.treasury[3] is NaN`) {
		t.Errorf("a NaN cash flow: %v", err)
	}
	s.Cashflow.Treasury[3] = 0
	s.SocietyBox[2] = math.Inf(-1)
	if err := CheckFinite(r); err == nil || !strings.Contains(err.Error(), "society_box[2] is -Inf") {
		t.Errorf("an infinite box: %v", err)
	}
}
