package draws

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/vwnw/vwnw/model"
)

// csvEncoder writes rows as CSV with a header: comma-separated, numbers
// with a decimal point in the shortest form that reads back exactly, an
// empty field where the value is NaN. Shard files are Parquet only.
type csvEncoder struct {
	w      *csv.Writer
	record []string
}

func newCSVEncoder(out io.Writer, l *Layout) (*csvEncoder, error) {
	if l.Shard || l.Runs {
		return nil, fmt.Errorf("shard files are Parquet (.parquet), not CSV")
	}
	names, err := l.check()
	if err != nil {
		return nil, err
	}
	e := &csvEncoder{w: csv.NewWriter(out)}
	return e, e.w.Write(names)
}

func formatFloat(v float64) string {
	if math.IsNaN(v) {
		return ""
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

func (e *csvEncoder) write(_ *Layout, _, i int, scenario string, si *model.ScenarioIteration, params []float64, floats []floatCol, _ bool) error {
	r := append(e.record[:0], strconv.Itoa(i), scenario)
	for _, v := range params {
		r = append(r, formatFloat(v))
	}
	r = append(r, strconv.Itoa(si.CohortSize))
	for _, f := range floats {
		r = append(r, formatFloat(*f.at(si)))
	}
	e.record = r
	return e.w.Write(r)
}

func (e *csvEncoder) close() error {
	e.w.Flush()
	return e.w.Error()
}

// csvDecoder reads the CSV that csvEncoder writes.
type csvDecoder struct {
	r      *csv.Reader
	name   string
	layout Layout
	floats []floatCol
}

func newCSVDecoder(in io.Reader, name string) (*csvDecoder, error) {
	r := csv.NewReader(in)
	r.ReuseRecord = true
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: header: %w", name, err)
	}
	names := append([]string(nil), head...)
	d := &csvDecoder{r: r, name: name, layout: layoutOf(names)}
	if d.layout.Shard || d.layout.Runs {
		return nil, fmt.Errorf("%s: a CSV file cannot be a shard", name)
	}
	want, err := d.layout.names()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if fmt.Sprint(names) != fmt.Sprint(want) {
		return nil, fmt.Errorf("%s: columns %v, want %v", name, names, want)
	}
	d.floats = floatCols(false)
	return d, nil
}

func (d *csvDecoder) read(si *model.ScenarioIteration, params []float64) (int, int, string, error) {
	rec, err := d.r.Read()
	if err != nil {
		return 0, 0, "", err
	}
	line, _ := d.r.FieldPos(0)
	bad := func(col int, err error) error {
		return fmt.Errorf("line %d, column %d: %w", line, col+1, err)
	}
	iter, err := strconv.Atoi(rec[0])
	if err != nil {
		return 0, 0, "", bad(0, err)
	}
	scenario := rec[1]
	parse := func(c int) (float64, error) {
		if rec[c] == "" {
			return math.NaN(), nil
		}
		v, err := strconv.ParseFloat(rec[c], 64)
		if err != nil {
			return 0, bad(c, err)
		}
		return v, nil
	}
	c := 2
	for j := range params {
		if params[j], err = parse(c); err != nil {
			return 0, 0, "", err
		}
		c++
	}
	if si.CohortSize, err = strconv.Atoi(rec[c]); err != nil {
		return 0, 0, "", bad(c, err)
	}
	c++
	for _, f := range d.floats {
		if *f.at(si), err = parse(c); err != nil {
			return 0, 0, "", err
		}
		c++
	}
	return 0, iter, scenario, nil
}

func (d *csvDecoder) close() error { return nil }
