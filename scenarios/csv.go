package scenarios

import (
	"crypto/sha256"
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

// ReadCohortFile reads a file of anonymised participants, one row per
// person, with a header row: CSV text (see ReadCohort) or the first sheet
// of an Excel workbook (.xlsx). c supplies the entry months of persons
// whose row has none (no entry_month column, or an empty cell); a person
// without a triage group gets the group of their characteristics, whatever
// c's triage method (shares would need a draw). Nothing else of c is used
// (Scenario.CohortFileUse). It returns the persons, ordered by entry month, and a digest of
// the file's bytes.
func ReadCohortFile(path string, c *model.Cohort) ([]model.Person, []byte, error) {
	data, err := safeio.ReadFile(path, safeio.MaxCohort)
	if err != nil {
		return nil, nil, fmt.Errorf("cohort file %w", err)
	}
	persons, err := readCohortData(data, path, c)
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

// add records a problem at loc, a position from cohortRows.at.
func (cp *cohortProblems) add(loc, format string, args ...any) {
	if len(cp.list) == maxCohortProblems {
		cp.more++
		return
	}
	cp.list = append(cp.list, loc+": "+fmt.Sprintf(format, args...))
}

// full reports whether further problems are only counted.
func (cp *cohortProblems) full() bool { return len(cp.list) == maxCohortProblems }

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

// ReadCohort reads cohort rows from the CSV text r; name labels messages.
// The separator — comma, semicolon or tab — is the one the header line
// uses; with a semicolon or tab, numbers may have decimal commas. A byte
// order mark and CRLF line ends are fine, and columns and categories may
// be named in Dutch (docs/cohort.md). Every problem of the file is
// reported at once (the first maxCohortProblems of them), each with its
// line and column. A file of more than maxCohortRows rows is refused.
// Messages quote at most a short, escaped piece of a cell, and nothing of
// a file whose first line names no cohort column at all (it is some other
// file).
func ReadCohort(r io.Reader, name string, c *model.Cohort) ([]model.Person, error) {
	src, err := newCSVRows(r, name)
	if err != nil {
		return nil, err
	}
	return readCohortRows(src, name, c)
}

// colRef is a column of a file: what it is, where, and whether the file
// named it in Dutch.
type colRef struct {
	c     *cohortColumn
	index int
	dutch bool
}

// name is the column's name in messages, as the file named it.
func (r colRef) name() string {
	if r.dutch {
		return r.c.nl
	}
	return r.c.key
}

// readCohortRows reads the header and rows of src.
func readCohortRows(src cohortRows, name string, c *model.Cohort) ([]model.Person, error) {
	header, line, err := src.next()
	if err == io.EOF {
		return nil, fmt.Errorf("%s: empty file; want a header row with %s", name, strings.Join(requiredColumns, ", "))
	}
	if errors.Is(err, errEmptySheet) {
		return nil, err
	}
	if err != nil || !slices.ContainsFunc(header, func(h string) bool { c, _ := lookupColumn(h); return c != nil }) {
		kind := "CSV file"
		if _, ok := src.(*xlsxRows); ok {
			kind = "workbook"
		}
		return nil, fmt.Errorf("%s: not a cohort %s: the first row must name the columns %s (optional: %s), in English or Dutch (docs/cohort.md)",
			src.at(max(line, 1), -1), kind, strings.Join(requiredColumns, ", "), strings.Join(optionalColumns, ", "))
	}
	header = slices.Clone(header)
	cols, problems := readHeader(src, header, line, name)
	if err := problems.err(); err != nil {
		return nil, err
	}
	has := map[string]bool{}
	for _, r := range cols {
		has[r.c.key] = true
	}
	var persons []model.Person
	var unset []uint8 // per person, the optional cells left empty (emptyEntry, emptyTriage)
	for {
		rec, line, err := src.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			problems.list = append(problems.list, err.Error())
			break // the rest cannot be read reliably
		}
		if blank(rec) {
			continue // Excel exports empty rows as ;;;;
		}
		if len(rec) != len(header) {
			problems.add(src.at(line, -1), "%s, but the header has %d%s", fields(len(rec)), len(header), src.fieldCountHint(rec, len(header)))
			continue
		}
		if len(persons) == maxCohortRows {
			problems.add(src.at(line, -1), "more than %d persons; a cohort file may hold at most %d rows", maxCohortRows, maxCohortRows)
			break
		}
		p, empty, errs := parseRow(rec, line, cols, src)
		for _, e := range errs {
			note := ""
			if !problems.full() {
				note = src.cellNote(line, e.ref.index, strings.TrimSpace(rec[e.ref.index]))
			}
			problems.add(src.at(line, e.ref.index), "column %s: %s%s", e.ref.name(), e.msg, note)
		}
		persons = append(persons, p)
		if empty != 0 && unset == nil {
			unset = make([]uint8, len(persons)-1, cap(persons))
		}
		if unset != nil {
			unset = append(unset, empty)
		}
	}
	if err := problems.err(); err != nil {
		return nil, err
	}
	if len(persons) == 0 {
		return nil, fmt.Errorf("%s: no rows after the header", name)
	}
	for i := range persons {
		p := &persons[i]
		empty := uint8(0)
		if unset != nil {
			empty = unset[i]
		}
		if (!has["entry_month"] || empty&emptyEntry != 0) && len(c.EntryMonths) > 0 {
			p.EntryMonth = c.EntryMonths[i*len(c.EntryMonths)/len(persons)]
		}
		if !has["triage"] || empty&emptyTriage != 0 {
			p.Triage = model.TriageFromCharacteristics(p)
		}
	}
	slices.SortStableFunc(persons, func(a, b model.Person) int { return a.EntryMonth - b.EntryMonth })
	return persons, nil
}

// readHeader maps the header's cells to columns, collecting the problems
// of unknown, repeated and missing columns.
func readHeader(src cohortRows, header []string, line int, name string) ([]colRef, cohortProblems) {
	problems := cohortProblems{name: name}
	known := knownColumnNames()
	var cols []colRef
	seen := map[string]bool{}
	unknown := 0
	for i, h := range header {
		c, dutch := lookupColumn(h)
		switch {
		case c == nil:
			// The allowed names once, with the first unknown column.
			allowed := ""
			if unknown == 0 {
				allowed = fmt.Sprintf("; allowed: %s (or in Dutch: %s; see docs/cohort.md)",
					strings.Join(append(slices.Clone(requiredColumns), optionalColumns...), ", "), strings.Join(known[len(cohortColumns):], ", "))
			}
			unknown++
			h := cleanHeader(h)
			if h == "" {
				problems.add(src.at(line, i), "column %d of the header is empty%s%s", i+1, src.emptyHeaderHint(i, len(header)), allowed)
				continue
			}
			problems.add(src.at(line, i), "unknown column %s%s%s", safeio.Quote(h), suggest.Hint(normalName(h), known), allowed)
		case seen[c.key]:
			problems.add(src.at(line, i), "column %q appears twice (as %s)", c.key, safeio.Quote(cleanHeader(h)))
		default:
			seen[c.key] = true
			cols = append(cols, colRef{c: c, index: i, dutch: dutch})
		}
	}
	for _, c := range cohortColumns {
		if c.required && !seen[c.key] {
			problems.add(src.at(line, -1), "missing column %q (in Dutch %q); required: %s", c.key, c.nl, strings.Join(requiredColumns, ", "))
		}
	}
	return cols, problems
}

// fields says "1 field", "2 fields".
func fields(n int) string {
	if n == 1 {
		return "1 field"
	}
	return strconv.Itoa(n) + " fields"
}

// blank reports whether every cell of rec is empty.
func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

// cleanHeader trims a header cell and a byte order mark before it.
func cleanHeader(h string) string { return strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) }

// cellProblem is a problem of one cell.
type cellProblem struct {
	ref colRef
	msg string
}

// Optional cells left empty whose default depends on the cohort: the
// bits of parseRow's empty.
const (
	emptyEntry uint8 = 1 << iota
	emptyTriage
)

// formulaMsg is the problem of a workbook cell that holds a formula
// without a computed value.
const formulaMsg = "the cell holds a formula without a computed value (the workbook was saved by a program that does not calculate formulas); " +
	"open the workbook in Excel and save it again, so that Excel stores the values, or copy the column and paste it as values (Plakken speciaal, Waarden)"

// parseRow reads one row, row of the file; it returns every problem of
// the row. An empty cell of an optional column means unknown: the person
// gets what the column's absence gives (empty reports entry_month and
// triage, which the caller fills in). A workbook cell that reads as empty
// because it holds a formula without a value is a problem in any column.
func parseRow(rec []string, row int, cols []colRef, src cohortRows) (p model.Person, empty uint8, errs []cellProblem) {
	var entry, notice, triage float64
	var edu, household, contract, digital int
	nums := map[string]*float64{
		"entry_month": &entry, "age": &p.Age, "tenure_years": &p.TenureYears, "work_history_years": &p.HistoryYears,
		"monthly_wage": &p.MonthlyWage, "contract_hours": &p.ContractHours, "notice_months": &notice, "triage": &triage,
	}
	choices := map[string]*int{"education": &edu, "household": &household, "contract": &contract, "digital_skills": &digital}
	for _, r := range cols {
		s := strings.TrimSpace(rec[r.index])
		if s == "" && src.formulaWithoutValue(row, r.index) {
			errs = append(errs, cellProblem{r, formulaMsg})
			continue
		}
		if s == "" && !r.c.required {
			switch r.c.key {
			case "entry_month":
				empty |= emptyEntry
			case "triage":
				empty |= emptyTriage
			}
			continue
		}
		if dst, ok := nums[r.c.key]; ok {
			if msg := parseCell(s, personRanges[r.c.key], src, dst); msg != "" {
				errs = append(errs, cellProblem{r, msg})
			}
			// A known work history replaces the one the engine derives.
			p.HistoryKnown = p.HistoryKnown || r.c.key == "work_history_years"
			continue
		}
		i := r.c.choice(s)
		if i < 0 {
			errs = append(errs, cellProblem{r, fmt.Sprintf("%s is not one of %s%s", safeio.Quote(s), r.c.allowed(r.dutch), suggest.Hint(normalName(s), r.c.allNames()))})
			continue
		}
		*choices[r.c.key] = i
	}
	if wage, hours := cellAt(rec, cols, "monthly_wage"), cellAt(rec, cols, "contract_hours"); wage != nil && hours != nil && !hasProblem(errs, wage.ref, hours.ref) {
		if msg := wageTooLow(wage.text, p.MonthlyWage, p.ContractHours, src.decimalComma()); msg != "" {
			errs = append(errs, cellProblem{wage.ref, msg})
		}
	}
	if p.HistoryYears < p.TenureYears {
		p.HistoryYears = p.TenureYears
	}
	p.EntryMonth, p.NoticeMonths, p.Triage = int(entry), int(notice), int(triage)
	p.Education, p.Household = model.EducationLevel(edu), model.HouseholdType(household)
	p.Flex, p.DigitalLow = contract == 1, digital == 1
	return p, empty, errs
}

// parseCell reads a numeric cell into dst; it returns what is wrong, or "".
func parseCell(s string, r personRange, src cohortRows, dst *float64) string {
	v, err := parseNumber(s, src.decimalComma())
	switch {
	case errors.Is(err, errDecimalComma):
		return fmt.Sprintf("%s: %s", safeio.Quote(s), src.commaHint())
	case errors.Is(err, errAmbiguousDot):
		return ambiguousDotMsg(s)
	case err == nil && ambiguousGroups(s, src.decimalComma(), r):
		return ambiguousMsg(s, v, src.decimalComma())
	case err != nil || !(v >= r.lo && v <= r.hi):
		return fmt.Sprintf("%s is not a number from %v to %v", safeio.Quote(s), r.lo, r.hi)
	case r.whole && v != math.Trunc(v):
		return fmt.Sprintf("%s is not a whole number (%v to %v)", safeio.Quote(s), r.lo, r.hi)
	}
	*dst = v
	return ""
}

// ambiguousDotMsg says how to write s, a number with dots between groups
// of three digits (1.450) in a file with decimal commas, for each reading:
// the dot between thousands (1450) and, when there is one dot, the decimal
// point (1,45). Each form it suggests reads unambiguously in such a file.
func ambiguousDotMsg(s string) string {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "€\u00a0 "))
	whole := strings.ReplaceAll(t, ".", "")
	thousands := fmt.Sprintf("write %s or %s,00", whole, t)
	in, frac, _ := strings.Cut(t, ".")
	if strings.Contains(frac, ".") {
		return fmt.Sprintf("%s has dots between thousands, which a file with decimal commas could read as decimal points: %s",
			safeio.Quote(s), thousands)
	}
	frac = strings.TrimRight(frac, "0")
	decimal, comma := in, in
	if frac != "" {
		decimal, comma = in+"."+frac, in+","+frac
	}
	return fmt.Sprintf("%s is ambiguous in a file with decimal commas: a dot between thousands or a decimal point? "+
		"For %s (thousands) %s; for %s (a decimal point) write %s", safeio.Quote(s), whole, thousands, decimal, comma)
}

// cell is a column's reference and the text of its cell in a row.
type cell struct {
	ref  colRef
	text string
}

// cellAt returns the cell of the column key in rec, or nil when the file
// has no such column.
func cellAt(rec []string, cols []colRef, key string) *cell {
	for _, r := range cols {
		if r.c.key == key {
			return &cell{r, strings.TrimSpace(rec[r.index])}
		}
	}
	return nil
}

// hasProblem reports whether errs holds a problem of one of the columns.
func hasProblem(errs []cellProblem, refs ...colRef) bool {
	for _, e := range errs {
		for _, r := range refs {
			if e.ref.index == r.index {
				return true
			}
		}
	}
	return false
}
