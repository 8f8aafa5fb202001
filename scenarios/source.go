package scenarios

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"github.com/vwnw/vwnw/internal/safeio"
)

//go:embed shipped/*.toml
var shippedFS embed.FS

// shippedOrder is the order in which shipped scenarios are listed and run;
// the baseline comes first.
var shippedOrder = []string{"baseline", "intensive_coaching", "digital_hybrid", "transition_fund", "wage_supplement"}

// Shipped lists the names of the scenarios embedded in the binary, the
// baseline first.
func Shipped() []string {
	entries, _ := fs.ReadDir(shippedFS, "shipped")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".toml"))
	}
	slices.SortStableFunc(names, func(a, b string) int {
		ia, ib := slices.Index(shippedOrder, a), slices.Index(shippedOrder, b)
		if ia < 0 {
			ia = len(shippedOrder)
		}
		if ib < 0 {
			ib = len(shippedOrder)
		}
		return ia - ib
	})
	return names
}

// ShippedSource returns the TOML text of a shipped scenario.
func ShippedSource(name string) ([]byte, bool) {
	b, err := shippedFS.ReadFile("shipped/" + name + ".toml")
	return b, err == nil
}

// source is one scenario file's text and where it came from.
type source struct {
	id      string // identity for cycle detection: absolute path or "shipped:name"
	display string // how messages name it
	dir     string // directory for relative paths; "" for shipped files
	name    string // file name without directory and .toml
	data    []byte
}

// open finds ref: the name of a shipped scenario, or a path (relative to
// dir when dir is not empty).
func open(ref, dir string) (*source, error) {
	isPath := strings.ContainsAny(ref, `/\`) || strings.HasSuffix(ref, ".toml")
	if !isPath {
		if b, ok := ShippedSource(ref); ok {
			return &source{id: "shipped:" + ref, display: ref + " (shipped)", name: ref, data: b}, nil
		}
	}
	path := ref
	if dir != "" && !filepath.IsAbs(ref) {
		path = filepath.Join(dir, ref)
	}
	data, err := safeio.ReadFile(path, safeio.MaxScenario)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !isPath:
		return nil, fmt.Errorf("%q is neither a shipped scenario (%s) nor a file", ref, strings.Join(Shipped(), ", "))
	case err != nil:
		return nil, err
	}
	abs, _ := filepath.Abs(path)
	return &source{
		id:      abs,
		display: path,
		dir:     filepath.Dir(path),
		name:    strings.TrimSuffix(filepath.Base(path), ".toml"),
		data:    data,
	}, nil
}

// keyLines maps the dotted keys of a TOML text to the lines that set them,
// for messages: table headers, key/value lines and the keys of inline tables
// (on the line of their table). The tables a dotted key or header defines
// on the way (t.a of a.b = 1 under [t], a of [a.b]) take the line that first
// names them. It reads TOML loosely; a key it cannot place takes the line of
// its nearest known parent (see lineOf).
func keyLines(src []byte) map[string]int {
	lines := make(map[string]int)
	table := ""
	inString := ""  // the delimiter of an open multi-line string
	arrayDepth := 0 // open brackets of a multi-line array
	for i, raw := range strings.Split(string(src), "\n") {
		n := i + 1
		line := strings.TrimSpace(raw)
		if inString != "" {
			if strings.Contains(line, inString) {
				inString = ""
			}
			continue
		}
		if arrayDepth > 0 {
			arrayDepth += strings.Count(line, "[") - strings.Count(line, "]")
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			h := strings.Trim(stripComment(line), "[] ")
			table = unquoteKey(h)
			markParents(lines, "", table, n)
			lines[table] = n
			continue
		}
		eq := strings.IndexByte(line, '=')
		if eq < 0 {
			continue
		}
		k := unquoteKey(strings.TrimSpace(line[:eq]))
		full := k
		if table != "" {
			full = table + "." + k
		}
		markParents(lines, table, full, n)
		lines[full] = n
		val := strings.TrimSpace(stripComment(line[eq+1:]))
		switch {
		case strings.HasPrefix(val, `"""`) && strings.Count(val, `"""`) == 1:
			inString = `"""`
		case strings.HasPrefix(val, "'''") && strings.Count(val, "'''") == 1:
			inString = "'''"
		case strings.HasPrefix(val, "["):
			arrayDepth = strings.Count(val, "[") - strings.Count(val, "]")
		case strings.HasPrefix(val, "{"):
			for _, part := range strings.Split(strings.Trim(val, "{} "), ",") {
				if e := strings.IndexByte(part, '='); e > 0 {
					k := full + "." + unquoteKey(strings.TrimSpace(part[:e]))
					markParents(lines, full, k, n)
					lines[k] = n
				}
			}
		}
	}
	return lines
}

// markParents gives the tables between table and its dotted key full
// (exclusive of both) line n, unless a line before named them.
func markParents(lines map[string]int, table, full string, n int) {
	for i := len(table) + 1; i < len(full); i++ {
		if full[i] != '.' {
			continue
		}
		if p := full[:i]; lines[p] == 0 {
			lines[p] = n
		}
	}
}

// stripComment removes a trailing comment outside quotes.
func stripComment(s string) string {
	quote := byte(0)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case quote != 0 && c == quote:
			quote = 0
		case quote == 0 && (c == '"' || c == '\''):
			quote = c
		case quote == 0 && c == '#':
			return s[:i]
		}
	}
	return s
}

// unquoteKey turns `a . "b"` into a.b.
func unquoteKey(k string) string {
	parts := strings.Split(k, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return strings.Join(parts, ".")
}
