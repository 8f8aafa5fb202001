package charts

// textNL is the report's Dutch strings, for tests.
var textNL = *texts("nl")
