package output

import (
	"bytes"
	"strings"
	"testing"
)

// TestTableAndMarkdownInDutch: --lang nl prints the table and the Markdown
// in Dutch, with Dutch names and numbers.
func TestTableAndMarkdownInDutch(t *testing.T) {
	r := results()
	r.Scenarios[1].TitleNL = "Plan (nl)"
	for _, c := range []struct {
		format string
		want   []string
	}{
		{"table", []string{
			"discontovoet 2,25%, euro's van 2021\n",
			"plan — Plan (nl) (groep van 30)\n",
			"  maatschappij                1.234.567        −2.000     3.000.000            0       88%\n",
			"  UWV                            −1.500             0             0            0        0%\n",
			"  in nieuw werk na 12 maanden                   69,1%          50,0%\n",
			"  in nieuw werk na 24 maanden                    n.b.           0,0%\n",
			"  n.b.: geen kasstromen die van het nul-alternatief verschillen (werknemers, latende werkgevers,",
		}},
		{"markdown", []string{
			"### Plan (nl)\n\n| partij | gemiddeld | p5 | p95 | P(NCW > 0) |\n",
			"| maatschappij | 1.234.567 | −2.000 | 3.000.000 | 88% |\n",
			"| in nieuw werk na 12 maanden | 69,1% | 0,0% | 0,0% |\n",
		}},
	} {
		var b bytes.Buffer
		if err := WriteIn(&b, r, c.format, "nl"); err != nil {
			t.Fatal(err)
		}
		for _, want := range c.want {
			if !strings.Contains(b.String(), want) {
				t.Errorf("%s lacks %q:\n%s", c.format, want, b.String())
			}
		}
		var en bytes.Buffer
		if err := Write(&en, r, c.format); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(en.String(), "maatschappij") {
			t.Errorf("%s in English holds Dutch:\n%s", c.format, en.String())
		}
	}
}
