package model

import "unsafe"

// prefetch asks the processor to bring the two cache lines from p into
// cache (PREFETCHT0), without waiting for them: the calendar-month sweep
// calls it for an agent a few persons ahead of its turn.
//
//go:noescape
func prefetch(p unsafe.Pointer)
