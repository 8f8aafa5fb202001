package draws

import (
	"encoding/json"

	"github.com/vwnw/vwnw/model"
)

// FormatVersion is the version of the layout of the files; Open refuses
// files of another.
const FormatVersion = 1

// metaKey is the key of Meta in a Parquet file's key-value metadata.
const metaKey = "vwnw"

// Meta describes the run a Parquet file comes from; it is stored as JSON in
// the file's key-value metadata under "vwnw".
type Meta struct {
	Format int `json:"format"`
	// Command is what ran: "compare", "run", or "sensitivity tornado", ….
	Command string `json:"command"`
	// Shard is K of Shards (1 ≤ K ≤ N); 0 of 0 for a file of a whole run.
	Shard  int `json:"shard"`
	Shards int `json:"shards"`
	// First and End bound the iterations of the file: [First, End).
	First int `json:"first"`
	End   int `json:"end"`
	// Layout is the file's columns.
	Layout Layout `json:"layout"`
	// Results is the run's template (model.Engine.Template): seed,
	// iterations, horizon, version, and each scenario's name, titles and
	// sha256.
	Results *model.Results `json:"results"`
	// Spec is the command line the shards ran, without what differs
	// between them (--shard, --out, --workers) and the output flags, as the
	// command that wrote them records it: what a merge needs to set up the
	// same analysis, or to write the command line of the whole run.
	Spec json.RawMessage `json:"spec,omitempty"`
	// ElapsedSeconds is the simulation's own time for this file.
	ElapsedSeconds float64 `json:"elapsed_seconds"`
}
