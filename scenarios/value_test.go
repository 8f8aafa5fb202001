package scenarios

import (
	"testing"

	"github.com/vwnw/vwnw/model"
)

// TestValueIsWhatDrawSets: for every uncertain parameter of the shipped
// scenarios, Value(u) is the value Draw puts into the parameters at u.
func TestValueIsWhatDrawSets(t *testing.T) {
	n := 0
	for _, name := range Shipped() {
		s, err := Load(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range s.Uncertain() {
			for _, u := range []float64{0.013, 0.5, 0.77} {
				var p model.Params
				s.Draw(func(key string) float64 {
					if key == q.Key {
						return u
					}
					return 0.5
				}, &p)
				if got, want := q.Value(u), *q.at.in(&p); got != want {
					t.Errorf("%s %s at %v: Value %v, Draw set %v", name, q.Key, u, got, want)
				}
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("no uncertain parameters in the shipped scenarios")
	}
}
