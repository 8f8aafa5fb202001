package model

// SetChunkLen sets the chunk length of a's sample columns, so that tests
// spill with few iterations. Call it before the first Add.
func SetChunkLen(a *Accumulator, n int) { a.cols.chunk = n }

// CalendarFactsKept is the number of persons whose calendar facts c keeps
// for scenario s in iteration i.
func CalendarFactsKept(c *Cache, i, s int) int { return len(c.at(i, s).facts) }

// Unshare makes e work every person's calendar facts out afresh in every
// scenario, each under a calendar of its own: e as it would be without the
// sharing, for tests that hold the sharing to it.
func Unshare(e *Engine) error {
	e.unshared = true
	return e.calendars()
}

// Calendars counts the distinct calendars of e's scenarios.
func Calendars(e *Engine) int {
	seen := map[*calendar]bool{}
	for _, c := range e.cals {
		seen[c] = true
	}
	return len(seen)
}
