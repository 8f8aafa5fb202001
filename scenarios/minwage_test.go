package scenarios

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model/rules"
)

// TestWageFloorBelowEveryMinimum keeps the floor of wage.go at 70% of the
// lowest statutory minimum the table holds, and the message's figure
// equal to it.
func TestWageFloorBelowEveryMinimum(t *testing.T) {
	lowest := 1e9
	for _, tb := range rules.Tables() {
		y, ok := minimumWageYear(tb.Year)
		if !ok {
			t.Fatalf("%d: no minimum", tb.Year)
		}
		for age := 15.0; age <= 80; age++ {
			lowest = min(lowest, y.MinimumHourlyAt(age))
		}
	}
	if got := euro(lowest); !strings.HasPrefix(lowestMinimumWage, got+" an hour") {
		t.Errorf("lowest minimum %s; the message says %s", got, lowestMinimumWage)
	}
	if minHourlyWage > 0.7*lowest+0.005 {
		t.Errorf("floor %v above 70%% of the lowest minimum %v", minHourlyWage, lowest)
	}
}

func TestMinimumHourly(t *testing.T) {
	for _, tt := range []struct {
		age  float64
		year int
		want string
	}{
		{40, 2020, "€9.54"}, {21, 2023, "€11.16"}, {20.9, 2024, "€10.62"}, {15, 2020, "€2.86"}, {64, 2026, "€14.71"},
	} {
		y, ok := minimumWageYear(tt.year)
		if !ok {
			t.Fatalf("%d: no minimum", tt.year)
		}
		if m := y.MinimumHourlyAt(tt.age); euro(m) != tt.want {
			t.Errorf("minimum at %v in %d = %s; want %s", tt.age, tt.year, euro(m), tt.want)
		}
	}
	for _, year := range []int{2019, rules.LastYear} {
		if _, ok := minimumWageYear(year); ok {
			t.Errorf("%d has a minimum wage of its own; the tables run 2020–2026", year)
		}
	}
}

// TestWageWarning checks the warning for persons paid below the statutory
// minimum: only from a cohort file, naming the one farthest below, and not
// stopping the load.
func TestWageWarning(t *testing.T) {
	dir := t.TempDir()
	csv := "leeftijd;opleiding;dienstjaren;maandloon;contracturen;huishouden;opzegtermijn\n" +
		"58;laag;22;1100;30;alleenstaand;4\n" + // €8.46 an hour against €9.54
		"18;laag;1;400;20;alleenstaand;4\n" + // €4.62 against 50% of €9.54, €4.77
		"19;laag;1;500;20;alleenstaand;4\n" + // €5.77 against 60%, €5.72: fine
		"40;laag;22;1800;30;alleenstaand;4\n"
	os.WriteFile(filepath.Join(dir, "p.csv"), []byte(csv), 0o644)
	os.WriteFile(filepath.Join(dir, "s.toml"), []byte("extends = \"baseline\"\n[cohort]\nfile = \"p.csv\"\n"), 0o644)
	s, err := Load(filepath.Join(dir, "s.toml"))
	if err != nil {
		t.Fatal(err)
	}
	ws := s.Warnings()
	if len(ws) != 1 {
		t.Fatalf("warnings %v, want one", ws)
	}
	for _, want := range []string{"s.toml:3: cohort.file: p.csv: 2 of 4 persons earn less than the statutory minimum wage for their age in 2020",
		"the farthest below, aged 58, €1100 a month at 30 contract hours a week: €8.46 an hour against a minimum of €9.54", "not per four weeks"} {
		if !strings.Contains(ws[0].String(), want) {
			t.Errorf("warning %q lacks %q", ws[0], want)
		}
	}
	if ws := mustLoad(t, "baseline").Warnings(); len(ws) != 0 {
		t.Errorf("the synthetic baseline warns: %v", ws)
	}
}
