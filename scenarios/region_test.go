package scenarios

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeRegion writes the files of RegionFiles into o.Dir.
func writeRegion(t *testing.T, o RegionOptions) []RegionFile {
	t.Helper()
	files, err := RegionFiles(o)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(o.Dir, 0o755)
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(o.Dir, f.Name), []byte(f.Text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return files
}

// TestRegionFiles writes a region of 400 persons and loads every file: the
// baseline is the shipped one with 400 persons, every arrangement is the
// shipped one on that cohort with the FTE scaled at the pilot's ratio, and
// every arrangement is comparable with the region's baseline.
func TestRegionFiles(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "noordoost")
	files := writeRegion(t, RegionOptions{Dir: dir, CohortSize: 400})
	if len(files) != len(Shipped()) || files[0].Name != "baseline.toml" {
		t.Fatalf("files: %d, first %s", len(files), files[0].Name)
	}
	base, err := Load(filepath.Join(dir, "baseline.toml"))
	if err != nil {
		t.Fatal(err)
	}
	shippedBase, _ := Load("baseline")
	want := shippedBase.Params()
	want.Cohort.Size = 400
	if got := base.Params(); !reflect.DeepEqual(got, want) {
		t.Errorf("the region's baseline differs from the shipped one beyond cohort.size:\n%+v\n%+v", got, want)
	}
	for _, f := range files[1:] {
		s, err := Load(filepath.Join(dir, f.Name))
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if err := CheckComparable(base, s); err != nil {
			t.Errorf("%s is not comparable with the region's baseline: %v", f.Name, err)
		}
		name := strings.TrimSuffix(f.Name, ".toml")
		shipped, _ := Load(name)
		want := shipped.Params()
		want.Cohort.Size = 400
		want.Interventions.Coaching.CaseManagerFTE = 14.8 // 1.11 × 400 / 30
		if got := s.Params(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s differs from the shipped %s beyond the cohort and the FTE", f.Name, name)
		}
		if !reflect.DeepEqual(s.Uncertain(), shipped.Uncertain()) {
			t.Errorf("%s: the uncertain parameters differ from the shipped %s", f.Name, name)
		}
		for _, w := range []string{"What a region typically changes here", "case_manager_fte = 14.8  # the pilot's ratio, 1.11 FTE for 30 persons", "source: report §2.3"} {
			if !strings.Contains(f.Text, w) {
				t.Errorf("%s lacks %q", f.Name, w)
			}
		}
	}
}

// TestRegionCohortFile gives the region a cohort file and an FTE: the
// baseline reads the file (by a path relative to the folder) and the FTE
// is the one given.
func TestRegionCohortFile(t *testing.T) {
	root := t.TempDir()
	t.Chdir(root)
	os.MkdirAll("data", 0o755)
	os.WriteFile(filepath.Join("data", "p.csv"), []byte("leeftijd;opleiding;dienstjaren;maandloon;contracturen;huishouden;opzegtermijn\n58;laag;22;1450,5;24;alleenstaand;4\n44;hoog;12;2450;32;partner zonder inkomen;3\n"), 0o644)
	files := writeRegion(t, RegionOptions{Dir: "west", CohortFile: filepath.Join("data", "p.csv"), CaseManagerFTE: 2.5})
	if !strings.Contains(files[0].Text, "size = 2   #") || !strings.Contains(files[0].Text, `file = "../data/p.csv"`) {
		t.Errorf("baseline.toml:\n%s", files[0].Text)
	}
	s, err := Load(filepath.Join("west", "digital_hybrid.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Persons) != 2 || s.Params().Interventions.Coaching.CaseManagerFTE != 2.5 {
		t.Errorf("persons %d, FTE %v", len(s.Persons), s.Params().Interventions.Coaching.CaseManagerFTE)
	}
}

func TestRegionFilesRefuse(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "p.csv"), []byte("age,education,tenure_years,monthly_wage,contract_hours,household,notice_months\n58,low,22,1450,24,single,4\n"), 0o644)
	for _, tt := range []struct {
		o    RegionOptions
		want string
	}{
		{RegionOptions{Dir: "../x;rm"}, "region name"},
		{RegionOptions{Dir: "ok", CohortSize: -1}, "cohort size"},
		{RegionOptions{Dir: "ok", CaseManagerFTE: -2}, "case-manager FTE"},
		{RegionOptions{Dir: "ok", CaseManagerFTE: 0.001}, "case-manager FTE 0.001 (given by --case-manager-fte) is too little for intensive_coaching: coaching can never start"},
		{RegionOptions{Dir: "ok", CohortFile: filepath.Join(dir, "missing.csv")}, "missing.csv"},
		{RegionOptions{Dir: "ok", CohortFile: filepath.Join(dir, "p.csv"), CohortSize: 3}, "holds 1 person;"},
	} {
		if _, err := RegionFiles(tt.o); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%+v: got %v, want %q", tt.o, err, tt.want)
		}
	}
}

// TestRegionServiceMonths gives the region a cohort file with late
// entrants: every arrangement's service then runs until the pilot's three
// months after the last are offered coaching, says why, and warns of
// nobody; with entrants the pilot's months reach, they stay as shipped.
func TestRegionServiceMonths(t *testing.T) {
	const head = "age,education,tenure_years,monthly_wage,contract_hours,household,notice_months,entry_month\n"
	for _, tt := range []struct {
		name, rows string
		want       int    // service_months written; 7 as shipped
		note       string // in the comment on raising them
	}{
		{"pilot-like", "50,low,10,1500,24,single,3,0\n50,low,10,1500,24,single,3,3\n", 7, ""},
		{"last on the last month", "50,low,10,1500,24,single,3,0\n50,low,10,1500,24,single,3,6\n", 7, ""},
		{"late", "50,low,10,1500,24,single,3,0\n50,low,10,1500,24,single,3,2\n50,low,10,1500,24,single,3,9\n50,low,10,1500,24,single,3,14\n", 18, "(entry months 9 and 14)"},
		{"late first", "50,low,10,1500,24,single,3,5\n50,low,10,1500,24,single,3,12\n", 11, "(entry month 12)"},
		{"one late month", "50,low,10,1500,24,single,3,0\n50,low,10,1500,24,single,3,8\n", 12, "(entry month 8)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			t.Chdir(root)
			os.WriteFile("p.csv", []byte(head+tt.rows), 0o644)
			files := writeRegion(t, RegionOptions{Dir: "west", CohortFile: "p.csv"})
			for _, f := range files[1:] {
				s, err := Load(filepath.Join("west", f.Name))
				if err != nil {
					t.Fatal(err)
				}
				if got := s.Params().Interventions.Coaching.ServiceMonths; got != tt.want {
					t.Errorf("%s: service_months %d, want %d", f.Name, got, tt.want)
				}
				if ws := s.Warnings(); len(ws) != 0 {
					t.Errorf("%s warns: %v", f.Name, ws)
				}
				raised := strings.Contains(f.Text, "raised by vwnw init from the shipped 7")
				if !strings.Contains(f.Text, tt.note) {
					t.Errorf("%s: the comment lacks %q:\n%s", f.Name, tt.note, f.Text)
				}
				if raised != (tt.want != 7) {
					t.Errorf("%s: comment on raising %v, want %v:\n%s", f.Name, raised, tt.want != 7, f.Text)
				}
			}
		})
	}
}
