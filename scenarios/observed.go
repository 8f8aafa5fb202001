package scenarios

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/vwnw/vwnw/internal/suggest"
	"github.com/vwnw/vwnw/model"
)

//go:embed observed/*.toml
var observedFS embed.FS

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
func (o *Observation) CohortOverrides() []Override {
	months := o.EntryMonths()
	text := make([]string, len(months))
	for i, m := range months {
		text[i] = strconv.Itoa(m)
	}
	return []Override{
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

// ShippedObservations lists the names of the observation files embedded in
// the binary.
func ShippedObservations() []string {
	entries, _ := fs.ReadDir(observedFS, "observed")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".toml"))
	}
	return names
}

// ShippedObservationSource returns the TOML text of a shipped observation
// file.
func ShippedObservationSource(name string) ([]byte, bool) {
	b, err := observedFS.ReadFile("observed/" + name + ".toml")
	return b, err == nil
}

// openObservation finds ref: the name of a shipped observation file or a
// path.
func openObservation(ref string) (data []byte, display string, err error) {
	isPath := strings.ContainsAny(ref, `/\`) || strings.HasSuffix(ref, ".toml")
	if !isPath {
		if b, ok := ShippedObservationSource(ref); ok {
			return b, ref + " (shipped)", nil
		}
	}
	info, err := os.Stat(ref)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !isPath:
		return nil, "", fmt.Errorf("%q is neither a shipped observation file%s (%s) nor a file", ref,
			suggest.Hint(ref, ShippedObservations()), strings.Join(ShippedObservations(), ", "))
	case errors.Is(err, fs.ErrNotExist):
		return nil, "", fmt.Errorf("%s: no such file", ref)
	case err != nil:
		return nil, "", fmt.Errorf("%s: %w", ref, err)
	case info.IsDir():
		return nil, "", fmt.Errorf("%s: is a directory, not an observation file", ref)
	}
	data, err = os.ReadFile(ref)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", ref, err)
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
		return nil, &Error{Problems: []Problem{{Msg: err.Error()}}}
	}
	return decodeObservation(data, display, strings.TrimSuffix(filepath.Base(ref), ".toml"))
}

// LoadObservationBytes reads an observation file from TOML text; display
// names it in messages.
func LoadObservationBytes(data []byte, display string) (*Observation, error) {
	return decodeObservation(data, display, strings.TrimSuffix(filepath.Base(display), ".toml"))
}

// observationKeys are the top-level keys of an observation file.
var observationKeys = []string{"name", "description", "source", "observation_date", "entries", "observed"}

// monthIndex counts the months from first to m.
func monthIndex(first, m time.Time) int {
	return (m.Year()-first.Year())*12 + int(m.Month()) - int(first.Month())
}

func decodeObservation(data []byte, display, name string) (*Observation, error) {
	var ps problems
	var m map[string]any
	if _, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&m); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			ps.add(display, pe.Position.Line, pe.LastKey, "TOML syntax: %s", pe.Message)
		} else {
			ps.add(display, 0, "", "TOML: %v", err)
		}
		return nil, ps.err()
	}
	lines := keyLines(data)
	problem := func(key, format string, args ...any) {
		line := lines[key]
		if line == 0 {
			if i := strings.IndexByte(key, '.'); i > 0 {
				line = lines[key[:i]]
			}
		}
		ps.add(display, line, key, format, args...)
	}
	o := &Observation{Name: name, File: display}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		if !slices.Contains(observationKeys, k) {
			problem(k, "unknown key %q at the top level%s; allowed: %s", k, suggest.Hint(k, observationKeys), strings.Join(observationKeys, ", "))
		}
	}
	for _, k := range []string{"name", "description", "source"} {
		dst := map[string]*string{"name": &o.Name, "description": &o.Description, "source": &o.Source}[k]
		if v, ok := m[k]; ok {
			s, isString := v.(string)
			if !isString {
				problem(k, "must be a string, got %s", describe(v))
				continue
			}
			*dst = s
		}
	}

	// The observation date: a TOML date (2021-04-01) or such a string.
	dateOK := false
	switch v := m["observation_date"].(type) {
	case nil:
		problem("observation_date", "missing: the date of the observation, e.g. observation_date = 2021-04-01")
	case time.Time:
		if v.Hour() != 0 || v.Minute() != 0 || v.Second() != 0 || v.Nanosecond() != 0 {
			problem("observation_date", "must be a date without a time of day, e.g. 2021-04-01")
		} else {
			o.Date, dateOK = time.Date(v.Year(), v.Month(), v.Day(), 0, 0, 0, 0, time.UTC), true
		}
	case string:
		d, err := time.Parse("2006-01-02", v)
		if err != nil {
			problem("observation_date", "%q is not a date; write it as 2021-04-01", v)
		} else {
			o.Date, dateOK = d, true
		}
	default:
		problem("observation_date", "must be a date such as 2021-04-01, got %s", describe(v))
	}

	// Entrants per month.
	type entry struct {
		month time.Time
		n     int
	}
	var entries []entry
	entriesOK := false
	switch v := m["entries"].(type) {
	case nil:
		problem("entries", `missing: a table of entrants per month of entry, e.g. [entries] "2020-09" = 8`)
	case map[string]any:
		if len(v) == 0 {
			problem("entries", `names no month; give entrants per month, e.g. "2020-09" = 8`)
		}
		for _, k := range slices.Sorted(maps.Keys(v)) {
			key := "entries." + k
			month, err := time.Parse("2006-01", k)
			if err != nil {
				problem(key, "%q is not a month; write months as \"2020-09\"", k)
				continue
			}
			n, ok := v[k].(int64)
			if !ok || n < 0 {
				problem(key, "must be a whole number of entrants, 0 or more, got %s", describe(v[k]))
				continue
			}
			entries = append(entries, entry{month, int(n)})
		}
		entriesOK = len(entries) == len(v)
	default:
		problem("entries", `must be a table of entrants per month, e.g. [entries] "2020-09" = 8, got %s`, describe(v))
	}
	total := 0
	for _, e := range entries {
		total += e.n
	}
	if len(entries) > 0 {
		first := slices.IndexFunc(entries, func(e entry) bool { return e.n > 0 })
		if first < 0 {
			problem("entries", "counts no entrants; at least one month must have entrants")
		} else {
			entries = entries[first:] // empty months before the first entrants are no entry months
			o.FirstEntry = entries[0].month
			o.Entries = make([]int, monthIndex(o.FirstEntry, entries[len(entries)-1].month)+1)
			for _, e := range entries {
				o.Entries[monthIndex(o.FirstEntry, e.month)] = e.n
				if dateOK && e.n > 0 && !e.month.Before(o.Date) {
					k := e.month.Format("2006-01")
					problem("entries."+k, "entrants in %s enter on or after the observation date %s", k, o.Date.Format("2006-01-02"))
				}
			}
		}
	}

	// Counts per category.
	keys := model.CategoryKeys()
	switch v := m["observed"].(type) {
	case nil:
		problem("observed", "missing: a table of counts per outcome category (%s)", strings.Join(keys, ", "))
	case map[string]any:
		sum, complete := 0, true
		for _, k := range slices.Sorted(maps.Keys(v)) {
			key := "observed." + k
			c := slices.Index(keys, k)
			if c < 0 {
				problem(key, "unknown category %q%s; allowed: %s", k, suggest.Hint(k, keys), strings.Join(keys, ", "))
				complete = false
				continue
			}
			n, ok := v[k].(int64)
			if !ok || n < 0 {
				problem(key, "must be a whole number of persons, 0 or more, got %s", describe(v[k]))
				complete = false
				continue
			}
			o.Counts[c] = int(n)
			sum += int(n)
		}
		for _, k := range keys {
			if _, ok := v[k]; !ok {
				problem("observed", "category %q is missing; give every category (0 when nobody): %s", k, strings.Join(keys, ", "))
				complete = false
			}
		}
		if complete && entriesOK && len(o.Entries) > 0 && sum != total {
			terms := make([]string, len(keys))
			for i, k := range keys {
				terms[i] = fmt.Sprintf("%s %d", k, o.Counts[i])
			}
			problem("observed", "counts sum to %d (%s), but [entries] counts %d entrants; every entrant is in one category",
				sum, strings.Join(terms, " + "), total)
		}
	default:
		problem("observed", "must be a table of counts per category (%s), got %s", strings.Join(keys, ", "), describe(v))
	}
	if err := ps.err(); err != nil {
		return nil, err
	}
	return o, nil
}

// FitKey describes a scenario key that calibration can fit: a number or
// distribution drawn per iteration, with the bounds its validation rules
// give (±Inf when unbounded). Fitted values stay strictly inside them.
type FitKey struct {
	Key          string
	Lower, Upper float64
}

// LookupFitKey checks that key is a parameter of the scenario language that
// calibration can fit — a number or distribution, not a share of a table
// that must sum to 1 — and returns its bounds. Unknown keys get a
// did-you-mean hint.
func LookupFitKey(key string) (FitKey, error) {
	if key == "" {
		return FitKey{}, errors.New("--fit: empty key")
	}
	parts := strings.Split(key, ".")
	n, matched := lookup(parts)
	switch {
	case matched < len(parts) && n.leaf():
		return FitKey{}, fmt.Errorf("--fit %s: %s is a value, not a table", key, strings.Join(parts[:matched], "."))
	case matched < len(parts):
		keys := n.keys()
		hint := suggest.Hint(parts[matched], keys)
		if hint == "" {
			hint = suggest.Hint(key, Keys())
		}
		return FitKey{}, fmt.Errorf("--fit %s: unknown key %q%s; allowed here: %s", key, parts[matched], hint, strings.Join(keys, ", "))
	case !n.leaf():
		return FitKey{}, fmt.Errorf("--fit %s: is a table; fit one of its keys: %s", key, strings.Join(prefixAll(key, n.keys()), ", "))
	case n.kind != kindParam:
		return FitKey{}, fmt.Errorf("--fit %s: is not a number that can be fitted (it is a %s)", key, kindName(n.kind))
	case n.fixed:
		if parent, _ := lookup(parts[:len(parts)-1]); parent.shares {
			return FitKey{}, fmt.Errorf("--fit %s: is a share of a table that must sum to 1 (%s); fitting it alone would break the sum", key, strings.Join(prefixAll(strings.Join(parts[:len(parts)-1], "."), parent.keys()), " + "))
		}
		if parts[0] == "cohort" {
			return FitKey{}, fmt.Errorf("--fit %s: is a fixed characteristic of the cohort (a plain share of the persons, not a parameter drawn per iteration); the cohort is the observed persons, part of the world a scenario shares with its baseline, so it is described, not fitted", key)
		}
		return FitKey{}, fmt.Errorf("--fit %s: must be a plain number in a scenario (not a distribution), so a fitted value with its uncertainty cannot be written for it", key)
	}
	fk := FitKey{Key: key, Lower: math.Inf(-1), Upper: math.Inf(1)}
	switch {
	case n.prob:
		fk.Lower, fk.Upper = 0, 1
	case n.pos, n.nonneg:
		fk.Lower = 0
	}
	return fk, nil
}

func kindName(k kind) string {
	switch k {
	case kindSpread:
		return "spread of a characteristic across persons"
	case kindInt:
		return "whole number"
	case kindIntList:
		return "list of whole numbers"
	case kindString:
		return "string"
	case kindBool:
		return "boolean"
	}
	return "table"
}

// Value returns the value of the parameter key in s — the median when it is
// uncertain — and whether s has it.
func (s *Scenario) Value(key string) (float64, bool) {
	for _, q := range s.uncertain {
		if q.Key == key {
			return q.Dist.Median(), true
		}
	}
	v := reflect.ValueOf(&s.params).Elem()
	n := schema
	for _, k := range strings.Split(key, ".") {
		switch n.kind {
		case kindTable:
			c := n.child(k)
			if c == nil {
				return 0, false
			}
			v, n = v.Field(c.index), c
		case kindNamed:
			i := 0
			for i < v.Len() && v.Index(i).FieldByName("Name").String() != k {
				i++
			}
			if i == v.Len() {
				return 0, false
			}
			v, n = v.Index(i), n.entry
		default:
			return 0, false
		}
	}
	if n.kind != kindParam {
		return 0, false
	}
	return v.Float(), true
}

// CalibrationSetup ties an observation to a scenario for calibration: the
// scenario's synthetic cohort enters as observed, and Shares simulates the
// category shares at the observation date with the fitted keys set to
// fixed values and everything else as the scenario says.
type CalibrationSetup struct {
	Observation *Observation
	// Ref is the scenario as named (a shipped name or a path).
	Ref string
	// Scenario is the scenario as loaded with the cohort of the
	// observation and the user's overrides, the fitted keys unchanged.
	Scenario *Scenario
	// Keys are the fitted keys with their bounds.
	Keys []FitKey
	// Start holds the fitted keys' values in the scenario (medians).
	Start []float64
	// Overrides are the user's --set overrides, applied in every
	// evaluation.
	Overrides []Override
	// Config runs each evaluation: the same seed every time (common random
	// numbers), Observe at the observation month.
	Config model.Config
}

// MaxFitKeys is the most keys calibration fits at once: one fewer than the
// outcome categories.
const MaxFitKeys = model.NumCategories - 1

// NewCalibrationSetup checks the fit keys and loads the scenario ref with the
// observation's cohort. cfg gives seed, iterations and workers; its Observe
// is set from the observation and its Horizon raised to reach it.
func NewCalibrationSetup(obs *Observation, ref string, fit []string, cfg model.Config, overrides []Override) (*CalibrationSetup, error) {
	if len(fit) == 0 {
		return nil, errors.New("--fit: name at least one key to fit, e.g. --fit interventions.coaching.job_finding_hr")
	}
	if len(fit) > MaxFitKeys {
		return nil, fmt.Errorf("--fit %s: %d keys, at most %d: %d outcome categories give %d independent shares, and each fitted key uses one",
			strings.Join(fit, ","), len(fit), MaxFitKeys, model.NumCategories, model.NumCategories-1)
	}
	var keys []FitKey
	var bad []string
	for _, k := range fit {
		fk, err := LookupFitKey(k)
		if err != nil {
			bad = append(bad, err.Error())
			continue
		}
		if slices.ContainsFunc(keys, func(x FitKey) bool { return x.Key == k }) {
			bad = append(bad, fmt.Sprintf("--fit %s: named twice", k))
			continue
		}
		if slices.ContainsFunc(overrides, func(o Override) bool { return o.Key == k }) {
			bad = append(bad, fmt.Sprintf("--fit %s: also fixed with --set; fit it or set it, not both", k))
		}
		keys = append(keys, fk)
	}
	if len(bad) > 0 {
		return nil, errors.New(strings.Join(bad, "\n"))
	}
	s, err := Load(ref, append(slices.Clone(overrides), obs.CohortOverrides()...)...)
	if err != nil {
		return nil, err
	}
	if s.Persons != nil {
		if err := checkFileEntries(obs, s.Persons); err != nil {
			return nil, fmt.Errorf("%s: cohort.file: %w", s.File, err)
		}
	}
	setup := &CalibrationSetup{Observation: obs, Ref: ref, Scenario: s, Keys: keys, Overrides: slices.Clone(overrides)}
	for _, k := range keys {
		v, ok := s.Value(k.Key)
		if !ok {
			return nil, fmt.Errorf("--fit %s: scenario %s does not set it", k.Key, s.File)
		}
		setup.Start = append(setup.Start, v)
	}
	cfg.Observe = obs.Month()
	cfg.CohortSize = 0
	// Nothing after the observation changes what is counted at it.
	cfg.Horizon = max(cfg.Horizon, cfg.Observe+1)
	setup.Config = cfg
	return setup, nil
}

// checkFileEntries compares a cohort file's entry months with the observed
// entrants.
func checkFileEntries(obs *Observation, persons []model.Person) error {
	got := map[int]int{}
	for _, p := range persons {
		got[p.EntryMonth]++
	}
	want := map[int]int{}
	for m, n := range obs.Entries {
		if n > 0 {
			want[m] = n
		}
	}
	if !maps.Equal(got, want) {
		return fmt.Errorf("its persons enter in other months than the observation's entrants (file %v, observed %v, by month from %s)",
			got, want, obs.FirstEntry.Format("2006-01"))
	}
	return nil
}

// EvaluationOverrides returns the overrides of one evaluation: the user's,
// the observation's cohort, and the fitted keys at x.
func (c *CalibrationSetup) EvaluationOverrides(x []float64) []Override {
	all := append(slices.Clone(c.Overrides), c.Observation.CohortOverrides()...)
	for i, k := range c.Keys {
		all = append(all, Override{Key: k.Key, Value: strconv.FormatFloat(x[i], 'g', -1, 64)})
	}
	return all
}

// Shares simulates the mean share of each category at the observation date
// with the fitted keys at x. Every call uses the same random numbers.
func (c *CalibrationSetup) Shares(ctx context.Context, x []float64) ([model.NumCategories]float64, error) {
	s, err := Load(c.Ref, c.EvaluationOverrides(x)...)
	if err != nil {
		return [model.NumCategories]float64{}, err
	}
	return model.CategoryShares(ctx, c.Config, s.Input())
}

// Problem returns the model's calibration problem for this setup.
func (c *CalibrationSetup) Problem() *model.Calibration {
	params := make([]model.FitParam, len(c.Keys))
	for i, k := range c.Keys {
		params[i] = model.FitParam{Name: k.Key, Start: c.Start[i], Lower: k.Lower, Upper: k.Upper}
	}
	return &model.Calibration{
		Params: params,
		Counts: c.Observation.CountsFloat(),
		Shares: c.Shares,
		// Half a person among all simulated persons: below what the
		// simulation can resolve.
		Floor: 0.5 / float64(c.Observation.Total()*max(1, c.Config.Iterations)),
	}
}
