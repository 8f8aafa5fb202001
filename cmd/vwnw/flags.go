package main

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/internal/csvdialect"
	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/internal/output"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/rules"
	"github.com/vwnw/vwnw/model/sensitivity"
	"github.com/vwnw/vwnw/scenarios"
)

// flags are the flags of every command (docs/commands.md); each command
// registers those it takes.
type flags struct {
	// Simulation.
	iterations int
	seed       uint64
	horizon    int
	cohortSize int
	workers    int
	set        []string
	format     string
	json       bool
	out        string
	baseline   string
	lang       string
	breakdown  bool // compare: the NPV by line item
	// priceYear is --price-year as given; outYear the year it names, or 0
	// for the scenarios' own price year.
	priceYear  string
	outYear    int
	csvDialect string

	// Sensitivity.
	method      string
	params      []string
	groups      []string
	stakeholder string
	rangeLoHi   string
	bootstrap   int
	inner       int
	top         int

	// Calibration.
	observed string
	fit      []string
	write    string
	level    float64

	// Report.
	output string

	allowLong bool // --allow-long: run beyond maxWork

	formats []string       // the formats the command writes
	cmd     *cobra.Command // the command the flags are registered on
}

// Upper bounds of the size flags: summaries keep every iteration's values
// (about 1.5 kB per scenario with the line items), and a cohort lives in every worker's
// memory, so larger values would exhaust memory rather than run.
const (
	maxIterations = 1_000_000
	maxCohort     = 1_000_000
)

// registerCommon registers the flags compare, run, sensitivity and
// calibrate share: iterations, seed, workers, set, format and json.
func (f *flags) registerCommon(cmd *cobra.Command, formats []string, iterations, seed, set string) {
	f.cmd, f.formats = cmd, formats
	fs := cmd.Flags()
	fs.IntVar(&f.iterations, "iterations", 1000, iterations)
	fs.Uint64Var(&f.seed, "seed", 1, seed)
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "goroutines; results do not depend on it")
	fs.StringArrayVar(&f.set, "set", nil, set)
	fs.StringVar(&f.format, "format", "table", "output format: "+strings.Join(formats, ", "))
	fs.BoolVar(&f.json, "json", false, "same as --format json; refused beside another --format")
	fs.BoolVar(&f.allowLong, "allow-long", false, fmt.Sprintf("run even when the work is estimated at more than %.0g person-months", float64(maxWork)))
	f.registerPriceYear(cmd)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(formats, cobra.ShellCompDirectiveNoFileComp))
}

// registerSim registers the flags of the simulating commands.
func (f *flags) registerSim(cmd *cobra.Command) {
	f.registerCommon(cmd, output.Formats,
		fmt.Sprintf("Monte-Carlo iterations (1 to %d)", maxIterations),
		"random seed; the same seed gives the same results",
		"override a parameter in every scenario: KEY=VALUE, KEY a dotted TOML path, VALUE a TOML value (repeatable)")
	fs := cmd.Flags()
	fs.IntVar(&f.horizon, "horizon", 60, "months each person is followed from the announcement (1 to 600; an outcome at month N needs N+1)")
	fs.IntVar(&f.cohortSize, "cohort-size", 0, fmt.Sprintf("persons in a synthetic cohort (0: as the scenario says; at most %d)", maxCohort))
	fs.StringVar(&f.out, "out", "", "directory to write results.json, results.csv, results.xlsx and report.html into")
	fs.StringVar(&f.baseline, "baseline", "baseline", "the scenario the others are compared with (a shipped name or a file)")
	fs.StringVar(&f.lang, "lang", "nl", "language of every human-readable output: nl or en (report.html Dutch by default, the terminal table and Markdown English unless --lang is given)")
	fs.StringVar(&f.csvDialect, "csv-dialect", "en", "CSV dialect: en (commas, decimal points; for scripts) or nl (semicolons, decimal commas, BOM; for Dutch Excel)")
}

// check validates the flag values the command registered.
func (f *flags) check() error {
	var bad []string
	add := func(ok bool, format string, args ...any) {
		if !ok {
			bad = append(bad, fmt.Sprintf(format, args...))
		}
	}
	if f.json {
		// --json --format csv asks for two formats: refused rather than
		// one of them chosen silently.
		add(f.format == "json" || !f.cmd.Flags().Changed("format"), "--json is --format json; it contradicts --format %s: give one of them", f.format)
		f.format = "json"
	}
	add(f.iterations >= 1 && f.iterations <= maxIterations, "--iterations must be between 1 and %d, got %d", maxIterations, f.iterations)
	bad = append(bad, f.checkBounds()...)
	add(slices.Contains(f.formats, f.format), "--format %q is not one of %s", f.format, strings.Join(f.formats, ", "))
	add(!f.breakdown || f.format == "table", "--breakdown prints a table; --format %s already holds the line items (npv_by_item)", f.format)
	if f.has("horizon") {
		add(f.horizon >= 1 && f.horizon <= 600, "--horizon must be between 1 and 600 months, got %d", f.horizon)
		add(f.cohortSize >= 0 && f.cohortSize <= maxCohort, "--cohort-size must be 0 (as the scenario says) or up to %d, got %d", maxCohort, f.cohortSize)
	}
	if f.has("lang") {
		if err := checkLang(f.lang); err != nil {
			bad = append(bad, err.Error())
		}
	}
	if err := f.checkPriceYear(); err != nil {
		bad = append(bad, err.Error())
	}
	if f.has("csv-dialect") {
		if _, err := csvdialect.Parse(f.csvDialect); err != nil {
			bad = append(bad, err.Error())
		}
	}
	if len(bad) > 0 {
		return errors.New(strings.Join(bad, "\n"))
	}
	return nil
}

// registerPriceYear registers --price-year.
func (f *flags) registerPriceYear(cmd *cobra.Command) {
	first, last := rules.Default().CPIYears()
	cmd.Flags().StringVar(&f.priceYear, "price-year", "",
		fmt.Sprintf("express the results in euros of this year, indexed with the CBS consumer price index (%d to %d; default: the scenarios' economy.price_year)", first, last))
}

// checkPriceYear checks --price-year and sets outYear.
func (f *flags) checkPriceYear() error {
	if f.priceYear == "" {
		return nil
	}
	first, last := rules.Default().CPIYears()
	y, err := strconv.Atoi(f.priceYear)
	if err != nil || y < first || y > last {
		return fmt.Errorf("--price-year %q is not a year with a CPI figure; allowed %d to %d", f.priceYear, first, last)
	}
	f.outYear = y
	return nil
}

// has reports whether the command registered the flag name.
func (f *flags) has(name string) bool { return f.cmd.Flags().Lookup(name) != nil }

// checkLang checks a --lang value.
func checkLang(lang string) error {
	if !i18n.Valid(lang) {
		return fmt.Errorf("--lang %q is not one of %s", lang, strings.Join(i18n.Langs, ", "))
	}
	return nil
}

// overrides parses the --set flags.
func (f *flags) overrides() ([]scenarios.Override, error) {
	if len(f.set) > maxSets {
		return nil, fmt.Errorf("--set is given %d times; at most %d are allowed", len(f.set), maxSets)
	}
	var out []scenarios.Override
	for _, s := range f.set {
		o, err := scenarios.ParseOverride(s)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// config is the engine configuration of the flags.
func (f *flags) config() model.Config {
	return model.Config{
		Seed: f.seed, Iterations: f.iterations, Horizon: f.horizon,
		CohortSize: f.cohortSize, Workers: f.cores(), Version: buildVersion(), Observe: -1,
		PriceYear: f.outYear,
	}
}

// sensitivityPlan is the plan of vwnw sensitivity for the scenarios args.
func (f *flags) sensitivityPlan(args []string) (*sensitivity.Plan, error) {
	ovs, err := f.overrides()
	if err != nil {
		return nil, err
	}
	_, base, err := f.runRefs(args)
	if err != nil {
		return nil, err
	}
	p := &sensitivity.Plan{
		Method: f.method, Scenarios: args, Baseline: base, Overrides: ovs,
		Params: f.params, Groups: f.groups, Stakeholder: f.stakeholder, Range: f.rangeLoHi,
		Bootstrap: f.bootstrap, Config: f.config(),
	}
	if f.cmd.Flags().Changed("inner") {
		p.Inner = &f.inner
	}
	return p, nil
}
