package scenarios

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
)

// -update rewrites the generated blocks of the docs (the key reference in
// docs/scenarios.md, the cohort columns in docs/cohort.md). It is registered
// only when no other test file of the package has registered it, so that a
// golden-file -update elsewhere in the package rewrites these too.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files and the generated blocks of the docs")
	}
}

func updateDocs() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// checkGenerated fails when the block of doc between begin and end is not
// want; with -update it rewrites the block.
func checkGenerated(t *testing.T, doc, begin, end, want string) {
	t.Helper()
	text, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(text, []byte(begin))
	j := bytes.Index(text, []byte(end))
	if i < 0 || j < i {
		t.Fatalf("%s: no block between %q and %q", doc, strings.TrimSpace(begin), strings.TrimSpace(end))
	}
	want = "\n" + want + "\n"
	if string(text[i+len(begin):j]) == want {
		return
	}
	if updateDocs() {
		var out bytes.Buffer
		out.Write(text[:i+len(begin)])
		out.WriteString(want)
		out.Write(text[j:])
		if err := os.WriteFile(doc, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s: the generated block is out of date; run go test ./scenarios -run %s -update", doc, t.Name())
}

// TestCohortDoc keeps the column table of docs/cohort.md equal to the
// columns the reader accepts.
func TestCohortDoc(t *testing.T) {
	checkGenerated(t, "../docs/cohort.md",
		"<!-- begin generated cohort columns: go test ./scenarios -run TestCohortDoc -update -->\n",
		"<!-- end generated cohort columns -->\n", cohortColumnTable())
}
