package workbook

import (
	"strconv"
	"testing"

	"github.com/vwnw/vwnw/model"
)

func TestItems(t *testing.T) {
	r := fixture(t)
	for i := range r.Scenarios {
		r.Scenarios[i].NPVByItem = model.ByStakeholder[model.ItemSummaries]{}
	}
	f, _ := write(t, r, Options{})
	rows, _ := f.GetRows("Posten")
	if len(rows) != 1 || len(rows[0]) != 1 || rows[0][0] != textNL.NoItems {
		t.Errorf("results without line items: rows %q, want one row that says so", rows)
	}

	wages := model.Summary{Mean: 1234.5, P5: -10, P95: 2000, SD: 1, ProbPositive: 0.7}
	tax := model.Summary{Mean: -99, P5: -200, P95: 3, SD: 1, ProbPositive: 0.1}
	r.Scenarios[2].NPVByItem = model.ByStakeholder[model.ItemSummaries]{
		Workers: model.ItemSummaries{{Item: model.ItemWages, Summary: wages}, {Item: model.ItemTax, Summary: tax}},
		UWV:     model.ItemSummaries{{Item: model.ItemWW, Summary: tax}},
	}
	f, _ = write(t, r, Options{})
	const sh = "Posten"
	sc := r.Scenarios[2].Name
	for i, want := range []struct {
		party, label, key string
		s                 model.Summary
	}{
		{"werknemers", "lonen", "wages", wages}, // party by party, in the items' order
		{"werknemers", "inkomstenbelasting", "tax", tax},
		{"UWV", "WW", "ww", tax},
	} {
		row := strconv.Itoa(2 + i)
		str(t, f, sh, "A"+row, sc)
		str(t, f, sh, "B"+row, want.party)
		str(t, f, sh, "C"+row, want.label)
		str(t, f, sh, "D"+row, want.key)
		number(t, f, sh, "E"+row, want.s.Mean, fmtEuro)
		number(t, f, sh, "F"+row, want.s.P5, fmtEuro)
		number(t, f, sh, "G"+row, want.s.P95, fmtEuro)
		number(t, f, sh, "H"+row, want.s.ProbPositive, fmtPct0)
	}
	str(t, f, sh, "A5", "")
}

func TestYears(t *testing.T) {
	r := fixture(t)
	for i := range r.Scenarios {
		r.Scenarios[i].BudgetByYear = nil
	}
	f, _ := write(t, r, Options{Lang: "en"})
	rows, _ := f.GetRows("By year")
	if len(rows) != 1 || len(rows[0]) != 1 || rows[0][0] != textEN.NoYears {
		t.Errorf("results without a budget per year: rows %q, want one row that says so", rows)
	}

	for i := range r.Scenarios {
		b := &model.Budget{StartYear: 2020, StartMonth: 9, Years: []int{2020, 2021, 2022}}
		for k := range model.NumStakeholders {
			*b.Amounts.At(model.Stakeholder(k)) = []float64{float64(2020*10 + k), float64(2021*10 + k), float64(2022*10 + k)}
		}
		r.Scenarios[i].BudgetByYear = b
	}
	f, _ = write(t, r, Options{Lang: "en"})
	const sh = "By year"
	str(t, f, sh, "A1", "Scenario")
	str(t, f, sh, "J1", "society (€)")
	str(t, f, sh, "A2", r.Scenarios[1].Name)
	number(t, f, sh, "B2", 2020, fmtYear)
	number(t, f, sh, "C2", 20200, fmtEuro)
	number(t, f, sh, "J4", 20227, fmtEuro)
	last := 1 + 3*(len(r.Scenarios)-1)
	str(t, f, sh, "A"+strconv.Itoa(last), r.Scenarios[len(r.Scenarios)-1].Name)
	p, _ := f.GetPanes(sh)
	if p.YSplit != 1 || p.XSplit != 2 {
		t.Errorf("By year: %d rows and %d columns frozen, want 1 and 2", p.YSplit, p.XSplit)
	}
	rows, _ = f.GetRows(sh)
	if note := rows[len(rows)-1][0]; note != textEN.YearsNote+" The first year starts in month 9 of 2020; the last ends with the horizon." {
		t.Errorf("By year: note %q", note)
	}
}

func TestYearsFromRun(t *testing.T) {
	r := fixture(t)
	sc := &r.Scenarios[1]
	if sc.BudgetByYear == nil {
		t.Fatal("fixture: no budget_by_year")
	}
	f, _ := write(t, r, Options{})
	const sh = "Per jaar"
	for i, y := range sc.BudgetByYear.Years {
		row := strconv.Itoa(2 + i)
		str(t, f, sh, "A"+row, sc.Name)
		number(t, f, sh, "B"+row, float64(y), fmtYear)
		number(t, f, sh, "F"+row, sc.BudgetByYear.Amounts.UWV[i], fmtEuro)
		number(t, f, sh, "J"+row, sc.BudgetByYear.Amounts.Society[i], fmtEuro)
	}
}
