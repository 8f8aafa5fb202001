package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/vwnw/vwnw/scenarios"
)

// initRegion runs vwnw init in a new working directory and returns the
// compare command it prints.
func initNoordoost(t *testing.T, args ...string) string {
	t.Helper()
	t.Chdir(t.TempDir())
	stdout, stderr, code := vwnw(t, append([]string{"init", "noordoost"}, args...)...)
	if code != 0 {
		t.Fatalf("init: exit %d: %s", code, stderr)
	}
	for _, l := range strings.Split(stdout, "\n") {
		if c, ok := strings.CutPrefix(strings.TrimSpace(l), "vwnw compare "); ok {
			return c
		}
	}
	t.Fatalf("init prints no compare command:\n%s", stdout)
	return ""
}

// scenarioResults decodes the scenarios of compare --json, without timing.
func scenarioResults(t *testing.T, stdout string) []map[string]any {
	t.Helper()
	var doc struct {
		Baseline  string           `json:"baseline"`
		Scenarios []map[string]any `json:"scenarios"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("compare --json: %v\n%s", err, stdout)
	}
	return doc.Scenarios
}

// TestInitThenCompare follows the five-minute walk-through: init a region of
// 400 persons and run the compare command init prints; every arrangement
// runs on 400 persons, and naming the files with --baseline gives the same
// results.
func TestInitThenCompare(t *testing.T) {
	printed := initNoordoost(t, "--cohort-size", "400")
	if printed != "noordoost/" {
		t.Errorf("init prints vwnw compare %s", printed)
	}
	run := []string{"--iterations", "3", "--horizon", "24", "--json"}
	stdout, stderr, code := vwnw(t, append([]string{"compare", printed}, run...)...)
	if code != 0 {
		t.Fatalf("compare %s: exit %d: %s", printed, code, stderr)
	}
	got := scenarioResults(t, stdout)
	var names []string
	for _, s := range got {
		names = append(names, s["name"].(string))
		if s["cohort_size"].(float64) != 400 {
			t.Errorf("%s: cohort_size %v, want 400", s["name"], s["cohort_size"])
		}
	}
	want := []string{"baseline", "intensive_coaching", "digital_hybrid", "transition_fund", "wage_supplement"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("scenarios %v, want %v", names, want)
	}
	files, _ := filepath.Glob("noordoost/*.toml")
	stdout, stderr, code = vwnw(t, append(append([]string{"compare", "--baseline", "noordoost/baseline.toml"}, files...), run...)...)
	if code != 0 {
		t.Fatalf("compare --baseline: exit %d: %s", code, stderr)
	}
	byName := func(list []map[string]any) map[any]map[string]any {
		m := map[any]map[string]any{}
		for _, s := range list {
			m[s["name"]] = s
		}
		return m
	}
	if again := scenarioResults(t, stdout); !reflect.DeepEqual(byName(again), byName(got)) {
		t.Error("compare --baseline noordoost/baseline.toml noordoost/*.toml differs from compare noordoost/")
	}
	// The FTE scales with the cohort: 1.11 × 400 / 30.
	s, err := scenarios.Load("noordoost/intensive_coaching.toml")
	if err != nil {
		t.Fatal(err)
	}
	if fte := s.Params().Interventions.Coaching.CaseManagerFTE; fte != 14.8 {
		t.Errorf("case_manager_fte %v, want 14.8", fte)
	}
}

// TestInitWithCohortFile inits a region from a Dutch-Excel workbook and an
// FTE; a bad cohort file is refused with exit 2 and leaves no folder.
func TestInitWithCohortFile(t *testing.T) {
	t.Chdir(t.TempDir())
	f := excelize.NewFile()
	rows := [][]any{
		{"Leeftijd (jaren)", "Opleiding", "Dienstjaren", "Maandloon", "Contracturen", "Huishouden", "Opzegtermijn"},
		{58, "laag", 22, 1450.5, 24, "alleenstaand", 4},
		{44, "hoog", 12, 2450, 32, "partner met inkomen", 3},
		{61, "midden", 30, 1900, 28, "partner zonder inkomen", 5},
	}
	for i, r := range rows {
		f.SetSheetRow("Sheet1", "A"+string(rune('1'+i)), &r)
	}
	if err := f.SaveAs("cohort.xlsx"); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := vwnw(t, "init", "west", "--cohort-file", "cohort.xlsx", "--case-manager-fte", "0.5"); code != 0 {
		t.Fatalf("init: %s", stderr)
	}
	stdout, stderr, code := vwnw(t, "compare", "west/", "--iterations", "2", "--horizon", "12", "--json", "--out", "out1")
	if code != 0 {
		t.Fatalf("compare west/: %s", stderr)
	}
	for _, s := range scenarioResults(t, stdout) {
		if s["cohort_size"].(float64) != 3 {
			t.Errorf("%s: cohort_size %v, want the file's 3", s["name"], s["cohort_size"])
		}
	}
	// The synthetic cohort's assumptions are said to be not used, in the
	// sheet and in show; those still used keep their sources.
	book := openBook(t, "out1")
	for key, want := range map[string]string{
		"cohort.age":          "niet gebruikt: de personen uit het cohortbestand ../cohort.xlsx vervangen dit",
		"cohort.monthly_wage": "niet gebruikt: de personen uit het cohortbestand ../cohort.xlsx vervangen dit",
		"cohort.entry_months": "alleen gebruikt voor personen zonder instroommaand in het cohortbestand ../cohort.xlsx; report §3.1.1",
		"cohort.start":        "report §3.1.1",
	} {
		if r := rowWith(t, book, "Aannames", 1, key); !strings.HasPrefix(r[5], want) {
			t.Errorf("Aannames %s: source %q, want %q", key, r[5], want)
		}
	}
	shown, stderr, code := vwnw(t, "show", "west/baseline.toml")
	if code != 0 || !strings.Contains(shown, `age = { dist = "pert", min = 22, mode = 55, max = 64 }  # not used: the persons of cohort.file "../cohort.xlsx" replace it; set at baseline (shipped):`) {
		t.Errorf("show west/baseline.toml: exit %d: %s\n%s", code, stderr, shown)
	}
	os.WriteFile("bad.csv", []byte("leeftijd;opleiding;dienstjaren;maandloon;contracturen;huishouden;opzegtermijn\n58;middel;22;1450;24;alleenstaand;4\n"), 0o644)
	_, stderr, code = vwnw(t, "init", "east", "--cohort-file", "bad.csv")
	if code != 2 || !strings.Contains(stderr, `bad.csv:2: column opleiding: "middel" is not one of laag, midden, hoog`) {
		t.Errorf("a bad cohort file: exit %d: %s", code, stderr)
	}
	if _, err := os.Stat("east"); err == nil {
		t.Error("a refused init left its folder")
	}
}

// TestValidateAgreesWithRun checks, file by file, that validate says ok
// exactly when run runs it, and that each refusal names the file and line
// of the scenario with what to do.
func TestValidateAgreesWithRun(t *testing.T) {
	initNoordoost(t, "--cohort-size", "400")
	write := func(name, text string) string {
		os.MkdirAll(filepath.Dir(name), 0o755)
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	coaching, _ := os.ReadFile("noordoost/intensive_coaching.toml")
	write("noordoost/bigger.toml", "extends = \"intensive_coaching.toml\"\nname = \"bigger\"\n[cohort]\nsize = 500\n")
	write("noordoost/own_market.toml", "extends = \"intensive_coaching.toml\"\nname = \"own_market\"\n[hazards]\njob_finding = 0.3\n")
	write("noordoost/later.toml", "extends = \"baseline.toml\"\nname = \"later\"\n[economy]\nprice_year = 2040\n")
	write("noordoost/renamed.toml", strings.Replace(string(coaching), "case_manager_fte = 14.8", "case_manager_fte = 3", 1))
	write("noordoost/badcohort.toml", "extends = \"baseline.toml\"\nname = \"badcohort\"\n[cohort]\nfile = \"nope.csv\"\n")
	write("pilot_style.toml", "extends = \"intensive_coaching\"\nname = \"pilot_style\"\n[interventions.coaching]\ncase_manager_fte = 2\n")
	tests := []struct {
		name  string
		args  []string // the file and flags, for both commands
		ok    bool
		wants []string // in validate's message
	}{
		{"a region's arrangement", []string{"noordoost/digital_hybrid.toml"}, true, nil},
		{"a region's baseline", []string{"noordoost/baseline.toml"}, true, nil},
		{"its FTE changed", []string{"noordoost/renamed.toml"}, true, nil},
		{"a shipped arrangement", []string{"transition_fund"}, true, nil},
		{"a file on the shipped baseline", []string{"pilot_style.toml"}, true, nil},
		{"another cohort size in an arrangement", []string{"noordoost/bigger.toml"}, false,
			[]string{"noordoost/bigger.toml:4: cohort.size: is 500 here but 400 in the baseline", "noordoost/baseline.toml:", "fix: remove the lines above from noordoost/bigger.toml"}},
		{"another labour market in an arrangement", []string{"noordoost/own_market.toml"}, false,
			[]string{"noordoost/own_market.toml:4: hazards.job_finding: is 0.3 here"}},
		{"the shipped baseline for a region's file", []string{"noordoost/intensive_coaching.toml", "--baseline", "baseline"}, false,
			[]string{"noordoost/intensive_coaching.toml:", "cohort.size: is 400 here (from noordoost/baseline.toml:", "but 30 in the baseline", "fix: its extends chain must reach the baseline", "--baseline noordoost/baseline.toml"}},
		{"the region's baseline for a shipped file", []string{"pilot_style.toml", "--baseline", "noordoost/baseline.toml"}, false,
			[]string{"pilot_style.toml:1: cohort.size: is 30 here (from baseline (shipped):", "extends = \"noordoost/baseline.toml\""}},
		{"a price year without rules", []string{"noordoost/later.toml"}, false, []string{"noordoost/later.toml:4: economy.price_year", "2040 has no CPI figure"}},
		{"a missing cohort file", []string{"noordoost/badcohort.toml"}, false, []string{"noordoost/badcohort.toml:4: cohort.file", "nope.csv"}},
		{"an unknown --set key", []string{"noordoost/digital_hybrid.toml", "--set", "hazards.job_findng=0.2"}, false, []string{"--set hazards.job_findng", `did you mean "job_finding"`}},
		{"a --set of a service it lacks", []string{"noordoost/baseline.toml", "--set", "interventions.services.talent_scan.uptake=0.5"}, false, []string{"--set interventions.services.talent_scan.uptake", "no scenario in this run has that table"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, verr, vcode := vwnw(t, append([]string{"validate"}, tt.args...)...)
			_, rerr, rcode := vwnw(t, append([]string{"run", "--iterations", "1", "--horizon", "2"}, tt.args...)...)
			if (vcode == 0) != (rcode == 0) {
				t.Fatalf("validate exit %d, run exit %d:\nvalidate: %s\nrun: %s", vcode, rcode, verr, rerr)
			}
			if (vcode == 0) != tt.ok || (!tt.ok && (vcode != 2 || rcode != 2)) {
				t.Fatalf("validate exit %d, run exit %d, want ok %v:\n%s", vcode, rcode, tt.ok, verr)
			}
			rest := verr
			for _, w := range tt.wants {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("validate's message lacks %q (in order):\n%s", w, verr)
				}
				rest = rest[i+len(w):]
			}
		})
	}
}

func TestCompareFoldersAndBaselines(t *testing.T) {
	initNoordoost(t, "--cohort-size", "40")
	_, stderr, code := vwnw(t, "compare", "noordoost/intensive_coaching.toml", "intensive_coaching", "--iterations", "1")
	if code != 2 || !strings.Contains(stderr, "the scenarios extend different baselines") || !strings.Contains(stderr, "--baseline") {
		t.Errorf("scenarios of two baselines: exit %d: %s", code, stderr)
	}
	// sensitivity takes the same baseline as compare: the region's.
	if _, stderr, code := vwnw(t, "sensitivity", "noordoost/intensive_coaching.toml", "--iterations", "2", "--horizon", "6",
		"--param", "interventions.coaching.hourly_cost"); code != 0 {
		t.Errorf("sensitivity of a region's file: exit %d: %s", code, stderr)
	}
	os.Mkdir("empty", 0o755)
	if _, stderr, code := vwnw(t, "compare", "empty", "--iterations", "1"); code != 2 || !strings.Contains(stderr, "a directory without scenario files") {
		t.Errorf("an empty folder: exit %d: %s", code, stderr)
	}
	if _, stderr, code := vwnw(t, "init", "../bad name"); code != 2 || !strings.Contains(stderr, "region name") {
		t.Errorf("an unsafe name: exit %d: %s", code, stderr)
	}
}

func TestShowKeysCohortTemplate(t *testing.T) {
	t.Chdir(t.TempDir())
	stdout, stderr, code := vwnw(t, "show", "digital_hybrid", "--set", "cohort.size=400")
	if code != 0 || !strings.Contains(stdout, "size = 400  # --set cohort.size") || !strings.Contains(stdout, `mode = "hybrid"  # digital_hybrid (shipped):`) {
		t.Errorf("show: exit %d: %s\n%s", code, stderr, stdout)
	}
	if _, stderr, code := vwnw(t, "show", "nope"); code != 2 || !strings.Contains(stderr, "neither a shipped scenario") {
		t.Errorf("show nope: exit %d: %s", code, stderr)
	}
	stdout, _, code = vwnw(t, "keys", "interventions.coaching")
	infos, _ := scenarios.KeyInfos("interventions.coaching")
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if code != 0 || len(lines) != 1+len(infos) || !strings.HasPrefix(lines[0], "KEY ") {
		t.Fatalf("keys: exit %d, %d lines for %d keys", code, len(lines), len(infos))
	}
	for i, k := range infos {
		if f := strings.Fields(lines[i+1]); f[0] != k.Key {
			t.Errorf("keys line %d is %s, want %s", i+1, f[0], k.Key)
		}
	}
	if !strings.Contains(stdout, "face_to_face, digital, hybrid") || strings.Contains(stdout, "`") {
		t.Errorf("keys shows Markdown or lacks the modes:\n%s", stdout)
	}
	if _, stderr, code := vwnw(t, "keys", "cohrt"); code != 2 || !strings.Contains(stderr, `did you mean "cohort"?`) {
		t.Errorf("keys cohrt: exit %d: %s", code, stderr)
	}
	for _, name := range []string{"c.csv", "c.xlsx"} {
		if _, stderr, code := vwnw(t, "cohort", "template", "--lang", "nl", name); code != 0 {
			t.Fatalf("cohort template %s: %s", name, stderr)
		}
		if _, stderr, code := vwnw(t, "validate", name); code != 2 || !strings.Contains(stderr, "no rows after the header") {
			t.Errorf("validate the empty %s: exit %d: %s", name, code, stderr)
		}
	}
	if _, stderr, code := vwnw(t, "cohort", "template", "c.csv"); code != 2 || !strings.Contains(stderr, "already exists") {
		t.Errorf("template over a file: exit %d: %s", code, stderr)
	}
	if _, stderr, code := vwnw(t, "cohort", "template", "c.ods"); code != 2 || !strings.Contains(stderr, ".csv or .xlsx") {
		t.Errorf("template c.ods: exit %d: %s", code, stderr)
	}
	data, _ := os.ReadFile("c.csv")
	os.WriteFile("c.csv", append(data, "58;laag;22;1450,5;24;alleenstaand;4;0;22;vast;laag;3\r\n"...), 0o644)
	if stdout, stderr, code := vwnw(t, "validate", "c.csv"); code != 0 || !strings.Contains(stdout, "c.csv: ok (a cohort of 1 person)") {
		t.Errorf("validate a filled template: exit %d: %s%s", code, stdout, stderr)
	}
	os.WriteFile("fake.xlsx", []byte("not a workbook"), 0o644)
	if _, stderr, code := vwnw(t, "validate", "fake.xlsx"); code != 2 || !strings.Contains(stderr, "fake.xlsx: not an Excel workbook") {
		t.Errorf("validate fake.xlsx: exit %d: %s", code, stderr)
	}
}
