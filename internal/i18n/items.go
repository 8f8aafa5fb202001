package i18n

import "strings"

// itemNames are the Dutch and English names of the line items of a
// party's NPV (results.json npv_by_item), by key.
var itemNames = map[string][2]string{
	"wages":              {"loon", "wages"},
	"ww":                 {"WW", "WW"},
	"bijstand":           {"bijstand en IOAW", "social assistance and IOAW"},
	"tax":                {"belasting", "tax"},
	"toeslagen":          {"toeslagen", "benefits (toeslagen)"},
	"premiums":           {"premies en lasten", "premiums and charges"},
	"transition_payment": {"transitievergoeding", "transition payment"},
	"wage_supplement":    {"loonsuppletie", "wage supplement"},
	"levy":               {"heffing", "levy"},
	"case_managers":      {"casemanagers", "case managers"},
	"services":           {"diensten", "services"},
	"tuition":            {"scholingskosten", "tuition"},
	"production":         {"productie", "production"},
	"displacement":       {"verdringing", "displacement"},
	"health_care":        {"zorgkosten", "health care"},
	"recruitment":        {"werving", "recruitment"},
	"induction":          {"inwerken", "induction"},
	"leisure":            {"vrije tijd", "leisure"},
	"well_being":         {"welzijn", "well-being"},
	"excess_burden":      {"extra belastingdruk", "excess burden"},
}

// ItemName is the name in lang of the line item key; a key it does not
// know is shown with spaces for its underscores.
func ItemName(key, lang string) string {
	if n, ok := itemNames[key]; ok {
		if lang == "en" {
			return n[1]
		}
		return n[0]
	}
	return strings.ReplaceAll(key, "_", " ")
}
