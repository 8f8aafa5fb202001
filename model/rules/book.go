package rules

import (
	"fmt"
	"slices"
)

// LastYear is the last calendar year a Book answers for. Years after the
// last table are carried forward (see For) up to this year.
const LastYear = 2100

// Year is the rules in force in one calendar year, with the derived figures
// the tax functions need precomputed. Its methods allocate nothing and are
// safe for concurrent use; a *Year must not be modified.
type Year struct {
	// Params are the figures in force, in nominal euros of PriceYear.
	Params
	// Calendar is the calendar year asked for.
	Calendar int
	// CarriedForward reports that Calendar has no table of its own: the
	// figures are those of table year From, with euro amounts indexed by
	// the CPI from From to PriceYear.
	CarriedForward bool
	// From is the table year the figures come from (Calendar itself when
	// not carried forward).
	From int
	// PriceYear is the year whose euros the amounts are in: Calendar, or
	// for a carried year the last year up to Calendar with a CPI figure.
	PriceYear int

	labourBase [3]float64 // arbeidskorting at kink 0 (0), 1, 2
	labourMax  float64    // arbeidskorting at kink 3
	box1Base   [2]float64 // box 1 tax at the bracket limits
}

// Book is a complete set of rules: the yearly tables, the AOW ages and the
// CPI. Build one with Default or NewBook; a Book is safe for concurrent
// reading, but Set must not run concurrently with other methods.
type Book struct {
	tables []Params
	aow    []AOWAge
	cpi    []CPIPoint
	years  []Year // Calendar = first table year + index, up to LastYear
}

var std = mustDefault()

func mustDefault() *Book {
	b, err := NewBook(tables, aowAges, cpi)
	if err != nil {
		panic("rules: default tables are invalid: " + err.Error())
	}
	return b
}

// Default returns a new Book with the package's tables, which the caller may
// change with Set without affecting For and the other package-level calls.
func Default() *Book {
	b, _ := NewBook(tables, aowAges, cpi)
	return b
}

// Tables returns a copy of the package's yearly tables, for a caller who
// wants to build its own Book.
func Tables() []Params { return slices.Clone(tables) }

// AOWAges returns a copy of the package's AOW-age table.
func AOWAges() []AOWAge { return slices.Clone(aowAges) }

// CPI returns a copy of the package's consumer price index table.
func CPI() []CPIPoint { return slices.Clone(cpi) }

// NewBook builds a Book from yearly tables (consecutive years, in order), AOW
// ages by year of reaching it (consecutive years) and the CPI (consecutive
// years). It reports the first invalid figure.
func NewBook(tables []Params, aow []AOWAge, cpi []CPIPoint) (*Book, error) {
	if len(tables) == 0 || len(aow) == 0 || len(cpi) == 0 {
		return nil, fmt.Errorf("rules: a book needs at least one table, AOW age and CPI figure")
	}
	for i := range tables {
		if tables[i].Year != tables[0].Year+i {
			return nil, fmt.Errorf("rules: table %d is for %d, want %d (consecutive years)", i, tables[i].Year, tables[0].Year+i)
		}
		if err := tables[i].validate(); err != nil {
			return nil, err
		}
	}
	for i, a := range aow {
		if a.Year != aow[0].Year+i || a.Months < 60*12 || a.Months > 75*12 {
			return nil, fmt.Errorf("rules.%d.%s: %d months not allowed (consecutive years, 720 to 900 months)", a.Year, AOWKey, a.Months)
		}
	}
	for i, c := range cpi {
		if c.Year != cpi[0].Year+i || !(c.Index > 0) {
			return nil, fmt.Errorf("rules: CPI for %d: %v not allowed (consecutive years, index > 0)", c.Year, c.Index)
		}
	}
	b := &Book{tables: slices.Clone(tables), aow: slices.Clone(aow), cpi: slices.Clone(cpi)}
	b.build()
	return b, nil
}

// build precomputes every Year from the first table year to LastYear.
func (b *Book) build() {
	first := b.tables[0].Year
	last := b.tables[len(b.tables)-1]
	b.years = make([]Year, LastYear-first+1)
	for i := range b.years {
		cal := first + i
		y := &b.years[i]
		if cal <= last.Year {
			*y = Year{Params: b.tables[i], Calendar: cal, From: cal, PriceYear: cal}
		} else {
			py, factor := last.Year, 1.0
			if _, lastCPI := b.CPIYears(); lastCPI > last.Year {
				if f, err := b.CPIFactor(last.Year, min(cal, lastCPI)); err == nil {
					py, factor = min(cal, lastCPI), f
				}
			}
			*y = Year{Params: last.scaled(cal, factor), Calendar: cal, CarriedForward: true, From: last.Year, PriceYear: py}
		}
		y.derive()
	}
}

// derive fills the precomputed figures.
func (y *Year) derive() {
	var base float64
	prev := 0.0
	for k := range 3 {
		y.labourBase[k] = base
		base += y.LabourRate[k] * (y.LabourKink[k] - prev)
		prev = y.LabourKink[k]
	}
	y.labourMax = base
	y.box1Base[0] = y.Box1Rate[0] * y.Box1Limit[0]
	y.box1Base[1] = y.box1Base[0] + y.Box1Rate[1]*(y.Box1Limit[1]-y.Box1Limit[0])
}

// For returns the rules in force in calendar year year from the package's
// tables. Years after the last table are carried forward in real terms (see
// Year.CarriedForward); years before the first table are an error.
func For(year int) (*Year, error) { return std.For(year) }

// For returns the rules in force in calendar year year.
func (b *Book) For(year int) (*Year, error) {
	first, last := b.TableYears()
	if year < first || year > LastYear {
		return nil, fmt.Errorf("no Dutch rules for %d: allowed %d to %d (tables %d–%d, later years carried forward)",
			year, first, LastYear, first, last)
	}
	return &b.years[year-first], nil
}

// TableYears returns the first and last year with a table of its own.
func (b *Book) TableYears() (first, last int) {
	return b.tables[0].Year, b.tables[len(b.tables)-1].Year
}

// Set overrides one figure: key is a Params key (see Keys) for a table year,
// or AOWKey for a year of the AOW table. The carried-forward years are
// rebuilt. The error names the key, the year and what is allowed.
func (b *Book) Set(year int, key string, v float64) error {
	if key == AOWKey {
		first, last := b.aow[0].Year, b.aow[len(b.aow)-1].Year
		if year < first || year > last {
			return fmt.Errorf("rules.%d.%s: no AOW age for %d; allowed years %d to %d", year, key, year, first, last)
		}
		if v != float64(int(v)) || v < 60*12 || v > 75*12 {
			return fmt.Errorf("rules.%d.%s: %v not allowed (whole months from 720 to 900)", year, key, v)
		}
		b.aow[year-first].Months = int(v)
		b.aow[year-first].Estimated = false
		return nil
	}
	first, last := b.TableYears()
	if year < first || year > last {
		return fmt.Errorf("rules.%d.%s: no table for %d; allowed years %d to %d", year, key, year, first, last)
	}
	p := b.tables[year-first]
	if err := SetParam(&p, key, v); err != nil {
		return err
	}
	if err := p.validate(); err != nil {
		return err
	}
	b.tables[year-first] = p
	b.build()
	return nil
}

// Get returns one figure as Set takes it.
func (b *Book) Get(year int, key string) (float64, error) {
	if key == AOWKey {
		first := b.aow[0].Year
		if year < first || year > b.aow[len(b.aow)-1].Year {
			return 0, fmt.Errorf("rules.%d.%s: no AOW age for %d; allowed years %d to %d", year, key, year, first, b.aow[len(b.aow)-1].Year)
		}
		return float64(b.aow[year-first].Months), nil
	}
	first, last := b.TableYears()
	if year < first || year > last {
		return 0, fmt.Errorf("rules.%d.%s: no table for %d; allowed years %d to %d", year, key, year, first, last)
	}
	return GetParam(&b.tables[year-first], key)
}
