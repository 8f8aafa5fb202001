package scenarios

import "encoding/hex"

// CohortFile returns the cohort file the scenario read, as its cohort.file
// names it, and the sha256 of the file's bytes; both empty when the
// scenario draws a synthetic cohort.
func (s *Scenario) CohortFile() (file, sha256 string) {
	if len(s.personsDigest) == 0 {
		return "", ""
	}
	return s.params.Cohort.File, hex.EncodeToString(s.personsDigest)
}
