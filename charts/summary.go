package charts

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// summaryPerTable is the most scenarios one summary table holds side by
// side, so that it fits a projector's 1280 pixels.
const summaryPerTable = 4

// summaryBlock is the answer the report opens with: one sentence per
// scenario and the table of the parties' NPVs.
type summaryBlock struct {
	Intro string
	// Changed says the run changed parameters (--set); may be empty.
	Changed   string
	Verdicts  []verdict
	Tables    []summaryTable
	AloneNote string // only the baseline was run
}

type verdict struct{ Title, Sentence string }

// summaryTable is one table of the summary: per party, per scenario, the
// mean NPV with its 90% interval and the chance of a gain.
type summaryTable struct {
	Scenarios []string
	Rows      []summaryRow
}

type summaryRow struct {
	Party  string
	Strong bool
	Cells  []summaryCell
}

type summaryCell struct {
	Mean, Interval, Chance string
	ChanceStyle            template.CSS
	// Sign is "pos", "neg" or "" for the colour of the mean.
	Sign string
}

// overridesText lists the --set overrides of a run, "" when none.
func overridesText(r *model.Results) string {
	return strings.Join(r.Run.Overrides, ", ")
}

// summarySection builds the report's opening: for every scenario against
// the baseline the generated verdict (i18n.Verdict) and the table of the
// eight parties.
func summarySection(r *model.Results, alts []*model.ScenarioResult, t *text) summaryBlock {
	b := i18n.BoardText(t.Lang)
	lang := t.Lang
	sb := summaryBlock{Intro: fmt.Sprintf(b.SummaryIntro, scenarioTitle(r, r.Baseline, lang), r.Run.PriceYear,
		i18n.Count(r.Run.HorizonMonths, i18n.Months, lang), i18n.Percent(r.Run.DiscountRate, 2, lang))}
	if o := overridesText(r); o != "" {
		sb.Changed = fmt.Sprintf(b.Changed, o)
	}
	if len(alts) == 0 {
		sb.AloneNote = i18n.VerdictAlone(lang)
		return sb
	}
	for _, s := range alts {
		sb.Verdicts = append(sb.Verdicts, verdict{Title: title(s, lang), Sentence: i18n.Verdict(&s.NPV, lang)})
	}
	for lo := 0; lo < len(alts); lo += summaryPerTable {
		sb.Tables = append(sb.Tables, summaryTableOf(alts[lo:min(lo+summaryPerTable, len(alts))], t))
	}
	return sb
}

func summaryTableOf(alts []*model.ScenarioResult, t *text) summaryTable {
	b := i18n.BoardText(t.Lang)
	var tb summaryTable
	for _, s := range alts {
		tb.Scenarios = append(tb.Scenarios, title(s, t.Lang))
	}
	for k := model.Stakeholder(0); int(k) < model.NumStakeholders; k++ {
		row := summaryRow{Party: t.Stakeholders[k], Strong: k == model.Society}
		for _, s := range alts {
			v := s.NPV.At(k)
			if v.Zero() {
				row.Cells = append(row.Cells, summaryCell{Mean: t.NoFlows, ChanceStyle: neutralStyle})
				continue
			}
			bg, fg := heatColor(v.ProbPositive)
			c := summaryCell{
				Mean:        i18n.RoundedAmount(v.Mean, t.Lang),
				Interval:    fmt.Sprintf(b.IntervalRange, i18n.RoundedAmount(v.P5, t.Lang), i18n.RoundedAmount(v.P95, t.Lang)),
				Chance:      i18n.Percent(v.ProbPositive, 0, t.Lang),
				ChanceStyle: template.CSS("background:" + bg + ";color:" + fg),
			}
			switch {
			case v.Mean > 0:
				c.Sign = "pos"
			case v.Mean < 0:
				c.Sign = "neg"
			}
			row.Cells = append(row.Cells, c)
		}
		tb.Rows = append(tb.Rows, row)
	}
	return tb
}

// changedNote says that the run changed parameters with --set, "" when it
// did not. --set applies to every scenario of a run.
func changedNote(r *model.Results, b *i18n.Board) string {
	if o := overridesText(r); o != "" {
		return fmt.Sprintf(b.Changed, o)
	}
	return ""
}

// provenance lists how the run was asked for, for the appendix: the
// changed parameters, the imposed cohort size, the baseline as given, the
// cohort files with their sha256 and the command line. Results written
// before these were recorded show only what they hold.
func provenance(r *model.Results, b *i18n.Board, lang string) []provRow {
	run := &r.Run
	ov := provRow{b.Overrides, b.NoOverride, false}
	if o := overridesText(r); o != "" {
		ov = provRow{b.Overrides, o, true}
	}
	size := b.OwnCohort
	if run.CohortSize > 0 {
		size = i18n.Number(float64(run.CohortSize), 0, lang)
	}
	out := []provRow{ov, {b.CohortSize, size, false}}
	if run.BaselineArg != "" {
		out = append(out, provRow{b.Baseline, run.BaselineArg, true})
	}
	for _, f := range run.CohortFiles {
		out = append(out, provRow{b.CohortFile, f.File + " (" + f.Scenario + "), sha256 " + f.SHA256, true})
	}
	if run.Command != "" {
		out = append(out, provRow{b.Command, run.Command, true})
	}
	return out
}
