package model

// State is where a person is in the prevention phases (docs/model.md, "States").
type State uint8

// The eight states. Their keys are a contract: they name the occupancy
// series in results.json.
const (
	Notice    State = iota // employed, redundancy announced (secondary prevention, phase D)
	Retained               // redundancy withdrawn, stays with the releasing employer
	Employed               // placed in a new job
	Training               // full-time (re)training toward a new occupation
	WW                     // unemployed on WW
	Bijstand               // unemployed on social assistance
	NoBenefit              // unemployed without benefit (partner income)
	Inactive               // left the labour force

	// NumStates is the number of states.
	NumStates = int(Inactive) + 1
)

var stateKeys = [NumStates]string{
	"notice", "retained", "employed", "training", "ww", "bijstand", "no_benefit", "inactive",
}

// Key is the state's JSON key, e.g. "no_benefit".
func (s State) Key() string { return stateKeys[s] }

// String returns Key.
func (s State) String() string { return s.Key() }

// StateKeys lists the state keys in their fixed order.
func StateKeys() []string { return append([]string(nil), stateKeys[:]...) }

// Unemployed reports whether s is one of the unemployed states.
func (s State) Unemployed() bool { return s == WW || s == Bijstand || s == NoBenefit }

// ByState holds one T per state; its JSON keys are the state keys.
type ByState[T any] struct {
	Notice    T `json:"notice"`
	Retained  T `json:"retained"`
	Employed  T `json:"employed"`
	Training  T `json:"training"`
	WW        T `json:"ww"`
	Bijstand  T `json:"bijstand"`
	NoBenefit T `json:"no_benefit"`
	Inactive  T `json:"inactive"`
}

// At returns a pointer to the value of state s.
func (b *ByState[T]) At(s State) *T {
	switch s {
	case Notice:
		return &b.Notice
	case Retained:
		return &b.Retained
	case Employed:
		return &b.Employed
	case Training:
		return &b.Training
	case WW:
		return &b.WW
	case Bijstand:
		return &b.Bijstand
	case NoBenefit:
		return &b.NoBenefit
	case Inactive:
		return &b.Inactive
	}
	panic("model: unknown state")
}
