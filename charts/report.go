// Package charts draws the results of a vwnw run as one self-contained HTML
// report (docs/report.md): go-echarts charts with the echarts script inlined,
// so the page opens offline and requests nothing from the network.
package charts

import (
	"bytes"
	"cmp"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/go-echarts/go-echarts/v2/render"
	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// echartsJS is Apache ECharts 5.6.0 (dist/echarts.min.js of the npm package
// echarts, Apache-2.0; its LICENSE and NOTICE are in assets/).
//
//go:embed assets/echarts.min.js
var echartsJS string

// Options controls the report.
type Options struct {
	// Lang is the language of the report: "nl" (the default when empty) or
	// "en".
	Lang string
}

// Render writes a self-contained HTML report of r to w. The page holds the
// echarts script itself and loads nothing from the network; two renders of
// the same results are byte-identical. Text from scenario files is escaped.
func Render(w io.Writer, r *model.Results, opt Options) error {
	if r == nil {
		return errors.New("charts: no results to render")
	}
	lang := cmp.Or(opt.Lang, i18n.Langs[0])
	if !i18n.Valid(lang) {
		return fmt.Errorf("charts: unknown language %q (allowed: %s)", opt.Lang, strings.Join(i18n.Langs, ", "))
	}
	if strings.Contains(strings.ToLower(echartsJS), "</script") {
		return errors.New("charts: embedded echarts script contains </script")
	}
	p, err := buildPage(r, lang)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, p); err != nil {
		return fmt.Errorf("charts: writing the report: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// snippeter is a go-echarts chart that renders to an element and a script.
type snippeter interface {
	RenderSnippet() render.ChartSnippet
}

const (
	scriptOpen  = `<script type="text/javascript">`
	scriptClose = `</script>`
)

// renderChart renders c to its HTML element and script. go-echarts panics on
// template errors; the panic is returned as an error. The script is made
// safe to inline: a "</" or "<!--" inside it (which can only come from text
// in a string, such as a scenario title) is escaped so that it cannot end
// the script element.
func renderChart(id string, c snippeter) (el, script template.HTML, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("charts: rendering chart %s: %v", id, v)
		}
	}()
	sn := c.RenderSnippet()
	body := strings.TrimSpace(sn.Script)
	if !strings.HasPrefix(body, scriptOpen) || !strings.HasSuffix(body, scriptClose) {
		return "", "", fmt.Errorf("charts: chart %s: unexpected script from go-echarts", id)
	}
	body = body[len(scriptOpen) : len(body)-len(scriptClose)]
	body = escapeScript(body)
	return template.HTML(sn.Element), template.HTML(scriptOpen + body + scriptClose), nil
}

// escapeScript escapes the sequences that could end or confuse an inline
// script element. It is only correct for the scripts this package writes:
// they contain "</" and "<!--" nowhere but inside string literals, where
// "<\/" and "<\!--" mean the same.
func escapeScript(s string) string {
	s = strings.ReplaceAll(s, "</", `<\/`)
	return strings.ReplaceAll(s, "<!--", `<\!--`)
}

// chartText makes text from a scenario file safe to hand to go-echarts.
// go-echarts marks JavaScript functions in its JSON with "__f__" and strips
// every such marker after encoding, so a title containing one could turn a
// string into code; the marker is broken up with a word joiner (U+2060),
// which is invisible.
func chartText(s string) string {
	for strings.Contains(s, "__f__") {
		s = strings.ReplaceAll(s, "__f__", "_\u2060_f_\u2060_")
	}
	return s
}
