//go:build unix

package draws_test

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/vwnw/vwnw/internal/draws"
	"github.com/vwnw/vwnw/internal/safeio"
	"github.com/vwnw/vwnw/model"
)

// within runs fn and fails the test when it has not returned after 10
// seconds, rather than hanging.
func within(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); fn() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s blocks", what)
	}
}

// TestOpenNotRegular: Open and OpenShards refuse a named pipe, a
// directory and a device at once, naming the file, without blocking on
// the pipe (which has no writer).
func TestOpenNotRegular(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, n := range []string{"fifo.csv", "fifo.parquet"} {
		p := filepath.Join(dir, n)
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	sub := filepath.Join(dir, "dir.parquet")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	dev := filepath.Join(dir, "null.csv")
	if err := os.Symlink("/dev/null", dev); err != nil {
		t.Fatal(err)
	}
	paths = append(paths, sub, dev)
	for _, p := range paths {
		var err error
		within(t, "Open("+p+")", func() {
			var r *draws.Reader
			if r, err = draws.Open(p); err == nil {
				r.Close()
			}
		})
		if err == nil || !errors.Is(err, safeio.ErrNotRegular) || !strings.HasPrefix(err.Error(), p+": is ") {
			t.Errorf("Open(%s) error = %v, want one naming the file, wrapping safeio.ErrNotRegular", p, err)
		}
		within(t, "OpenShards("+p+")", func() { _, err = draws.OpenShards([]string{p}) })
		if err == nil || !strings.Contains(err.Error(), p+": is ") {
			t.Errorf("OpenShards(%s) error = %v, want one naming the file", p, err)
		}
	}
}

// TestCreateNotRegular: Create refuses a path that is a named pipe, a
// directory or a symbolic link (even to a regular file), leaving it as it
// was, and replaces a regular file.
func TestCreateNotRegular(t *testing.T) {
	dir := t.TempDir()
	regular := filepath.Join(dir, "regular.csv")
	if err := os.WriteFile(regular, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.csv")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "dir.parquet")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.csv")
	if err := os.Symlink(regular, link); err != nil {
		t.Fatal(err)
	}
	l := draws.Layout{Scenarios: []string{"baseline"}, Horizon: 12}
	for _, tt := range []struct {
		path string
		want string
		mode fs.FileMode
	}{
		{fifo, "named pipe", fs.ModeNamedPipe},
		{sub, "directory", fs.ModeDir},
		{link, "symbolic link", fs.ModeSymlink},
	} {
		for _, check := range []struct {
			name string
			fn   func() error
		}{
			{"CheckPath", func() error { return draws.CheckPath(tt.path) }},
			{"Create", func() error {
				w, err := draws.Create(tt.path, l, nil)
				if err == nil {
					w.Abort()
				}
				return err
			}},
		} {
			err := check.fn()
			if err == nil || !errors.Is(err, safeio.ErrNotRegular) || !strings.HasPrefix(err.Error(), tt.path+": ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s(%s) error = %v, want one naming the file and %q", check.name, tt.path, err, tt.want)
			}
			if info, err := os.Lstat(tt.path); err != nil || info.Mode().Type() != tt.mode {
				t.Errorf("%s after %s: %v, %v; want it untouched", tt.path, check.name, info, err)
			}
		}
	}
	w, err := draws.Create(regular, l, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(regular); !strings.HasPrefix(string(got), "iteration,") {
		t.Errorf("a regular file is not replaced: %q", got)
	}
}

// damage flips a byte near the end of column c's chunk in the first row
// group of the Parquet file at path (c < 0: counted from the last column):
// in the body of its last data page, which its checksum covers.
func damage(t *testing.T, path string, c int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := parquet.OpenFile(strings.NewReader(string(data)), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	cols := f.Metadata().RowGroups[0].Columns
	if c < 0 {
		c += len(cols)
	}
	m := cols[c].MetaData
	data[m.DataPageOffset+m.TotalCompressedSize-3] ^= 0x55
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDamagedShard: a shard whose data pages are damaged is refused with
// a *draws.FileError that names the file and the shard to run again, one
// whose metadata is damaged is refused, and damage anywhere in a file
// gives an error or the rows, never a panic.
func TestDamagedShard(t *testing.T) {
	dir := t.TempDir()
	path := writeShards(t, dir, 4, 1, nil, "baseline", "intensive_coaching")[0]
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []int{0, 3, -2, -1} {
		if err := os.WriteFile(path, good, 0o644); err != nil {
			t.Fatal(err)
		}
		damage(t, path, c)
		_, err := merge(t, []string{path})
		var fe *draws.FileError
		if !errors.As(err, &fe) || fe.Path != path || fe.Shard != 1 || fe.Shards != 1 {
			t.Fatalf("column %d damaged: error %v (%T), want a *draws.FileError of %s, shard 1 of 1", c, err, err, path)
		}
		if msg := err.Error(); !strings.HasPrefix(msg, path+": ") || !strings.Contains(msg, "--shard 1/1") {
			t.Errorf("column %d damaged: message %q, want the file and --shard 1/1", c, msg)
		}
	}
	// The metadata, which Parquet's checksums do not cover: a scenario's
	// title changed.
	b := []byte(string(good))
	i := strings.Index(string(b), `"title":"`)
	if i < 0 {
		t.Fatal("no title in the shard's metadata")
	}
	b[i+len(`"title":"`)] ^= 0x01
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := draws.Open(path); err == nil || !strings.HasPrefix(err.Error(), path+": ") || !strings.Contains(err.Error(), "sha256") {
		t.Errorf("metadata damaged: error %v, want one naming the file and the sha256", err)
	}
	// A byte flipped every 97 bytes, one at a time: whatever parquet-go
	// makes of it, no panic.
	damaged := filepath.Join(dir, "damaged.parquet")
	for off := 0; off < len(good); off += 97 {
		b := []byte(string(good))
		b[off] ^= 0x55
		if err := os.WriteFile(damaged, b, 0o644); err != nil {
			t.Fatal(err)
		}
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("byte %d of %d flipped: panic %v", off, len(good), p)
				}
			}()
			readAll(damaged)
		}()
	}
}

// readAll opens path and reads its rows to the end or the first error.
func readAll(path string) error {
	r, err := draws.Open(path)
	if err != nil {
		return err
	}
	defer r.Close()
	var si model.ScenarioIteration
	params := make([]float64, len(r.Layout().Params))
	for {
		if _, err := r.ReadRow(&si, params); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
}
