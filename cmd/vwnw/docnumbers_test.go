package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestDocNumbers runs the commands docs/ and README.md give for its measured numbers and
// checks that the docs state what they print: a number in the docs that no
// longer comes out of its command fails here.
func TestDocNumbers(t *testing.T) {
	// societies are the society NPVs of the four shipped arrangements.
	societies := []row{{"intensive_coaching", "society", 0}, {"digital_hybrid", "society", 0},
		{"transition_fund", "society", 0}, {"wage_supplement", "society", 0}}
	tests := []struct {
		doc string // under docs/, or README.md
		// cmd is the command line after "vwnw"; quoted: the doc gives it
		// in full, in backquotes.
		cmd    string
		quoted bool
		// phrase is the doc's text, with the values of the rows filled in.
		phrase string
		rows   []row
	}{
		{"scenarios.md", "compare", true, `by about %s months against the baseline over the 60 months (` + "`vwnw compare`" + `, row "months unemployed": %s against %s;`,
			[]row{{"intensive_coaching", "months unemployed", diff}, {"intensive_coaching", "months unemployed", 0}, {"intensive_coaching", "months unemployed", 1}}},
		{"scenarios.md", "compare", true, `the mean over the baseline's new jobs is %s (` + "`vwnw compare`" + `, row "new / old wage")`,
			[]row{{"intensive_coaching", "new / old wage", 1}}},
		{"scenarios.md", "compare digital_hybrid intensive_coaching --cohort-size 300", true,
			"those who take coaching up wait %s months for a case manager on average and %s are coached within the month, against %s months and %s face-to-face",
			[]row{{"digital_hybrid", "months waiting for a case manager", 0}, {"digital_hybrid", "coached within the month", percent},
				{"intensive_coaching", "months waiting for a case manager", 0}, {"intensive_coaching", "coached within the month", percent}}},
		{"scenarios.md", "calibrate --observed pilot intensive_coaching --fit interventions.coaching.job_finding_hr", true,
			"median %s, the estimate (90%% interval %s–%s)",
			[]row{{"", "interventions.coaching.job_finding_hr", 1}, {"", "interventions.coaching.job_finding_hr", 2}, {"", "interventions.coaching.job_finding_hr", 4}}},
		{"model.md", "compare intensive_coaching --iterations 400 --seed 1 --set jobs.wage_ratio_decay=0.01 --set jobs.wage_ratio=0.95 --set jobs.wage_ratio_sd=0 --set jobs.wage_ratio_reference_months=0", true,
			"the baseline's mean ratio is %s", []row{{"intensive_coaching", "new / old wage", 1}}},
		{"model.md", "compare --iterations 1000 --seed 1", true,
			"the baseline's mean accepted ratio is %s", []row{{"intensive_coaching", "new / old wage", 1}}},
		{"model.md", "compare --iterations 1000 --seed 1 --set jobs.wage_ratio_reference_months=0", false,
			"%s with the decay counted from zero months, `--set jobs.wage_ratio_reference_months=0`", []row{{"intensive_coaching", "new / old wage", 1}}},
		{"model.md", "compare --iterations 1000 --seed 1", true,
			"intensive_coaching €173,394 → €%s; digital_hybrid €166,152 → €%s; transition_fund €203,586 → €%s; wage_supplement €185,159 → €%s,",
			societies},
		{"README.md", "compare --iterations 1000 --seed 1", true,
			"society's mean NPV is €%s for intensive_coaching, €%s for digital_hybrid, €%s for transition_fund and €%s for wage_supplement,",
			societies},
	}
	docs, outs := map[string]string{}, map[string]string{} // read and run once
	for _, tt := range tests {
		t.Run(tt.doc+" "+tt.cmd, func(t *testing.T) {
			name := "docs/" + tt.doc
			if tt.doc == "README.md" {
				name = tt.doc
			}
			doc, ok := docs[name]
			if !ok {
				data, err := os.ReadFile("../../" + name)
				if err != nil {
					t.Fatal(err)
				}
				doc = strings.Join(strings.Fields(string(data)), " ")
				docs[name] = doc
			}
			if tt.quoted && !strings.Contains(doc, "`vwnw "+tt.cmd+"`") {
				t.Fatalf("%s does not give the command `vwnw %s`", name, tt.cmd)
			}
			stdout, ok := outs[tt.cmd]
			if !ok {
				var stderr string
				var code int
				stdout, stderr, code = vwnw(t, strings.Fields(tt.cmd)...)
				if code != 0 {
					t.Fatalf("vwnw %s: exit %d, %s", tt.cmd, code, stderr)
				}
				outs[tt.cmd] = stdout
			}
			vals := make([]any, len(tt.rows))
			for i, r := range tt.rows {
				v, err := r.value(stdout)
				if err != nil {
					t.Fatalf("vwnw %s: %v\n%s", tt.cmd, err, stdout)
				}
				vals[i] = v
			}
			if want := fmt.Sprintf(tt.phrase, vals...); !strings.Contains(doc, want) {
				t.Errorf("%s does not say what vwnw %s prints: want %q", name, tt.cmd, want)
			}
		})
	}
}

// row is a number of a table vwnw prints: in the block of scenario ("" for
// the whole output), on the line that starts with name, field col after
// the name (0: the scenario's, 1: the baseline's), or diff (the baseline's
// less the scenario's) or percent (field 0 rounded to a whole percent).
type row struct {
	scenario, name string
	col            int
}

const (
	diff    = -1
	percent = -2
)

func (r row) value(out string) (string, error) {
	lines := strings.Split(out, "\n")
	if r.scenario != "" {
		i := 0
		for i < len(lines) && !strings.HasPrefix(lines[i], r.scenario+" — ") {
			i++
		}
		lines = lines[i:]
	}
	for _, l := range lines {
		rest, ok := strings.CutPrefix(strings.TrimSpace(l), r.name+" ")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		switch r.col {
		case diff:
			s, err1 := strconv.ParseFloat(f[0], 64)
			b, err2 := strconv.ParseFloat(f[1], 64)
			if err1 != nil || err2 != nil {
				return "", fmt.Errorf("row %q: %q", r.name, l)
			}
			return strconv.FormatFloat(b-s, 'f', 1, 64), nil
		case percent:
			p, err := strconv.ParseFloat(strings.TrimSuffix(f[0], "%"), 64)
			if err != nil {
				return "", fmt.Errorf("row %q: %q", r.name, l)
			}
			return fmt.Sprintf("%.0f%%", math.Round(p)), nil
		}
		if r.col >= len(f) {
			return "", fmt.Errorf("row %q has no field %d: %q", r.name, r.col, l)
		}
		return f[r.col], nil
	}
	return "", fmt.Errorf("no row %q under %q", r.name, r.scenario)
}

// TestScaleDocPercentiles: docs/scale.md gives the rule of results.json's
// p5, p50 and p95 (TestDrawsMeans checks it against the draws).
func TestScaleDocPercentiles(t *testing.T) {
	data, err := os.ReadFile("../../docs/scale.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`method="interpolated_inverted_cdf"`, "type = 4", "x₍ₖ₎ + (np − k)(x₍ₖ₊₁₎ − x₍ₖ₎)"} {
		if !strings.Contains(string(data), w) {
			t.Errorf("docs/scale.md lacks %q", w)
		}
	}
}
