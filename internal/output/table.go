package output

import (
	"io"
	"math"
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// textLang is how the table and the Markdown write in one language: the
// strings from i18n, the column widths, and how parties and amounts read.
type textLang struct {
	t    *i18n.Terminal
	lang string
	// row and outcomeRow are the formats of a stakeholder's line and an
	// outcome's; Dutch names are longer.
	row, outcomeRow string
}

func textIn(lang string) textLang {
	if lang == "nl" {
		return textLang{i18n.TerminalText(lang), lang, "  %-23s %13s %13s %13s %12s %9s\n", "  %-36s %*s %*s\n"}
	}
	return textLang{i18n.TerminalText(lang), "en", "  %-21s %12s %12s %12s %12s %9s\n", "  %-36s %*s %*s\n"}
}

// party names a stakeholder: its key in English, as scripts read it, its
// Dutch name in Dutch.
func (x textLang) party(st model.Stakeholder) string {
	if x.lang == "nl" {
		return i18n.Stakeholder(st, "nl")
	}
	return st.Key()
}

// euros formats whole euros: 1,234,567 and -1,234 in English, € amounts
// without the sign's symbol in Dutch (1.234.567, −1.234).
func (x textLang) euros(v float64) string {
	if x.lang == "nl" {
		return i18n.Number(math.Round(v), 0, "nl")
	}
	return Euros(v)
}

func (x textLang) title(s *model.ScenarioResult) string {
	if x.lang == "nl" && s.TitleNL != "" {
		return s.TitleNL
	}
	return s.Title
}

func (x textLang) outcome(o outcome, v float64) string {
	if math.IsNaN(v) {
		return i18n.NotAvailable(x.lang)
	}
	switch o.unit {
	case "%":
		return i18n.Number(100*v, 1, x.lang) + "%"
	case "months":
		return i18n.Number(v, 1, x.lang)
	case "ratio":
		return i18n.Number(v, 3, x.lang)
	}
	return x.euros(v)
}

// chance formats the chance of a positive NPV, or n/a for a party without
// cash flows, for which "0%" would read as a certain loss.
func (x textLang) chance(n model.Summary) string {
	if n.Zero() {
		return i18n.NotAvailable(x.lang)
	}
	return i18n.Number(100*n.ProbPositive, 0, x.lang) + "%"
}

// TableIn writes r for people in lang ("en" or "nl"): per scenario, the NPV
// against the baseline per stakeholder with its 90% interval and the chance
// that it is positive, then the key outcomes beside the baseline's.
func TableIn(w io.Writer, r *model.Results, lang string) error {
	x := textIn(lang)
	ew := &Printer{W: w}
	ru := r.Run
	ew.Printf(x.t.Header, r.Version, i18n.Count(ru.Iterations, i18n.Iterations, x.lang), ru.Seed, i18n.Count(ru.HorizonMonths, i18n.Months, x.lang),
		i18n.Number(100*ru.DiscountRate, 2, x.lang)+"%", ru.PriceYear)
	if c := ru.RulesCarriedForwardFrom; c > 0 {
		ew.Printf(x.t.Carried, c)
	}
	ew.Printf(x.t.Against, r.Baseline)
	var base *model.ScenarioResult
	for i := range r.Scenarios {
		if r.Scenarios[i].Name == r.Baseline {
			base = &r.Scenarios[i]
		}
	}
	for i := range r.Scenarios {
		s := &r.Scenarios[i]
		if s.Name == r.Baseline && len(r.Scenarios) > 1 {
			continue
		}
		ew.Printf(x.t.Scenario, s.Name, x.title(s), s.CohortSize)
		c := x.t.Cols
		ew.Printf(x.row, c[0], c[1], c[2], c[3], c[4], c[5])
		var none []string
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			n, pp := s.NPV.At(st), s.NPVPerParticipant.At(st)
			if st == model.Society {
				ew.Printf("%s", x.t.Rule)
			}
			ew.Printf(x.row, x.party(st), x.euros(n.Mean), x.euros(n.P5), x.euros(n.P95), x.euros(pp.Mean), x.chance(*n))
			if n.Zero() {
				none = append(none, x.party(st))
			}
		}
		if len(none) > 0 {
			ew.Printf(x.t.NoFlows, strings.Join(none, ", "))
		}
		// Each column as wide as its scenario's name, so the header stands
		// above its values.
		w1, w2 := max(14, len(s.Name)), max(14, len(r.Baseline))
		ew.Printf("\n"+x.outcomeRow, x.t.OutcomeCol, w1, s.Name, w2, r.Baseline)
		for j, o := range outcomes(&s.Outcomes) {
			bv := "-"
			if base != nil {
				bv = x.outcome(o, outcomes(&base.Outcomes)[j].s.Mean)
			}
			ew.Printf(x.outcomeRow, x.t.Outcomes[j], w1, x.outcome(o, o.s.Mean), w2, bv)
		}
	}
	ew.Printf(x.t.Footer, i18n.Count(ru.PersonMonths, i18n.PersonMonths, x.lang), i18n.Number(ru.ElapsedSeconds, 2, x.lang),
		i18n.Count(ru.Workers, i18n.Workers, x.lang))
	return ew.Err
}

// MarkdownIn writes r as Markdown tables in lang ("en" or "nl").
func MarkdownIn(w io.Writer, r *model.Results, lang string) error {
	x := textIn(lang)
	ew := &Printer{W: w}
	ew.Printf(x.t.MDHeader, r.Baseline, r.Run.PriceYear, i18n.Count(r.Run.Iterations, i18n.Iterations, x.lang), r.Run.Seed,
		i18n.Count(r.Run.HorizonMonths, i18n.Months, x.lang))
	if c := r.Run.RulesCarriedForwardFrom; c > 0 {
		ew.Printf(x.t.Carried, c)
	}
	for i := range r.Scenarios {
		s := &r.Scenarios[i]
		if s.Name == r.Baseline && len(r.Scenarios) > 1 {
			continue
		}
		ew.Printf(x.t.MDStake, x.title(s))
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			n := s.NPV.At(st)
			ew.Printf("| %s | %s | %s | %s | %s |\n", x.party(st), x.euros(n.Mean), x.euros(n.P5), x.euros(n.P95), x.chance(*n))
		}
		ew.Printf("%s", x.t.MDOutcome)
		for j, o := range outcomes(&s.Outcomes) {
			ew.Printf("| %s | %s | %s | %s |\n", x.t.Outcomes[j], x.outcome(o, o.s.Mean), x.outcome(o, o.s.P5), x.outcome(o, o.s.P95))
		}
	}
	return ew.Err
}
