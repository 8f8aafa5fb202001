package model

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// ItemSummary is the summary of one line item's NPV for one stakeholder.
type ItemSummary struct {
	Item    Item
	Summary Summary
}

// ItemSummaries are a stakeholder's line items in their fixed order,
// without those that were zero (to the cent) in every iteration. In JSON
// they are an object keyed by item, in that order.
type ItemSummaries []ItemSummary

// Get returns the summary of item i, and whether it is listed.
func (x ItemSummaries) Get(i Item) (Summary, bool) {
	for _, s := range x {
		if s.Item == i {
			return s.Summary, true
		}
	}
	return Summary{}, false
}

// Mean returns the mean of item i, 0 when it is not listed.
func (x ItemSummaries) Mean(i Item) float64 {
	s, _ := x.Get(i)
	return s.Mean
}

// MarshalJSON writes x as an object keyed by item, in item order.
func (x ItemSummaries) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for k, s := range x {
		if k > 0 {
			b.WriteByte(',')
		}
		key, _ := json.Marshal(s.Item.Key())
		b.Write(key)
		b.WriteByte(':')
		v, err := json.Marshal(s.Summary)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads x from an object keyed by item; unknown items are an
// error.
func (x *ItemSummaries) UnmarshalJSON(b []byte) error {
	var m map[string]Summary
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*x = (*x)[:0]
	for i := range NumItems {
		if s, ok := m[Item(i).Key()]; ok {
			*x = append(*x, ItemSummary{Item(i), s})
			delete(m, Item(i).Key())
		}
	}
	for k := range m {
		return fmt.Errorf("unknown line item %q; allowed: %v", k, ItemKeys())
	}
	return nil
}
