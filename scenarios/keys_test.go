package scenarios

import (
	"strings"
	"testing"
)

// TestKeyInfos checks the key listing against the schema: one entry per key
// of Keys, each with a unit, and sample rows from the rules and the shipped
// files.
func TestKeyInfos(t *testing.T) {
	all, err := KeyInfos("")
	if err != nil {
		t.Fatal(err)
	}
	keys := Keys()
	if len(all) != len(keys) {
		t.Fatalf("%d keys listed, want %d", len(all), len(keys))
	}
	for i, k := range keys {
		if all[i].Key != k {
			t.Errorf("entry %d is %s, want %s", i, all[i].Key, k)
		}
		if all[i].Unit == "" {
			t.Errorf("%s has no unit: add it to units in scenarios/reference.go", k)
		}
	}
	want := map[string]KeyInfo{
		"cohort.size":                             {Type: "whole number", Unit: "persons", Allowed: "1 to 1000000", Distribution: "no", Shipped: "30"},
		"cohort.flex_share":                       {Type: "number", Unit: "share of persons", Allowed: "0 to 1", Distribution: "no", Shipped: "0.1"},
		"cohort.age":                              {Type: "spread across persons", Unit: "years", Allowed: "every person 15 to 80", Distribution: "yes, drawn per person", Shipped: "pert: min 22, mode 55, max 64"},
		"cohort.education.low":                    {Type: "number", Unit: "share of persons", Allowed: "0 to 1; the table sums to 1", Distribution: "no", Shipped: "0.5"},
		"hazards.job_finding":                     {Type: "number", Unit: "per month", Allowed: "0 to 10", Distribution: "yes, drawn per iteration", Shipped: "pert: min 0.1, mode 0.15, max 0.22"},
		"interventions.coaching.mode":             {Type: "string", Unit: "—", Allowed: "`face_to_face`, `digital`, `hybrid`", Distribution: "no", Shipped: "`\"face_to_face\"` (intensive_coaching)"},
		"interventions.coaching.case_manager_fte": {Type: "number", Unit: "FTE", Allowed: "0 to 1e6; room for one participant of each triage group offered", Distribution: "yes, drawn per iteration", Shipped: "1.11 (intensive_coaching)"},
	}
	for _, info := range all {
		w, ok := want[info.Key]
		if !ok {
			continue
		}
		w.Key = info.Key
		if info != w {
			t.Errorf("%s:\n got %+v\nwant %+v", info.Key, info, w)
		}
		delete(want, info.Key)
	}
	for k := range want {
		t.Errorf("%s not listed", k)
	}
}

func TestKeyInfosPrefix(t *testing.T) {
	for _, tt := range []struct {
		prefix string
		first  string
		n      int // 0: any number above 1
	}{
		{"cohort", "cohort.size", 0},
		{"cohort.", "cohort.size", 0},
		{"cohort.size", "cohort.size", 1},
		{"interventions.services", "interventions.services.<name>.uptake", 0},
		{"interventions.services.uptake", "interventions.services.<name>.uptake", 1},
	} {
		got, err := KeyInfos(tt.prefix)
		if err != nil {
			t.Errorf("%q: %v", tt.prefix, err)
			continue
		}
		if got[0].Key != tt.first || (tt.n > 0 && len(got) != tt.n) || (tt.n == 0 && len(got) < 2) {
			t.Errorf("%q: %d keys from %s", tt.prefix, len(got), got[0].Key)
		}
		for _, k := range got {
			if !strings.HasPrefix(k.Key, strings.Split(tt.prefix, ".")[0]) {
				t.Errorf("%q lists %s", tt.prefix, k.Key)
			}
		}
	}
	_, err := KeyInfos("hazrds")
	if err == nil || !strings.Contains(err.Error(), `no key starts with "hazrds"`) || !strings.Contains(err.Error(), `did you mean "hazards"?`) {
		t.Errorf("a misspelt prefix: got %v", err)
	}
}
