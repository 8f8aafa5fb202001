package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/internal/safeio"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	for _, content := range []string{"first", "second"} {
		if err := WriteFile(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != content {
			t.Fatalf("read %q, %v; want %q", got, err, content)
		}
	}
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", info.Mode().Perm())
	}
	err := WriteFile(filepath.Join(dir, "missing", "b.txt"), []byte("x"))
	if err == nil || !strings.Contains(err.Error(), filepath.Join("missing", "b.txt")) || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("error %v, want one naming the file asked for, not the temporary one", err)
	}
	assertOnly(t, dir, "a.txt")
}

func TestWriteAllIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	text := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	boom := errors.New("boom")
	err := WriteAll(dir, []File{{"a", text("new")}, {"b", func(io.Writer) error { return boom }}})
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "writing "+filepath.Join(dir, "b")) {
		t.Fatalf("error %v, want boom naming b", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "a")); string(got) != "old" {
		t.Errorf("a = %q after a failed set, want it untouched", got)
	}
	assertOnly(t, dir, "a")
	if err := WriteAll(dir, []File{{"a", text("new")}, {"b", text("bee")}}); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"a": "new", "b": "bee"} {
		if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	assertOnly(t, dir, "a", "b")
}

// assertOnly fails unless dir holds exactly names: no temporary file is
// left behind.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(names, ",") {
		t.Errorf("directory holds %q, want %q", got, names)
	}
}

// TestWriteAllNeverMixesSets makes the last file of a set impossible to
// rename into place (a directory of that name is created once the
// temporary files are written, as by another program): the old files must
// come back as they were.
func TestWriteAllNeverMixesSets(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"a": "old a", "b": "old b"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	text := func(s string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	late := func(w io.Writer) error {
		// c's target becomes a non-empty directory after the check.
		if err := os.MkdirAll(filepath.Join(dir, "c", "x"), 0o755); err != nil {
			return err
		}
		_, err := io.WriteString(w, "new c")
		return err
	}
	err := WriteAll(dir, []File{{"a", text("new a")}, {"b", text("new b")}, {"c", late}})
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "c")) {
		t.Fatalf("error %v, want one naming c", err)
	}
	for name, want := range map[string]string{"a": "old a", "b": "old b"} {
		if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != want {
			t.Errorf("%s = %q after a failed set, want the old %q", name, got, want)
		}
	}
	assertOnly(t, dir, "a", "b", "c")

	// A target that is a directory from the start is refused before
	// anything is written.
	err = WriteAll(dir, []File{{"a", text("new a")}, {"c", text("new c")}})
	if err == nil || !strings.Contains(err.Error(), "is a directory, not a regular file") || !errors.Is(err, safeio.ErrNotRegular) {
		t.Fatalf("error %v, want a refusal of the directory c", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "a")); string(got) != "old a" {
		t.Errorf("a = %q, want it untouched", got)
	}
	assertOnly(t, dir, "a", "b", "c")
}
