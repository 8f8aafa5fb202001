package scenarios

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// ChainBaseline returns the baseline the extends chain of ref reaches: the
// first file of the chain, from ref up, that is a baseline — a file named
// baseline.toml or a scenario named "baseline", as vwnw init writes — or
// the shipped baseline when none is. It returns a ref that Load reads.
// A chain that cannot be read gives the shipped baseline; Load reports
// its problems.
func ChainBaseline(ref string) string {
	_, display := chainBaseline(ref)
	return display
}

// chainBaseline returns the identity (absolute path or shipped:name) and
// the ref of ChainBaseline.
func chainBaseline(ref string) (id, display string) {
	src, err := open(ref, "")
	seen := map[string]bool{}
	for err == nil && !seen[src.id] {
		seen[src.id] = true
		// Read name and extends without a TOML decoder, which Load guards
		// against hostile nesting: this runs before Load.
		name, _ := topLevelString(src.data, "name")
		if src.name == "baseline" || name == "baseline" {
			if strings.HasPrefix(src.id, "shipped:") {
				return src.id, strings.TrimPrefix(src.id, "shipped:")
			}
			return src.id, src.display
		}
		ext, ok := topLevelString(src.data, "extends")
		if !ok || ext == "" {
			break
		}
		src, err = open(ext, src.dir)
	}
	return "shipped:baseline", "baseline"
}

// topLevelString finds key = "string" before the first table of a TOML
// text, line by line, without decoding the text; false when it is not
// there or not a one-line string.
func topLevelString(data []byte, key string) (string, bool) {
	for _, raw := range strings.Split(string(data), "\n") {
		line := strings.TrimSpace(raw)
		if strings.HasPrefix(line, "[") {
			break
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok || unquoteKey(strings.TrimSpace(k)) != key {
			continue
		}
		v = strings.TrimSpace(stripComment(v))
		switch {
		case len(v) >= 2 && v[0] == '\'' && v[len(v)-1] == '\'':
			return v[1 : len(v)-1], true
		case len(v) >= 2 && v[0] == '"':
			s, err := strconv.Unquote(v)
			return s, err == nil
		}
		return "", false
	}
	return "", false
}

// RunBaseline returns the baseline of a run of the scenarios refs when no
// baseline is named: the one their extends chains reach (ChainBaseline),
// the shipped baseline for none. Scenarios whose chains reach different
// baselines cannot be compared in one run: that is an error that names
// them.
func RunBaseline(refs []string) (string, error) {
	if len(refs) == 0 {
		return "baseline", nil
	}
	byBase := map[string][]string{}
	var order, displays []string
	for _, r := range refs {
		id, display := chainBaseline(r)
		if _, ok := byBase[id]; !ok {
			order, displays = append(order, id), append(displays, display)
		}
		byBase[id] = append(byBase[id], r)
	}
	if len(order) == 1 {
		return displays[0], nil
	}
	parts := make([]string, len(order))
	for i, id := range order {
		parts[i] = fmt.Sprintf("%s reaches %s", strings.Join(byBase[id], ", "), displays[i])
	}
	return "", fmt.Errorf("the scenarios extend different baselines (%s): a run compares every scenario with one baseline; run them apart, or name the baseline with --baseline", strings.Join(parts, "; "))
}

// ExpandFolders replaces each ref that is a directory by the scenario
// files (*.toml) in it, so that a region's folder runs as one: those named
// as the shipped scenarios first, in their order, then the others by name.
// It fails for a folder without any.
func ExpandFolders(refs []string) ([]string, error) {
	var out []string
	for _, r := range refs {
		info, err := os.Stat(r)
		if err != nil || !info.IsDir() {
			out = append(out, r)
			continue
		}
		entries, err := os.ReadDir(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", r, unwrapPath(err))
		}
		var files []string
		for _, e := range entries {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".toml") {
				files = append(files, filepath.Join(r, e.Name()))
			}
		}
		if len(files) == 0 {
			return nil, fmt.Errorf("%s: a directory without scenario files (*.toml); vwnw init NAME writes a folder of them", r)
		}
		slices.SortFunc(files, func(a, b string) int {
			if c := shippedRank(a) - shippedRank(b); c != 0 {
				return c
			}
			return strings.Compare(a, b)
		})
		out = append(out, files...)
	}
	return out, nil
}

// unwrapPath drops the path and operation of a *fs.PathError.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// shippedRank is the place of a file named as a shipped scenario in the
// shipped order, or after them all.
func shippedRank(path string) int {
	if i := slices.Index(shippedOrder, strings.TrimSuffix(filepath.Base(path), ".toml")); i >= 0 {
		return i
	}
	return len(shippedOrder)
}
