package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"gonum.org/v1/gonum/stat/distuv"

	"github.com/vwnw/vwnw/dist"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/output"
	"github.com/vwnw/vwnw/scenarios"
)

// calibrateFlags are the flags of vwnw calibrate.
type calibrateFlags struct {
	observed   string
	fit        []string
	write      string
	level      float64
	iterations int
	seed       uint64
	workers    int
	set        []string
	format     string
	json       bool
}

func newCalibrateCmd() *cobra.Command {
	var f calibrateFlags
	cmd := &cobra.Command{
		Use:   "calibrate --observed FILE SCENARIO --fit KEY[,KEY...]",
		Short: "Fit scenario parameters to observed outcome counts",
		Long: `calibrate fits the parameters named by --fit so that SCENARIO's simulated
outcome shares at the observation date match the counts in the observation file
(--observed: a file, or "pilot" for the pilot's outcomes shipped with vwnw).

The scenario's synthetic cohort enters as the observed one did (size and entry
months from the file). The counts are taken as multinomial with the simulated
shares, pooled over --iterations iterations; every evaluation uses the same
random numbers (--seed), so the likelihood changes only with the fitted values.
Nelder–Mead maximises it, with each value kept inside the range its key allows
(log or logit scale). Each fitted value gets a profile-likelihood interval.

It prints observed against simulated counts per category with the G² and
Pearson X² goodness-of-fit statistics. --write FILE writes a scenario that
extends SCENARIO and sets each fitted key to a distribution whose 5th and 95th
percentiles span its interval, so that runs carry the uncertainty of the few
observations rather than a point estimate.

The cohort is always the observed one: its size matters when case-manager
capacity binds, so there is no --cohort-size; precision comes from
--iterations. The horizon runs to the observation date.`,
		Example: `  vwnw calibrate --observed pilot intensive_coaching --fit interventions.coaching.job_finding_hr
  vwnw calibrate --observed pilot intensive_coaching --fit interventions.coaching.job_finding_hr --write calibrated.toml
  vwnw run calibrated.toml
  vwnw calibrate --observed counts.toml my.toml --fit interventions.coaching.job_finding_hr,interventions.coaching.uptake --json`,
		Args:              exactArgs(1, "SCENARIO (a shipped name or a .toml file)"),
		ValidArgsFunction: completeScenarios,
		RunE: func(cmd *cobra.Command, args []string) error {
			return calibrate(cmd, &f, args[0])
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&f.observed, "observed", "", `observation file: counts per outcome category at a date ("pilot": the pilot's, shipped)`)
	fs.StringSliceVar(&f.fit, "fit", nil, "keys to fit, comma-separated or repeated (dotted TOML paths of numeric parameters)")
	fs.StringVar(&f.write, "write", "", "write the calibrated scenario to this TOML file")
	fs.Float64Var(&f.level, "level", 0.9, "coverage of the intervals of the fitted values")
	fs.IntVar(&f.iterations, "iterations", 1000, "Monte-Carlo iterations per evaluation of the likelihood")
	fs.Uint64Var(&f.seed, "seed", 1, "random seed, the same in every evaluation (common random numbers)")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "goroutines; results do not depend on it")
	fs.StringArrayVar(&f.set, "set", nil, "override a parameter: KEY=VALUE, KEY a dotted TOML path, VALUE a TOML value (repeatable)")
	fs.StringVar(&f.format, "format", "table", "output format: table or json")
	fs.BoolVar(&f.json, "json", false, "same as --format json")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"table", "json"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("observed", func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return append(scenarios.ShippedObservations(), "toml"), cobra.ShellCompDirectiveFilterFileExt
	})
	return cmd
}

// check validates the flag values.
func (f *calibrateFlags) check() error {
	if f.json {
		f.format = "json"
	}
	var bad []string
	if f.observed == "" {
		bad = append(bad, `--observed is required: an observation file, or "pilot" (shipped)`)
	}
	if len(f.fit) == 0 {
		bad = append(bad, "--fit is required: the keys to fit, e.g. --fit interventions.coaching.job_finding_hr")
	}
	if f.iterations < 1 {
		bad = append(bad, fmt.Sprintf("--iterations must be at least 1, got %d", f.iterations))
	}
	if f.workers < 1 {
		bad = append(bad, fmt.Sprintf("--workers must be at least 1, got %d", f.workers))
	}
	if !(f.level > 0 && f.level < 1) {
		bad = append(bad, fmt.Sprintf("--level must lie between 0 and 1 (e.g. 0.9), got %v", f.level))
	}
	if f.format != "table" && f.format != "json" {
		bad = append(bad, fmt.Sprintf("--format %q is not one of table, json", f.format))
	}
	if len(bad) > 0 {
		return errors.New(strings.Join(bad, "\n"))
	}
	return nil
}

// calibration is the outcome of vwnw calibrate, as printed and written.
type calibration struct {
	setup  *scenarios.CalibrationSetup
	result *model.CalibrationResult
	// dists are the fitted values as distributions (zero when the data
	// bound a value on neither side).
	dists []dist.Dist
	// oneSided[i] is set when the data bound fitted value i on one side
	// only.
	oneSided []bool
	elapsed  time.Duration
}

func calibrate(cmd *cobra.Command, f *calibrateFlags, ref string) error {
	if err := f.check(); err != nil {
		return err
	}
	var ovs []scenarios.Override
	for _, s := range f.set {
		o, err := scenarios.ParseOverride(s)
		if err != nil {
			return err
		}
		ovs = append(ovs, o)
	}
	obs, err := scenarios.LoadObservation(f.observed)
	if err != nil {
		return fmt.Errorf("--observed: %w", err)
	}
	var fit []string
	for _, k := range f.fit {
		if k = strings.TrimSpace(k); k != "" {
			fit = append(fit, k)
		}
	}
	cfg := model.Config{Seed: f.seed, Iterations: f.iterations, Workers: f.workers, Version: buildVersion()}
	setup, err := scenarios.NewCalibrationSetup(obs, ref, fit, cfg, ovs)
	if err != nil {
		return err
	}
	if f.write != "" {
		if err := checkWritePath(f.write, setup); err != nil {
			return err
		}
	}
	prob := setup.Problem()
	prob.Level = f.level
	start := time.Now()
	res, err := prob.Run(cmd.Context())
	if err != nil {
		return fail(err)
	}
	c := &calibration{setup: setup, result: res, elapsed: time.Since(start)}
	var distErr error
	for i, e := range res.Estimates {
		d, one, err := fittedDist(e, setup.Keys[i], res.Level)
		if err != nil && distErr == nil {
			distErr = err
		}
		c.dists, c.oneSided = append(c.dists, d), append(c.oneSided, one)
	}
	if f.write != "" {
		if distErr != nil {
			return fail(fmt.Errorf("--write %s: %w", f.write, distErr))
		}
		text, err := c.scenarioTOML(f.write)
		if err != nil {
			return err
		}
		// The written scenario must load, or it is not written.
		if _, err := scenarios.LoadBytes([]byte(text), f.write, filepath.Dir(f.write)); err != nil {
			return fail(fmt.Errorf("the calibrated scenario does not load: %w", err))
		}
		if err := writeFileAtomic(f.write, []byte(text)); err != nil {
			return err
		}
	}
	var buf bytes.Buffer
	if f.format == "json" {
		err = c.writeJSON(&buf)
	} else {
		err = c.writeTable(&buf, f.write)
	}
	if err != nil {
		return fail(err)
	}
	_, err = cmd.OutOrStdout().Write(buf.Bytes())
	return fail(err)
}

// checkWritePath refuses to overwrite the scenario being calibrated (it
// would extend itself) and a directory.
func checkWritePath(path string, setup *scenarios.CalibrationSetup) error {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("--write %s: is a directory", path)
	}
	if isShippedRef(setup.Ref) {
		return nil
	}
	a, _ := filepath.Abs(path)
	b, _ := filepath.Abs(setup.Ref)
	if a == b {
		return fmt.Errorf("--write %s: is the scenario being calibrated; write to another file (it extends this one)", path)
	}
	return nil
}

func isShippedRef(ref string) bool {
	if strings.ContainsAny(ref, `/\`) || strings.HasSuffix(ref, ".toml") {
		return false
	}
	_, ok := scenarios.ShippedSource(ref)
	return ok
}

// fittedDist is the distribution written for a fitted value e of key k:
// lognormal for a key that must be positive, otherwise normal (truncated to
// the key's bounds), centred on the estimate, with its 5th and 95th
// percentiles (for a 90% level) at the distance of the interval's wider side
// on both sides, so as not to claim more precision than the data give. A
// side the data do not bound takes the other side's width; oneSided reports
// that. With neither side bounded there is nothing to write.
func fittedDist(e model.FitEstimate, k scenarios.FitKey, level float64) (d dist.Dist, oneSided bool, err error) {
	if e.LowerOpen && e.UpperOpen {
		return dist.Dist{}, false, fmt.Errorf("the data do not bound %s on either side (estimate %s); there is no distribution to write", e.Name, calNum(e.Value))
	}
	zq := distuv.UnitNormal.Quantile(0.5 + level/2) // 1.645 for 90%
	if k.Lower == 0 && math.IsInf(k.Upper, 1) {
		mu, half := math.Log(e.Value), 0.0
		if !e.LowerOpen {
			half = mu - math.Log(e.Lower)
		}
		if !e.UpperOpen {
			half = math.Max(half, math.Log(e.Upper)-mu)
		}
		return dist.Dist{Kind: dist.LogNormal, Mu: calRoundSig(mu, 4), Sigma: calRoundSig(half/zq, 4)}, e.LowerOpen || e.UpperOpen, nil
	}
	half := 0.0
	if !e.LowerOpen {
		half = e.Value - e.Lower
	}
	if !e.UpperOpen {
		half = math.Max(half, e.Upper-e.Value)
	}
	d = dist.Dist{Kind: dist.Normal, Mu: calRoundSig(e.Value, 4), Sigma: calRoundSig(half/zq, 4)}
	if !math.IsInf(k.Lower, 0) {
		d.Min, d.HasMin = k.Lower, true
	}
	if !math.IsInf(k.Upper, 0) {
		d.Max, d.HasMax = k.Upper, true
	}
	return d, e.LowerOpen || e.UpperOpen, nil
}

// calRoundSig rounds x to digits significant digits.
func calRoundSig(x float64, digits int) float64 {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', digits, 64), 64)
	return v
}

// calNum formats a fitted value for people: four significant digits.
func calNum(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "∞"
	case math.IsInf(x, -1):
		return "−∞"
	}
	return strconv.FormatFloat(calRoundSig(x, 4), 'g', -1, 64)
}

// categoryLabels name the outcome categories in tables.
var categoryLabels = [model.NumCategories]string{
	"stopped, did not start or stayed", "new job", "work + schooling", "education", "still searching",
}

// continuing summarises the categories among those who continued (all but
// stopped): in work or work + schooling, and with education too (the
// report's 64% of the pilot is 16 of 25, which counts education).
type continuing struct {
	Continuing       float64 `json:"continuing"`
	Work             float64 `json:"work_or_work_schooling"`
	WorkShare        float64 `json:"work_or_work_schooling_share"`
	WorkEducation    float64 `json:"work_schooling_or_education"`
	WorkEducationPct float64 `json:"work_schooling_or_education_share"`
}

func calContinuing(counts [model.NumCategories]float64) continuing {
	c := continuing{Continuing: 0}
	for k, n := range counts {
		if model.Category(k) != model.CategoryStopped {
			c.Continuing += n
		}
	}
	c.Work = counts[model.CategoryNewJob] + counts[model.CategoryWorkAndSchooling]
	c.WorkEducation = c.Work + counts[model.CategoryEducation]
	if c.Continuing > 0 {
		c.WorkShare, c.WorkEducationPct = c.Work/c.Continuing, c.WorkEducation/c.Continuing
	}
	return c
}

// expected returns the expected counts under the fitted shares.
func (c *calibration) expected() [model.NumCategories]float64 {
	var e [model.NumCategories]float64
	n := float64(c.setup.Observation.Total())
	for k, s := range c.result.Shares {
		e[k] = n * s
	}
	return e
}

func calPct(x float64) string { return strconv.FormatFloat(100*x, 'f', 1, 64) + "%" }

func (c *calibration) writeTable(w io.Writer, written string) error {
	ew := &output.Printer{W: w}
	obs, res, setup := c.setup.Observation, c.result, c.setup
	months := make([]string, len(obs.Entries))
	for i, n := range obs.Entries {
		months[i] = strconv.Itoa(n)
	}
	last := obs.FirstEntry.AddDate(0, len(obs.Entries)-1, 0)
	ew.Printf("vwnw %s: calibrate %s to %s\n", buildVersion(), setup.Scenario.File, obs.File)
	ew.Printf("Observed: %d entrants %s to %s (%s per month), counted on %s (month %d of the simulation)\n",
		obs.Total(), obs.FirstEntry.Format("2006-01"), last.Format("2006-01"), strings.Join(months, ", "),
		obs.Date.Format("2006-01-02"), obs.Month())
	ew.Printf("Multinomial likelihood of the counts under the simulated shares; %d iterations of the observed cohort,\n", setup.Config.Iterations)
	ew.Printf("seed %d in every evaluation (common random numbers); Nelder–Mead; %d simulations in %.1f s.\n\n",
		setup.Config.Seed, res.Evaluations, c.elapsed.Seconds())

	kw := len("key")
	for _, e := range res.Estimates {
		kw = max(kw, len(e.Name))
	}
	lvl := strconv.FormatFloat(100*res.Level, 'g', -1, 64) + "% interval"
	ew.Printf("  %-*s  %10s  %10s  %s (profile likelihood)\n", kw, "key", "start", "estimate", lvl)
	for _, e := range res.Estimates {
		lo, hi := calNum(e.Lower), calNum(e.Upper)
		if e.LowerOpen {
			lo = "(" + lo
		}
		if e.UpperOpen {
			hi += ")"
		}
		ew.Printf("  %-*s  %10s  %10s  %s – %s\n", kw, e.Name, calNum(e.Start), calNum(e.Value), lo, hi)
	}
	for _, e := range res.Estimates {
		if e.LowerOpen || e.UpperOpen {
			ew.Printf("  %s: the data do not bound it on one side; the interval runs to the key's limit there\n", e.Name)
		}
	}
	lw := len("total")
	for k := range model.NumCategories {
		lw = max(lw, len(model.Category(k).Key()))
	}
	ew.Printf("\n  %-*s  %8s  %6s  %9s  %8s\n", lw, "category", "observed", "share", "simulated", "expected")
	exp := c.expected()
	n := float64(obs.Total())
	for k := range model.NumCategories {
		o := float64(obs.Counts[k])
		ew.Printf("  %-*s  %8d  %6s  %9s  %8.1f   %s\n", lw, model.Category(k).Key(), obs.Counts[k], calPct(o/n), calPct(res.Shares[k]), exp[k], categoryLabels[k])
	}
	ew.Printf("  %-*s  %8d  %6s  %9s  %8.1f\n", lw, "total", obs.Total(), calPct(1), calPct(1), n)

	oc, sc := calContinuing(obs.CountsFloat()), calContinuing(exp)
	ew.Printf("\n  of the %g continuing (all but stopped):\n", oc.Continuing)
	ew.Printf("    in work or work + schooling            observed %2g (%s)   simulated %s\n", oc.Work, calPct(oc.WorkShare), calPct(sc.WorkShare))
	ew.Printf("    in work, work + schooling or education observed %2g (%s)   simulated %s\n", oc.WorkEducation, calPct(oc.WorkEducationPct), calPct(sc.WorkEducationPct))

	g := res.Fit
	ew.Printf("\n  goodness of fit: G² = %.2f, Pearson X² = %.2f, %d degrees of freedom", g.G2, g.X2, g.DF)
	if g.DF >= 1 {
		ew.Printf(", p = %.2f (G²), %.2f (X²)", g.PG2, g.PX2)
	}
	ew.Printf("\n")
	if g.MinExpected < 5 {
		ew.Printf("  (smallest expected count %.1f: with expected counts below 5 the χ² p-values are rough)\n", g.MinExpected)
	}
	if written != "" {
		ew.Printf("\nwrote %s; try: vwnw run %s\n", written, written)
	}
	return ew.Err
}

// calFloat writes NaN and ±Inf as null.
type calFloat float64

func (f calFloat) MarshalJSON() ([]byte, error) {
	x := float64(f)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return []byte("null"), nil
	}
	return strconv.AppendFloat(nil, x, 'g', -1, 64), nil
}

func (c *calibration) writeJSON(w io.Writer) error {
	type category struct {
		Key            string   `json:"key"`
		Observed       int      `json:"observed"`
		ObservedShare  calFloat `json:"observed_share"`
		SimulatedShare calFloat `json:"simulated_share"`
		Expected       calFloat `json:"expected"`
	}
	type fitted struct {
		Key          string     `json:"key"`
		Start        calFloat   `json:"start"`
		Estimate     calFloat   `json:"estimate"`
		Lower        calFloat   `json:"lower"`
		Upper        calFloat   `json:"upper"`
		LowerOpen    bool       `json:"lower_open"`
		UpperOpen    bool       `json:"upper_open"`
		Distribution *dist.Dist `json:"distribution"`
	}
	obs, res, setup := c.setup.Observation, c.result, c.setup
	out := struct {
		Tool     string `json:"tool"`
		Version  string `json:"version"`
		Scenario string `json:"scenario"`
		Observed struct {
			Name       string         `json:"name"`
			File       string         `json:"file"`
			FirstEntry string         `json:"first_entry"`
			Date       string         `json:"observation_date"`
			Month      int            `json:"observation_month"`
			Entries    []int          `json:"entries"`
			Counts     map[string]int `json:"counts"`
		} `json:"observed"`
		Run struct {
			Seed        uint64   `json:"seed"`
			Iterations  int      `json:"iterations"`
			Evaluations int      `json:"evaluations"`
			Elapsed     calFloat `json:"elapsed_seconds"`
		} `json:"run"`
		Level      float64    `json:"level"`
		Fitted     []fitted   `json:"fitted"`
		Categories []category `json:"categories"`
		Continuing struct {
			Observed  continuing `json:"observed"`
			Simulated continuing `json:"simulated"`
		} `json:"continuing"`
		Fit struct {
			LogLik      calFloat `json:"loglik"`
			G2          calFloat `json:"g2"`
			X2          calFloat `json:"x2"`
			DF          int      `json:"df"`
			PG2         calFloat `json:"p_g2"`
			PX2         calFloat `json:"p_x2"`
			MinExpected calFloat `json:"min_expected"`
		} `json:"fit"`
	}{Tool: "vwnw", Version: buildVersion(), Scenario: setup.Scenario.Name, Level: res.Level}
	o := &out.Observed
	o.Name, o.File, o.Month, o.Entries = obs.Name, obs.File, obs.Month(), obs.Entries
	o.FirstEntry, o.Date = obs.FirstEntry.Format("2006-01"), obs.Date.Format("2006-01-02")
	o.Counts = map[string]int{}
	for k, n := range obs.Counts {
		o.Counts[model.Category(k).Key()] = n
	}
	out.Run.Seed, out.Run.Iterations, out.Run.Evaluations = setup.Config.Seed, setup.Config.Iterations, res.Evaluations
	out.Run.Elapsed = calFloat(math.Round(c.elapsed.Seconds()*1000) / 1000)
	for i, e := range res.Estimates {
		f := fitted{Key: e.Name, Start: calFloat(e.Start), Estimate: calFloat(e.Value), Lower: calFloat(e.Lower),
			Upper: calFloat(e.Upper), LowerOpen: e.LowerOpen, UpperOpen: e.UpperOpen}
		if c.dists[i].Kind != "" {
			f.Distribution = &c.dists[i]
		}
		out.Fitted = append(out.Fitted, f)
	}
	exp := c.expected()
	n := float64(obs.Total())
	for k := range model.NumCategories {
		out.Categories = append(out.Categories, category{
			Key: model.Category(k).Key(), Observed: obs.Counts[k], ObservedShare: calFloat(float64(obs.Counts[k]) / n),
			SimulatedShare: calFloat(res.Shares[k]), Expected: calFloat(exp[k]),
		})
	}
	out.Continuing.Observed, out.Continuing.Simulated = calContinuing(obs.CountsFloat()), calContinuing(exp)
	g := res.Fit
	out.Fit.LogLik, out.Fit.G2, out.Fit.X2, out.Fit.DF = calFloat(res.LogLik), calFloat(g.G2), calFloat(g.X2), g.DF
	out.Fit.PG2, out.Fit.PX2, out.Fit.MinExpected = calFloat(g.PG2), calFloat(g.PX2), calFloat(g.MinExpected)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// scenarioTOML is the calibrated scenario written by --write: it extends the
// calibrated scenario and sets the fitted keys (and any --set overrides,
// which the fit assumed) under their tables. The text depends only on the
// inputs and the fit, not on the time of writing.
func (c *calibration) scenarioTOML(path string) (string, error) {
	setup, obs, res := c.setup, c.setup.Observation, c.result
	ext := setup.Ref
	if !isShippedRef(ext) {
		dir, err := filepath.Abs(filepath.Dir(path))
		if err != nil {
			return "", err
		}
		abs, err := filepath.Abs(ext)
		if err != nil {
			return "", err
		}
		if rel, err := filepath.Rel(dir, abs); err == nil {
			ext = filepath.ToSlash(rel)
		} else {
			ext = filepath.ToSlash(abs)
		}
	}
	name := strings.TrimSuffix(filepath.Base(path), ".toml")
	s := setup.Scenario
	var b strings.Builder
	date := obs.Date.Format("2006-01-02")
	g := res.Fit
	fmt.Fprintf(&b, "# Calibrated by vwnw calibrate: %s fitted to the observed outcomes in\n", s.Name)
	fmt.Fprintf(&b, "# %s: %d entrants from %s, counted on %s.\n", obs.File, obs.Total(), obs.FirstEntry.Format("2006-01"), date)
	fmt.Fprintf(&b, "# Multinomial maximum likelihood, %d iterations, seed %d; G² = %.2f", setup.Config.Iterations, setup.Config.Seed, g.G2)
	if g.DF >= 1 {
		fmt.Fprintf(&b, " (df %d, p = %.2f)", g.DF, g.PG2)
	}
	b.WriteString(".\n")
	fmt.Fprintf(&b, "# Each fitted value is a distribution centred on the estimate whose %g%%\n", 100*res.Level)
	b.WriteString("# interval spans the profile-likelihood interval's wider side on both sides:\n")
	fmt.Fprintf(&b, "# the uncertainty of %d observations, not a point estimate.\n\n", obs.Total())
	fmt.Fprintf(&b, "name = %s\n", strconv.Quote(name))
	fmt.Fprintf(&b, "extends = %s\n", strconv.Quote(ext))
	fmt.Fprintf(&b, "title = %s\n", strconv.Quote(s.Title+", calibrated to "+obs.Name))
	if s.TitleNL != "" {
		fmt.Fprintf(&b, "title_nl = %s\n", strconv.Quote(s.TitleNL+", gekalibreerd op "+obs.Name))
	}
	desc := fmt.Sprintf("%s fitted to %s (%d entrants, %s): %s.", s.Name, obs.Name, obs.Total(), date, strings.Join(fittedKeys(res), ", "))
	fmt.Fprintf(&b, "description = %s\n", strconv.Quote(desc))
	if s.DescriptionNL != "" {
		descNL := fmt.Sprintf("%s gekalibreerd op %s (%d deelnemers, %s): %s.", s.Name, obs.Name, obs.Total(), date, strings.Join(fittedKeys(res), ", "))
		fmt.Fprintf(&b, "description_nl = %s\n", strconv.Quote(descNL))
	}

	type line struct{ key, value, comment string }
	tables := map[string][]line{}
	var order []string
	add := func(key, value, comment string) {
		i := strings.LastIndexByte(key, '.')
		table, leaf := "", key
		if i >= 0 {
			table, leaf = key[:i], key[i+1:]
		}
		if _, ok := tables[table]; !ok {
			order = append(order, table)
		}
		tables[table] = append(tables[table], line{leaf, value, comment})
	}
	for _, o := range setup.Overrides {
		add(o.Key, o.Value, "# source: set with --set when calibrating")
	}
	for i, e := range res.Estimates {
		comment := fmt.Sprintf("# source: calibrated by vwnw calibrate to %s (n = %d), %s; estimate %s, %g%% interval %s–%s",
			obs.Name, obs.Total(), date, calNum(e.Value), 100*res.Level, calNum(e.Lower), calNum(e.Upper))
		if c.oneSided[i] {
			comment += " (bounded by the data on one side only; the width is that side's)"
		}
		add(e.Name, c.dists[i].TOML(), comment)
	}
	slices.Sort(order)
	for _, t := range order {
		b.WriteString("\n")
		if t != "" {
			fmt.Fprintf(&b, "[%s]\n", t)
		}
		for _, l := range tables[t] {
			fmt.Fprintf(&b, "%s = %s  %s\n", l.key, l.value, l.comment)
		}
	}
	return b.String(), nil
}

func fittedKeys(res *model.CalibrationResult) []string {
	out := make([]string, len(res.Estimates))
	for i, e := range res.Estimates {
		out[i] = e.Name
	}
	return out
}
