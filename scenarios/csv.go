package scenarios

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/internal/safeio"
	"github.com/vwnw/vwnw/internal/suggest"
	"github.com/vwnw/vwnw/model"
)

// cohortColumns are the columns a cohort file may have; the first group is
// required. A file with any other column is rejected: it may hold data that
// must not be there (names, identifiers) or a typo.
var (
	requiredColumns = []string{"age", "education", "tenure_years", "monthly_wage", "contract_hours", "household", "notice_months"}
	optionalColumns = []string{"entry_month", "work_history_years", "contract", "digital_skills", "triage"}
)

// ReadCohortFile reads a CSV file of anonymised participants, one row per
// person, with a header row. c supplies defaults: entry months when the
// file has no entry_month column, and the triage method when it has no
// triage column ("characteristics" is used then, since shares would need
// a draw). It returns the persons, ordered by entry month, and a digest of
// the file's bytes.
func ReadCohortFile(path string, c *model.Cohort) ([]model.Person, []byte, error) {
	data, err := safeio.ReadFile(path, safeio.MaxCohort)
	if err != nil {
		return nil, nil, fmt.Errorf("cohort file %w", err)
	}
	persons, err := ReadCohort(bytes.NewReader(data), path, c)
	if err != nil {
		return nil, nil, err
	}
	sum := sha256.Sum256(data)
	return persons, sum[:], nil
}

// maxCohortProblems is how many problems of a cohort file are listed
// before the rest are only counted.
const maxCohortProblems = 20

// maxCohortRows is the most persons a cohort file may hold: the largest
// cohort the model runs (cohort.size and --cohort-size).
const maxCohortRows = 1_000_000

// cohortProblems collects the problems of a cohort file, keeping the first
// maxCohortProblems and counting the rest.
type cohortProblems struct {
	name string
	list []string
	more int
}

func (cp *cohortProblems) add(line int, format string, args ...any) {
	if len(cp.list) == maxCohortProblems {
		cp.more++
		return
	}
	cp.list = append(cp.list, fmt.Sprintf("%s:%d: ", cp.name, line)+fmt.Sprintf(format, args...))
}

func (cp *cohortProblems) err() error {
	if len(cp.list) == 0 {
		return nil
	}
	list := cp.list
	if cp.more > 0 {
		list = append(list, fmt.Sprintf("… and %d more problems", cp.more))
	}
	return errors.New(strings.Join(list, "\n  "))
}

// ReadCohort reads cohort rows from r; name labels messages. Every problem
// of the file is reported at once (the first maxCohortProblems of them),
// each with its line and column. A file of more than maxCohortRows rows is
// refused. Messages quote at most a short, escaped piece of a cell, and
// nothing of a file whose first line names no cohort column at all (it is
// some other file).
func ReadCohort(r io.Reader, name string, c *model.Cohort) ([]model.Person, error) {
	cr := csv.NewReader(r)
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%s: empty file; want a header row with %s", name, strings.Join(requiredColumns, ", "))
	}
	known := append(slices.Clone(requiredColumns), optionalColumns...)
	if err != nil || !slices.ContainsFunc(header, func(h string) bool { return slices.Contains(known, cleanHeader(h)) }) {
		return nil, fmt.Errorf("%s:1: not a cohort CSV file: the first line must name the columns %s (optional: %s)",
			name, strings.Join(requiredColumns, ", "), strings.Join(optionalColumns, ", "))
	}
	header = slices.Clone(header)
	problems := cohortProblems{name: name}
	col := map[string]int{}
	for i, h := range header {
		h = cleanHeader(h)
		if !slices.Contains(known, h) {
			problems.add(1, "unknown column %s%s; allowed: %s", safeio.Quote(h), suggest.Hint(h, known), strings.Join(known, ", "))
			continue
		}
		if _, dup := col[h]; dup {
			problems.add(1, "column %q appears twice", h)
			continue
		}
		col[h] = i
	}
	for _, h := range requiredColumns {
		if _, ok := col[h]; !ok {
			problems.add(1, "missing column %q; required: %s", h, strings.Join(requiredColumns, ", "))
		}
	}
	if err := problems.err(); err != nil {
		return nil, err
	}
	var persons []model.Person
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrFieldCount) {
				problems.add(pe.Line, "%d fields, but the header has %d", len(rec), len(header))
				continue
			}
			if errors.As(err, &pe) {
				problems.add(pe.Line, "column %d: %v (a field that holds a quote must be quoted, its quotes doubled: \"5\"\"0\")", pe.Column, pe.Err)
			} else {
				problems.add(0, "%v", err)
			}
			break // the rest cannot be read reliably
		}
		if len(persons) == maxCohortRows {
			line, _ := cr.FieldPos(0)
			problems.add(line, "more than %d persons; a cohort file may hold at most %d rows", maxCohortRows, maxCohortRows)
			break
		}
		line, _ := cr.FieldPos(0)
		p, errs := parseRow(rec, col)
		for _, e := range errs {
			problems.add(line, "%v", e)
		}
		persons = append(persons, p)
	}
	if err := problems.err(); err != nil {
		return nil, err
	}
	if len(persons) == 0 {
		return nil, fmt.Errorf("%s: no rows after the header", name)
	}
	for i := range persons {
		p := &persons[i]
		if _, ok := col["entry_month"]; !ok && len(c.EntryMonths) > 0 {
			p.EntryMonth = c.EntryMonths[i*len(c.EntryMonths)/len(persons)]
		}
		if _, ok := col["triage"]; !ok {
			p.Triage = model.TriageFromCharacteristics(p)
		}
	}
	slices.SortStableFunc(persons, func(a, b model.Person) int { return a.EntryMonth - b.EntryMonth })
	return persons, nil
}

// cleanHeader trims a header cell and a byte order mark before it.
func cleanHeader(h string) string { return strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) }

// parseRow reads one row; it returns every problem of the row.
func parseRow(rec []string, col map[string]int) (model.Person, []error) {
	var p model.Person
	var errs []error
	get := func(k string) (string, bool) {
		i, ok := col[k]
		if !ok {
			return "", false
		}
		return strings.TrimSpace(rec[i]), true
	}
	num := func(k string, dst *float64) {
		s, ok := get(k)
		if !ok {
			return
		}
		r := personRanges[k]
		v, err := strconv.ParseFloat(s, 64)
		switch {
		case err != nil || !(v >= r.lo && v <= r.hi):
			errs = append(errs, fmt.Errorf("column %s: %s is not a number from %v to %v", k, safeio.Quote(s), r.lo, r.hi))
		case r.whole && v != math.Trunc(v):
			errs = append(errs, fmt.Errorf("column %s: %s is not a whole number (%v to %v)", k, safeio.Quote(s), r.lo, r.hi))
		default:
			*dst = v
		}
	}
	choice := func(k string, allowed []string, dst *int) {
		s, ok := get(k)
		if !ok {
			return
		}
		i := slices.Index(allowed, s)
		if i < 0 {
			errs = append(errs, fmt.Errorf("column %s: %s is not one of %s%s", k, safeio.Quote(s), strings.Join(allowed, ", "), suggest.Hint(s, allowed)))
			return
		}
		*dst = i
	}
	var entry, notice, triage float64 = 0, 0, 0
	var edu, household, contract, digital int
	num("entry_month", &entry)
	num("age", &p.Age)
	num("tenure_years", &p.TenureYears)
	num("work_history_years", &p.HistoryYears)
	num("monthly_wage", &p.MonthlyWage)
	num("contract_hours", &p.ContractHours)
	num("notice_months", &notice)
	num("triage", &triage)
	choice("education", []string{"low", "mid", "high"}, &edu)
	choice("household", []string{"single", "partner_with_income", "partner_without_income"}, &household)
	choice("contract", []string{"permanent", "flex"}, &contract)
	choice("digital_skills", []string{"high", "low"}, &digital)
	if p.HistoryYears < p.TenureYears {
		p.HistoryYears = p.TenureYears
	}
	p.EntryMonth, p.NoticeMonths, p.Triage = int(entry), int(notice), int(triage)
	p.Education, p.Household = model.EducationLevel(edu), model.HouseholdType(household)
	p.Flex, p.DigitalLow = contract == 1, digital == 1
	return p, errs
}
