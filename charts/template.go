package charts

import "html/template"

// pageTemplate is the report: one column, headings, a reading guide under
// every chart, and a footer with the assumptions. The Content-Security-Policy
// forbids every request, so the page is offline by construction; the only
// scripts are inline.
var pageTemplate = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="{{.T.Lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.T.PageTitle}}</title>
<style>
body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0; line-height: 1.45; }
main { max-width: 980px; margin: 0 auto; padding: 24px 20px 40px; }
h1 { font-size: 1.7em; margin: 0.2em 0 0.4em; }
h2 { font-size: 1.3em; margin: 1.8em 0 0.4em; padding-top: 0.6em; border-top: 2px solid #e2e8f0; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.2em; }
p.guide { margin: 0.3em 0 1em; color: #4a5568; font-size: 0.95em; }
p.note { background: #f7fafc; border-left: 4px solid #a0aec0; padding: 0.6em 0.9em; }
p.warn { background: #fffaf0; border-left-color: #dd6b20; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.93em; }
th, td { padding: 4px 10px; border-bottom: 1px solid #e2e8f0; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.heat { text-align: center; font-variant-numeric: tabular-nums; min-width: 7em; }
h4 { font-size: 0.98em; margin: 1.1em 0 0.2em; }
table.stake { font-size: 0.84em; width: 100%; }
table.stake th { vertical-align: bottom; padding: 4px 5px; }
table.stake th.heat { text-align: center; min-width: 0; width: 9%; }
table.stake td.heat { min-width: 0; padding: 3px 5px; }
table.stake td.param { padding: 3px 8px 3px 5px; }
table.stake tr.summary td { border-top: 2px solid #a0aec0; font-weight: bold; }
span.unit { font-weight: normal; color: #4a5568; font-size: 0.9em; }
code { font-family: Menlo, Consolas, monospace; font-size: 0.9em; background: #f1f5f9; padding: 0 3px; }
code.sha { word-break: break-all; font-size: 0.8em; background: none; color: #4a5568; }
.container { width: 100%; }
.item { margin: 0 auto; }
section { break-inside: avoid; }
footer h2 { border-top: none; margin-top: 0; padding-top: 0; }
footer { margin-top: 2.5em; padding-top: 1em; border-top: 2px solid #e2e8f0; font-size: 0.9em; color: #4a5568; }
</style>
<script>{{.EchartsJS}}</script>
<script>
"use strict";
var vwnwLang = {{.T.Lang}};
var vwnwText = {{.JSText}};
function vwnwEsc(s) { return echarts.format.encodeHTML(String(s)); }
function vwnwEuro(x) {
  if (typeof x !== "number" || !isFinite(x)) { return vwnwLang === "en" ? "n/a" : "n.b."; }
  var r = Math.round(Math.abs(x)), neg = x < 0 && r !== 0;
  var s = String(r), sep = vwnwLang === "en" ? "," : ".", out = "";
  while (s.length > 3) { out = sep + s.slice(s.length - 3) + out; s = s.slice(0, s.length - 3); }
  return (neg ? "\u2212" : "") + (vwnwLang === "en" ? "\u20ac" : "\u20ac ") + s + out;
}
function vwnwPct(x, d) {
  if (typeof x !== "number" || !isFinite(x)) { return vwnwLang === "en" ? "n/a" : "n.b."; }
  var s = (x * 100).toFixed(d);
  if (vwnwLang !== "en") { s = s.replace(".", ","); }
  return s.charAt(0) === "-" ? "\u2212" + s.slice(1) + "%" : s + "%";
}
function vwnwFmt(kind, v) { return kind === "euro" ? vwnwEuro(v) : vwnwPct(v, kind === "pct" ? 1 : 0); }
function vwnwAxis(kind) { return function (v) { return kind === "euro" ? vwnwEuro(v) : vwnwPct(v, 0); }; }
function vwnwMonth(m) { return (vwnwLang === "en" ? "month " : "maand ") + m; }
function vwnwAxisTip(kind) {
  return function (ps) {
    var out = vwnwEsc(vwnwMonth(ps[0].axisValue));
    for (var i = 0; i < ps.length; i++) {
      out += "<br>" + ps[i].marker + vwnwEsc(ps[i].seriesName) + ": " + vwnwFmt(kind, ps[i].value);
    }
    return out;
  };
}
function vwnwIntervalTip(kind) {
  return function (ps) {
    var out = vwnwEsc(ps[0].name);
    for (var i = 0; i < ps.length; i++) {
      var p = ps[i];
      if (p.seriesType === "bar") {
        out += "<br>" + p.marker + vwnwEsc(p.seriesName) + ": " + vwnwFmt(kind, p.value);
      } else if (p.seriesType === "custom") {
        out += " (" + vwnwFmt(kind, p.value[0]) + " \u2013 " + vwnwFmt(kind, p.value[2]) + ")";
      }
    }
    return out;
  };
}
function vwnwBoxTip() {
  var labels = vwnwText.box;
  return function (p) {
    var v = p.value.slice(p.value.length - 5), out = vwnwEsc(p.name);
    for (var i = 0; i < labels.length; i++) { out += "<br>" + vwnwEsc(labels[i]) + ": " + vwnwEuro(v[i]); }
    return out;
  };
}
function vwnwTornadoTip(base, se, noise) {
  var baseLabel = vwnwText.base;
  return function (p) {
    var out = vwnwEsc(p.name) + "<br>" + p.marker + vwnwEsc(p.seriesName) + ": " +
      (p.value < 0 ? "" : "+") + vwnwEuro(p.value) + "<br>" + vwnwEsc(baseLabel) + " " + vwnwEuro(base) +
      " \u2192 " + vwnwEuro(base + p.value);
    if (se && se[p.dataIndex] !== undefined) { out += "<br>" + vwnwEsc(vwnwText.se) + ": " + vwnwEuro(se[p.dataIndex]); }
    if (noise && noise[p.dataIndex]) { out += "<br>" + vwnwEsc(vwnwText.noise); }
    return out;
  };
}
function vwnwNum(x) {
  if (typeof x !== "number" || !isFinite(x)) { return vwnwLang === "en" ? "n/a" : "n.b."; }
  var s = String(Number(Math.abs(x).toPrecision(6)));
  if (s.indexOf("e") < 0) {
    var parts = s.split("."), i = parts[0], sep = vwnwLang === "en" ? "," : ".", out = "";
    while (i.length > 3) { out = sep + i.slice(i.length - 3) + out; i = i.slice(0, i.length - 3); }
    s = i + out + (parts.length > 1 ? (vwnwLang === "en" ? "." : ",") + parts[1] : "");
  }
  return (x < 0 && s !== "0" ? "\u2212" : "") + s;
}
function vwnwNumLabel(p) { return vwnwNum(p.value[0]); }
function vwnwBarLabel(kind) { return function (p) { return vwnwFmt(kind, p.value); }; }
function vwnwEvppiTip(per, raw, floor, noise) {
  var perLabel = vwnwText.per;
  return function (p) {
    var i = p.dataIndex, out = vwnwEsc(p.name) + "<br>" + p.marker + vwnwEsc(p.seriesName) + ": " +
      (noise && noise[i] ? "~ " : "") + vwnwEuro(p.value) + "<br>" + vwnwEsc(perLabel) + ": " + vwnwEuro(per[i]);
    if (raw && floor) {
      out += "<br>" + vwnwEsc(vwnwText.raw) + ": " + vwnwEuro(raw[i]) + "; " + vwnwEsc(vwnwText.floor) + ": " + vwnwEuro(floor[i]);
    }
    if (noise && noise[i]) { out += "<br>" + vwnwEsc(vwnwText.noise); }
    return out;
  };
}
function vwnwEvppiLabel(noise) {
  return function (p) { return (noise[p.dataIndex] ? "~ " : "") + vwnwEuro(p.value); };
}
function vwnwPointTip() {
  return function (p) {
    return vwnwEsc(p.name) + " = " + vwnwNum(p.value[0]) + "<br>" + p.marker + vwnwEsc(p.seriesName) + ": " +
      vwnwEuro(p.value[1]);
  };
}
// vwnwInterval draws a whisker with caps for a data item
// [low, category, high, series index, series count], centred on the bar of
// that series in a horizontal grouped bar chart (barCategoryGap 30%, barGap 0).
function vwnwInterval(params, api) {
  var lo = api.coord([api.value(0), api.value(1)]), hi = api.coord([api.value(2), api.value(1)]);
  var band = api.size([0, 1])[1] * 0.7, w = band / api.value(4);
  var y = lo[1] - band / 2 + w * (api.value(3) + 0.5), cap = Math.min(w * 0.3, 6);
  var style = { stroke: "#1a1a1a", lineWidth: 1.5 };
  return { type: "group", children: [
    { type: "line", z2: 100, shape: { x1: lo[0], y1: y, x2: hi[0], y2: y }, style: style },
    { type: "line", z2: 100, shape: { x1: lo[0], y1: y - cap, x2: lo[0], y2: y + cap }, style: style },
    { type: "line", z2: 100, shape: { x1: hi[0], y1: y - cap, x2: hi[0], y2: y + cap }, style: style }
  ] };
}
</script>
</head>
<body>
<main>
<h1>{{.T.PageTitle}}</h1>
<p>{{.T.Intro}}</p>

<section id="reading">
<h2>{{.T.ReadingTitle}}</h2>
<p>{{.T.PositiveMeans}}</p>
<p>{{.T.TransfersCancel}}</p>
</section>

<section id="run">
<h2>{{.T.RunTitle}}</h2>
<table>
{{- range .Run}}
<tr><th>{{.Key}}</th><td>{{.Value}}</td></tr>
{{- end}}
</table>
<h3>{{.T.ScenariosTitle}}</h3>
<p class="guide">{{.T.SHA256Note}}</p>
{{- range .Scenarios}}
<div class="scenario">
<p><strong>{{.Title}}</strong> (<code>{{.Name}}</code>{{if .Baseline}}, {{$.T.BaselineMark}}{{end}}; {{$.T.CohortSize}}: {{.CohortSize}})
{{- if .Description}}<br>{{.Description}}{{end}}
<br>{{$.T.SHA256}}: <code class="sha">{{.SHA256}}</code></p>
</div>
{{- end}}
</section>

<section id="npv">
<h2>{{.T.NPVTitle}}</h2>
{{- with .NPV}}
{{.Element}}
{{.Script}}
<p class="guide">{{$.T.NPVGuide}}</p>
{{- else}}
<p class="note">{{.T.NPVNone}}</p>
{{- end}}
</section>

<section id="occupancy">
<h2>{{.T.OccupancyTitle}}</h2>
{{- range .Occupancy}}
<h3>{{.Heading}}</h3>
{{.Element}}
{{.Script}}
<p class="guide">{{$.T.OccupancyGuide}}</p>
{{- end}}
</section>

<section id="cashflow">
<h2>{{.T.CashflowTitle}}</h2>
{{- range .Cashflow}}
<h3>{{.Chart.Heading}}</h3>
{{.Chart.Element}}
{{.Chart.Script}}
<p class="guide">{{$.T.CashflowGuide}}</p>
<table class="breakeven">
<tr><th>{{$.T.Stakeholder}}</th><th>{{$.T.BreakEven}}: {{$.T.BreakEvenMonth}}</th></tr>
{{- range .Rows}}
<tr><td>{{.Key}}</td><td>{{.Value}}</td></tr>
{{- end}}
</table>
{{- else}}
<p class="note">{{.T.NPVNone}}</p>
{{- end}}
</section>

<section id="distribution">
<h2>{{.T.BoxTitle}}</h2>
{{- with .Box}}
{{.Element}}
{{.Script}}
<p class="guide">{{$.T.BoxGuide}}</p>
{{- else}}
<p class="note">{{.T.NPVNone}}</p>
{{- end}}
</section>

<section id="probability">
<h2>{{.T.ProbTitle}}</h2>
{{- with .Prob}}
<table class="heat">
<tr><th>{{$.T.Stakeholder}}</th>{{range .Cols}}<th>{{.}}</th>{{end}}</tr>
{{- range .Rows}}
<tr><td>{{.Name}}</td>{{range .Cells}}<td class="heat" style="{{.Style}}">{{if .Strong}}<strong>{{.Text}}</strong>{{else}}{{.Text}}{{end}}</td>{{end}}</tr>
{{- end}}
</table>
<p class="guide">{{$.T.ProbGuide}}</p>
{{- else}}
<p class="note">{{.T.NPVNone}}</p>
{{- end}}
</section>

<section id="outcomes">
<h2>{{.T.OutcomesTitle}}</h2>
<table>
<tr><th>{{.T.Scenario}}</th>{{range .T.OutcomeCols}}<th class="num">{{.}}</th>{{end}}</tr>
{{- range .Outcomes.Rows}}
<tr>{{range $i, $c := .}}{{if eq $i 0}}<td>{{$c}}</td>{{else}}<td class="num">{{$c}}</td>{{end}}{{end}}</tr>
{{- end}}
</table>
<p class="guide">{{.T.OutcomesGuide}}</p>
</section>

<section id="sensitivity">
<h2>{{.T.SensTitle}}</h2>
{{- if .Sens.Present}}
{{- if .Sens.Scenario}}
<p>{{.T.SensScenario}}: <strong>{{.Sens.Scenario}}</strong></p>
{{- end}}
<h3>{{.T.TornadoTitle}}</h3>
{{- with .Sens.Tornado}}
{{.Element}}
{{.Script}}
<p class="guide">{{$.T.TornadoGuide}}</p>
{{- if $.Sens.TornadoNoise}}
<p class="guide">{{$.Sens.TornadoNoise}}</p>
{{- end}}
{{- if $.Sens.TornadoOmitted}}
<p class="guide">{{$.Sens.TornadoOmitted}}</p>
{{- end}}
{{- with $.Sens.TornadoTable}}{{template "stake" .}}{{end}}
{{- else}}
<p class="note">{{.T.TornadoMissingHTML}}</p>
{{- end}}
<h3>{{.T.SobolTitle}}</h3>
{{- with .Sens.Sobol}}
{{.Element}}
{{.Script}}
<p class="guide">{{$.T.SobolGuide}}</p>
{{- if $.Sens.SobolChance}}
<p>{{$.Sens.SobolChance}}</p>
{{- end}}
{{- if $.Sens.SobolOmitted}}
<p class="guide">{{$.Sens.SobolOmitted}}</p>
{{- end}}
{{- with $.Sens.SobolTable}}{{template "stake" .}}{{end}}
{{- else}}
<p class="note">{{.T.SobolMissingHTML}}</p>
{{- end}}
<h3>{{.T.EVPITitle}}</h3>
{{- with .Sens.EVPI}}
{{- if .Intro}}
<p>{{.Intro}}</p>
{{- end}}
<table class="options">
<tr><th>{{$.T.EVPIOption}}</th>{{if .HasProb}}<th class="num">{{$.T.EVPIProbBest}}</th>{{end}}</tr>
{{- range .Options}}
<tr><td>{{.Key}}</td>{{if $.Sens.EVPI.HasProb}}<td class="num">{{.Value}}</td>{{end}}</tr>
{{- end}}
</table>
<table class="evpi">
<tr><th>{{$.T.Stakeholder}}</th><th class="num">{{$.T.EVPICohort}}</th><th class="num">{{$.T.EVPIPerHead}}</th><th>{{$.T.EVPIBest}}</th></tr>
{{- range .Rows}}
{{- if .Strong}}
<tr><td><strong>{{.Name}}</strong></td><td class="num"><strong>{{.Cohort}}</strong></td><td class="num"><strong>{{.PerHead}}</strong></td><td><strong>{{.Best}}</strong></td></tr>
{{- else}}
<tr><td>{{.Name}}</td><td class="num">{{.Cohort}}</td><td class="num">{{.PerHead}}</td><td>{{.Best}}</td></tr>
{{- end}}
{{- end}}
</table>
<p class="guide">{{.Guide}}</p>
{{- if .Chart}}
<h3>{{.Chart.Heading}}</h3>
{{.Chart.Element}}
{{.Chart.Script}}
<p class="guide">{{.ChartGuide}}</p>
{{- if .NoiseGuide}}
<p class="guide">{{.NoiseGuide}}</p>
{{- end}}
{{- if .Omitted}}
<p class="guide">{{.Omitted}}</p>
{{- end}}
{{- end}}
{{- if .NoneDistinct}}
<p class="note">{{.NoneDistinct}}</p>
{{- end}}
{{- range .Warnings}}
<p class="note warn">{{.}}</p>
{{- end}}
{{- with $.Sens.EVPPITable}}{{template "stake" .}}{{end}}
{{- else}}
<p class="note">{{.T.EVPIMissingHTML}}</p>
{{- end}}
<h3>{{.T.BreakevenTitle}}</h3>
{{- with .Sens.Breakeven}}
{{- with .Chart}}
{{.Element}}
{{.Script}}
{{- end}}
<p><strong>{{.Sentence}}</strong></p>
{{- if .Guide}}
<p class="guide">{{.Guide}}</p>
{{- end}}
{{- else}}
<p class="note">{{.T.BreakevenMissingHTML}}</p>
{{- end}}
{{- with .Sens.Notes}}
<p><strong>{{$.T.SensNotes}}:</strong></p>
<ul>
{{- range .}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
{{- else}}
<p class="note">{{.T.SensMissingHTML}}</p>
{{- end}}
</section>

<footer>
<h2>{{.T.FooterTitle}}</h2>
<ul>
{{- range .Footer}}
<li>{{.}}</li>
{{- end}}
</ul>
<p>{{.T.Version}}: {{.Version}} · {{.T.Seed}}: {{.Seed}}</p>
</footer>
</main>
</body>
</html>
{{- define "stake"}}
<h4>{{.Heading}}</h4>
<table class="heat stake">
<tr><th>{{.ParamHead}}{{if .Unit}}<br><span class="unit">{{.Unit}}</span>{{end}}</th>
{{- range .Cols}}<th class="heat">{{.Name}}{{if .NoFlows}}<br><span class="unit">{{$.NoFlowsText}}</span>{{end}}</th>{{end}}</tr>
{{- range .Rows}}
<tr{{if .Summary}} class="summary"{{end}}><td class="param"{{with .Title}} title="{{.}}"{{end}}>{{.Name}}</td>
{{- range .Cells}}<td class="heat" style="{{.Style}}"{{with .Title}} title="{{.}}"{{end}}>{{if .Strong}}<strong>{{.Text}}</strong>{{else}}{{.Text}}{{end}}</td>{{end}}</tr>
{{- end}}
</table>
<p class="guide">{{.Guide}}</p>
{{- if .Omitted}}
<p class="guide">{{.Omitted}}</p>
{{- end}}
{{- end}}
`))
