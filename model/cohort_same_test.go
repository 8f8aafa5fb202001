package model

import (
	"reflect"
	"testing"

	"github.com/vwnw/vwnw/model/dist"
)

// leaves returns the index paths of the fields of t that are not structs,
// down through structs.
func leaves(t reflect.Type, prefix []int) [][]int {
	var out [][]int
	for i := range t.NumField() {
		path := append(append([]int(nil), prefix...), i)
		if f := t.Field(i).Type; f.Kind() == reflect.Struct {
			out = append(out, leaves(f, path)...)
		} else {
			out = append(out, path)
		}
	}
	return out
}

// TestSameCohortEveryField changes each field of a cohort, down to the
// fields of its distributions and tables, one at a time: sameCohort must
// tell every change (and so compare a field added to Cohort later).
func TestSameCohortEveryField(t *testing.T) {
	base := Cohort{
		Size: 30, File: "f.csv", Start: "2020-09", EntryMonths: []int{0, 1},
		Age:       dist.Dist{Kind: dist.PERT, Min: 20, Mode: 40, Max: 64},
		Education: Education{Low: 0.5, Mid: 0.3, High: 0.2},
		Triage:    Triage{Method: "shares", Shares: TriageShares{Group1: 1}},
	}
	clone := func() Cohort {
		c := base
		c.EntryMonths = append([]int(nil), base.EntryMonths...)
		return c
	}
	if c := clone(); !sameCohort(&base, &c) {
		t.Fatal("a copy: sameCohort reports another cohort")
	}
	typ := reflect.TypeFor[Cohort]()
	for _, path := range leaves(typ, nil) {
		c := clone()
		v := reflect.ValueOf(&c).Elem().FieldByIndex(path)
		switch v.Kind() {
		case reflect.Float64:
			v.SetFloat(v.Float() + 1)
		case reflect.Int:
			v.SetInt(v.Int() + 1)
		case reflect.String:
			v.SetString(v.String() + "x")
		case reflect.Bool:
			v.SetBool(!v.Bool())
		case reflect.Slice:
			v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
		default:
			t.Fatalf("%v: a %s; teach sameCohort and this test to compare it", typ.FieldByIndex(path).Name, v.Kind())
		}
		if sameCohort(&base, &c) {
			t.Errorf("field %s (index %v) changed: sameCohort reports the same cohort", typ.FieldByIndex(path).Name, path)
		}
	}
}
