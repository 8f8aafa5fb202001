package scenarios

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// docExample returns the files of the example in section "Cohort files" of
// docs/scenarios.md: the CSV and the two scenario files its TOML block
// shows side by side, by name.
func docExample(t *testing.T) map[string]string {
	t.Helper()
	text, err := os.ReadFile("../docs/scenarios.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(text), "\n## Cohort files\n")
	if !ok {
		t.Fatal(`docs/scenarios.md has no section "Cohort files"`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	block := func(fence string) []string {
		_, b, ok := strings.Cut(section, fence+"\n")
		if !ok {
			t.Fatalf("no %s block in the section", fence)
		}
		b, _, _ = strings.Cut(b, "```")
		return strings.Split(strings.TrimSuffix(b, "\n"), "\n")
	}
	files := map[string]string{"participants.csv": strings.Join(block("```"), "\n") + "\n"}
	rows := block("```toml")
	// The first row names the two files: "# left.toml   # right.toml".
	head := rows[0]
	col := strings.LastIndex(head, "# ")
	if col <= 0 {
		t.Fatalf("the TOML block does not start with two file names: %q", head)
	}
	left, right := strings.TrimSpace(head[2:col]), strings.TrimSpace(head[col+2:])
	var l, r strings.Builder
	for _, row := range rows[1:] {
		row += strings.Repeat(" ", max(0, col+2-len(row)))
		l.WriteString(strings.TrimRight(row[:col], " ") + "\n")
		r.WriteString(strings.TrimRight(row[col+2:], " ") + "\n")
	}
	files[left], files[right] = l.String(), r.String()
	return files
}

// TestDocCohortBaseline loads the example of docs/scenarios.md, "Cohort
// files": the baseline with a cohort file, checked against the shipped
// baseline (as vwnw validate my_baseline.toml does), is told to be passed
// with --baseline, not to lose its cohort file; the scenario run against it
// as the doc says is comparable.
func TestDocCohortBaseline(t *testing.T) {
	dir := t.TempDir()
	files := docExample(t)
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"my_baseline.toml", "my_coaching.toml"} {
		if _, ok := files[name]; !ok {
			t.Fatalf("the example has no %s (files: %v)", name, slices.Sorted(maps.Keys(files)))
		}
	}
	shipped := mustLoad(t, "baseline")
	mine := mustLoad(t, filepath.Join(dir, "my_baseline.toml"))
	err := CheckComparable(shipped, mine)
	if err == nil {
		t.Fatal("a baseline with a cohort file is comparable with the shipped one")
	}
	msg := err.Error()
	if want := "--baseline " + mine.File; !strings.Contains(msg, want) {
		t.Errorf("message lacks %q:\n%s", want, msg)
	}
	if fix := msg[strings.Index(msg, "fix:"):]; strings.HasPrefix(fix, "fix: remove the lines above") {
		t.Errorf("the fix for a baseline is to remove its cohort file:\n%s", msg)
	}
	coaching := mustLoad(t, filepath.Join(dir, "my_coaching.toml"))
	if err := CheckComparable(mine, coaching); err != nil {
		t.Errorf("vwnw run my_coaching.toml --baseline my_baseline.toml: %v", err)
	}
	// A scenario that enables an intervention is still told to remove
	// the lines, or to set them in its baseline.
	err = CheckComparable(shipped, coaching)
	if err == nil || !strings.Contains(err.Error(), "fix: remove the lines above from "+coaching.File) {
		t.Errorf("my_coaching.toml against the shipped baseline: %v", err)
	}
}
