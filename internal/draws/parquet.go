package draws

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"github.com/vwnw/vwnw/model"
)

// field and ordered give a Parquet group whose columns keep the order they
// are added in (parquet.Group sorts them by name), so that a researcher
// sees iteration and scenario first.
type field struct {
	parquet.Node
	name string
}

func (f field) Name() string { return f.name }

// Value is not used: rows are written as parquet.Row, not Go values.
func (f field) Value(base reflect.Value) reflect.Value { return base.FieldByName(f.name) }

type ordered struct {
	parquet.Group
	fields []parquet.Field
}

func (g ordered) Fields() []parquet.Field { return g.fields }

// schema returns the Parquet schema of l: iteration (int64), scenario
// (string), cohort_size (int64), every float column as an optional double
// (null where the value is NaN: a parameter the scenario does not have, an
// outcome no one defined), and in shard files occupancy and cashflow as
// repeated doubles.
func schema(l *Layout) (*parquet.Schema, []string, error) {
	names, err := l.names()
	if err != nil {
		return nil, nil, err
	}
	g := ordered{Group: parquet.Group{}}
	for _, n := range names {
		var node parquet.Node
		switch n {
		case colRun, colIteration, colCohortSize:
			node = parquet.Int(64)
		case colScenario:
			node = parquet.String()
		case colOccupancy, colCashflow, colFlow:
			node = parquet.Repeated(parquet.Leaf(parquet.DoubleType))
		default:
			node = parquet.Optional(parquet.Leaf(parquet.DoubleType))
		}
		g.Group[n] = node
		g.fields = append(g.fields, field{node, n})
	}
	return parquet.NewSchema("draws", g), names, nil
}

// parquetEncoder writes rows to a Parquet file.
type parquetEncoder struct {
	w    *parquet.GenericWriter[any]
	meta *Meta
	row  parquet.Row
	buf  []parquet.Row
}

func newParquetEncoder(out io.Writer, l *Layout, meta *Meta) (*parquetEncoder, error) {
	if _, err := l.check(); err != nil {
		return nil, err
	}
	s, names, err := schema(l)
	if err != nil {
		return nil, err
	}
	// Row groups of about 8 MiB of values.
	perRow := len(names)
	if l.Shard {
		perRow += l.Horizon * (model.NumStates + 2*model.NumStakeholders)
	}
	rows := max(64, (8<<20)/(16*perRow))
	w := parquet.NewGenericWriter[any](out, s,
		parquet.Compression(&zstd.Codec{}),
		parquet.MaxRowsPerRowGroup(int64(rows)),
		parquet.CreatedBy("vwnw", versionOf(meta), ""),
	)
	return &parquetEncoder{w: w, meta: meta, buf: make([]parquet.Row, 1)}, nil
}

func versionOf(meta *Meta) string {
	if meta != nil && meta.Results != nil {
		return meta.Results.Version
	}
	return ""
}

func (e *parquetEncoder) write(l *Layout, run, i int, scenario string, si *model.ScenarioIteration, params []float64, floats []floatCol, brief bool) error {
	r := e.row[:0]
	c := 0
	if l.Runs {
		r = append(r, parquet.Int64Value(int64(run)).Level(0, 0, c))
		c++
	}
	r = append(r, parquet.Int64Value(int64(i)).Level(0, 0, c))
	c++
	r = append(r, parquet.ByteArrayValue([]byte(scenario)).Level(0, 0, c))
	c++
	double := func(v float64) {
		if math.IsNaN(v) {
			r = append(r, parquet.NullValue().Level(0, 0, c))
		} else {
			r = append(r, parquet.DoubleValue(v).Level(0, 1, c))
		}
		c++
	}
	for _, v := range params {
		double(v)
	}
	r = append(r, parquet.Int64Value(int64(si.CohortSize)).Level(0, 0, c))
	c++
	for _, f := range floats {
		double(*f.at(si))
	}
	if l.Shard {
		lists := [][]float64{si.Occupancy, si.Cashflow, si.Flow}
		if brief {
			lists = [][]float64{nil, nil, nil}
		}
		for _, list := range lists {
			for j, v := range list {
				rep := 1
				if j == 0 {
					rep = 0
				}
				r = append(r, parquet.DoubleValue(v).Level(rep, 1, c))
			}
			if len(list) == 0 {
				r = append(r, parquet.NullValue().Level(0, 0, c))
			}
			c++
		}
	}
	e.row = r
	e.buf[0] = r
	_, err := e.w.WriteRows(e.buf)
	return err
}

func (e *parquetEncoder) close() error {
	if e.meta != nil {
		b, err := json.Marshal(e.meta)
		if err != nil {
			return err
		}
		e.w.SetKeyValueMetadata(metaKey, string(b))
		e.w.SetKeyValueMetadata(metaSumKey, metaSum(string(b)))
	}
	return e.w.Close()
}

// parquetDecoder reads rows of a Parquet file.
type parquetDecoder struct {
	r      *parquet.GenericReader[any]
	layout Layout
	meta   *Meta
	// kind[c] says what column c is; index[c] which parameter or float column.
	kind   []colKind
	index  []int
	floats []floatCol
	rows   []parquet.Row
}

type colKind uint8

const (
	kindIteration colKind = iota
	kindRun
	kindScenario
	kindParam
	kindCohortSize
	kindFloat
	kindOccupancy
	kindCashflow
	kindFlow
)

// metaSumKey is the key of the sha256 of Meta's JSON, which a file that
// vwnw wrote before it has not.
const metaSumKey = "vwnw.sha256"

// metaSum is the sha256 of Meta's JSON v, in hex.
func metaSum(v string) string {
	sum := sha256.Sum256([]byte(v))
	return hex.EncodeToString(sum[:])
}

// notParquet is the end of the message for a file that parquet-go cannot
// open.
const notParquet = "the file is damaged or not one that vwnw wrote: write it again (a shard: run that shard again)"

func newParquetDecoder(ra io.ReaderAt, size int64, name string) (d *parquetDecoder, err error) {
	// parquet-go panics on some damaged footers (a page index whose
	// offsets are out of range) instead of returning an error.
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, fmt.Errorf("%s: not a Parquet file of vwnw (%v); %s", name, p, notParquet)
		}
	}()
	// The page index and bloom filters serve searches; rows are read in
	// order.
	f, err := parquet.OpenFile(ra, size, parquet.SkipPageIndex(true), parquet.SkipBloomFilters(true))
	if err != nil {
		return nil, fmt.Errorf("%s: not a Parquet file of vwnw (%w); %s", name, err, notParquet)
	}
	d = &parquetDecoder{r: parquet.NewGenericReader[any](f), rows: make([]parquet.Row, 1)}
	if v, ok := f.Lookup(metaKey); ok {
		// Parquet's checksums cover the data pages, not the footer.
		if sum, ok := f.Lookup(metaSumKey); ok && sum != metaSum(v) {
			return nil, fmt.Errorf("%s: metadata %q does not match its sha256; %s", name, metaKey, notParquet)
		}
		var m Meta
		if err := json.Unmarshal([]byte(v), &m); err != nil {
			return nil, fmt.Errorf("%s: metadata %q: %w; %s", name, metaKey, err, notParquet)
		}
		if m.Format != FormatVersion {
			return nil, fmt.Errorf("%s: format %d, this vwnw reads format %d", name, m.Format, FormatVersion)
		}
		d.meta, d.layout = &m, m.Layout
	}
	cols := f.Schema().Columns()
	names := make([]string, len(cols))
	for i, p := range cols {
		if len(p) != 1 {
			return nil, fmt.Errorf("%s: nested column %v: not a file of vwnw", name, p)
		}
		names[i] = p[0]
	}
	if d.meta == nil {
		d.layout = layoutOf(names)
	}
	want, err := d.layout.names()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if !slices.Equal(names, want) {
		return nil, fmt.Errorf("%s: columns %v, want %v", name, names, want)
	}
	d.floats = floatCols(d.layout.Shard)
	d.kind, d.index = make([]colKind, len(names)), make([]int, len(names))
	kinds := map[string]colKind{colRun: kindRun, colIteration: kindIteration, colScenario: kindScenario,
		colCohortSize: kindCohortSize, colOccupancy: kindOccupancy, colCashflow: kindCashflow, colFlow: kindFlow}
	for j, p := range d.layout.Params {
		kinds[p], d.index[slices.Index(names, p)] = kindParam, j
	}
	for j, f := range d.floats {
		kinds[f.name], d.index[slices.Index(names, f.name)] = kindFloat, j
	}
	for c, n := range names {
		d.kind[c] = kinds[n]
	}
	return d, nil
}

// layoutOf infers the layout of a file without metadata from its columns:
// the parameters are the columns between scenario and cohort_size.
func layoutOf(names []string) Layout {
	var l Layout
	l.Runs = len(names) > 0 && names[0] == colRun
	first := slices.Index(names, colScenario) + 1
	if i := slices.Index(names, colCohortSize); first > 0 && i >= first {
		l.Params = slices.Clone(names[first:i])
	}
	l.Shard = slices.Contains(names, colOccupancy)
	return l
}

func (d *parquetDecoder) read(si *model.ScenarioIteration, params []float64) (run, iter int, scenario string, err error) {
	// parquet-go may panic on a damaged page rather than return an error.
	defer func() {
		if p := recover(); p != nil {
			run, iter, scenario, err = 0, 0, "", fmt.Errorf("damaged page: %v", p)
		}
	}()
	n, err := d.r.ReadRows(d.rows)
	if n == 0 {
		if err == nil || errors.Is(err, io.EOF) {
			return 0, 0, "", io.EOF
		}
		return 0, 0, "", err
	}
	si.Occupancy, si.Cashflow, si.Flow = si.Occupancy[:0], si.Cashflow[:0], si.Flow[:0]
	for _, v := range d.rows[0] {
		c := v.Column()
		f := math.NaN()
		if !v.IsNull() && (d.kind[c] == kindParam || d.kind[c] >= kindFloat) {
			f = v.Double()
		}
		switch d.kind[c] {
		case kindRun:
			run = int(v.Int64())
		case kindIteration:
			iter = int(v.Int64())
		case kindScenario:
			scenario = string(v.ByteArray())
		case kindParam:
			params[d.index[c]] = f
		case kindCohortSize:
			si.CohortSize = int(v.Int64())
		case kindFloat:
			*d.floats[d.index[c]].at(si) = f
		case kindOccupancy:
			if !v.IsNull() {
				si.Occupancy = append(si.Occupancy, f)
			}
		case kindCashflow:
			if !v.IsNull() {
				si.Cashflow = append(si.Cashflow, f)
			}
		case kindFlow:
			if !v.IsNull() {
				si.Flow = append(si.Flow, f)
			}
		}
	}
	return run, iter, scenario, nil
}

func (d *parquetDecoder) close() error { return d.r.Close() }
