// Package model is the engine of vwnw: it simulates cohorts of workers
// threatened with redundancy month by month through the prevention-phase
// states under a scenario, books every euro as a payer/receiver pair over
// the stakeholders, and summarises the iterations against the baseline.
//
// The engine, file by file:
//
//   - person.go: [Person], one worker as at the announcement (education,
//     household, wage, history).
//   - state.go: [State], where a person is (notice, WW, bijstand, new job,
//     training, …), and [ByState].
//   - stakeholder.go: [Stakeholder], the seven parties and society as their
//     sum, and [ByStakeholder].
//   - params.go: [Params], the inputs of one iteration of one scenario, as
//     scenario files set them (the scenario language is package scenarios).
//   - income.go: the Dutch rules of each calendar year (package
//     model/rules) applied to a person's month in the scenario's euros:
//     the calendar of a scenario, a job's premiums, charges, tax and
//     zorgtoeslag, a benefit's tax and Zvw, bijstand and IOAW, the WW
//     entitlement and the AOW month; [ParseStart], [NewRuleBook],
//     [CheckCalendar], [WWContinues].
//   - priceyear.go: [PriceFactor] and [Results.Rescale], the results in
//     euros of another year.
//   - rng.go: counter-based random numbers, so that iteration i meets the
//     same persons and events in every scenario (common random numbers);
//     [ParamUniform] and [HashName] for analyses that fix parameters.
//   - cohort.go: [GeneratePersons], the synthetic cohort.
//   - plan.go: the plan, what one scenario needs in one iteration, with the
//     scenario language's strings resolved once into typed constants.
//   - agent.go: a person during a simulation, its hot part (two cache
//     lines) apart from the cold part events and new years read, and what
//     a month in each state brings, set on entering it.
//   - step.go: a person's months, each read top down: coaching, income,
//     hazards, the event or the clocks; runs of quiet months on a fast
//     path with the same arithmetic.
//   - sim.go: one scenario in one iteration, person by person (or, when
//     case managers' capacity couples them, calendar month by calendar
//     month, persons with quiet months asleep until they matter; the
//     agents prefetched a few ahead, prefetch_amd64.go and .s, a no-op
//     elsewhere); the outcome categories of the pilot's monitoring
//     ([Category]).
//   - booking.go: the cash-flow categories a simulation accumulates and
//     their booking as payer/receiver pairs.
//   - ledger.go: [Ledger], the booking of cash flows by line item, and
//     discounting; item.go: [Item], the line items every booking names;
//     items_json.go: [ItemSummaries], a stakeholder's items in results.
//   - net.go: the net effects booked against the baseline (displacement,
//     the excess burden), the leisure given up in a new job and the
//     receiving employers' hiring costs; capacity.go: case managers
//     charged by capacity, and their utilisation.
//   - engine.go: [Input], [Config] and [Engine]: runs every iteration of
//     every scenario on a pool of workers, the same bytes whatever the
//     number of workers; [Iteration] for analyses that read each one.
//   - cache.go: [Cache], what runs of the same scenarios under common
//     random numbers (calibration, Sobol) reuse from one another.
//   - share.go: what the scenarios of an iteration and the runs of an
//     engine share without a Cache: one calendar for scenarios alike, the
//     persons' calendar facts, the workers' memory.
//   - summary.go, summary_json.go: [Engine.Run] summarises the iterations
//     into [Results] ([Summarize], [Summary]).
//   - accumulate.go, spill.go: [Accumulator], the summaries of iterations
//     fed in order, with memory flat in their number (samples past a budget
//     spill to a temporary file); what Engine.Run and a merge of shards use.
//   - results.go: [Results], what results.json holds, including the
//     sections the analyses fill ([Sensitivity]).
//
// The sub-packages; those that build on the engine use only its exported
// API:
//
//   - [github.com/vwnw/vwnw/model/dist]: a number or a probability
//     distribution, as scenario files give parameters.
//   - [github.com/vwnw/vwnw/model/rules]: the Dutch statutory tables by
//     year (tax and premiums, WW, AOW, bijstand, IOAW, the transition
//     payment, the CPI).
//   - [github.com/vwnw/vwnw/model/sensitivity]: tornado, Sobol indices,
//     EVPI and EVPPI, and break-even values.
//   - [github.com/vwnw/vwnw/model/calibrate]: observation files, fitting
//     parameters to observed outcome counts, and the calibrated scenario.
//
// Elsewhere: scenarios reads and checks scenario files, each into an
// [Input]; charts draws the HTML report from [Results]; internal/output
// writes the text, Markdown, CSV and JSON outputs; internal/draws writes
// and reads per-iteration records (draws files, shards); internal/i18n holds
// every Dutch and English text; internal/atomicfile writes files whole or
// not at all; cmd/vwnw is the command line (flags, I/O, exit codes).
package model
