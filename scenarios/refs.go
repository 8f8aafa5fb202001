package scenarios

import (
	"slices"
	"strings"
)

// IsShipped reports whether ref names a shipped scenario rather than a file:
// it has no path separator, no .toml suffix, and a shipped scenario has that
// name.
func IsShipped(ref string) bool {
	if strings.ContainsAny(ref, `/\`) || strings.HasSuffix(ref, ".toml") {
		return false
	}
	_, ok := ShippedSource(ref)
	return ok
}

// IsWorldKey reports whether key lies under [cohort], [economy], [hazards]
// or [jobs]: the world a scenario shares with its baseline (see
// CheckComparable), which a scenario may not change on its own.
func IsWorldKey(key string) bool {
	table, _, _ := strings.Cut(key, ".")
	return slices.Contains(worldTables, table)
}
