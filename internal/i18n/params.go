package i18n

import (
	"strings"

	"github.com/vwnw/vwnw/model"
)

// paramLabels gives the readable name of each key of the scenario
// language, Dutch and English, as the doc comments of model.Params
// describe them. A service's name is written as "*"; a payer's share is
// composed from the party (ParamLabel). They name the parameters in the
// report's sensitivity analysis and in the workbook.
var paramLabels = map[string][2]string{
	"economy.price_year":                {"prijspeil van de bedragen", "price year of the amounts"},
	"economy.discount_rate":             {"reële discontovoet per jaar", "real discount rate per year"},
	"economy.notice_productivity":       {"productie tijdens de opzegtermijn (aandeel van de productie)", "production during notice (share of production)"},
	"economy.productivity":              {"waarde van de productie (× brutoloon)", "value of production (× gross wage)"},
	"economy.displacement_short":        {"verdringing op korte termijn (aandeel extra werk)", "displacement in the short run (share of extra work)"},
	"economy.displacement_long":         {"verdringing op lange termijn (aandeel extra werk)", "displacement in the long run (share of extra work)"},
	"economy.displacement_months":       {"duur van de korte termijn van verdringing (maanden)", "months of the short run of displacement"},
	"economy.leisure_value_share":       {"waarde van vrije tijd (aandeel netto inkomenswinst)", "value of leisure (share of the net income gain)"},
	"economy.include_leisure":           {"vrije tijd meetellen", "count leisure"},
	"economy.mcpf":                      {"marginale kosten van publieke middelen", "marginal cost of public funds"},
	"economy.health_cost_unemployed":    {"extra zorgkosten per maand werkloos (€)", "extra health-care cost per month unemployed (€)"},
	"economy.wellbeing_loss_unemployed": {"welzijnsverlies per maand werkloos (€)", "well-being loss per month unemployed (€)"},
	"economy.include_wellbeing":         {"welzijn meetellen in de totalen", "well-being counted in the totals"},

	"cohort.start":                            {"kalendermaand van de eerste instroom", "calendar month of the first entry"},
	"cohort.size":                             {"aantal personen in de groep", "persons in the cohort"},
	"cohort.file":                             {"bestand met deelnemers", "file of participants"},
	"cohort.entry_months":                     {"maanden van de ontslagaanzegging", "months of the redundancy notice"},
	"cohort.age":                              {"leeftijd (jaren)", "age (years)"},
	"cohort.tenure_years":                     {"dienstjaren bij de werkgever", "years of service with the employer"},
	"cohort.earlier_work_years":               {"arbeidsjaren vóór deze werkgever", "years worked before this employer"},
	"cohort.monthly_wage":                     {"brutoloon per maand (€)", "gross monthly wage (€)"},
	"cohort.contract_hours":                   {"contracturen per week", "contract hours per week"},
	"cohort.notice_months":                    {"resterende maanden contract na aanzegging", "months of contract left after the notice"},
	"cohort.flex_share":                       {"aandeel met flexcontract", "share on a flexible contract"},
	"cohort.digital_low_share":                {"aandeel met weinig digitale vaardigheden", "share with low digital skills"},
	"cohort.education.low":                    {"aandeel praktisch opgeleid (laag)", "share with low education"},
	"cohort.education.mid":                    {"aandeel middelbaar opgeleid", "share with middle education"},
	"cohort.education.high":                   {"aandeel hoog opgeleid", "share with high education"},
	"cohort.household.single":                 {"aandeel alleenstaand", "share single"},
	"cohort.household.partner_with_income":    {"aandeel met partner met inkomen", "share with a partner with income"},
	"cohort.household.partner_without_income": {"aandeel met partner zonder inkomen", "share with a partner without income"},
	"cohort.triage.method":                    {"indeling in triagegroepen", "method of triage"},
	"cohort.triage.shares.group1":             {"aandeel triagegroep 1", "share in triage group 1"},
	"cohort.triage.shares.group2":             {"aandeel triagegroep 2", "share in triage group 2"},
	"cohort.triage.shares.group3":             {"aandeel triagegroep 3", "share in triage group 3"},

	"hazards.job_finding":        {"kans per maand op werk bij begin werkloosheid", "monthly job-finding hazard at the start of unemployment"},
	"hazards.notice_search":      {"baanvinden tijdens opzegtermijn (ten opzichte van werkloos)", "job finding under notice (relative to unemployed)"},
	"hazards.duration_decay":     {"afname van de baankans per maand zonder werk", "decline of the job-finding hazard per month out of work"},
	"hazards.retention":          {"kans per maand dat het ontslag vervalt", "monthly hazard that the redundancy is withdrawn"},
	"hazards.inactivity":         {"kans per maand op uittreden uit de arbeidsmarkt", "monthly hazard of leaving the labour force"},
	"hazards.separation":         {"kans per maand op verlies van de nieuwe baan", "monthly hazard of losing the new job"},
	"hazards.education":          {"kans per maand op zelf gestarte voltijdopleiding", "monthly hazard of starting full-time education"},
	"hazards.age55_hr":           {"baankans 55 jaar en ouder (hazard ratio)", "job finding at 55 and over (hazard ratio)"},
	"hazards.education_low_hr":   {"baankans bij lage opleiding (hazard ratio)", "job finding with low education (hazard ratio)"},
	"hazards.education_high_hr":  {"baankans bij hoge opleiding (hazard ratio)", "job finding with high education (hazard ratio)"},
	"hazards.triage2_hr":         {"baankans triagegroep 2 (hazard ratio)", "job finding in triage group 2 (hazard ratio)"},
	"hazards.triage3_hr":         {"baankans triagegroep 3 (hazard ratio)", "job finding in triage group 3 (hazard ratio)"},
	"hazards.after_education_hr": {"baankans na een opleiding (hazard ratio)", "job finding after education (hazard ratio)"},

	"jobs.wage_ratio":                  {"nieuw loon / oud loon zonder werkloosheid", "new / old wage without unemployment"},
	"jobs.wage_ratio_sd":               {"spreiding van nieuw / oud loon", "spread of new / old wage"},
	"jobs.wage_ratio_decay":            {"daling van nieuw / oud loon per maand werkloos", "fall of new / old wage per month unemployed"},
	"jobs.wage_ratio_min":              {"laagste nieuw / oud loon", "lowest new / old wage"},
	"jobs.wage_ratio_max":              {"hoogste nieuw / oud loon", "highest new / old wage"},
	"jobs.schooling_share":             {"aandeel nieuwe banen met scholing (werken en leren)", "share of new jobs with schooling (work and learn)"},
	"jobs.education_months":            {"duur zelf gestarte opleiding (maanden)", "length of self-started education (months)"},
	"jobs.sector_change_share":         {"aandeel nieuwe banen in een andere sector", "share of new jobs in another sector"},
	"jobs.wage_ratio_reference_months": {"maanden werkloos waarbij de loonverhouding geldt", "months out of work at which the wage ratio holds"},
	"jobs.recruitment_cost_saved":      {"bespaarde wervingskosten per plaatsing", "recruitment cost saved per placement"},
	"jobs.induction_cost":              {"inwerkkosten per sectorwisselaar", "induction cost per sector switcher"},

	"interventions.coaching.enabled":                  {"begeleiding aan", "coaching on"},
	"interventions.coaching.mode":                     {"vorm van begeleiding", "mode of coaching"},
	"interventions.coaching.start":                    {"start van de begeleiding", "start of coaching"},
	"interventions.coaching.triage":                   {"triagegroepen met begeleiding", "triage groups offered coaching"},
	"interventions.coaching.uptake":                   {"deelname aan begeleiding", "uptake of coaching"},
	"interventions.coaching.dropout":                  {"kans per maand op stoppen met begeleiding", "monthly probability of dropping out of coaching"},
	"interventions.coaching.max_months":               {"langste duur begeleiding (maanden)", "longest coaching (months)"},
	"interventions.coaching.hours.group1":             {"uren begeleiding per maand, triagegroep 1", "coaching hours per month, triage group 1"},
	"interventions.coaching.hours.group2":             {"uren begeleiding per maand, triagegroep 2", "coaching hours per month, triage group 2"},
	"interventions.coaching.hours.group3":             {"uren begeleiding per maand, triagegroep 3", "coaching hours per month, triage group 3"},
	"interventions.coaching.digital_hours_factor":     {"uren bij digitaal contact (factor)", "hours with digital contact (factor)"},
	"interventions.coaching.hourly_cost":              {"kosten per betaald uur casemanager (€)", "cost per paid case-manager hour (€)"},
	"interventions.coaching.case_manager_fte":         {"casemanagers (fte)", "case managers (FTE)"},
	"interventions.coaching.hours_per_fte":            {"cliënturen per fte per maand", "client hours per FTE-month"},
	"interventions.coaching.paid_hours_per_fte":       {"betaalde uren per fte per maand", "paid hours per FTE-month"},
	"interventions.coaching.job_finding_hr":           {"effect begeleiding op baanvinden (hazard ratio)", "effect of coaching on job finding (hazard ratio)"},
	"interventions.coaching.digital_effect":           {"deel van het effect bij digitaal contact", "share of the effect kept with digital contact"},
	"interventions.coaching.digital_effect_low_skill": {"deel van het effect bij digitaal contact, weinig digitaal vaardig", "share of the effect kept with digital contact, low digital skills"},
	"interventions.coaching.wage_ratio_effect":        {"effect begeleiding op nieuw / oud loon", "effect of coaching on new / old wage"},
	"interventions.coaching.working_time_share":       {"aandeel begeleiding in werktijd", "share of coaching in working time"},
	"interventions.coaching.cost_basis":               {"grondslag kosten casemanagers", "cost basis of the case managers"},
	"interventions.coaching.service_months":           {"looptijd dienstverlening (maanden)", "months the service runs"},
	"interventions.coaching.dose_elasticity":          {"elasticiteit van de baankans naar begeleidingsuren", "elasticity of job finding to coaching hours"},
	"interventions.coaching.reference_hours.group1":   {"referentie-uren per maand, triagegroep 1", "reference hours per month, triage group 1"},
	"interventions.coaching.reference_hours.group2":   {"referentie-uren per maand, triagegroep 2", "reference hours per month, triage group 2"},
	"interventions.coaching.reference_hours.group3":   {"referentie-uren per maand, triagegroep 3", "reference hours per month, triage group 3"},

	"interventions.services.*.uptake":         {"deelname dienst *", "uptake of service *"},
	"interventions.services.*.unit_cost":      {"prijs per gebruik dienst * (€)", "price per use of service * (€)"},
	"interventions.services.*.job_finding_hr": {"effect dienst * op baanvinden (hazard ratio)", "effect of service * on job finding (hazard ratio)"},

	"interventions.training.enabled":           {"omscholing aan", "retraining on"},
	"interventions.training.triage":            {"triagegroepen met omscholing", "triage groups offered retraining"},
	"interventions.training.uptake":            {"deelname omscholing, jonger dan 55", "uptake of retraining, under 55"},
	"interventions.training.uptake_55":         {"deelname omscholing, 55 en ouder", "uptake of retraining, 55 and over"},
	"interventions.training.months":            {"duur omscholing (maanden)", "length of retraining (months)"},
	"interventions.training.tuition":           {"opleidingskosten per deelnemer (€)", "tuition per participant (€)"},
	"interventions.training.stap_budget":       {"STAP-budget per deelnemer (€)", "STAP budget per participant (€)"},
	"interventions.training.income":            {"inkomen tijdens omscholing", "income while retraining"},
	"interventions.training.income_share":      {"inkomen uit het fonds (aandeel oud loon)", "income from the fund (share of old wage)"},
	"interventions.training.levy.basis":        {"grondslag van de heffing", "basis of the levy"},
	"interventions.training.levy.per_worker":   {"heffing per ontslagen werknemer (€)", "levy per redundant worker (€)"},
	"interventions.training.levy.shortfall":    {"wie het tekort van het fonds betaalt", "who pays the fund's shortfall"},
	"interventions.training.dropout":           {"kans per maand op stoppen met omscholing", "monthly probability of dropping out of retraining"},
	"interventions.training.lock_in":           {"baankans tijdens omscholing (hazard ratio)", "job finding while retraining (hazard ratio)"},
	"interventions.training.job_finding_hr":    {"effect omscholing op baanvinden (hazard ratio)", "effect of retraining on job finding (hazard ratio)"},
	"interventions.training.wage_ratio_effect": {"effect omscholing op nieuw / oud loon", "effect of retraining on new / old wage"},
	"interventions.training.separation_hr":     {"baanverlies na omscholing (hazard ratio)", "job loss after retraining (hazard ratio)"},
	"interventions.training.sector_switch":     {"kans op een baan in een andere sector na omscholing", "chance of a job in another sector after retraining"},
	"interventions.training.induction_factor":  {"inwerkkosten na omscholing (× zonder)", "induction cost after retraining (× without)"},

	"interventions.wage_supplement.enabled":           {"loonsuppletie aan", "wage supplement on"},
	"interventions.wage_supplement.triage":            {"triagegroepen met loonsuppletie", "triage groups eligible for the wage supplement"},
	"interventions.wage_supplement.uptake":            {"gebruik loonsuppletie", "uptake of the wage supplement"},
	"interventions.wage_supplement.share":             {"aandeel van het loonverschil aangevuld", "share of the wage gap paid"},
	"interventions.wage_supplement.months":            {"duur loonsuppletie (maanden)", "length of the wage supplement (months)"},
	"interventions.wage_supplement.job_finding_hr":    {"effect loonsuppletie op baanvinden (hazard ratio)", "effect of the wage supplement on job finding (hazard ratio)"},
	"interventions.wage_supplement.wage_ratio_effect": {"effect loonsuppletie op nieuw / oud loon", "effect of the wage supplement on new / old wage"},

	"interventions.transition_payment.enabled":           {"geoormerkte transitievergoeding aan", "earmarked transition payment on"},
	"interventions.transition_payment.spend_probability": {"kans dat de transitievergoeding voor van-werk-naar-werk wordt besteed", "chance the transition payment is spent on job-to-job"},
	"interventions.transition_payment.spend_share":       {"besteed deel van de transitievergoeding", "share of the transition payment spent"},
	"interventions.transition_payment.job_finding_hr":    {"effect besteding transitievergoeding op baanvinden (hazard ratio)", "effect of spending the transition payment on job finding (hazard ratio)"},
}

// payerTables name what a payer's share is a share of.
var payerTables = map[string][2]string{
	"interventions.coaching":        {"begeleiding", "coaching"},
	"interventions.services.*":      {"dienst *", "service *"},
	"interventions.training":        {"omscholingsfonds", "retraining fund"},
	"interventions.wage_supplement": {"loonsuppletie", "wage supplement"},
}

// ParamLabel returns the readable name of a parameter key in lang, or ""
// when the key is not known.
func ParamLabel(key, lang string) string {
	i := 0
	if lang == "en" {
		i = 1
	}
	pattern, service := key, ""
	if rest, ok := strings.CutPrefix(key, "interventions.services."); ok {
		if name, tail, ok := strings.Cut(rest, "."); ok {
			pattern, service = "interventions.services.*."+tail, name
		}
	}
	fill := func(s string) string { return strings.ReplaceAll(s, "*", service) }
	if l, ok := paramLabels[pattern]; ok {
		return fill(l[i])
	}
	table, party, ok := strings.Cut(pattern, ".payer.")
	if !ok {
		return ""
	}
	what, ok := payerTables[table]
	if !ok {
		return ""
	}
	for k := range model.NumStakeholders {
		if model.Stakeholder(k).Key() == party {
			if lang == "en" {
				return "share of " + fill(what[i]) + " paid by " + Stakeholder(model.Stakeholder(k), lang)
			}
			return "aandeel " + fill(what[i]) + " betaald door " + Stakeholder(model.Stakeholder(k), lang)
		}
	}
	return ""
}
