// Package draws writes and reads per-iteration records of a run: one row
// per iteration × scenario.
//
// Two files use them. A draws file (vwnw compare --draws FILE) is for
// researchers who redo the probabilistic sensitivity analysis elsewhere: the
// iteration, the scenario, every uncertain parameter's draw (one column per
// dotted key), each stakeholder's NPV against the baseline, the line items'
// NPVs where they exist, and the outcomes; Parquet or CSV after the file's
// extension. A shard file (vwnw compare --shard K/N) holds, in Parquet, the
// same columns and everything else the model.Accumulator consumes
// (the scenario's own NPV levels, occupancy and cash flows per month,
// observed categories, cohort size, ...), with the run's metadata, so that
// vwnw merge can replay the iterations of all shards in order and summarise
// them into the bytes one machine gives.
//
// The columns are listed once, in columns.go: a new per-iteration quantity
// is one line there.
package draws
