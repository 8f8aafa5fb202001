package model

import (
	"reflect"
	"sync"
)

// This file holds the work the scenarios of an iteration, and the runs of
// an engine, share without a Cache: the persons' calendar facts and the
// workers' memory. Shared work is what would be worked out again, bit for
// bit (TestSharedWorkAsAfresh).

// shareCalendars makes scenarios whose calendars are alike in every field
// share one, so that the calendar facts of persons worked out under it
// serve them all. A calendar is read only once built.
func (e *Engine) shareCalendars() {
	for s := 1; s < len(e.cals); s++ {
		for r := range s {
			if e.cals[r] != e.cals[s] && reflect.DeepEqual(e.cals[r], e.cals[s]) {
				e.cals[s] = e.cals[r]
				break
			}
		}
	}
}

// factsOf returns where scenario s, meeting persons in iteration i, finds
// their calendar facts (WW entitlement, AOW month, transition payment:
// agent.calendarFacts) and whether they are known there; nil means work
// them out and keep nothing. The facts depend on the person and the
// calendar only, so the scenarios of an iteration that meet the same
// persons under the same calendar share them in the workspace (those of a
// cohort file, every iteration), and a Cache keeps those of its persons
// for the runs after (keepFacts).
func (e *Engine) factsOf(ws *workspace, s, i int, persons []Person) ([]calendarFact, bool) {
	if e.unshared || len(persons) == 0 {
		return nil, false
	}
	d, k := ws.drawnBy[s], e.factsKey(s, i, persons)
	if c := ws.cache; c != nil && k.file == nil {
		if kept := c.knownFacts(c.at(i, d), c.at(i, s), persons, k.cal); kept != nil {
			return kept, true
		}
	}
	if ws.factsKey[d] == k {
		return ws.facts[d], true
	}
	if k.file == nil && ws.cache == nil && !e.factsShared(ws, s) {
		return nil, false // no one meets them again
	}
	ws.factsKey[d] = k
	if cap(ws.facts[d]) < len(persons) {
		ws.facts[d] = make([]calendarFact, len(persons))
	}
	ws.facts[d] = ws.facts[d][:len(persons)]
	return ws.facts[d], false
}

// factsShared reports whether another scenario of the iteration meets the
// persons scenario s meets under its calendar.
func (e *Engine) factsShared(ws *workspace, s int) bool {
	for r := range e.inputs {
		if r != s && ws.drawnBy[r] == ws.drawnBy[s] && e.cals[r] == e.cals[s] {
			return true
		}
	}
	return false
}

// factsKey names the persons scenario s meets in iteration i under its
// calendar.
func (e *Engine) factsKey(s, i int, persons []Person) factsKey {
	if e.inputs[s].Persons != nil {
		return factsKey{file: &persons[0], n: len(persons), cal: e.cals[s]}
	}
	return factsKey{iteration: i, n: len(persons), cal: e.cals[s]}
}

// keepFacts hands the calendar facts scenario s's simulation in iteration
// i worked out in the workspace to the Cache, if any, for the runs after.
func (e *Engine) keepFacts(ws *workspace, s, i int, persons []Person) {
	c := ws.cache
	if c == nil || e.unshared || len(persons) == 0 {
		return
	}
	d, k := ws.drawnBy[s], e.factsKey(s, i, persons)
	if k.file == nil && ws.factsKey[d] == k {
		c.keepFacts(c.at(i, d), c.at(i, s), persons, k.cal, ws.facts[d])
	}
}

// workspace returns a worker's memory for a run: one an earlier run left
// in the Cache, if any, or in e.
func (e *Engine) workspace() *workspace {
	if c := e.cfg.Cache; c != nil {
		ws := c.workspaces.get(e)
		ws.cache = c
		return ws
	}
	return e.workspaces.get(e)
}

// release hands ws back for the next run: to the Cache, if any, or to e.
func (e *Engine) release(ws *workspace) {
	if c := e.cfg.Cache; c != nil {
		c.workspaces.put(ws)
		return
	}
	e.workspaces.put(ws)
}

// workspaces are the workers' memory runs left for the runs after.
type workspaces struct {
	mu   sync.Mutex
	free []*workspace
}

// get returns a workspace for e: one a run before left, bound to e, or a
// new one.
func (w *workspaces) get(e *Engine) *workspace {
	w.mu.Lock()
	var ws *workspace
	if n := len(w.free); n > 0 {
		ws, w.free = w.free[n-1], w.free[:n-1]
	}
	w.mu.Unlock()
	if ws == nil {
		return e.newWorkspace()
	}
	e.bind(ws)
	return ws
}

// put keeps ws for the next run.
func (w *workspaces) put(ws *workspace) {
	w.mu.Lock()
	w.free = append(w.free, ws)
	w.mu.Unlock()
}
