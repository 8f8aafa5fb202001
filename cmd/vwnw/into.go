package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"

	"github.com/vwnw/vwnw/internal/csvdialect"
	"github.com/vwnw/vwnw/internal/output"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// runInto returns the results already in the --out directory dir that
// vwnw sensitivity adds its analysis to, or nil when dir holds none (then
// the analysis is written as a set of its own), and the flags to write
// the files of dir with (see keptOutput). Results of another run —
// another seed, horizon, price year, baseline or version of vwnw, or a
// scenario with other inputs (sha256) or cohort size — are refused as bad
// input (exit 2), as is a dir that cannot be written, before anything
// runs.
func runInto(dir string, f *flags, list []*scenarios.Scenario) (*model.Results, *flags, error) {
	if dir == "" {
		return nil, f, nil
	}
	if err := checkOutDir("--out", dir); err != nil {
		return nil, nil, err
	}
	path := filepath.Join(dir, "results.json")
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, f, nil
	}
	res, err := readResults(path)
	if err != nil {
		return nil, nil, fmt.Errorf("--out %s: %w; sensitivity adds to the results of the same run there, so choose a directory with those or an empty one", dir, err)
	}
	if err := output.SameRun(res, f.runOf(list)); err != nil {
		fix := "choose another directory"
		var m *output.RunMismatch
		if errors.As(err, &m) && m.Fix != "" {
			fix = m.Fix + " to add to them, or choose another directory"
		}
		return nil, nil, fmt.Errorf("--out %s %w; sensitivity adds to the results of the same run (same --seed, --horizon, --price-year, --cohort-size, --baseline, scenarios, cohort files and --set): %s", dir, err, fix)
	}
	return res, f.keptOutput(dir), nil
}

// runOf is the run of the scenarios list with the flags f, as SameRun
// compares it: list[0] is the baseline.
func (f *flags) runOf(list []*scenarios.Scenario) output.Run {
	r := output.Run{Seed: f.seed, Horizon: f.horizon, PriceYear: f.outYear, Version: buildVersion()}
	for _, s := range list {
		size := model.CohortSize(model.Config{CohortSize: f.cohortSize}, s.Persons, s.Params().Cohort.Size)
		r.Scenarios = append(r.Scenarios, output.Scenario{Name: s.Name, SHA256: s.SHA256, CohortSize: size})
	}
	if len(list) > 0 {
		r.Baseline = list[0].Name
		if r.PriceYear == 0 {
			r.PriceYear = list[0].Params().Economy.PriceYear
		}
	}
	return r
}

// keptOutput returns the flags to rewrite the files of dir with: f, but
// with --lang and --csv-dialect, unless given, those its report.html and
// results.csv were written with, so that adding to a run keeps its
// language and CSV dialect.
func (f *flags) keptOutput(dir string) *flags {
	k := *f
	if !f.cmd.Flags().Changed("lang") {
		if lang := reportLang(filepath.Join(dir, "report.html")); lang != "" {
			k.lang = lang
		}
	}
	if !f.cmd.Flags().Changed("csv-dialect") {
		if head := fileHead(filepath.Join(dir, "results.csv"), len(csvdialect.BOM)); head != nil {
			k.csvDialect = string(csvdialect.EN)
			if string(head) == csvdialect.BOM {
				k.csvDialect = string(csvdialect.NL)
			}
		}
	}
	return &k
}

var htmlLang = regexp.MustCompile(`<html lang="([a-z]+)"`)

// reportLang is the language a report.html at path was written in, or ""
// when there is none or it does not say.
func reportLang(path string) string {
	m := htmlLang.FindSubmatch(fileHead(path, 512))
	if m == nil || checkLang(string(m[1])) != nil {
		return ""
	}
	return string(m[1])
}

// fileHead returns the first n bytes of the file at path (fewer when it
// is shorter), or nil when it cannot be read.
func fileHead(path string, n int) []byte {
	fh, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer fh.Close()
	buf := make([]byte, n)
	m, err := io.ReadFull(fh, buf)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil
	}
	return buf[:m]
}
