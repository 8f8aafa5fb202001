package charts

// The report's strings in each language, for tests.
var (
	textNL = *texts("nl")
	textEN = *texts("en")
)
