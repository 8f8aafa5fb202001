package model

import "math"

// This file holds the cash-flow categories the simulation accumulates per
// month (the bases) and their booking as payer/receiver pairs in the
// Ledger: who pays whom for each.

// Flow bases: euro amounts (or counts) accumulated per month during the
// simulation and turned into payer/receiver pairs by book.
const (
	baseOldWage         = iota // gross wage paid by the releasing employer
	baseOldUWV                 // its WW (AWf), Aof and Whk premiums, to UWV
	baseOldInsurers            // its Zvw employer levy, to the insurers
	baseOldTreasury            // its childcare surcharge (Wko), to the treasury
	baseOldProduction          // production at the releasing employer
	baseNewWage                // gross wage paid by receiving employers
	baseNewUWV                 // their premiums to UWV
	baseNewInsurers            // their Zvw employer levy
	baseNewTreasury            // their childcare surcharge
	baseWW                     // WW benefit paid by UWV
	baseZvwWW                  // the Zvw employer levy UWV pays on WW, to the insurers
	baseTax                    // income tax and national insurance premiums, to the treasury
	baseToeslag                // zorgtoeslag, paid by the treasury
	baseBijstand               // bijstand and IOAW (gross) paid by municipalities
	baseZvwBenefit             // the Zvw contribution withheld from bijstand and IOAW, to the insurers
	baseUnemployed             // person-months out of work
	baseCoaching               // case-manager cost
	baseLostProduction         // working time spent on coaching under notice
	baseTransition             // transition payments
	baseTuitionWorker          // tuition paid from an earmarked transition payment
	baseTuitionTreasury        // tuition paid from the STAP budget
	baseTuitionFund            // tuition paid by the transition fund
	baseTrainingIncome         // income paid by the fund during training
	baseWageSupplement         // wage supplement
	baseOutplacement           // transition payment spent on outplacement or courses
	baseRecruitment            // recruitment cost receiving employers save
	baseInduction              // induction cost of sector switchers
	baseLeisure                // value of the leisure given up in a new job
	numFixedBases              // services follow, one base each
)

// levy is how the transition fund passes its spending on, resolved from
// Levy: to the levy payers (Retraining.Payer) up to what a per-worker levy
// collected — all of it on a wage-bill basis — and to the shortfall payer
// beyond that.
type levy struct {
	perWorker bool    // basis per_worker
	lumpSum   float64 // per worker, basis per_worker
	// toPayers: the levy payers also pay the shortfall (a supplementary
	// levy); else shortfall does.
	toPayers  bool
	shortfall Payers
}

func newLevy(lv *Levy) levy {
	l := levy{perWorker: lv.Basis == "per_worker", lumpSum: lv.PerWorker}
	switch lv.Shortfall {
	case "", "levy_payers":
		l.toPayers = true
	case "releasing_employers":
		l.shortfall.ReleasingEmployers = 1
	case "receiving_employers":
		l.shortfall.ReceivingEmployers = 1
	case "treasury":
		l.shortfall.Treasury = 1
	}
	return l
}

// collected is what a per-worker levy raises for a cohort of persons, or
// +Inf on a wage-bill basis (the fund balances over the sector).
func (l *levy) collected(persons int) float64 {
	if l.perWorker {
		return l.lumpSum * float64(persons)
	}
	return math.Inf(1)
}

// book turns the month's accumulated bases into payer/receiver pairs.
func book(pl *plan, tl *tally, l *Ledger) {
	l.Reset(pl.disc)
	available := pl.levy.collected(tl.persons)
	for t := range tl.months {
		b := tl.acc[t*tl.bases : (t+1)*tl.bases]
		bookEmployment(pl, l, t, b)
		bookIncome(pl, l, t, b)
		bookFund(pl, l, t, b, &available)
		bookInterventions(pl, l, t, b)
	}
}

// bookEmployment books the old and the new jobs: the employers pay the
// wage, their premiums and charges (by the rules of each calendar year: to
// UWV the AWf, Aof and Whk premiums, to the insurers the Zvw levy, to the
// treasury the childcare surcharge), and get what the worker produces.
func bookEmployment(pl *plan, l *Ledger, t int, b []float64) {
	l.Transfer(t, ItemWages, ReleasingEmployers, Workers, b[baseOldWage])
	l.Transfer(t, ItemPremiums, ReleasingEmployers, UWV, b[baseOldUWV])
	l.Transfer(t, ItemPremiums, ReleasingEmployers, Insurers, b[baseOldInsurers])
	l.Transfer(t, ItemPremiums, ReleasingEmployers, Treasury, b[baseOldTreasury])
	l.Resource(t, ItemProduction, ReleasingEmployers, b[baseOldProduction])
	l.Resource(t, ItemProduction, ReleasingEmployers, -b[baseLostProduction])
	// Receiving employers likewise. Production is valued at
	// economy.productivity × the gross wage, apart from the rates, so that
	// charges and premiums stay transfers.
	l.Transfer(t, ItemWages, ReceivingEmployers, Workers, b[baseNewWage])
	l.Transfer(t, ItemPremiums, ReceivingEmployers, UWV, b[baseNewUWV])
	l.Transfer(t, ItemPremiums, ReceivingEmployers, Insurers, b[baseNewInsurers])
	l.Transfer(t, ItemPremiums, ReceivingEmployers, Treasury, b[baseNewTreasury])
	l.Resource(t, ItemProduction, ReceivingEmployers, pl.p.Economy.Productivity*b[baseNewWage])
	// What the arrangement saves receiving employers in recruitment, and
	// what inducting someone from another sector costs them.
	l.Resource(t, ItemRecruitment, ReceivingEmployers, b[baseRecruitment])
	l.Resource(t, ItemInduction, ReceivingEmployers, -b[baseInduction])
}

// bookIncome books benefits, the transition payment, the income tax and
// zorgtoeslag of every month (worked out person by person by the rules of
// the month's calendar year), and what being out of work costs.
func bookIncome(pl *plan, l *Ledger, t int, b []float64) {
	e := &pl.p.Economy
	l.Transfer(t, ItemWW, UWV, Workers, b[baseWW])
	l.Transfer(t, ItemPremiums, UWV, Insurers, b[baseZvwWW])
	l.Transfer(t, ItemBijstand, Municipalities, Workers, b[baseBijstand])
	l.Transfer(t, ItemPremiums, Workers, Insurers, b[baseZvwBenefit])
	l.Transfer(t, ItemTransitionPayment, ReleasingEmployers, Workers, b[baseTransition])
	l.Transfer(t, ItemTax, Workers, Treasury, b[baseTax])
	l.Transfer(t, ItemToeslagen, Treasury, Workers, b[baseToeslag])
	// Health care used while out of work, and well-being when counted.
	l.Resource(t, ItemHealthCare, Insurers, -e.HealthCostUnemployed*b[baseUnemployed])
	if e.IncludeWellbeing {
		l.Resource(t, ItemWellbeing, Workers, -e.WellbeingLossUnemployed*b[baseUnemployed])
	}
	// The leisure given up in a new job (zero unless counted).
	l.Resource(t, ItemLeisure, Workers, -b[baseLeisure])
}

// bookFund books retraining: tuition is a real resource, paid from the
// earmarked transition payment, the STAP budget and the fund in that order;
// the fund's income for trainees and the wage supplement are transfers to
// the workers, taxed as income (their tax is in baseTax). The fund's share
// goes to the levy payers while the levy lasts (available), then to the
// shortfall payer: the levy
// is a transfer through the fund, so it shows as these parties bearing the
// fund's resource and transfer flows.
func bookFund(pl *plan, l *Ledger, t int, b []float64, available *float64) {
	iv := &pl.p.Interventions
	l.Resource(t, ItemTuition, Workers, -b[baseTuitionWorker])
	l.Resource(t, ItemTuition, Treasury, -b[baseTuitionTreasury])
	if spend := b[baseTuitionFund] + b[baseTrainingIncome]; spend > 0 {
		k := 1.0
		if !pl.levy.toPayers {
			k = min(spend, max(*available, 0)) / spend
			*available -= spend
		}
		l.Pay(t, ItemTuition, &iv.Training.Payer, k*b[baseTuitionFund])
		l.TransferShares(t, ItemLevy, &iv.Training.Payer, Workers, k*b[baseTrainingIncome])
		l.Pay(t, ItemTuition, &pl.levy.shortfall, (1-k)*b[baseTuitionFund])
		l.TransferShares(t, ItemLevy, &pl.levy.shortfall, Workers, (1-k)*b[baseTrainingIncome])
	}
	l.TransferShares(t, ItemWageSupplement, &iv.WageSupplement.Payer, Workers, b[baseWageSupplement])
}

// bookInterventions books the real resources interventions use:
// outplacement and courses bought with the transition payment, the case
// managers and the services.
func bookInterventions(pl *plan, l *Ledger, t int, b []float64) {
	iv := &pl.p.Interventions
	l.Resource(t, ItemServices, Workers, -b[baseOutplacement])
	l.Pay(t, ItemCaseManagers, &iv.Coaching.Payer, b[baseCoaching])
	for k := range iv.Services {
		l.Pay(t, ItemServices, &iv.Services[k].Payer, b[numFixedBases+k])
	}
}

// fundTotals returns what the transition fund spent on the cohort and the
// levy collected for it, undiscounted.
func fundTotals(pl *plan, tl *tally) (spent, collected float64) {
	if !pl.p.Interventions.Training.Enabled {
		return 0, 0
	}
	for t := range tl.months {
		b := tl.acc[t*tl.bases : (t+1)*tl.bases]
		spent += b[baseTuitionFund] + b[baseTrainingIncome]
	}
	if pl.levy.perWorker {
		return spent, pl.levy.collected(tl.persons)
	}
	return spent, spent
}
