package output

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/vwnw/vwnw/model"
)

// ErrNotResults is the error ReadJSON wraps when the input is not vwnw
// results.
var ErrNotResults = errors.New("not vwnw results")

// ReadJSON reads results as JSON writes them (results.json). Unknown keys,
// a tool other than vwnw and results without scenarios are refused with an
// error wrapping ErrNotResults.
func ReadJSON(r io.Reader) (*model.Results, error) {
	var res model.Results
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&res); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotResults, err)
	}
	if res.Tool != "vwnw" || len(res.Scenarios) == 0 {
		return nil, fmt.Errorf("%w (want \"tool\": \"vwnw\" and at least one scenario)", ErrNotResults)
	}
	return &res, nil
}
