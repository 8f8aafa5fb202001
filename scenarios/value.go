package scenarios

// Value returns the value Draw gives the parameter when its uniform is u:
// what a draws file records as the parameter's draw.
func (q Param) Value(u float64) float64 { return q.table.Quantile(u) }
