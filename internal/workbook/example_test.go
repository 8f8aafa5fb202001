package workbook_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"os"

	"github.com/xuri/excelize/v2"

	"github.com/vwnw/vwnw/internal/workbook"
	"github.com/vwnw/vwnw/model"
)

func ExampleWrite() {
	data, err := os.ReadFile("testdata/results.json")
	if err != nil {
		log.Fatal(err)
	}
	var res model.Results
	if err := json.Unmarshal(data, &res); err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	err = workbook.Write(&buf, &res, workbook.Options{
		Assumptions: []workbook.Assumption{{
			Key: "economy.discount_rate", Label: "Discontovoet", Value: 0.0225,
			Source: "Rapport Werkgroep discontovoet 2020",
		}},
		Provenance: workbook.Provenance{Command: "vwnw compare --out out"},
	})
	if err != nil {
		log.Fatal(err)
	}

	f, err := excelize.OpenReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	fmt.Println(f.GetSheetList())
	rows, _ := f.GetRows("Samenvatting")
	fmt.Println(rows[0][:4])
	// GetRows formats numbers with the file's neutral separators; Dutch
	// Excel shows the same cell as € 162.632.
	fmt.Println(rows[8][:4])
	// Output:
	// [Samenvatting Per partij Posten Per jaar Uitkomsten Bezetting Aannames Gevoeligheid Over]
	// [Scenario Omschrijving Partij Gemiddelde NCW (€)]
	// [intensive_coaching Intensieve begeleiding vanaf aanzegging (de pilot) maatschappij € 162,632]
}
