package calibrate

import (
	"encoding/json"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/vwnw/vwnw/internal/output"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/dist"
	"github.com/vwnw/vwnw/scenarios"
)

// Report is the outcome of vwnw calibrate, as WriteTable and
// WriteJSON write it.
type Report struct {
	// Version is vwnw's version.
	Version string
	Setup   *Setup
	Result  *Result
	// Dists are the fitted values as the distributions of the calibrated
	// scenario (Setup.FittedDists); the zero Dist when
	// the data bound a value on neither side.
	Dists   []dist.Dist
	Elapsed time.Duration
	// Written names the calibrated scenario written, if any.
	Written string
	// Calibrated is the text of the calibrated scenario to write (Plan.Run
	// with Plan.Write set), "" when there is none.
	Calibrated string
	// Refused says why no calibrated scenario was made although one was
	// asked for; nil otherwise.
	Refused error
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

// continuingOf summarises counts per category among those who continued.
func continuingOf(counts [model.NumCategories]float64) continuing {
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
func (c *Report) expected() [model.NumCategories]float64 {
	var e [model.NumCategories]float64
	n := float64(c.Setup.Observation.Total())
	for k, s := range c.Result.Shares {
		e[k] = n * s
	}
	return e
}

// pct formats a share as a percentage with one decimal.
func pct(x float64) string { return strconv.FormatFloat(100*x, 'f', 1, 64) + "%" }

// WriteTable writes c for people: the observation, the fitted values
// with their intervals, observed against simulated counts per category, the
// goodness of fit, and the calibrated scenario written.
func WriteTable(w io.Writer, c *Report) error {
	ew := &output.Printer{W: w}
	obs, res, setup := c.Setup.Observation, c.Result, c.Setup
	months := make([]string, len(obs.Entries))
	for i, n := range obs.Entries {
		months[i] = strconv.Itoa(n)
	}
	last := obs.FirstEntry.AddDate(0, len(obs.Entries)-1, 0)
	ew.Printf("vwnw %s: calibrate %s to %s\n", c.Version, setup.Scenario.File, obs.File)
	ew.Printf("Observed: %d entrants %s to %s (%s per month), counted on %s (month %d of the simulation)\n",
		obs.Total(), obs.FirstEntry.Format("2006-01"), last.Format("2006-01"), strings.Join(months, ", "),
		obs.Date.Format("2006-01-02"), obs.Month())
	ew.Printf("Multinomial likelihood of the counts under the simulated shares; %d iterations of the observed cohort,\n", setup.Config.Iterations)
	ew.Printf("seed %d in every evaluation (common random numbers); Nelder–Mead; %d simulations in %.1f s.\n\n",
		setup.Config.Seed, res.Evaluations, c.Elapsed.Seconds())

	kw := len("key")
	for _, e := range res.Estimates {
		kw = max(kw, len(e.Name))
	}
	lvl := strconv.FormatFloat(100*res.Level, 'g', -1, 64) + "% interval"
	ew.Printf("  %-*s  %10s  %10s  %s (profile likelihood)\n", kw, "key", "start", "estimate", lvl)
	for _, e := range res.Estimates {
		lo, hi := FormatFitted(e.Lower), FormatFitted(e.Upper)
		if e.LowerOpen {
			lo = "(" + lo
		}
		if e.UpperOpen {
			hi += ")"
		}
		ew.Printf("  %-*s  %10s  %10s  %s – %s\n", kw, e.Name, FormatFitted(e.Start), FormatFitted(e.Value), lo, hi)
	}
	for _, e := range res.Estimates {
		switch {
		case e.LowerOpen && e.UpperOpen:
			ew.Printf("  %s: the data bound it on neither side; the interval runs to the key's limits\n", e.Name)
		case e.LowerOpen:
			ew.Printf("  %s: the data do not bound it from below; the interval runs to the key's lower limit\n", e.Name)
		case e.UpperOpen:
			ew.Printf("  %s: the data do not bound it from above; the interval runs to the key's upper limit\n", e.Name)
		}
		if e.NotIdentified != "" {
			ew.Printf("  %s: NOT IDENTIFIED: %s; the data do not pin it down, and --write writes nothing\n", e.Name, e.NotIdentified)
		}
	}
	var world []string
	for _, e := range res.Estimates {
		if scenarios.IsWorldKey(e.Name) {
			world = append(world, e.Name)
		}
	}
	if len(world) > 0 {
		ew.Printf("  %s: a key of the world the scenario shares with its baseline, fitted here to the participants of\n", strings.Join(world, ", "))
		ew.Printf("  %s: what they did without the intervention cannot be told apart from its effect (no control group),\n", setup.Scenario.Name)
		ew.Printf("  so the fitted value is confounded with the effects of the scenario's interventions.\n")
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
		ew.Printf("  %-*s  %8d  %6s  %9s  %8.1f   %s\n", lw, model.Category(k).Key(), obs.Counts[k], pct(o/n), pct(res.Shares[k]), exp[k], categoryLabels[k])
	}
	ew.Printf("  %-*s  %8d  %6s  %9s  %8.1f\n", lw, "total", obs.Total(), pct(1), pct(1), n)

	oc, sc := continuingOf(obs.CountsFloat()), continuingOf(exp)
	ew.Printf("\n  of the %g continuing (all but stopped):\n", oc.Continuing)
	ew.Printf("    in work or work + schooling            observed %2g (%s)   simulated %s\n", oc.Work, pct(oc.WorkShare), pct(sc.WorkShare))
	ew.Printf("    in work, work + schooling or education observed %2g (%s)   simulated %s\n", oc.WorkEducation, pct(oc.WorkEducationPct), pct(sc.WorkEducationPct))

	g := res.Fit
	ew.Printf("\n  goodness of fit: G² = %.2f, Pearson X² = %.2f, %d degrees of freedom", g.G2, g.X2, g.DF)
	if g.DF >= 1 {
		ew.Printf(", p = %.2f (G²), %.2f (X²)", g.PG2, g.PX2)
	}
	ew.Printf("\n")
	if g.MinExpected < 5 {
		ew.Printf("  (smallest expected count %.1f: with expected counts below 5 the χ² p-values are rough)\n", g.MinExpected)
	}
	if c.Written != "" {
		ew.Printf("\nwrote %s; try: %s\n", c.Written, c.RunCommand())
		if w := setup.WorldOverrides(); len(w) > 0 {
			ew.Printf("(the fit assumed %s, which a scenario cannot set apart from its baseline: repeat it with --set)\n", SetFlags(w))
		}
	}
	return ew.Err
}

// RunCommand is the command that runs the written calibrated scenario as
// it was fitted: vwnw run FILE, with --set for each world key the fit
// assumed (Setup.WorldOverrides).
func (c *Report) RunCommand() string {
	cmd := "vwnw run " + c.Written
	if w := c.Setup.WorldOverrides(); len(w) > 0 {
		cmd += " " + SetFlags(w)
	}
	return cmd
}

// jsonFloat writes NaN and ±Inf as null.
type jsonFloat float64

// MarshalJSON implements json.Marshaler.
func (f jsonFloat) MarshalJSON() ([]byte, error) {
	x := float64(f)
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return []byte("null"), nil
	}
	return strconv.AppendFloat(nil, x, 'g', -1, 64), nil
}

// calibrationJSON is the shape of WriteJSON's output.
type calibrationJSON struct {
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
		Seed        uint64    `json:"seed"`
		Iterations  int       `json:"iterations"`
		Evaluations int       `json:"evaluations"`
		Elapsed     jsonFloat `json:"elapsed_seconds"`
	} `json:"run"`
	Level      float64        `json:"level"`
	Fitted     []fittedJSON   `json:"fitted"`
	Categories []categoryJSON `json:"categories"`
	Continuing struct {
		Observed  continuing `json:"observed"`
		Simulated continuing `json:"simulated"`
	} `json:"continuing"`
	Fit struct {
		LogLik      jsonFloat `json:"loglik"`
		G2          jsonFloat `json:"g2"`
		X2          jsonFloat `json:"x2"`
		DF          int       `json:"df"`
		PG2         jsonFloat `json:"p_g2"`
		PX2         jsonFloat `json:"p_x2"`
		MinExpected jsonFloat `json:"min_expected"`
	} `json:"fit"`
}

// fittedJSON is a fitted value in WriteJSON's output.
type fittedJSON struct {
	Key       string    `json:"key"`
	Start     jsonFloat `json:"start"`
	Estimate  jsonFloat `json:"estimate"`
	Lower     jsonFloat `json:"lower"`
	Upper     jsonFloat `json:"upper"`
	LowerOpen bool      `json:"lower_open"`
	UpperOpen bool      `json:"upper_open"`
	// NotIdentified says why the data do not pin the value down; absent
	// when they do.
	NotIdentified string `json:"not_identified,omitempty"`
	// WorldKey marks a key the scenario shares with its baseline: fitted to
	// participants, it is confounded with the interventions' effects.
	WorldKey     bool       `json:"world_key"`
	Distribution *dist.Dist `json:"distribution"`
}

// categoryJSON is an outcome category in WriteJSON's output.
type categoryJSON struct {
	Key            string    `json:"key"`
	Observed       int       `json:"observed"`
	ObservedShare  jsonFloat `json:"observed_share"`
	SimulatedShare jsonFloat `json:"simulated_share"`
	Expected       jsonFloat `json:"expected"`
}

// WriteJSON writes c as one indented JSON object: the observation,
// the run, the fitted values with their intervals and distributions, the
// categories, and the goodness of fit. NaN and ±Inf are written as null.
func WriteJSON(w io.Writer, c *Report) error {
	obs, res, setup := c.Setup.Observation, c.Result, c.Setup
	out := calibrationJSON{Tool: "vwnw", Version: c.Version, Scenario: setup.Scenario.Name, Level: res.Level}
	o := &out.Observed
	o.Name, o.File, o.Month, o.Entries = obs.Name, obs.File, obs.Month(), obs.Entries
	o.FirstEntry, o.Date = obs.FirstEntry.Format("2006-01"), obs.Date.Format("2006-01-02")
	o.Counts = map[string]int{}
	for k, n := range obs.Counts {
		o.Counts[model.Category(k).Key()] = n
	}
	out.Run.Seed, out.Run.Iterations, out.Run.Evaluations = setup.Config.Seed, setup.Config.Iterations, res.Evaluations
	out.Run.Elapsed = jsonFloat(math.Round(c.Elapsed.Seconds()*1000) / 1000)
	for i, e := range res.Estimates {
		f := fittedJSON{Key: e.Name, Start: jsonFloat(e.Start), Estimate: jsonFloat(e.Value), Lower: jsonFloat(e.Lower),
			Upper: jsonFloat(e.Upper), LowerOpen: e.LowerOpen, UpperOpen: e.UpperOpen,
			NotIdentified: e.NotIdentified, WorldKey: scenarios.IsWorldKey(e.Name)}
		if i < len(c.Dists) && c.Dists[i].Kind != "" {
			f.Distribution = &c.Dists[i]
		}
		out.Fitted = append(out.Fitted, f)
	}
	exp := c.expected()
	n := float64(obs.Total())
	for k := range model.NumCategories {
		out.Categories = append(out.Categories, categoryJSON{
			Key: model.Category(k).Key(), Observed: obs.Counts[k], ObservedShare: jsonFloat(float64(obs.Counts[k]) / n),
			SimulatedShare: jsonFloat(res.Shares[k]), Expected: jsonFloat(exp[k]),
		})
	}
	out.Continuing.Observed, out.Continuing.Simulated = continuingOf(obs.CountsFloat()), continuingOf(exp)
	g := res.Fit
	out.Fit.LogLik, out.Fit.G2, out.Fit.X2, out.Fit.DF = jsonFloat(res.LogLik), jsonFloat(g.G2), jsonFloat(g.X2), g.DF
	out.Fit.PG2, out.Fit.PX2, out.Fit.MinExpected = jsonFloat(g.PG2), jsonFloat(g.PX2), jsonFloat(g.MinExpected)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
