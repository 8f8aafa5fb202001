package scenarios

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestShowRoundTrip shows every shipped scenario and a file chain with a
// cohort file and a --set, saves the text beside the shown scenario and
// loads it again: the same parameters, uncertain parameters and persons.
// The chain is named by an absolute path and, from the working directory
// above it, by a relative one (its cohort file path relative to a file
// of the chain, not to the working directory).
func TestShowRoundTrip(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.WriteFile(filepath.Join(dir, "p.csv"), []byte("leeftijd;opleiding;dienstjaren;maandloon;contracturen;huishouden;opzegtermijn\n58;laag;22;1450,5;24;alleenstaand;4\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "region"), 0o755)
	os.WriteFile(filepath.Join(dir, "region", "baseline.toml"), []byte("extends = \"baseline\"\nname = \"rb\"\n[cohort]\nfile = \"../p.csv\"   # source: the region's own list\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "region", "coach.toml"), []byte("extends = \"baseline.toml\"\n[interventions.coaching]   # source: the region's plan\nenabled = true\nmode = \"hybrid\"\nstart = \"notice\"\ntriage = [1, 2, 3]\nuptake = 0.9 # EST\ndropout = 0.01\nmax_months = 12\ndigital_hours_factor = 0.4\nhourly_cost = 87.5\ncase_manager_fte = 2\nhours_per_fte = 100\npaid_hours_per_fte = 156\ncost_basis = \"hours_used\"\nservice_months = 12\ndose_elasticity = 0.12\njob_finding_hr = { dist = \"pert\", min = 1.2, mode = 1.6, max = 2.2 }\ndigital_effect = 0.8\ndigital_effect_low_skill = 0.4\nworking_time_share = 0.5\n[interventions.coaching.hours]\ngroup1 = 0.5\ngroup2 = 3\ngroup3 = 6\n[interventions.coaching.reference_hours]\ngroup1 = 0.5\ngroup2 = 3\ngroup3 = 6\n[interventions.coaching.payer]\nuwv = 0.5\nmunicipalities = 0.5\n"), 0o644)
	sets := []Override{{Key: "economy.discount_rate", Value: "0.03"}}
	refs := append(Shipped(), filepath.Join(dir, "region", "coach.toml"), filepath.Join("region", "coach.toml"))
	for _, ref := range refs {
		t.Run(ref, func(t *testing.T) {
			text, err := Show(ref, sets...)
			if err != nil {
				t.Fatal(err)
			}
			saved := "shown.toml"
			if strings.HasSuffix(ref, ".toml") {
				saved = filepath.Join(filepath.Dir(ref), "shown.toml")
				if !strings.Contains(text, `file = "../p.csv"  # path relative to `+filepath.ToSlash(filepath.Dir(ref))+"/ (the folder of the shown scenario)") {
					t.Errorf("cohort.file not written relative to the shown scenario's folder:\n%s", text)
				}
			}
			if err := os.WriteFile(saved, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(text, "\nextends") {
				t.Errorf("the shown scenario still extends:\n%s", text)
			}
			orig, err := Load(ref, sets...)
			if err != nil {
				t.Fatal(err)
			}
			again, err := Load(saved)
			if err != nil {
				t.Fatalf("the shown text does not load: %v\n%s", err, text)
			}
			a, b := orig.Params(), again.Params()
			a.Cohort.File, b.Cohort.File = "", ""
			if !reflect.DeepEqual(a, b) {
				t.Errorf("parameters differ:\n%+v\n%+v", a, b)
			}
			if !reflect.DeepEqual(orig.Uncertain(), again.Uncertain()) {
				t.Error("uncertain parameters differ")
			}
			if !reflect.DeepEqual(orig.Persons, again.Persons) || orig.Name != again.Name {
				t.Errorf("persons or name differ: %v %v", orig.Name, again.Name)
			}
		})
	}
}

// TestShowSources checks the comments: each value names its file and line
// and the source given there, a table header's source stands for keys
// without their own, and --set is named.
func TestShowSources(t *testing.T) {
	text, err := Show("intensive_coaching", Override{Key: "economy.discount_rate", Value: "0.03"})
	if err != nil {
		t.Fatal(err)
	}
	baseSrc, _ := ShippedSource("baseline")
	low := keyLines(baseSrc)["cohort.education.low"]
	coachSrc, _ := ShippedSource("intensive_coaching")
	coach := keyLines(coachSrc)
	for _, want := range []string{
		"# intensive_coaching (shipped) as vwnw runs it: the extends chain intensive_coaching (shipped) → baseline (shipped)",
		"discount_rate = 0.03  # --set economy.discount_rate\n",
		"size = 30  # baseline (shipped):",
		": source: report §3.1.1, 30 entrants\n",
		"[cohort.education]  # EST, fixed by necessity",
		fmt.Sprintf("low = 0.5  # baseline (shipped):%d\n", low),
		"[interventions.coaching]",
		fmt.Sprintf("enabled = true  # intensive_coaching (shipped):%d\n", coach["interventions.coaching.enabled"]),
		fmt.Sprintf("[interventions.services.career_test.payer]\nmunicipalities = 1.0  # intensive_coaching (shipped):%d: source: report §3.1.2 names the service", coach["interventions.services.career_test.payer"]),
	} {
		if !strings.Contains(text, want) {
			t.Errorf("show lacks %q:\n%s", want, text)
		}
	}
	if _, err := Show("no_such_scenario"); err == nil {
		t.Error("an unknown scenario: want an error")
	}
}

// TestShowCohortFile: with a cohort file, the keys of [cohort] that its
// persons replace say they are not used, naming the file, instead of the
// sources of the synthetic cohort; cohort.entry_months says for whom it
// is used; the keys still used keep their sources.
func TestShowCohortFile(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "p.csv"), []byte("leeftijd;opleiding;dienstjaren;maandloon;contracturen;huishouden;opzegtermijn\n58;laag;22;1450,5;24;alleenstaand;4\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "region"), 0o755)
	ref := filepath.Join(dir, "region", "baseline.toml")
	os.WriteFile(ref, []byte("extends = \"baseline\"\nname = \"rb\"\n[cohort]\nsize = 1\nfile = \"../p.csv\"\n"), 0o644)
	s, err := Load(ref)
	if err != nil {
		t.Fatal(err)
	}
	text, err := Show(ref, Override{Key: "cohort.age", Value: "40"})
	if err != nil {
		t.Fatal(err)
	}
	lines := shownLines(text)
	notUsed := `not used: the persons of cohort.file "../p.csv" replace`
	for key, line := range lines {
		replaced, partly := s.CohortFileUse(key)
		switch {
		case replaced && (!strings.Contains(line, notUsed) || strings.Contains(line, "source")):
			t.Errorf("%s: %q, want %q and no source", key, line, notUsed)
		case partly && !strings.Contains(line, `# used only for persons whose row in cohort.file "../p.csv" has no entry_month; baseline (shipped):`):
			t.Errorf("%s: %q, want for whom it is used, then where it was set", key, line)
		case !replaced && strings.Contains(line, "not used"):
			t.Errorf("%s: %q is used", key, line)
		}
	}
	for key, want := range map[string]string{
		"cohort.age":              notUsed + " it; --set cohort.age",
		"cohort.size":             notUsed + " it; set at " + filepath.ToSlash(ref) + ":4",
		"cohort.triage.shares":    notUsed + " this table",
		"cohort.education.low":    notUsed + " it; set at baseline (shipped):",
		"cohort.start":            ": source: report §3.1.1",
		"cohort.entry_months":     ": source: report §3.1.1",
		"cohort.household.single": notUsed,
	} {
		if !strings.Contains(lines[key], want) {
			t.Errorf("%s: %q, want %q", key, lines[key], want)
		}
	}
	plain, err := Show("baseline")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain, "not used") || strings.Contains(plain, "used only") {
		t.Errorf("without a cohort file, keys are said to be not used:\n%s", plain)
	}
}

// shownLines maps the dotted key of each value and table header of a
// shown text to its line.
func shownLines(text string) map[string]string {
	out := map[string]string{}
	table := ""
	for _, l := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(l, "["):
			table = l[1:strings.IndexByte(l, ']')]
			out[table] = l
		case strings.Contains(l, " = ") && !strings.HasPrefix(l, "#"):
			key, _, _ := strings.Cut(l, " = ")
			out[join(table, key)] = l
		}
	}
	return out
}
