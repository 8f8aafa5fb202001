//go:build !unix

package safeio

import "os"

// openNonblocking opens path for reading; outside Unix, named pipes are not
// files in the file system, so a plain open cannot block on one.
func openNonblocking(path string) (*os.File, error) {
	return os.Open(path)
}
