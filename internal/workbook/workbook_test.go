package workbook

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/vwnw/vwnw/model"
)

// fixture reads testdata/results.json, a compare run with a sensitivity
// analysis.
func fixture(t *testing.T) *model.Results {
	t.Helper()
	data, err := os.ReadFile("testdata/results.json")
	if err != nil {
		t.Fatal(err)
	}
	var r model.Results
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

var testAssumptions = []Assumption{
	{Key: "economy.discount_rate", Label: "Discontovoet", Value: 0.0225, Source: "Ministerie van Financiën, Rapport Werkgroep discontovoet 2020"},
	{Scenario: "intensive_coaching", Key: "interventions.coaching.job_finding_hr", Label: "Effect begeleiding op baanvinden",
		Distribution: "pert(min 1.5, mode 2, max 2.6)", Source: "EST"},
	{Key: "cohort.size", Label: "Omvang groep", Value: 30, Source: "pilot"},
	{Key: "interventions.coaching.cost_basis", Label: "Kostenbasis", Value: "hours_used", Source: "EST"},
	{Key: "cohort.synthetic", Label: "Synthetische groep", Value: true, Source: "EST"},
}

// write writes r with opt and opens the result.
func write(t *testing.T, r *model.Results, opt Options) (*excelize.File, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, r, opt); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("reading the workbook back: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f, buf.Bytes()
}

func TestSheetNames(t *testing.T) {
	r := fixture(t)
	noSens := *r
	noSens.Sensitivity = nil
	for _, tc := range []struct {
		lang string
		r    *model.Results
		want []string
	}{
		{"", r, []string{"Samenvatting", "Per partij", "Posten", "Per jaar", "Uitkomsten", "Bezetting", "Aannames", "Gevoeligheid", "Over"}},
		{"nl", &noSens, []string{"Samenvatting", "Per partij", "Posten", "Per jaar", "Uitkomsten", "Bezetting", "Aannames", "Over"}},
		{"en", r, []string{"Summary", "By party", "Items", "By year", "Outcomes", "Occupancy", "Assumptions", "Sensitivity", "About"}},
		{"en", &noSens, []string{"Summary", "By party", "Items", "By year", "Outcomes", "Occupancy", "Assumptions", "About"}},
	} {
		f, _ := write(t, tc.r, Options{Lang: tc.lang, Assumptions: testAssumptions})
		if got := f.GetSheetList(); !slices.Equal(got, tc.want) {
			t.Errorf("lang %q, sensitivity %v: sheets %q, want %q", tc.lang, tc.r.Sensitivity != nil, got, tc.want)
		}
		if f.GetActiveSheetIndex() != 0 {
			t.Errorf("lang %q: active sheet %d, want the summary", tc.lang, f.GetActiveSheetIndex())
		}
	}
}

// number checks that cell holds a number equal to want (within the 15
// significant digits a spreadsheet keeps) with the number format code.
func number(t *testing.T, f *excelize.File, sheet, cell string, want float64, code string) {
	t.Helper()
	typ, err := f.GetCellType(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	if typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("%s!%s: cell type %v, want a number", sheet, cell, typ)
	}
	raw, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	got, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		t.Errorf("%s!%s = %q, want the number %g", sheet, cell, raw, want)
		return
	}
	if math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) {
		t.Errorf("%s!%s = %g, want %g", sheet, cell, got, want)
	}
	formatCode(t, f, sheet, cell, code)
}

func formatCode(t *testing.T, f *excelize.File, sheet, cell, code string) {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	got := ""
	if st.CustomNumFmt != nil {
		got = *st.CustomNumFmt
	}
	if got != code {
		t.Errorf("%s!%s: number format %q, want %q", sheet, cell, got, code)
	}
}

func str(t *testing.T, f *excelize.File, sheet, cell, want string) {
	t.Helper()
	got, err := f.GetCellValue(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("%s!%s = %q, want %q", sheet, cell, got, want)
	}
	if typ, _ := f.GetCellType(sheet, cell); want != "" && typ != excelize.CellTypeSharedString {
		t.Errorf("%s!%s: cell type %v, want a (shared) string", sheet, cell, typ)
	}
}

func TestSummary(t *testing.T) {
	r := fixture(t)
	f, _ := write(t, r, Options{})
	const sh = "Samenvatting"
	// Row 2 on: the scenarios but the baseline, eight parties each.
	ic := &r.Scenarios[1]
	str(t, f, sh, "A2", "intensive_coaching")
	str(t, f, sh, "B2", ic.TitleNL)
	str(t, f, sh, "C2", "werknemers")
	str(t, f, sh, "C9", "maatschappij")
	soc := ic.NPV.Society
	number(t, f, sh, "D9", soc.Mean, fmtEuro)
	number(t, f, sh, "E9", soc.P5, fmtEuro)
	number(t, f, sh, "F9", soc.P95, fmtEuro)
	number(t, f, sh, "G9", soc.ProbPositive, fmtPct0)
	number(t, f, sh, "H9", ic.NPVPerParticipant.Society.Mean, fmtEuro)
	// Receiving employers have no cash flows in the pilot: no chance.
	if !ic.NPV.ReceivingEmployers.Zero() {
		t.Fatal("fixture: receiving employers have cash flows; pick another party")
	}
	str(t, f, sh, "G4", "n.b.")
	last := 1 + (len(r.Scenarios)-1)*model.NumStakeholders
	str(t, f, sh, "A"+strconv.Itoa(last), r.Scenarios[len(r.Scenarios)-1].Name)
	str(t, f, sh, "A"+strconv.Itoa(last+1), "")
}

func TestPanes(t *testing.T) {
	f, _ := write(t, fixture(t), Options{Assumptions: testAssumptions})
	for _, tc := range []struct {
		sheet      string
		rows, cols int
	}{
		{"Samenvatting", 1, 0}, {"Per partij", 1, 1}, {"Posten", 1, 0}, {"Per jaar", 1, 2},
		{"Uitkomsten", 1, 0}, {"Bezetting", 2, 1}, {"Aannames", 1, 0}, {"Gevoeligheid", 2, 0}, {"Over", 1, 0},
	} {
		p, err := f.GetPanes(tc.sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !p.Freeze || p.YSplit != tc.rows || p.XSplit != tc.cols {
			t.Errorf("%s: panes freeze %v, %d rows, %d columns; want %d rows, %d columns frozen",
				tc.sheet, p.Freeze, p.YSplit, p.XSplit, tc.rows, tc.cols)
		}
	}
}

func TestWidths(t *testing.T) {
	f, _ := write(t, fixture(t), Options{})
	for _, tc := range []struct{ sheet, col string }{
		{"Samenvatting", "B"}, {"Samenvatting", "D"}, {"Per partij", "A"}, {"Over", "D"},
	} {
		w, err := f.GetColWidth(tc.sheet, tc.col)
		if err != nil {
			t.Fatal(err)
		}
		if w < 11 {
			t.Errorf("%s column %s: width %g, want at least 11 characters", tc.sheet, tc.col, w)
		}
	}
}

func TestFormulaLookingTextStaysText(t *testing.T) {
	r := fixture(t)
	evil := []string{`=HYPERLINK("x")`, "+1+1", "-2+3", "@SUM(A1)", "=1+1"}
	for i, title := range evil[:4] {
		r.Scenarios[i].Title, r.Scenarios[i].TitleNL = title, title
	}
	opt := Options{
		Assumptions: []Assumption{{Key: "k", Label: evil[4], Value: evil[0], Distribution: evil[1], Source: evil[3]}},
		Provenance:  Provenance{Command: evil[0], Overrides: []string{evil[4]}},
	}
	f, _ := write(t, r, opt)
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		for i, row := range rows {
			for j := range row {
				cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
				formula, err := f.GetCellFormula(sh, cell)
				if err != nil {
					t.Fatal(err)
				}
				if formula != "" {
					t.Errorf("%s!%s holds the formula %q", sh, cell, formula)
				}
			}
		}
	}
	str(t, f, "Samenvatting", "B2", evil[1]) // scenario 1 is the first compared
	str(t, f, "Over", "B11", evil[0])
	str(t, f, "Aannames", "C2", evil[4])
	str(t, f, "Aannames", "D2", evil[0])
	found := 0
	rows, _ := f.GetRows("Over")
	for _, row := range rows {
		if len(row) > 1 && row[1] == `=HYPERLINK("x")` {
			found++
		}
	}
	if found != 2 { // the command and the baseline's title
		t.Errorf("Over: %d cells hold the formula-looking text as text, want 2", found)
	}
}

func TestDeterministic(t *testing.T) {
	r := fixture(t)
	opt := Options{Assumptions: testAssumptions, Provenance: Provenance{Command: "vwnw compare --out x"}}
	_, a := write(t, r, opt)
	_, b := write(t, r, opt)
	if !bytes.Equal(a, b) {
		t.Fatal("two workbooks of the same results differ")
	}
	// What differs between runs of the same seed leaves no trace.
	r2 := *r
	r2.Run.Workers, r2.Run.ElapsedSeconds = r.Run.Workers+3, r.Run.ElapsedSeconds*7
	if _, c := write(t, &r2, opt); !bytes.Equal(a, c) {
		t.Error("the workbook depends on --workers or the elapsed time")
	}
	// The time given is written.
	f, _ := write(t, r, Options{Created: time.Date(2026, 12, 1, 21, 0, 0, 0, time.UTC)})
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Created != "2026-12-01T21:00:00Z" || props.Modified != props.Created {
		t.Errorf("created %q, modified %q, want 2026-12-01T21:00:00Z", props.Created, props.Modified)
	}
	f, _ = write(t, r, Options{})
	if props, _ = f.GetDocProps(); props.Created != "1980-01-01T00:00:00Z" || props.Creator != "vwnw "+r.Version {
		t.Errorf("created %q by %q, want the fixed time by vwnw %s", props.Created, props.Creator, r.Version)
	}
}

func TestOutcomes(t *testing.T) {
	r := fixture(t)
	f, _ := write(t, r, Options{Lang: "en"})
	const sh = "Outcomes"
	base := &r.Scenarios[0]
	ic := &r.Scenarios[1]
	// Scenario 1's rows follow the baseline's nine.
	row := func(n int) string { return strconv.Itoa(1 + numOutcomes + n) }
	str(t, f, sh, "A"+row(1), ic.Name)
	str(t, f, sh, "B"+row(1), "in a new job at 6 months")
	number(t, f, sh, "D"+row(1), ic.Outcomes.EmployedAt6.Mean, fmtPct1)
	number(t, f, sh, "H"+row(1), base.Outcomes.EmployedAt6.Mean, fmtPct1)
	number(t, f, sh, "D"+row(4), ic.Outcomes.MonthsUnemployed.Mean, fmtDec1)
	number(t, f, sh, "F"+row(7), ic.Outcomes.WageRatio.P50, fmtDec3)
	number(t, f, sh, "G"+row(8), ic.Outcomes.CostPerParticipant.P95, fmtEuro)
}

func TestUndefinedIsNotANumber(t *testing.T) {
	r := fixture(t)
	nan := math.NaN()
	r.Scenarios[1].Outcomes.EmployedAt24 = model.Summary{Mean: nan, SD: nan, SE: nan, P5: nan, P50: nan, P95: nan, ProbPositive: nan}
	f, _ := write(t, r, Options{})
	row := strconv.Itoa(1 + numOutcomes + 3)
	str(t, f, "Uitkomsten", "C"+row, "employed_24m")
	str(t, f, "Uitkomsten", "D"+row, "n.b.")
	str(t, f, "Uitkomsten", "G"+row, "n.b.")
}

func TestOccupancy(t *testing.T) {
	r := fixture(t)
	f, _ := write(t, r, Options{})
	const sh = "Bezetting"
	str(t, f, sh, "A1", "Maand")
	str(t, f, sh, "B1", "baseline")
	str(t, f, sh, "B2", "opzegtermijn")
	second, _ := excelize.CoordinatesToCellName(2+model.NumStates, 1)
	str(t, f, sh, second, r.Scenarios[1].Name)
	merged, err := f.GetMergeCells(sh)
	if err != nil {
		t.Fatal(err)
	}
	if len(merged) != 1+len(r.Scenarios) {
		t.Errorf("%d merged ranges, want the month head and one per scenario: %d", len(merged), 1+len(r.Scenarios))
	}
	// Month 12, scenario 1, state employed.
	cell, _ := excelize.CoordinatesToCellName(2+model.NumStates+int(model.Employed), 3+12)
	number(t, f, sh, cell, r.Scenarios[1].Occupancy.Employed[12], fmtPct1)
	rows, _ := f.GetRows(sh)
	if want := 2 + len(r.Scenarios[0].Occupancy.Notice); len(rows) != want {
		t.Errorf("%d rows, want 2 heads and one per month: %d", len(rows), want)
	}
}

func TestAssumptions(t *testing.T) {
	f, _ := write(t, fixture(t), Options{Assumptions: testAssumptions})
	const sh = "Aannames"
	str(t, f, sh, "B2", "economy.discount_rate")
	str(t, f, sh, "C2", "Discontovoet")
	number(t, f, sh, "D2", 0.0225, "")
	str(t, f, sh, "F2", testAssumptions[0].Source)
	str(t, f, sh, "A3", "intensive_coaching")
	str(t, f, sh, "D3", "")
	str(t, f, sh, "E3", "pert(min 1.5, mode 2, max 2.6)")
	number(t, f, sh, "D4", 30, "")
	str(t, f, sh, "D5", "hours_used")
	str(t, f, sh, "D6", "ja")

	f, _ = write(t, fixture(t), Options{Lang: "en"})
	rows, _ := f.GetRows("Assumptions")
	if len(rows) != 1 || rows[0][0] != textEN.NoAssumptions {
		t.Errorf("without assumptions: rows %q, want one row that says so", rows)
	}
}

func TestSensitivity(t *testing.T) {
	r := fixture(t)
	f, _ := write(t, r, Options{Assumptions: testAssumptions})
	rows, err := f.GetRows("Gevoeligheid")
	if err != nil {
		t.Fatal(err)
	}
	var headings []string
	bar := r.Sensitivity.Tornado[0]
	found := false
	for i, row := range rows {
		if len(row) == 1 && strings.Contains(row[0], ":") {
			headings = append(headings, row[0])
		}
		if len(row) > 2 && row[1] == bar.Param && row[2] == "maatschappij" && !found {
			found = true
			if row[0] != "Effect begeleiding op baanvinden" {
				t.Errorf("tornado: parameter labelled %q, want the label of the assumptions", row[0])
			}
			number(t, f, "Gevoeligheid", "H"+strconv.Itoa(i+1), bar.AtHi.Society-bar.AtLow.Society, fmtEuro)
		}
	}
	if !found {
		t.Error("no tornado row for society")
	}
	for _, want := range []string{textNL.Tornado, textNL.Sobol, textNL.EVPI, textNL.EVPPI, textNL.Breakeven} {
		if !slices.Contains(headings, want) {
			t.Errorf("no table %q; headings %q", want, headings)
		}
	}
	if !slices.ContainsFunc(rows, func(row []string) bool { return len(row) == 1 && row[0] == r.Sensitivity.NotesNL[0] }) {
		t.Error("the Dutch notes are missing")
	}
}

func TestAbout(t *testing.T) {
	r := fixture(t)
	f, _ := write(t, r, Options{Lang: "en", Provenance: Provenance{
		Command: "vwnw compare --set economy.discount_rate=0.03", Overrides: []string{"economy.discount_rate=0.03", "hazards.job_finding=0.1"},
		CohortSize: 60, CohortFileSHA256: "abc123",
	}})
	want := map[string]string{
		"Tool": "vwnw", "Version": r.Version, "Seed": strconv.FormatUint(r.Run.Seed, 10),
		"Baseline": r.Baseline, "Command": "vwnw compare --set economy.discount_rate=0.03",
		"Overridden parameters (--set)": "economy.discount_rate=0.03\nhazards.job_finding=0.1",
		"SHA-256 of the cohort file":    "abc123",
	}
	rows, _ := f.GetRows("About")
	got := map[string]string{}
	for i, row := range rows {
		if len(row) == 2 {
			got[row[0]] = row[1]
		}
		if len(row) > 0 && row[0] == "Iterations" {
			number(t, f, "About", "B"+strconv.Itoa(i+1), float64(r.Run.Iterations), fmtCount)
		}
		if len(row) > 0 && row[0] == "Discount rate" {
			number(t, f, "About", "B"+strconv.Itoa(i+1), r.Run.DiscountRate, fmtPct2)
		}
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("About %q = %q, want %q", k, got[k], v)
		}
	}
	for _, s := range r.Scenarios {
		if !slices.ContainsFunc(rows, func(row []string) bool { return len(row) == 4 && row[0] == s.Name && row[3] == s.SHA256 }) {
			t.Errorf("About: no row with the hash of %s", s.Name)
		}
	}
}

func TestDimension(t *testing.T) {
	r := fixture(t)
	f, _ := write(t, r, Options{})
	for _, tc := range []struct{ sheet, want string }{
		{"Samenvatting", "A1:H" + strconv.Itoa(1+(len(r.Scenarios)-1)*model.NumStakeholders+3)},
		{"Posten", "A1:A1"},
	} {
		got, err := f.GetSheetDimension(tc.sheet)
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("%s: used range %s, want %s", tc.sheet, got, tc.want)
		}
	}
}

func TestByParty(t *testing.T) {
	r := fixture(t)
	f, _ := write(t, r, Options{Lang: "en"})
	const sh = "By party"
	n := len(r.Scenarios) - 1 // the compared scenarios
	// Society's rows come last, one per scenario.
	row := strconv.Itoa(2 + int(model.Society)*n + 1)
	sc := &r.Scenarios[2]
	str(t, f, sh, "A"+row, "society")
	str(t, f, sh, "B"+row, sc.Name)
	soc := sc.NPV.Society
	for i, v := range []float64{soc.Mean, soc.SD, soc.SE, soc.P5, soc.P50, soc.P95} {
		cell, _ := excelize.CoordinatesToCellName(3+i, 2+int(model.Society)*n+1)
		number(t, f, sh, cell, v, fmtEuro)
	}
	number(t, f, sh, "I"+row, soc.ProbPositive, fmtPct0)
	number(t, f, sh, "K"+row, sc.NPVPerParticipant.Society.P5, fmtEuro)
	rows, _ := f.GetRows(sh)
	if len(rows) != 1+model.NumStakeholders*n {
		t.Errorf("%d rows, want a head and %d", len(rows), model.NumStakeholders*n)
	}
}

func TestBaselineOnly(t *testing.T) {
	r := fixture(t)
	r.Scenarios = r.Scenarios[:1]
	r.Sensitivity = nil
	f, _ := write(t, r, Options{})
	rows, _ := f.GetRows("Samenvatting")
	if rows[1][0] != r.Baseline || rows[model.NumStakeholders][0] != r.Baseline || len(rows[model.NumStakeholders+1]) != 0 {
		t.Errorf("only the baseline: summary rows %q, want the baseline's eight", rows[:model.NumStakeholders+2])
	}
}

func TestNoMinusZero(t *testing.T) {
	r := fixture(t)
	r.Scenarios[1].NPV.ReceivingEmployers.Mean = -1e-11 // noise of a transfer that cancels
	r.Scenarios[1].NPV.ReceivingEmployers.P5 = -0.4     // a real amount of 40 cents
	f, _ := write(t, r, Options{})
	number(t, f, "Samenvatting", "D4", 0, fmtEuro)
	number(t, f, "Samenvatting", "E4", -0.4, fmtEuro)
	raw, _ := f.GetCellValue("Samenvatting", "D4", excelize.Options{RawCellValue: true})
	if raw != "0" {
		t.Errorf("noise written as %q, want 0", raw)
	}
}

func TestAboutFromRun(t *testing.T) {
	r := fixture(t)
	r.Run.Command = "vwnw compare mine.toml --set hazards.job_finding=0.2"
	r.Run.Overrides = []string{"hazards.job_finding=0.2"}
	r.Run.CohortSize = 60
	r.Run.CohortFiles = []model.CohortFile{
		{Scenario: "baseline", File: "p.csv", SHA256: "aa11"},
		{Scenario: "mine", File: "p.csv", SHA256: "aa11"}, // the same file: once
	}
	f, _ := write(t, r, Options{})
	rows, _ := f.GetRows("Over")
	got := map[string][]string{}
	for _, row := range rows {
		if len(row) == 2 {
			got[row[0]] = append(got[row[0]], row[1])
		}
	}
	for k, want := range map[string]string{
		"Opdracht": r.Run.Command, "Gewijzigde parameters (--set)": "hazards.job_finding=0.2",
		"Omvang groep (--cohort-size)": "60", "Groepsbestand": "p.csv", "SHA-256 van het groepsbestand": "aa11",
	} {
		if len(got[k]) != 1 || got[k][0] != want {
			t.Errorf("Over %q = %q, want once %q", k, got[k], want)
		}
	}
	// What the caller gives comes first.
	f, _ = write(t, r, Options{Provenance: Provenance{Command: "given"}})
	rows, _ = f.GetRows("Over")
	if !slices.ContainsFunc(rows, func(row []string) bool { return len(row) == 2 && row[0] == "Opdracht" && row[1] == "given" }) {
		t.Error("Over: the caller's command is not shown")
	}
}
