package i18n

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/model"
)

// breakevenText are the sentences that state a break-even finding.
type breakevenText struct {
	AllZero string // stakeholder, parameter, lo, hi, values checked
	None    string // parameter, lo, hi, stakeholder, side, span, values checked
	One     string // stakeholder, parameter, root, span
	Many    string // stakeholder, roots, parameter, the roots, span
	Span    string // NPV at the first value, the value, NPV at the last, the value
	Pos     string
	Neg     string
}

var breakevenNL = breakevenText{
	AllZero: "De gemiddelde netto contante waarde voor %s is nul bij elke waarde van %s tussen %s en %s (nagegaan bij %d gelijk verdeelde waarden): " +
		"er zijn daar geen geldstromen die van het nul-alternatief verschillen, dus er is geen omslagpunt.",
	None: "Geen waarde van %s tussen %s en %s brengt de gemiddelde netto contante waarde voor %s op nul: die blijft %s; %s (nagegaan bij %d gelijk verdeelde waarden).",
	One:  "De gemiddelde netto contante waarde voor %s is nul bij %s = %s; %s.",
	Many: "De gemiddelde netto contante waarde voor %s gaat %d keer door nul, bij %s = %s; %s.",
	Span: "ze loopt van %s bij %s tot %s bij %s",
	Pos:  "positief",
	Neg:  "negatief",
}

var breakevenEN = breakevenText{
	AllZero: "The mean NPV of %s is zero at every value of %s in [%s, %s] (checked at %d evenly spaced values): " +
		"it has no cash flows that differ from the baseline there, so there is no break-even.",
	None: "No value of %s in [%s, %s] brings the mean NPV of %s to zero: it stays %s, %s (checked at %d evenly spaced values).",
	One:  "The mean NPV of %s is zero at %s = %s; it runs %s.",
	Many: "The mean NPV of %s crosses zero %d times, at %s = %s; it runs %s.",
	Span: "from %s at %s to %s at %s",
	Pos:  "positive",
	Neg:  "negative",
}

// breakevenValue writes a value of the parameter param in a break-even
// sentence: a parameter in euros (its label ends in "(€)") as an amount,
// with cents unless it is whole ("€ 91,70", "€ 50"); any other to four
// significant digits ("57,62", "0,1235").
func breakevenValue(param string, x float64, lang string) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return NotAvailable(lang)
	}
	if !strings.HasSuffix(ParamLabel(param, "en"), "(€)") {
		r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 4, 64), 64)
		return Significant(r, lang)
	}
	cents := math.Round(x * 100)
	if math.Mod(cents, 100) == 0 {
		return Amount(x, lang)
	}
	euro := "€ "
	if lang == "en" {
		euro = "€"
	}
	sign := ""
	if cents < 0 {
		sign = Minus
	}
	return sign + euro + Number(math.Abs(cents)/100, 2, lang)
}

// BreakevenSentence states in lang what the break-even search b found
// (b.Grid not empty): the value(s) of the parameter at which the
// stakeholder's mean NPV is zero, or that there is none, with the range of
// the NPV over the values searched. English names the stakeholder by its
// key, Dutch by its name. The parameter's values are written by
// breakevenValue: euros to the cent, others to four significant digits. A grid that is zero everywhere (b.AllZero, or
// results written before it existed) has no break-even.
func BreakevenSentence(b *model.Breakeven, lang string) string {
	t, who, list := &breakevenNL, StakeholderInByKey(b.Stakeholder, "nl"), func(v []string) string { return JoinAnd(v, "nl") }
	if lang == "en" {
		t, who, list = &breakevenEN, b.Stakeholder, func(v []string) string { return strings.Join(v, ", ") }
	}
	num := func(x float64) string { return breakevenValue(b.Param, x, lang) }
	if b.AllZero || !slices.ContainsFunc(b.Grid, func(p model.BreakevenPoint) bool { return p.NPV != 0 }) {
		return fmt.Sprintf(t.AllZero, who, b.Param, num(b.Lo), num(b.Hi), len(b.Grid))
	}
	first, last := b.Grid[0], b.Grid[len(b.Grid)-1]
	span := fmt.Sprintf(t.Span, Amount(first.NPV, lang), num(first.Value), Amount(last.NPV, lang), num(last.Value))
	switch len(b.Roots) {
	case 0:
		top := math.Inf(-1)
		for _, p := range b.Grid {
			top = max(top, p.NPV)
		}
		side := t.Pos
		if top < 0 {
			side = t.Neg
		}
		return fmt.Sprintf(t.None, b.Param, num(b.Lo), num(b.Hi), who, side, span, len(b.Grid))
	case 1:
		return fmt.Sprintf(t.One, who, b.Param, num(b.Roots[0]), span)
	}
	vs := make([]string, len(b.Roots))
	for i, r := range b.Roots {
		vs[i] = num(r)
	}
	return fmt.Sprintf(t.Many, who, len(b.Roots), b.Param, list(vs), span)
}
