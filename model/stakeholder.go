package model

// Stakeholder is a party whose costs and benefits the ledger keeps apart.
// The keys are a contract (docs/commands.md, the JSON shape): scripts read them from results.json.
type Stakeholder int

// The eight stakeholders. Society is not booked directly: it is the sum of
// the seven others, which is what makes transfers cancel out.
const (
	Workers Stakeholder = iota
	ReleasingEmployers
	ReceivingEmployers
	UWV
	Municipalities
	Insurers
	Treasury
	Society

	// NumParties is the number of stakeholders that flows are booked to
	// (all but Society).
	NumParties = int(Society)
	// NumStakeholders counts Society too.
	NumStakeholders = NumParties + 1
)

var stakeholderKeys = [NumStakeholders]string{
	"workers", "releasing_employers", "receiving_employers", "uwv",
	"municipalities", "insurers", "treasury", "society",
}

// Key is the stakeholder's JSON and TOML key, e.g. "releasing_employers".
func (s Stakeholder) Key() string { return stakeholderKeys[s] }

// String returns Key.
func (s Stakeholder) String() string { return s.Key() }

// StakeholderKeys lists the eight keys in their fixed order.
func StakeholderKeys() []string { return append([]string(nil), stakeholderKeys[:]...) }

// PartyKeys lists the keys of the seven parties that can pay or receive.
func PartyKeys() []string { return append([]string(nil), stakeholderKeys[:NumParties]...) }

// ByStakeholder holds one T per stakeholder; its JSON keys are the
// stakeholder keys in their fixed order.
type ByStakeholder[T any] struct {
	Workers            T `json:"workers"`
	ReleasingEmployers T `json:"releasing_employers"`
	ReceivingEmployers T `json:"receiving_employers"`
	UWV                T `json:"uwv"`
	Municipalities     T `json:"municipalities"`
	Insurers           T `json:"insurers"`
	Treasury           T `json:"treasury"`
	Society            T `json:"society"`
}

// At returns a pointer to the value of stakeholder s.
func (b *ByStakeholder[T]) At(s Stakeholder) *T {
	switch s {
	case Workers:
		return &b.Workers
	case ReleasingEmployers:
		return &b.ReleasingEmployers
	case ReceivingEmployers:
		return &b.ReceivingEmployers
	case UWV:
		return &b.UWV
	case Municipalities:
		return &b.Municipalities
	case Insurers:
		return &b.Insurers
	case Treasury:
		return &b.Treasury
	case Society:
		return &b.Society
	}
	panic("model: unknown stakeholder")
}
