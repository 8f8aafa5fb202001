package workbook

import (
	"github.com/vwnw/vwnw/model"
)

// sensitivity writes the results of `vwnw sensitivity`: one table per
// method present, one under another, each with its heading. The sheet holds
// several tables, so only its first rows (scenario, method) stay in view.
func (b *book) sensitivity(s *sheet) {
	t, sn := b.t, b.r.Sensitivity
	s.styled(1, t.SensScenario, s.st.head)
	s.styled(2, sn.Scenario+" − "+sn.Baseline, s.st.head)
	s.next()
	s.styled(1, t.SensMethod, s.st.head)
	s.styled(2, sn.Method, s.st.head)
	s.next()
	s.freeze(2, 0)
	if sn.Samples > 0 {
		s.str(1, t.SensSamples)
		s.int(2, int64(sn.Samples), s.st.count)
		s.next()
	}
	widths := []float64{wTitle, 40, wParty, wAmount, wAmount, wAmount, wAmount, wAmount, wAmount, wShare}
	for i, w := range widths {
		if s.err == nil {
			col := string(rune('A' + i))
			s.err = s.f.SetColWidth(s.name, col, col, w)
		}
	}
	if len(sn.Tornado) > 0 {
		b.tornado(s, sn.Tornado)
	}
	if len(sn.Sobol) > 0 {
		b.sobol(s, sn)
	}
	if sn.EVPI != nil {
		b.evpi(s, sn.EVPI)
	}
	if sn.Breakeven != nil {
		b.breakeven(s, sn.Breakeven)
	}
	b.sensNotes(s, sn)
}

// label is the readable name of a parameter key, or the key itself.
func (b *book) label(key string) string {
	if l, ok := b.labels[key]; ok {
		return l
	}
	return key
}

// block starts a table: a blank row, its heading, and its column heads.
func (s *sheet) block(heading string, heads ...string) {
	s.next()
	s.styled(1, heading, s.st.title)
	s.next()
	for i, h := range heads {
		s.styled(i+1, h, s.st.head)
	}
	s.next()
}

// param writes a parameter's label and key in the first two columns.
func (b *book) param(s *sheet, key string) {
	s.str(1, b.label(key))
	s.str(2, key)
}

func (b *book) tornado(s *sheet, bars []model.TornadoBar) {
	t := b.t
	s.block(t.Tornado, t.Param, t.ParamKey, t.Party, t.LowValue, t.HighValue, t.AtLow, t.AtHigh,
		t.Swing, t.SwingSE, t.Noise)
	for _, bar := range bars {
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			lo, hi := *bar.AtLow.At(st), *bar.AtHi.At(st)
			b.param(s, bar.Param)
			s.str(3, t.party(k))
			s.num(4, bar.Low, s.st.general)
			s.num(5, bar.High, s.st.general)
			s.num(6, lo, s.st.euro)
			s.num(7, hi, s.st.euro)
			s.num(8, hi-lo, s.st.euro)
			s.num(9, *bar.SwingSE.At(st), s.st.euro)
			s.bool(10, *bar.Noise.At(st))
			s.next()
		}
	}
}

func (b *book) sobol(s *sheet, sn *model.Sensitivity) {
	t := b.t
	s.block(t.Sobol, t.Param, t.ParamKey, t.Party, t.FirstOrder, t.FirstLo, t.FirstHi,
		t.TotalOrder, t.TotalLo, t.TotalHi)
	for _, ix := range sn.Sobol {
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			b.param(s, ix.Param)
			s.str(3, t.party(k))
			s.interval(4, *ix.First.At(st))
			s.interval(7, *ix.Total.At(st))
			s.next()
		}
	}
	if sn.SobolStochastic == nil {
		return
	}
	for k := range model.NumStakeholders {
		s.str(1, t.Chance)
		s.str(3, t.party(k))
		s.interval(4, *sn.SobolStochastic.At(model.Stakeholder(k)))
		s.next()
	}
}

// interval writes an estimate and its 95% interval as shares.
func (s *sheet) interval(col int, iv model.Interval) {
	s.num(col, iv.Est, s.st.dec3)
	s.num(col+1, iv.Lo, s.st.dec3)
	s.num(col+2, iv.Hi, s.st.dec3)
}

func (b *book) evpi(s *sheet, e *model.EVPI) {
	t := b.t
	s.block(t.EVPI, t.Party, t.Best, t.Cohort, t.PerPerson)
	for k := range model.NumStakeholders {
		st := model.Stakeholder(k)
		s.str(1, t.party(k))
		s.str(2, *e.Best.At(st))
		s.num(3, *e.Cohort.At(st), s.st.euro)
		s.num(4, *e.PerParticipant.At(st), s.st.euro)
		s.next()
	}
	if len(e.ProbBest) == len(e.Options) && len(e.Options) > 0 {
		s.block(t.ProbBest, t.Option, t.ProbBest)
		for i, o := range e.Options {
			s.str(1, o)
			s.num(2, e.ProbBest[i], s.st.pct0)
			s.next()
		}
	}
	if len(e.Partial) == 0 {
		return
	}
	s.block(t.EVPPI, t.Param, t.ParamKey, t.Party, t.Cohort, t.PerPerson, t.Raw, t.NoiseFloor, t.Distinct)
	for _, p := range e.Partial {
		for k := range model.NumStakeholders {
			st := model.Stakeholder(k)
			b.param(s, p.Param)
			s.str(3, t.party(k))
			s.num(4, *p.Cohort.At(st), s.st.euro)
			s.num(5, *p.PerParticipant.At(st), s.st.euro)
			s.num(6, *p.Raw.At(st), s.st.euro)
			s.num(7, *p.NoiseFloor.At(st), s.st.euro)
			s.bool(8, *p.Distinct.At(st))
			s.next()
		}
	}
}

func (b *book) breakeven(s *sheet, be *model.Breakeven) {
	t := b.t
	s.block(t.Breakeven, t.Param, t.ParamKey, t.Party, t.Roots)
	party := be.Stakeholder
	for k := range model.NumStakeholders {
		if model.Stakeholder(k).Key() == be.Stakeholder {
			party = t.party(k)
		}
	}
	roots := be.Roots
	if len(roots) == 0 {
		b.param(s, be.Param)
		s.str(3, party)
		s.str(4, t.NoRoot)
		s.next()
	}
	for _, x := range roots {
		b.param(s, be.Param)
		s.str(3, party)
		s.num(4, x, s.st.general)
		s.next()
	}
	msg := be.Message
	if b.t.lang == "nl" && be.MessageNL != "" {
		msg = be.MessageNL
	}
	if msg != "" {
		s.str(1, t.Message)
		s.str(2, msg)
		s.next()
	}
	if len(be.Grid) == 0 {
		return
	}
	s.block(b.label(be.Param)+" — "+party, t.Value, t.NPVAt)
	for _, g := range be.Grid {
		s.num(1, g.Value, s.st.general)
		s.num(2, g.NPV, s.st.euro)
		s.next()
	}
}

// sensNotes writes the caveats in the workbook's language.
func (b *book) sensNotes(s *sheet, sn *model.Sensitivity) {
	notes := sn.Notes
	if b.t.lang == "nl" && len(sn.NotesNL) == len(sn.Notes) {
		notes = sn.NotesNL
	}
	if len(notes) == 0 {
		return
	}
	s.next()
	s.styled(1, b.t.Notes, s.st.title)
	s.next()
	for _, n := range notes {
		s.str(1, n)
		s.next()
	}
}
