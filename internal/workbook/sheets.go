package workbook

import (
	"fmt"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// Column widths in characters.
const (
	wName   = 22 // scenario names and keys
	wTitle  = 48 // titles and labels
	wParty  = 22
	wAmount = 15
	wShare  = 11
	wText   = 60
	wHash   = 66
)

// compared lists the scenarios compared with the baseline: every scenario
// but the baseline, or the baseline alone when it is the only one.
func (b *book) compared() []*model.ScenarioResult {
	var out []*model.ScenarioResult
	for i := range b.r.Scenarios {
		s := &b.r.Scenarios[i]
		if s.Name == b.r.Baseline && len(b.r.Scenarios) > 1 {
			continue
		}
		out = append(out, s)
	}
	return out
}

// title is the scenario's title in the workbook's language.
func (b *book) title(s *model.ScenarioResult) string {
	if b.t.lang == "nl" && s.TitleNL != "" {
		return s.TitleNL
	}
	return s.Title
}

// summary writes the summary: per scenario and party the mean NPV, its
// 90% interval and the chance that it is positive.
func (b *book) summary(s *sheet) {
	t := b.t
	cols := []column{
		{t.Scenario, wName}, {t.Title, wTitle}, {t.Party, wParty}, {t.Mean, wAmount},
		{t.P5, wAmount}, {t.P95, wAmount}, {t.ProbPositive, wShare}, {t.PerPerson, wAmount},
	}
	s.header(cols)
	s.freeze(1, 0)
	for _, sc := range b.compared() {
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			n := *sc.NPV.At(st)
			s.str(1, sc.Name)
			s.str(2, b.title(sc))
			s.str(3, t.party(k))
			s.num(4, n.Mean, s.st.euro)
			s.num(5, n.P5, s.st.euro)
			s.num(6, n.P95, s.st.euro)
			s.prob(7, n)
			s.num(8, sc.NPVPerParticipant.At(st).Mean, s.st.euro)
			s.next()
		}
	}
	s.filter(1, len(cols))
	s.next()
	s.styled(1, t.AmountsNote, s.st.wrap)
	s.next()
	s.note(t.ZeroNote)
}

// byParty writes, per party and scenario, the whole summary of the NPV
// for the cohort and per person (divided by the whole cohort).
func (b *book) byParty(s *sheet) {
	t := b.t
	cols := []column{
		{t.Party, wParty}, {t.Scenario, wName}, {t.Mean, wAmount}, {t.SD, wAmount}, {t.SE, wAmount},
		{t.P5, wAmount}, {t.P50, wAmount}, {t.P95, wAmount}, {t.ProbPositive, wShare},
		{t.PerPerson, wAmount}, {t.PerPersonP5, wAmount}, {t.PerPersonP95, wAmount},
	}
	s.header(cols)
	s.freeze(1, 1)
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		for _, sc := range b.compared() {
			n, pp := *sc.NPV.At(st), *sc.NPVPerParticipant.At(st)
			s.str(1, t.party(k))
			s.str(2, sc.Name)
			for i, x := range []float64{n.Mean, n.SD, n.SE, n.P5, n.P50, n.P95} {
				s.num(3+i, x, s.st.euro)
			}
			s.prob(9, n)
			s.num(10, pp.Mean, s.st.euro)
			s.num(11, pp.P5, s.st.euro)
			s.num(12, pp.P95, s.st.euro)
			s.next()
		}
	}
	s.filter(1, len(cols))
}

// lineItem is one line item of a party's NPV.
type lineItem struct {
	party model.Stakeholder
	item  model.Item
	npv   model.Summary
}

// lineItems lists the line items of a scenario (npv_by_item), party by
// party in their fixed order and within a party in the items' fixed order;
// none when the results have no line items.
func lineItems(s *model.ScenarioResult) []lineItem {
	var out []lineItem
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		for _, it := range *s.NPVByItem.At(st) {
			out = append(out, lineItem{st, it.Item, it.Summary})
		}
	}
	return out
}

// items writes the line items of every scenario.
func (b *book) items(s *sheet) {
	list := b.compared()
	per := make([][]lineItem, len(list))
	found := false
	for i, sc := range list {
		per[i] = lineItems(sc)
		found = found || len(per[i]) > 0
	}
	b.writeItems(s, list, per, found)
}

func (b *book) writeItems(s *sheet, list []*model.ScenarioResult, per [][]lineItem, found bool) {
	t := b.t
	if !found {
		s.header([]column{{t.NoItems, wText}})
		s.freeze(1, 0)
		return
	}
	cols := []column{
		{t.Scenario, wName}, {t.Party, wParty}, {t.Item, wTitle}, {t.ItemKey, wName},
		{t.Mean, wAmount}, {t.P5, wAmount}, {t.P95, wAmount}, {t.ProbPositive, wShare},
	}
	s.header(cols)
	s.freeze(1, 0)
	for i, sc := range list {
		for _, it := range per[i] {
			s.str(1, sc.Name)
			s.str(2, t.party(int(it.party)))
			s.str(3, i18n.Item(it.item, t.lang))
			s.str(4, it.item.Key())
			s.num(5, it.npv.Mean, s.st.euro)
			s.num(6, it.npv.P5, s.st.euro)
			s.num(7, it.npv.P95, s.st.euro)
			s.prob(8, it.npv)
			s.next()
		}
	}
	s.filter(1, len(cols))
}

// yearBudget is the undiscounted cash flow of one calendar year per
// stakeholder, scenario minus baseline.
type yearBudget struct {
	year    int
	amounts [model.NumStakeholders]float64
}

// budgetByYear lists a scenario's budget per calendar year
// (budget_by_year), in increasing order of year; none when the results
// have no budget.
func budgetByYear(s *model.ScenarioResult) []yearBudget {
	b := s.BudgetByYear
	if b == nil {
		return nil
	}
	out := make([]yearBudget, len(b.Years))
	for i, y := range b.Years {
		out[i].year = y
		for k := range model.NumStakeholders {
			if v := *b.Amounts.At(model.Stakeholder(k)); i < len(v) {
				out[i].amounts[k] = v[i]
			}
		}
	}
	return out
}

// years writes the budget per calendar year of every scenario.
func (b *book) years(s *sheet) {
	list := b.compared()
	per := make([][]yearBudget, len(list))
	found := false
	for i, sc := range list {
		per[i] = budgetByYear(sc)
		found = found || len(per[i]) > 0
	}
	b.writeYears(s, list, per, found)
}

func (b *book) writeYears(s *sheet, list []*model.ScenarioResult, per [][]yearBudget, found bool) {
	t := b.t
	if !found {
		s.header([]column{{t.NoYears, wText}})
		s.freeze(1, 0)
		return
	}
	cols := []column{{t.Scenario, wName}, {t.Year, 13}}
	for k := range model.NumStakeholders {
		cols = append(cols, column{t.party(k) + " (€)", wAmount})
	}
	s.header(cols)
	s.freeze(1, 2)
	for i, sc := range list {
		for _, y := range per[i] {
			s.str(1, sc.Name)
			s.int(2, int64(y.year), s.st.year)
			for k, x := range y.amounts {
				s.num(3+k, x, s.st.euro)
			}
			s.next()
		}
	}
	s.filter(1, len(cols))
	s.next()
	note := t.YearsNote
	for _, sc := range list {
		if b := sc.BudgetByYear; b != nil {
			note += " " + fmt.Sprintf(t.YearsStart, b.StartMonth, b.StartYear)
			break
		}
	}
	s.note(note)
}

// numOutcomes is the number of outcomes in outcomeList.
const numOutcomes = 9

// outcome is one of the scenario's own outcomes.
type outcome struct {
	key   string
	s     model.Summary
	style func(*styles) int
}

func outcomeList(o *model.Outcomes) [numOutcomes]outcome {
	pct := func(st *styles) int { return st.pct1 }
	months := func(st *styles) int { return st.dec1 }
	return [numOutcomes]outcome{
		{"employed_6m", o.EmployedAt6, pct},
		{"employed_12m", o.EmployedAt12, pct},
		{"employed_24m", o.EmployedAt24, pct},
		{"months_unemployed", o.MonthsUnemployed, months},
		{"months_ww", o.MonthsWW, months},
		{"months_bijstand", o.MonthsBijstand, months},
		{"wage_ratio", o.WageRatio, func(st *styles) int { return st.dec3 }},
		{"cost_per_participant", o.CostPerParticipant, func(st *styles) int { return st.euro }},
		{"sector_change", o.SectorChange, pct},
	}
}

// outcomes writes every scenario's own outcomes (levels, not differences)
// beside the baseline's mean.
func (b *book) outcomes(s *sheet) {
	t := b.t
	cols := []column{
		{t.Scenario, wName}, {t.Outcome, 34}, {t.Key, wName}, {t.Average, wAmount},
		{"P5", wAmount}, {"P50", wAmount}, {"P95", wAmount}, {t.BaselineMean, wAmount},
	}
	s.header(cols)
	s.freeze(1, 0)
	var base *model.ScenarioResult
	for i := range b.r.Scenarios {
		if b.r.Scenarios[i].Name == b.r.Baseline {
			base = &b.r.Scenarios[i]
		}
	}
	for i := range b.r.Scenarios {
		sc := &b.r.Scenarios[i]
		var bl [numOutcomes]outcome
		if base != nil {
			bl = outcomeList(&base.Outcomes)
		}
		for j, o := range outcomeList(&sc.Outcomes) {
			style := o.style(s.st)
			s.str(1, sc.Name)
			s.str(2, t.Outcomes[j])
			s.str(3, o.key)
			s.num(4, o.s.Mean, style)
			s.num(5, o.s.P5, style)
			s.num(6, o.s.P50, style)
			s.num(7, o.s.P95, style)
			if base != nil {
				s.num(8, bl[j].s.Mean, style)
			}
			s.next()
		}
	}
	s.filter(1, len(cols))
}
