package sensitivity

import "github.com/vwnw/vwnw/scenarios"

// Loaded returns the scenarios Check loaded, the baseline first; nil
// before a successful Check.
func (p *Plan) Loaded() []*scenarios.Scenario { return p.list }
