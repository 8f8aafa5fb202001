package charts

import (
	_ "embed"
	"html/template"
)

// pageSource is the report page's template (report.html.tmpl): one column,
// headings, a reading guide under every chart, and a footer with the
// assumptions. The Content-Security-Policy forbids every request, so the
// page is offline by construction; the only scripts are inline. Its fixed
// text comes from i18n.Page (.T).
//
//go:embed report.html.tmpl
var pageSource string

// pageTemplate is pageSource parsed.
var pageTemplate = template.Must(template.New("report").Parse(pageSource))
