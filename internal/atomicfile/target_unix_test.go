//go:build unix

package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/vwnw/vwnw/internal/safeio"
)

// TestWriteFileNotRegular: WriteFile refuses a path that is a named pipe,
// a directory or a symbolic link (to a regular file or to nothing), and
// leaves it as it was; a regular file or a new path is written.
func TestWriteFileNotRegular(t *testing.T) {
	dir := t.TempDir()
	regular := filepath.Join(dir, "regular.txt")
	if err := os.WriteFile(regular, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(regular, link); err != nil {
		t.Fatal(err)
	}
	dangling := filepath.Join(dir, "dangling.txt")
	if err := os.Symlink(filepath.Join(dir, "none"), dangling); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path string
		want string // "" for success
		mode fs.FileMode
	}{
		{regular, "", 0},
		{filepath.Join(dir, "new.txt"), "", 0},
		{fifo, "is a named pipe (FIFO), not a regular file", fs.ModeNamedPipe},
		{sub, "is a directory, not a regular file", fs.ModeDir},
		{link, "is a symbolic link, not a regular file", fs.ModeSymlink},
		{dangling, "is a symbolic link, not a regular file", fs.ModeSymlink},
	}
	for _, tt := range tests {
		err := WriteFile(tt.path, []byte("new"))
		if tt.want == "" {
			if got, _ := os.ReadFile(tt.path); err != nil || string(got) != "new" {
				t.Errorf("WriteFile(%s): %v, content %q", tt.path, err, got)
			}
			continue
		}
		if err == nil || !strings.HasPrefix(err.Error(), tt.path+": ") || !strings.Contains(err.Error(), tt.want) ||
			!strings.Contains(err.Error(), "remove it or choose another name") || !errors.Is(err, safeio.ErrNotRegular) {
			t.Errorf("WriteFile(%s) error = %v, want %q wrapping safeio.ErrNotRegular", tt.path, err, tt.want)
		}
		if info, err := os.Lstat(tt.path); err != nil || info.Mode().Type() != tt.mode {
			t.Errorf("%s after the refusal: %v, %v; want it untouched", tt.path, info, err)
		}
	}
}
