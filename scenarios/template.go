package scenarios

import "regexp"

// validName is the safe set of scenario, service and region names (see
// checkName): vwnw init writes a folder of that name.
var validName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*$`)
