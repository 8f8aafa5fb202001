package scenarios

import (
	"strings"

	"github.com/BurntSushi/toml"
)

// Lookup returns the value of the dotted key in the scenario's effective
// parameters as TOML decodes it (a number, a string, a table — a
// distribution is a table), and whether the scenario has it.
func (s *Scenario) Lookup(key string) (any, bool) {
	var root map[string]any
	if _, err := toml.Decode(s.Canonical(), &root); err != nil {
		return nil, false
	}
	var v any = root
	for _, part := range strings.Split(key, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		if v, ok = m[part]; !ok {
			return nil, false
		}
	}
	return v, true
}
