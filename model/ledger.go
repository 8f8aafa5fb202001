package model

import "math"

// Ledger books the cash flows of one scenario in one iteration, month by
// month, undiscounted. Every flow is a pair: a transfer moves money from one
// party to another; a resource flow is a real effect — production made or
// lost, case-manager time, services, health care — booked between a party
// and the world outside the seven parties. Society is the sum of the seven
// parties, so transfers cancel for society and only resource flows remain.
type Ledger struct {
	months int
	// amounts[t*NumParties+s] is party s's net cash flow in month t.
	amounts []float64
	// resource[t] is the net of resource flows in month t, kept apart to
	// check the identity society = Σ parties = Σ resource flows.
	resource []float64
}

// NewLedger returns an empty ledger for months months.
func NewLedger(months int) *Ledger {
	return &Ledger{
		months:   months,
		amounts:  make([]float64, months*NumParties),
		resource: make([]float64, months),
	}
}

// Reset clears the ledger.
func (l *Ledger) Reset() {
	clear(l.amounts)
	clear(l.resource)
}

// Months is the number of months the ledger covers.
func (l *Ledger) Months() int { return l.months }

// Transfer books amount moving from payer to receiver in month t.
func (l *Ledger) Transfer(t int, payer, receiver Stakeholder, amount float64) {
	if amount == 0 {
		return
	}
	l.amounts[t*NumParties+int(payer)] -= amount
	l.amounts[t*NumParties+int(receiver)] += amount
}

// Resource books a real effect of amount for party s in month t: positive
// when s gains a resource (production), negative when it uses one (time,
// services, health care). The counterparty is the world outside the parties.
func (l *Ledger) Resource(t int, s Stakeholder, amount float64) {
	if amount == 0 {
		return
	}
	l.amounts[t*NumParties+int(s)] += amount
	l.resource[t] += amount
}

// Pay books a resource cost split over payers by their shares.
func (l *Ledger) Pay(t int, payers *Payers, cost float64) {
	if cost == 0 {
		return
	}
	for s := Stakeholder(0); int(s) < NumParties; s++ {
		if sh := payers.Share(s); sh != 0 {
			l.Resource(t, s, -sh*cost)
		}
	}
}

// TransferShares books amount moving from payers, split by their shares, to
// receiver in month t.
func (l *Ledger) TransferShares(t int, payers *Payers, receiver Stakeholder, amount float64) {
	if amount == 0 {
		return
	}
	for s := Stakeholder(0); int(s) < NumParties; s++ {
		if sh := payers.Share(s); sh != 0 {
			l.Transfer(t, s, receiver, sh*amount)
		}
	}
}

// Amount returns party s's net cash flow in month t; for Society it is the
// sum over the seven parties.
func (l *Ledger) Amount(t int, s Stakeholder) float64 {
	if s != Society {
		return l.amounts[t*NumParties+int(s)]
	}
	sum := 0.0
	for _, a := range l.amounts[t*NumParties : (t+1)*NumParties] {
		sum += a
	}
	return sum
}

// ResourceTotal returns the net of resource flows in month t.
func (l *Ledger) ResourceTotal(t int) float64 { return l.resource[t] }

// TransferTotal returns what the parties' flows in month t add up to beyond
// the resource flows: the net of all transfers, zero when every transfer
// was booked with both its legs.
func (l *Ledger) TransferTotal(t int) float64 { return l.Amount(t, Society) - l.resource[t] }

// NPV returns the discounted sum of stakeholder s's flows with the monthly
// discount factors disc.
func (l *Ledger) NPV(s Stakeholder, disc []float64) float64 {
	sum := 0.0
	for t := range l.months {
		sum += disc[t] * l.Amount(t, s)
	}
	return sum
}

// DiscountFactors returns (1+r)^(−t/12) for t = 0 … months−1: the monthly
// factor follows from the annual rate, never r/12 (docs/model.md, "Time, money and discounting"). Each month
// multiplies by the monthly factor; over 600 months the rounding stays
// below 1e-13 relative.
func DiscountFactors(dst []float64, annualRate float64, months int) []float64 {
	if cap(dst) < months {
		dst = make([]float64, months)
	}
	dst = dst[:months]
	monthly := math.Pow(1+annualRate, -1.0/12)
	f := 1.0
	for t := range dst {
		dst[t] = f
		f *= monthly
	}
	return dst
}
