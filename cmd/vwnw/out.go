package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
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
	// A run that is stopped or fails (a shard makes --out before it
	// simulates) leaves no directory of its making behind.
	defer removeEmpty(newDirs(f.out))
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
	for _, s := range list {
		if w := s.HorizonWarning(f.horizon); w != "" {
			fmt.Fprintf(cmd.ErrOrStderr(), "vwnw: warning: %s\n", w)
		}
	}
	if err := f.checkWork(sf.share()*f.runWork(list, 1), "iterations × persons × months, over the scenarios"); err != nil {
		return err
	}
	if err := checkOutDir("--out", f.out); err != nil {
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
	made := newDirs(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--out %s: %w", dir, err)
	}
	files := []atomicfile.File{
		{Name: outputNames[0], Write: func(w io.Writer) error { return output.JSON(w, res) }},
		{Name: outputNames[1], Write: func(w io.Writer) error { return output.CSVDialect(w, res, o.dialect) }},
		{Name: outputNames[2], Write: func(w io.Writer) error { return workbook.Write(w, res, o.book) }},
		{Name: outputNames[3], Write: func(w io.Writer) error { return charts.Render(w, res, charts.Options{Lang: o.lang}) }},
	}
	if err := atomicfile.WriteAll(dir, files); err != nil {
		removeEmpty(made)
		if errors.Is(err, safeio.ErrNotRegular) {
			return fmt.Errorf("--out %w", err) // made since the check before the run: bad input all the same
		}
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

// checkOutDir checks, before a run, that the directory dir of flag (nothing
// when dir is "") can be written: it is a directory, or does not exist yet
// and the nearest directory above it that exists is one, and a file can be
// made in that directory (and removed). A run then does not simulate only
// to find it cannot write.
func checkOutDir(flag, dir string) error {
	if dir == "" {
		return nil
	}
	at := dir
	for {
		info, err := os.Stat(at)
		if err == nil && info.IsDir() {
			break
		}
		switch {
		case err == nil && at == dir:
			return fmt.Errorf("%s %s: exists and is not a directory", flag, dir)
		case err == nil:
			return fmt.Errorf("%s %s: %s is not a directory", flag, dir, at)
		case !errors.Is(err, fs.ErrNotExist):
			return fmt.Errorf("%s %s: %w", flag, dir, unwrapPathErr(err))
		}
		up := filepath.Dir(at)
		if up == at {
			break
		}
		at = up
	}
	if err := checkWritable(at); err != nil {
		return fmt.Errorf("%s %s: cannot write into %s (%w); choose a directory you can write to", flag, dir, at, err)
	}
	if at == dir {
		for _, name := range outputNames {
			if err := atomicfile.CheckTarget(filepath.Join(dir, name)); err != nil {
				return fmt.Errorf("%s %w", flag, err)
			}
		}
	}
	return nil
}

// outputNames are the files writeOutputs writes into --out, in its order.
var outputNames = [...]string{"results.json", "results.csv", "results.xlsx", "report.html"}

// checkWritable makes a file in the directory dir and removes it.
func checkWritable(dir string) error {
	fh, err := os.CreateTemp(dir, ".vwnw-check-*")
	if err != nil {
		return unwrapPathErr(err)
	}
	fh.Close()
	return os.Remove(fh.Name())
}

// newDirs lists dir and those of its parents that do not exist yet,
// innermost first: what making dir makes.
func newDirs(dir string) []string {
	var made []string
	for at := dir; at != "" && at != filepath.Dir(at); at = filepath.Dir(at) {
		if _, err := os.Lstat(at); !errors.Is(err, fs.ErrNotExist) {
			break
		}
		made = append(made, at)
	}
	return made
}

// removeEmpty removes the directories made (innermost first) that are
// empty, so that a command that wrote nothing leaves no directory it made.
func removeEmpty(made []string) {
	for _, d := range made {
		if os.Remove(d) != nil {
			return
		}
	}
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

// checkFileOut checks, before any work, that the file path of flag can be
// written: it is not a directory, its directory exists and a file can be
// made there, and, unless replace, it does not exist yet (as vwnw init and
// cohort template refuse to overwrite).
// example names a file for the message about a directory.
func checkFileOut(flag, path, example string, replace bool) error {
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return fmt.Errorf("%s %s is a directory; name a file to write, e.g. %s", flag, path, filepath.Join(path, example))
	case err == nil && !replace:
		return fmt.Errorf("%s %s already exists; choose another name or remove it", flag, path)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s %s: %w", flag, path, unwrapPathErr(err))
	}
	dir := filepath.Dir(path)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return fmt.Errorf("%s %s: the directory %s does not exist; make it first or name a file in a directory that exists", flag, path, dir)
	}
	if err := checkWritable(dir); err != nil {
		return fmt.Errorf("%s %s: cannot write into %s (%w); choose a directory you can write to", flag, path, dir, err)
	}
	return nil
}

// terminalLang is the language of what cmd prints on the terminal: lang
// when --lang was given, English otherwise (as flags.termLang).
func terminalLang(cmd *cobra.Command, lang string) string {
	if cmd.Flags().Changed("lang") {
		return lang
	}
	return "en"
}
