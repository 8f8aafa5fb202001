//go:build unix

package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"
)

// vwnwWithin is vwnw that fails the test, rather than hanging, when the
// command has not finished after 20 seconds.
func vwnwWithin(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	type result struct {
		out, errs string
		code      int
	}
	done := make(chan result, 1)
	go func() {
		out, errs, code := vwnw(t, args...)
		done <- result{out, errs, code}
	}()
	select {
	case r := <-done:
		return r.out, r.errs, r.code
	case <-time.After(20 * time.Second):
		t.Fatalf("vwnw %s: still running after 20 s", strings.Join(args, " "))
	}
	return "", "", 0
}

// damageShard flips a byte near the end of the last column's chunk of the
// shard at path: in the body of a data page, under its checksum.
func damageShard(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := parquet.OpenFile(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	cols := f.Metadata().RowGroups[0].Columns
	m := cols[len(cols)-1].MetaData
	data[m.DataPageOffset+m.TotalCompressedSize-3] ^= 0x55
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestMergeBadFiles: what merge and --draws are given that is not a
// regular file — a named pipe without a writer, a directory, a symbolic
// link as --draws — and a shard with damaged data pages are bad input:
// exit 2 at once, a message naming the file, and the path left as it was.
func TestMergeBadFiles(t *testing.T) {
	dir := t.TempDir()
	shards := filepath.Join(dir, "shards")
	if _, stderr, code := vwnw(t, "compare", "intensive_coaching", "--iterations", "4", "--horizon", "12", "--shard", "1/1", "--out", shards); code != 0 {
		t.Fatal(stderr)
	}
	shard := filepath.Join(shards, "shard-1-of-1.parquet")
	damaged := filepath.Join(dir, "damaged.parquet")
	data, err := os.ReadFile(shard)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(damaged, data, 0o644); err != nil {
		t.Fatal(err)
	}
	damageShard(t, damaged)
	// A shard of a sensitivity analysis, damaged: its rows are read by the
	// analysis's runs.
	sensShards := filepath.Join(dir, "sens")
	if _, stderr, code := vwnw(t, "sensitivity", "intensive_coaching", "--method", "tornado", "--iterations", "4", "--horizon", "12",
		"--param", "interventions.coaching.job_finding_hr", "--shard", "1/1", "--out", sensShards); code != 0 {
		t.Fatal(stderr)
	}
	sensDamaged := filepath.Join(sensShards, "shard-1-of-1.parquet")
	damageShard(t, sensDamaged)
	fifoCSV, fifoParquet := filepath.Join(dir, "fifo.csv"), filepath.Join(dir, "fifo.parquet")
	for _, p := range []string{fifoCSV, fifoParquet} {
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	folder := filepath.Join(dir, "folder.parquet")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "target.csv")
	if err := os.WriteFile(target, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.csv")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	run := []string{"run", "intensive_coaching", "--iterations", "3", "--horizon", "12"}
	for _, tt := range []struct {
		name string
		args []string
		want []string
	}{
		{"fifo csv", []string{"merge", fifoCSV, "--out", out}, []string{fifoCSV, "named pipe", "not a regular file"}},
		{"fifo shard", []string{"merge", shard, fifoParquet, "--out", out}, []string{fifoParquet, "named pipe"}},
		{"directory shard", []string{"merge", folder, "--out", out}, []string{folder, "is a directory"}},
		{"damaged shard", []string{"merge", damaged, "--out", out}, []string{damaged, "checksum", "--shard 1/1"}},
		{"damaged sensitivity shard", []string{"merge", sensDamaged, "--out", out}, []string{sensDamaged, "checksum", "--shard 1/1"}},
		{"merge draws fifo", []string{"merge", shard, "--out", out, "--draws", fifoCSV}, []string{"--draws " + fifoCSV, "named pipe", "remove it or choose another name"}},
		{"merge draws link", []string{"merge", shard, "--out", out, "--draws", link}, []string{"--draws " + link, "symbolic link"}},
		{"run draws fifo", append(run, "--draws", fifoCSV), []string{"--draws " + fifoCSV, "named pipe"}},
		{"run draws link", append(run, "--draws", link), []string{"--draws " + link, "symbolic link"}},
		{"run draws directory", append(run, "--draws", folder), []string{"--draws " + folder, "is a directory"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := vwnwWithin(t, tt.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2; stderr %q", code, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr %q, want %q", stderr, w)
				}
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
		})
	}
	for p, mode := range map[string]fs.FileMode{fifoCSV: fs.ModeNamedPipe, fifoParquet: fs.ModeNamedPipe, link: fs.ModeSymlink, folder: fs.ModeDir} {
		if info, err := os.Lstat(p); err != nil || info.Mode().Type() != mode {
			t.Errorf("%s afterwards: %v, %v; want it untouched", p, info, err)
		}
	}
	if got, _ := os.ReadFile(target); string(got) != "keep" {
		t.Errorf("the link's target holds %q, want it untouched", got)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("%s written after bad input", out)
	}
}
