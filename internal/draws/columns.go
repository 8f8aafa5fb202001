package draws

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/vwnw/vwnw/model"
)

// A group is a set of float64 columns of a model.ScenarioIteration, named
// prefix.key (or key when prefix is empty).
type group struct {
	prefix string
	keys   []string
	at     func(si *model.ScenarioIteration, j int) *float64
	// shard marks columns only shard files hold.
	shard bool
}

// groups lists the float64 columns in the order of the file, after
// iteration, scenario, the parameters and cohort_size. A per-iteration
// quantity added to model.ScenarioIteration is one line here.
var groups = []group{
	{"npv", model.StakeholderKeys(), func(si *model.ScenarioIteration, j int) *float64 { return &si.NPV[j] }, false},
	{"outcomes", outcomeKeys(), func(si *model.ScenarioIteration, j int) *float64 { return &si.Outcomes[j] }, false},
	{"npv_by_item", itemKeys(), func(si *model.ScenarioIteration, j int) *float64 {
		return &si.ItemNPV[j%model.NumItems][j/model.NumItems]
	}, false},
	{"level", model.StakeholderKeys(), func(si *model.ScenarioIteration, j int) *float64 { return &si.Level[j] }, true},
	{"observed", model.CategoryKeys(), func(si *model.ScenarioIteration, j int) *float64 { return &si.Observed[j] }, true},
	{"", scalarKeys, func(si *model.ScenarioIteration, j int) *float64 { return scalars(si)[j] }, true},
}

var scalarKeys = []string{"transfer_gap", "participants", "wait_months", "transfer_cost", "fund_spending", "levy_collected"}

func scalars(si *model.ScenarioIteration) [6]*float64 {
	return [6]*float64{&si.TransferGap, &si.Participants, &si.WaitMonths, &si.TransferCost, &si.FundSpending, &si.LevyCollected}
}

// Fixed column names around the groups. Occupancy, cash flow and flow, in
// shard files only, are lists of Horizon × model.NumStates and Horizon ×
// model.NumStakeholders values, month by month, as in
// model.ScenarioIteration.
const (
	colRun        = "run"
	colIteration  = "iteration"
	colScenario   = "scenario"
	colCohortSize = "cohort_size"
	colOccupancy  = "occupancy"
	colCashflow   = "cashflow"
	colFlow       = "flow"
)

// itemKeys are the keys of the line items per stakeholder, stakeholder by
// stakeholder, "<stakeholder>.<item>" as in npv_by_item of results.json.
func itemKeys() []string {
	var keys []string
	for _, st := range model.StakeholderKeys() {
		for _, it := range model.ItemKeys() {
			keys = append(keys, st+"."+it)
		}
	}
	return keys
}

// outcomeKeys are the JSON keys of model.Outcomes, in the order of the
// model.Outcome constants.
func outcomeKeys() []string {
	t := reflect.TypeFor[model.Outcomes]()
	keys := make([]string, t.NumField())
	for i := range keys {
		keys[i], _, _ = strings.Cut(t.Field(i).Tag.Get("json"), ",")
	}
	return keys
}

// A floatCol is one float64 column: its name and where its value is.
type floatCol struct {
	name string
	at   func(si *model.ScenarioIteration) *float64
}

// floatCols lists the float64 columns of a file: every group's for a shard
// file, the researcher's for a draws file.
func floatCols(shard bool) []floatCol {
	var out []floatCol
	for _, g := range groups {
		if g.shard && !shard {
			continue
		}
		for j, k := range g.keys {
			name := k
			if g.prefix != "" {
				name = g.prefix + "." + k
			}
			at := g.at
			out = append(out, floatCol{name, func(si *model.ScenarioIteration) *float64 { return at(si, j) }})
		}
	}
	return out
}

// Layout describes the columns of a file.
type Layout struct {
	// Scenarios are the scenario names, the baseline first; every
	// iteration has one row per scenario, in this order.
	Scenarios []string `json:"scenarios"`
	// Params are the dotted keys of the uncertain parameters, one column
	// each; a scenario without one has an empty (null) value there.
	Params []string `json:"params"`
	// Horizon is the number of months of occupancy and cash flows.
	Horizon int `json:"horizon"`
	// Shard is true for a shard file: every column the model.Accumulator
	// needs, not only the researcher's.
	Shard bool `json:"shard"`
	// Runs is true for a file of several runs of the engine (the runs of a
	// sensitivity analysis): a first column run numbers them.
	Runs bool `json:"runs,omitempty"`
}

// names returns every column name in file order, checking that the
// parameters' keys clash with no other column.
func (l *Layout) names() ([]string, error) {
	var names []string
	if l.Runs {
		names = append(names, colRun)
	}
	names = append(names, colIteration, colScenario)
	names = append(names, l.Params...)
	names = append(names, colCohortSize)
	for _, c := range floatCols(l.Shard) {
		names = append(names, c.name)
	}
	if l.Shard {
		names = append(names, colOccupancy, colCashflow, colFlow)
	}
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			return nil, fmt.Errorf("column %q twice: a parameter's key clashes with a column of the draws", n)
		}
		seen[n] = true
	}
	return names, nil
}

// check is names for a file to write, which needs its scenarios (and, for
// a shard file, its horizon).
func (l *Layout) check() ([]string, error) {
	switch {
	case len(l.Scenarios) == 0:
		return nil, fmt.Errorf("no scenarios")
	case l.Shard && l.Horizon < 1:
		return nil, fmt.Errorf("horizon must be at least 1 month, got %d", l.Horizon)
	}
	return l.names()
}
