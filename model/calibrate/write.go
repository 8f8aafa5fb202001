package calibrate

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/stat/distuv"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model/dist"
	"github.com/vwnw/vwnw/scenarios"
)

// WorldOverrides returns the overrides of the setup that set world keys
// (IsWorldKey): the calibrated scenario cannot carry them, so runs of it
// must repeat them with --set.
func (c *Setup) WorldOverrides() []scenarios.Override {
	var out []scenarios.Override
	for _, o := range c.Overrides {
		if scenarios.IsWorldKey(o.Key) {
			out = append(out, o)
		}
	}
	return out
}

// CheckWritable fails when a fitted key is a world key (IsWorldKey): its
// fitted value describes the persons or the labour market, which the
// scenario shares with its baseline, so a calibrated scenario that set it
// would be refused by run and compare. It is checked before fitting; the
// error is an *Error of field "write" whose value lists the keys.
func (c *Setup) CheckWritable() error {
	var bad []string
	for _, k := range c.Keys {
		if scenarios.IsWorldKey(k.Key) {
			bad = append(bad, k.Key)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	return &Error{Field: "write", Value: strings.Join(bad, ", "), Msg: fmt.Sprintf("%s of the world a scenario shares with its baseline ([cohort], [economy], [hazards] and [jobs] must agree with the baseline; only [interventions] may differ), so a calibrated scenario cannot carry %s and vwnw run would refuse it; "+
		"nothing was fitted. Fit without writing to see what the data say; to use a value, override it (KEY=VALUE), which changes the scenario and its baseline alike, or set it in both a baseline of your own and the scenario",
		plural(len(bad), "this fitted key is a key", "these fitted keys are keys"), plural(len(bad), "its fitted value", "their fitted values"))}
}

// plural returns one when n is 1 and many otherwise.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// CalibratedName is the name of the calibrated scenario written to path:
// the file's base name, with "_calibrated" appended when that is the name
// of a shipped scenario or of the calibrated scenario itself, so that a
// comparison of the two is not a comparison of two scenarios of one name.
func CalibratedName(path, calibrated string) string {
	name := strings.TrimSuffix(filepath.Base(path), ".toml")
	for {
		if _, shipped := scenarios.ShippedSource(name); !shipped && name != calibrated {
			return name
		}
		name += "_calibrated"
	}
}

// FittedDist is the distribution written for a fitted value e of key k:
// lognormal for a key that must be positive, otherwise normal (truncated to
// the key's bounds), centred on the estimate, with its 5th and 95th
// percentiles (for a 90% level) at the distance of the interval's wider side
// on both sides, so as not to claim more precision than the data give. A
// side the data do not bound takes the other side's width; oneSided reports
// that. A value the data do not identify (Estimate.NotIdentified:
// open on both sides, or an interval too wide to mean more than an order
// of magnitude) has no distribution to write, and the error says so.
func FittedDist(e Estimate, k scenarios.FitKey, level float64) (d dist.Dist, oneSided bool, err error) {
	if why := e.NotIdentified(); why != "" || (e.LowerOpen && e.UpperOpen) {
		if why == "" {
			why = "the data bound it on neither side"
		}
		return dist.Dist{}, false, fmt.Errorf("the data do not identify %s (estimate %s, %g%% interval %s–%s): %s; there is no distribution to write",
			e.Name, FormatFitted(e.Value), 100*level, FormatFitted(e.Lower), FormatFitted(e.Upper), why)
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
		return dist.Dist{Kind: dist.LogNormal, Mu: roundSig(mu, 4), Sigma: roundSig(half/zq, 4)}, e.LowerOpen || e.UpperOpen, nil
	}
	half := 0.0
	if !e.LowerOpen {
		half = e.Value - e.Lower
	}
	if !e.UpperOpen {
		half = math.Max(half, e.Upper-e.Value)
	}
	d = dist.Dist{Kind: dist.Normal, Mu: roundSig(e.Value, 4), Sigma: roundSig(half/zq, 4)}
	if !math.IsInf(k.Lower, 0) {
		d.Min, d.HasMin = k.Lower, true
	}
	if !math.IsInf(k.Upper, 0) {
		d.Max, d.HasMax = k.Upper, true
	}
	return d, e.LowerOpen || e.UpperOpen, nil
}

// FittedDists returns FittedDist for every estimate of res, in the order of
// c.Keys. A value the data bound on neither side gets the zero Dist; err is
// the first such value's error, and the other values are still returned.
func (c *Setup) FittedDists(res *Result) (dists []dist.Dist, oneSided []bool, err error) {
	for i, e := range res.Estimates {
		d, one, derr := FittedDist(e, c.Keys[i], res.Level)
		if derr != nil && err == nil {
			err = derr
		}
		dists, oneSided = append(dists, d), append(oneSided, one)
	}
	return dists, oneSided, err
}

// roundSig rounds x to digits significant digits.
func roundSig(x float64, digits int) float64 {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', digits, 64), 64)
	return v
}

// FormatFitted formats a fitted value for people: four significant digits,
// and ∞ or −∞ for an unbounded side of an interval.
func FormatFitted(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "∞"
	case math.IsInf(x, -1):
		return "−∞"
	}
	return strconv.FormatFloat(roundSig(x, 4), 'g', -1, 64)
}

// CalibratedScenario returns the text of the calibrated scenario that vwnw
// calibrate --write writes to path: it extends the calibrated scenario (by
// its shipped name, or by its path relative to path's directory) and sets
// each fitted key to its FittedDist, and each of the setup's overrides,
// which the fit assumed, under their tables — except overrides of world
// keys (IsWorldKey), which a header comment asks to repeat with --set. Its
// name is CalibratedName's. The text depends only on the inputs and the
// fit, not on the time of writing. It fails when a fitted key is a world
// key (CheckWritable) or a fitted value has no distribution (see
// FittedDists).
func CalibratedScenario(setup *Setup, res *Result, path string) (string, error) {
	if err := setup.CheckWritable(); err != nil {
		return "", err
	}
	dists, oneSided, err := setup.FittedDists(res)
	if err != nil {
		return "", err
	}
	obs := setup.Observation
	ext := setup.Ref
	if !scenarios.IsShipped(ext) {
		dir, err := filepath.Abs(filepath.Dir(path))
		if err != nil {
			return "", fmt.Errorf("calibrated scenario %s: %w", path, err)
		}
		abs, err := filepath.Abs(ext)
		if err != nil {
			return "", fmt.Errorf("calibrated scenario %s: extends %s: %w", path, ext, err)
		}
		if rel, err := filepath.Rel(dir, abs); err == nil {
			ext = filepath.ToSlash(rel)
		} else {
			ext = filepath.ToSlash(abs)
		}
	}
	// Nothing from an input may become TOML: paths and names reach the
	// file only quoted or in comments, so none may hold a line break or
	// another control character (the names and titles of scenarios and
	// observations are checked when they are read).
	for what, v := range map[string]string{"--write path": path, "scenario path": setup.Ref, "observation path": obs.File} {
		if scenarios.EscapeInvisible(v) != v {
			return "", fmt.Errorf("calibrated scenario: the %s %s holds a control or invisible character; rename it", what, strconv.Quote(v))
		}
	}
	name := CalibratedName(path, setup.Scenario.Name)
	if err := scenarios.CheckName("calibrated scenario name (from the --write file name)", name); err != nil {
		return "", err
	}
	s := setup.Scenario
	var b strings.Builder
	date := obs.Date.Format("2006-01-02")
	g := res.Fit
	fmt.Fprintf(&b, "# Calibrated by vwnw calibrate: %s fitted to the observed outcomes in\n", s.Name)
	fmt.Fprintf(&b, "# %s: %s from %s, counted on %s.\n", obs.File, i18n.Count(obs.Total(), i18n.Entrants, "en"), obs.FirstEntry.Format("2006-01"), date)
	fmt.Fprintf(&b, "# Multinomial maximum likelihood, %s, seed %d; G² = %.2f", i18n.Count(setup.Config.Iterations, i18n.Iterations, "en"), setup.Config.Seed, g.G2)
	if g.DF >= 1 {
		fmt.Fprintf(&b, " (df %d, p = %.2f)", g.DF, g.PG2)
	}
	b.WriteString(".\n")
	fmt.Fprintf(&b, "# Each fitted value is a distribution centred on the estimate whose %g%%\n", 100*res.Level)
	b.WriteString("# interval spans the profile-likelihood interval's wider side on both sides:\n")
	fmt.Fprintf(&b, "# the uncertainty of %s, not a point estimate.\n", i18n.Count(obs.Total(), i18n.Observations, "en"))
	if world := setup.WorldOverrides(); len(world) > 0 {
		b.WriteString("# The fit assumed these settings of the world the scenario shares with its\n")
		b.WriteString("# baseline, which a scenario cannot set on its own; repeat them when running it:\n")
		fmt.Fprintf(&b, "#   vwnw run %s %s\n", filepath.ToSlash(path), SetFlags(world))
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "name = %s\n", strconv.Quote(name))
	fmt.Fprintf(&b, "extends = %s\n", strconv.Quote(ext))
	fmt.Fprintf(&b, "title = %s\n", strconv.Quote(s.Title+", calibrated to "+obs.Name))
	if s.TitleNL != "" {
		fmt.Fprintf(&b, "title_nl = %s\n", strconv.Quote(s.TitleNL+", gekalibreerd op "+obs.Name))
	}
	keys := strings.Join(fittedKeys(res), ", ")
	desc := fmt.Sprintf("%s fitted to %s (%s, %s): %s.", s.Name, obs.Name, i18n.Count(obs.Total(), i18n.Entrants, "en"), date, keys)
	fmt.Fprintf(&b, "description = %s\n", strconv.Quote(desc))
	if s.DescriptionNL != "" {
		descNL := fmt.Sprintf("%s gekalibreerd op %s (%s, %s): %s.", s.Name, obs.Name, i18n.Count(obs.Total(), i18n.Participants, "nl"), date, keys)
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
		if !scenarios.IsWorldKey(o.Key) {
			add(o.Key, o.Value, "# source: set with --set when calibrating")
		}
	}
	for i, e := range res.Estimates {
		comment := fmt.Sprintf("# source: calibrated by vwnw calibrate to %s (n = %d), %s; estimate %s, %g%% interval %s–%s",
			obs.Name, obs.Total(), date, FormatFitted(e.Value), 100*res.Level, FormatFitted(e.Lower), FormatFitted(e.Upper))
		if oneSided[i] {
			comment += " (bounded by the data on one side only; the width is that side's)"
		}
		add(e.Name, dists[i].TOML(), comment)
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

// SetFlags renders overrides as --set flags for a shell command line.
func SetFlags(ovs []scenarios.Override) string {
	parts := make([]string, len(ovs))
	for i, o := range ovs {
		parts[i] = "--set " + shellQuote(o.Key+"="+o.Value)
	}
	return strings.Join(parts, " ")
}

// shellQuote quotes s for a POSIX shell when it holds anything but
// letters, digits and ._-=/,:+
func shellQuote(s string) string {
	if strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._-=/,:+", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// fittedKeys lists the names of the fitted keys of res.
func fittedKeys(res *Result) []string {
	out := make([]string, len(res.Estimates))
	for i, e := range res.Estimates {
		out[i] = e.Name
	}
	return out
}
