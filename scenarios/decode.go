package scenarios

import (
	"fmt"
	"maps"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/vwnw/vwnw/internal/suggest"
	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/dist"
)

// step is one move from a struct to a field (field ≥ 0) or from a slice to
// an element (elem ≥ 0).
type step struct{ field, elem int }

// Param is an uncertain parameter of a scenario: one drawn per iteration.
type Param struct {
	Key  string
	Dist dist.Dist
	// at is where Draw sets it, resolved once when the scenario is read.
	at field
	// table is Dist's quantile function as Draw evaluates it.
	table *dist.Table
}

// field is where a float64 parameter lives in model.Params: at byte offset
// off from the start of Params or, when service ≥ 0, from the start of
// that element of Interventions.Services (the only slice of tables in
// Params). Resolving a key's path once lets Draw set the value without a
// reflection walk per iteration.
type field struct {
	off     uintptr
	service int
}

// servicesOffset is the offset of Interventions.Services in model.Params.
var servicesOffset = unsafe.Offsetof(model.Params{}.Interventions) + unsafe.Offsetof(model.Interventions{}.Services)

// resolve returns the field that path reaches from model.Params, which
// must end in a float64.
func resolve(path []step) field {
	f := field{service: -1}
	t := reflect.TypeFor[model.Params]()
	for _, st := range path {
		if st.field < 0 {
			// Only the services are a slice of tables; the offsets walked so
			// far must lead to them.
			if t.Kind() != reflect.Slice || f.service >= 0 || f.off != servicesOffset {
				panic("scenarios: a parameter in a slice other than interventions.services")
			}
			f.off, f.service, t = 0, st.elem, t.Elem()
			continue
		}
		sf := t.Field(st.field)
		f.off += sf.Offset
		t = sf.Type
	}
	if t.Kind() != reflect.Float64 {
		panic("scenarios: a parameter that is not a float64")
	}
	return f
}

// in returns the parameter's value in p.
func (f field) in(p *model.Params) *float64 {
	base := unsafe.Pointer(p)
	if f.service >= 0 {
		base = unsafe.Pointer(&p.Interventions.Services[f.service])
	}
	return (*float64)(unsafe.Add(base, f.off))
}

// decoder turns a merged tree into model.Params, collecting problems.
type decoder struct {
	tree     *tree
	problems *problems
	params   model.Params
	params0  []Param
	// missing lists the keys reported missing.
	missing []string
}

func (d *decoder) problem(path, format string, args ...any) {
	w := d.tree.lineOf(path)
	d.problems.add(w.file, w.line, path, format, args...)
}

// decode fills s from the tree.
func (d *decoder) decode(s *Scenario) {
	root := reflect.ValueOf(&d.params).Elem()
	d.table(schema, d.tree.root, root, "", nil)
	d.required(schema, d.tree.root, "")
	d.shares(schema, root, "")
	d.crossChecks()
	s.params = d.params
	s.uncertain = d.params0
	if f := d.params.Cohort.File; f != "" && len(*d.problems) == 0 {
		w := d.tree.lineOf("cohort.file")
		path := f
		if w.dir != "" && !filepath.IsAbs(f) {
			path = filepath.Join(w.dir, f)
		}
		persons, digest, err := ReadCohortFile(path, &d.params.Cohort)
		if err != nil {
			d.problems.add(w.file, w.line, "cohort.file", "%v", err)
			return
		}
		s.Persons, s.personsDigest = persons, digest
		if msg := wageWarning(persons, d.params.Cohort.Start); msg != "" {
			var ws problems
			ws.add(w.file, w.line, "cohort.file", "%s: %s", f, msg)
			s.warnings = append(s.warnings, ws...)
		}
	}
	if len(*d.problems) == 0 {
		d.serviceWarning(s)
	}
}

func (d *decoder) table(n *node, m map[string]any, v reflect.Value, path string, at []step) {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		p := join(path, k)
		c := n.child(k)
		if c == nil {
			if r := replacedHint(p); r != "" {
				d.problem(p, "%s", r)
				continue
			}
			where := "at the top level"
			if path != "" {
				where = "in [" + path + "]"
			}
			d.problem(p, "unknown key %q %s%s; allowed: %s", k, where, suggest.Hint(k, n.keys()), strings.Join(n.keys(), ", "))
			continue
		}
		d.value(c, m[k], v.Field(c.index), p, append(slices.Clip(at), step{field: c.index, elem: -1}))
	}
}

func (d *decoder) value(n *node, raw any, v reflect.Value, path string, at []step) {
	switch n.kind {
	case kindRules:
		d.rules(raw, v)
	case kindTable:
		m, ok := raw.(map[string]any)
		if !ok {
			d.problem(path, "must be a table with keys %s, got %s", strings.Join(n.keys(), ", "), describe(raw))
			return
		}
		d.table(n, m, v, path, at)
	case kindNamed:
		m, ok := raw.(map[string]any)
		if !ok {
			d.problem(path, "must be a table of named tables, e.g. [%s.talent_scan], got %s", path, describe(raw))
			return
		}
		names := slices.Sorted(maps.Keys(m))
		v.Set(reflect.MakeSlice(v.Type(), len(names), len(names)))
		for i, name := range names {
			p := join(path, name)
			entry, ok := m[name].(map[string]any)
			if !ok {
				d.problem(p, "must be a table with keys %s, got %s", strings.Join(n.entry.keys(), ", "), describe(m[name]))
				continue
			}
			ev := v.Index(i)
			if f := ev.FieldByName("Name"); f.IsValid() {
				f.SetString(name)
			}
			d.table(n.entry, entry, ev, p, append(slices.Clip(at), step{field: -1, elem: i}))
		}
	case kindParam, kindSpread:
		d.param(n, raw, v, path, at)
	case kindInt:
		i, ok := raw.(int64)
		if !ok {
			d.problem(path, "must be a whole number, got %s", describe(raw))
			return
		}
		if n.min != nil && float64(i) < *n.min {
			d.problem(path, "must be at least %v, got %d", *n.min, i)
			return
		}
		if n.max != nil && float64(i) > *n.max {
			d.problem(path, "must be at most %s, got %d", strconv.FormatFloat(*n.max, 'f', -1, 64), i)
			return
		}
		v.SetInt(i)
	case kindIntList:
		list, ok := raw.([]any)
		if !ok {
			d.problem(path, "must be an array of whole numbers, e.g. [1, 2], got %s", describe(raw))
			return
		}
		out := make([]int, 0, len(list))
		for _, e := range list {
			i, ok := e.(int64)
			if !ok || (n.min != nil && float64(i) < *n.min) {
				d.problem(path, "must hold whole numbers of at least %v, got %s", minOr(n.min), describe(e))
				return
			}
			out = append(out, int(i))
		}
		v.Set(reflect.ValueOf(out))
	case kindString:
		str, ok := raw.(string)
		if !ok {
			d.problem(path, "must be a string, got %s", describe(raw))
			return
		}
		if len(n.enum) > 0 && !slices.Contains(n.enum, str) {
			d.problem(path, "%q is not allowed%s; allowed: %s", str, suggest.Hint(str, n.enum), strings.Join(quoteAll(n.enum), ", "))
			return
		}
		v.SetString(str)
	case kindBool:
		b, ok := raw.(bool)
		if !ok {
			d.problem(path, "must be true or false, got %s", describe(raw))
			return
		}
		v.SetBool(b)
	}
}

// param decodes a number or a distribution: a spread across persons, a
// fixed value, or an uncertain parameter drawn per iteration (at its
// median in the scenario's parameters).
func (d *decoder) param(n *node, raw any, v reflect.Value, path string, at []step) {
	var x dist.Dist
	if err := x.UnmarshalTOML(raw); err != nil {
		d.problem(path, "%v", err)
		return
	}
	if ps := x.Problems(); len(ps) > 0 {
		for _, p := range ps {
			d.problem(path, "%s", p)
		}
		return
	}
	if n.kind == kindSpread {
		v.Set(reflect.ValueOf(x))
		return
	}
	if !d.rangeOK(n, x, path) {
		return
	}
	if x.IsFixed() {
		v.SetFloat(x.Value)
		return
	}
	v.SetFloat(x.Median())
	d.params0 = append(d.params0, Param{Key: path, Dist: x, at: resolve(at), table: dist.NewTable(x)})
}

func minOr(m *float64) float64 {
	if m == nil {
		return math.Inf(-1)
	}
	return *m
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// rangeOK checks that every value x can take obeys n's rules.
func (d *decoder) rangeOK(n *node, x dist.Dist, path string) bool {
	if n.fixed && !x.IsFixed() {
		d.problem(path, "must be a plain number, not a distribution (shares and payer splits are fixed)")
		return false
	}
	lo, hi := x.Support()
	what := fmt.Sprintf("got %v", x.Value)
	if !x.IsFixed() {
		what = fmt.Sprintf("its %s distribution ranges over [%v, %v]", x.Kind, lo, hi)
	}
	switch {
	case n.prob && (lo < 0 || hi > 1):
		d.problem(path, "must be a probability in [0, 1]; %s", what)
	case n.pos && x.IsFixed() && lo <= 0, n.pos && lo < 0:
		d.problem(path, "must be greater than 0; %s", what)
	case n.nonneg && lo < 0:
		d.problem(path, "must be 0 or more; %s", what)
	default:
		return true
	}
	return false
}

// required reports keys that no file in the extends chain set. Interventions
// need their keys only when enabled; a cohort read from a file needs no
// synthetic spreads.
func (d *decoder) required(n *node, m map[string]any, path string) {
	if !d.needed(path) {
		return
	}
	// Keys first, then the tables below, so that messages read top down.
	var missing []string
	for _, c := range n.children {
		p := join(path, c.key)
		if _, ok := m[c.key]; ok || c.optional || (c.kind == kindTable && !c.shares) {
			continue
		}
		// A missing key, or a missing table of shares (all of whose
		// keys are optional, but which must sum to 1).
		missing = append(missing, c.key)
		d.missing = append(d.missing, p)
	}
	if len(missing) > 0 {
		d.problem(path, "missing %s: not set here nor in any file it extends%s",
			strings.Join(missing, ", "), inheritHint(join(path, missing[0])))
	}
	for _, c := range n.children {
		p := join(path, c.key)
		raw, ok := m[c.key]
		switch {
		case !ok && c.kind == kindTable && !c.shares && !c.optional:
			d.required(c, map[string]any{}, p)
		case !ok:
		case c.kind == kindTable:
			if sub, isTable := raw.(map[string]any); isTable {
				d.required(c, sub, p)
			}
		case c.kind == kindNamed:
			if sub, isTable := raw.(map[string]any); isTable {
				for _, name := range slices.Sorted(maps.Keys(sub)) {
					if entry, isTable := sub[name].(map[string]any); isTable {
						d.required(c.entry, entry, join(p, name))
					}
				}
			}
		}
	}
}

// needed reports whether the keys of table path are needed: an
// intervention's only when it is enabled, the synthetic cohort's only
// without a cohort file, the triage shares only when triage is by shares.
func (d *decoder) needed(path string) bool {
	p := &d.params
	switch path {
	case "interventions.coaching":
		return p.Interventions.Coaching.Enabled
	case "interventions.training":
		return p.Interventions.Training.Enabled
	case "interventions.wage_supplement":
		return p.Interventions.WageSupplement.Enabled
	case "interventions.transition_payment":
		return p.Interventions.TransitionPayment.Enabled
	case "cohort":
		return p.Cohort.File == ""
	case "cohort.triage.shares":
		return p.Cohort.Triage.Method == "shares"
	}
	return true
}

// inheritHint names the shipped scenarios whose own file sets key, for a
// message about a missing key.
func inheritHint(key string) string {
	var names []string
	for _, name := range shippedOrder {
		if t := shippedTrees()[name]; t != nil && t.origin[key].file == t.top.display {
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		return ""
	}
	return fmt.Sprintf(" (shipped %s set it: extends = %q inherits their values)", strings.Join(names, ", "), names[0])
}

// shippedTrees holds the merged trees of the shipped scenarios.
var shippedTrees = sync.OnceValue(func() map[string]*tree {
	trees := make(map[string]*tree)
	for _, name := range shippedOrder {
		src, err := open(name, "")
		if err != nil {
			continue
		}
		var ps problems
		if t, _ := mergeChain(src, nil, &ps); t != nil {
			trees[name] = t
		}
	}
	return trees
})

// isMissing reports whether path, or a key below it, was reported missing:
// checks on it would only repeat that.
func (d *decoder) isMissing(path string) bool {
	return slices.ContainsFunc(d.missing, func(m string) bool { return m == path || strings.HasPrefix(m, path+".") })
}

// shares checks that tables of shares sum to 1.
func (d *decoder) shares(n *node, v reflect.Value, path string) {
	for _, c := range n.children {
		p := join(path, c.key)
		fv := v.Field(c.index)
		switch c.kind {
		case kindTable:
			if c.shares && d.sharesApply(p) && !d.isMissing(p) {
				sum, terms := 0.0, []string{}
				for _, cc := range c.children {
					sum += fv.Field(cc.index).Float()
					terms = append(terms, cc.key)
				}
				if math.Abs(sum-1) > 1e-9 {
					// Blame a --set that changed one of the shares, if any,
					// rather than the file that set the table.
					w := d.tree.lineOf(p)
					for _, cc := range c.children {
						if o, ok := d.tree.origin[join(p, cc.key)]; ok && strings.HasPrefix(o.file, "--set") {
							w = o
						}
					}
					d.problems.add(w.file, w.line, p, "shares sum to %v; they must sum to 1 (%s)", round(sum), strings.Join(terms, " + "))
				}
			}
			d.shares(c, fv, p)
		case kindNamed:
			for i := range fv.Len() {
				name := fv.Index(i).FieldByName("Name").String()
				d.shares(c.entry, fv.Index(i), join(p, name))
			}
		}
	}
}

func (d *decoder) sharesApply(path string) bool {
	switch {
	case path == "interventions.coaching.payer":
		return d.params.Interventions.Coaching.Enabled
	case path == "interventions.training.payer":
		return d.params.Interventions.Training.Enabled
	case path == "interventions.wage_supplement.payer":
		return d.params.Interventions.WageSupplement.Enabled
	case path == "cohort.triage.shares":
		return d.params.Cohort.Triage.Method == "shares" && d.params.Cohort.File == ""
	case strings.HasPrefix(path, "cohort."):
		return d.params.Cohort.File == ""
	}
	return true
}

func round(x float64) float64 { return math.Round(x*1e9) / 1e9 }

// crossChecks covers rules between keys.
func (d *decoder) crossChecks() {
	p := &d.params
	if p.Jobs.WageRatioMin > p.Jobs.WageRatioMax {
		d.problem("jobs.wage_ratio_min", "must not exceed jobs.wage_ratio_max (%v > %v)", p.Jobs.WageRatioMin, p.Jobs.WageRatioMax)
	}
	for key, groups := range map[string][]int{
		"interventions.coaching.triage": p.Interventions.Coaching.Triage,
		"interventions.training.triage": p.Interventions.Training.Triage,
	} {
		for _, g := range groups {
			if g < 1 || g > 3 {
				d.problem(key, "triage groups are 1, 2 and 3, got %d", g)
			}
		}
	}
	if c := &p.Interventions.Coaching; c.Enabled && len(c.Triage) == 0 && !d.isMissing("interventions.coaching.triage") {
		d.problem("interventions.coaching.triage", "names no triage group; coaching would reach nobody (use [1, 2, 3])")
	}
	d.checkCalendar()
}

// Setter returns a function that sets the numeric parameter key (a dotted
// path, services by name) in parameters that Draw filled: what loading the
// scenario again with key overridden to x would draw, without the reload.
// Only the value changes: x is not checked against the key's rules, which
// the caller keeps to (calibration keeps fitted values inside the key's
// bounds).
func (s *Scenario) Setter(key string) (func(p *model.Params, x float64), error) {
	var path []step
	n := schema
	for _, k := range strings.Split(key, ".") {
		switch n.kind {
		case kindTable:
			c := n.child(k)
			if c == nil {
				return nil, fmt.Errorf("%s: unknown key %q", key, k)
			}
			path = append(path, step{field: c.index, elem: -1})
			n = c
		case kindNamed:
			i := slices.IndexFunc(s.params.Interventions.Services, func(sv model.Service) bool { return sv.Name == k })
			if i < 0 {
				return nil, fmt.Errorf("%s: scenario %s has no %q", key, s.Name, k)
			}
			path = append(path, step{field: -1, elem: i})
			n = n.entry
		default:
			return nil, fmt.Errorf("%s: %q is below a value", key, k)
		}
	}
	if n.kind != kindParam {
		return nil, fmt.Errorf("%s: not a number drawn per iteration", key)
	}
	f := resolve(path)
	return func(p *model.Params, x float64) { *f.in(p) = x }, nil
}
