package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/vwnw/vwnw/internal/output"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// runInto returns the results already in the --out directory dir that
// vwnw sensitivity adds its analysis to, or nil when dir holds none (then
// the analysis is written as a set of its own). Results of another run —
// another seed, horizon or baseline, or a scenario with other inputs
// (sha256) — are refused as bad input (exit 2), before anything runs.
func runInto(dir string, f *flags, list []*scenarios.Scenario) (*model.Results, error) {
	if dir == "" {
		return nil, nil
	}
	path := filepath.Join(dir, "results.json")
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	res, err := readResults(path)
	if err != nil {
		return nil, fmt.Errorf("--out %s: %w; sensitivity adds to the results of the same run there, so choose a directory with those or an empty one", dir, err)
	}
	var ss []output.Scenario
	for _, s := range list {
		ss = append(ss, output.Scenario{Name: s.Name, SHA256: s.SHA256})
	}
	baseline := ""
	if len(list) > 0 {
		baseline = list[0].Name
	}
	if err := output.SameRun(res, f.seed, f.horizon, baseline, ss); err != nil {
		return nil, fmt.Errorf("--out %s %w; sensitivity adds to the results of the same run (same --seed, --horizon, --baseline, scenarios and --set), so choose that directory or an empty one", dir, err)
	}
	return res, nil
}
