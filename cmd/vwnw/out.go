package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vwnw/vwnw/charts"
	"github.com/vwnw/vwnw/internal/atomicfile"
	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/internal/output"
	"github.com/vwnw/vwnw/internal/safeio"
	"github.com/vwnw/vwnw/internal/workbook"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

// simulate is the body of compare and run.
func simulate(cmd *cobra.Command, f *flags, sf *scaleFlags, names []string) error {
	if err := f.check(); err != nil {
		return err
	}
	if err := sf.check(f); err != nil {
		return err
	}
	ovs, err := f.overrides()
	if err != nil {
		return err
	}
	names, baseline, err := f.runRefs(names)
	if err != nil {
		return err
	}
	list, err := scenarios.LoadRun(baseline, names, ovs)
	if err != nil {
		return flagError(err)
	}
	printWarnings(cmd.ErrOrStderr(), list)
	if err := f.checkWork(sf.share()*f.runWork(list, 1), "iterations × persons × months, over the scenarios"); err != nil {
		return err
	}
	if len(list) == 1 {
		fmt.Fprintf(cmd.ErrOrStderr(), "vwnw: note: only the baseline %q: it is compared with itself, so every NPV is zero; name a scenario (vwnw scenarios lists the shipped ones)\n", list[0].Name)
	}
	inputs := make([]model.Input, len(list))
	for i, s := range list {
		inputs[i] = s.Input()
	}
	cfg := f.config()
	bar := newProgress(cmd.ErrOrStderr(), "vwnw "+cmd.Name())
	defer bar.finish()
	cfg.Progress = bar.update
	if sf.shard != "" {
		return runShard(cmd, f, cfg, sf, names, list, inputs)
	}
	res, err := runEngine(cmd, cfg, sf, list, inputs)
	if err != nil {
		return err
	}
	bar.finish()
	if err := output.CheckFinite(res); err != nil {
		return err
	}
	recordRun(res, f, names, list)
	if err := f.writeRunOutputs(list, res); err != nil {
		return err
	}
	return writeOut(cmd, func(w io.Writer) error {
		if f.format == "csv" {
			return output.CSVDialect(w, res, f.dialect())
		}
		if err := output.WriteIn(w, res, f.format, f.termLang()); err != nil || !f.breakdown {
			return err
		}
		return output.Breakdown(w, res, f.termLang())
	})
}

// writeOut writes what write writes to the command's standard output, all at
// once, so that an error leaves no half table.
func writeOut(cmd *cobra.Command, write func(io.Writer) error) error {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return fail(err)
	}
	_, err := cmd.OutOrStdout().Write(buf.Bytes())
	return fail(err)
}

// writeOutputs writes results.json, results.csv, results.xlsx and
// report.html into dir (--out; nothing when dir is ""), all or none of them,
// and names them on o.notice (when set) in o.termLang.
func writeOutputs(dir string, res *model.Results, o outOptions) error {
	if dir == "" {
		return nil
	}
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return fmt.Errorf("--out %s: exists and is not a directory", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--out %s: %w", dir, err)
	}
	files := []atomicfile.File{
		{Name: "results.json", Write: func(w io.Writer) error { return output.JSON(w, res) }},
		{Name: "results.csv", Write: func(w io.Writer) error { return output.CSVDialect(w, res, o.dialect) }},
		{Name: "results.xlsx", Write: func(w io.Writer) error { return workbook.Write(w, res, o.book) }},
		{Name: "report.html", Write: func(w io.Writer) error { return charts.Render(w, res, charts.Options{Lang: o.lang}) }},
	}
	if err := atomicfile.WriteAll(dir, files); err != nil {
		return fail(err)
	}
	if o.notice != nil {
		names := make([]string, len(files))
		for i, f := range files {
			names[i] = f.Name
		}
		fmt.Fprintf(o.notice, i18n.TerminalText(o.termLang).Wrote, dirName(dir), strings.Join(names, ", "))
	}
	return nil
}

// dirName writes dir as the notice after --out names it: with one
// trailing slash.
func dirName(dir string) string {
	return strings.TrimRight(filepath.ToSlash(dir), "/") + "/"
}

// readResults reads a results.json file.
func readResults(path string) (*model.Results, error) {
	data, err := safeio.ReadFile(path, safeio.MaxResults)
	if err != nil {
		return nil, err
	}
	res, err := output.ReadResults(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return res, nil
}

// writeFile writes data to path atomically; a failure is one of running
// (exit 1) unless the directory is missing.
func writeFile(path string, data []byte) error {
	if _, err := os.Stat(filepath.Dir(path)); err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPathErr(err))
	}
	return fail(atomicfile.WriteFile(path, data))
}

// terminalLang is the language of what cmd prints on the terminal: lang
// when --lang was given, English otherwise (as flags.termLang).
func terminalLang(cmd *cobra.Command, lang string) string {
	if cmd.Flags().Changed("lang") {
		return lang
	}
	return "en"
}
