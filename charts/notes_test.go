package charts

import (
	"fmt"
	"html/template"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/sensitivity"
)

func TestLocalNotes(t *testing.T) {
	en := []string{"One.", "Warning: two."}
	nl := []string{"Eén.", "Let op: twee."}
	tests := []struct {
		name   string
		lang   string
		en, nl []string
		want   []string
	}{
		{"Dutch report: the Dutch notes", "nl", en, nl, nl},
		{"English report: the English notes", "en", en, nl, en},
		{"Dutch report, results without notes_nl: English", "nl", en, nil, en},
		{"Dutch report, notes_nl of another length: English", "nl", en, nl[:1], en},
		{"Dutch report, one Dutch note empty: that one in English", "nl", en, []string{"Eén.", " "}, []string{"Eén.", "Warning: two."}},
		{"Dutch report, only Dutch notes", "nl", nil, nl, nl},
		{"English report, only Dutch notes: none", "en", nil, nl, nil},
		{"no notes", "nl", nil, nil, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := localNotes(&model.Sensitivity{Notes: tc.en, NotesNL: tc.nl}, tc.lang)
			if !slices.Equal(got, tc.want) {
				t.Errorf("localNotes = %q, want %q", got, tc.want)
			}
		})
	}
}

// notesList returns the items of the page's list of notes (Kanttekeningen
// or Caveats).
func notesList(t *testing.T, page string, tx *text) string {
	t.Helper()
	i := strings.Index(page, "<p><strong>"+tx.SensNotes+":</strong></p>")
	if i < 0 {
		t.Fatalf("page has no %s", tx.SensNotes)
	}
	j := strings.Index(page[i:], "</ul>")
	if j < 0 {
		t.Fatal("the notes' list does not end")
	}
	return page[i : i+j]
}

func TestNotesOnPage(t *testing.T) {
	r := loadFixture(t)
	sn := r.Sensitivity
	if len(sn.NotesNL) != len(sn.Notes) || len(sn.Notes) < 10 {
		t.Fatalf("the fixture should hold as many Dutch notes as English ones, has %d and %d", len(sn.NotesNL), len(sn.Notes))
	}
	esc := template.HTMLEscapeString
	tests := []struct {
		name      string
		lang      string
		dropNL    bool
		want, not []string
	}{
		{"Dutch report", "nl", false, sn.NotesNL, sn.Notes},
		{"English report", "en", false, sn.Notes, sn.NotesNL},
		{"Dutch report of results without notes_nl", "nl", true, sn.Notes, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := loadFixture(t)
			if tc.dropNL {
				r.Sensitivity.NotesNL = nil
			}
			tx := texts(tc.lang)
			list := notesList(t, renderString(t, r, tc.lang), tx)
			for _, w := range tc.want {
				if !strings.Contains(list, "<li>"+esc(w)+"</li>") {
					t.Errorf("%s lacks %q", tx.SensNotes, w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(list, "<li>"+esc(w)+"</li>") {
					t.Errorf("%s holds %q", tx.SensNotes, w)
				}
			}
		})
	}
}

// evppiTableOf returns the fixture's EVPPI table in lang.
func evppiTableOf(r *model.Results, lang string) *stakeTable {
	e := r.Sensitivity.EVPI
	return evppiTable(e, noFlowsOf(r, evpiAlternatives(r, e)), "één groep", texts(lang))
}

func TestEVPPINoiseMarks(t *testing.T) {
	r := loadFixture(t)
	e := r.Sensitivity.EVPI
	if e.Permutations == 0 {
		t.Fatal("the fixture's EVPPI should carry the noise test")
	}
	// The fixture must hold, for society, an EVPPI that is distinct, one
	// that is not but above zero, and one that is zero.
	var distinct, noisy, zero bool
	for _, p := range e.Partial {
		switch {
		case p.Distinct.Society:
			distinct = true
		case p.Cohort.Society != 0:
			noisy = true
		default:
			zero = true
		}
	}
	if !distinct || !noisy || !zero {
		t.Fatalf("the fixture's societal EVPPIs should be distinct, noise and zero: %v %v %v", distinct, noisy, zero)
	}

	tests := []struct {
		name   string
		tested bool // the results carry the noise test
	}{
		{"with the noise test", true},
		{"results written before the noise test", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := loadFixture(t)
			e := r.Sensitivity.EVPI
			if !tc.tested {
				e.Permutations = 0
				for i := range e.Partial {
					e.Partial[i].Distinct = model.ByStakeholder[bool]{}
					e.Partial[i].Raw = model.ByStakeholder[float64]{}
					e.Partial[i].NoiseFloor = model.ByStakeholder[float64]{}
				}
			}
			tb := evppiTableOf(r, "nl")
			marks := checkNoiseMarks(t, tb, e, tc.tested)
			if got := strings.Contains(tb.Guide, textNL.EVPPITableNoise); got != (marks > 0) {
				t.Errorf("the table's guide explains the marks: %v, want %v", got, marks > 0)
			}
			if last := tb.Rows[len(tb.Rows)-1]; strings.HasPrefix(last.Cells[0].Text, noiseMark) {
				t.Error("the EVPI row is marked")
			}

			checkEVPPIPage(t, r, e, tc.tested)
		})
	}
}

// checkNoiseMarks checks that the EVPPI table tb marks, and greys, exactly
// the cells of e that the noise test could not tell from zero (none when
// the results were written before the test, tested false), and returns
// how many it marks.
func checkNoiseMarks(t *testing.T, tb *stakeTable, e *model.EVPI, tested bool) (marks int) {
	t.Helper()
	byName := map[string]stakeRow{}
	for _, row := range tb.Rows {
		byName[strings.ReplaceAll(string(row.Name), "<wbr>", "")] = row
	}
	for i := range e.Partial {
		p := &e.Partial[i]
		name := strings.ReplaceAll(string(paramCell(p.Param, "nl")), "<wbr>", "")
		if len(p.Keys) > 0 {
			name = fmt.Sprintf(textNL.GroupOf, p.Param, strings.Join(p.Keys, ", "))
		}
		row, ok := byName[name]
		if !ok {
			t.Fatalf("the table has no row %q", name)
		}
		for c, k := range columnOrder() {
			cell := row.Cells[c]
			if cell == noFlowsCell {
				continue
			}
			want := tested && !*p.Distinct.At(k) && math.Round(*p.Cohort.At(k)) != 0
			if got := strings.HasPrefix(cell.Text, noiseMark); got != want {
				t.Errorf("%s, %s: %q marked %v, want %v", p.Param, k.Key(), cell.Text, got, want)
			}
			if got := cell.Style == noiseStyle; got != want {
				t.Errorf("%s, %s: grey %v, want %v", p.Param, k.Key(), got, want)
			}
			if want {
				marks++
			}
		}
	}
	return marks
}

// checkEVPPIPage checks the EVPPI chart's grey bars and labels and the
// page's guide to them, with and without the noise test (tested).
func checkEVPPIPage(t *testing.T, r *model.Results, e *model.EVPI, tested bool) {
	t.Helper()
	page := renderString(t, r, "nl")
	script := chartScript(t, page, "chart_evppi")
	if got := strings.Contains(script, evppiNoiseColor); got != tested {
		t.Errorf("the EVPPI chart has grey bars: %v, want %v", got, tested)
	}
	if tested && !strings.Contains(script, "vwnwEvppiLabel([true") && !strings.Contains(script, "vwnwEvppiLabel([false") {
		t.Error("the EVPPI chart's labels do not know which bars are noise")
	}
	if tested && strings.Contains(script, "vwnwEvppiLabel([") && !strings.Contains(script, ",true") &&
		!strings.Contains(script, "[true") {
		t.Error("the EVPPI chart marks no bar")
	}
	guide := fmt.Sprintf(textNL.EVPPINoiseGuide, e.Permutations)
	if tested && !strings.Contains(page, template.HTMLEscapeString(guide)) {
		t.Errorf("page lacks %q", guide)
	}
	if !tested && strings.Contains(page, template.HTMLEscapeString("~ en grijs")) {
		t.Error("page without the noise test explains marks")
	}
}

func TestEVPPIChartBarsMarked(t *testing.T) {
	e := &model.EVPI{Permutations: 99}
	for i, v := range []struct {
		value    float64
		distinct bool
	}{{900, true}, {300, false}, {100, true}} {
		p := model.EVPPI{Param: fmt.Sprintf("p%d", i)}
		p.Cohort.Society, p.Distinct.Society = v.value, v.distinct
		p.Raw.Society, p.NoiseFloor.Society = v.value+50, 50
		e.Partial = append(e.Partial, p)
	}
	c, err := evppiChart(e, e.Partial, &textNL)
	if err != nil {
		t.Fatal(err)
	}
	script := string(c.Script)
	for _, w := range []string{
		"vwnwEvppiLabel([false,true,false])",
		"vwnwEvppiTip([0,0,0], [950,350,150], [50,50,50], [false,true,false])",
		`{"value":300,"itemStyle":{"color":"` + evppiNoiseColor + `"}}`,
		`{"value":900}`,
	} {
		if !strings.Contains(script, w) {
			t.Errorf("EVPPI chart lacks %s", w)
		}
	}
}

func TestEVPPIWarningsOnPage(t *testing.T) {
	r := loadFixture(t)
	sn := r.Sensitivity
	var wantEN, wantNL []string
	for i, n := range sn.Notes {
		if isEVPPIWarning(n) {
			wantEN, wantNL = append(wantEN, n), append(wantNL, sn.NotesNL[i])
		}
	}
	if len(wantEN) == 0 {
		t.Fatal("the fixture should hold a warning about the EVPPI")
	}
	if !strings.HasPrefix(wantNL[0], "Let op:") {
		t.Fatalf("the Dutch note of %q is %q", wantEN[0], wantNL[0])
	}
	for _, tc := range []struct {
		lang string
		want []string
	}{{"nl", wantNL}, {"en", wantEN}} {
		page := renderString(t, r, tc.lang)
		// Beside the EVPPI, before the break-even, in the page's language.
		i := strings.Index(page, `id="chart_evppi"`)
		j := strings.Index(page, "<h3>"+texts(tc.lang).BreakevenTitle)
		if i < 0 || j < i {
			t.Fatalf("%s: no EVPPI chart before the break-even", tc.lang)
		}
		for _, w := range tc.want {
			if !strings.Contains(page[i:j], `<p class="note warn">`+template.HTMLEscapeString(w)+"</p>") {
				t.Errorf("%s: the EVPPI part lacks the warning %q", tc.lang, w)
			}
		}
	}
	for _, tc := range []struct {
		en   string
		want bool
	}{
		{"Warning: the EVPPI ranking is unstable.", true},
		{"Warning: only 100 parameter sets. EVPPI by regression needs at least 1,000 of them", true},
		{"EVPPI: the same for knowing one parameter", false},
		{"Warning: 95% intervals up to 0.59 wide", false},
	} {
		if got := isEVPPIWarning(tc.en); got != tc.want {
			t.Errorf("isEVPPIWarning(%q) = %v, want %v", tc.en, got, tc.want)
		}
	}
}

func TestEVPPINoneDistinct(t *testing.T) {
	r := loadFixture(t)
	if page := renderString(t, r, "nl"); strings.Contains(page, textNL.EVPPINoneDistinct) {
		t.Error("the fixture has a distinct societal EVPPI, yet the page says none is")
	}
	for i := range r.Sensitivity.EVPI.Partial {
		r.Sensitivity.EVPI.Partial[i].Distinct.Society = false
	}
	page := renderString(t, r, "nl")
	if !strings.Contains(page, textNL.EVPPINoneDistinct) {
		t.Errorf("page lacks %q", textNL.EVPPINoneDistinct)
	}
	// No chart of bars that are all noise: a sentence says why.
	if strings.Contains(page, `id="chart_evppi"`) || !strings.Contains(page, textNL.EVPPIFlat) {
		t.Errorf("with every EVPPI noise, the page has the EVPPI chart or lacks %q", textNL.EVPPIFlat)
	}
}

// TestEVPPIWithoutEVPI: when society's EVPI is € 0 the EVPPI chart would
// draw € 0 bars under a caption that speaks of the longest one; a sentence,
// in the language of the report, stands in its place.
func TestEVPPIWithoutEVPI(t *testing.T) {
	tests := []struct {
		name   string
		change func(e *model.EVPI)
		flat   func(*i18n.Page) string
	}{
		{"EVPI zero", func(e *model.EVPI) {
			e.Cohort.Society = 0
			for i := range e.Partial {
				e.Partial[i].Cohort.Society = 0
			}
		}, func(t *i18n.Page) string { return t.EVPPIFlatEVPI }},
		{"every EVPPI zero", func(e *model.EVPI) {
			for i := range e.Partial {
				e.Partial[i].Cohort.Society = 0.4
			}
		}, func(t *i18n.Page) string { return t.EVPPIFlat }},
		{"EVPI and an EVPPI", func(*model.EVPI) {}, nil},
	}
	for _, tt := range tests {
		for _, lang := range i18n.Langs {
			t.Run(tt.name+"/"+lang, func(t *testing.T) {
				r := loadFixture(t)
				tt.change(r.Sensitivity.EVPI)
				page := renderString(t, r, lang)
				chart := strings.Contains(page, `id="chart_evppi"`)
				if tt.flat == nil {
					if !chart || strings.Contains(page, i18n.PageText(lang).EVPPIFlat) || strings.Contains(page, i18n.PageText(lang).EVPPIFlatEVPI) {
						t.Error("the page lacks the EVPPI chart or says it has none")
					}
					return
				}
				if w := template.HTMLEscapeString(tt.flat(i18n.PageText(lang))); chart || !strings.Contains(page, `<p class="note">`+w+"</p>") {
					t.Errorf("the page has the EVPPI chart (%v) or lacks %q", chart, w)
				}
			})
		}
	}
}

func TestTornadoNoiseMarks(t *testing.T) {
	r := loadFixture(t)
	sn := r.Sensitivity
	var noisy []string
	parties := 0
	for _, b := range sn.Tornado {
		if b.Noise.Society {
			noisy = append(noisy, b.Param)
		}
		if b.Noise.Workers {
			parties++
		}
	}
	if len(noisy) == 0 || len(noisy) == len(sn.Tornado) || parties == 0 {
		t.Fatalf("the fixture should hold tornado swings within noise and beyond, for society and workers: %v", noisy)
	}
	page := renderString(t, r, "nl")
	script := chartScript(t, page, "chart_tornado")
	for _, b := range sn.Tornado {
		marked := strings.Contains(script, `"`+noiseMark+" "+paramName(b.Param, "nl")+`"`)
		if want := b.Noise.Society; marked != want {
			t.Errorf("tornado chart marks %s: %v, want %v", b.Param, marked, want)
		}
	}
	for _, c := range []string{tornadoLowNoiseColor, tornadoHighNoiseColor} {
		if !strings.Contains(script, c) {
			t.Errorf("tornado chart lacks the pale colour %s", c)
		}
	}
	guide := fmt.Sprintf(textNL.TornadoNoiseGuide, sensitivity.NoiseSEs)
	if n := strings.Count(page, guide); n != 2 {
		t.Errorf("page holds %q %d times, want 2 (chart and table)", guide, n)
	}

	tb := tornadoTable(sn.Tornado, noFlowsOf(r, []string{sn.Scenario}), &textNL)
	for _, row := range tb.Rows {
		name := strings.ReplaceAll(string(row.Name), "<wbr>", "")
		i := slices.IndexFunc(sn.Tornado, func(b model.TornadoBar) bool {
			return strings.ReplaceAll(string(paramCell(b.Param, "nl")), "<wbr>", "") == name
		})
		b := &sn.Tornado[i]
		for c, k := range columnOrder() {
			cell := row.Cells[c]
			if cell == noFlowsCell {
				continue
			}
			if got, want := strings.HasPrefix(cell.Text, noiseMark), *b.Noise.At(k); got != want {
				t.Errorf("%s, %s: %q marked %v, want %v", name, k.Key(), cell.Text, got, want)
			}
			if *b.Noise.At(k) && cell.Style != noiseStyle {
				t.Errorf("%s, %s: a swing within noise is coloured %s", name, k.Key(), cell.Style)
			}
			if se := *b.SwingSE.At(k); se != 0 && !strings.Contains(cell.Title, textNL.TornadoSE+": "+i18n.Amount(se, "nl")) {
				t.Errorf("%s, %s: tooltip %q lacks the standard error", name, k.Key(), cell.Title)
			}
		}
	}

	// Results without noise flags mark nothing and explain nothing.
	for i := range sn.Tornado {
		sn.Tornado[i].Noise = model.ByStakeholder[bool]{}
	}
	page = renderString(t, r, "nl")
	if strings.Contains(page, guide) || strings.Contains(chartScript(t, page, "chart_tornado"), tornadoLowNoiseColor) {
		t.Error("a tornado without noise flags is marked")
	}
}

func TestSobolChanceSentence(t *testing.T) {
	v := func(est float64) model.Interval { return model.Interval{Est: est, Lo: est / 2, Hi: est * 1.5} }
	tests := []struct {
		name      string
		lang      string
		chance    model.Interval
		inner     int
		want, not []string
	}{
		{"one cohort, little chance", "nl", v(0.08), 1,
			[]string{"Toeval binnen de groep (wie erin zit en wat hun overkomt) verklaart op zichzelf 8% van de variantie"},
			[]string{"gemiddelde van", "lees de eerste orde"}},
		{"ten cohorts, much chance", "nl", v(0.38), 10,
			[]string{"verklaart op zichzelf 38%", "Elke trekking is het gemiddelde van 10 gesimuleerde groepen",
				"Omdat toeval meer dan 10% van de variantie is, bevatten de totale indices ook de wisselwerking"}, nil},
		{"English, two cohorts", "en", v(0.45), 2,
			[]string{"explains 45% of the variance", "Each sample is the mean of 2 simulated cohorts",
				"Because chance is more than 10% of the variance, the total-order indices"}, nil},
		{"results without inner", "en", v(0.05), 0,
			[]string{"explains 5% of the variance"}, []string{"mean of", "Because"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sobolChance(tc.chance, tc.inner, texts(tc.lang))
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q lacks %q", got, w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(got, w) {
					t.Errorf("%q holds %q", got, w)
				}
			}
		})
	}
	// On the page, with the fixture's inner cohorts.
	r := loadFixture(t)
	if r.Sensitivity.Inner < 2 {
		t.Fatalf("the fixture's Sobol should average cohorts, inner = %d", r.Sensitivity.Inner)
	}
	w := fmt.Sprintf(textNL.SobolChanceInner, r.Sensitivity.Inner)
	if page := renderString(t, r, "nl"); !strings.Contains(page, template.HTMLEscapeString(w)) {
		t.Errorf("page lacks %q", w)
	}
}

// TestOmittedOne: one parameter left out of a chart is "the other
// assumption", not "the 1 other assumptions".
func TestOmittedOne(t *testing.T) {
	for _, lang := range i18n.Langs {
		tx := i18n.PageText(lang)
		tests := []struct {
			n          int
			many, one  string
			want, lack string
		}{
			{1, tx.TornadoOmitted, tx.TornadoOmittedOne, fmt.Sprintf(tx.TornadoOmittedOne, "x"), "1"},
			{2, tx.TornadoOmitted, tx.TornadoOmittedOne, fmt.Sprintf(tx.TornadoOmitted, 2, "x"), ""},
			{1, tx.SobolTableOmitted, tx.SobolTableOmittedOne, fmt.Sprintf(tx.SobolTableOmittedOne, "x"), "1"},
		}
		for _, tt := range tests {
			got := omittedText(tt.n, tt.many, tt.one, "x")
			if got != tt.want || (tt.lack != "" && strings.Contains(got, tt.lack)) {
				t.Errorf("%s: omittedText(%d) = %q, want %q", lang, tt.n, got, tt.want)
			}
		}
	}
	// On the page: a tornado of one bar more than the chart holds.
	r := loadFixture(t)
	bars := r.Sensitivity.Tornado
	for len(bars) <= maxSensBars {
		b := bars[0]
		b.Param = fmt.Sprintf("extra.p%02d", len(bars))
		bars = append(bars, b)
	}
	r.Sensitivity.Tornado = bars[:maxSensBars+1]
	page := renderString(t, r, "nl")
	if !strings.Contains(page, "De andere aanname staat niet in de grafiek; haar zwaai") || strings.Contains(page, "De 1 andere") {
		t.Error("the page does not say in the singular that one assumption is left out of the tornado")
	}
}
