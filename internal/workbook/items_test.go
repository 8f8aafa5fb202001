package workbook

import (
	"strconv"
	"testing"

	"github.com/vwnw/vwnw/model"
)

func TestItems(t *testing.T) {
	r := fixture(t)
	f, _ := write(t, r, Options{})
	rows, _ := f.GetRows("Posten")
	if len(rows) != 1 || len(rows[0]) != 1 || rows[0][0] != textNL.NoItems {
		t.Errorf("results without line items: rows %q, want one row that says so", rows)
	}

	wages := model.Summary{Mean: 1234.5, P5: -10, P95: 2000, SD: 1, ProbPositive: 0.7}
	defer func(old func(*model.ScenarioResult) []lineItem) { lineItems = old }(lineItems)
	lineItems = func(s *model.ScenarioResult) []lineItem {
		if s.Name != "transition_fund" {
			return nil
		}
		return []lineItem{{model.Workers, "wages", wages}, {model.UWV, "unknown_item", wages}}
	}
	f, _ = write(t, r, Options{})
	str(t, f, "Posten", "A2", "transition_fund")
	str(t, f, "Posten", "B2", "werknemers")
	str(t, f, "Posten", "C2", "loon")
	str(t, f, "Posten", "D2", "wages")
	number(t, f, "Posten", "E2", wages.Mean, fmtEuro)
	number(t, f, "Posten", "F2", wages.P5, fmtEuro)
	number(t, f, "Posten", "G2", wages.P95, fmtEuro)
	number(t, f, "Posten", "H2", wages.ProbPositive, fmtPct0)
	str(t, f, "Posten", "C3", "unknown_item") // no label: the key
	str(t, f, "Posten", "A4", "")
}

func TestYears(t *testing.T) {
	r := fixture(t)
	f, _ := write(t, r, Options{Lang: "en"})
	rows, _ := f.GetRows("By year")
	if len(rows) != 1 || len(rows[0]) != 1 || rows[0][0] != textEN.NoYears {
		t.Errorf("results without a budget per year: rows %q, want one row that says so", rows)
	}

	defer func(old func(*model.ScenarioResult) []yearBudget) { budgetByYear = old }(budgetByYear)
	budgetByYear = func(s *model.ScenarioResult) []yearBudget {
		var out []yearBudget
		for y := 2021; y < 2024; y++ {
			var b yearBudget
			b.year = y
			for k := range b.amounts {
				b.amounts[k] = float64(y*10 + k)
			}
			out = append(out, b)
		}
		return out
	}
	f, _ = write(t, r, Options{Lang: "en"})
	str(t, f, "By year", "A1", "Scenario")
	str(t, f, "By year", "J1", "society (€)")
	str(t, f, "By year", "A2", r.Scenarios[1].Name)
	number(t, f, "By year", "B2", 2021, fmtYear)
	number(t, f, "By year", "C2", 20210, fmtEuro)
	number(t, f, "By year", "J4", 20237, fmtEuro)
	last := 1 + 3*(len(r.Scenarios)-1)
	str(t, f, "By year", "A"+strconv.Itoa(last), r.Scenarios[len(r.Scenarios)-1].Name)
	p, _ := f.GetPanes("By year")
	if p.YSplit != 1 || p.XSplit != 2 {
		t.Errorf("By year: %d rows and %d columns frozen, want 1 and 2", p.YSplit, p.XSplit)
	}
}
