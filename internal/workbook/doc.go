// Package workbook writes the results of a run as an Excel workbook
// (results.xlsx) for policy advisors, with github.com/xuri/excelize/v2.
//
// The sheets, Dutch by default and English with Options.Lang "en":
//
//	Samenvatting  Summary      per scenario and party: mean NPV, p5, p95, P(NPV > 0)
//	Per partij    By party     per party and scenario: the whole NPV summary, also per person (÷ cohort)
//	Posten        Items        the NPV per line item (when the results hold line items)
//	Per jaar      By year      the undiscounted budget per calendar year (when the results hold it)
//	Uitkomsten    Outcomes     every scenario's own outcomes beside the baseline's
//	Bezetting     Occupancy    the share of the cohort per state per month, per scenario
//	Aannames      Assumptions  every parameter the caller passes: key, label, value or distribution, source
//	Gevoeligheid  Sensitivity  the sensitivity analysis, when the results hold one
//	Over          About        version, seed, settings, how the run was called, hashes of the inputs
//
// Numbers are stored as numbers with a number format (euros, percentages,
// months), so they can be summed and charted. The formats are written in the
// file's neutral notation (#,##0 and 0.0%); Excel shows them with the
// separators of the reader's own locale, so Dutch Excel shows € 1.234 and
// 62,3% and English Excel € 1,234 and 62.3%. Text from the inputs — titles,
// names, labels, sources — is always stored as text: a scenario titled
// "=HYPERLINK(…)" shows those characters and never becomes a formula.
// Header rows are frozen and columns are wide enough to read.
//
// The same results and options give the same bytes: the document
// properties carry Options.Created or the fixed FixedTime, and the run's
// elapsed time and worker count, which differ between runs with the same
// seed, are left out.
package workbook
