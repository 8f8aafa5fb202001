//go:build unix

package safeio

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.toml")
	if err := os.WriteFile(small, []byte("a = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.toml")
	if err := os.WriteFile(big, make([]byte, 101), 0o644); err != nil {
		t.Fatal(err)
	}
	sparse := filepath.Join(dir, "sparse.csv")
	if f, err := os.Create(sparse); err != nil {
		t.Fatal(err)
	} else {
		if err := f.Truncate(1 << 40); err != nil {
			t.Skip("no sparse files here:", err)
		}
		f.Close()
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(small, link); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path    string
		limit   int64
		want    string // "" for success
		wantErr error
	}{
		{small, 100, "", nil},
		{link, 100, "", nil},
		{small, 6, "", nil},
		{small, 5, "is 6 bytes, larger than vwnw reads (at most 5 bytes)", ErrTooLarge},
		{big, 100, "larger than vwnw reads", ErrTooLarge},
		{sparse, MaxCohort, "is 1048576 MiB, larger than vwnw reads (at most 64 MiB)", ErrTooLarge},
		{dir, 100, "is a directory, not a regular file", ErrNotRegular},
		{fifo, 100, "is a named pipe (FIFO), not a regular file", ErrNotRegular},
		{"/dev/zero", 100, "is a character device, not a regular file", ErrNotRegular},
		{"/dev/stdin", 100, "not a regular file", ErrNotRegular},
		{filepath.Join(dir, "none"), 100, "none: no such file", fs.ErrNotExist},
	}
	for _, tt := range tests {
		done := make(chan struct{})
		var data []byte
		var err error
		go func() { data, err = ReadFile(tt.path, tt.limit); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("ReadFile(%s) blocks", tt.path)
		}
		if tt.want == "" {
			if err != nil || string(data) != "a = 1\n" {
				t.Errorf("ReadFile(%s) = %q, %v", tt.path, data, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, tt.wantErr) {
			t.Errorf("ReadFile(%s, %d) error = %v, want %q wrapping %v", tt.path, tt.limit, err, tt.want, tt.wantErr)
		}
		if err != nil && !strings.HasPrefix(err.Error(), tt.path+": ") {
			t.Errorf("error %q does not begin with the path", err)
		}
	}
}

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"age", `"age"`},
		{"root:x:0:0:root:/root:/bin/bash and more", `"root:x:0:0:root:/root:/bin/bash "…`},
		{"a\u202eb", `"a\u202eb"`},
		{"a\nb\x1b[31m", `"a\nb\x1b[31m"`},
		{"één", `"één"`},
		{"\xff", `"\xff"`},
	}
	for _, tt := range tests {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestBytes(t *testing.T) {
	for n, want := range map[int64]string{37: "37 bytes", 1 << 20: "1 MiB", 512 << 10: "512 KiB", 3 << 19: "1.5 MiB", 1000: "1000 bytes"} {
		if got := Bytes(n); got != want {
			t.Errorf("Bytes(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestOpen: Open refuses what ReadFile refuses but a size, without
// blocking on a named pipe, and opens a regular file of any size.
func TestOpen(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big")
	if err := os.WriteFile(big, make([]byte, 2*MaxScenario), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		path string
		want error // nil for success
	}{
		{big, nil},
		{fifo, ErrNotRegular},
		{dir, ErrNotRegular},
		{"/dev/zero", ErrNotRegular},
		{filepath.Join(dir, "none"), fs.ErrNotExist},
	} {
		done := make(chan struct{})
		var f *os.File
		var err error
		go func() { f, err = Open(tt.path); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("Open(%s) blocks", tt.path)
		}
		if f != nil {
			f.Close()
		}
		if tt.want == nil {
			if err != nil {
				t.Errorf("Open(%s): %v", tt.path, err)
			}
			continue
		}
		if !errors.Is(err, tt.want) || !strings.HasPrefix(err.Error(), tt.path+": ") {
			t.Errorf("Open(%s) error = %v, want one naming the file, wrapping %v", tt.path, err, tt.want)
		}
	}
}
