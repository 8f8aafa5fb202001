//go:build unix

package safeio

import (
	"os"
	"syscall"
)

// openNonblocking opens path for reading without blocking: opening a FIFO
// that has no writer otherwise waits for one forever.
func openNonblocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
