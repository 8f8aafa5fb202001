package main

import (
	"io"

	"github.com/vwnw/vwnw/internal/csvdialect"
	"github.com/vwnw/vwnw/internal/workbook"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// outOptions are what writeOutputs needs besides the results.
type outOptions struct {
	lang    string
	dialect csvdialect.Dialect
	book    workbook.Options
	// notice, when set, is where the files written are named, in termLang
	// (the terminal's language).
	notice   io.Writer
	termLang string
}

// dialect is the --csv-dialect given, checked by check.
func (f *flags) dialect() csvdialect.Dialect { return csvdialect.Dialect(f.csvDialect) }

// writeRunOutputs writes the files of --out (nothing without it) for the
// results of the scenarios list. The workbook's about sheet takes how the
// run was asked for from res.Run (recordRun).
func (f *flags) writeRunOutputs(list []*scenarios.Scenario, res *model.Results) error {
	if f.out == "" {
		return nil
	}
	rows, err := workbook.ScenarioAssumptions(list, f.set, f.lang)
	if err != nil {
		return fail(err)
	}
	return writeOutputs(f.out, res, outOptions{
		lang:     f.lang,
		dialect:  f.dialect(),
		book:     workbook.Options{Lang: f.lang, Assumptions: rows},
		notice:   f.notice(),
		termLang: f.termLang(),
	})
}

// notice is where a command names the files it wrote: its stderr.
func (f *flags) notice() io.Writer {
	if f.cmd == nil {
		return nil
	}
	return f.cmd.ErrOrStderr()
}
