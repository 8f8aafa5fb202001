package scenarios

import (
	"bytes"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// Sources maps each dotted key that the scenario's files set to the comment
// on the line that sets it ("source: report §3.1.1, 30 entrants" gives
// "report §3.1.1, 30 entrants"; "EST: …" stays as written), or, when that
// line has none, to the comment on the header of its table. As with the
// values, the file nearest the scenario wins: a key that a child file sets
// without a comment has an empty source, whatever its parent said. Keys set
// only by --set have no entry.
//
// Sources reads the files of the extends chain again; it returns nil for a
// scenario loaded from bytes or a file that can no longer be read.
func (s *Scenario) Sources() map[string]string {
	ref, dir := s.File, ""
	if name, ok := strings.CutSuffix(s.File, " (shipped)"); ok {
		ref = name
	}
	src, err := open(ref, dir)
	if err != nil {
		return nil
	}
	var chain []*source
	for src != nil && !slices.ContainsFunc(chain, func(c *source) bool { return c.id == src.id }) {
		chain = append(chain, src)
		var m map[string]any
		if _, err := toml.NewDecoder(bytes.NewReader(src.data)).Decode(&m); err != nil {
			return nil
		}
		ext, _ := m["extends"].(string)
		if ext == "" {
			break
		}
		if src, err = open(ext, src.dir); err != nil {
			return nil
		}
	}
	out := make(map[string]string)
	for i := len(chain) - 1; i >= 0; i-- { // the root ancestor first
		for k, v := range fileSources(chain[i].data) {
			out[k] = v
		}
	}
	return out
}

// fileSources maps the keys one TOML text sets to their comments, a table
// header's comment standing in for keys of the table without their own.
func fileSources(data []byte) map[string]string {
	text := strings.Split(string(data), "\n")
	lines := keyLines(data)
	comment := func(line int) string {
		if line < 1 || line > len(text) {
			return ""
		}
		raw := text[line-1]
		c := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(raw[len(stripComment(raw)):]), "#"))
		if rest, ok := strings.CutPrefix(c, "source:"); ok {
			c = strings.TrimSpace(rest)
		}
		return c
	}
	isHeader := func(line int) bool {
		return line >= 1 && line <= len(text) && strings.HasPrefix(strings.TrimSpace(text[line-1]), "[")
	}
	out := make(map[string]string, len(lines))
	for k, l := range lines {
		if slices.Contains(meta, k) {
			continue
		}
		c := comment(l)
		// A key of a table without its own comment takes that of the
		// nearest table header above it that has one.
		for p := k; c == "" && strings.Contains(p, "."); {
			p = p[:strings.LastIndexByte(p, '.')]
			if pl, ok := lines[p]; ok && isHeader(pl) {
				c = comment(pl)
			}
		}
		out[k] = c
	}
	return out
}
