package output

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/model"
)

// CheckFinite returns an error naming the first number of r that no
// output may show: an infinite or NaN number anywhere, except a
// model.Summary of an outcome that no iteration defines (every field
// NaN, written as null and shown as n/a). Net present values and cash
// flows are always defined. The error names the scenario and the key of
// the number in results.json.
func CheckFinite(r *model.Results) error {
	if err := walkFinite(reflect.ValueOf(r.Run), "run"); err != nil {
		return err
	}
	for i := range r.Scenarios {
		s := &r.Scenarios[i]
		if err := walkFinite(reflect.ValueOf(s).Elem(), ""); err != nil {
			return fmt.Errorf("scenario %s: %w", strconv.Quote(s.Name), err)
		}
	}
	if r.Sensitivity != nil {
		return walkFinite(reflect.ValueOf(r.Sensitivity).Elem(), "sensitivity")
	}
	return nil
}

var summaryType = reflect.TypeFor[model.Summary]()

func walkFinite(v reflect.Value, path string) error {
	switch v.Kind() {
	case reflect.Float64:
		if x := v.Float(); math.IsNaN(x) || math.IsInf(x, 0) {
			return notFinite(path, x)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return walkFinite(v.Elem(), path)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if err := walkFinite(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
	case reflect.Struct:
		if v.Type() == summaryType {
			return summaryFinite(v.Interface().(model.Summary), path)
		}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "-" || !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			p := name
			if path != "" {
				p = path + "." + name
			}
			if err := walkFinite(v.Field(i), p); err != nil {
				return err
			}
		}
	}
	return nil
}

func summaryFinite(s model.Summary, path string) error {
	undefined := math.IsNaN(s.Mean) && math.IsNaN(s.SD) && math.IsNaN(s.SE) && math.IsNaN(s.P5) &&
		math.IsNaN(s.P50) && math.IsNaN(s.P95) && math.IsNaN(s.ProbPositive)
	if undefined && !strings.HasPrefix(path, "npv") {
		return nil
	}
	for _, f := range []struct {
		key string
		v   float64
	}{{"mean", s.Mean}, {"sd", s.SD}, {"se", s.SE}, {"p5", s.P5}, {"p50", s.P50}, {"p95", s.P95}, {"prob_positive", s.ProbPositive}} {
		if math.IsNaN(f.v) || math.IsInf(f.v, 0) {
			return notFinite(path+"."+f.key, f.v)
		}
	}
	return nil
}

func notFinite(path string, x float64) error {
	return fmt.Errorf("%s is %v, not a finite number: the scenario's parameters make the simulation undefined; check their ranges (vwnw validate) and how they combine", path, x)
}
