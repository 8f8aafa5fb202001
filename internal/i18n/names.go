package i18n

import (
	"strings"

	"github.com/vwnw/vwnw/model"
)

// names are the names of the stakeholders and states in one language, in
// the order of model.Stakeholder and model.State.
type names struct {
	stakeholders [model.NumStakeholders]string // in tables and legends
	heads        [model.NumStakeholders]string // column heads, with soft hyphens
	in           [model.NumStakeholders]string // as the object of a sentence
	states       [model.NumStates]string
	items        [model.NumItems]string // line items of the ledger
	and          string                 // the last separator of a list
}

var namesNL = names{
	stakeholders: [model.NumStakeholders]string{
		"werknemers", "latende werkgevers", "ontvangende werkgevers", "UWV",
		"gemeenten", "zorgverzekeraars", "Rijk", "maatschappij",
	},
	heads: [model.NumStakeholders]string{
		"werknemers", "latende werkgevers", "ontvangende werkgevers", "UWV",
		"gemeenten", "zorg\u00adverzekeraars", "Rijk", "maatschappij",
	},
	in: [model.NumStakeholders]string{
		"werknemers", "latende werkgevers", "ontvangende werkgevers", "UWV",
		"gemeenten", "zorgverzekeraars", "het Rijk", "de maatschappij",
	},
	states: [model.NumStates]string{
		"opzegtermijn", "behouden", "werk", "scholing", "WW", "bijstand", "geen uitkering", "inactief",
	},
	items: [model.NumItems]string{
		"lonen", "WW", "bijstand en IOAW", "inkomstenbelasting", "toeslagen", "premies en werkgeverslasten",
		"transitievergoeding", "loonsuppletie", "heffing en fonds", "casemanagers",
		"diensten", "scholingskosten", "productie", "verdringing", "zorgkosten",
		"wervingskosten", "inwerkkosten", "vrije tijd", "welzijn", "belastingverlies",
	},
	and: "en",
}

var namesEN = names{
	stakeholders: [model.NumStakeholders]string{
		"workers", "releasing employers", "receiving employers", "UWV",
		"municipalities", "health insurers", "treasury", "society",
	},
	heads: [model.NumStakeholders]string{
		"workers", "releasing employers", "receiving employers", "UWV",
		"munici\u00adpalities", "health insurers", "treasury", "society",
	},
	in: [model.NumStakeholders]string{
		"workers", "releasing employers", "receiving employers", "UWV",
		"municipalities", "health insurers", "the treasury", "society",
	},
	states: [model.NumStates]string{
		"notice period", "retained", "employed", "training", "WW", "social assistance", "no benefit", "inactive",
	},
	items: [model.NumItems]string{
		"wages", "WW", "social assistance and IOAW", "income tax", "allowances", "premiums and employer charges",
		"transition payment", "wage supplement", "levy and fund", "case managers",
		"services", "tuition", "production", "displacement", "health care",
		"recruitment", "induction", "leisure", "well-being", "excess burden",
	},
	and: "and",
}

func namesOf(lang string) *names {
	if lang == "en" {
		return &namesEN
	}
	return &namesNL
}

// Stakeholder is the name of s in lang as tables and legends print it
// ("Rijk", "treasury"); its key when s is not a stakeholder.
func Stakeholder(s model.Stakeholder, lang string) string {
	if s < 0 || int(s) >= model.NumStakeholders {
		return s.Key()
	}
	return namesOf(lang).stakeholders[s]
}

// StakeholderIn is the name of s in lang as the object of a sentence, with
// the article where the language uses one ("voor het Rijk"); its key when s
// is not a stakeholder.
func StakeholderIn(s model.Stakeholder, lang string) string {
	if s < 0 || int(s) >= model.NumStakeholders {
		return s.Key()
	}
	return namesOf(lang).in[s]
}

// StakeholderInByKey is StakeholderIn of the stakeholder with key, or key
// itself when no stakeholder has it.
func StakeholderInByKey(key, lang string) string {
	for k := range model.NumStakeholders {
		if model.Stakeholder(k).Key() == key {
			return StakeholderIn(model.Stakeholder(k), lang)
		}
	}
	return key
}

// Item is the name of line item i in lang, as tables print it.
func Item(i model.Item, lang string) string {
	if int(i) >= model.NumItems {
		return i.Key()
	}
	return namesOf(lang).items[i]
}

// State is the name of s in lang ("bijstand", "social assistance").
func State(s model.State, lang string) string { return namesOf(lang).states[s] }

// JoinAnd joins items as a list in lang: "a, b en c", "a, b and c".
func JoinAnd(items []string, lang string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + namesOf(lang).and + " " + items[len(items)-1]
}
