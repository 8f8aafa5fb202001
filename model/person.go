package model

// EducationLevel is a person's level of education.
type EducationLevel uint8

// Education levels.
const (
	EducationLow EducationLevel = iota
	EducationMid
	EducationHigh
)

// HouseholdType sets bijstand eligibility and norm.
type HouseholdType uint8

// Household types.
const (
	Single HouseholdType = iota
	PartnerWithIncome
	PartnerWithoutIncome
)

// Person is one worker threatened with redundancy, as at the announcement
// (docs/model.md, "Persons").
type Person struct {
	// EntryMonth is the month, counted from the cohort's first, in which the
	// person is told of the redundancy.
	EntryMonth   int
	Age          float64 // years
	Education    EducationLevel
	TenureYears  float64
	HistoryYears float64 // total work history, at least TenureYears
	// HistoryKnown: HistoryYears is the work history as UWV counts it
	// (a cohort file's work_history_years), which replaces the history
	// the engine derives from age, tenure and the start month.
	HistoryKnown  bool
	MonthlyWage   float64 // gross, at contract hours
	ContractHours float64 // per week
	Flex          bool
	Household     HouseholdType
	DigitalLow    bool
	NoticeMonths  int
	Triage        int // 1, 2 or 3
}
