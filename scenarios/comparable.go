package scenarios

import (
	"encoding/hex"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vwnw/vwnw/internal/safeio"
)

// worldTables are the tables that describe the persons, the labour market
// they meet and the economy, rather than an intervention. A scenario is
// compared with its baseline in the same world, so these must agree: an
// arrangement works through its own parameters under [interventions]
// (hazard ratios, wage effects), never by assuming another labour market.
var worldTables = []string{"cohort", "economy", "hazards", "jobs"}

// setting is one leaf of a scenario's world tables: its value as text and
// where it was set.
type setting struct {
	value string
	at    where
}

// worldOf flattens the world tables of t into settings keyed by dotted
// path. A cohort file is represented by the digest of the persons read from
// it, so the same file named by different relative paths agrees.
func worldOf(t *tree, personsDigest []byte) map[string]setting {
	w := make(map[string]setting)
	var walk func(path string, v any)
	walk = func(path string, v any) {
		m, ok := v.(map[string]any)
		if ok && m["dist"] == nil {
			for k, x := range m {
				walk(join(path, k), x)
			}
			return
		}
		w[path] = setting{value: valueText(v), at: t.lineOf(path)}
	}
	for _, table := range worldTables {
		walk(table, t.root[table])
	}
	if f, ok := w["cohort.file"]; ok {
		f.value = "a cohort file whose persons have sha256 " + hex.EncodeToString(personsDigest)
		w["cohort.file"] = f
	}
	return w
}

// CheckComparable reports every setting of the cohort, economy, hazards and
// jobs tables in which s differs from base, the baseline it is compared with. A
// comparison of different persons, or of amounts valued at different
// prices or discount rates, would report the difference as an effect of
// the arrangement. The error is an *Error naming s's file, line and key.
func CheckComparable(base, s *Scenario) error {
	var ps problems
	keys := slices.Sorted(maps.Keys(s.world))
	for k := range base.world {
		if _, ok := s.world[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	ext := extendsLine(s)
	var own, inherited int
	for _, k := range keys {
		mine, ok := s.world[k]
		theirs, ok2 := base.world[k]
		if ok && ok2 && mine.value == theirs.value {
			continue
		}
		switch {
		case !ok:
			mine.value = "not set"
		case !ok2:
			theirs.value = "not set"
		}
		// A value the scenario inherits is reported at its extends line,
		// where the fix is, with the file it comes from.
		at, from := mine.at, ""
		if !ok || at.file != s.File {
			if ok {
				from = " (from " + whereText(mine.at) + ")"
			}
			at = where{file: s.File, line: ext}
			inherited++
		} else {
			own++
		}
		theirsAt := ""
		if w := whereText(theirs.at); w != "" {
			theirsAt = " (" + w + ")"
		}
		ps.add(at.file, at.line, k, "is %s here%s but %s in the baseline %q%s", mine.value, from, theirs.value, base.Name, theirsAt)
	}
	if len(ps) == 0 {
		return nil
	}
	e := ps.err().(*Error)
	if inherited > 0 {
		e.Problems = append(e.Problems, Problem{File: s.File, Line: ext, Key: "extends", Msg: fmt.Sprintf(
			"fix: its extends chain must reach the baseline it is compared with: extends = %s (what it takes from another scenario, such as [interventions], can be copied from vwnw show of that scenario; vwnw init NAME writes such a folder), or compare it with the baseline it reaches: --baseline %s",
			tomlString(extendsRef(s, base)), ChainBaseline(refOf(s)))})
	}
	switch {
	case own > 0 && s.addsNothing():
		// A baseline of the user's own (with their cohort file, say),
		// checked against the shipped one: it is to be passed as the
		// baseline, not changed.
		e.Problems = append(e.Problems, Problem{File: s.File, Msg: fmt.Sprintf(
			"fix: %s enables no intervention: if it is the baseline of your scenarios, pass it with --baseline %s along with them (vwnw run SCENARIO.toml --baseline %s); else remove the lines above from %s, or set them in the baseline (%s)",
			s.File, refOf(s), refOf(s), s.File, base.File)})
	case own > 0:
		e.Problems = append(e.Problems, Problem{File: s.File, Msg: fmt.Sprintf(
			"fix: remove the lines above from %s, or set them in the baseline (%s), so that every scenario compared with it has them", s.File, base.File)})
	}
	e.Problems = append(e.Problems, Problem{Msg: fmt.Sprintf(
		"  a scenario is compared with its baseline on the same persons in the same labour market, valued the same way, so cohort.*, economy.*, hazards.* and jobs.* must agree (an arrangement works through its [interventions] keys): "+
			"put them in a baseline of your own (extends = %q) and pass it with --baseline FILE, or use --set, which changes every scenario of the run", base.Name)})
	return e
}

// addsNothing reports whether s enables no intervention and names no
// service: whether it can be a baseline.
func (s *Scenario) addsNothing() bool {
	iv := &s.params.Interventions
	return !iv.Coaching.Enabled && !iv.Training.Enabled && !iv.WageSupplement.Enabled &&
		!iv.TransitionPayment.Enabled && len(iv.Services) == 0
}

// whereText names a place for a message: "file:line", or the --set.
func whereText(w where) string {
	if w.line == 0 {
		return w.file
	}
	return fmt.Sprintf("%s:%d", w.file, w.line)
}

// refOf is the ref that loads s again: a path, or a shipped name.
func refOf(s *Scenario) string {
	if name, ok := strings.CutSuffix(s.File, " (shipped)"); ok {
		return name
	}
	return s.File
}

// extendsLine is the line of s's own file that sets extends, 0 when there
// is none or the file cannot be read again.
func extendsLine(s *Scenario) int {
	var data []byte
	if name, ok := strings.CutSuffix(s.File, " (shipped)"); ok {
		data, _ = ShippedSource(name)
	} else {
		data, _ = safeio.ReadFile(s.File, safeio.MaxScenario)
	}
	return keyLines(data)["extends"]
}

// extendsRef is what s's extends would say to extend base: a shipped name,
// or base's path relative to s's folder.
func extendsRef(s, base *Scenario) string {
	if name, ok := strings.CutSuffix(base.File, " (shipped)"); ok {
		return name
	}
	if strings.HasSuffix(s.File, " (shipped)") {
		return base.File
	}
	rel, err := relativeTo(filepath.Dir(s.File), base.File)
	if err != nil {
		return base.File
	}
	return rel
}

// valueText renders a TOML value for a message; a distribution table as an
// inline table with sorted keys.
func valueText(v any) string {
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Sprint(v)
	}
	parts := make([]string, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, k+" = "+fmt.Sprint(m[k]))
	}
	return "{ " + strings.Join(parts, ", ") + " }"
}
