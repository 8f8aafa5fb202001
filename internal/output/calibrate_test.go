package output

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/calibrate"
	"github.com/vwnw/vwnw/scenarios"
)

// calibration is a calibration of intensive_coaching to the pilot with a
// made-up result: one value bounded on both sides, one on neither.
func calibration(t *testing.T) *calibrate.Report {
	t.Helper()
	obs, err := calibrate.LoadObservation("pilot")
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"interventions.coaching.job_finding_hr", "interventions.coaching.uptake"}
	setup, err := calibrate.NewSetup(obs, "intensive_coaching", keys, model.Config{Seed: 3, Iterations: 40, Workers: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	res := &calibrate.Result{
		Estimates: []calibrate.Estimate{
			{Name: keys[0], Start: 1.5, Value: 2.00004, Lower: 1.5, Upper: 2.4},
			{Name: keys[1], Start: 0.8, Value: 0.9, Lower: 0, Upper: 1, LowerOpen: true, UpperOpen: true, Why: calibrate.Unidentified{Reason: calibrate.BoundNeither}},
		},
		Level: 0.9, LogLik: -21.5, Shares: [model.NumCategories]float64{0.2, 0.4, 0.1, 0.1, 0.2},
		Fit:         calibrate.GoodnessOfFit{G2: 1.234, X2: 1.1, DF: 2, PG2: 0.54, PX2: math.NaN(), MinExpected: 3},
		Evaluations: 61,
	}
	return &calibrate.Report{Version: "test", Setup: setup, Result: res, Elapsed: 1234 * time.Millisecond, Written: "cal.toml"}
}

// worldCalibration fits a key of the world with a --set of another, its
// values left open on one side and not identified.
func worldCalibration(t *testing.T) *calibrate.Report {
	t.Helper()
	obs, err := calibrate.LoadObservation("pilot")
	if err != nil {
		t.Fatal(err)
	}
	keys := []string{"interventions.coaching.job_finding_hr", "hazards.job_finding"}
	ovs := []scenarios.Override{{Key: "hazards.retention", Value: "0.2"}}
	setup, err := calibrate.NewSetup(obs, "intensive_coaching", keys, model.Config{Seed: 3, Iterations: 1, Workers: 1}, ovs)
	if err != nil {
		t.Fatal(err)
	}
	wide := calibrate.Unidentified{Reason: calibrate.Wide}
	half := calibrate.Unidentified{Reason: calibrate.HalfRange, Lo: 0, Hi: 1}
	res := &calibrate.Result{
		Estimates: []calibrate.Estimate{
			{Name: keys[0], Start: 2, Value: 3.4, Lower: 0.27, Upper: math.Inf(1), UpperOpen: true, Why: wide},
			{Name: keys[1], Start: 0.15, Value: 0.08, Lower: 0, Upper: 0.74, LowerOpen: true, Why: half},
		},
		Level: 0.9, Shares: [model.NumCategories]float64{0.2, 0.4, 0.1, 0.1, 0.2},
		Fit:         calibrate.GoodnessOfFit{G2: 0.5, X2: 0.4, DF: 1, PG2: 0.48, PX2: 0.53, MinExpected: 6},
		Evaluations: 1,
	}
	return &calibrate.Report{Version: "test", Setup: setup, Result: res, Written: "w.toml"}
}

func TestCalibrationTable(t *testing.T) {
	tests := []struct {
		name      string
		report    func(*testing.T) *calibrate.Report
		lang      string
		want, not []string
	}{
		{"bounded and open", calibration, "en", []string{
			"vwnw test: calibrate intensive_coaching (shipped) to pilot (shipped)\n",
			"Observed: 30 entrants 2020-09 to 2020-12 (",
			"counted on 2021-04-01 (month 7 of the simulation)\n",
			"; 40 iterations of the observed cohort,\nseed 3 in every evaluation (common random numbers); Nelder–Mead; 61 simulations in 1.2 s.\n",
			"90% interval (profile likelihood)\n",
			"  interventions.coaching.job_finding_hr         1.5           2  1.5 – 2.4   effect of coaching on job finding (hazard ratio)\n",
			"  interventions.coaching.uptake                 0.8         0.9  (0 – 1)     uptake of coaching\n",
			"  interventions.coaching.uptake: NOT IDENTIFIED: the data bound it on neither side; the data do not pin it down, and --write writes nothing\n",
			"  new_job               12   40.0%      40.0%      12.0   new job\n",
			"  total                 30  100.0%     100.0%      30.0\n",
			"    in work or work + schooling            observed 14 (56.0%)   simulated 62.5%\n",
			"  goodness of fit: G² = 1.23, Pearson X² = 1.10, 2 degrees of freedom, p = 0.54 (G²), n/a (X²)\n",
			"  (smallest expected count 3.0: with expected counts below 5 the χ² p-values are rough)\n",
			"\nwrote cal.toml; try: vwnw run cal.toml\n",
		}, []string{" \n", "the interval runs to the key's limits"}},
		{"bounded and open", calibration, "nl", []string{
			"vwnw test: kalibratie van intensive_coaching (meegeleverd) op pilot (meegeleverd)\n",
			"Waargenomen: 30 instromers van 2020-09 tot en met 2020-12 (",
			"; 40 iteraties van de waargenomen groep,\nseed 3 in elke evaluatie (gemeenschappelijke toevalsgetallen); Nelder–Mead; 61 simulaties in 1,2 s.\n",
			"90%-interval (profiellikelihood)\n",
			"  interventions.coaching.job_finding_hr         1,5           2  1,5 – 2,4   effect begeleiding op baanvinden (hazard ratio)\n",
			"  interventions.coaching.uptake: NIET GEÏDENTIFICEERD: de gegevens begrenzen de waarde aan geen van beide kanten;",
			"  new_job                  12    40,0%        40,0%      12,0   nieuw werk\n",
			"    in werk of werk + scholing            waargenomen 14 (56,0%)   gesimuleerd 62,5%\n",
			"  aanpassing: G² = 1,23, Pearson X² = 1,10, 2 vrijheidsgraden, p = 0,54 (G²), n.b. (X²)\n",
			"\ncal.toml geschreven; probeer: vwnw run cal.toml\n",
		}, []string{" \n", "common random", "shipped", "observed", "degrees"}},
		{"world keys", worldCalibration, "en", []string{
			"; 1 iteration of the observed cohort,\nseed 3 in every evaluation (common random numbers); Nelder–Mead; 1 simulation in 0.0 s.\n",
			"  interventions.coaching.job_finding_hr: the data do not bound it from above; the interval runs to the key's upper limit\n",
			"  interventions.coaching.job_finding_hr: NOT IDENTIFIED: its interval spans more than a factor of 100;",
			"  hazards.job_finding: the data do not bound it from below; the interval runs to the key's lower limit\n",
			"  hazards.job_finding: NOT IDENTIFIED: its interval covers more than half of the range 0–1 the key allows;",
			"  hazards.job_finding: a key of the world the scenario shares with its baseline, fitted here to the participants of\n  intensive_coaching:",
			"so the fitted value is confounded with the effects of the scenario's interventions",
			"1 degree of freedom, p = 0.48 (G²), 0.53 (X²)\n",
			"try: vwnw run w.toml --set hazards.retention=0.2\n",
			"(the fit assumed --set hazards.retention=0.2, which",
		}, []string{"on one side", "smallest expected", "1 iterations", "1 simulations", "1 degrees"}},
		{"world keys", worldCalibration, "nl", []string{
			"; 1 iteratie van de waargenomen groep,",
			"Nelder–Mead; 1 simulatie in 0,0 s.\n",
			"  interventions.coaching.job_finding_hr: de gegevens begrenzen de waarde niet naar boven; het interval loopt tot de bovengrens van de sleutel\n",
			"  interventions.coaching.job_finding_hr: NIET GEÏDENTIFICEERD: het interval beslaat meer dan een factor 100;",
			"  hazards.job_finding: NIET GEÏDENTIFICEERD: het interval beslaat meer dan de helft van het bereik 0–1 dat de sleutel toestaat;",
			"  hazards.job_finding: een sleutel van de wereld die het scenario met zijn nul-alternatief deelt",
			"1 vrijheidsgraad, p = 0,48 (G²), 0,53 (X²)\n",
			"probeer: vwnw run w.toml --set hazards.retention=0.2\n",
		}, []string{"NOT IDENTIFIED", "its interval", "confounded"}},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.lang, func(t *testing.T) {
			var b bytes.Buffer
			if err := CalibrationTable(&b, tt.report(t), tt.lang); err != nil {
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
