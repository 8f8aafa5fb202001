// Package rules holds the Dutch statutory rules the vwnw engine applies, one
// table per calendar year (2020 through 2026), each figure with its source
// in a comment in tables.go; figures that could not be checked say EST.
//
// # Map
//
//   - tables.go: the yearly tables (Params), the AOW ages by year of
//     reaching them and the CBS consumer price index, with sources.
//   - params.go: Params, one year's figures, and the override keys (Keys,
//     Params.Set) the scenario layer exposes as rules.<year>.<key>.
//   - book.go: Book, a complete set of rules, and For, which returns the
//     precomputed *Year for a calendar year. Years after the last table are
//     carried forward: euro amounts indexed by the CPI where a figure
//     exists (else unchanged), rates unchanged, Year.CarriedForward set so
//     that output can say so.
//   - tax.go: box 1 tax with national insurance premiums, the algemene
//     heffingskorting with its phase-out, the arbeidskorting on earned income
//     only (NetTax, MonthTax), the special-payment rate for the transition
//     payment (SpecialRate), Zvw (employer levy, income-dependent
//     contribution), zorgtoeslag and the employer charges.
//   - ww.go: the WW month wage, rates, the 87.5% earnings rule (WWBenefit)
//     and the entitlement with the fictitious work history (WorkHistory,
//     WWMonths).
//   - social.go: the AOW age by birth date, bijstand and IOAW with their
//     income tests, the transition payment, the statutory minimum wage by
//     age (MinimumHourlyAt).
//   - cpi.go: conversion between euros of different years (Convert).
//
// # Use in a per-person-month loop
//
// Fetch the *Year once per calendar year (For, or Book.For after overrides)
// and keep it; its methods are plain arithmetic on precomputed fields and
// allocate nothing. Tax is annual and non-linear, the engine books months:
// MonthTax annualises the month (12 × 1.08 for the holiday allowance) and
// returns a twelfth of the annual tax, as payroll tax tables do.
//
// # Left out
//
// Rates for persons over the AOW age (the cohort leaves at the AOW age), the
// payment of the general credit to a partner without income, the
// kostendelersnorm and the asset test of bijstand, the asset test of
// zorgtoeslag, pension premiums, other allowances (huurtoeslag,
// kindgebonden budget).
package rules
