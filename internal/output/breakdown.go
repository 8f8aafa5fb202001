package output

import (
	"io"
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// breakdownCol is the width of a stakeholder column of Breakdown.
const breakdownCol = 11

// Breakdown writes, per scenario, where each stakeholder's mean NPV comes
// from: a row per line item that is not zero for every stakeholder, a
// column per stakeholder, and a totals row equal to the mean NPVs of Table.
// Labels are in lang (i18n.Langs).
func Breakdown(w io.Writer, r *model.Results, lang string) error {
	p, tx, tl := &Printer{W: w}, i18n.TerminalText(lang), textIn(lang)
	p.Printf(tx.Breakdown, r.Baseline, r.Run.PriceYear)
	width := labelWidth(lang)
	for i := range r.Scenarios {
		s := &r.Scenarios[i]
		if s.Name == r.Baseline && len(r.Scenarios) > 1 {
			continue
		}
		p.Printf("\n%s — %s\n", s.Name, tl.title(s))
		p.Printf("  %-*s", width, tx.ItemCol)
		for _, h := range tx.ItemHeads {
			p.Printf(" %*s", breakdownCol, h)
		}
		p.Printf("\n")
		for it := range model.NumItems {
			item := model.Item(it)
			if !anyItem(s, item) {
				continue
			}
			p.Printf("  %-*s", width, i18n.Item(item, lang))
			for k := range model.NumStakeholders {
				p.Printf(" %*s", breakdownCol, itemCell(s.NPVByItem.At(model.Stakeholder(k)), item, tl))
			}
			p.Printf("\n")
		}
		p.Printf("  %s\n", strings.Repeat("-", width+model.NumStakeholders*(breakdownCol+1)))
		p.Printf("  %-*s", width, tx.ItemTotal)
		for k := range model.NumStakeholders {
			p.Printf(" %*s", breakdownCol, tl.euros(s.NPV.At(model.Stakeholder(k)).Mean))
		}
		p.Printf("\n")
	}
	return p.Err
}

// labelWidth is the width of the widest item label in lang.
func labelWidth(lang string) int {
	width := len([]rune(i18n.TerminalText(lang).ItemCol))
	for it := range model.NumItems {
		width = max(width, len([]rune(i18n.Item(model.Item(it), lang))))
	}
	return width
}

// anyItem reports whether some stakeholder of s has item listed.
func anyItem(s *model.ScenarioResult, item model.Item) bool {
	for k := range model.NumStakeholders {
		if _, ok := s.NPVByItem.At(model.Stakeholder(k)).Get(item); ok {
			return true
		}
	}
	return false
}

// itemCell is the mean of item in x in the notation of tl, or "." when x does not list it
// (zero in every iteration).
func itemCell(x *model.ItemSummaries, item model.Item, tl textLang) string {
	sm, ok := x.Get(item)
	if !ok {
		return "."
	}
	return tl.euros(sm.Mean)
}
