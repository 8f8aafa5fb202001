// Package scenarios reads the scenario language of vwnw: TOML files that set
// the parameters of model.Params, each a number or a distribution, with
// inheritance through extends, overrides from the command line, and strict
// validation that reports every problem with its file, line and key —
// ranges of every number (ranges.go), coaching that can never start
// (capacity.go), wages below a realistic floor and ambiguous thousands
// separators (wage.go, csv.go). The shipped scenarios are embedded.
//
// It also reads cohort files — CSV as spreadsheets write it, or the first
// sheet of an .xlsx workbook, with English or Dutch names (ReadCohortFile,
// WriteCohortTemplate) — renders a scenario as it runs with each value's
// source (Show), describes every key (KeyInfos, KeyReference), finds the
// baseline a scenario's extends chain reaches (ChainBaseline, RunBaseline)
// and writes a region's folder of scenarios (RegionFiles). What a scenario
// allows but looks like a mistake it reports as Warnings: wages below the
// statutory minimum (minwage.go), a coaching service that closes before
// persons of the cohort are offered it (service.go).
package scenarios

import (
	"slices"

	"github.com/vwnw/vwnw/model"
)

// Scenario is a loaded, validated scenario.
type Scenario struct {
	Name          string
	Title         string
	TitleNL       string
	Description   string
	DescriptionNL string
	// Extends is the scenario it inherits from, as written.
	Extends string
	// File names where it came from: a path, or "<name> (shipped)".
	File string
	// SHA256 hashes the effective parameters (after inheritance and
	// overrides) and the cohort file, if any.
	SHA256 string
	// Persons is the cohort read from cohort.file, or nil.
	Persons []model.Person

	params        model.Params // with uncertain parameters at their medians
	uncertain     []Param
	personsDigest []byte
	canonical     string
	notApplied    []string
	warnings      []Problem
	// world holds the cohort and economy settings, for CheckComparable.
	world map[string]setting
}

// NotApplied lists the override keys that lie in a named table the
// scenario does not have (say, a service it does not use), which Load
// therefore left out.
func (s *Scenario) NotApplied() []string { return s.notApplied }

// Warnings lists what is allowed but implausible enough to say: persons
// of the cohort file paid below the statutory minimum wage (minwage.go), a
// coaching service that closes before some persons are offered it
// (service.go). Commands print them; they do not stop a run.
func (s *Scenario) Warnings() []Problem { return slices.Clone(s.warnings) }

// Params returns the scenario's parameters with every uncertain parameter at
// its median.
func (s *Scenario) Params() model.Params {
	p := s.params
	p.Interventions.Services = slices.Clone(p.Interventions.Services)
	return p
}

// Uncertain lists the parameters given as distributions, sorted by key.
func (s *Scenario) Uncertain() []Param { return append([]Param(nil), s.uncertain...) }

// Canonical returns the effective parameters as TOML with sorted keys: what
// SHA256 hashes.
func (s *Scenario) Canonical() string { return s.canonical }

// Draw fills p with the parameters of one iteration: fixed values as given,
// each uncertain parameter at its quantile u(key), evaluated with a
// [dist.Table]. The services are copied into the storage of p's services
// slice, so that a p filled again and again allocates nothing; the slice
// p held is therefore overwritten.
func (s *Scenario) Draw(u func(key string) float64, p *model.Params) {
	buf := p.Interventions.Services[:0]
	*p = s.params
	// The scenario's own services never leave it (Params clones them too),
	// so buf cannot be them.
	p.Interventions.Services = append(buf, s.params.Interventions.Services...)
	if len(s.uncertain) == 0 {
		return
	}
	for _, q := range s.uncertain {
		*q.at.in(p) = q.table.Quantile(u(q.Key))
	}
}

// Input returns the scenario as the engine runs it.
func (s *Scenario) Input() model.Input {
	return model.Input{
		Name: s.Name, Title: s.Title, TitleNL: s.TitleNL,
		Description: s.Description, DescriptionNL: s.DescriptionNL,
		SHA256: s.SHA256, Draw: s.Draw, Persons: s.Persons,
	}
}
