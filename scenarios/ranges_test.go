package scenarios

import (
	"strings"
	"testing"
)

func TestRanges(t *testing.T) {
	tests := []struct {
		body string
		want string // "" for valid
	}{
		{"[hazards]\njob_finding = 10\n", ""},
		{"[hazards]\njob_finding = 10.5\n", "hazards.job_finding: must lie in [0, 10]"},
		{"[hazards]\nage55_hr = 1e6\n", "hazards.age55_hr: must lie in [0, 100]"},
		{"[hazards]\neducation_low_hr = { dist = \"lognormal\", mu = 0, sigma = 100 }\n", "its lognormal distribution reaches"},
		{"[hazards]\neducation_low_hr = { dist = \"lognormal\", mu = 0, sigma = 0.5 }\n", ""},
		{"[hazards]\njob_finding = { dist = \"lognormal\", mu = -2.12, sigma = 0.7 }\n", ""},
		{"[hazards]\njob_finding = { dist = \"lognormal\", mu = -2.12, sigma = 1.5 }\n", "between its one-in-a-million quantiles"},
		{"[jobs]\nwage_ratio_decay = 2\n", "jobs.wage_ratio_decay: must lie in [0, 1]"},
		{"[economy]\ndiscount_rate = 1.5\n", "economy.discount_rate"},
		{"[economy]\nhealth_cost_unemployed = 2e9\n", "economy.health_cost_unemployed: must lie in [-1e+09, 1e+09]"},
		{"[economy]\nnotice_productivity = 1.5\n", "economy.notice_productivity: must lie in [0, 1]"},
		{"[cohort]\nage = 80\n", ""},
		{"[cohort]\nage = 14\n", "cohort.age: every person's value must lie in [15, 80], the range of a cohort file's column age; got 14"},
		{"[cohort]\nage = { dist = \"uniform\", min = 100, max = 300 }\n", "its uniform distribution ranges over [100, 300]"},
		{"[cohort]\nage = { dist = \"normal\", mean = 45, sd = 10 }\n", "a normal distribution is unbounded"},
		{"[cohort]\nage = { dist = \"normal\", mean = 45, sd = 10, min = 20, max = 65 }\n", ""},
		{"[cohort]\nearlier_work_years = { dist = \"uniform\", min = 0, max = 66 }\n", "column work_history_years"},
		{"[cohort]\nnotice_months = 25\n", "[1, 24]"},
		{"[cohort]\nmonthly_wage = 1.45\n", "cohort.monthly_wage: the lowest wage is €1.45 a month: €0.01 an hour at up to 28 contract hours a week (cohort.contract_hours), below the floor of €2 an hour"},
		{"[cohort]\nmonthly_wage = 1.45\n", "allowed: at least €243 a month at 28 contract hours. A thousands separator misread? TOML numbers take a decimal point and no thousands separator: for 1450 write 1450"},
		{"[cohort]\nmonthly_wage = { dist = \"uniform\", min = 300, max = 2000 }\ncontract_hours = 40\n", "the lowest wage its uniform distribution gives is €300 a month: €1.73 an hour at 40 contract hours a week"},
		{"[cohort]\nmonthly_wage = { dist = \"uniform\", min = 350, max = 2000 }\ncontract_hours = 40\n", ""},
		{"[cohort]\nmonthly_wage = 0\ncontract_hours = 1\n", "€8.67 a month at 1 contract hour"},
		{"[cohort]\nmonthly_wage = 9\ncontract_hours = 1\nfile = \"testdata/cohort/dutch_excel.csv\"\n", ""}, // the spreads are not used
		{"[cohort]\nentry_months = [0, 120]\n", ""},
		{"[cohort]\nentry_months = [0, 121]\n", "cohort.entry_months: entry months are 0 to 120"},
		{"[cohort]\nentry_months = [4294967296]\n", "got 4294967296"},
		{"[cohort]\nentry_months = [" + strings.Repeat("1, ", 5000) + "]\n", ""},
		{"[interventions.services.\"=1+1\"]\nuptake = 0.1\nunit_cost = 1\npayer = { uwv = 1.0 }\njob_finding_hr = 1\n", "interventions.services: service name \"=1+1\""},
		{"name = \"ok_name\"\ntitle = \"a\u202eb\"\n", "title: holds the invisible or control character U+202E"},
		{"name = \"@x\"\n", "x.toml:2: name: scenario name \"@x\": use up to 64 letters"},
	}
	for _, tt := range tests {
		_, err := LoadBytes([]byte("extends = \"baseline\"\n"+tt.body), "x.toml", "")
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%q: %v", tt.body, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%q: error %v, want %q", tt.body, err, tt.want)
		}
	}
}

func TestNameFromFile(t *testing.T) {
	_, err := LoadBytes([]byte("extends = \"baseline\"\n"), "=calc.toml", "")
	if err == nil || !strings.Contains(err.Error(), "it comes from the file name") {
		t.Errorf("a scenario named =calc by its file: %v", err)
	}
	if _, err := LoadBytes([]byte("extends = \"baseline\"\nname = \"calc\"\n"), "=calc.toml", ""); err != nil {
		t.Errorf("with name set: %v", err)
	}
}

// TestOverrideShape checks that --set values are bounded before decoding.
func TestOverrideShape(t *testing.T) {
	for set, want := range map[string]string{
		"hazards.job_finding=" + strings.Repeat("[", 100):       "nest more than 16",
		"hazards.job_finding=" + strings.Repeat("1", 5000):      "at most 4096",
		"interventions.coaching.mode=digital\nx = 1":            "VALUE must be on one line",
		"cohort.size=30 hazards.job_finding = 99":               "is not a TOML value",
		"interventions.services.\"a\nb\".uptake=1":              "KEY must be a dotted path",
		"hazards.job_finding=" + strings.Repeat("a.", 20) + "b": "more than 16 parts",
	} {
		o, err := ParseOverride(set)
		if err == nil {
			src, _ := ShippedSource("intensive_coaching")
			_, err = LoadBytes(src, "intensive_coaching.toml", "", o)
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("--set %.40q: %v, want %q", set, err, want)
		}
	}
}
