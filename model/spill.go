package model

import (
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"slices"
)

// chunkLen is the number of samples in a chunk of a column: 8,192 float64s
// (64 KiB), so a spilling run holds at most one partly filled chunk per
// column in memory.
const chunkLen = 8192

// firstTail is the least room a column's unfilled chunk starts with.
const firstTail = 64

// columns stores columns of float64 samples, each appended to in order and
// read back whole. Full chunks stay in memory while the memory they take is
// within the budget; past it they are written to a temporary file, so that
// memory is the budget plus one chunk per column however many samples
// come. A column is read back by its chunks, in order, wherever each is.
type columns struct {
	budget int64
	dir    string
	// chunk is the number of samples in a chunk, chunkLen but in tests;
	// expect the number of samples a column is expected to take.
	chunk   int
	expect  int
	spilled bool
	held    int64 // bytes of full chunks in memory
	cols    []column
	file    *os.File
	path    string
	off     int64
	bytes   []byte // encoding buffer of one chunk
}

type column struct {
	chunks []chunk
	tail   []float64
	n      int
}

// chunk is a full chunk: in memory (data) or at off in the spill file.
type chunk struct {
	data []float64
	off  int64
}

// newColumns returns n columns, each expected to take expect samples,
// that spill past budget bytes to a temporary file in dir.
func newColumns(n int, budget int64, dir string, expect int) *columns {
	return &columns{budget: budget, dir: dir, chunk: chunkLen, expect: expect, cols: make([]column, n)}
}

// add appends v to column c.
func (cs *columns) add(c int, v float64) error {
	col := &cs.cols[c]
	if len(col.tail) == cap(col.tail) {
		// Room for the samples expected (a run of few iterations takes no
		// whole chunk per column), doubled if more come, up to a chunk.
		room := min(max(2*cap(col.tail), cs.expect, firstTail), cs.chunk)
		if col.n >= cs.chunk {
			room = cs.chunk
		}
		col.tail = append(make([]float64, 0, room), col.tail...)
	}
	col.tail = append(col.tail, v)
	col.n++
	if len(col.tail) < cs.chunk {
		return nil
	}
	size := int64(cs.chunk) * 8
	if cs.file == nil && cs.held+size <= cs.budget {
		col.chunks = append(col.chunks, chunk{data: col.tail, off: -1})
		cs.held += size
		col.tail = nil
		return nil
	}
	off, err := cs.spill(col.tail)
	if err != nil {
		return err
	}
	col.chunks = append(col.chunks, chunk{off: off})
	col.tail = col.tail[:0]
	return nil
}

// spill writes a full chunk to the spill file, creating it first, and
// returns its offset.
func (cs *columns) spill(x []float64) (int64, error) {
	if cs.file == nil {
		f, err := os.CreateTemp(cs.dir, "vwnw-samples-*.bin")
		if err != nil {
			return 0, fmt.Errorf("spilling samples past the memory budget: %w", err)
		}
		cs.file, cs.path, cs.spilled = f, f.Name(), true
		// Where the system allows it, the name goes at once, so that not even
		// a killed process leaves the file behind; elsewhere close removes it.
		if os.Remove(cs.path) == nil {
			cs.path = ""
		}
		cs.bytes = make([]byte, cs.chunk*8)
	}
	for i, v := range x {
		binary.LittleEndian.PutUint64(cs.bytes[8*i:], math.Float64bits(v))
	}
	off := cs.off
	if _, err := cs.file.WriteAt(cs.bytes[:8*len(x)], off); err != nil {
		return 0, fmt.Errorf("spilling samples: %w", err)
	}
	cs.off += int64(8 * len(x))
	return off, nil
}

// read appends column c to dst, in the order it was added.
func (cs *columns) read(c int, dst []float64) ([]float64, error) {
	col := &cs.cols[c]
	dst = slices.Grow(dst[:0], col.n)
	for _, ch := range col.chunks {
		if ch.off < 0 {
			dst = append(dst, ch.data...)
			continue
		}
		if _, err := cs.file.ReadAt(cs.bytes, ch.off); err != nil {
			return nil, fmt.Errorf("reading spilled samples: %w", err)
		}
		for i := range cs.chunk {
			dst = append(dst, math.Float64frombits(binary.LittleEndian.Uint64(cs.bytes[8*i:])))
		}
	}
	return append(dst, col.tail...), nil
}

// close removes the spill file.
func (cs *columns) close() error {
	if cs.file == nil {
		return nil
	}
	err := cs.file.Close()
	if cs.path != "" {
		if rerr := os.Remove(cs.path); err == nil {
			err = rerr
		}
	}
	cs.file, cs.path = nil, ""
	return err
}
