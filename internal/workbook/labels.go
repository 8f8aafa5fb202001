package workbook

import "github.com/vwnw/vwnw/internal/i18n"

// paramLabel returns the readable name of a parameter key in lang, or ""
// when the key is not known: the one table of labels, in internal/i18n.
func paramLabel(key, lang string) string { return i18n.ParamLabel(key, lang) }
