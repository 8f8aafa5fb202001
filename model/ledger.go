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
	// disc is the discount factor per month, and items[i*NumParties+s]
	// party s's discounted sum of item i.
	disc  []float64
	items [NumItems * NumParties]float64
	// noItems: the items are not summed (Config.NPVOnly).
	noItems bool
}

// NewLedger returns an empty ledger for months months, discounting its
// items with factors 1 until Reset gives it others.
func NewLedger(months int) *Ledger {
	l := &Ledger{
		months:   months,
		amounts:  make([]float64, months*NumParties),
		resource: make([]float64, months),
		disc:     make([]float64, months),
	}
	for t := range l.disc {
		l.disc[t] = 1
	}
	return l
}

// Reset clears the ledger; disc, when not nil, becomes the monthly discount
// factors of the items (at least Months of them), which the ledger keeps
// but does not copy.
func (l *Ledger) Reset(disc []float64) {
	clear(l.amounts)
	clear(l.resource)
	l.items = [NumItems * NumParties]float64{}
	if disc != nil {
		l.disc = disc[:l.months]
	}
}

// Months is the number of months the ledger covers.
func (l *Ledger) Months() int { return l.months }

// Transfer books amount of item moving from payer to receiver in month t.
func (l *Ledger) Transfer(t int, item Item, payer, receiver Stakeholder, amount float64) {
	if amount == 0 {
		return
	}
	l.amounts[t*NumParties+int(payer)] -= amount
	l.amounts[t*NumParties+int(receiver)] += amount
	if l.noItems {
		return
	}
	d := l.disc[t] * amount
	l.items[int(item)*NumParties+int(payer)] -= d
	l.items[int(item)*NumParties+int(receiver)] += d
}

// Resource books a real effect of amount for party s in month t: positive
// when s gains a resource (production), negative when it uses one (time,
// services, health care). The counterparty is the world outside the parties.
func (l *Ledger) Resource(t int, item Item, s Stakeholder, amount float64) {
	if amount == 0 {
		return
	}
	l.amounts[t*NumParties+int(s)] += amount
	l.resource[t] += amount
	if !l.noItems {
		l.items[int(item)*NumParties+int(s)] += l.disc[t] * amount
	}
}

// Pay books a resource cost of item split over payers by their shares.
func (l *Ledger) Pay(t int, item Item, payers *Payers, cost float64) {
	if cost == 0 {
		return
	}
	for s := Stakeholder(0); int(s) < NumParties; s++ {
		if sh := payers.Share(s); sh != 0 {
			l.Resource(t, item, s, -sh*cost)
		}
	}
}

// TransferShares books amount of item moving from payers, split by their
// shares, to receiver in month t.
func (l *Ledger) TransferShares(t int, item Item, payers *Payers, receiver Stakeholder, amount float64) {
	if amount == 0 {
		return
	}
	for s := Stakeholder(0); int(s) < NumParties; s++ {
		if sh := payers.Share(s); sh != 0 {
			l.Transfer(t, item, s, receiver, sh*amount)
		}
	}
}

// ItemNPV returns stakeholder s's discounted sum of item i, with the
// discount factors of the last Reset; for Society it is the sum over the
// seven parties. Over the items it adds up to NPV with those factors.
func (l *Ledger) ItemNPV(i Item, s Stakeholder) float64 {
	row := l.items[int(i)*NumParties : (int(i)+1)*NumParties]
	if s != Society {
		return row[s]
	}
	sum := 0.0
	for _, a := range row {
		sum += a
	}
	return sum
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
