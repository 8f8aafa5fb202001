package workbook

import (
	"fmt"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/scenarios"
)

// ScenarioAssumptions lists every parameter of the scenarios of a run (the
// baseline first, as the run lists them) as rows of the assumptions sheet,
// sorted by key: a fixed value as Value, an uncertain one as Distribution
// in the notation of lang, and the source its scenario file gives
// (Scenario.Sources); a key that the scenario's cohort file replaces has
// as its source that it is not used (Scenario.CohortFileUse). A key with the same value and source in every
// scenario is one row with an empty Scenario; otherwise each scenario that
// sets it has its own row. A key that overrides (the --set arguments as
// given, KEY=VALUE) changed has the override as its source. Labels are the
// readable names of the keys in lang; a key without one has an empty label.
func ScenarioAssumptions(list []*scenarios.Scenario, overrides []string, lang string) ([]Assumption, error) {
	type setting struct {
		scenario string
		a        Assumption
	}
	byKey := map[string][]setting{}
	t := textFor(lang)
	for _, s := range list {
		var m map[string]any
		if _, err := toml.Decode(s.Canonical(), &m); err != nil {
			return nil, fmt.Errorf("workbook: the parameters of %s: %w", s.Name, err)
		}
		sources := s.Sources()
		var rows []Assumption
		flatten(m, "", lang, &rows)
		for _, a := range rows {
			a.Source = sourceOf(a.Key, sources, overrides)
			switch replaced, partly := s.CohortFileUse(a.Key); {
			case replaced:
				a.Source = fmt.Sprintf(t.NotUsedCohortFile, s.Params().Cohort.File)
			case partly:
				a.Source = strings.TrimSuffix(fmt.Sprintf(t.PartlyCohortFile, s.Params().Cohort.File)+"; "+a.Source, "; ")
			}
			a.Label = paramLabel(a.Key, lang)
			byKey[a.Key] = append(byKey[a.Key], setting{s.Name, a})
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var out []Assumption
	for _, k := range keys {
		set := byKey[k]
		same := len(set) == len(list)
		for _, x := range set[1:] {
			same = same && x.a == set[0].a
		}
		if same {
			out = append(out, set[0].a)
			continue
		}
		for _, x := range set {
			x.a.Scenario = x.scenario
			out = append(out, x.a)
		}
	}
	return out, nil
}

// sourceOf is the source of key: the override that set it, or what the
// scenario's files say for it or its nearest parent table.
func sourceOf(key string, sources map[string]string, overrides []string) string {
	for _, o := range slices.Backward(overrides) { // the last --set wins
		k, _, _ := strings.Cut(o, "=")
		k = strings.TrimSpace(k)
		if key == k || strings.HasPrefix(key, k+".") {
			return "--set " + o
		}
	}
	for p := key; ; {
		if s, ok := sources[p]; ok {
			return s
		}
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			return ""
		}
		p = p[:i]
	}
}

// flatten appends a row for every parameter in m: a table with a dist key
// is one uncertain parameter, other tables are walked.
func flatten(m map[string]any, prefix, lang string, out *[]Assumption) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		key := k
		if prefix != "" {
			key = prefix + "." + k
		}
		switch v := m[k].(type) {
		case map[string]any:
			if _, ok := v["dist"]; ok {
				*out = append(*out, Assumption{Key: key, Distribution: formatDist(v, lang)})
				continue
			}
			flatten(v, key, lang, out)
		case []any:
			*out = append(*out, Assumption{Key: key, Value: formatList(v, lang)})
		default:
			*out = append(*out, Assumption{Key: key, Value: v})
		}
	}
}

// distKeys orders the parameters of a distribution as the scenario files
// write them.
var distKeys = []string{"min", "mode", "max", "mean", "sd", "mu", "sigma", "alpha", "beta"}

// formatDist writes a distribution table as "pert: min 0,08; mode 0,15;
// max 0,25" in Dutch or "pert: min 0.08, mode 0.15, max 0.25" in English.
func formatDist(m map[string]any, lang string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		if k != "dist" {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b string) int {
		ia, ib := slices.Index(distKeys, a), slices.Index(distKeys, b)
		if ia < 0 || ib < 0 {
			return strings.Compare(a, b) // unknown keys after the known ones
		}
		return ia - ib
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + " " + formatScalar(m[k], lang)
	}
	return fmt.Sprint(m["dist"]) + ": " + strings.Join(parts, listSep(lang))
}

func formatList(v []any, lang string) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = formatScalar(x, lang)
	}
	return strings.Join(parts, listSep(lang))
}

// listSep separates the items of a list: a semicolon in Dutch, where the
// comma is the decimal separator.
func listSep(lang string) string {
	if lang == "en" {
		return ", "
	}
	return "; "
}

func formatScalar(v any, lang string) string {
	switch x := v.(type) {
	case float64:
		return i18n.Significant(x, lang)
	case int64:
		return i18n.Significant(float64(x), lang)
	}
	return fmt.Sprint(v)
}
