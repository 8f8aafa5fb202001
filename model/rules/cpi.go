package rules

import "fmt"

// CPIYears returns the first and last year with a CPI figure.
func (b *Book) CPIYears() (first, last int) {
	return b.cpi[0].Year, b.cpi[len(b.cpi)-1].Year
}

// CPIIndex returns the CPI of year (2021 = 100) and whether it is an
// estimate, or an error naming the allowed years.
func (b *Book) CPIIndex(year int) (index float64, estimated bool, err error) {
	first, last := b.CPIYears()
	if year < first || year > last {
		return 0, false, fmt.Errorf("no CPI figure for %d: allowed %d to %d", year, first, last)
	}
	c := b.cpi[year-first]
	return c.Index, c.Estimated, nil
}

// CPIFactor returns the factor that converts euros of year from into euros
// of year to: CPI(to) / CPI(from).
func (b *Book) CPIFactor(from, to int) (float64, error) {
	f, _, err := b.CPIIndex(from)
	if err != nil {
		return 0, err
	}
	t, _, err := b.CPIIndex(to)
	if err != nil {
		return 0, err
	}
	return t / f, nil
}

// Convert converts amount from euros of year from into euros of year to.
func (b *Book) Convert(amount float64, from, to int) (float64, error) {
	f, err := b.CPIFactor(from, to)
	if err != nil {
		return 0, err
	}
	return amount * f, nil
}

// Convert converts amount from euros of year from into euros of year to with
// the package's CPI table (CBS). A year without a CPI figure is an error that
// lists the allowed years.
func Convert(amount float64, from, to int) (float64, error) { return std.Convert(amount, from, to) }

// CPIFactor is Book.CPIFactor on the package's tables.
func CPIFactor(from, to int) (float64, error) { return std.CPIFactor(from, to) }
