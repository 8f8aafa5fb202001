package workbook

import (
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/vwnw/vwnw/model"
)

// occupancy writes the mean share of the cohort in each state per month,
// one block of state columns per scenario (the baseline too).
func (b *book) occupancy(s *sheet) {
	t := b.t
	months := 0
	for i := range b.r.Scenarios {
		for k := range model.NumStates {
			months = max(months, len(*b.r.Scenarios[i].Occupancy.At(model.State(k))))
		}
	}
	// Row 1: the scenarios, each over its states; row 2: the states.
	s.styled(1, t.Month, s.st.head)
	for i := range b.r.Scenarios {
		first := 2 + i*model.NumStates
		s.styled(first, b.r.Scenarios[i].Name, s.st.head)
		for k := 1; k < model.NumStates; k++ {
			s.style(first+k, s.st.head)
		}
		b.merge(s, first, first+model.NumStates-1)
	}
	s.next()
	cols := []column{{"", 9}}
	for range b.r.Scenarios {
		for k := range model.NumStates {
			cols = append(cols, column{t.state(k), wShare})
		}
	}
	s.header(cols)
	if s.err == nil {
		s.err = s.f.MergeCell(s.name, "A1", "A2")
	}
	s.freeze(2, 1)
	for m := range months {
		s.int(1, int64(m), s.st.general)
		for i := range b.r.Scenarios {
			occ := &b.r.Scenarios[i].Occupancy
			for k := range model.NumStates {
				if v := *occ.At(model.State(k)); m < len(v) {
					s.num(2+i*model.NumStates+k, v[m], s.st.pct1)
				}
			}
		}
		s.next()
	}
}

// merge merges the cells of columns from to to in the current row.
func (b *book) merge(s *sheet, from, to int) {
	if s.err != nil {
		return
	}
	a, _ := excelize.CoordinatesToCellName(from, s.row)
	z, _ := excelize.CoordinatesToCellName(to, s.row)
	s.err = s.f.MergeCell(s.name, a, z)
}

// assumptions writes the rows the caller gave: key, label, value or
// distribution, and source.
func (b *book) assumptions(s *sheet) {
	t := b.t
	if len(b.opt.Assumptions) == 0 {
		s.header([]column{{t.NoAssumptions, wText}})
		s.freeze(1, 0)
		return
	}
	cols := []column{
		{t.Scenario, wName}, {t.Key, 40}, {t.Label, wTitle}, {t.Value, wAmount},
		{t.Distribution, 40}, {t.Source, wText},
	}
	s.header(cols)
	s.freeze(1, 0)
	for _, a := range b.opt.Assumptions {
		s.str(1, a.Scenario)
		s.str(2, a.Key)
		s.str(3, a.Label)
		s.value(4, a.Value)
		s.str(5, a.Distribution)
		s.str(6, a.Source)
		s.next()
	}
	s.filter(1, len(cols))
}

// provenance is how the run was asked for: what the caller gave, else
// what the results record (Results.Run).
type provenance struct {
	Provenance
	cohortFiles []model.CohortFile // distinct files, in the order of the scenarios
}

func (b *book) provenance() *provenance {
	p, ru := &provenance{Provenance: b.opt.Provenance}, &b.r.Run
	if p.Command == "" {
		p.Command = ru.Command
	}
	if len(p.Overrides) == 0 {
		p.Overrides = ru.Overrides
	}
	if p.CohortSize == 0 {
		p.CohortSize = ru.CohortSize
	}
	for _, c := range ru.CohortFiles {
		if !slices.ContainsFunc(p.cohortFiles, func(d model.CohortFile) bool { return d.File == c.File && d.SHA256 == c.SHA256 }) {
			p.cohortFiles = append(p.cohortFiles, c)
		}
	}
	if p.CohortFileSHA256 != "" && !slices.ContainsFunc(p.cohortFiles, func(d model.CohortFile) bool { return d.SHA256 == p.CohortFileSHA256 }) {
		p.cohortFiles = append(p.cohortFiles, model.CohortFile{SHA256: p.CohortFileSHA256})
	}
	return p
}

// about writes what the run was: tool, version, settings, how it was
// called, and the hash of every scenario's inputs. The workers and the
// elapsed time are left out: they do not change the results, and leaving
// them out keeps the workbook of a run the same whatever --workers.
func (b *book) about(s *sheet) {
	t := b.t
	r, ru, p := b.r, b.r.Run, b.provenance()
	s.header([]column{{t.Property, 34}, {t.Value, wTitle}})
	s.freeze(1, 0)
	pair := func(label string, write func()) {
		s.str(1, label)
		write()
		s.next()
	}
	pair(t.Tool, func() { s.str(2, r.Tool) })
	pair(t.Version, func() { s.str(2, r.Version) })
	// A seed can exceed 2^53, which a spreadsheet number cannot hold
	// exactly: it is text.
	pair(t.Seed, func() { s.str(2, strconv.FormatUint(ru.Seed, 10)) })
	pair(t.Iterations, func() { s.int(2, int64(ru.Iterations), s.st.count) })
	pair(t.Horizon, func() { s.int(2, int64(ru.HorizonMonths), s.st.count) })
	pair(t.DiscountRate, func() { s.num(2, ru.DiscountRate, s.st.pct2) })
	pair(t.PriceYear, func() { s.int(2, int64(ru.PriceYear), s.st.year) })
	pair(t.Baseline, func() { s.str(2, r.Baseline) })
	pair(t.PersonMonths, func() { s.int(2, ru.PersonMonths, s.st.count) })
	pair(t.Command, func() { s.str(2, p.Command) })
	overrides := t.NoOverrides
	if len(p.Overrides) > 0 {
		overrides = strings.Join(p.Overrides, "\n")
	}
	pair(t.Overrides, func() { s.styled(2, overrides, s.st.wrap) })
	if p.CohortSize > 0 {
		pair(t.CohortSizeFlag, func() { s.int(2, int64(p.CohortSize), s.st.count) })
	}
	for _, c := range p.cohortFiles {
		if c.File != "" {
			pair(t.CohortFileName, func() { s.str(2, c.File) })
		}
		pair(t.CohortFile, func() { s.str(2, c.SHA256) })
	}
	s.next()
	cols := []column{{t.Scenario, 34}, {t.Title, wTitle}, {t.CohortSize, wShare}, {t.SHA256, wHash}}
	for i, c := range cols {
		s.styled(i+1, c.head, s.st.head)
	}
	if s.err == nil {
		s.err = s.f.SetColWidth(s.name, "C", "C", wShare)
	}
	if s.err == nil {
		s.err = s.f.SetColWidth(s.name, "D", "D", wHash)
	}
	s.next()
	for i := range r.Scenarios {
		sc := &r.Scenarios[i]
		s.str(1, sc.Name)
		s.str(2, b.title(sc))
		s.int(3, int64(sc.CohortSize), s.st.count)
		s.str(4, sc.SHA256)
		s.next()
	}
	s.next()
	s.styled(1, t.AmountsNote, s.st.wrap)
}
