package rules

// This file holds the figures, one table per calendar year, each with its
// source. "EST" marks a figure that could not be checked against a published
// table; such figures are best guesses to be replaced when checked.
//
// Sources used throughout, cited below by short name:
//
//   - [BD-tarieven]: Belastingdienst, "Tarieven en schijven" and
//     "Heffingskortingen" (box 1, under the AOW age) per year, as mirrored in
//     the data.json of the open-source dutch-tax-income-calculator by
//     S. Stevermeister (github.com/stevermeister/dutch-tax-income-calculator-npm,
//     payrollTax / socialPercent / generalCredit / labourCredit); the
//     statutory text is Wet inkomstenbelasting 2001 art. 2.10 (rates),
//     8.10 (algemene heffingskorting) and 8.11 (arbeidskorting).
//   - [BD-toeslagen]: Belastingdienst, "Proefberekening toeslagen" parameters
//     (standaardpremie SP, drempelinkomen, percentages TDA/TDMT on the
//     threshold and BDA/BDMT above it, income limits MxInk1/MxInk2), as
//     copied in H. Bouwkamp's ib-broncode (belasting_data.js); Wet op de
//     zorgtoeslag art. 1(f) (threshold = 108% of 12 × the January minimum
//     wage) and art. 2.
//   - [UWV-dagloon]: UWV, "Maximumdagloon" and the maximum premium wage
//     (maximumpremieloon = maximum daily wage × 261 days), which equals the
//     Zvw maximum contribution income (Belastingdienst, Handboek
//     Loonheffingen, "Premies werknemersverzekeringen" and "Zvw").
//   - [Premies]: Belastingdienst, Handboek Loonheffingen, "Premiepercentages
//     werknemersverzekeringen" and "Bijdrage Zvw" per year; the AWf, Aof,
//     average Whk and Wko figures 2020–2024 as tabulated by HR-kiosk,
//     "Werknemersverzekeringen (tabellen)" (22 January 2024).
//   - [Normen]: Participatiewet art. 21 norms as published per half year by
//     SZW and municipalities (see the year comments).
//   - [TV]: Burgerlijk Wetboek 7:673 (Wet arbeidsmarkt in balans) and
//     Rijksoverheid, "Hoogte transitievergoeding" (yearly cap).
//   - [WML]: Wet minimumloon en minimumvakantiebijslag; Rijksoverheid,
//     "Bedragen minimumloon" of each year: the adult minimum wage of
//     1 January, the lowest of the year. Until 2023 the law set a monthly
//     minimum for a full-time week; the hourly figure here is that of a
//     40-hour week (× 12 / 52 / 40), the longest normal week and so the
//     lowest hourly minimum. From 2024 the law sets the hourly minimum.
//
// Years 2020–2024 of box 1 have two legal brackets below the top rate with
// the same combined rate; they are stored as three brackets (bracket 1 is
// the one with national insurance premiums) so that every year has the same
// keys. The national insurance premium share is 27.65% in every year (AOW
// 17.90, Anw 0.10, Wlz 9.65; Belastingdienst, "Premie volksverzekeringen").
var tables = []Params{
	{
		Year: 2020,
		// [BD-tarieven] 2020: 37.35% to 68,507 (premium bracket to 34,712),
		// 49.50% above.
		Box1Limit: [2]float64{34712, 68507}, Box1Rate: [3]float64{0.3735, 0.3735, 0.495}, PremiumRate: 0.2765,
		// [BD-tarieven] 2020: 2,711, −5.672% from 20,711.
		GeneralCreditMax: 2711, GeneralCreditStart: 20711, GeneralCreditRate: 0.05672,
		// [BD-tarieven] 2020: 2.812% to 9,921; 28.812% to 21,430; 1.656% to
		// 34,954 (maximum 3,819); −6% to 98,604.
		LabourKink: [3]float64{9921, 21430, 34954}, LabourRate: [3]float64{0.02812, 0.28812, 0.01656}, LabourPhaseRate: 0.06,
		// [Premies] 2020: employer levy 6.70%, contribution 5.45%;
		// [UWV-dagloon] maximum 57,232 (= 219.28 × 261).
		ZvwEmployerRate: 0.067, ZvwContributionRate: 0.0545, ZvwMaxIncome: 57232,
		// Zorgtoeslag 2020: threshold 21,431 (Wet op de zorgtoeslag art.
		// 1(f): 108% × 12 × 1,653.60 January minimum wage); maximum
		// €104/month single and €199 couple, taper 13.5%, limits 30,481 /
		// 38,945: EST (secondary sources, not checked).
		ZorgMaxSingle: 1248, ZorgMaxCouple: 2388, ZorgThreshold: 21431, ZorgTaper: 0.135,
		ZorgLimitSingle: 30481, ZorgLimitCouple: 38945,
		// [Premies] 2020: AWf 2.94% / 7.94%, Aof 6.79%, Whk average
		// 1.28%, Wko 0.50%; maximum premium wage 57,232 [UWV-dagloon].
		WWPremiumLow: 0.0294, WWPremiumHigh: 0.0794, AofRate: 0.0679, WhkRate: 0.0128, WkoRate: 0.005, MaxPremiumWage: 57232,
		// [UWV-dagloon] 1-1-2020.
		WWMaxDailyWage: 219.28,
		// [Normen] 1-7-2020, incl. 5% holiday allowance (Sittard-Geleen,
		// "Uitkeringsbedragen Participatiewet": 1,006.08 / 1,437.25 without).
		BijstandSingleMonth: 1059.03, BijstandCoupleMonth: 1512.89,
		// IOAW levels: equal to the bijstand norms (IOAW art. 5 sets the
		// grondslag at the social minimum of the household; net levels EST).
		// IOAW covers the unemployed at 60 or later born before 1965
		// (Wet IOAW art. 2 as extended; UWV, "IOAW").
		IOAWSingleMonth: 1059.03, IOAWCoupleMonth: 1512.89, IOAWBornBefore: 1965, IOAWMinAge: 60,
		// [TV] 2020.
		TransitionCap: 83000,
		// [WML] 1-1-2020.
		MinimumHourly: 1653.60 * 12 / 52 / 40, // €1,653.60 a month: €9.54 an hour
	},
	{
		Year: 2021,
		// [BD-tarieven] 2021: 37.10% to 68,507 (premium bracket to 35,129),
		// 49.50% above.
		Box1Limit: [2]float64{35129, 68507}, Box1Rate: [3]float64{0.371, 0.371, 0.495}, PremiumRate: 0.2765,
		// [BD-tarieven] 2021: 2,837, −5.977% from 21,043.
		GeneralCreditMax: 2837, GeneralCreditStart: 21043, GeneralCreditRate: 0.05977,
		// [BD-tarieven] 2021: 4.581% to 10,108; 28.771% to 21,835; 2.663%
		// to 35,652 (maximum 4,205); −6% to 105,736.
		LabourKink: [3]float64{10108, 21835, 35652}, LabourRate: [3]float64{0.04581, 0.28771, 0.02663}, LabourPhaseRate: 0.06,
		// [Premies] 2021: employer levy 7.00%, contribution 5.75%;
		// maximum 58,311.
		ZvwEmployerRate: 0.07, ZvwContributionRate: 0.0575, ZvwMaxIncome: 58311,
		// Zorgtoeslag 2021: maximum €1,284 a year single, €2,484 couple;
		// limits 31,138 / 39,979 (zorgtoeslagaanvragen.org, "Hoe hoog is de
		// zorgtoeslag 2021", secondary); threshold 21,835 (108% × 12 ×
		// 1,684.80 January minimum wage); taper 13.52% EST.
		ZorgMaxSingle: 1284, ZorgMaxCouple: 2484, ZorgThreshold: 21835, ZorgTaper: 0.1352,
		ZorgLimitSingle: 31138, ZorgLimitCouple: 39979,
		// [Premies] 2021: AWf 2.70% / 7.70%, Aof 7.03%, Whk average 1.36%,
		// Wko 0.50%.
		WWPremiumLow: 0.027, WWPremiumHigh: 0.077, AofRate: 0.0703, WhkRate: 0.0136, WkoRate: 0.005, MaxPremiumWage: 58311,
		// 1-1-2021: 223.40 (SZW, "Rekenregels per 1 januari 2021", as
		// reported by Rendement, 30 November 2020). UWV lists 225.57 from
		// 1-7-2021; model/rules.go used that one. This package takes the
		// 1 January figure in every year.
		WWMaxDailyWage: 223.40,
		// [Normen] 1-7-2021 (SZW, "Normen Participatiewet per 1 juli 2021").
		BijstandSingleMonth: 1078.70, BijstandCoupleMonth: 1541.00,
		IOAWSingleMonth: 1078.70, IOAWCoupleMonth: 1541.00, IOAWBornBefore: 1965, IOAWMinAge: 60,
		// [TV] 2021.
		TransitionCap: 84000,
		// [WML] 1-1-2021.
		MinimumHourly: 1684.80 * 12 / 52 / 40, // €1,684.80 a month: €9.72 an hour
	},
	{
		Year: 2022,
		// [BD-tarieven] 2022: 37.07% to 69,398 (premium bracket to 35,472).
		Box1Limit: [2]float64{35472, 69398}, Box1Rate: [3]float64{0.3707, 0.3707, 0.495}, PremiumRate: 0.2765,
		// [BD-tarieven] 2022: 2,888, −6.007% from 21,318.
		GeneralCreditMax: 2888, GeneralCreditStart: 21318, GeneralCreditRate: 0.06007,
		// [BD-tarieven] 2022: 4.541% to 10,351; 28.461% to 22,357; 2.610%
		// to 36,650 (maximum 4,260); −5.86% to 109,347.
		LabourKink: [3]float64{10351, 22357, 36650}, LabourRate: [3]float64{0.04541, 0.28461, 0.0261}, LabourPhaseRate: 0.0586,
		// [Premies] 2022: 7.00% / 5.50%; maximum 59,706.
		ZvwEmployerRate: 0.07, ZvwContributionRate: 0.055, ZvwMaxIncome: 59706,
		// [BD-toeslagen] 2022: SP 1,749, threshold 22,356, 1.848% single /
		// 4.225% couple on the threshold, 13.61% above; limits 31,998 /
		// 40,944. Maximum single 1,749 − 1.848% × 22,356 = 1,335.86; couple
		// 2 × 1,749 − 4.225% × 22,356 = 2,553.46.
		ZorgMaxSingle: 1335.86, ZorgMaxCouple: 2553.46, ZorgThreshold: 22356, ZorgTaper: 0.1361,
		ZorgLimitSingle: 31998, ZorgLimitCouple: 40944,
		// [Premies] 2022: AWf 2.70% / 7.70% (EST: HR-kiosk's table lists
		// 2.2% / 7.2%); Aof 7.05% for large employers (small: 5.49%; the
		// Aof is differentiated by employer size from 2022 and the releasing
		// employers here are large); Whk average 1.52%; Wko 0.50%.
		WWPremiumLow: 0.027, WWPremiumHigh: 0.077, AofRate: 0.0705, WhkRate: 0.0152, WkoRate: 0.005, MaxPremiumWage: 59706,
		// [UWV-dagloon] 1-1-2022.
		WWMaxDailyWage: 228.76,
		// [Normen] 1-1-2022 (Venray, "Inkomensgrens 120%": 120% of them is
		// 1,310.05 / 1,871.50).
		BijstandSingleMonth: 1091.71, BijstandCoupleMonth: 1559.58,
		IOAWSingleMonth: 1091.71, IOAWCoupleMonth: 1559.58, IOAWBornBefore: 1965, IOAWMinAge: 60,
		// [TV] 2022.
		TransitionCap: 86000,
		// [WML] 1-1-2022.
		MinimumHourly: 1725.00 * 12 / 52 / 40, // €1,725.00 a month: €9.95 an hour
	},
	{
		Year: 2023,
		// [BD-tarieven] 2023: 36.93% to 73,031 (premium bracket to 37,149).
		Box1Limit: [2]float64{37149, 73031}, Box1Rate: [3]float64{0.3693, 0.3693, 0.495}, PremiumRate: 0.2765,
		// [BD-tarieven] 2023: 3,070, −6.095% from 22,660 (the mirror lists
		// the next euro, 22,661, as the start of its bracket).
		GeneralCreditMax: 3070, GeneralCreditStart: 22660, GeneralCreditRate: 0.06095,
		// [BD-tarieven] 2023: 8.231% to 10,741; 29.861% to 23,201; 3.085%
		// to 37,691 (maximum 5,052); −6.51% to 115,295.
		LabourKink: [3]float64{10741, 23201, 37691}, LabourRate: [3]float64{0.08231, 0.29861, 0.03085}, LabourPhaseRate: 0.0651,
		// [Premies] 2023: 6.68% / 5.43%; maximum 66,956.
		ZvwEmployerRate: 0.0668, ZvwContributionRate: 0.0543, ZvwMaxIncome: 66956,
		// [BD-toeslagen] 2023: SP 1,889, threshold 25,070, 0.123% / 2.378%,
		// 13.64% above; limits 38,520 / 48,224. Maximum single 1,889 −
		// 0.123% × 25,070 = 1,858.16; couple 3,778 − 2.378% × 25,070 =
		// 3,181.84.
		ZorgMaxSingle: 1858.16, ZorgMaxCouple: 3181.84, ZorgThreshold: 25070, ZorgTaper: 0.1364,
		ZorgLimitSingle: 38520, ZorgLimitCouple: 48224,
		// [Premies] 2023: AWf 2.64% / 7.64%; Aof large employers 7.11%
		// (small 5.46%); Whk average 1.52%; Wko 0.50%.
		WWPremiumLow: 0.0264, WWPremiumHigh: 0.0764, AofRate: 0.0711, WhkRate: 0.0152, WkoRate: 0.005, MaxPremiumWage: 66956,
		// [UWV-dagloon] 1-1-2023.
		WWMaxDailyWage: 256.54,
		// [Normen] 1-1-2023 (Westland, "Normenoverzicht minimuminkomen").
		BijstandSingleMonth: 1216.62, BijstandCoupleMonth: 1738.02,
		IOAWSingleMonth: 1216.62, IOAWCoupleMonth: 1738.02, IOAWBornBefore: 1965, IOAWMinAge: 60,
		// [TV] 2023.
		TransitionCap: 89000,
		// [WML] 1-1-2023.
		MinimumHourly: 1934.40 * 12 / 52 / 40, // €1,934.40 a month: €11.16 an hour
	},
	{
		Year: 2024,
		// [BD-tarieven] 2024: 36.97% to 75,518 (premium bracket to 38,098).
		Box1Limit: [2]float64{38098, 75518}, Box1Rate: [3]float64{0.3697, 0.3697, 0.495}, PremiumRate: 0.2765,
		// [BD-tarieven] 2024: 3,362, −6.630% from 24,812 (the mirror lists
		// 24,813).
		GeneralCreditMax: 3362, GeneralCreditStart: 24812, GeneralCreditRate: 0.0663,
		// [BD-tarieven] 2024: 8.425% to 11,490; 31.433% to 24,820; 2.471%
		// to 39,957 (maximum 5,532); −6.51% to 124,934.
		LabourKink: [3]float64{11490, 24820, 39957}, LabourRate: [3]float64{0.08425, 0.31433, 0.02471}, LabourPhaseRate: 0.0651,
		// [Premies] 2024: 6.57% / 5.32%; maximum 71,628.
		ZvwEmployerRate: 0.0657, ZvwContributionRate: 0.0532, ZvwMaxIncome: 71628,
		// [BD-toeslagen] 2024: SP 1,987, threshold 26,819, 1.879% / 4.256%,
		// 13.67% above; limits 37,496 / 47,368. Maximum single 1,987 −
		// 1.879% × 26,819 = 1,483.07; couple 3,974 − 4.256% × 26,819 =
		// 2,832.58.
		ZorgMaxSingle: 1483.07, ZorgMaxCouple: 2832.58, ZorgThreshold: 26819, ZorgTaper: 0.1367,
		ZorgLimitSingle: 37496, ZorgLimitCouple: 47368,
		// [Premies] 2024: AWf 2.64% / 7.64%; Aof large employers 7.49%
		// (small 6.18%); Whk average 1.53%; Wko 0.50%.
		WWPremiumLow: 0.0264, WWPremiumHigh: 0.0764, AofRate: 0.0749, WhkRate: 0.0153, WkoRate: 0.005, MaxPremiumWage: 71628,
		// [UWV-dagloon] 1-1-2024.
		WWMaxDailyWage: 274.44,
		// [Normen] 1-1-2024 (Velsen, "Bijstandsnormen per 1 januari 2024").
		BijstandSingleMonth: 1283.83, BijstandCoupleMonth: 1834.04,
		IOAWSingleMonth: 1283.83, IOAWCoupleMonth: 1834.04, IOAWBornBefore: 1965, IOAWMinAge: 60,
		// [TV] 2024.
		TransitionCap: 94000,
		// [WML] 1-1-2024.
		MinimumHourly: 13.27,
	},
	{
		Year: 2025,
		// [BD-tarieven] 2025: 35.82% to 38,441, 37.48% to 76,817, 49.50%.
		Box1Limit: [2]float64{38441, 76817}, Box1Rate: [3]float64{0.3582, 0.3748, 0.495}, PremiumRate: 0.2765,
		// [BD-tarieven] 2025: 3,068, −6.337% from 28,406.
		GeneralCreditMax: 3068, GeneralCreditStart: 28406, GeneralCreditRate: 0.06337,
		// [BD-tarieven] 2025: 8.053% to 12,169; 30.030% to 26,288; 2.258%
		// to 43,071 (maximum 5,599); −6.51% to 129,078.
		LabourKink: [3]float64{12169, 26288, 43071}, LabourRate: [3]float64{0.08053, 0.3003, 0.02258}, LabourPhaseRate: 0.0651,
		// [Premies] 2025: 6.51% / 5.26%; maximum 75,864.
		ZvwEmployerRate: 0.0651, ZvwContributionRate: 0.0526, ZvwMaxIncome: 75864,
		// Zorgtoeslag 2025: SP 2,100, 1.896% single / 4.273% couple on the
		// threshold, 13.70% above, limits 39,719 / 50,206 (Ministerie van
		// BZK, poc-machine-law, "zorgtoeslagwet TOESLAGEN-2025-01-01", from
		// the Regeling vaststelling standaardpremie 2025); threshold 28,406
		// (108% × 12 × 2,191.80 January minimum wage). Maximum single
		// 2,100 − 1.896% × 28,406 = 1,561.42; couple 4,200 − 4.273% ×
		// 28,406 = 2,986.21.
		ZorgMaxSingle: 1561.42, ZorgMaxCouple: 2986.21, ZorgThreshold: 28406, ZorgTaper: 0.137,
		ZorgLimitSingle: 39719, ZorgLimitCouple: 50206,
		// Premiums 2025: AWf 2.74% / 7.74%, Aof large employers 7.64%, Whk
		// 1.53% (the 2024 average), Wko 0.50%: EST (not checked).
		WWPremiumLow: 0.0274, WWPremiumHigh: 0.0774, AofRate: 0.0764, WhkRate: 0.0153, WkoRate: 0.005, MaxPremiumWage: 75864,
		// [UWV-dagloon] 1-1-2025: 290.67 (= 75,864 / 261).
		WWMaxDailyWage: 290.67,
		// [Normen] 1-1-2025 (SZW, "Normen Participatiewet per 1 januari 2025").
		BijstandSingleMonth: 1345.45, BijstandCoupleMonth: 1922.07,
		IOAWSingleMonth: 1345.45, IOAWCoupleMonth: 1922.07, IOAWBornBefore: 1965, IOAWMinAge: 60,
		// [TV] 2025.
		TransitionCap: 98000,
		// [WML] 1-1-2025.
		MinimumHourly: 14.06,
	},
	{
		Year: 2026,
		// Box 1 2026: 35.75% to 38,883, 37.56% to 78,426, 49.50% (Hyppe,
		// "Nieuwe belastingregels in 2026", secondary; the Belastingplan
		// 2026 bill of September 2025 had 35.70% to 79,137 before the
		// inflation correction was limited).
		Box1Limit: [2]float64{38883, 78426}, Box1Rate: [3]float64{0.3575, 0.3756, 0.495}, PremiumRate: 0.2765,
		// Algemene heffingskorting 2026: 3,115 to 29,736, nil at 78,426
		// (same source), so −6.398% (3,115 / 48,690 = 6.398%).
		GeneralCreditMax: 3115, GeneralCreditStart: 29736, GeneralCreditRate: 0.06398,
		// Arbeidskorting 2026: maximum 5,685 reached at 45,592, nil at
		// 132,920 (same source; 5,685 / 87,328 = 6.51%); the first two
		// kinks and rates, 8.324% to 11,965 and 31.009% to 25,845, then
		// 1.950%, are EST (they reproduce the published maximum).
		LabourKink: [3]float64{11965, 25845, 45592}, LabourRate: [3]float64{0.08324, 0.31009, 0.0195}, LabourPhaseRate: 0.0651,
		// Zvw 2026: 6.10% / 4.85%; maximum 79,409: EST.
		ZvwEmployerRate: 0.061, ZvwContributionRate: 0.0485, ZvwMaxIncome: 79409,
		// Zorgtoeslag 2026: maximum €129 a month single, €246 couple, the
		// maximum up to about 29,500 (Metro, "Met dit inkomen krijg je in
		// 2026 de maximale zorgtoeslag", 24 November 2025, from
		// Rijksoverheid); limits 40,857 / 51,142 (Overstappen.nl,
		// "Zorgtoeslag"); threshold 29,736 EST (equal to the general credit's
		// start, as in 2025); taper 13.70% EST (the 2025 rate, which
		// reproduces both limits within €40).
		ZorgMaxSingle: 1548, ZorgMaxCouple: 2952, ZorgThreshold: 29736, ZorgTaper: 0.137,
		ZorgLimitSingle: 40857, ZorgLimitCouple: 51142,
		// Premiums 2026: the 2025 rates carried: EST.
		WWPremiumLow: 0.0274, WWPremiumHigh: 0.0774, AofRate: 0.0764, WhkRate: 0.0153, WkoRate: 0.005, MaxPremiumWage: 79409,
		// WW maximum daily wage 1-1-2026: 304.25 (= 79,409 / 261): EST.
		WWMaxDailyWage: 304.25,
		// Bijstand norms 1-1-2026: the 2025 norms + 3.0% EST.
		BijstandSingleMonth: 1385.81, BijstandCoupleMonth: 1979.73,
		IOAWSingleMonth: 1385.81, IOAWCoupleMonth: 1979.73, IOAWBornBefore: 1965, IOAWMinAge: 60,
		// Transition payment cap 2026: 102,000 EST.
		TransitionCap: 102000,
		// [WML] 1-1-2026.
		MinimumHourly: 14.71,
	},
}

// AOWAge is the AOW age, in months, of the persons who reach it in Year.
type AOWAge struct {
	Year, Months int
	// Estimated marks an age not (yet) fixed by law.
	Estimated bool
}

// aowAges: Algemene Ouderdomswet art. 7a and its annex, and the yearly
// letters of the minister of SZW fixing the age five years ahead (SVB, "Uw
// AOW-leeftijd"): 65y1m (2013), 65y2m (2014), 65y3m (2015), 65y6m (2016),
// 65y9m (2017), 66y (2018), 66y4m (2019–2021, frozen by the 2019 pension
// agreement), 66y7m (2022), 66y10m (2023), 67y (2024–2027), 67y3m (2028,
// letter of minister Schouten, November 2022). 2029 and 2030: 67y3m EST (as
// announced; not checked). Later years carry 2030 forward (EST: the law ties
// the age to life expectancy).
var aowAges = []AOWAge{
	{2013, 65*12 + 1, false}, {2014, 65*12 + 2, false}, {2015, 65*12 + 3, false},
	{2016, 65*12 + 6, false}, {2017, 65*12 + 9, false}, {2018, 66 * 12, false},
	{2019, 66*12 + 4, false}, {2020, 66*12 + 4, false}, {2021, 66*12 + 4, false},
	{2022, 66*12 + 7, false}, {2023, 66*12 + 10, false}, {2024, 67 * 12, false},
	{2025, 67 * 12, false}, {2026, 67 * 12, false}, {2027, 67 * 12, false},
	{2028, 67*12 + 3, false}, {2029, 67*12 + 3, true}, {2030, 67*12 + 3, true},
}

// CPIPoint is the CBS consumer price index (annual average, all households)
// of one year, 2021 = 100.
type CPIPoint struct {
	Year  int
	Index float64
	// Estimated marks a forecast rather than a CBS figure.
	Estimated bool
}

// cpi: CBS StatLine, "Consumentenprijzen; prijsindex 2015=100" (table
// 83131NED), annual averages, rebased to 2021 = 100 with the published yearly
// changes: 2016 0.3%, 2017 1.4%, 2018 1.7%, 2019 2.6%, 2020 1.3%, 2021 2.7%,
// 2022 10.0%, 2023 3.8%, 2024 3.3%, 2025 3.3% (CBS, "Inflatie" per year).
// 2026: +2.9% EST (CPB forecast, not a CBS figure).
var cpi = []CPIPoint{
	{2015, 90.58, false},
	{2016, 90.85, false},
	{2017, 92.12, false},
	{2018, 93.69, false},
	{2019, 96.12, false},
	{2020, 97.37, false},
	{2021, 100.0, false},
	{2022, 110.0, false},
	{2023, 114.2, false},
	{2024, 117.9, false},
	{2025, 121.8, false},
	{2026, 125.3, true},
}
