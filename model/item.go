package model

// Item is a line item of the ledger: what a booking is for. Every booking
// names its item, so that each stakeholder's NPV splits into items that add
// up to it. The keys are a contract: scripts read them from results.json.
type Item uint8

// The line items, in their fixed order. Transfers (wages, benefits, taxes,
// premiums, the transition payment, the wage supplement, the levy) cancel
// for society; the real resources (production, case managers, services,
// tuition, health care, recruitment, induction, leisure, well-being, excess
// burden) remain. Displacement holds the flows of the other job seekers the
// extra employment displaces, transfers and resources alike.
const (
	ItemWages             Item = iota // gross wages
	ItemWW                            // WW benefit
	ItemBijstand                      // bijstand and IOAW
	ItemTax                           // income tax
	ItemToeslagen                     // zorgtoeslag and other allowances
	ItemPremiums                      // employer charges, WW premium, Zvw
	ItemTransitionPayment             // the statutory transition payment
	ItemWageSupplement                // the wage supplement
	ItemLevy                          // the transition fund: its levy and flows
	ItemCaseManagers                  // case-manager time
	ItemServices                      // services, outplacement and courses
	ItemTuition                       // tuition of training
	ItemProduction                    // production made or lost
	ItemDisplacement                  // flows of the displaced job seekers
	ItemHealthCare                    // health care used while out of work
	ItemRecruitment                   // recruitment cost saved
	ItemInduction                     // induction of sector switchers
	ItemLeisure                       // value of leisure given up for work
	ItemWellbeing                     // well-being lost while out of work
	ItemExcessBurden                  // excess burden of taxation
	// NumItems is the number of line items.
	NumItems = int(ItemExcessBurden) + 1
)

var itemKeys = [NumItems]string{
	"wages", "ww", "bijstand", "tax", "toeslagen", "premiums",
	"transition_payment", "wage_supplement", "levy", "case_managers",
	"services", "tuition", "production", "displacement", "health_care",
	"recruitment", "induction", "leisure", "wellbeing", "excess_burden",
}

// Key is the item's JSON key, e.g. "case_managers".
func (i Item) Key() string { return itemKeys[i] }

// String returns Key.
func (i Item) String() string { return i.Key() }

// ItemKeys lists the item keys in their fixed order.
func ItemKeys() []string { return append([]string(nil), itemKeys[:]...) }

// ItemByKey returns the item with key, and whether there is one.
func ItemByKey(key string) (Item, bool) {
	for i, k := range itemKeys {
		if k == key {
			return Item(i), true
		}
	}
	return 0, false
}
