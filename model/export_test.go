package model

// SetChunkLen sets the chunk length of a's sample columns, so that tests
// spill with few iterations. Call it before the first Add.
func SetChunkLen(a *Accumulator, n int) { a.cols.chunk = n }

// CalendarFactsKept is the number of persons whose calendar facts c keeps
// for scenario s in iteration i.
func CalendarFactsKept(c *Cache, i, s int) int { return len(c.at(i, s).facts) }
