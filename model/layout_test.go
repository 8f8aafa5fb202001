package model

import (
	"testing"
	"unsafe"
)

// TestAgentFitsTwoCacheLines keeps the part of an agent that every month
// reads within two cache lines of 64 bytes: the calendar-month sweep over
// a large cohort is bound by the memory it touches (see agent).
func TestAgentFitsTwoCacheLines(t *testing.T) {
	if n := unsafe.Sizeof(agent{}); n > 128 {
		t.Errorf("agent is %d bytes, want at most 128: move what only events read into coldAgent", n)
	}
}
