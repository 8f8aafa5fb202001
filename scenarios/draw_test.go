package scenarios

import (
	"reflect"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model"
)

// byTags finds the float64 that key names in p by walking the toml tags
// with reflection (services by name), independently of resolve.
func byTags(t *testing.T, p *model.Params, key string) *float64 {
	t.Helper()
	v := reflect.ValueOf(p).Elem()
	for _, k := range strings.Split(key, ".") {
		if v.Kind() == reflect.Slice {
			found := false
			for i := range v.Len() {
				if v.Index(i).FieldByName("Name").String() == k {
					v, found = v.Index(i), true
					break
				}
			}
			if !found {
				t.Fatalf("%s: no entry %q", key, k)
			}
			continue
		}
		found := false
		for i := range v.NumField() {
			if strings.Split(v.Type().Field(i).Tag.Get("toml"), ",")[0] == k {
				v, found = v.Field(i), true
				break
			}
		}
		if !found {
			t.Fatalf("%s: no field %q", key, k)
		}
	}
	return v.Addr().Interface().(*float64)
}

// TestDrawSetsEachParameter checks that Draw sets every uncertain
// parameter of the shipped scenarios where its key says, and nothing else,
// and that Setter reaches the same field.
func TestDrawSetsEachParameter(t *testing.T) {
	for _, name := range Shipped() {
		s, err := Load(name)
		if err != nil {
			t.Fatal(err)
		}
		var median model.Params
		s.Draw(func(string) float64 { return 0.5 }, &median)
		for _, q := range s.Uncertain() {
			var p model.Params
			s.Draw(func(k string) float64 {
				if k == q.Key {
					return 0.99
				}
				return 0.5
			}, &p)
			got := byTags(t, &p, q.Key)
			if *got == *byTags(t, &median, q.Key) {
				t.Errorf("%s: %s: Draw did not set it (%v at its p99 and its median)", name, q.Key, *got)
			}
			*got = *byTags(t, &median, q.Key)
			if !reflect.DeepEqual(p, median) {
				t.Errorf("%s: %s: Draw changed another field", name, q.Key)
			}
			set, err := s.Setter(q.Key)
			if err != nil {
				t.Fatal(err)
			}
			set(&p, 12.5)
			if *byTags(t, &p, q.Key) != 12.5 {
				t.Errorf("%s: %s: Setter set another field", name, q.Key)
			}
		}
	}
}
