package calibrate

// Work estimates the person-months a checked plan simulates: each
// evaluation of the likelihood simulates Config.Iterations cohorts of the
// observed entrants up to the observation month; the fit takes at most
// 60 + 60k evaluations for k keys, and each key's profile-likelihood
// interval about as many again on either side (searches of the looser
// kind, 30 + 30(k − 1) each). It is 0 before a successful Check.
func (p *Plan) Work() float64 {
	s := p.setup
	if s == nil {
		return 0
	}
	k := float64(len(s.Keys))
	evaluations := 60 + 60*k + 2*k*(30+30*(k-1))
	months := float64(s.Config.Horizon)
	return evaluations * float64(s.Config.Iterations) * float64(s.Observation.Total()) * months
}
