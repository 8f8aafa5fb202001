package output

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model"
)

func results() *model.Results {
	r := &model.Results{Tool: "vwnw", Version: "test", Baseline: "baseline",
		Run: model.RunInfo{Seed: 1, Iterations: 10, HorizonMonths: 12, DiscountRate: 0.0225, PriceYear: 2021}}
	base := model.ScenarioResult{Name: "baseline", Title: "Baseline", CohortSize: 30}
	sc := model.ScenarioResult{Name: "plan", Title: "Plan", CohortSize: 30}
	sc.NPV.Society = model.Summary{Mean: 1234567.4, P5: -2000, P95: 3e6, ProbPositive: 0.875}
	sc.NPV.UWV = model.Summary{Mean: -1500}
	sc.NPVByItem.UWV = model.ItemSummaries{{Item: model.ItemWW, Summary: model.Summary{Mean: 2500}},
		{Item: model.ItemCaseManagers, Summary: model.Summary{Mean: -4000}}}
	sc.NPVByItem.Society = model.ItemSummaries{{Item: model.ItemProduction, Summary: model.Summary{Mean: 1238567.4}},
		{Item: model.ItemCaseManagers, Summary: model.Summary{Mean: -4000}}}
	sc.Outcomes.EmployedAt12 = model.Summary{Mean: 0.6912}
	base.Outcomes.EmployedAt12 = model.Summary{Mean: 0.5}
	sc.Outcomes.EmployedAt24 = model.Summarize(nil) // beyond the horizon
	r.Scenarios = []model.ScenarioResult{base, sc}
	return r
}

func TestTable(t *testing.T) {
	var b bytes.Buffer
	if err := Table(&b, results()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"  society                  1,234,567       -2,000    3,000,000            0       88%\n",
		"  uwv                         -1,500            0            0            0        0%\n",
		"  in a new job at 12 months                     69.1%          50.0%\n",
		"  in a new job at 24 months                       n/a           0.0%\n",
		"  receiving_employers              0            0            0            0       n/a\n",
		"  n/a: no cash flows that differ from the baseline (workers, releasing_employers, receiving_employers, municipalities, insurers, treasury)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "baseline — Baseline") {
		t.Error("the baseline gets a block of its own")
	}
}

func TestCSV(t *testing.T) {
	var b bytes.Buffer
	if err := CSV(&b, results()); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(rows), 1+2*(8+8+12)+4; got != want {
		t.Fatalf("%d rows, want %d", got, want)
	}
	found, item := false, false
	for _, r := range rows {
		if r[0] == "plan" && r[1] == "npv" && r[2] == "society" {
			found = r[3] == "1.2345674e+06" && r[9] == "0.875"
		}
		if r[0] == "plan" && r[1] == "npv_by_item" && r[2] == "uwv.case_managers" {
			item = r[3] == "-4000"
		}
	}
	if !found {
		t.Error("no exact row for plan/npv/society")
	}
	if !item {
		t.Error("no exact row for plan/npv_by_item/uwv.case_managers")
	}
	for _, r := range rows {
		if r[0] == "plan" && r[2] == "employed_24m" && strings.Join(r[3:], "") != "" {
			t.Errorf("an undefined outcome has cells %q, want empty", r[3:])
		}
	}
}

func TestWriteRejectsUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, results(), "xml"); err == nil || !strings.Contains(err.Error(), "table, json, csv, markdown") {
		t.Errorf("got %v", err)
	}
	for _, f := range Formats {
		if err := Write(&bytes.Buffer{}, results(), f); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func TestBreakdown(t *testing.T) {
	var b bytes.Buffer
	if err := Breakdown(&b, results(), "en"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"plan — Plan\n",
		"  WW                                      .           .           .       2,500           .           .           .           .\n",
		"  case managers ",
		"  NPV ",
		"  1,234,567\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("breakdown lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "wages") || strings.Contains(out, "baseline — Baseline") {
		t.Errorf("an item no stakeholder has, or the baseline, is listed:\n%s", out)
	}
	var nl bytes.Buffer
	if err := Breakdown(&nl, results(), "nl"); err != nil || !strings.Contains(nl.String(), "casemanagers") ||
		!strings.Contains(nl.String(), "  1.234.567\n") || strings.Contains(nl.String(), "1,234,567") {
		t.Errorf("Dutch labels and numbers: %v\n%s", err, nl.String())
	}
}
