package scenarios

// Helpers for readers of the other TOML input files vwnw takes (the
// observation files of model/calibrate), so that their messages name file,
// line and key as a scenario's do.

// Problems collects the Problems of an input file.
type Problems struct{ ps problems }

// Add records a problem of file at line (0 when unknown) with key.
func (p *Problems) Add(file string, line int, key, format string, args ...any) {
	p.ps.add(file, line, key, format, args...)
}

// Err returns nil without problems, else an *Error with the problems in the
// order of files and lines.
func (p *Problems) Err() error { return p.ps.err() }

// KeyLines maps each dotted key of the TOML text src to the line (1-based)
// that sets it.
func KeyLines(src []byte) map[string]int { return keyLines(src) }

// Describe names the TOML type of a decoded value, for messages.
func Describe(v any) string { return describe(v) }
