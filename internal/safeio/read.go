package safeio

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"strconv"
)

// Size limits of the files vwnw reads, in bytes.
const (
	// MaxScenario limits a scenario file and every file it extends.
	MaxScenario = 1 << 20 // 1 MiB
	// MaxObservation limits an observation file (observed outcomes).
	MaxObservation = 1 << 20 // 1 MiB
	// MaxCohort limits a cohort CSV file: a million rows of about 50
	// bytes, the largest cohort the model runs, fit.
	MaxCohort = 64 << 20 // 64 MiB
	// MaxResults limits a results.json read by report: a run of 64
	// scenarios over 600 months is about 10 MB.
	MaxResults = 64 << 20 // 64 MiB
)

// ErrNotRegular is wrapped by the error for a path that is not a regular
// file (a directory, FIFO, socket or device).
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge is wrapped by the error for a file over its size limit.
var ErrTooLarge = errors.New("larger than vwnw reads")

// ReadFile reads the regular file at path, refusing anything else and any
// file larger than limit bytes. Its errors begin with path and say what is
// wrong; a missing file's error wraps fs.ErrNotExist.
func ReadFile(path string, limit int64) ([]byte, error) {
	f, err := open(path, limit)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(path, int64(len(data)), limit)
	}
	return data, nil
}

// Open opens the regular file at path for reading, refusing anything else
// as ReadFile does — before opening, and again on what was opened, which
// is opened without blocking — but with no size limit: it is for files
// read piece by piece (draws and shard files). Its errors begin with path
// and say what is wrong; a missing file's error wraps fs.ErrNotExist.
func Open(path string) (*os.File, error) {
	return open(path, math.MaxInt64)
}

// open opens the regular file at path of at most limit bytes.
func open(path string, limit int64) (*os.File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, statError(path, err)
	}
	if err := check(path, info, limit); err != nil {
		return nil, err
	}
	f, err := openNonblocking(path)
	if err != nil {
		return nil, statError(path, err)
	}
	// The path may have been replaced since Stat: check what was opened.
	if info, err = f.Stat(); err == nil {
		err = check(path, info, limit)
	} else {
		err = fmt.Errorf("%s: %w", path, err)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func statError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such file: %w", path, fs.ErrNotExist)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%s: permission denied: %w", path, fs.ErrPermission)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	return fmt.Errorf("%s: %w", path, err)
}

// check refuses what is not a regular file of at most limit bytes.
func check(path string, info fs.FileInfo, limit int64) error {
	m := info.Mode()
	if !m.IsRegular() {
		return fmt.Errorf("%s: is %s, %w", path, Describe(m), ErrNotRegular)
	}
	if info.Size() > limit {
		return tooLarge(path, info.Size(), limit)
	}
	return nil
}

func tooLarge(path string, size, limit int64) error {
	return fmt.Errorf("%s: is %s, %w (at most %s)", path, Bytes(size), ErrTooLarge, Bytes(limit))
}

// Describe says what kind of file m is, for a message: "a directory", "a
// named pipe (FIFO)", "a symbolic link" (of an os.Lstat), "a socket", "a
// character device", ….
func Describe(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeIrregular != 0:
		return "an irregular file"
	}
	return "not a plain file (" + m.String() + ")"
}

// Bytes formats a size in bytes for messages: "1 MiB", "512 KiB", "37 bytes".
func Bytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// QuoteLen is how many characters of an input's text [Quote] shows.
const QuoteLen = 32

// Quote returns s as a Go-quoted string — control, bidi and other
// invisible characters escaped — cut to its first QuoteLen characters with
// "…" after the quote when longer, so that a message never shows more
// than a short piece of an unknown file, nor a character that changes how
// a terminal shows the rest.
func Quote(s string) string {
	n := 0
	for i := range s {
		if n == QuoteLen {
			return strconv.Quote(s[:i]) + "…"
		}
		n++
	}
	return strconv.Quote(s)
}
