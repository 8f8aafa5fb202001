package scenarios

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/vwnw/vwnw/internal/safeio"
	"github.com/vwnw/vwnw/internal/suggest"
)

// Override sets one key from the command line (--set KEY=VALUE).
type Override struct {
	Key   string // dotted path, e.g. interventions.coaching.job_finding_hr
	Value string // TOML value: 1.4, "digital", { dist = "pert", … }
}

// ParseOverride splits "KEY=VALUE". KEY is a dotted path of letters,
// digits, _ and -; VALUE is one line of TOML (a line break could smuggle
// more keys into it, or into the scenario calibrate --write writes).
func ParseOverride(s string) (Override, error) {
	k, v, ok := strings.Cut(s, "=")
	k, v = strings.TrimSpace(k), strings.TrimSpace(v)
	if !ok || k == "" || v == "" {
		return Override{}, fmt.Errorf("--set %s: want KEY=VALUE, e.g. --set hazards.job_finding=0.12", safeio.Quote(s))
	}
	if !overrideKey.MatchString(k) {
		return Override{}, fmt.Errorf("--set %s: KEY must be a dotted path of letters, digits, _ and -, e.g. hazards.job_finding", safeio.Quote(k))
	}
	if strings.ContainsAny(v, "\n\r") {
		return Override{}, fmt.Errorf("--set %s: VALUE must be on one line, got %s", k, safeio.Quote(v))
	}
	if len(v) > maxOverrideLen {
		return Override{}, fmt.Errorf("--set %s: VALUE is %d bytes long; at most %d are allowed", k, len(v), maxOverrideLen)
	}
	return Override{Key: k, Value: v}, nil
}

// overrideKey is the form of KEY in --set KEY=VALUE.
var overrideKey = regexp.MustCompile(`^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$`)

// meta are the keys of a scenario file that describe it rather than set
// parameters. They are not inherited through extends.
var meta = []string{"name", "title", "title_nl", "description", "description_nl", "extends"}

// where records the file and line that set a key.
type where struct {
	file string
	dir  string // for paths named in the file
	line int
}

// tree is a merged scenario: the raw TOML values and where each was set.
type tree struct {
	root   map[string]any
	origin map[string]where
	top    *source
}

// lineOf returns where path was set, or where its nearest parent was.
func (t *tree) lineOf(path string) where {
	return nearest(t.origin, path, where{file: t.top.display, dir: t.top.dir})
}

// Load reads the scenario ref — a shipped scenario's name or a file path —
// with its extends chain, applies the overrides and validates the result.
// Every problem found is reported at once in an *Error.
func Load(ref string, overrides ...Override) (*Scenario, error) {
	s, err := loadRef(ref, overrides)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// loadRef is Load, except that with an error it returns the scenario as
// far as it was read when its overrides were applied (for NotApplied), or
// nil when it was not read that far.
func loadRef(ref string, overrides []Override) (*Scenario, error) {
	src, err := open(ref, "")
	if err != nil {
		return nil, &Error{Problems: []Problem{{Msg: err.Error()}}}
	}
	return loadPartial(src, overrides)
}

// LoadBytes loads a scenario from TOML text; display names it in messages
// and dir resolves relative paths in it ("" for none).
func LoadBytes(data []byte, display, dir string, overrides ...Override) (*Scenario, error) {
	name := strings.TrimSuffix(filepath.Base(display), ".toml")
	return load(&source{id: "bytes:" + display, display: display, dir: dir, name: name, data: data}, overrides)
}

func load(src *source, overrides []Override) (*Scenario, error) {
	s, err := loadPartial(src, overrides)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// loadPartial is load, except that with an error it returns the scenario
// as far as it was read once its overrides were applied, or nil.
func loadPartial(src *source, overrides []Override) (*Scenario, error) {
	var ps problems
	t, m := mergeChain(src, nil, &ps)
	if t == nil {
		return nil, ps.err()
	}
	s := &Scenario{File: src.display, Name: src.name}
	for k, dst := range map[string]*string{
		"name": &s.Name, "title": &s.Title, "title_nl": &s.TitleNL,
		"description": &s.Description, "description_nl": &s.DescriptionNL, "extends": &s.Extends,
	} {
		if v, ok := m[k]; ok {
			str, ok := v.(string)
			if !ok {
				ps.add(src.display, keyLines(src.data)[k], k, "must be a string, got %s", describe(v))
				continue
			}
			*dst = str
		}
	}
	checkMeta(s, src, m, &ps)
	if s.Title == "" {
		s.Title = s.Name
	}
	for _, o := range overrides {
		if !t.override(o, &ps) {
			s.notApplied = append(s.notApplied, o.Key)
		}
	}
	d := decoder{tree: t, problems: &ps}
	d.decode(s)
	d.checkRanges()
	if len(ps) > 0 {
		return s, ps.err()
	}
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(t.root); err != nil {
		return nil, fmt.Errorf("%s: %w", src.display, err)
	}
	h := sha256.New()
	h.Write(buf.Bytes())
	h.Write(s.personsDigest)
	s.SHA256 = hex.EncodeToString(h.Sum(nil))
	s.canonical = buf.String()
	s.world = worldOf(t, s.personsDigest)
	return s, nil
}

// mergeChain parses src and its ancestors and merges them, the child's keys
// over the parent's. It returns the merged tree and src's own top-level
// table (for the meta keys), or nil when a file cannot be read at all.
func mergeChain(src *source, chain []string, ps *problems) (*tree, map[string]any) {
	if slices.Contains(chain, src.id) {
		names := append(slices.Clone(chain), src.id)
		for i, n := range names {
			names[i] = strings.TrimPrefix(n, "shipped:")
		}
		ps.add(src.display, keyLines(src.data)["extends"], "extends", "cycle: %s", strings.Join(names, " → "))
		return nil, nil
	}
	chain = append(chain, src.id)
	if p := safeio.CheckTOML(src.data); p != nil {
		ps.add(src.display, p.Line, "", "%s", p.Msg)
		return nil, nil
	}
	m := map[string]any{}
	if _, err := toml.NewDecoder(bytes.NewReader(src.data)).Decode(&m); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			ps.add(src.display, safeio.TOMLErrorLine(src.data, pe), pe.LastKey, "TOML syntax: %s", escapeInvisible(pe.Message))
		} else {
			ps.add(src.display, 0, "", "TOML: %s", escapeInvisible(err.Error()))
		}
		return nil, nil
	}
	lines := keyLines(src.data)
	if n := countServices(m); n > maxServices {
		ps.add(src.display, lines["interventions.services"], "interventions.services", "has %d services; at most %d are allowed", n, maxServices)
		return nil, nil
	}
	own := &tree{root: map[string]any{}, origin: map[string]where{}, top: src}
	for k, v := range m {
		if !slices.Contains(meta, k) {
			own.root[k] = v
		}
	}
	for k, l := range lines {
		own.origin[k] = where{file: src.display, dir: src.dir, line: l}
	}
	ext, ok := m["extends"]
	if !ok {
		return own, m
	}
	ref, isString := ext.(string)
	if !isString || ref == "" {
		ps.add(src.display, lines["extends"], "extends", "must name a shipped scenario (%s) or a file, got %s",
			strings.Join(Shipped(), ", "), describe(ext))
		// Without its parent the scenario cannot be checked further.
		return nil, nil
	}
	parentSrc, err := open(ref, src.dir)
	if err != nil {
		ps.add(src.display, lines["extends"], "extends", "%v", err)
		return nil, nil
	}
	parent, _ := mergeChain(parentSrc, chain, ps)
	if parent == nil {
		return nil, nil
	}
	merge(parent.root, own.root, schema, "", own.origin, parent.origin, where{file: src.display, dir: src.dir})
	parent.top = src
	return parent, m
}

// merge copies src over dst: tables merge key by key, values replace.
// The origins of copied keys follow them.
// A replaced value without a place of its own in srcOrigin takes that of
// its nearest parent there, else fallback (the child's file).
func merge(dst, src map[string]any, n *node, path string, srcOrigin, dstOrigin map[string]where, fallback where) {
	for k, v := range src {
		p := join(path, k)
		var c *node
		if n != nil {
			c = n.child(k)
		}
		sub, isTable := v.(map[string]any)
		old, oldIsTable := dst[k].(map[string]any)
		if isTable && oldIsTable && c != nil && (!c.leaf() || c.kind == kindRules) {
			merge(old, sub, c, p, srcOrigin, dstOrigin, fallback)
			if w, ok := srcOrigin[p]; ok {
				dstOrigin[p] = w
			}
			continue
		}
		dst[k] = v
		// The value replaces the parent's: so do the places of its keys,
		// lest a key below it that the child's file did not place be
		// blamed on the parent's file.
		for op := range dstOrigin {
			if op == p || strings.HasPrefix(op, p+".") {
				delete(dstOrigin, op)
			}
		}
		for op, w := range srcOrigin {
			if op == p || strings.HasPrefix(op, p+".") {
				dstOrigin[op] = w
			}
		}
		if _, ok := dstOrigin[p]; !ok {
			dstOrigin[p] = nearest(srcOrigin, p, fallback)
		}
	}
}

// nearest returns where origin places path or its nearest parent, else
// fallback.
func nearest(origin map[string]where, path string, fallback where) where {
	for p := path; ; {
		if w, ok := origin[p]; ok {
			return w
		}
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			return fallback
		}
		p = p[:i]
	}
}

func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

// override applies --set KEY=VALUE to the tree. A key inside a named entry
// the scenario does not have (a service it does not use) is not applied:
// override returns false, so one --set can serve a run in which only some
// scenarios have that service.
func (t *tree) override(o Override, ps *problems) bool {
	label := "--set " + o.Key
	parts := strings.Split(o.Key, ".")
	n, matched := lookup(parts)
	if matched < len(parts) || !n.leaf() {
		switch {
		case matched < len(parts) && replacedHint(o.Key) != "":
			ps.add("", 0, label, "%s", replacedHint(o.Key))
		case matched < len(parts):
			keys := n.keys()
			ps.add("", 0, label, "unknown key %q%s; allowed here: %s", parts[matched],
				suggest.Hint(parts[matched], keys), strings.Join(keys, ", "))
		default:
			ps.add("", 0, label, "is a table; set one of its keys: %s", strings.Join(prefixAll(o.Key, n.keys()), ", "))
		}
		return true
	}
	if !t.hasEntry(parts) {
		return false
	}
	if p := safeio.CheckTOML([]byte(o.Value)); p != nil {
		ps.add("", 0, label, "value: %s", p.Msg)
		return true
	}
	var doc map[string]any
	if _, err := toml.Decode("v = "+o.Value, &doc); err != nil {
		if n.kind != kindString {
			ps.add("", 0, label, "value %s is not a TOML value (a number like 0.12, or a table like { dist = \"pert\", min = 1, mode = 2, max = 3 })", safeio.Quote(o.Value))
			return true
		}
		if strings.ContainsAny(o.Value, "\n\r") {
			ps.add("", 0, label, "value %s holds a line break; a bare word cannot", safeio.Quote(o.Value))
			return true
		}
		doc = map[string]any{"v": o.Value} // a bare word for a string key
	}
	if _, ok := doc["v"]; !ok || len(doc) != 1 {
		ps.add("", 0, label, "value %s is more than one TOML value; give a number, a string or an inline table", safeio.Quote(o.Value))
		return true
	}
	m := t.root
	for i, k := range parts[:len(parts)-1] {
		sub, ok := m[k].(map[string]any)
		if !ok {
			sub = map[string]any{}
			m[k] = sub
			t.origin[strings.Join(parts[:i+1], ".")] = where{file: label}
		}
		m = sub
	}
	m[parts[len(parts)-1]] = doc["v"]
	for op := range maps.Keys(t.origin) {
		if op == o.Key || strings.HasPrefix(op, o.Key+".") {
			delete(t.origin, op)
		}
	}
	t.origin[o.Key] = where{file: label}
	return true
}

// hasEntry reports whether every named entry on path exists in the tree.
func (t *tree) hasEntry(path []string) bool {
	n, m := schema, t.root
	for _, k := range path[:len(path)-1] {
		c := n.child(k)
		if c == nil {
			return true // an unknown key: reported elsewhere
		}
		sub, ok := m[k].(map[string]any)
		if !ok {
			// Absent: fine for a table, which the override creates, but
			// not for a named table or one of its entries.
			return c.kind != kindNamed && n.kind != kindNamed
		}
		n, m = c, sub
	}
	return true
}

func prefixAll(prefix string, keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = prefix + "." + k
	}
	return out
}

// describe names the TOML type of a decoded value, for messages.
func describe(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("the string %q", x)
	case int64:
		return fmt.Sprintf("the integer %d", x)
	case float64:
		return fmt.Sprintf("the number %v", x)
	case bool:
		return fmt.Sprintf("the boolean %v", x)
	case map[string]any:
		return "a table"
	case []any, []map[string]any:
		return "an array"
	}
	return fmt.Sprintf("a %T", v)
}

// maxServices is the most services under [interventions.services]: the
// shipped scenarios have 5, and merging is quadratic in their number.
const maxServices = 100

// maxOverrideLen is the longest VALUE of --set KEY=VALUE, in bytes (an
// Override made in code, such as calibration's cohort, may be longer).
const maxOverrideLen = 4096

// countServices returns how many services the decoded file m names.
func countServices(m map[string]any) int {
	iv, _ := m["interventions"].(map[string]any)
	sv, _ := iv["services"].(map[string]any)
	return len(sv)
}

// checkMeta checks the scenario's name (against the safe set of vwnw init),
// titles and descriptions.
func checkMeta(s *Scenario, src *source, m map[string]any, ps *problems) {
	lines := keyLines(src.data)
	if err := checkName("scenario name", s.Name); err != nil {
		if _, set := m["name"]; set {
			ps.add(src.display, lines["name"], "name", "%v", err)
		} else {
			ps.add(src.display, 0, "name", "%v; it comes from the file name: set name = \"…\" in the file", err)
		}
	}
	for k, v := range map[string]string{
		"title": s.Title, "title_nl": s.TitleNL, "description": s.Description, "description_nl": s.DescriptionNL,
	} {
		multi := strings.HasPrefix(k, "description")
		limit := maxTitleLen
		if multi {
			limit = maxDescriptionLen
		}
		if err := checkText(v, limit, multi); err != nil {
			ps.add(src.display, lines[k], k, "%v", err)
		}
	}
}
