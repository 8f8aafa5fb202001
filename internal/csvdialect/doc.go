// Package csvdialect writes CSV in one of two dialects, chosen with
// --csv-dialect:
//
//   - en (the default), for scripts: RFC 4180 quoting, comma separators,
//     decimal points, numbers in Go's shortest form (1.5, 1e-06), no byte
//     order mark, LF line ends as encoding/csv writes them.
//   - nl, for Dutch Excel: a UTF-8 byte order mark, so Excel reads the
//     euro sign and accents as UTF-8; semicolon separators and decimal
//     commas (1234,5), as Excel expects with Dutch regional settings, so
//     the file opens in columns with numbers as numbers; no exponents;
//     CRLF line ends.
//
// In both dialects a text cell that a spreadsheet would run as a formula
// — one that starts with =, +, -, @, a tab or a carriage return and is not
// a number — is neutralised as OWASP recommends against CSV injection: it
// gets a leading apostrophe, which spreadsheets show as text. Numbers
// written with [Number] are never touched.
package csvdialect
