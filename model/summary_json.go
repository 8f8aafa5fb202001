package model

import (
	"encoding/json"
	"math"
)

// summaryJSON is Summary with nullable fields.
type summaryJSON struct {
	Mean         *float64 `json:"mean"`
	SD           *float64 `json:"sd"`
	SE           *float64 `json:"se"`
	P5           *float64 `json:"p5"`
	P50          *float64 `json:"p50"`
	P95          *float64 `json:"p95"`
	ProbPositive *float64 `json:"prob_positive"`
}

// fields lists the fields of s and of j in the same order.
func (s *Summary) fields() []*float64 {
	return []*float64{&s.Mean, &s.SD, &s.SE, &s.P5, &s.P50, &s.P95, &s.ProbPositive}
}

func (j *summaryJSON) fields() []**float64 {
	return []**float64{&j.Mean, &j.SD, &j.SE, &j.P5, &j.P50, &j.P95, &j.ProbPositive}
}

// MarshalJSON writes s with NaN and infinite fields as null.
func (s Summary) MarshalJSON() ([]byte, error) {
	var j summaryJSON
	jf := j.fields()
	for i, f := range s.fields() {
		if !math.IsNaN(*f) && !math.IsInf(*f, 0) {
			*jf[i] = f
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads s, a null field as NaN.
func (s *Summary) UnmarshalJSON(b []byte) error {
	var j summaryJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	jf := j.fields()
	for i, f := range s.fields() {
		*f = math.NaN()
		if *jf[i] != nil {
			*f = **jf[i]
		}
	}
	return nil
}

// Zero reports whether the quantity was exactly zero in every iteration: for
// a stakeholder's NPV, that the party has no cash flows that differ from
// the baseline.
func (s Summary) Zero() bool { return s.Mean == 0 && s.SD == 0 }

// Defined reports whether any iteration defined the quantity s describes.
func (s Summary) Defined() bool { return !math.IsNaN(s.Mean) }
