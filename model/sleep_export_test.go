package model

// SetSweepSleeps lets quiet persons sleep in the calendar-month sweep, or
// steps everyone every month; it returns a function that restores the
// setting.
func SetSweepSleeps(on bool) (restore func()) {
	was := sweepSleeps
	sweepSleeps = on
	return func() { sweepSleeps = was }
}
