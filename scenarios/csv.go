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

// ReadCohort reads cohort rows from r; name labels messages.
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
	known := append(slices.Clone(requiredColumns), optionalColumns...)
	col := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if !slices.Contains(known, h) {
			return nil, fmt.Errorf("%s:1: unknown column %q%s; allowed: %s", name, h, suggest.Hint(h, known), strings.Join(known, ", "))
		}
		if _, dup := col[h]; dup {
			return nil, fmt.Errorf("%s:1: column %q appears twice", name, h)
		}
		col[h] = i
	}
	for _, h := range requiredColumns {
		if _, ok := col[h]; !ok {
			return nil, fmt.Errorf("%s:1: missing column %q; required: %s", name, h, strings.Join(requiredColumns, ", "))
		}
	}
	var persons []model.Person
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		p, err := parseRow(rec, col)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		persons = append(persons, p)
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

func parseRow(rec []string, col map[string]int) (model.Person, error) {
	var p model.Person
	get := func(k string) (string, bool) {
		i, ok := col[k]
		if !ok {
			return "", false
		}
		return strings.TrimSpace(rec[i]), true
	}
	num := func(k string, lo, hi float64, dst *float64) error {
		s, ok := get(k)
		if !ok {
			return nil
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(v) || v < lo || v > hi {
			return fmt.Errorf("column %s: %q is not a number from %v to %v", k, s, lo, hi)
		}
		*dst = v
		return nil
	}
	choice := func(k string, allowed []string, dst *int) error {
		s, ok := get(k)
		if !ok {
			return nil
		}
		i := slices.Index(allowed, s)
		if i < 0 {
			return fmt.Errorf("column %s: %q is not one of %s%s", k, s, strings.Join(allowed, ", "), suggest.Hint(s, allowed))
		}
		*dst = i
		return nil
	}
	var entry, notice, triage float64 = 0, 0, 0
	var edu, household, contract, digital int
	for _, err := range []error{
		num("entry_month", 0, 120, &entry),
		num("age", 15, 80, &p.Age),
		num("tenure_years", 0, 60, &p.TenureYears),
		num("work_history_years", 0, 65, &p.HistoryYears),
		num("monthly_wage", 0, 100000, &p.MonthlyWage),
		num("contract_hours", 1, 60, &p.ContractHours),
		num("notice_months", 1, 24, &notice),
		num("triage", 1, 3, &triage),
		choice("education", []string{"low", "mid", "high"}, &edu),
		choice("household", []string{"single", "partner_with_income", "partner_without_income"}, &household),
		choice("contract", []string{"permanent", "flex"}, &contract),
		choice("digital_skills", []string{"high", "low"}, &digital),
	} {
		if err != nil {
			return p, err
		}
	}
	if p.HistoryYears < p.TenureYears {
		p.HistoryYears = p.TenureYears
	}
	p.EntryMonth, p.NoticeMonths, p.Triage = int(entry), int(notice), int(triage)
	p.Education, p.Household = model.EducationLevel(edu), model.HouseholdType(household)
	p.Flex, p.DigitalLow = contract == 1, digital == 1
	return p, nil
}
