package calibrate

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/internal/safeio"
	"github.com/vwnw/vwnw/internal/suggest"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// Observation is an observed-outcomes file: how many of a cohort were in
// each of the pilot's outcome categories (model.Category) at an observation
// date, with the months in which the cohort entered. It is what
// calibration fits a scenario to.
//
//	name = "pilot"
//	observation_date = 2021-04-01
//	[entries]                # entrants per month of entry
//	"2020-09" = 8
//	"2020-10" = 8
//	[observed]               # counts per category; they sum to the entrants
//	stopped = 2
//	new_job = 6
//	…
type Observation struct {
	Name        string
	Description string
	Source      string
	// File names where it came from: a path, or "<name> (shipped)".
	File string
	// FirstEntry is the first month of entry (day 1); month 0 of the
	// simulation.
	FirstEntry time.Time
	// Date is the observation date.
	Date time.Time
	// Entries[m] is the number of entrants in month m after FirstEntry.
	Entries []int
	// Counts are the observed counts per category, indexed by
	// model.Category.
	Counts [model.NumCategories]int
}

// Total is the number of entrants, which is also the sum of the counts.
func (o *Observation) Total() int {
	n := 0
	for _, e := range o.Entries {
		n += e
	}
	return n
}

// Month is the calendar month of the observation counted from FirstEntry,
// for model.Config.Observe. The model counts the categories at the start of
// a month, so a date in the first half of a month counts at that month's
// start and a later date at the next month's start.
func (o *Observation) Month() int {
	y, m, d := o.Date.Date()
	months := (y-o.FirstEntry.Year())*12 + int(m) - int(o.FirstEntry.Month())
	days := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if float64(d-1)/float64(days) >= 0.5 {
		months++
	}
	return months
}

// EntryMonths lists the entry month of every entrant, in order: what
// cohort.entry_months must be for a synthetic cohort of Total persons to
// enter as observed (model.GeneratePersons spreads persons over the list).
func (o *Observation) EntryMonths() []int {
	var out []int
	for m, n := range o.Entries {
		for range n {
			out = append(out, m)
		}
	}
	return out
}

// CohortOverrides set a scenario's synthetic cohort to the observed
// entrants: cohort.size and cohort.entry_months.
func (o *Observation) CohortOverrides() []scenarios.Override {
	months := o.EntryMonths()
	text := make([]string, len(months))
	for i, m := range months {
		text[i] = strconv.Itoa(m)
	}
	return []scenarios.Override{
		{Key: "cohort.size", Value: strconv.Itoa(o.Total())},
		{Key: "cohort.entry_months", Value: "[" + strings.Join(text, ", ") + "]"},
	}
}

// CountsFloat returns the counts as float64s, indexed by model.Category.
func (o *Observation) CountsFloat() [model.NumCategories]float64 {
	var out [model.NumCategories]float64
	for c, n := range o.Counts {
		out[c] = float64(n)
	}
	return out
}

// openObservation finds ref: the name of a shipped observation file or a
// path.
func openObservation(ref string) (data []byte, display string, err error) {
	isPath := strings.ContainsAny(ref, `/\`) || strings.HasSuffix(ref, ".toml")
	if !isPath {
		if b, ok := scenarios.ShippedObservationSource(ref); ok {
			return b, ref + " (shipped)", nil
		}
	}
	data, err = safeio.ReadFile(ref, safeio.MaxObservation)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !isPath:
		return nil, "", fmt.Errorf("%q is neither a shipped observation file%s (%s) nor a file", ref,
			suggest.Hint(ref, scenarios.ShippedObservations()), strings.Join(scenarios.ShippedObservations(), ", "))
	case err != nil:
		return nil, "", err
	}
	return data, ref, nil
}

// IsObservation reports whether ref names an observation file rather than a
// scenario: a shipped observation's name, or a TOML file with a top-level
// observed table or observation_date key. A file that does not parse is
// not recognised (the scenario loader reports its syntax).
func IsObservation(ref string) bool {
	data, _, err := openObservation(ref)
	if err != nil {
		return false
	}
	var m map[string]any
	if safeio.CheckTOML(data) != nil {
		return false // the scenario loader reports its shape
	}
	if _, err := toml.Decode(string(data), &m); err != nil {
		return false
	}
	_, hasObserved := m["observed"]
	_, hasDate := m["observation_date"]
	return hasObserved || hasDate
}

// LoadObservation reads and validates the observation file ref, a shipped
// observation's name (e.g. "pilot") or a path. Every problem is reported at
// once in an *Error.
func LoadObservation(ref string) (*Observation, error) {
	data, display, err := openObservation(ref)
	if err != nil {
		return nil, &scenarios.Error{Problems: []scenarios.Problem{{Msg: err.Error()}}}
	}
	return decodeObservation(data, display, strings.TrimSuffix(filepath.Base(ref), ".toml"))
}

// LoadObservationBytes reads an observation file from TOML text; display
// names it in messages.
func LoadObservationBytes(data []byte, display string) (*Observation, error) {
	return decodeObservation(data, display, strings.TrimSuffix(filepath.Base(display), ".toml"))
}

// Bounds of an observation file, checked before anything is allocated.
const (
	// MaxObserved is the most entrants, in one month or in all, and the
	// most persons in one category: the largest cohort the model runs.
	MaxObserved = 1_000_000
	// MaxEntrySpan is the most months from the first entry month to the
	// last, as for cohort.entry_months.
	MaxEntrySpan = 120
	// MaxObservationMonth is the most months from the first entry to the
	// observation date: the longest horizon.
	MaxObservationMonth = 600
)

// observationKeys are the top-level keys of an observation file.
var observationKeys = []string{"name", "description", "source", "observation_date", "entries", "observed"}

// monthIndex counts the months from first to m.
func monthIndex(first, m time.Time) int {
	return (m.Year()-first.Year())*12 + int(m.Month()) - int(first.Month())
}

func decodeObservation(data []byte, display, name string) (*Observation, error) {
	var m map[string]any
	if e := safeio.CheckTOML(data); e != nil {
		var ps scenarios.Problems
		ps.Add(display, e.Line, "", "%s", e.Msg)
		return nil, ps.Err()
	}
	if _, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&m); err != nil {
		var ps scenarios.Problems
		var pe toml.ParseError
		if errors.As(err, &pe) {
			ps.Add(display, safeio.TOMLErrorLine(data, pe), pe.LastKey, "TOML syntax: %s", scenarios.EscapeInvisible(pe.Message))
		} else {
			ps.Add(display, 0, "", "TOML: %s", scenarios.EscapeInvisible(err.Error()))
		}
		return nil, ps.Err()
	}
	d := &obsDecoder{lines: scenarios.KeyLines(data), display: display, o: &Observation{Name: name, File: display}}
	d.topLevel(m)
	dateOK := d.date(m["observation_date"])
	entries, entriesOK := d.entries(m["entries"])
	total := d.setEntries(entries, dateOK)
	d.counts(m["observed"], entriesOK, total)
	if err := d.ps.Err(); err != nil {
		return nil, err
	}
	return d.o, nil
}

// obsDecoder collects the problems of an observation file as it decodes
// it into o.
type obsDecoder struct {
	ps      scenarios.Problems
	lines   map[string]int
	display string
	o       *Observation
}

// problem records a problem of key, on its line or its table's.
func (d *obsDecoder) problem(key, format string, args ...any) {
	line := d.lines[key]
	if line == 0 {
		if i := strings.IndexByte(key, '.'); i > 0 {
			line = d.lines[key[:i]]
		}
	}
	d.ps.Add(d.display, line, key, format, args...)
}

// topLevel checks the top-level keys and decodes the strings.
func (d *obsDecoder) topLevel(m map[string]any) {
	o := d.o
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if !slices.Contains(observationKeys, k) {
			d.problem(k, "unknown key %q at the top level%s; allowed: %s", k, suggest.Hint(k, observationKeys), strings.Join(observationKeys, ", "))
		}
	}
	for _, k := range []string{"name", "description", "source"} {
		dst := map[string]*string{"name": &o.Name, "description": &o.Description, "source": &o.Source}[k]
		if v, ok := m[k]; ok {
			s, isString := v.(string)
			if !isString {
				d.problem(k, "must be a string, got %s", scenarios.Describe(v))
				continue
			}
			if err := scenarios.CheckText(s, scenarios.MaxDescriptionLen, k != "name"); err != nil {
				d.problem(k, "%v", err)
				continue
			}
			*dst = s
		}
	}
	if err := scenarios.CheckName("observation name", o.Name); err != nil {
		d.problem("name", "%v", err)
	}
}

// date decodes the observation date: a TOML date (2021-04-01) or such a
// string.
func (d *obsDecoder) date(v any) bool {
	o := d.o
	dateOK := false
	switch v := v.(type) {
	case nil:
		d.problem("observation_date", "missing: the date of the observation, e.g. observation_date = 2021-04-01")
	case time.Time:
		if v.Hour() != 0 || v.Minute() != 0 || v.Second() != 0 || v.Nanosecond() != 0 {
			d.problem("observation_date", "must be a date without a time of day, e.g. 2021-04-01")
		} else {
			o.Date, dateOK = time.Date(v.Year(), v.Month(), v.Day(), 0, 0, 0, 0, time.UTC), true
		}
	case string:
		date, err := time.Parse("2006-01-02", v)
		if err != nil {
			d.problem("observation_date", "%q is not a date; write it as 2021-04-01", v)
		} else {
			o.Date, dateOK = date, true
		}
	default:
		d.problem("observation_date", "must be a date such as 2021-04-01, got %s", scenarios.Describe(v))
	}
	return dateOK
}

// entry is the entrants of one month.
type entry struct {
	month time.Time
	n     int
}

// entries decodes the entrants per month; ok is false when a month is
// wrong.
func (d *obsDecoder) entries(v any) ([]entry, bool) {
	var entries []entry
	entriesOK := false
	switch v := v.(type) {
	case nil:
		d.problem("entries", `missing: a table of entrants per month of entry, e.g. [entries] "2020-09" = 8`)
	case map[string]any:
		if len(v) == 0 {
			d.problem("entries", `names no month; give entrants per month, e.g. "2020-09" = 8`)
		}
		for _, k := range slices.Sorted(maps.Keys(v)) {
			key := "entries." + k
			month, err := time.Parse("2006-01", k)
			if err != nil {
				d.problem(key, "%q is not a month; write months as \"2020-09\"", k)
				continue
			}
			n, ok := v[k].(int64)
			if !ok || n < 0 || n > MaxObserved {
				d.problem(key, "must be a whole number of entrants, 0 or more and at most %d, got %s", MaxObserved, scenarios.Describe(v[k]))
				continue
			}
			entries = append(entries, entry{month, int(n)})
		}
		entriesOK = len(entries) == len(v)
	default:
		d.problem("entries", `must be a table of entrants per month, e.g. [entries] "2020-09" = 8, got %s`, scenarios.Describe(v))
	}
	return entries, entriesOK
}

// setEntries sets the entry months from entries and returns the number of
// entrants.
func (d *obsDecoder) setEntries(entries []entry, dateOK bool) int {
	o := d.o
	total := 0
	for _, e := range entries {
		total += e.n // at most len(entries) × MaxObserved: no overflow
	}
	entries, dateOK = d.bounded(entries, total, dateOK)
	if len(entries) > 0 {
		first := slices.IndexFunc(entries, func(e entry) bool { return e.n > 0 })
		if first < 0 {
			d.problem("entries", "counts no entrants; at least one month must have entrants")
		} else {
			entries = entries[first:] // empty months before the first entrants are no entry months
			o.FirstEntry = entries[0].month
			o.Entries = make([]int, monthIndex(o.FirstEntry, entries[len(entries)-1].month)+1)
			for _, e := range entries {
				o.Entries[monthIndex(o.FirstEntry, e.month)] = e.n
				if dateOK && e.n > 0 && !e.month.Before(o.Date) {
					k := e.month.Format("2006-01")
					d.problem("entries."+k, "entrants in %s enter on or after the observation date %s", k, o.Date.Format("2006-01-02"))
				}
			}
		}
	}
	return total
}

// bounded checks the entrants, the months they span and the time to the
// observation date before anything is allocated for them; it returns no
// entries when they are out of bounds, and dateOK false when the date is.
func (d *obsDecoder) bounded(entries []entry, total int, dateOK bool) ([]entry, bool) {
	if total > MaxObserved {
		d.problem("entries", "counts %d entrants; at most %d are allowed (the largest cohort the model runs)", total, MaxObserved)
		return nil, dateOK
	}
	if first := slices.IndexFunc(entries, func(e entry) bool { return e.n > 0 }); first > 0 {
		entries = entries[first:] // empty months before the first entrants are no entry months
	}
	if len(entries) > 1 {
		if span := monthIndex(entries[0].month, entries[len(entries)-1].month); span > MaxEntrySpan {
			d.problem("entries", "spans %d months; entrants may enter over at most %d months (as cohort.entry_months)", span, MaxEntrySpan)
			return nil, dateOK
		}
	}
	if len(entries) > 0 && dateOK {
		if span := monthIndex(entries[0].month, d.o.Date); span > MaxObservationMonth {
			d.problem("observation_date", "lies %d months after the first entry; at most %d are allowed (the longest horizon)", span, MaxObservationMonth)
			dateOK = false
		}
	}
	return entries, dateOK
}

// counts decodes the counts per category and checks that they sum to the
// entrants.
func (d *obsDecoder) counts(v any, entriesOK bool, total int) {
	o := d.o
	// Counts per category.
	keys := model.CategoryKeys()
	switch v := v.(type) {
	case nil:
		d.problem("observed", "missing: a table of counts per outcome category (%s)", strings.Join(keys, ", "))
	case map[string]any:
		sum, complete := 0, true
		for _, k := range slices.Sorted(maps.Keys(v)) {
			key := "observed." + k
			c := slices.Index(keys, k)
			if c < 0 {
				d.problem(key, "unknown category %q%s; allowed: %s", k, suggest.Hint(k, keys), strings.Join(keys, ", "))
				complete = false
				continue
			}
			n, ok := v[k].(int64)
			if !ok || n < 0 || n > MaxObserved {
				d.problem(key, "must be a whole number of persons, 0 or more and at most %d, got %s", MaxObserved, scenarios.Describe(v[k]))
				complete = false
				continue
			}
			o.Counts[c] = int(n)
			sum += int(n)
		}
		for _, k := range keys {
			if _, ok := v[k]; !ok {
				d.problem("observed", "category %q is missing; give every category (0 when nobody): %s", k, strings.Join(keys, ", "))
				complete = false
			}
		}
		if complete && entriesOK && len(o.Entries) > 0 && sum != total {
			terms := make([]string, len(keys))
			for i, k := range keys {
				terms[i] = fmt.Sprintf("%s %d", k, o.Counts[i])
			}
			d.problem("observed", "counts sum to %d (%s), but [entries] counts %s; every entrant is in one category",
				sum, strings.Join(terms, " + "), i18n.Count(total, i18n.Entrants, "en"))
		}
	default:
		d.problem("observed", "must be a table of counts per category (%s), got %s", strings.Join(keys, ", "), scenarios.Describe(v))
	}
}
