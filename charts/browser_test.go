package charts

import (
	"bytes"
	"context"
	"encoding/json"
	"html"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// findChromium returns the path of a Chromium binary, or "" when none is
// installed (CI installs Debian's chromium package).
func findChromium() string {
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	return ""
}

// probeScript is put at the start of <head> of a copy of the report. It
// records script errors, console errors and warnings, blocked requests and
// every resource the page loaded, then, after load, counts the chart
// containers, the echarts instances on them and the containers that hold
// drawn SVG, and writes all of it as JSON into <pre id="vwnw-probe">.
const probeScript = `<script>
(function () {
  var rec = { errors: [], resources: [] };
  window.addEventListener("error", function (e) {
    rec.errors.push("error: " + (e.message || e.type) + " " + (e.filename || "") + ":" + (e.lineno || ""));
  }, true);
  document.addEventListener("securitypolicyviolation", function (e) {
    rec.errors.push("blocked by CSP: " + e.violatedDirective + " " + e.blockedURI);
  });
  ["error", "warn"].forEach(function (level) {
    var orig = console[level];
    console[level] = function () {
      rec.errors.push("console." + level + ": " + Array.prototype.join.call(arguments, " "));
      orig.apply(console, arguments);
    };
  });
  window.addEventListener("load", function () {
    setTimeout(function () {
      var items = document.querySelectorAll("div.item"), inst = 0, drawn = 0, ids = [];
      for (var i = 0; i < items.length; i++) {
        ids.push(items[i].id);
        if (window.echarts && echarts.getInstanceByDom(items[i])) { inst++; }
        if (items[i].querySelectorAll("svg path").length > 3) { drawn++; }
      }
      // Show the tooltip of the first item of the first series of every
      // chart, so that the tooltip formatters run too, and keep its text.
      rec.tips = [];
      for (var j = 0; j < items.length; j++) {
        var c = window.echarts && echarts.getInstanceByDom(items[j]), tip = "";
        if (c) {
          c.dispatchAction({ type: "showTip", seriesIndex: 0, dataIndex: 0 });
          var divs = items[j].querySelectorAll("div");
          for (var k = 0; k < divs.length; k++) { if (divs[k].style.zIndex > 1000) { tip = divs[k].textContent; } }
        }
        rec.tips.push(tip);
      }
      // Every chart has data: a series with a value that is not zero.
      rec.empty = [];
      rec.minFont = [];
      for (var q = 0; q < items.length; q++) {
        var ch = window.echarts && echarts.getInstanceByDom(items[q]), has = false;
        var series = ch ? ch.getOption().series : [];
        for (var si = 0; si < series.length && !has; si++) {
          var d = series[si].data || [];
          for (var di = 0; di < d.length && !has; di++) {
            var v = d[di] && typeof d[di] === "object" && !Array.isArray(d[di]) ? d[di].value : d[di];
            var vals = Array.isArray(v) ? v : [v];
            for (var vi = 0; vi < vals.length; vi++) { if (typeof vals[vi] === "number" && vals[vi] !== 0) { has = true; } }
          }
        }
        if (!has) { rec.empty.push(items[q].id); }
        // The smallest text the chart draws, in pixels.
        var texts = items[q].querySelectorAll("svg text"), least = 1000;
        for (var ti = 0; ti < texts.length; ti++) {
          if (!texts[ti].textContent) { continue; }
          least = Math.min(least, parseFloat(getComputedStyle(texts[ti]).fontSize));
        }
        rec.minFont.push(least);
      }
      // The first screen of a projector, 1280×800: the text of the elements
      // that start above 800 pixels and whether the summary ends there.
      var sum = document.getElementById("summary");
      rec.summaryBottom = sum ? sum.getBoundingClientRect().bottom : -1;
      var first = [], cells = sum ? sum.querySelectorAll("li, td") : [];
      for (var ci = 0; ci < cells.length; ci++) {
        if (cells[ci].getBoundingClientRect().bottom <= 800) { first.push(cells[ci].textContent); }
      }
      rec.firstScreen = first;
      rec.items = items.length; rec.instances = inst; rec.drawn = drawn; rec.ids = ids;
      rec.resources = performance.getEntriesByType("resource").map(function (r) { return r.name; });
      rec.pwned = window.pwned === undefined ? 0 : window.pwned;
      var pre = document.createElement("pre");
      pre.id = "vwnw-probe";
      pre.textContent = JSON.stringify(rec);
      document.body.appendChild(pre);
    }, 0);
  });
})();
</script>
`

type probeResult struct {
	Errors    []string `json:"errors"`
	Resources []string `json:"resources"`
	Items     int      `json:"items"`
	Instances int      `json:"instances"`
	Drawn     int      `json:"drawn"`
	IDs       []string `json:"ids"`
	Tips      []string `json:"tips"`
	Pwned     any      `json:"pwned"`
	// Empty lists the charts without a value other than zero.
	Empty []string `json:"empty"`
	// MinFont is the smallest font size in pixels of each chart's text.
	MinFont []float64 `json:"minFont"`
	// SummaryBottom is where the summary ends, in pixels from the top;
	// FirstScreen the text of its verdicts and cells above 800 pixels.
	SummaryBottom float64  `json:"summaryBottom"`
	FirstScreen   []string `json:"firstScreen"`
}

// chromiumArgs are the flags every headless run needs on a closed network.
func chromiumArgs(t *testing.T, extra ...string) []string {
	args := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--hide-scrollbars", "--virtual-time-budget=10000",
		"--enable-logging=stderr", "--v=0",
	}
	return append(args, extra...)
}

func runChromium(t *testing.T, bin string, args []string) (stdout, stderr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, errb.String())
	}
	return out.String(), errb.String()
}

// consoleLines picks the page's console messages from Chromium's log.
var consoleLine = regexp.MustCompile(`(?m)^.*:CONSOLE[^\]]*\].*$`)

var probeRE = regexp.MustCompile(`(?s)<pre id="vwnw-probe">(.*?)</pre>`)

// probe renders r, loads it with the probe in headless Chromium and
// returns what the probe saw; it fails the test on any console message.
func probe(t *testing.T, bin string, r *model.Results, lang string) (probeResult, string) {
	t.Helper()
	page := renderString(t, r, lang)
	i := strings.Index(page, "<head>")
	if i < 0 {
		t.Fatal("no <head> in the report")
	}
	i += len("<head>")
	probed := page[:i] + "\n" + probeScript + page[i:]
	path := filepath.Join(t.TempDir(), "probe.html")
	if err := os.WriteFile(path, []byte(probed), 0o644); err != nil {
		t.Fatal(err)
	}
	dom, stderr := runChromium(t, bin, chromiumArgs(t, "--window-size=1280,3000", "--dump-dom", "file://"+path))
	for _, l := range consoleLine.FindAllString(stderr, -1) {
		t.Errorf("console message: %s", l)
	}
	m := probeRE.FindStringSubmatch(dom)
	if m == nil {
		t.Fatalf("the probe wrote no result; page scripts did not run to the end.\nstderr:\n%s", stderr)
	}
	var res probeResult
	if err := json.Unmarshal([]byte(html.UnescapeString(m[1])), &res); err != nil {
		t.Fatalf("probe result %q: %v", m[1], err)
	}
	return res, page
}

func checkProbe(t *testing.T, res probeResult, page string) {
	t.Helper()
	for _, e := range res.Errors {
		t.Errorf("page error: %s", e)
	}
	for _, r := range res.Resources {
		t.Errorf("page requested %s", r)
	}
	want := len(chartDivs.FindAllString(page, -1))
	if want == 0 {
		t.Fatal("the report has no charts")
	}
	if res.Items != want || res.Instances != want || res.Drawn != want {
		t.Errorf("charts: %d containers, %d echarts instances, %d drawn; want %d of each (%v)",
			res.Items, res.Instances, res.Drawn, want, res.IDs)
	}
	for _, id := range res.Empty {
		t.Errorf("chart %s has no data", id)
	}
	for i, f := range res.MinFont {
		if f < chartFontSize {
			t.Errorf("chart %s draws text of %.0f px, below %d px", res.IDs[i], f, chartFontSize)
		}
	}
	for i, tip := range res.Tips {
		if tip == "" || !strings.ContainsAny(tip, "€%") || strings.Contains(tip, "NaN") ||
			strings.Contains(tip, "undefined") || strings.Contains(tip, "n.b.") || strings.Contains(tip, "n/a") {
			t.Errorf("tooltip of chart %s: %q", res.IDs[i], tip)
		}
	}
}

func TestInBrowser(t *testing.T) {
	bin := findChromium()
	if bin == "" {
		t.Skip("no Chromium installed (looked for /usr/bin/chromium and chromium on PATH); " +
			"install Debian's chromium package to run the browser test")
	}
	r := loadFixture(t)

	// Chromium takes seconds to start: the runs are parallel, and the
	// first screen is checked on the Dutch run's probe.
	for _, lang := range []string{"nl", "en"} {
		t.Run("charts initialise without errors/"+lang, func(t *testing.T) {
			t.Parallel()
			res, page := probe(t, bin, r, lang)
			checkProbe(t, res, page)
			if want := len(expectedCharts(r)); res.Instances != want {
				t.Errorf("%s: %d echarts instances, want %d", lang, res.Instances, want)
			}
			// The box plot's tooltip for the first non-baseline scenario
			// starts with its p5.
			var alts []model.ScenarioResult
			for _, s := range r.Scenarios {
				if s.Name != r.Baseline {
					alts = append(alts, s)
				}
			}
			if len(alts) == 0 {
				t.Fatal("the fixture should hold a scenario besides the baseline")
			}
			p5 := i18n.Amount(alts[0].SocietyBox[0], lang)
			if i := slices.Index(res.IDs, "chart_society_box"); i < 0 || !strings.Contains(res.Tips[i], ": "+p5) {
				t.Errorf("%s: box plot tooltip lacks p5 %s: %q", lang, p5, res.Tips)
			}
			// The tornado's tooltip gives the standard error of the swing,
			// the EVPPI's the raw value and its noise floor.
			tx := texts(lang)
			for id, want := range map[string][]string{
				"chart_tornado": {tx.TornadoSE + ": €"},
				"chart_evppi":   {tx.EVPPIRaw + ": €", tx.EVPPIFloor + ": €"},
			} {
				i := slices.Index(res.IDs, id)
				for _, w := range want {
					if i < 0 || !strings.Contains(res.Tips[i], w) {
						t.Errorf("%s: tooltip of %s lacks %q", lang, id, w)
					}
				}
			}
			if lang == "nl" {
				firstScreen(t, r, res)
			}
		})
	}

	t.Run("scenario text runs nothing", func(t *testing.T) {
		t.Parallel()
		res, page := probe(t, bin, hostile(t), "nl")
		checkProbe(t, res, page)
		if res.Pwned != float64(0) {
			t.Errorf("text from a scenario file ran as script: window.pwned = %v", res.Pwned)
		}
	})

	t.Run("screenshot is not blank", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		report := filepath.Join(dir, "report.html")
		if err := os.WriteFile(report, []byte(renderString(t, r, "nl")), 0o644); err != nil {
			t.Fatal(err)
		}
		shot := filepath.Join(dir, "report.png")
		runChromium(t, bin, chromiumArgs(t, "--window-size=1280,3000", "--screenshot="+shot, "file://"+report))
		f, err := os.Open(shot)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		img, err := png.Decode(f)
		if err != nil {
			t.Fatal(err)
		}
		if frac, colours := inked(img); frac < 0.03 || colours < 20 {
			t.Errorf("screenshot looks blank: %.1f%% of pixels not white, %d colours", 100*frac, colours)
		}
	})
}

// firstScreen checks that the first screen of a projector (1280×800) holds
// the answer: the summary ends within it, with every scenario's verdict and
// the euro amounts of every party.
func firstScreen(t *testing.T, r *model.Results, res probeResult) {
	t.Helper()
	if res.SummaryBottom <= 0 || res.SummaryBottom > 800 {
		t.Errorf("the summary ends at %.0f px; want it within the first screen of 800 px", res.SummaryBottom)
	}
	screen := strings.Join(res.FirstScreen, "\n")
	var alts int
	for i := range r.Scenarios {
		s := &r.Scenarios[i]
		if s.Name == r.Baseline {
			continue
		}
		alts++
		for _, want := range []string{i18n.Verdict(&s.NPV, "nl"), i18n.RoundedAmount(s.NPV.Society.Mean, "nl")} {
			if !strings.Contains(screen, want) {
				t.Errorf("the first screen lacks %q of %s", want, s.Name)
			}
		}
	}
	if n := strings.Count(screen, "€ "); n < alts*model.NumStakeholders {
		t.Errorf("the first screen holds %d euro amounts, want at least %d (every party, every scenario):\n%s", n, alts*model.NumStakeholders, screen)
	}
}

// inked returns the share of pixels that are not (near) white and the
// number of distinct colours.
func inked(img image.Image) (frac float64, colours int) {
	b := img.Bounds()
	seen := map[[3]uint32]bool{}
	n, ink := 0, 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			n++
			if r < 0xf000 || g < 0xf000 || bl < 0xf000 {
				ink++
			}
			seen[[3]uint32{r >> 8, g >> 8, bl >> 8}] = true
		}
	}
	return float64(ink) / float64(n), len(seen)
}
