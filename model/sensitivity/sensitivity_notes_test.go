package sensitivity

import (
	"reflect"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model"
)

func TestEVPPITargets(t *testing.T) {
	params := []Param{{Key: "a"}, {Key: "b"}, {Key: "c"}}
	one := func(k string) Group { return Group{Name: k, Keys: []string{k}} }
	tests := []struct {
		name   string
		groups []Group
		want   []Group
	}{
		{"no groups: each parameter on its own", nil, []Group{one("a"), one("b"), one("c")}},
		{"grouped parameters only in their group", []Group{{Name: "g", Keys: []string{"a", "c"}}},
			[]Group{one("b"), {Name: "g", Keys: []string{"a", "c"}}}},
		{"every parameter grouped", []Group{{Name: "g", Keys: []string{"a", "b"}}, {Name: "h", Keys: []string{"c"}}},
			[]Group{{Name: "g", Keys: []string{"a", "b"}}, {Name: "h", Keys: []string{"c"}}}},
	}
	for _, tt := range tests {
		if got := EVPPITargets(params, tt.groups); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// evppiFixture is an EVPI result with the partial values given, sorted as
// EVPI sorts them.
func evppiFixture(inner int, split []string, parts ...model.EVPPI) *model.EVPI {
	e := &model.EVPI{Inner: inner, Permutations: EVPPIPermutations, SplitHalf: split, Partial: parts}
	e.Cohort.Society, e.PerParticipant.Society, e.Best.Society = 12345.6, 411.5, "plan"
	SortEVPPI(e.Partial, model.Society)
	return e
}

func part(name string, net float64, distinct bool) model.EVPPI {
	p := model.EVPPI{Param: name}
	p.Cohort.Society, p.Distinct.Society = net, distinct
	return p
}

func TestSensitivityNotes(t *testing.T) {
	stable := evppiFixture(4, []string{"hazards.job_finding", "hazards.job_finding"},
		part("x.noise", 3000, false), part("hazards.job_finding", 2000, true))
	half := *stable
	half.HalfInner = &model.ByStakeholder[float64]{Society: 15000}
	unstable := evppiFixture(4, []string{"a", ""}, part("a", 10, true), part("b", 5, true))
	none := evppiFixture(4, []string{"", ""}, part("a", 10, false))
	noRoot := &model.Breakeven{Message: "No value brings it to zero.", MessageNL: "Geen waarde."}
	root := &model.Breakeven{Message: "Zero at 42.", MessageNL: "Nul bij 42.", Roots: []float64{42}}
	flat := &model.Breakeven{Message: "Zero everywhere.", MessageNL: "Overal nul.", AllZero: true}
	var calm, noisy model.TornadoBar
	calm.Param, noisy.Param = "calm", "noisy"
	noisy.Noise.Society, noisy.Noise.UWV = true, true
	tests := []struct {
		name  string
		notes []Note
		want  []string // each in the English note of the same index
		nl    []string // each in the Dutch note of the same index
	}{
		{"tornado", TornadoNotes([]model.TornadoBar{calm}, 50), []string{"; 50 iterations of the same persons and events per bar"},
			[]string{"50 iteraties met dezelfde personen"}},
		{"tornado with noise", TornadoNotes([]model.TornadoBar{calm, noisy}, 50), []string{"SE is the Monte-Carlo standard error",
			"Warning: at 50 iterations, for society 1 of 2 swings is within 2 standard errors of zero and cannot be told apart from Monte-Carlo noise (noisy); for the parties: uwv 1."},
			[]string{"standaardfout", "ligt voor de maatschappij 1 van de 2 zwaaien binnen 2 standaardfouten van nul en is die niet"}},
		{"tornado with two noisy swings", TornadoNotes([]model.TornadoBar{noisy, noisy}, 50), []string{"", "for society 2 of 2 swings are within"},
			[]string{"", "liggen voor de maatschappij 2 van de 2 zwaaien binnen 2 standaardfouten van nul en zijn ze niet"}},
		{"breakeven of one iteration", BreakevenNotes(root, 1), []string{"", "the mean over 1 iteration with"}, []string{"", "over 1 iteratie waarin"}},
		{"evpi, stable", EVPINotes(stable, 2000), []string{
			"EVPI for society: 12,346 € for the cohort, 412 € per person in the cohort (best on average: plan). Largest EVPPI distinguishable from zero: hazards.job_finding, 2,000 € for the cohort.",
			"over 2000 parameter sets of 4 cohorts each",
			"net of its noise floor",
			"Stable: on each half of the parameter sets alone, the largest distinguishable EVPPI for society is again hazards.job_finding.",
			"that is not averaged out over 4 cohorts per parameter set still counts as information in the EVPI; raise --inner to shrink it.",
		}, []string{"EVPI voor de maatschappij: € 12.346 voor de groep, € 412 per persoon in de groep", "2000 parametersets van 4 groepen", "ruisvloer", "Stabiel", "verhoog --inner"}},
		{"evpi with half the inner cohorts, few sets", EVPINotes(&half, 200), []string{"", "", "",
			"Warning: only 200 parameter sets. EVPPI by regression needs at least 1,000", "Stable",
			": with 2 cohorts per set society's EVPI would be 15,000 € rather than 12,346 €; if the two differ much, raise --inner."},
			[]string{"", "", "", "minstens 1.000", "", "€ 15.000 zijn in plaats van € 12.346"}},
		{"evpi, unstable", EVPINotes(unstable, 2000), []string{"Largest EVPPI distinguishable from zero: a,", "", "",
			"Warning: the EVPPI ranking is unstable. The largest EVPPI for society distinguishable from zero is a on the first half of the parameter sets, none on the second half and a on all of them", ""},
			[]string{"", "", "", "geen op de tweede helft", ""}},
		{"evpi, nothing distinct", EVPINotes(none, 2000), []string{"No EVPPI for society is distinguishable from zero", "", "", ""},
			[]string{"Geen EVPPI voor de maatschappij is van nul te onderscheiden", "", "", ""}},
		{"breakeven without a root", BreakevenNotes(noRoot, 30), []string{"No value brings it to zero.", "Search other values with --range LO,HI.", "the mean over 30 iterations"},
			[]string{"Geen waarde.", "--range LO,HI", "30 iteraties"}},
		{"breakeven with a root", BreakevenNotes(root, 30), []string{"Zero at 42.", "Break-even: the mean over 30 iterations"}, []string{"Nul bij 42.", "Omslagpunt"}},
		{"breakeven at zero everywhere", BreakevenNotes(flat, 30), []string{"Zero everywhere.", "Break-even:"}, []string{"Overal nul.", "Omslagpunt"}},
	}
	for _, tt := range tests {
		if len(tt.notes) != len(tt.want) || len(tt.nl) != len(tt.want) {
			t.Errorf("%s: %d notes, want %d: %q", tt.name, len(tt.notes), len(tt.want), tt.notes)
			continue
		}
		for i, n := range tt.notes {
			if !strings.Contains(n.EN, tt.want[i]) {
				t.Errorf("%s: note %d %q lacks %q", tt.name, i, n.EN, tt.want[i])
			}
			if !strings.Contains(n.NL, tt.nl[i]) {
				t.Errorf("%s: Dutch note %d %q lacks %q", tt.name, i, n.NL, tt.nl[i])
			}
			if n.NL == "" || n.NL == n.EN {
				t.Errorf("%s: note %d has no Dutch text of its own: %q", tt.name, i, n.NL)
			}
		}
	}
}

func TestAddNotes(t *testing.T) {
	var s model.Sensitivity
	AddNotes(&s, Note{EN: "a", NL: "α"}, Note{EN: "b", NL: "β"})
	AddNotes(&s, Note{EN: "c", NL: "γ"})
	if !reflect.DeepEqual(s.Notes, []string{"a", "b", "c"}) || !reflect.DeepEqual(s.NotesNL, []string{"α", "β", "γ"}) {
		t.Errorf("notes %q, Dutch %q", s.Notes, s.NotesNL)
	}
}

// TestChanceWarningOpening: the chance warning opens with society when
// chance is a large share of society's variance, and names the parties it
// is large for when it is not (it said "explains -0% of the variance for
// society (more than 10% too for …)"); shares just below zero read 0%.
func TestChanceWarningOpening(t *testing.T) {
	tests := []struct {
		name           string
		society, munis float64
		want, wantNL   string
		warns          bool
	}{
		{"society and another", 0.2, 0.3,
			"Warning: chance within the cohort of 30 explains 20% of the variance for society (more than 10% too for municipalities 30%)",
			"Let op: toeval binnen de groep van 30 verklaart 20% van de variantie voor de maatschappij (ook meer dan 10% voor gemeenten 30%)", true},
		{"another only, society just below zero", -0.001, 0.3,
			"Warning: chance within the cohort of 30 explains more than 10% of the variance for municipalities 30% (for society 0%)",
			"Let op: toeval binnen de groep van 30 verklaart meer dan 10% van de variantie voor gemeenten 30% (voor de maatschappij 0%)", true},
		{"society only", 0.5, 0.05,
			"Warning: chance within the cohort of 30 explains 50% of the variance for society.", "", true},
		{"none", 0.05, 0.05, "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cohort := make([]model.Person, 30) // a cohort file of 30 persons
			a := &Analysis{Inputs: []model.Input{{Persons: cohort}, {Persons: cohort}}}
			res := &SobolResult{}
			res.Stochastic.Society.Est = tc.society
			res.Stochastic.Municipalities.Est = tc.munis
			n, ok := a.chanceWarning(res, 1)
			if ok != tc.warns {
				t.Fatalf("warns %v, want %v: %q", ok, tc.warns, n.EN)
			}
			if !strings.HasPrefix(n.EN, tc.want) || !strings.HasPrefix(n.NL, tc.wantNL) {
				t.Errorf("got\n%q\n%q\nwant to start with\n%q\n%q", n.EN, n.NL, tc.want, tc.wantNL)
			}
		})
	}
}
