package calibrate

import (
	"encoding/json"
	"io"
	"math"
	"strconv"
	"time"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/dist"
	"github.com/vwnw/vwnw/scenarios"
)

// Report is the outcome of vwnw calibrate, as WriteJSON writes it (and
// output.CalibrationTable for people).
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

// Continuing summarises the categories among those who continued (all but
// stopped): in work or work + schooling, and with education too (the
// report's 64% of the pilot is 16 of 25, which counts education).
type Continuing struct {
	Continuing       float64 `json:"continuing"`
	Work             float64 `json:"work_or_work_schooling"`
	WorkShare        float64 `json:"work_or_work_schooling_share"`
	WorkEducation    float64 `json:"work_schooling_or_education"`
	WorkEducationPct float64 `json:"work_schooling_or_education_share"`
}

// ContinuingOf summarises counts per category among those who continued.
func ContinuingOf(counts [model.NumCategories]float64) Continuing {
	c := Continuing{Continuing: 0}
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

// Expected returns the expected counts under the fitted shares.
func (c *Report) Expected() [model.NumCategories]float64 {
	var e [model.NumCategories]float64
	n := float64(c.Setup.Observation.Total())
	for k, s := range c.Result.Shares {
		e[k] = n * s
	}
	return e
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
		Observed  Continuing `json:"observed"`
		Simulated Continuing `json:"simulated"`
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
			NotIdentified: e.NotIdentified(), WorldKey: scenarios.IsWorldKey(e.Name)}
		if i < len(c.Dists) && c.Dists[i].Kind != "" {
			f.Distribution = &c.Dists[i]
		}
		out.Fitted = append(out.Fitted, f)
	}
	exp := c.Expected()
	n := float64(obs.Total())
	for k := range model.NumCategories {
		out.Categories = append(out.Categories, categoryJSON{
			Key: model.Category(k).Key(), Observed: obs.Counts[k], ObservedShare: jsonFloat(float64(obs.Counts[k]) / n),
			SimulatedShare: jsonFloat(res.Shares[k]), Expected: jsonFloat(exp[k]),
		})
	}
	out.Continuing.Observed, out.Continuing.Simulated = ContinuingOf(obs.CountsFloat()), ContinuingOf(exp)
	g := res.Fit
	out.Fit.LogLik, out.Fit.G2, out.Fit.X2, out.Fit.DF = jsonFloat(res.LogLik), jsonFloat(g.G2), jsonFloat(g.X2), g.DF
	out.Fit.PG2, out.Fit.PX2, out.Fit.MinExpected = jsonFloat(g.PG2), jsonFloat(g.PX2), jsonFloat(g.MinExpected)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
