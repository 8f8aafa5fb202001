package draws

import (
	"math"

	"github.com/vwnw/vwnw/model"
)

// Params computes the draws of the uncertain parameters of a run, per
// iteration and scenario, as the engine draws them: the parameter's
// quantile function at model.ParamUniform(seed, i, model.HashName(key)).
type Params struct {
	// Keys are the parameters' dotted keys: the columns.
	Keys   []string
	seed   uint64
	hashes []uint64
	// value[s][j] is scenario s's quantile function of Keys[j]; nil where
	// the scenario does not have the parameter.
	value [][]func(u float64) float64
	out   [][]float64
}

// NewParams returns the draws of keys in a run with seed; value[s] maps
// each key of scenario s to its quantile function.
func NewParams(seed uint64, keys []string, value []map[string]func(u float64) float64) *Params {
	p := &Params{Keys: keys, seed: seed, hashes: make([]uint64, len(keys))}
	for j, k := range keys {
		p.hashes[j] = model.HashName(k)
	}
	for _, m := range value {
		row := make([]func(float64) float64, len(keys))
		for j, k := range keys {
			row[j] = m[k]
		}
		p.value = append(p.value, row)
		p.out = append(p.out, make([]float64, len(keys)))
	}
	return p
}

// At returns every scenario's draws in iteration i: At(i)[s][j] of Keys[j],
// NaN where scenario s does not have it. The slices are reused by the next
// call.
func (p *Params) At(i int) [][]float64 {
	for s, row := range p.value {
		for j, f := range row {
			v := math.NaN()
			if f != nil {
				v = f(model.ParamUniform(p.seed, i, p.hashes[j]))
			}
			p.out[s][j] = v
		}
	}
	return p.out
}
