package scenarios

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/model"
)

// Coaching that can never start. The engine starts a participant's
// coaching in a month when the case managers' client hours left that month
// (case_manager_fte × hours_per_fte, less the hours of those already
// coached) cover the participant's monthly hours; everyone else waits. A
// triage group whose participants need more hours a month than the case
// managers have in all therefore waits for ever: the run goes through with
// nobody of that group coached, and nothing in the results says why. A
// policy advisor who offers coaching to a group expects it to be given, so
// such a scenario is refused. No coaching at all is interventions.coaching.
// enabled = false, not zero case managers.

// coachingKeys are the keys the capacity check reads; it is skipped when
// one of them is already reported or missing.
var coachingKeys = []string{
	"interventions.coaching.case_manager_fte",
	"interventions.coaching.hours_per_fte",
	"interventions.coaching.hours",
	"interventions.coaching.digital_hours_factor",
	"interventions.coaching.mode",
	"interventions.coaching.triage",
}

// checkCapacity refuses coaching that some offered triage group can never
// start: at the values most favourable to it — capacity at the top, the
// group's hours at the bottom of what their distributions reach — a
// participant of the group needs more client hours a month than the case
// managers have.
func (d *decoder) checkCapacity(reported map[string]bool) {
	c := &d.params.Interventions.Coaching
	if !c.Enabled {
		return
	}
	for _, k := range coachingKeys {
		if reported[k] || d.isMissing(k) {
			return
		}
	}
	for k := range reported {
		if strings.HasPrefix(k, "interventions.coaching.hours.") {
			return
		}
	}
	fteKey, perKey := "interventions.coaching.case_manager_fte", "interventions.coaching.hours_per_fte"
	_, fte := d.reachOf(fteKey, c.CaseManagerFTE)
	_, perFTE := d.reachOf(perKey, c.HoursPerFTE)
	capacity := fte * perFTE
	factor, _ := d.reachOf("interventions.coaching.digital_hours_factor", c.DigitalHoursFactor)
	var blocked []string
	suspects := []string{fteKey, perKey}
	offered := model.TriageSet(c.Triage)
	for g := 1; g <= 3; g++ {
		if !offered[g] {
			continue
		}
		key := fmt.Sprintf("hours.group%d", g)
		need, _ := d.reachOf("interventions.coaching."+key, c.Hours.Of(g))
		digital := c.DigitalFor(g)
		if digital {
			need *= factor
			key += " × digital_hours_factor"
		}
		if need > capacity+1e-9 {
			suspects = append(suspects, "interventions.coaching.hours.group"+strconv.Itoa(g))
			if digital {
				suspects = append(suspects, "interventions.coaching.digital_hours_factor")
			}
			what := "of group %d at least %s (%s)"
			if len(blocked) == 0 {
				what = "a participant of triage group %d needs at least %s (%s)"
			}
			blocked = append(blocked, fmt.Sprintf(what, g, num6(need), key))
		}
	}
	if len(blocked) == 0 {
		return
	}
	at := ""
	if d.isUncertain(fteKey, perKey, "interventions.coaching.hours", "interventions.coaching.digital_hours_factor") {
		at = " (at the most favourable values the distributions reach)"
	}
	d.problem(d.blame(suspects), "coaching can never start: %s FTE × hours_per_fte %s gives the case managers %s client hours a month in all, but %s%s; "+
		"those offered coaching would wait for ever and the run would coach none of them. "+
		"Allowed: case managers for at least one participant (raise case_manager_fte or hours_per_fte, or lower the hours), or leave the group out of interventions.coaching.triage; "+
		"for no coaching at all set interventions.coaching.enabled = false (docs/scenarios.md, \"Case managers\")",
		num6(fte), num6(perFTE), num6(capacity), strings.Join(blocked, ", "), at)
}

// reachOf returns the range a parameter's value takes in a run but for one
// draw in a million on either side: v itself when it is fixed.
func (d *decoder) reachOf(key string, v float64) (lo, hi float64) {
	for _, q := range d.params0 {
		if q.Key == key {
			return reach(q.Dist)
		}
	}
	return v, v
}

// isUncertain reports whether a parameter at or under one of the keys is
// drawn per iteration.
func (d *decoder) isUncertain(keys ...string) bool {
	for _, q := range d.params0 {
		for _, k := range keys {
			if q.Key == k || strings.HasPrefix(q.Key, k+".") {
				return true
			}
		}
	}
	return false
}

// blame returns the key of keys to report a problem of them all at: the
// first set by --set, else the first set in the file loaded rather than in
// a file it extends, else the first.
func (d *decoder) blame(keys []string) string {
	for _, top := range []func(where) bool{
		func(w where) bool { return strings.HasPrefix(w.file, "--set") },
		func(w where) bool { return w.file == d.tree.top.display },
	} {
		for _, k := range keys {
			if w, ok := d.tree.origin[k]; ok && top(w) {
				return k
			}
		}
	}
	return keys[0]
}

// num6 formats a number for messages to six significant digits, so that
// a product such as 1.11 × 120 reads 133.2.
func num6(x float64) string { return strconv.FormatFloat(x, 'g', 6, 64) }
