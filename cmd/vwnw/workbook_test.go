package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/vwnw/vwnw/internal/csvdialect"
)

// openBook opens dir/results.xlsx.
func openBook(t *testing.T, dir string) *excelize.File {
	t.Helper()
	f, err := excelize.OpenFile(filepath.Join(dir, "results.xlsx"))
	if err != nil {
		t.Fatalf("results.xlsx: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// rowWith returns the first row of sheet whose column col is v, with at
// least 8 cells (empty ones at its end).
func rowWith(t *testing.T, f *excelize.File, sheet string, col int, v string) []string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if len(r) > col && r[col] == v {
			for len(r) < 8 {
				r = append(r, "")
			}
			return r
		}
	}
	t.Errorf("%s: no row with %q in column %d", sheet, v, col+1)
	return make([]string, 8)
}

func TestOutWritesWorkbookAndDutchCSV(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	set := "economy.discount_rate=0.03"
	_, stderr, code := vwnw(t, "compare", "intensive_coaching", "--iterations", "5", "--seed", "3",
		"--out", dir, "--csv-dialect", "nl", "--set", set)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f := openBook(t, dir)
	want := []string{"Samenvatting", "Per partij", "Posten", "Per jaar", "Uitkomsten", "Bezetting", "Aannames", "Over"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Errorf("sheets %q, want %q", got, want)
	}
	if r := rowWith(t, f, "Aannames", 1, "economy.discount_rate"); r[2] != "reële discontovoet per jaar" || r[3] != "0.03" || r[5] != "--set "+set {
		t.Errorf("Aannames: discount rate row %q, want its label, 0.03 and the --set as source", r)
	}
	if r := rowWith(t, f, "Aannames", 1, "cohort.size"); !strings.HasPrefix(r[5], "report §3.1.1") {
		t.Errorf("Aannames: cohort size from %q, want the baseline file's source", r[5])
	}
	cmdline := "vwnw compare --csv-dialect nl --iterations 5 --out " + dir + " --seed 3 --set " + set + " intensive_coaching"
	if r := rowWith(t, f, "Over", 0, "Opdracht"); r[1] != cmdline {
		t.Errorf("Over: command %q, want %q", r[1], cmdline)
	}
	if r := rowWith(t, f, "Over", 0, "Gewijzigde parameters (--set)"); r[1] != set {
		t.Errorf("Over: overrides %q, want %q", r[1], set)
	}

	data, err := os.ReadFile(filepath.Join(dir, "results.csv"))
	if err != nil {
		t.Fatal(err)
	}
	csv := string(data)
	if !strings.HasPrefix(csv, csvdialect.BOM+"scenario;section;key;mean;") {
		t.Errorf("results.csv in nl: starts %q, want a BOM and semicolons", csv[:min(len(csv), 40)])
	}
	if !strings.Contains(csv, "\r\nintensive_coaching;outcomes;employed_6m;0,") {
		t.Errorf("results.csv in nl: no decimal comma in the outcomes:\n%s", csv)
	}

	stdout, _, code := vwnw(t, "run", "intensive_coaching", "--iterations", "2", "--format", "csv", "--csv-dialect", "nl")
	if code != 0 || !strings.HasPrefix(stdout, csvdialect.BOM+"scenario;section;") {
		t.Errorf("--format csv --csv-dialect nl: exit %d, starts %q", code, stdout[:min(len(stdout), 30)])
	}
	stdout, _, _ = vwnw(t, "run", "intensive_coaching", "--iterations", "2", "--format", "csv")
	if !strings.HasPrefix(stdout, "scenario,section,key,") {
		t.Errorf("--format csv: starts %q, want the en dialect by default", stdout[:min(len(stdout), 30)])
	}
}

func TestWorkbookSameWhateverWorkers(t *testing.T) {
	var books [][]byte
	dir := t.TempDir() // the same --out: the command line is in the workbook
	for _, w := range []string{"1", "3"} {
		_, stderr, code := vwnw(t, "run", "intensive_coaching", "--iterations", "6", "--seed", "9",
			"--workers", w, "--out", dir, "--lang", "en")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if w == "3" {
			f := openBook(t, dir)
			if got := f.GetSheetName(0); got != "Summary" {
				t.Errorf("--lang en: first sheet %q, want Summary", got)
			}
		}
		data, err := os.ReadFile(filepath.Join(dir, "results.xlsx"))
		if err != nil {
			t.Fatal(err)
		}
		books = append(books, data)
	}
	if !bytes.Equal(books[0], books[1]) {
		t.Error("results.xlsx differs between --workers 1 and 3")
	}
}

func TestBadCSVDialect(t *testing.T) {
	_, stderr, code := vwnw(t, "compare", "--csv-dialect", "excel")
	if code != 2 || !strings.Contains(stderr, `--csv-dialect "excel" is not one of en, nl`) {
		t.Errorf("exit %d, stderr %q; want 2 and what is allowed", code, stderr)
	}
}

func TestSensitivityOutWorkbook(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	_, stderr, code := vwnw(t, "sensitivity", "intensive_coaching", "--method", "tornado", "--iterations", "4",
		"--param", "hazards.job_finding", "--out", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	f := openBook(t, dir)
	if !slices.Contains(f.GetSheetList(), "Gevoeligheid") {
		t.Fatalf("sheets %q: no Gevoeligheid", f.GetSheetList())
	}
	stdout, _, code := vwnw(t, "sensitivity", "intensive_coaching", "--method", "tornado", "--iterations", "4",
		"--param", "hazards.job_finding", "--format", "csv", "--csv-dialect", "nl")
	if code != 0 || !strings.HasPrefix(stdout, csvdialect.BOM+"method;stakeholder;parameter;quantity;value\r\ntornado;workers;hazards.job_finding;p10;0,") {
		t.Errorf("sensitivity --format csv --csv-dialect nl: exit %d, starts %q", code, stdout[:min(len(stdout), 90)])
	}
	label := "kans per maand op werk bij begin werkloosheid"
	if r := rowWith(t, f, "Gevoeligheid", 1, "hazards.job_finding"); r[0] != label {
		t.Errorf("Gevoeligheid: the parameter is named %q, want %q", r[0], label)
	}
}

func TestWorkbookRecordsCohortFile(t *testing.T) {
	dir := t.TempDir()
	csv := []byte("age,education,tenure_years,monthly_wage,contract_hours,household,notice_months\n" +
		"58,low,22,1450,24,partner_with_income,4\n41,mid,6,1700,28,single,3\n")
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("p.csv", string(csv))
	base := write("base.toml", "name = \"mybase\"\nextends = \"baseline\"\n[cohort]\nfile = \"p.csv\"\n")
	sc := write("s.toml", "name = \"mine\"\nextends = \"intensive_coaching\"\n[cohort]\nfile = \"p.csv\"\n")
	out := filepath.Join(dir, "out")
	if _, stderr, code := vwnw(t, "run", sc, "--baseline", base, "--iterations", "2", "--out", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	sum := sha256.Sum256(csv)
	if r := rowWith(t, openBook(t, out), "Over", 0, "SHA-256 van het groepsbestand"); r[1] != hex.EncodeToString(sum[:]) {
		t.Errorf("Over: cohort file hash %q, want %x", r[1], sum)
	}
}

func TestSensitivityJoinsTheRunsWorkbook(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	run := []string{"--iterations", "4", "--seed", "5", "--out", dir}
	if _, stderr, code := vwnw(t, append([]string{"compare", "intensive_coaching", "transition_fund"}, run...)...); code != 0 {
		t.Fatalf("compare: exit %d: %s", code, stderr)
	}
	if _, stderr, code := vwnw(t, append([]string{"sensitivity", "intensive_coaching", "--method", "tornado",
		"--param", "hazards.job_finding"}, run...)...); code != 0 {
		t.Fatalf("sensitivity: exit %d: %s", code, stderr)
	}
	f := openBook(t, dir)
	if !slices.Contains(f.GetSheetList(), "Gevoeligheid") {
		t.Errorf("sheets %q: no Gevoeligheid after sensitivity --out into the run's DIR", f.GetSheetList())
	}
	rowWith(t, f, "Samenvatting", 0, "transition_fund") // the comparison is still there
}
