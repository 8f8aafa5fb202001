package charts

import (
	"html/template"
	"math"
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// This file picks the notes of a sensitivity analysis in the language of
// the report, and holds the marks of results that cannot be told apart
// from Monte-Carlo noise.

// localNotes returns the notes of sn in lang (i18n.SensitivityNotes).
func localNotes(sn *model.Sensitivity, lang string) []string { return i18n.SensitivityNotes(sn, lang) }

// isEVPPIWarning reports whether the English note en is a warning about the
// EVPPI, such as too few parameter sets or an unstable ranking.
func isEVPPIWarning(en string) bool {
	return strings.HasPrefix(en, "Warning:") && strings.Contains(en, "EVPPI")
}

// evppiWarnings returns the warnings among the notes of sn that concern the
// EVPPI, in lang (as localNotes picks them), so that they can be shown
// beside the EVPPI chart as well as among the notes.
func evppiWarnings(sn *model.Sensitivity, lang string) []string {
	local := localNotes(sn, lang)
	var out []string
	for i, en := range sn.Notes {
		if isEVPPIWarning(en) && i < len(local) {
			out = append(out, local[i])
		}
	}
	return out
}

// noiseStyle is the style of a heat-table cell whose value cannot be told
// apart from Monte-Carlo noise: grey on white, not coloured as a finding.
const noiseStyle = template.CSS("background:#f7fafc;color:#718096")

// noiseMark is put before a value that cannot be told apart from noise, as
// the command line does; in a table cell it is followed by a narrow
// no-break space, so that "~ −0,3" does not read as "~~0,3".
const (
	noiseMark     = "~"
	noiseCellMark = noiseMark + "\u202f"
)

// markNoise marks c as a value that cannot be told apart from noise: the
// mark before its text, grey, and a line in its tooltip.
func (c *heatCell) markNoise(t *text) {
	c.Text, c.Style = noiseCellMark+c.Text, noiseStyle
	c.Title += "; " + t.NoiseTip
}

// Paler versions of the tornado's colours, for a bar within noise.
const (
	tornadoLowColor       = "#dd6b20"
	tornadoHighColor      = "#2b6cb0"
	tornadoLowNoiseColor  = "#f1c4a6"
	tornadoHighNoiseColor = "#aac4df"
	evppiColor            = "#4e79a7"
	evppiNoiseColor       = "#c5cfd9"
)

// evppiTested reports whether e carries the noise test of its EVPPIs
// (results written before it have no permutations, and every distinct
// flag false, which must not be read as "all noise").
func evppiTested(e *model.EVPI) bool { return e.Permutations > 0 }

// evppiNoise reports whether the EVPPI p for stakeholder k is marked as
// indistinguishable from noise: the test was run, p is not distinct, and
// its value rounds to at least € 1 (what shows as 0 needs no mark).
func evppiNoise(e *model.EVPI, p *model.EVPPI, k model.Stakeholder) bool {
	return evppiTested(e) && !*p.Distinct.At(k) && math.Round(*p.Cohort.At(k)) != 0
}
