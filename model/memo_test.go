package model

import (
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/vwnw/vwnw/model/rules"
)

// testCalendar returns the statutory calendar of ten years from January
// 2021 in euros of 2021.
func testCalendar(t *testing.T) *calendar {
	t.Helper()
	c, err := newCalendar(rules.Default(), "2021-01", 2021, 120)
	if err != nil {
		t.Fatal(err)
	}
	c.statutory = c
	return c
}

// testPersons returns n persons of varied ages, wages, contracts,
// households, notice periods and histories.
func testPersons(n int) []Person {
	r := rand.New(rand.NewPCG(7, 9))
	out := make([]Person, n)
	for i := range out {
		tenure := 30 * r.Float64()
		out[i] = Person{
			EntryMonth: r.IntN(24), Age: 18 + 48*r.Float64(), TenureYears: tenure,
			HistoryYears: tenure + 10*r.Float64(), HistoryKnown: i%7 == 0,
			MonthlyWage: 800 + 6000*r.Float64(), ContractHours: 12 + 28*r.Float64(),
			Flex: i%3 == 0, Household: HouseholdType(i % 3), NoticeMonths: 1 + r.IntN(4),
		}
	}
	return out
}

// newTestAgent sets up the facts initAgent sets before calendarFacts.
func newTestAgent(a *agent, cold *coldAgent, x *Person) {
	*cold = coldAgent{}
	*a = agent{clocks: clocks{entry: int32(x.EntryMonth)}, coldAgent: cold}
	a.facts.wage, a.facts.household, a.facts.flex = x.MonthlyWage, x.Household, x.Flex
}

// TestOldJobMonthIsTheRules: the old job's month an agent keeps is, bit
// for bit, the rules' month of its wage, contract and household in every
// calendar year, whichever year it was kept for before.
func TestOldJobMonthIsTheRules(t *testing.T) {
	c := testCalendar(t)
	persons := testPersons(300)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range persons {
		var a agent
		var cold coldAgent
		newTestAgent(&a, &cold, &persons[i])
		for range 40 {
			a.yr = &c.years[r.IntN(len(c.years))]
			got := *a.oldJobMonth()
			want := a.yr.job(a.facts.wage, a.facts.flex, a.facts.household)
			if !sameJobMonth(got, want) {
				t.Fatalf("person %d, %d: kept %+v, the rules give %+v", i, a.yr.Calendar, got, want)
			}
		}
	}
}

// sameJobMonth reports whether a and b are the same bit for bit.
func sameJobMonth(a, b jobMonth) bool {
	x := []float64{a.pay, a.uwv, a.insurers, a.treasury, a.tax, a.toeslag}
	y := []float64{b.pay, b.uwv, b.insurers, b.treasury, b.tax, b.toeslag}
	return slices.EqualFunc(x, y, func(p, q float64) bool { return math.Float64bits(p) == math.Float64bits(q) })
}

// TestCalendarFactsRestored: an agent whose calendar facts are restored
// (from a Cache or a workspace's factsMemo) is the agent that works them
// out, field for field, for persons of every kind, with money and counts
// only.
func TestCalendarFactsRestored(t *testing.T) {
	c := testCalendar(t)
	persons := testPersons(500)
	for _, countsOnly := range []bool{false, true} {
		memo := make([]calendarFact, len(persons))
		fill := &plan{cal: c, tally: &tally{facts: memo, countsOnly: countsOnly}}
		direct := &plan{cal: c, tally: &tally{countsOnly: countsOnly}}
		restore := &plan{cal: c, tally: &tally{facts: memo, factsKnown: true, countsOnly: countsOnly}}
		for i := range persons {
			x := &persons[i]
			var a, b, m agent
			var ac, bc, mc coldAgent
			for _, s := range []struct {
				a    *agent
				cold *coldAgent
				pl   *plan
			}{{&a, &ac, direct}, {&m, &mc, fill}, {&b, &bc, restore}} {
				newTestAgent(s.a, s.cold, x)
				s.a.facts.countsOnly = countsOnly
				s.pl.tally.person = i
				s.a.calendarFacts(s.pl, x)
				s.a.coldAgent = nil
			}
			if !reflect.DeepEqual(a, b) || !reflect.DeepEqual(ac, bc) {
				t.Fatalf("counts only %v, person %d: restored\n%+v %+v\nworked out\n%+v %+v", countsOnly, i, b, bc, a, ac)
			}
			if !reflect.DeepEqual(a, m) || !reflect.DeepEqual(ac, mc) {
				t.Fatalf("counts only %v, person %d: kept while worked out, other facts", countsOnly, i)
			}
			if known := ac.oldJob.yr != nil; known == countsOnly {
				t.Fatalf("counts only %v, person %d: old job's month worked out %v", countsOnly, i, known)
			}
		}
	}
}

// TestFixedFlowsGoToFlowBases: every base setMonth and its parts give a
// fixed flow (fixedFlows.add) is one tally.totalFlows sums (flowBases).
func TestFixedFlowsGoToFlowBases(t *testing.T) {
	names := map[string]int{}
	for b, n := range map[string]int{
		"baseOldWage": baseOldWage, "baseOldUWV": baseOldUWV, "baseOldInsurers": baseOldInsurers,
		"baseOldTreasury": baseOldTreasury, "baseOldProduction": baseOldProduction, "baseNewWage": baseNewWage,
		"baseNewUWV": baseNewUWV, "baseNewInsurers": baseNewInsurers, "baseNewTreasury": baseNewTreasury,
		"baseTax": baseTax, "baseToeslag": baseToeslag, "baseBijstand": baseBijstand,
		"baseZvwBenefit": baseZvwBenefit, "baseUnemployed": baseUnemployed, "baseLeisure": baseLeisure,
	} {
		names[b] = n
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset, calls := token.NewFileSet(), 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 2 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "add" {
				return true
			}
			id, ok := call.Args[0].(*ast.Ident)
			if !ok || !strings.HasPrefix(id.Name, "base") {
				return true
			}
			calls++
			b, known := names[id.Name]
			if !known || !slices.Contains(flowBases[:], uint8(b)) {
				t.Errorf("%s: a fixed flow to %s, which flowBases does not list", fset.Position(call.Pos()), id.Name)
			}
			return true
		})
	}
	if calls < 20 {
		t.Errorf("found %d fixed flows set, want setMonth's", calls)
	}
}

// TestNextYearIsTheCalendar: the rules and month a new calendar year moves
// an agent to (yearRules.next, 12 months on) are calendar.at's and
// nextYear's for that month, from every start month and entry month and
// past the calendar's last year.
func TestNextYearIsTheCalendar(t *testing.T) {
	for _, start := range []string{"2021-01", "2021-09", "2022-12"} {
		c, err := newCalendar(rules.Default(), start, 2021, 50)
		if err != nil {
			t.Fatal(err)
		}
		pl := &plan{cal: c, tally: &tally{countsOnly: true}} // no flows to set
		for entry := int32(0); entry < 30; entry++ {
			a := agent{clocks: clocks{entry: entry}}
			a.yr, a.newYear = c.at(entry), c.nextYear(entry)-entry
			for a.newYear < 100 {
				a.t = a.newYear
				want, wantNext := c.at(entry+a.t), c.nextYear(entry+a.t)-entry
				a.newCalendarYear(pl)
				if a.yr != want || a.newYear != wantNext {
					t.Fatalf("start %s, entry %d, month %d: year %d from %d, want %d from %d",
						start, entry, a.t, a.yr.Calendar, a.newYear, want.Calendar, wantNext)
				}
			}
		}
	}
}

// TestCalendarFactHasNoPointers keeps the persons' calendar facts free of
// pointers, so that the garbage collector does not scan them (a national
// cohort keeps 100,000 per worker).
func TestCalendarFactHasNoPointers(t *testing.T) {
	var walk func(reflect.Type, string)
	walk = func(ty reflect.Type, path string) {
		switch ty.Kind() {
		case reflect.Struct:
			for i := range ty.NumField() {
				walk(ty.Field(i).Type, path+"."+ty.Field(i).Name)
			}
		case reflect.Array:
			walk(ty.Elem(), path+"[]")
		case reflect.Bool, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Int,
			reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float64:
		default:
			t.Errorf("calendarFact%s is a %v", path, ty.Kind())
		}
	}
	walk(reflect.TypeOf(calendarFact{}), "")
}
