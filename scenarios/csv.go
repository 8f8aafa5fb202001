package scenarios

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

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
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil, fmt.Errorf("cohort file %s: no such file", path)
	case err != nil:
		return nil, nil, fmt.Errorf("cohort file %s: %w", path, err)
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

// ReadCohort reads cohort rows from r; name labels messages. Every problem
// of the file is reported at once (the first maxCohortProblems of them),
// each with its line and column.
func ReadCohort(r io.Reader, name string, c *model.Cohort) ([]model.Person, error) {
	cr := csv.NewReader(r)
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%s: empty file; want a header row with %s", name, strings.Join(requiredColumns, ", "))
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var problems []string
	add := func(line int, format string, args ...any) {
		problems = append(problems, fmt.Sprintf("%s:%d: ", name, line)+fmt.Sprintf(format, args...))
	}
	known := append(slices.Clone(requiredColumns), optionalColumns...)
	col := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if !slices.Contains(known, h) {
			add(1, "unknown column %q%s; allowed: %s", h, suggest.Hint(h, known), strings.Join(known, ", "))
			continue
		}
		if _, dup := col[h]; dup {
			add(1, "column %q appears twice", h)
			continue
		}
		col[h] = i
	}
	for _, h := range requiredColumns {
		if _, ok := col[h]; !ok {
			add(1, "missing column %q; required: %s", h, strings.Join(requiredColumns, ", "))
		}
	}
	if len(problems) > 0 {
		return nil, cohortError(problems)
	}
	var persons []model.Person
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrFieldCount) {
				add(pe.Line, "%d fields, but the header has %d", len(rec), len(header))
				continue
			}
			problems = append(problems, fmt.Sprintf("%s: %v", name, err))
			break // the rest cannot be read reliably
		}
		p, errs := parseRow(rec, col)
		for _, e := range errs {
			add(line, "%v", e)
		}
		persons = append(persons, p)
	}
	if len(problems) > 0 {
		return nil, cohortError(problems)
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

// cohortError joins the problems of a cohort file, listing at most
// maxCohortProblems.
func cohortError(problems []string) error {
	if n := len(problems); n > maxCohortProblems {
		problems = append(problems[:maxCohortProblems], fmt.Sprintf("… and %d more problems", n-maxCohortProblems))
	}
	return errors.New(strings.Join(problems, "\n  "))
}

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
	num := func(k string, lo, hi float64, whole bool, dst *float64) {
		s, ok := get(k)
		if !ok {
			return
		}
		v, err := strconv.ParseFloat(s, 64)
		switch {
		case err != nil || math.IsNaN(v) || v < lo || v > hi:
			errs = append(errs, fmt.Errorf("column %s: %q is not a number from %v to %v", k, s, lo, hi))
		case whole && v != math.Trunc(v):
			errs = append(errs, fmt.Errorf("column %s: %q is not a whole number (%v to %v)", k, s, lo, hi))
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
			errs = append(errs, fmt.Errorf("column %s: %q is not one of %s%s", k, s, strings.Join(allowed, ", "), suggest.Hint(s, allowed)))
			return
		}
		*dst = i
	}
	var entry, notice, triage float64 = 0, 0, 0
	var edu, household, contract, digital int
	num("entry_month", 0, 120, true, &entry)
	num("age", 15, 80, false, &p.Age)
	num("tenure_years", 0, 60, false, &p.TenureYears)
	num("work_history_years", 0, 65, false, &p.HistoryYears)
	_, p.HistoryKnown = get("work_history_years")
	num("monthly_wage", 0, 100000, false, &p.MonthlyWage)
	num("contract_hours", 1, 60, false, &p.ContractHours)
	num("notice_months", 1, 24, true, &notice)
	num("triage", 1, 3, true, &triage)
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
