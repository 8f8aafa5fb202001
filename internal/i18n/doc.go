// Package i18n is the one home of vwnw's text for people in Dutch ("nl",
// the default) and English ("en"):
//
//   - lang.go: the languages ([Langs], [Valid]).
//   - numbers.go: numbers in each notation — amounts ([Amount]: "€ 1.234",
//     "€1,234"), numbers, percentages, six significant digits, "n.b." /
//     "n/a" — and the plain-text tables' [Grouped].
//   - names.go: the stakeholders', states' and line items' names
//     ([Stakeholder], [StakeholderIn], [State], [Item]) and lists
//     ([JoinAnd]).
//   - breakeven.go: the sentence that states a break-even finding
//     ([BreakevenSentence]), for the notes of the analysis and the report.
//   - notes.go: the notes printed with the results of a sensitivity
//     analysis ([Notes]).
//   - page.go: every fixed string of the HTML report ([Page], [PageText]).
//   - board.go: the report's answer-first parts — the summary, the budget
//     per calendar year, the waterfall, the appendix ([Board], [BoardText]).
//   - verdict.go: the sentence that sums up a scenario for the board,
//     computed from its NPVs ([Verdict], [VerdictChance], [RoundedAmount]).
//   - terminal.go: the plain-text table and the Markdown that compare and
//     run print ([Terminal], [TerminalText]).
//   - sensitivity.go: the tables that vwnw sensitivity prints
//     ([Sensitivity], [SensitivityText]) and the notes and break-even
//     sentence in a language ([SensitivityNotes], [BreakevenMessage]).
//   - calibrate.go: the table that vwnw calibrate prints ([Calibrate],
//     [CalibrateText]).
//   - count.go: a number with its noun in the singular or the plural
//     ([Count], [Plural]): "1 person", "2 personen".
//   - params.go: the readable names of the parameter keys, for the
//     sensitivity analysis and the workbook ([ParamLabel]).
//
// Every Dutch text has an English twin with the same format verbs, and the
// reverse; a test keeps it so.
package i18n
