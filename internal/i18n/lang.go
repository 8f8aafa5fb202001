package i18n

import "slices"

// Langs are the languages vwnw writes for people: Dutch ("nl"), the
// default, and English ("en").
var Langs = []string{"nl", "en"}

// Valid reports whether lang is one of Langs.
func Valid(lang string) bool { return slices.Contains(Langs, lang) }
