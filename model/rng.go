package model

// Random numbers are counter based: the uniform for a purpose in month t of
// person p in iteration i is a hash of (seed, i, p, t, purpose). Every
// scenario of a run therefore meets the same draws (common random numbers),
// whatever else happened before, and the result does not depend on which
// goroutine simulated the iteration.

// Purposes of draws; each has its own stream.
const (
	drawEvent uint64 = iota + 1
	drawWage
	drawSchooling
	drawUptake
	drawDropout
	drawSector
	drawTransition
	drawTrainUptake
	drawAttribute      // + attribute index, see cohort.go
	drawService   = 64 // + service index
)

// mix is the SplitMix64 finaliser (Steele, Lea & Flood 2014): a bijective
// hash with good avalanche, the usual way to seed counter-based streams.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// key combines a stream key with a counter.
func key(base, n uint64) uint64 { return mix(base ^ mix(n)) }

// uniform maps a hash to (0, 1), never 0 or 1, so quantile functions are safe.
func uniform(h uint64) float64 {
	return (float64(h>>11) + 0.5) * 0x1p-53
}

// iterationKey is the stream of iteration i of a run with seed seed.
func iterationKey(seed uint64, i int) uint64 { return key(mix(seed), uint64(i)) }

// ParamUniform returns the uniform that draws the uncertain parameter with
// hashed name nameHash in iteration i. Scenarios that share a parameter share
// its draw.
func ParamUniform(seed uint64, i int, nameHash uint64) float64 {
	return uniform(key(iterationKey(seed, i)^0x7061726d, nameHash))
}

// HashName hashes a parameter name (FNV-1a) for ParamUniform.
func HashName(name string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(name); i++ {
		h ^= uint64(name[i])
		h *= 1099511628211
	}
	return h
}
