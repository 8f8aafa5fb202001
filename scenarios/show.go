package scenarios

import (
	"fmt"
	"maps"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/internal/safeio"
)

// Show loads the scenario ref with its extends chain and the overrides and
// renders it as vwnw runs it: one TOML text without extends, every key in
// the order of the schema, each value followed by a comment that says
// where it was set (file and line, or --set) and the source that file
// gives for it (the comment on its line, or on its table's header). Paths
// (cohort.file) are made relative to the directory of ref (of the working
// directory for a shipped scenario), and their comment says so, so the
// text saved in that directory loads again as the same scenario. A cohort
// file's persons are counted in a comment. Show reports the problems Load
// reports.
func Show(ref string, overrides ...Override) (string, error) {
	s, err := Load(ref, overrides...)
	if err != nil {
		return "", err
	}
	src, err := open(ref, "")
	if err != nil {
		return "", err
	}
	var ps problems
	t, _ := mergeChain(src, nil, &ps)
	if t == nil {
		return "", ps.err()
	}
	for _, o := range overrides {
		t.override(o, &ps)
	}
	if err := ps.err(); err != nil {
		return "", err
	}
	w := &shower{tree: t, files: map[string][]string{}, locations: true, base: src.dir}
	if s.Persons != nil {
		w.fileUse = s.CohortFileUse
		w.cohortFile = fmt.Sprint(w.path("cohort.file", s.params.Cohort.File))
	}
	fmt.Fprintf(&w.b, "# %s as vwnw runs it: %s, with every --set applied.\n", s.File, chainText(src))
	w.b.WriteString("# After each value: where it was set, and the source given there.\n\n")
	for _, k := range []struct{ key, v string }{
		{"name", s.Name}, {"title", s.Title}, {"title_nl", s.TitleNL}, {"description", s.Description}, {"description_nl", s.DescriptionNL},
	} {
		if k.v != "" {
			fmt.Fprintf(&w.b, "%s = %s\n", k.key, tomlString(k.v))
		}
	}
	w.table(schema, t.root, "")
	if s.Persons != nil {
		w.b.WriteString(fmt.Sprintf("\n# cohort.file holds %s; they are simulated instead of a synthetic cohort drawn from the keys of [cohort] marked \"not used\".\n", i18n.Count(len(s.Persons), i18n.Persons, "en")))
	}
	return w.b.String(), nil
}

// chainText names the files of the extends chain, from src up.
func chainText(src *source) string {
	var names []string
	seen := map[string]bool{}
	for src != nil && !seen[src.id] {
		seen[src.id] = true
		names = append(names, src.display)
		var m map[string]any
		if _, err := toml.Decode(string(src.data), &m); err != nil {
			break
		}
		ext, _ := m["extends"].(string)
		if ext == "" {
			break
		}
		src, _ = open(ext, src.dir)
	}
	if len(names) == 1 {
		return "one file, extending nothing"
	}
	return "the extends chain " + strings.Join(names, " → ")
}

// shower renders a tree.
type shower struct {
	b     strings.Builder
	tree  *tree
	files map[string][]string // the lines of each file named in origins
	// locations puts the file and line that set a value before its source.
	locations bool
	// only, when set, limits the output to the top-level tables it holds.
	only []string
	// replace gives values (TOML text) and comments that replace those of
	// the tree, by dotted key.
	replace map[string][2]string
	// base, when set, is the directory (as opened) paths are written
	// relative to: the shown file's; otherwise they are relative to the
	// working directory.
	base string
	// fileUse, when set, says which keys the cohort file cohortFile (as
	// written) replaces (Scenario.CohortFileUse): their comments say they
	// are not used, instead of their sources.
	fileUse    func(key string) (replaced, partly bool)
	cohortFile string
}

// fileNote is the comment of key when the cohort file replaces it, or
// the start of its comment when the file replaces it for some persons;
// "" otherwise.
func (w *shower) fileNote(key string, header bool) (note string, replaced bool) {
	if w.fileUse == nil {
		return "", false
	}
	replaced, partly := w.fileUse(key)
	switch {
	case replaced && header:
		return fmt.Sprintf("  # not used: the persons of cohort.file %s replace this table", tomlString(w.cohortFile)), true
	case replaced:
		note = fmt.Sprintf("  # not used: the persons of cohort.file %s replace it", tomlString(w.cohortFile))
		if at, ok := w.tree.origin[key]; ok && w.locations {
			if strings.HasPrefix(at.file, "--set") {
				note += "; " + at.file
			} else {
				note += fmt.Sprintf("; set at %s:%d", at.file, at.line)
			}
		}
		return note, true
	case partly:
		return fmt.Sprintf("used only for persons whose row in cohort.file %s has no %s", tomlString(w.cohortFile), strings.TrimPrefix(strings.TrimSuffix(key, "s"), "cohort.")), false
	}
	return "", false
}

// table writes the leaves of m under the header [path], then its tables.
func (w *shower) table(n *node, m map[string]any, path string) {
	var leaves, tables []*node
	for _, c := range n.children {
		if _, ok := m[c.key]; !ok || (path == "" && w.only != nil && !slices.Contains(w.only, c.key)) {
			continue
		}
		if c.leaf() {
			leaves = append(leaves, c)
		} else {
			tables = append(tables, c)
		}
	}
	if len(leaves) > 0 && path != "" {
		comment := w.comment(path, true)
		if note, replaced := w.fileNote(path, true); replaced {
			comment = note
		}
		fmt.Fprintf(&w.b, "\n[%s]%s\n", path, comment)
	}
	for _, c := range leaves {
		p := join(path, c.key)
		v := m[c.key]
		if c.key == "file" && path == "cohort" {
			v = w.path(p, v)
		}
		if r, ok := w.replace[p]; ok {
			fmt.Fprintf(&w.b, "%s = %s  # %s\n", tomlKey(c.key), r[0], r[1])
			continue
		}
		comment := w.comment(p, false)
		if c.key == "file" && path == "cohort" && w.locations {
			comment = "  # " + w.pathNote() + ";" + strings.TrimPrefix(comment, "  #")
		}
		if note, replaced := w.fileNote(p, false); replaced {
			comment = note
		} else if note != "" {
			comment = "  # " + note + ";" + strings.TrimPrefix(comment, "  #")
		}
		fmt.Fprintf(&w.b, "%s = %s%s\n", tomlKey(c.key), tomlValue(v), comment)
	}
	for _, c := range tables {
		sub, _ := m[c.key].(map[string]any)
		p := join(path, c.key)
		if c.kind == kindNamed {
			for _, name := range slices.Sorted(maps.Keys(sub)) {
				entry, _ := sub[name].(map[string]any)
				w.table(c.entry, entry, join(p, name)) // names are bare keys (checkName)
			}
			continue
		}
		w.table(c, sub, p)
	}
}

// path rewrites a path set in a file relative to that file's directory
// as a path from w.base, or from the working directory when w.base is
// empty; a path that cannot be made relative to w.base becomes absolute.
func (w *shower) path(key string, v any) any {
	s, ok := v.(string)
	at := w.tree.lineOf(key)
	if !ok || filepath.IsAbs(s) {
		return v
	}
	full := filepath.Join(at.dir, s)
	if w.base == "" {
		return filepath.ToSlash(full)
	}
	abs, err1 := filepath.Abs(full)
	base, err2 := filepath.Abs(w.base)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(full)
	}
	if rel, err := filepath.Rel(base, abs); err == nil {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(abs)
}

// pathNote says what a path written by w.path is relative to.
func (w *shower) pathNote() string {
	if w.base == "" {
		return "path relative to the working directory"
	}
	return fmt.Sprintf("path relative to %s (the folder of the shown scenario): save this text there", filepath.ToSlash(filepath.Clean(w.base))+"/")
}

// comment says where key was set and the source given there; for a table
// header only when its own line has a comment.
func (w *shower) comment(key string, header bool) string {
	at, ok := w.tree.origin[key]
	if !ok {
		return ""
	}
	if strings.HasPrefix(at.file, "--set") {
		if header {
			return ""
		}
		return "  # " + at.file
	}
	if header {
		if !w.isHeader(at) {
			return ""
		}
		if c := w.lineComment(at); c != "" {
			return "  # " + c
		}
		return ""
	}
	text := w.lineComment(at)
	if text == "" {
		// The source of the table's header, unless that header is the
		// one just written with it.
		var table string
		text, table = w.headerComment(key)
		if table == key[:max(0, strings.LastIndexByte(key, '.'))] {
			text = ""
		}
	}
	if !w.locations {
		if text == "" {
			return ""
		}
		return "  # " + text
	}
	loc := fmt.Sprintf("%s:%d", at.file, at.line)
	if text == "" {
		return "  # " + loc
	}
	return "  # " + loc + ": " + text
}

// headerComment is the comment on the header of the nearest table above
// key that was set on a header line with a comment, and that table.
func (w *shower) headerComment(key string) (string, string) {
	for p := key; strings.Contains(p, "."); {
		p = p[:strings.LastIndexByte(p, '.')]
		at, ok := w.tree.origin[p]
		if ok && w.isHeader(at) {
			if c := w.lineComment(at); c != "" {
				return c, p
			}
		}
	}
	return "", ""
}

// isHeader reports whether the line at is a table header.
func (w *shower) isHeader(at where) bool {
	lines := w.lines(at.file)
	return at.line >= 1 && at.line <= len(lines) && strings.HasPrefix(strings.TrimSpace(lines[at.line-1]), "[")
}

// lineComment is the comment at the end of the line at.
func (w *shower) lineComment(at where) string {
	lines := w.lines(at.file)
	if at.line < 1 || at.line > len(lines) {
		return ""
	}
	raw := lines[at.line-1]
	c := strings.TrimSpace(raw[len(stripComment(raw)):])
	return strings.TrimSpace(strings.TrimPrefix(c, "#"))
}

// lines returns the lines of the file messages call display.
func (w *shower) lines(display string) []string {
	if l, ok := w.files[display]; ok {
		return l
	}
	var data []byte
	if name, ok := strings.CutSuffix(display, " (shipped)"); ok {
		data, _ = ShippedSource(name)
	} else {
		data, _ = safeio.ReadFile(display, safeio.MaxScenario)
	}
	l := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	w.files[display] = l
	return l
}

// tomlValue renders a decoded TOML value as TOML; a distribution as an
// inline table with dist first.
func tomlValue(v any) string {
	switch x := v.(type) {
	case string:
		return tomlString(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return tomlFloat(x)
	case bool:
		return strconv.FormatBool(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = tomlValue(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := slices.Sorted(maps.Keys(x))
		slices.SortStableFunc(keys, func(a, b string) int { return distKeyRank(a) - distKeyRank(b) })
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = tomlKey(k) + " = " + tomlValue(x[k])
		}
		return "{ " + strings.Join(parts, ", ") + " }"
	}
	return fmt.Sprint(v)
}

// distKeyRank orders the keys of a distribution table as people write them.
func distKeyRank(k string) int {
	order := []string{"dist", "value", "min", "mode", "max", "mean", "sd", "mu", "sigma", "alpha", "beta", "shape", "scale"}
	if i := slices.Index(order, k); i >= 0 {
		return i
	}
	return len(order)
}

// tomlFloat writes a float so that TOML reads it back as the same float.
func tomlFloat(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case math.IsNaN(x):
		return "nan"
	}
	s := strconv.FormatFloat(x, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eEn") {
		s += ".0"
	}
	return s
}

// tomlString quotes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// tomlKey quotes a key unless it is bare.
func tomlKey(k string) string {
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return tomlString(k)
		}
	}
	if k == "" {
		return `""`
	}
	return k
}
