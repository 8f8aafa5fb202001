package output

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model"
)

// sensResults are results holding a sensitivity analysis by method.
func sensResults(method string) *model.Results {
	r := results()
	sn := &model.Sensitivity{Scenario: "plan", Baseline: "baseline", Method: method, Samples: 8, CohortSize: 30}
	switch method {
	case "tornado":
		for i, p := range []string{"a.small", "b.large", "c.middle"} {
			b := model.TornadoBar{Param: p, Low: float64(i), High: 10 * float64(i+1)}
			b.Base.Society, b.AtLow.Society, b.AtHi.Society = 100, 100-float64(i*i)*1000, 100+float64(i*i)*1000
			b.Base.UWV, b.AtLow.UWV, b.AtHi.UWV = -5, -5, -5+float64(3-i)*10
			b.SwingSE.Society = 100 * float64(i+1)
			b.Noise.Society = i == 0
			sn.Tornado = append(sn.Tornado, b)
		}
		sn.Notes = []string{"One-way."}
	case "sobol":
		for i, p := range []string{"x", "group"} {
			s := model.SobolIndex{Param: p}
			s.First.Society = model.Interval{Est: 0.1 * float64(i+1), Lo: 0, Hi: 0.5}
			s.Total.Society = model.Interval{Est: 0.2 * float64(i+1), Lo: 0.1, Hi: 0.6}
			sn.Sobol = append(sn.Sobol, s)
		}
		sn.SobolStochastic = &model.ByStakeholder[model.Interval]{}
		sn.SobolStochastic.UWV = model.Interval{Est: 0.4, Lo: 0.3, Hi: 0.5}
		sn.Sobol[0].Total.UWV = model.Interval{Est: 0.7, Lo: 0.6, Hi: 0.8}
		sn.Sobol[1].First.UWV = model.Interval{Est: 0.05, Lo: 0, Hi: 0.1}
	case "evpi":
		e := &model.EVPI{Options: []string{"baseline", "plan"}, Inner: 2, ProbBest: []float64{0.25, 0.75}}
		e.Best.Society, e.Cohort.Society, e.PerParticipant.Society = "plan", 3000, 100
		p := model.EVPPI{Param: "hazards.job_finding"}
		p.Cohort.Society, p.PerParticipant.Society, p.Raw.Society, p.NoiseFloor.Society, p.Distinct.Society = 1500, 50, 1700, 200, true
		q := model.EVPPI{Param: "x.noise"}
		q.Cohort.Society, q.PerParticipant.Society, q.Raw.Society, q.NoiseFloor.Society = 2000, 66.67, 2500, 500
		e.Partial = []model.EVPPI{q, p}
		sn.EVPI = e
	case "breakeven":
		sn.Breakeven = &model.Breakeven{Param: "interventions.coaching.hourly_cost", Stakeholder: "society", Lo: 0, Hi: 100,
			Roots: []float64{42.5}, Grid: []model.BreakevenPoint{{Value: 0, NPV: 1000}, {Value: 100, NPV: -1352.6}},
			Evaluations: 7, Message: "The mean NPV of society is zero at 42.5."}
		sn.Notes = []string{sn.Breakeven.Message, "Break-even: how."}
	}
	r.Sensitivity = sn
	return r
}

func TestSensitivityTable(t *testing.T) {
	tests := []struct {
		method string
		only   model.Stakeholder
		top    int
		want   []string
		not    []string
	}{
		{"tornado", AllStakeholders, 0, []string{
			"vwnw test sensitivity (tornado): plan against baseline, seed 1, horizon 12 months, euros of 2021, cohort of 30 persons\n",
			"\nsociety — NPV with every parameter at its median: 100 €\n",
			"SE: Monte-Carlo standard error of the swing; ~: the swing is within 2 SE of zero, not distinguishable from noise.\n",
			"  c.middle                    2         30        -3,900         4,100        8,000        300\n",
			"  a.small                     0         10           100           100            0        100 ~\n",
			"\nuwv — NPV with every parameter at its median: -5 €\n",
			"\nNotes:\n  - One-way.\n",
		}, []string{"more (--top 0", " \n"}},
		{"tornado", model.Society, 1, []string{"  c.middle ", "  … 2 more (--top 0 shows all; --json has every number)\n"}, []string{"uwv —", "b.large"}},
		{"tornado", model.ReceivingEmployers, 0, []string{
			"\nreceiving_employers — NPV with every parameter at its median: 0 €\n  no cash flows that differ from the baseline: no parameter moves this NPV from zero\n",
		}, []string{"c.middle"}},
		{"sobol", model.Society, 0, []string{
			"\nsociety — Sobol indices, estimate [95% interval]; chance within the cohort:  0.00 [ 0.00,  0.00]\n  parameter",
			"  group               0.20 [ 0.00,  0.50]    0.40 [ 0.10,  0.60]\n  x ",
		}, []string{"uwv", "chance within the cohort: total orders"}},
		{"sobol", model.UWV, 0, []string{
			"\nuwv — Sobol indices, estimate [95% interval]; chance within the cohort:  0.40 [ 0.30,  0.50]\n" +
				"  40% of the variance is chance within the cohort: total orders include each parameter's\n" +
				"  interactions with it (they add up to 0.70, first orders to 0.05); read first orders for effects on average.\n",
		}, nil},
		{"evpi", model.Society, 0, []string{
			"\nOptions: baseline, plan. Best for society on average: plan.\n",
			"Share of parameter sets in which each option is best for society: baseline 25% plan 75%\n",
			"  society                        3,000                100   plan\n",
			"~: not distinguishable from zero, read as zero.\n",
			"\nsociety — EVPPI, which study first\n",
			// Distinguishable ones first, however large the others.
			"  hazards.job_finding          1,500                 50        1,700            200    monthly job-finding hazard at the start of unemployment\n" +
				"  x.noise                      2,000                 67        2,500            500 ~\n",
		}, nil},
		{"breakeven", AllStakeholders, 0, []string{
			"\nThe mean NPV of society is zero at 42.5.\ninterventions.coaching.hourly_cost: cost per paid case-manager hour (€)\n\n  interventions.coaching.hourly_cost  mean NPV of society €\n",
			"  100                                                -1,353\n",
			"  42.5                                                    0   ← break-even\n",
			"  (7 evaluations of 8 iterations each)\n",
			"\nNotes:\n  - Break-even: how.\n",
		}, []string{"- The mean NPV", "Note:"}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d/%d", tt.method, tt.only, tt.top), func(t *testing.T) {
			var b bytes.Buffer
			if err := SensitivityTableIn(&b, sensResults(tt.method), tt.only, tt.top, "en"); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("table lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(out, w) {
					t.Errorf("table has %q:\n%s", w, out)
				}
			}
		})
	}
}

func TestSensitivityCSV(t *testing.T) {
	tests := []struct {
		method string
		rows   int
		want   []string
	}{
		{"tornado", 3 * 7 * int(model.NumStakeholders), []string{"tornado,society,c.middle,npv_high,4100", "tornado,workers,a.small,p10,0",
			"tornado,society,c.middle,swing_se,300", "tornado,society,a.small,noise,1", "tornado,society,c.middle,noise,0"}},
		{"sobol", 2 * 6 * int(model.NumStakeholders), []string{"sobol,society,group,total_hi,0.6"}},
		{"evpi", (2 + 2*5) * int(model.NumStakeholders), []string{"evpi,society,,evpi,3000", "evpi,society,hazards.job_finding,evppi_per_participant,50",
			"evpi,society,hazards.job_finding,evppi_raw,1700", "evpi,society,x.noise,evppi_noise_floor,500", "evpi,society,x.noise,evppi_distinct,0"}},
		{"breakeven", 3, []string{"breakeven,society,interventions.coaching.hourly_cost,npv_at_100,-1352.6", "breakeven,society,interventions.coaching.hourly_cost,breakeven,42.5"}},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			var b bytes.Buffer
			if err := SensitivityCSV(&b, sensResults(tt.method).Sensitivity); err != nil {
				t.Fatal(err)
			}
			recs, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(recs[0], ",") != "method,stakeholder,parameter,quantity,value" || len(recs)-1 != tt.rows {
				t.Errorf("header %v, %d rows, want %d", recs[0], len(recs)-1, tt.rows)
			}
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w+"\n") {
					t.Errorf("CSV lacks %q:\n%s", w, b.String())
				}
			}
		})
	}
}

func TestWriteSensitivity(t *testing.T) {
	r := sensResults("breakeven")
	var table bytes.Buffer
	if err := SensitivityTableIn(&table, r, AllStakeholders, 15, "en"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		format string
		check  func(string) bool
	}{
		{"table", func(s string) bool { return s == table.String() }},
		{"markdown", func(s string) bool { return s == "```\n"+table.String()+"```\n" }},
		{"csv", func(s string) bool { return strings.HasPrefix(s, "method,stakeholder,parameter,quantity,value\n") }},
		{"json", func(s string) bool {
			return strings.Contains(s, `"sensitivity": {`) && strings.Contains(s, `"roots": [`)
		}},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := WriteSensitivity(&b, r, tt.format, AllStakeholders, 15, "en"); err != nil {
			t.Fatal(err)
		}
		if !tt.check(b.String()) {
			t.Errorf("%s:\n%s", tt.format, b.String())
		}
	}
}

// TestSensitivityTableIn: every method's table in Dutch, with the Dutch
// notes; none of the English words.
func TestSensitivityTableIn(t *testing.T) {
	tests := []struct {
		method string
		notes  []string // notes_nl
		want   []string
	}{
		{"tornado", []string{"Eén voor één."}, []string{
			"vwnw test gevoeligheid (tornado): plan ten opzichte van baseline, seed 1, horizon 12 maanden, euro's van 2021, groep van 30 personen\n",
			"\nmaatschappij — NCW met elke parameter op zijn mediaan: € 100\n",
			"  c.middle                    2         30         −3.900          4.100        8.000        300\n",
			"\nUWV — NCW met elke parameter op zijn mediaan: −€ 5\n",
			"\nToelichting:\n  - Eén voor één.\n",
		}},
		{"sobol", nil, []string{
			"\nmaatschappij — Sobol-indices, schatting [95%-interval]; toeval binnen de groep:  0,00 [ 0,00,  0,00]\n",
			"  group               0,20 [ 0,00,  0,50]    0,40 [ 0,10,  0,60]\n",
			"  40% van de variantie is toeval binnen de groep",
		}},
		{"evpi", nil, []string{
			"\nOpties: baseline, plan. Gemiddeld het beste voor de maatschappij: plan.\n",
			"maatschappij: baseline 25% plan 75%\n",
			"  maatschappij                    3.000                100   plan\n",
			"  hazards.job_finding          1.500                 50        1.700            200    kans per maand op werk bij begin werkloosheid\n",
			"  x.noise                      2.000                 67        2.500            500 ~\n",
		}},
		{"breakeven", []string{"Nul bij 42,5.", "Omslagpunt: zo."}, []string{
			"\nNul bij 42,5.\ninterventions.coaching.hourly_cost: kosten per betaald uur casemanager (€)\n",
			"  interventions.coaching.hourly_cost  gem. NCW van de maatschappij €\n",
			"  42,5                                                             0   ← omslagpunt\n",
			"  (7 evaluaties van elk 8 iteraties)\n",
			"\nToelichting:\n  - Omslagpunt: zo.\n",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.method, func(t *testing.T) {
			r := sensResults(tt.method)
			r.Sensitivity.NotesNL = tt.notes
			if b := r.Sensitivity.Breakeven; b != nil {
				b.MessageNL = tt.notes[0]
			}
			var b bytes.Buffer
			if err := SensitivityTableIn(&b, r, AllStakeholders, 0, "nl"); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("table lacks %q:\n%s", w, out)
				}
			}
			for _, w := range []string{"NPV", "society", "Note", "months", "cohort", "iterations", "One-way", "The mean NPV", " \n"} {
				if strings.Contains(out, w) {
					t.Errorf("Dutch table has %q:\n%s", w, out)
				}
			}
		})
	}
}
