package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress draws a progress bar for long runs on stderr when stderr is a
// terminal, with the time left; on anything else (a file, a pipe, a test's
// buffer) it writes nothing, so logs and scripts see only what the command
// prints. compare, run, sensitivity and calibrate draw it; it is called from
// one goroutine at a time.
type progress struct {
	w     io.Writer
	label string
	on    bool
	drawn bool
	start time.Time
	last  time.Time
	// every is the least time between redraws.
	every time.Duration
}

// newProgress returns a progress bar labelled label that draws on w only
// when w is a terminal.
func newProgress(w io.Writer, label string) *progress {
	return &progress{w: w, label: label, on: isTerminal(w), start: time.Now(), every: 100 * time.Millisecond}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || f == nil {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// update redraws the bar with done of total iterations, at most every
// p.every and always at the end.
func (p *progress) update(done, total int) {
	if !p.on || total <= 0 {
		return
	}
	now := time.Now()
	if done < total && now.Sub(p.last) < p.every {
		return
	}
	p.last = now
	frac := min(1, float64(done)/float64(total))
	const width = 30
	filled := int(frac * width)
	eta := ""
	if elapsed := now.Sub(p.start); done > 0 && done < total && elapsed > time.Second {
		left := time.Duration(float64(elapsed) * (1 - frac) / frac)
		eta = " " + left.Round(time.Second).String() + " left"
	}
	fmt.Fprintf(p.w, "\r%s [%s%s] %3.0f%%%s\033[K", p.label,
		strings.Repeat("=", filled), strings.Repeat(" ", width-filled), 100*frac, eta)
	p.drawn = true
}

// tick redraws, for work of unknown length, the count n of what is done
// (what names it: "evaluations") and the time taken, at most every p.every.
func (p *progress) tick(n int, what string) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < p.every {
		return
	}
	p.last = now
	fmt.Fprintf(p.w, "\r%s: %d %s, %s\033[K", p.label, n, what, now.Sub(p.start).Round(time.Second))
	p.drawn = true
}

// finish clears the bar's line, so what follows starts on a clean line.
func (p *progress) finish() {
	if p.on && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
	}
}
