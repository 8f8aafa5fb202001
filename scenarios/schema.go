package scenarios

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/model/dist"
)

// kind is what a key of the scenario language holds.
type kind int

const (
	kindTable  kind = iota // a table of known keys (a struct)
	kindNamed              // a table of named tables (services)
	kindParam              // a number or a distribution, drawn per iteration
	kindSpread             // a distribution across persons
	kindInt
	kindIntList
	kindString
	kindBool
	kindRules // rules.<year>.<key>: statutory figures of model/rules, fixed numbers
)

// node is one key of the scenario language, derived from the toml and vwnw
// tags of model.Params, so the schema and the model cannot drift apart.
type node struct {
	key      string
	path     string
	kind     kind
	index    int // field index in the parent struct
	typ      reflect.Type
	children []*node // kindTable
	entry    *node   // kindNamed: the table of one entry
	// rules from the vwnw tag
	prob, pos, nonneg, fixed, shares, optional bool
	enum                                       []string
	min, max                                   *float64
}

var (
	paramType  = reflect.TypeFor[float64]()
	spreadType = reflect.TypeFor[dist.Dist]()
	schema     = withRules(buildTable(reflect.TypeFor[model.Params](), "", ""))
)

// rulesKey is the top-level table of the overrides of statutory figures.
const rulesKey = "rules"

// withRules adds the rules table to the schema: its keys are calendar years
// and the keys of model/rules (rules.Keys), not struct fields, so the
// decoder reads it on its own (decoder.rules) into Params.Rules.
func withRules(n *node) *node {
	f, ok := reflect.TypeFor[model.Params]().FieldByName("Rules")
	if !ok {
		panic("scenarios: model.Params has no Rules field")
	}
	n.children = append(n.children, &node{key: rulesKey, path: rulesKey, kind: kindRules, index: f.Index[0], typ: f.Type, optional: true})
	return n
}

func buildTable(t reflect.Type, key, path string) *node {
	n := &node{key: key, path: path, kind: kindTable, typ: t}
	for i := range t.NumField() {
		f := t.Field(i)
		k := f.Tag.Get("toml")
		if k == "" || k == "-" {
			continue
		}
		p := k
		if path != "" {
			p = path + "." + k
		}
		var c *node
		switch {
		case f.Type == spreadType:
			c = &node{kind: kindSpread}
		case f.Type == paramType:
			c = &node{kind: kindParam}
		case f.Type.Kind() == reflect.Struct:
			c = buildTable(f.Type, k, p)
		case f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct:
			c = &node{kind: kindNamed, entry: buildTable(f.Type.Elem(), k, p)}
		case f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Int:
			c = &node{kind: kindIntList}
		case f.Type.Kind() == reflect.Int:
			c = &node{kind: kindInt}
		case f.Type.Kind() == reflect.String:
			c = &node{kind: kindString}
		case f.Type.Kind() == reflect.Bool:
			c = &node{kind: kindBool}
		default:
			panic("scenarios: unsupported field type " + f.Type.String())
		}
		c.key, c.path, c.index, c.typ = k, p, i, f.Type
		parseRules(c, f.Tag.Get("vwnw"))
		n.children = append(n.children, c)
	}
	return n
}

func parseRules(n *node, tag string) {
	for _, r := range strings.Split(tag, ",") {
		switch {
		case r == "prob":
			n.prob = true
		case r == "pos":
			n.pos = true
		case r == "nonneg":
			n.nonneg = true
		case r == "fixed":
			n.fixed = true
		case r == "shares":
			n.shares = true
		case r == "optional":
			n.optional = true
		case strings.HasPrefix(r, "enum="):
			n.enum = strings.Split(strings.TrimPrefix(r, "enum="), "|")
		case strings.HasPrefix(r, "min="):
			v, err := strconv.ParseFloat(strings.TrimPrefix(r, "min="), 64)
			if err != nil {
				panic("scenarios: bad min rule " + r)
			}
			n.min = &v
		case strings.HasPrefix(r, "max="):
			v, err := strconv.ParseFloat(strings.TrimPrefix(r, "max="), 64)
			if err != nil {
				panic("scenarios: bad max rule " + r)
			}
			n.max = &v
		}
	}
}

// child returns the node of key k below n, or nil: for a named table any
// key names an entry.
func (n *node) child(k string) *node {
	if n.kind == kindNamed {
		return n.entry
	}
	if n.kind == kindRules {
		return n // years and figures: merged key by key (see merge)
	}
	for _, c := range n.children {
		if c.key == k {
			return c
		}
	}
	return nil
}

// keys lists the children's keys.
func (n *node) keys() []string {
	ks := make([]string, len(n.children))
	for i, c := range n.children {
		ks[i] = c.key
	}
	return ks
}

// leaf reports whether n holds a value rather than a table of keys.
func (n *node) leaf() bool { return n.kind != kindTable && n.kind != kindNamed }

// lookup finds the node of a dotted path; a named table's entry name is
// any key. It returns the node and how far the path matched.
func lookup(path []string) (*node, int) {
	n := schema
	for i, k := range path {
		if n.kind == kindRules {
			return n, len(path) // the decoder checks the year and the key
		}
		if n.leaf() {
			return n, i
		}
		c := n.child(k)
		if c == nil {
			return n, i
		}
		n = c
	}
	return n, len(path)
}

// Keys lists every dotted parameter key of the scenario language, with
// <name> for the name of a service.
func Keys() []string {
	var out []string
	var walk func(n *node, prefix string)
	walk = func(n *node, prefix string) {
		for _, c := range n.children {
			p := prefix + c.key
			switch c.kind {
			case kindTable:
				walk(c, p+".")
			case kindNamed:
				walk(c.entry, p+".<name>.")
			case kindRules:
				out = append(out, p+".<year>.<key>")
			default:
				out = append(out, p)
			}
		}
	}
	walk(schema, "")
	return out
}
