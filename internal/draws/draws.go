package draws

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/vwnw/vwnw/internal/atomicfile"
	"github.com/vwnw/vwnw/internal/safeio"
	"github.com/vwnw/vwnw/model"
)

type encoder interface {
	write(l *Layout, run, i int, scenario string, si *model.ScenarioIteration, params []float64, floats []floatCol, brief bool) error
	close() error
}

type decoder interface {
	read(si *model.ScenarioIteration, params []float64) (run, iteration int, scenario string, err error)
	close() error
}

// Writer writes the rows of a run's iterations.
type Writer struct {
	layout Layout
	floats []floatCol
	enc    encoder
	// Meta, for a Parquet file, is written into its footer at Close; the
	// caller may change it until then (its ElapsedSeconds, say).
	Meta *Meta
	file *os.File
	path string
	// nan is a NaN for every parameter: the draws of a row without them.
	nan []float64
}

// Ext reports the format that path's extension asks for: "parquet" or
// "csv", or an error naming what is allowed.
func Ext(path string) (string, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".parquet":
		return "parquet", nil
	case ".csv":
		return "csv", nil
	}
	return "", fmt.Errorf("%s: want a file ending in .parquet or .csv", path)
}

// CheckPath checks path as the name of a file for Create to write, before
// a run that would write it: its extension asks for a format, and it does
// not exist or is a regular file (see atomicfile.CheckTarget).
func CheckPath(path string) error {
	if _, err := Ext(path); err != nil {
		return err
	}
	return atomicfile.CheckTarget(path)
}

// Create writes a file in the format of path's extension (.parquet or
// .csv), to a temporary name beside it that Close renames to path and Abort
// removes, so that a failed run leaves no partial file. A path that exists
// but is not a regular file (a directory, a named pipe, a symbolic link)
// is refused, see [CheckPath]. meta is written
// into a Parquet file's footer, with its Layout set to l and Format to
// FormatVersion; it may be nil.
func Create(path string, l Layout, meta *Meta) (*Writer, error) {
	format, err := Ext(path)
	if err != nil {
		return nil, err
	}
	// Close renames the file onto path: refuse to replace a directory, a
	// named pipe, a device or a symbolic link there.
	if err := atomicfile.CheckTarget(path); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return nil, err
	}
	if err := f.Chmod(0o644); err != nil { // CreateTemp makes files only the owner can read
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	var w *Writer
	if format == "csv" {
		w, err = NewCSV(f, l)
	} else {
		w, err = NewParquet(f, l, meta)
	}
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	w.file, w.path = f, path
	return w, nil
}

// NewParquet returns a Writer of Parquet to out.
func NewParquet(out io.Writer, l Layout, meta *Meta) (*Writer, error) {
	if meta != nil {
		meta.Layout, meta.Format = l, FormatVersion
	}
	enc, err := newParquetEncoder(out, &l, meta)
	if err != nil {
		return nil, err
	}
	return &Writer{layout: l, floats: floatCols(l.Shard), enc: enc, Meta: meta, nan: nans(len(l.Params))}, nil
}

// NewCSV returns a Writer of CSV to out. CSV files hold the researcher's
// columns only, without metadata.
func NewCSV(out io.Writer, l Layout) (*Writer, error) {
	enc, err := newCSVEncoder(out, &l)
	if err != nil {
		return nil, err
	}
	return &Writer{layout: l, floats: floatCols(false), enc: enc, nan: nans(len(l.Params))}, nil
}

func nans(n int) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = math.NaN()
	}
	return x
}

// Layout returns the Writer's layout.
func (w *Writer) Layout() Layout { return w.layout }

// Write writes the rows of iteration it, one per scenario of the layout;
// params[s] are scenario s's draws of Layout.Params, NaN where the scenario
// does not have the parameter (params nil: NaN for all).
func (w *Writer) Write(it *model.Iteration, params [][]float64) error {
	return w.WriteRun(0, it, params)
}

// WriteRun is Write for run number run of a file of several runs
// (Layout.Runs). A run may have fewer scenarios than the layout: the first
// len(it.Scenarios).
func (w *Writer) WriteRun(run int, it *model.Iteration, params [][]float64) error {
	return w.write(run, it, params, false)
}

// WriteBrief is WriteRun without parameter draws (null), occupancy or cash
// flows (empty): what a sensitivity analysis's runs need of an iteration.
func (w *Writer) WriteBrief(run int, it *model.Iteration) error {
	return w.write(run, it, nil, true)
}

func (w *Writer) write(run int, it *model.Iteration, params [][]float64, brief bool) error {
	S := len(it.Scenarios)
	if S > len(w.layout.Scenarios) || (S < len(w.layout.Scenarios) && !w.layout.Runs) {
		return fmt.Errorf("iteration %d has %d scenarios, the file %d", it.Index, S, len(w.layout.Scenarios))
	}
	for s := range it.Scenarios {
		p := w.nan
		if params != nil {
			p = params[s]
		}
		if len(p) != len(w.layout.Params) {
			return fmt.Errorf("iteration %d, scenario %s: %d parameter values for %d parameters", it.Index, w.layout.Scenarios[s], len(p), len(w.layout.Params))
		}
		if err := w.enc.write(&w.layout, run, it.Index, w.layout.Scenarios[s], &it.Scenarios[s], p, w.floats, brief); err != nil {
			return w.fail(err)
		}
	}
	return nil
}

func (w *Writer) fail(err error) error {
	if w.path != "" {
		return fmt.Errorf("writing %s: %w", w.path, err)
	}
	return err
}

// Close finishes the file and, for a Writer from Create, renames it to its
// path.
func (w *Writer) Close() error {
	err := w.enc.close()
	if w.file == nil {
		return err
	}
	if cerr := w.file.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(w.file.Name(), w.path)
	}
	if err != nil {
		os.Remove(w.file.Name())
		return w.fail(err)
	}
	w.file = nil
	return nil
}

// Abort discards a file from Create; it does nothing after Close.
func (w *Writer) Abort() {
	if w.file != nil {
		w.file.Close()
		os.Remove(w.file.Name())
		w.file = nil
	}
}

// FileError is the error for a file whose rows cannot be read — damaged
// data pages (a checksum that does not match, a page that does not
// decode), a value that does not parse — or are not those its metadata
// promises (a shard that ends early or holds other iterations). It is bad
// input, not a failure while running: the file is to be written again.
type FileError struct {
	// Path is the file.
	Path string
	// Shard and Shards are a shard file's K and N; 0 for other files.
	Shard, Shards int
	// Err says what is wrong.
	Err error
}

func (e *FileError) Error() string {
	if e.Shards == 0 {
		return fmt.Sprintf("%s: %v", e.Path, e.Err)
	}
	return fmt.Sprintf("%s: %v\nthe file is damaged or is not the shard that vwnw wrote: run shard %d of %d again (the same command with --shard %d/%d) and merge again",
		e.Path, e.Err, e.Shard, e.Shards, e.Shard, e.Shards)
}

// Unwrap returns Err.
func (e *FileError) Unwrap() error { return e.Err }

// bad returns a FileError of r's file.
func (r *Reader) bad(err error) error {
	e := &FileError{Path: r.name, Err: err}
	if r.meta != nil && r.meta.Shards > 0 {
		e.Shard, e.Shards = r.meta.Shard, r.meta.Shards
	}
	return e
}

// Reader reads the rows of a file that a Writer wrote.
type Reader struct {
	dec    decoder
	layout Layout
	meta   *Meta
	name   string
	file   *os.File
}

// Open opens a draws or shard file, Parquet or CSV after its extension.
func Open(path string) (*Reader, error) {
	format, err := Ext(path)
	if err != nil {
		return nil, err
	}
	// A named pipe or device would block the open or the reads for good:
	// only regular files are read, opened without blocking.
	f, err := safeio.Open(path)
	if errors.Is(err, safeio.ErrNotRegular) {
		return nil, fmt.Errorf("%w: give the draws or shard file itself", err)
	}
	if err != nil {
		return nil, err
	}
	r := &Reader{name: path, file: f}
	if format == "csv" {
		d, err := newCSVDecoder(f, path)
		if err != nil {
			f.Close()
			return nil, err
		}
		r.dec, r.layout = d, d.layout
		return r, nil
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	d, err := newParquetDecoder(f, info.Size(), path)
	if err != nil {
		f.Close()
		return nil, err
	}
	r.dec, r.layout, r.meta = d, d.layout, d.meta
	return r, nil
}

// Meta returns the metadata of a Parquet file, nil when it has none.
func (r *Reader) Meta() *Meta { return r.meta }

// Layout returns the file's layout. Its Scenarios are known only from
// the metadata of a Parquet file.
func (r *Reader) Layout() Layout { return r.layout }

// Row is where a row of a file belongs.
type Row struct {
	// Run numbers the runs of the engine in a file of several; 0 otherwise.
	Run       int
	Iteration int
	Scenario  string
}

// ReadRow reads the next row into si and params (which must have a value
// for each of Layout().Params) and returns where it belongs; at the end it
// returns io.EOF. A row that cannot be read gives a *FileError.
func (r *Reader) ReadRow(si *model.ScenarioIteration, params []float64) (Row, error) {
	if len(params) != len(r.layout.Params) {
		return Row{}, fmt.Errorf("%s: %d parameter values for %d parameters", r.name, len(params), len(r.layout.Params))
	}
	var row Row
	var err error
	row.Run, row.Iteration, row.Scenario, err = r.dec.read(si, params)
	if err != nil && !errors.Is(err, io.EOF) {
		err = r.bad(err)
	}
	return row, err
}

// ReadIteration reads the next iteration of a file of one run: one row per
// scenario of the layout, in its order, into it (whose Scenarios it sizes)
// and params (params[s] for scenario s, sized here too, and returned). It
// checks that the rows are of one iteration and of the layout's scenarios
// in order (a *FileError when not); at the end it returns io.EOF.
func (r *Reader) ReadIteration(it *model.Iteration, params [][]float64) ([][]float64, error) {
	S := len(r.layout.Scenarios)
	if S == 0 {
		return params, fmt.Errorf("%s: the file does not say its scenarios", r.name)
	}
	if len(it.Scenarios) != S {
		it.Scenarios = make([]model.ScenarioIteration, S)
	}
	for len(params) < S {
		params = append(params, make([]float64, len(r.layout.Params)))
	}
	for s := range S {
		row, err := r.ReadRow(&it.Scenarios[s], params[s])
		switch {
		case errors.Is(err, io.EOF) && s > 0:
			return params, r.bad(fmt.Errorf("iteration %d ends after %d of %d scenarios", it.Index, s, S))
		case err != nil:
			return params, err
		case s == 0:
			it.Index = row.Iteration
		case row.Iteration != it.Index:
			return params, r.bad(fmt.Errorf("iteration %d ends after %d of %d scenarios (then iteration %d)", it.Index, s, S, row.Iteration))
		}
		if row.Scenario != r.layout.Scenarios[s] {
			return params, r.bad(fmt.Errorf("iteration %d: scenario %s where %s was due", row.Iteration, safeio.Quote(row.Scenario), safeio.Quote(r.layout.Scenarios[s])))
		}
	}
	return params, nil
}

// Close closes the file.
func (r *Reader) Close() error {
	err := r.dec.close()
	if cerr := r.file.Close(); err == nil {
		err = cerr
	}
	return err
}
