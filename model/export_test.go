package model

// SetChunkLen sets the chunk length of a's sample columns, so that tests
// spill with few iterations. Call it before the first Add.
func SetChunkLen(a *Accumulator, n int) { a.cols.chunk = n }
