// Package cputime reports the processor time the process has used, for
// benchmarks that report person-months per CPU-second: on a shared machine
// wall time measures the other work as much as the code.
package cputime
