package model

// SetChunkLen sets the chunk length of a's sample columns, so that tests
// spill with few iterations. Call it before the first Add.
func SetChunkLen(a *Accumulator, n int) { a.cols.chunk = n }

// CalendarFactsKept is the number of persons whose calendar facts c keeps
// for scenario s in iteration i.
func CalendarFactsKept(c *Cache, i, s int) int { return len(c.at(i, s).facts) }

// SharesFacts reports whether scenarios s and t of e share a calendar and
// persons, so that the one simulated second restores the other's calendar
// facts.
func SharesFacts(e *Engine, s, t int) bool {
	ws := e.newWorkspace()
	for k := range e.inputs {
		e.draw(ws, k, 0)
	}
	return e.cals[s] == e.cals[t] && e.samePersons(ws, s, t)
}
