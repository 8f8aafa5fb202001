package charts

import "github.com/vwnw/vwnw/internal/i18n"

// text is the report's fixed strings in one language; they live with the
// rest of vwnw's Dutch and English in package i18n.
type text = i18n.Page

// texts returns the strings of lang: English for "en", Dutch otherwise.
func texts(lang string) *text { return i18n.PageText(lang) }
