package output

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/internal/safeio"
	"github.com/vwnw/vwnw/model"
)

// ErrNotResults is the error ReadJSON and ReadResults wrap when the input
// is not vwnw results at all (not JSON, another tool's, or no object).
var ErrNotResults = errors.New("not vwnw results")

// ReadJSON reads results as JSON writes them (results.json) from r, at most
// safeio.MaxResults bytes, and checks them with ReadResults.
func ReadJSON(r io.Reader) (*model.Results, error) {
	data, err := io.ReadAll(io.LimitReader(r, safeio.MaxResults+1))
	if err != nil {
		return nil, err
	}
	if len(data) > safeio.MaxResults {
		return nil, fmt.Errorf("larger than %s; vwnw reads results up to that size", safeio.Bytes(safeio.MaxResults))
	}
	return ReadResults(data)
}

// Bounds of a results.json that ReadResults accepts, beyond the size limit
// its caller reads it with (safeio.MaxResults).
const (
	// MaxHorizon is the longest horizon, in months (--horizon).
	MaxHorizon = 600
	// MaxScenarios is the most scenarios of one results.json.
	MaxScenarios = 256
	// maxTitleLen and maxDescriptionLen are as for scenario files.
	maxTitleLen       = 200
	maxDescriptionLen = 4000
)

// ReadResults decodes a results.json written by vwnw and checks it before
// anything draws it: one JSON object with no trailing data and no unknown
// keys; tool "vwnw" and a version; a horizon of 1 to MaxHorizon months; 1
// to MaxScenarios scenarios with safe names and titles, the baseline among
// them; every monthly series as long as the horizon; and every number
// finite (CheckFinite). Its errors name the key at fault, without quoting
// more than a short, escaped piece of the input.
func ReadResults(data []byte) (*model.Results, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var r model.Results
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%w: %s", ErrNotResults, jsonError(err, data))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: data after the JSON object at byte %d", ErrNotResults, dec.InputOffset())
	}
	if r.Tool != "vwnw" {
		return nil, fmt.Errorf("%w: tool is %s, want \"vwnw\"", ErrNotResults, safeio.Quote(r.Tool))
	}
	if r.Version == "" || safeio.CheckText(r.Version, 64, false) != nil {
		return nil, fmt.Errorf("version %s: want the version of vwnw that wrote the file", safeio.Quote(r.Version))
	}
	h := r.Run.HorizonMonths
	if h < 1 || h > MaxHorizon {
		return nil, fmt.Errorf("run.horizon_months is %d; it must be 1 to %d", h, MaxHorizon)
	}
	if n := len(r.Scenarios); n < 1 || n > MaxScenarios {
		return nil, fmt.Errorf("scenarios holds %d scenarios; want 1 to %d", n, MaxScenarios)
	}
	if err := checkScenarios(&r); err != nil {
		return nil, err
	}
	if err := walkShape(reflect.ValueOf(&r).Elem(), ""); err != nil {
		return nil, err
	}
	if err := CheckFinite(&r); err != nil {
		return nil, err
	}
	return &r, nil
}

func checkScenarios(r *model.Results) error {
	h := r.Run.HorizonMonths
	var names []string
	for i := range r.Scenarios {
		s := &r.Scenarios[i]
		at := fmt.Sprintf("scenarios[%d]", i)
		if err := safeio.CheckName("name", s.Name); err != nil {
			return fmt.Errorf("%s: %w", at, err)
		}
		if slices.Contains(names, s.Name) {
			return fmt.Errorf("%s: the name %q appears twice", at, s.Name)
		}
		names = append(names, s.Name)
		at = fmt.Sprintf("scenario %q", s.Name)
		for key, t := range map[string]string{"title": s.Title, "title_nl": s.TitleNL} {
			if err := safeio.CheckText(t, maxTitleLen, false); err != nil {
				return fmt.Errorf("%s: %s %w", at, key, err)
			}
		}
		for key, t := range map[string]string{"description": s.Description, "description_nl": s.DescriptionNL} {
			if err := safeio.CheckText(t, maxDescriptionLen, true); err != nil {
				return fmt.Errorf("%s: %s %w", at, key, err)
			}
		}
		if s.CohortSize < 1 {
			return fmt.Errorf("%s: cohort_size is %d; it must be at least 1", at, s.CohortSize)
		}
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			if n := len(*s.Cashflow.At(st)); n != h {
				return fmt.Errorf("%s: cashflow.%s has %s; the horizon is %s", at, st.Key(), i18n.Count(n, i18n.Months, "en"), i18n.Count(h, i18n.Months, "en"))
			}
		}
		for k := range model.NumStates {
			st := model.State(k)
			if n := len(*s.Occupancy.At(st)); n != h {
				return fmt.Errorf("%s: occupancy.%s has %s; the horizon is %s", at, st.Key(), i18n.Count(n, i18n.Months, "en"), i18n.Count(h, i18n.Months, "en"))
			}
		}
	}
	if !slices.Contains(names, r.Baseline) {
		return fmt.Errorf("baseline %s is not one of the scenarios", safeio.Quote(r.Baseline))
	}
	return nil
}

// Bounds on every list and text of a results.json (beyond the checks
// above): the most entries of a list (a tornado's bars, EVPPI rows,
// notes) and the longest text.
const (
	maxList = 10_000
	maxText = 4000
)

// walkShape checks every list and text of v: lists of at most maxList
// entries, texts of at most maxText characters without control, bidi or
// other invisible characters (line breaks and tabs allowed).
func walkShape(v reflect.Value, path string) error {
	switch v.Kind() {
	case reflect.String:
		if err := safeio.CheckText(v.String(), maxText, true); err != nil {
			return fmt.Errorf("%s %w", path, err)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			return walkShape(v.Elem(), path)
		}
	case reflect.Slice, reflect.Array:
		if v.Len() > maxList {
			return fmt.Errorf("%s has %d entries; at most %d are allowed", path, v.Len(), maxList)
		}
		if k := v.Type().Elem().Kind(); k != reflect.String && k != reflect.Struct && k != reflect.Pointer && k != reflect.Slice {
			return nil // numbers: CheckFinite's
		}
		for i := range v.Len() {
			if err := walkShape(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				name = f.Name
			}
			if path != "" {
				name = path + "." + name
			}
			if err := walkShape(v.Field(i), name); err != nil {
				return err
			}
		}
	}
	return nil
}

// jsonError describes a decoding error by its position, not by the text
// around it.
func jsonError(err error, data []byte) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return "the file is empty"
	case errors.As(err, &se):
		line := 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
		return fmt.Sprintf("line %d: %s", line, safeio.EscapeInvisible(se.Error()))
	case errors.As(err, &te):
		return fmt.Sprintf("%s: want %s, got JSON %s", te.Field, te.Type, te.Value)
	}
	msg := safeio.EscapeInvisible(err.Error())
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	return msg
}
