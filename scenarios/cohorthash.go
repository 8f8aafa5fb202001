package scenarios

import "encoding/hex"

// CohortSHA256 is the SHA-256 of the scenario's cohort file (cohort.file),
// in hex, or "" when its cohort is synthetic.
func (s *Scenario) CohortSHA256() string {
	if len(s.personsDigest) == 0 {
		return ""
	}
	return hex.EncodeToString(s.personsDigest)
}
