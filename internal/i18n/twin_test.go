package i18n

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// verbs matches the format verbs of a text (after "%%" is removed), which
// its twin must have in the same order: the code fills both with the same
// values. Only the verbs the texts use count, so that a plain "90%-interval"
// is no verb.
var verbs = regexp.MustCompile(`%[-+# 0]*[0-9]*(\.[0-9]+)?[sdvqfgex]`)

// verbsOf lists the format verbs of s.
func verbsOf(s string) []string { return verbs.FindAllString(strings.ReplaceAll(s, "%%", ""), -1) }

// TestTwins: every Dutch text has its English twin and the reverse — the
// report's page, the names, the break-even sentences, the notes — with the same
// format verbs in the same order.
func TestTwins(t *testing.T) {
	pairs := []struct {
		name   string
		nl, en any
	}{
		{"Page", pageNL, pageEN},
		{"names", namesNL, namesEN},
		{"break-even", breakevenNL, breakevenEN},
		{"notes", notesNL, notesEN},
		{"verdict", verdictNL, verdictEN},
		{"board", boardNL, boardEN},
		{"terminal", terminalNL, terminalEN},
		{"sensitivity", sensitivityNL, sensitivityEN},
		{"nouns", nounsNL, nounsEN},
		{"calibrate", calibrateNL, calibrateEN},
	}
	for _, p := range pairs {
		twins(t, p.name, reflect.ValueOf(p.nl), reflect.ValueOf(p.en))
	}
}

func twins(t *testing.T, path string, nl, en reflect.Value) {
	t.Helper()
	switch nl.Kind() {
	case reflect.String:
		a, b := nl.String(), en.String()
		switch {
		case (a == "") != (b == ""):
			t.Errorf("%s: Dutch %q, English %q: one of the twins is missing", path, a, b)
		case !slices.Equal(verbsOf(a), verbsOf(b)):
			t.Errorf("%s: format verbs differ: Dutch %q has %q, English %q has %q", path, a, verbsOf(a), b, verbsOf(b))
		}
	case reflect.Struct:
		for i := range nl.NumField() {
			twins(t, path+"."+nl.Type().Field(i).Name, nl.Field(i), en.Field(i))
		}
	case reflect.Array, reflect.Slice:
		if nl.Len() != en.Len() {
			t.Errorf("%s: %d Dutch texts, %d English", path, nl.Len(), en.Len())
			return
		}
		for i := range nl.Len() {
			twins(t, fmt.Sprintf("%s[%d]", path, i), nl.Index(i), en.Index(i))
		}
	default:
		t.Fatalf("%s: a %s among the texts; teach twins about it", path, nl.Kind())
	}
}

// TestTwinsCatchAMissingText: the test fails on a text without its twin.
func TestTwinsCatchAMissingText(t *testing.T) {
	type texts struct{ A, B string }
	var fake testing.T
	twins(&fake, "fake", reflect.ValueOf(texts{"a %d", "b"}), reflect.ValueOf(texts{"a", ""}))
	if !fake.Failed() {
		t.Error("twins passed a text without its twin and one with other verbs")
	}
}
