package csvdialect_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/vwnw/vwnw/internal/csvdialect"
)

func Example() {
	d, err := csvdialect.Parse("nl")
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	w := csvdialect.NewWriter(&b, d)
	_ = w.WriteStrings([]string{"scenario", "mean"})
	_ = w.Write(csvdialect.Text("=1+1"), csvdialect.Number(-1234.5))
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	out := strings.TrimPrefix(b.String(), csvdialect.BOM)
	fmt.Print(strings.ReplaceAll(out, "\r\n", "\n"))
	// Output:
	// scenario;mean
	// '=1+1;-1234,5
}
