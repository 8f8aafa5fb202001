// Package safeio reads the files vwnw is given (scenarios, the parents they
// extend, cohort CSV files, observation files and results.json) so that a
// hostile path cannot hang or exhaust the program:
//
//   - only regular files are read: a directory, a named pipe (FIFO), a
//     socket or a device (/dev/zero, /dev/stdin, …) is refused before a
//     single byte is read, and the file is opened without blocking, so a
//     FIFO put in place after the check cannot block either;
//   - every read stops at a size limit (the Max… constants), checked on the
//     file's size before reading and again while reading, for a file that
//     grows;
//   - [CheckTOML] checks the nesting depth and the number of keys of a TOML
//     text before a decoder sees it (a decoder's memory grows steeply with
//     nesting);
//   - [Quote] gives the short, escaped piece of an unknown file's text that
//     a message may show.
//
// The limits are far above any real input (the shipped scenarios are under
// 10 KB; a cohort of a million persons is about 50 MB of CSV).
package safeio
