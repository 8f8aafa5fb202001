package scenarios

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/vwnw/vwnw/internal/csvdialect"
	"github.com/vwnw/vwnw/model"
)

// TestDutchExcelCSV reads a cohort as Dutch Excel exports it: a byte order
// mark, semicolons, CRLF, decimal commas, a thousands dot, a euro sign,
// Dutch column names with units and Dutch values in any case, and an empty
// row of separators at the end.
func TestDutchExcelCSV(t *testing.T) {
	persons, _, err := ReadCohortFile("testdata/cohort/dutch_excel.csv", &model.Cohort{})
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Person{
		{EntryMonth: 0, Age: 41.5, Education: model.EducationMid, TenureYears: 6, HistoryYears: 6, MonthlyWage: 1700, ContractHours: 27.5,
			Household: model.Single, NoticeMonths: 3, Flex: true},
		{EntryMonth: 1, Age: 58, Education: model.EducationLow, TenureYears: 22, HistoryYears: 22, MonthlyWage: 1450.5, ContractHours: 24,
			Household: model.PartnerWithIncome, NoticeMonths: 4, DigitalLow: true},
		{EntryMonth: 2, Age: 63, Education: model.EducationHigh, TenureYears: 28.25, HistoryYears: 28.25, MonthlyWage: 2300, ContractHours: 20,
			Household: model.PartnerWithoutIncome, NoticeMonths: 5},
	}
	if len(persons) != len(want) {
		t.Fatalf("%d persons, want %d: %+v", len(persons), len(want), persons)
	}
	for i := range want {
		want[i].Triage = model.TriageFromCharacteristics(&want[i])
		if persons[i] != want[i] {
			t.Errorf("person %d:\n got %+v\nwant %+v", i, persons[i], want[i])
		}
	}
}

// TestWindows1252CSV reads a file as older Dutch Excel saves "CSV
// (gescheiden door lijstscheidingsteken)": Windows-1252, so a euro sign is
// the byte 0x80.
func TestWindows1252CSV(t *testing.T) {
	data := []byte("leeftijd;opleiding;dienstjaren;maandloon (\x80 bruto);contracturen;huishouden;opzegtermijn\r\n58;laag;22;\x80 1.450,50;24;alleenstaand;4\r\n")
	persons, err := readCohortData(data, "ansi.csv", &model.Cohort{})
	if err != nil {
		t.Fatal(err)
	}
	if len(persons) != 1 || persons[0].MonthlyWage != 1450.5 {
		t.Errorf("persons: %+v", persons)
	}
	if got := string(fromWindows1252([]byte("caf\xe9 \x80\x81"))); got != "café €\ufffd" {
		t.Errorf("fromWindows1252: %q", got)
	}
}

// TestEmptyOptionalCells: an empty cell of an optional column gives the
// person what the column's absence would; an empty required cell is an
// error.
func TestEmptyOptionalCells(t *testing.T) {
	const header = "age,education,tenure_years,monthly_wage,contract_hours,household,notice_months"
	c := &model.Cohort{EntryMonths: []int{0, 5}}
	without, err := ReadCohort(strings.NewReader(header+"\n58,low,22,1450,24,single,4\n41,mid,6,1700,28,single,3\n"), "a.csv", c)
	if err != nil {
		t.Fatal(err)
	}
	empty, err := ReadCohort(strings.NewReader(header+",entry_month,triage,contract,digital_skills,work_history_years\n"+
		"58,low,22,1450,24,single,4,,,,,\n41,mid,6,1700,28,single,3, , ,,,\n"), "b.csv", c)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(empty, without) || empty[1].EntryMonth != 5 {
		t.Errorf("empty optional cells:\n%+v\nwant as without the columns:\n%+v", empty, without)
	}
	_, err = ReadCohort(strings.NewReader(header+"\n58,low,22,,24,single,4\n"), "c.csv", c)
	if err == nil || !strings.Contains(err.Error(), `c.csv:2: column monthly_wage: "" is not a number`) {
		t.Errorf("an empty required cell: %v", err)
	}
}

// TestCohortSameInEveryForm reads one cohort written as English CSV, Dutch
// CSV, tab-separated text and a workbook: the persons agree.
func TestCohortSameInEveryForm(t *testing.T) {
	en := "age,education,tenure_years,monthly_wage,contract_hours,household,notice_months,triage\n" +
		"58,low,22,1450.5,24,partner_with_income,4,3\n41.5,mid,6,1700,27.5,single,3,1\n"
	nl := "\ufeffleeftijd;opleiding;dienstjaren;maandloon;contracturen;huishouden;opzegtermijn;triage\r\n" +
		"58;laag;22;1450,5;24;partner met inkomen;4;3\r\n41,5;midden;6;1700;27,5;alleenstaand;3;1\r\n"
	tab := strings.ReplaceAll(strings.ReplaceAll(nl, ";", "\t"), "\ufeff", "")
	// Excel's hint line names the separator; the header may then hold others.
	hinted := "sep=,\r\nage,education,tenure_years,\"monthly_wage (EUR; gross)\",contract_hours,household,notice_months,triage\r\n" +
		"58,low,22,1450.5,24,partner_with_income,4,3\r\n41.5,mid,6,1700,27.5,single,3,1\r\n"
	// Empty cells between tabs stay cells: an empty optional column.
	tabEmpty := "age\teducation\ttenure_years\tmonthly_wage\tcontract_hours\thousehold\tnotice_months\ttriage\tcontract\n" +
		"58\tlow\t22\t1450,5\t24\tpartner_with_income\t4\t3\t\n41,5\tmid\t6\t1700\t27,5\tsingle\t3\t1\t\n"
	book := workbook(t, [][]any{
		{"Leeftijd", "Opleiding", "Dienstjaren", "Maandloon", "Contracturen", "Huishouden", "Opzegtermijn", "Triage"},
		{58, "Laag", 22, 1450.5, 24, "Partner met inkomen", 4, 3},
		{"41,5", "midden", 6, 1700, 27.5, "alleenstaand", 3, 1},
	})
	ref, err := ReadCohort(strings.NewReader(en), "en.csv", &model.Cohort{})
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"nl.csv": []byte(nl), "tab.txt": []byte(tab), "hinted.csv": []byte(hinted),
		"tab-empty.txt": []byte(tabEmpty), "book.xlsx": book, "book-without-extension": book} {
		got, err := readCohortData(data, name, &model.Cohort{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(got) != len(ref) {
			t.Errorf("%s: %d persons, want %d", name, len(got), len(ref))
			continue
		}
		for i := range ref {
			if got[i] != ref[i] {
				t.Errorf("%s: person %d:\n got %+v\nwant %+v", name, i, got[i], ref[i])
			}
		}
	}
}

// TestCohortFileProblems checks the message of each kind of bad cohort
// file: where (file and line, or sheet and cell), which column, what is
// allowed.
func TestCohortFileProblems(t *testing.T) {
	const header = "age,education,tenure_years,monthly_wage,contract_hours,household,notice_months\n"
	const headerNL = "leeftijd;opleiding;dienstjaren;maandloon;contracturen;huishouden;opzegtermijn\n"
	zipped := func() []byte {
		var b bytes.Buffer
		z := zip.NewWriter(&b)
		w, _ := z.Create("word/document.xml")
		w.Write([]byte("<w:document/>"))
		z.Close()
		return b.Bytes()
	}()
	tests := []struct {
		name string
		file string
		data []byte
		want []string // in order
	}{
		{name: "mixed separators in the header", file: "p.csv", data: []byte("leeftijd;opleiding,dienstjaren;maandloon;contracturen;huishouden;opzegtermijn\n"),
			want: []string{"p.csv:1: mixed separators", "semicolon (;)", `"opleiding,dienstjaren"`, "comma (,)"}},
		{name: "mixed separators in a row", file: "p.csv", data: []byte(headerNL + "58;laag;22;1450;24;alleenstaand;4\n58,laag,22,1450,24,alleenstaand,4\n"),
			want: []string{"p.csv:3: 1 field, but the header has 7", "mixed separators: split by the comma (,)", "read with the header line's separator, the semicolon (;)"}},
		{name: "decimal comma splits a number", file: "p.csv", data: []byte(header + "58,low,22,1450,5,24,single,4\n"),
			want: []string{"p.csv:2: 8 fields, but the header has 7", "comma (,)", "a decimal comma splits a number in two", "semicolons"}},
		{name: "quoted decimal comma with commas", file: "p.csv", data: []byte(header + "58,low,22,\"1450,5\",24,single,4\n"),
			want: []string{"p.csv:2: column monthly_wage: \"1450,5\": a decimal comma in a file separated by commas", "1450.5"}},
		{name: "a hint line with lines counted", file: "p.csv", data: []byte("sep=;\n" + headerNL + "58;laag;22;1450;24;alleenstaand;x\n"),
			want: []string{"p.csv:3: column opzegtermijn: \"x\" is not a number from 1 to 24"}},
		{name: "a hint line with another separator", file: "p.csv", data: []byte("sep=|\n" + headerNL),
			want: []string{"p.csv:1: separator '|': want a comma, semicolon or tab"}},
		{name: "an empty tab cell", file: "p.txt", data: []byte(strings.ReplaceAll(headerNL, ";", "\t") + "58\t\t22\t1450\t24\talleenstaand\t4\n"),
			want: []string{"p.txt:2: column opleiding: \"\" is not one of laag, midden, hoog"}},
		{name: "unknown Dutch value", file: "p.csv", data: []byte(headerNL + "58;middel;22;1450;24;alleenstaand;4\n"),
			want: []string{"p.csv:2: column opleiding: \"middel\" is not one of laag, midden, hoog (or low, mid, high)", "midden"}},
		{name: "unknown household in English", file: "p.csv", data: []byte(header + "58,low,22,1450,24,couple,4\n"),
			want: []string{"p.csv:2: column household: \"couple\" is not one of single, partner_with_income, partner_without_income (or in Dutch alleenstaand"}},
		{name: "ambiguous thousands dot", file: "p.csv", data: []byte(headerNL + "58;laag;22;1.450;24;alleenstaand;4\n"),
			want: []string{"p.csv:2: column maandloon: \"1.450\" is ambiguous",
				"For 1450 (thousands) write 1450 or 1.450,00; for 1.45 (a decimal point) write 1,45"}},
		{name: "a decimal comma where a thousands dot was meant", file: "p.csv", data: []byte(headerNL + "58;laag;22;1,45;24;alleenstaand;4\n"),
			want: []string{"p.csv:2: column maandloon: \"1,45\" reads as €1.45 a month: €0.01 an hour at 24 contract hours a week, below the floor of €2 an hour, €208 a month at those hours",
				"€2.86 an hour, age 15 in 2020", "In this file 1,45 has a decimal comma: a thousands separator misread? For 1450 write 1450 or 1.450,00"}},
		{name: "a decimal point where a thousands dot was meant", file: "p.csv", data: []byte(header + "58,low,22,2.1,36,single,4\n"),
			want: []string{"p.csv:2: column monthly_wage: \"2.1\" reads as €2.10 a month", "at 36 contract hours", "For 2100 write 2100"}},
		{name: "a thousands dot in a file separated by commas", file: "p.csv", data: []byte(header + "58,low,22,1.450,24,single,4\n"),
			want: []string{"p.csv:2: column monthly_wage: \"1.450\" is ambiguous: 1.45 with a decimal point", "or 1450 with a dot between thousands? If 1450 is meant, write 1450"}},
		{name: "a thousands comma in a file with decimal commas", file: "p.csv", data: []byte(headerNL + "58;laag;22;€ 12,500;24;alleenstaand;4\n"),
			want: []string{"p.csv:2: column maandloon: \"€ 12,500\" is ambiguous: 12.5 with a decimal comma", "If 12500 is meant, write 12500 or 12.500,00; if 12.5, write 12,5"}},
		{name: "a wage below the floor without a separator", file: "p.csv", data: []byte(header + "58,low,22,300,36,single,4\n"),
			want: []string{"p.csv:2: column monthly_wage: \"300\" reads as €300 a month: €1.92 an hour at 36 contract hours", "hourly or weekly wage"}},
		{name: "a zero wage", file: "p.csv", data: []byte(header + "58,low,22,0,1,single,4\n"),
			want: []string{"p.csv:2: column monthly_wage: \"0\" reads as €0 a month", "€0 an hour at 1 contract hour a week", "€8.67 a month at those hours"}},
		{name: "a wage in a workbook", file: "p.xlsx", data: workbook(t, [][]any{
			{"leeftijd", "opleiding", "dienstjaren", "maandloon", "contracturen", "huishouden", "opzegtermijn"},
			{58, "laag", 22, 1.45, 24, "alleenstaand", 4},
		}), want: []string{"p.xlsx: sheet \"Sheet1\", cell D2: column maandloon: \"1.45\" reads as €1.45 a month", "For 1450 write 1450"}},
		{name: "unknown Dutch column", file: "p.csv", data: []byte("leeftijd;opleiding;dienstjaren;maandloon;contracturen;huishouden;opzegtermijn;woonplaats\n"),
			want: []string{"p.csv:1: unknown column \"woonplaats\"", "or in Dutch: leeftijd"}},
		{name: "many unknown columns, the allowed names once", file: "p.csv", data: []byte(strings.Repeat("x,", 30) + "age\n"),
			want: []string{"p.csv:1: unknown column \"x\"; allowed: age,", "p.csv:1: unknown column \"x\"\n", "… and"}},
		{name: "column twice, in two languages", file: "p.csv", data: []byte(header[:len(header)-1] + ",leeftijd\n"),
			want: []string{"p.csv:1: column \"age\" appears twice (as \"leeftijd\")"}},
		{name: "empty sheet", file: "p.xlsx", data: workbook(t, nil),
			want: []string{"p.xlsx: sheet \"Sheet1\" is empty (vwnw reads the first sheet of a workbook)", "age, education"}},
		{name: "not a workbook", file: "p.xlsx", data: []byte(header + "58,low\n"),
			want: []string{"p.xlsx: not an Excel workbook", "zip archive", "CSV"}},
		{name: "another zip file", file: "p.xlsx", data: zipped,
			want: []string{"p.xlsx: a zip archive, but not an Excel workbook"}},
		{name: "old Excel", file: "p.xls", data: []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0},
			want: []string{"p.xls: an Excel 97–2003 workbook (.xls)", "xlsx"}},
		{name: "bad cell in a workbook", file: "p.xlsx", data: workbook(t, [][]any{
			{"leeftijd", "opleiding", "dienstjaren", "maandloon", "contracturen", "huishouden", "opzegtermijn"},
			{58, "laag", 22, 1450, 24, "alleenstaand", 4},
			{58, "hooog", 22, 1450, 24, "alleenstaand", 2.5},
		}), want: []string{"p.xlsx: sheet \"Sheet1\", cell B3: column opleiding: \"hooog\" is not one of laag, midden, hoog", "hoog",
			"p.xlsx: sheet \"Sheet1\", cell G3: column opzegtermijn: \"2.5\" is not a whole number (1 to 24)"}},
		{name: "a value right of the header in a workbook", file: "p.xlsx", data: workbook(t, [][]any{
			{"leeftijd", "opleiding", "dienstjaren", "maandloon", "contracturen", "huishouden", "opzegtermijn"},
			{58, "laag", 22, 1450, 24, "alleenstaand", 4, "Jan"},
		}), want: []string{"p.xlsx: sheet \"Sheet1\", row 2: 8 fields, but the header has 7", "column H"}},
		{name: "UTF-16, as Excel's Unicode-tekst saves it", file: "p.txt", data: utf16LE("\ufeff" + strings.ReplaceAll(headerNL, ";", "\t")),
			want: []string{"p.txt: the file is UTF-16 LE text", "Unicode-tekst", "vwnw reads UTF-8", "\"CSV UTF-8 (door komma's gescheiden)\""}},
		{name: "UTF-16 without a byte order mark", file: "p.csv", data: utf16LE(header),
			want: []string{"p.csv: the file is UTF-16 LE text", "CSV UTF-8"}},
		{name: "a separator at the end of the header", file: "p.csv", data: []byte(strings.ReplaceAll(headerNL, "\n", ";\n") + "58;laag;22;1450;24;alleenstaand;4;\n"),
			want: []string{"p.csv:1: column 8 of the header is empty: the header line ends in a semicolon (;)", "remove the separator at the end", "allowed: age"}},
		{name: "two separators in a row in the header", file: "p.csv", data: []byte(strings.Replace(header, ",", ",,", 1)),
			want: []string{"p.csv:1: column 2 of the header is empty: two commas in a row", "allowed: age"}},
		{name: "an empty header cell in a workbook", file: "p.xlsx", data: workbook(t, [][]any{
			{"leeftijd", nil, "opleiding", "dienstjaren", "maandloon", "contracturen", "huishouden", "opzegtermijn"},
			{58, nil, "laag", 22, 1450, 24, "alleenstaand", 4},
		}), want: []string{"p.xlsx: sheet \"Sheet1\", cell B1: column 2 of the header is empty: every column with values must have a name"}},
		{name: "a formula without a value", file: "p.xlsx", data: workbookEdit(t, [][]any{
			{"leeftijd", "opleiding", "dienstjaren", "maandloon", "contracturen", "huishouden", "opzegtermijn", "triage"},
			{nil, "laag", 22, 1450, 24, "alleenstaand", 4, nil},
		}, func(f *excelize.File) {
			f.SetCellFormula("Sheet1", "A2", "=2026-1968")
			f.SetCellFormula("Sheet1", "H2", "=IF(A2>55,3,1)")
		}), want: []string{"p.xlsx: sheet \"Sheet1\", cell A2: column leeftijd: the cell holds a formula without a computed value", "open the workbook in Excel and save it again",
			"paste it as values", "cell H2: column triage: the cell holds a formula without a computed value"}},
		{name: "a date", file: "p.xlsx", data: workbook(t, [][]any{
			{"leeftijd", "opleiding", "dienstjaren", "maandloon", "contracturen", "huishouden", "opzegtermijn"},
			{time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC), "laag", 22, 1450, 24, "alleenstaand", 4},
		}), want: []string{"p.xlsx: sheet \"Sheet1\", cell A2: column leeftijd: \"43832\" is not a number from 15 to 80; the cell is formatted as a date (it shows the date 2 January 2020, which Excel stores as the day number 43832)",
			"enter the number itself"}},
		{name: "a custom date format", file: "p.xlsx", data: workbookEdit(t, [][]any{
			{"leeftijd", "opleiding", "dienstjaren", "maandloon", "contracturen", "huishouden", "opzegtermijn"},
			{58, "laag", 61, 1450, 24, "alleenstaand", 4},
			{58, "laag", 43832, 1450, 24, "alleenstaand", 4},
		}, func(f *excelize.File) {
			date, months := "d-m-yyyy", `0" maanden"`
			ds, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &date})
			ms, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &months})
			f.SetCellStyle("Sheet1", "C2", "C2", ms)
			f.SetCellStyle("Sheet1", "C3", "C3", ds)
		}), want: []string{"cell C2: column dienstjaren: \"61\" is not a number from 0 to 60\n",
			"cell C3: column dienstjaren: \"43832\" is not a number from 0 to 60; the cell is formatted as a date (it shows the date 2 January 2020"}},
		{name: "a workbook too large", file: "p.xlsx", data: hugeWorkbook(t, 100, 300<<20),
			want: []string{"p.xlsx: the workbook unpacks to more than 256 MiB (301 MiB), the most vwnw reads from a workbook", "save the cohort as CSV", "1000000 persons"}},
		{name: "a workbook whose sizes add up past 2^64", file: "p.xlsx", data: hugeWorkbook(t, 1<<63, 1<<63),
			want: []string{"p.xlsx: the workbook unpacks to more than 256 MiB, the most vwnw reads from a workbook", "save the cohort as CSV"}},
		{name: "a sheet that is no cohort", file: "p.xlsx", data: workbook(t, [][]any{{"Begroting 2026"}, {"secret", 1}}),
			want: []string{"p.xlsx: sheet \"Sheet1\", row 1: not a cohort workbook"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readCohortData(tt.data, tt.file, &model.Cohort{})
			if err == nil {
				t.Fatal("want an error")
			}
			msg, rest := err.Error(), err.Error()
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("message lacks %q (in order):\n%s", w, msg)
				}
				rest = rest[i+len(w):]
			}
			if strings.Contains(msg, "secret") {
				t.Errorf("the message quotes a non-cohort file: %s", msg)
			}
		})
	}
}

// TestCohortTemplates writes each template, adds one person and reads it
// back: the header a template writes is one the reader accepts, in both
// languages and formats.
func TestCohortTemplates(t *testing.T) {
	for _, format := range TemplateFormats {
		for _, lang := range []string{"nl", "en"} {
			t.Run(format+"_"+lang, func(t *testing.T) {
				var buf bytes.Buffer
				if err := WriteCohortTemplate(&buf, format, lang); err != nil {
					t.Fatal(err)
				}
				_, err := readCohortData(buf.Bytes(), "t."+format, &model.Cohort{})
				if err == nil || !strings.Contains(err.Error(), "no rows after the header") {
					t.Fatalf("an empty template: got %v, want no rows after the header", err)
				}
				row := []string{"50", "low", "10", "1500.5", "24", "single", "3", "0", "12", "permanent", "high", "2"}
				if lang == "nl" {
					row = []string{"50", "laag", "10", "1500,5", "24", "alleenstaand", "3", "0", "12", "vast", "hoog", "2"}
				}
				data := buf.Bytes()
				switch format {
				case "csv":
					sep, eol := ",", "\n"
					if lang == "nl" {
						sep, eol = ";", "\r\n"
						if !bytes.HasPrefix(data, []byte("\ufeffleeftijd (jaren: 15 tot 80);opleiding (laag | midden | hoog);")) {
							t.Errorf("Dutch CSV template starts %q", data[:min(80, len(data))])
						}
					}
					data = append(data, strings.Join(row, sep)+eol...)
				case "xlsx":
					f, err := excelize.OpenReader(bytes.NewReader(data))
					if err != nil {
						t.Fatal(err)
					}
					for i, v := range row {
						cell, _ := excelize.CoordinatesToCellName(i+1, 2)
						f.SetCellStr(f.GetSheetList()[0], cell, v)
					}
					var out bytes.Buffer
					f.Write(&out)
					data = out.Bytes()
				}
				persons, err := readCohortData(data, "t."+format, &model.Cohort{})
				if err != nil {
					t.Fatal(err)
				}
				want := model.Person{Age: 50, TenureYears: 10, HistoryYears: 12, HistoryKnown: true, MonthlyWage: 1500.5, ContractHours: 24, NoticeMonths: 3, Triage: 2}
				if len(persons) != 1 || persons[0] != want {
					t.Errorf("got %+v, want %+v", persons, want)
				}
			})
		}
	}
	if err := WriteCohortTemplate(&bytes.Buffer{}, "ods", "nl"); err == nil {
		t.Error("format ods: want an error")
	}
	if err := WriteCohortTemplate(&bytes.Buffer{}, "csv", "de"); err == nil {
		t.Error("language de: want an error")
	}
}

// TestCohortXLSXInScenario loads a scenario whose cohort.file is a
// workbook.
func TestCohortXLSXInScenario(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "p.xlsx"), workbook(t, [][]any{
		{"leeftijd", "opleiding", "dienstjaren", "maandloon", "contracturen", "huishouden", "opzegtermijn"},
		{58, "laag", 22, 1450, 24, "alleenstaand", 4},
		{44, "hoog", 12, 2450, 32, "partner zonder inkomen", 3},
	}), 0o644)
	os.WriteFile(filepath.Join(dir, "s.toml"), []byte("extends = \"baseline\"\n[cohort]\nfile = \"p.xlsx\"\n"), 0o644)
	s, err := Load(filepath.Join(dir, "s.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Persons) != 2 || s.Persons[1].MonthlyWage != 2450 {
		t.Errorf("persons: %+v", s.Persons)
	}
}

func TestParseNumber(t *testing.T) {
	for _, tt := range []struct {
		s     string
		comma bool
		want  float64
		ok    bool
	}{
		{"1450.5", false, 1450.5, true}, {"1450,5", true, 1450.5, true}, {"1.450,5", true, 1450.5, true},
		{"12.345.678,9", true, 12345678.9, true}, {"€ 1.450,00", true, 1450, true}, {"1450 €", false, 1450, true},
		{"55.5", true, 55.5, true}, {"1450,5", false, 0, false}, {"1.450", true, 0, false}, {"1,2,3", true, 0, false},
		{"1.45,5", true, 0, false}, {"0x1p4", false, 16, true}, {"1_000", false, 1000, true}, {"", false, 0, false},
	} {
		got, err := parseNumber(tt.s, tt.comma)
		if (err == nil) != tt.ok || (tt.ok && got != tt.want) {
			t.Errorf("parseNumber(%q, %v) = %v, %v; want %v, ok %v", tt.s, tt.comma, got, err, tt.want, tt.ok)
		}
	}
}

// FuzzReadCohortData feeds arbitrary bytes, CSV or workbook, to the cohort
// reader: an error or
// persons, never a panic, and every message names the file.
func FuzzReadCohortData(f *testing.F) {
	seed, _ := os.ReadFile("testdata/cohort/dutch_excel.csv")
	f.Add(seed, "p.csv")
	f.Add([]byte("age,education,tenure_years,monthly_wage,contract_hours,household,notice_months\n58,\"low,22,1450,24,single,4\n"), "p.csv")
	f.Add([]byte("leeftijd;opleiding,dienstjaren\t;\"\"\n"), "p.csv")
	f.Add([]byte("PK\x03\x04garbage"), "p.xlsx")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		if name == "" || len(name) > 64 || strings.ContainsAny(name, "\x00") {
			return
		}
		_, err := readCohortData(data, name, &model.Cohort{EntryMonths: []int{0, 1}})
		if err != nil && !strings.Contains(err.Error(), name) {
			t.Errorf("the message does not name the file %q: %v", name, err)
		}
	})
}

// workbook returns an .xlsx file whose first sheet holds rows.
func workbook(t *testing.T, rows [][]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// workbookEdit is workbook with edit applied before it is written: a
// formula, a style.
func workbookEdit(t *testing.T, rows [][]any, edit func(*excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(workbook(t, rows)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	edit(f)
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// hugeWorkbook is a small workbook whose zip directory says its
// workbook and sheet parts unpack to book and sheet bytes.
func hugeWorkbook(t *testing.T, book, sheet uint64) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for name, size := range map[string]uint64{"xl/workbook.xml": book, "xl/worksheets/sheet1.xml": sheet} {
		w, err := z.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Store, UncompressedSize64: size, CompressedSize64: 0})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(nil)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// utf16LE encodes s as UTF-16 LE.
func utf16LE(s string) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

// TestSeparatorReadings pins how each dialect reads the notations of one
// thousand four hundred and fifty and of one and forty-five hundredths in
// the monthly_wage column (24 hours a week): read, refused as ambiguous,
// or read and refused by the wage floor.
func TestSeparatorReadings(t *testing.T) {
	const (
		headerEN = "age,education,tenure_years,monthly_wage,contract_hours,household,notice_months\n"
		headerNL = "leeftijd;opleiding;dienstjaren;maandloon;contracturen;huishouden;opzegtermijn\n"
	)
	for _, tt := range []struct {
		cell string
		nl   bool
		want string // a number read, or a piece of the message
	}{
		{"1450", false, "1450"}, {"1450", true, "1450"},
		{"1450.00", false, "1450"}, {"1450,00", true, "1450"},
		{"1.450,00", true, "1450"}, {"€ 1.450,00", true, "1450"},
		{"\"1.450,00\"", false, "a decimal comma in a file separated by commas"},
		{"1.450", true, "is ambiguous in a file with decimal commas"},
		{"1.450", false, "is ambiguous: 1.45 with a decimal point"},
		{"1,450", true, "is ambiguous: 1.45 with a decimal comma"},
		{"\"1,45\"", false, "a decimal comma in a file separated by commas"},
		{"1,45", true, "In this file 1,45 has a decimal comma"},
		{"1.45", false, "In this file 1.45 has a decimal point"},
		{"1.45", true, "In this file 1.45 has a decimal point"},
	} {
		header, row := headerEN, "58,low,22,"+tt.cell+",24,single,4\n"
		if tt.nl {
			header, row = headerNL, "58;laag;22;"+tt.cell+";24;alleenstaand;4\n"
		}
		persons, err := readCohortData([]byte(header+row), "p.csv", &model.Cohort{})
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = num(persons[0].MonthlyWage)
		}
		if (err == nil) != (got == tt.want) || !strings.Contains(got, tt.want) {
			t.Errorf("%s (nl %v): %s; want %q", tt.cell, tt.nl, got, tt.want)
		}
	}
}

// TestDialectRoundTrip reads back a cohort written by csvdialect in each
// dialect (commas and decimal points; semicolons, decimal commas and a
// byte order mark): the writer never writes a thousands separator, so no
// number it writes is ambiguous to the reader.
func TestDialectRoundTrip(t *testing.T) {
	wages := []float64{1450, 1450.5, 12345.25, 100000, 208}
	for _, d := range []csvdialect.Dialect{csvdialect.EN, csvdialect.NL} {
		var b bytes.Buffer
		w := csvdialect.NewWriter(&b, d)
		w.WriteStrings([]string{"age", "education", "tenure_years", "monthly_wage", "contract_hours", "household", "notice_months"})
		for _, wage := range wages {
			w.Write(csvdialect.Number(58.5), csvdialect.Text("low"), csvdialect.Number(22), csvdialect.Number(wage),
				csvdialect.Number(24), csvdialect.Text("single"), csvdialect.Number(4))
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		persons, err := readCohortData(b.Bytes(), "p.csv", &model.Cohort{})
		if err != nil {
			t.Fatalf("%s: %v\n%s", d, err, b.String())
		}
		for i, p := range persons {
			if p.MonthlyWage != wages[i] || p.Age != 58.5 {
				t.Errorf("%s: person %d: wage %v, age %v; want %v, 58.5", d, i, p.MonthlyWage, p.Age, wages[i])
			}
		}
	}
}

// TestAmbiguousDotHint checks that the hint for a number with a dot
// between groups of three digits in a file with decimal commas names both
// readings, and that every form it suggests is read by such a file as
// the reading it is offered for.
func TestAmbiguousDotHint(t *testing.T) {
	for _, tt := range []struct {
		cell  string
		want  []string
		reads map[string]float64 // each suggested form and what it must read as
	}{
		{"1.450", []string{"For 1450 (thousands) write 1450 or 1.450,00; for 1.45 (a decimal point) write 1,45"},
			map[string]float64{"1450": 1450, "1.450,00": 1450, "1,45": 1.45}},
		{"€ 2.050", []string{"For 2050 (thousands) write 2050 or 2.050,00; for 2.05 (a decimal point) write 2,05"},
			map[string]float64{"2050": 2050, "2.050,00": 2050, "2,05": 2.05}},
		{"3.000", []string{"For 3000 (thousands) write 3000 or 3.000,00; for 3 (a decimal point) write 3"},
			map[string]float64{"3000": 3000, "3.000,00": 3000, "3": 3}},
		{"1.450.000", []string{"has dots between thousands", "write 1450000 or 1.450.000,00"},
			map[string]float64{"1450000": 1450000, "1.450.000,00": 1450000}},
	} {
		if _, err := parseNumber(tt.cell, true); !errors.Is(err, errAmbiguousDot) {
			t.Fatalf("parseNumber(%q) = %v, want errAmbiguousDot", tt.cell, err)
		}
		got := ambiguousDotMsg(tt.cell)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("ambiguousDotMsg(%q) = %q, want %q in it", tt.cell, got, w)
			}
		}
		for form, v := range tt.reads {
			if !strings.Contains(got, form) {
				t.Errorf("ambiguousDotMsg(%q) = %q does not suggest %s", tt.cell, got, form)
			}
			if r, err := parseNumber(form, true); err != nil || r != v {
				t.Errorf("suggested %s reads as %v, %v; want %v", form, r, err, v)
			}
			if ambiguousGroups(form, true, personRange{lo: 0, hi: 1e9}) {
				t.Errorf("suggested %s is itself ambiguous", form)
			}
		}
	}
}

// TestCohortFileUse pins which keys of [cohort] a cohort file replaces,
// and checks that every field of model.Cohort is decided: replaced by the
// file's persons, used for some of them, or used as is.
func TestCohortFileUse(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "p.csv"), []byte("age,education,tenure_years,monthly_wage,contract_hours,household,notice_months\n58,low,22,1450,24,single,4\n"), 0o644)
	ref := filepath.Join(dir, "b.toml")
	os.WriteFile(ref, []byte("extends = \"baseline\"\nname = \"b\"\n[cohort]\nfile = \"p.csv\"\n"), 0o644)
	withFile, err := Load(ref)
	if err != nil {
		t.Fatal(err)
	}
	synthetic, err := Load("baseline")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		key              string
		replaced, partly bool
	}{
		{"cohort.size", true, false},
		{"cohort.age", true, false},
		{"cohort.earlier_work_years", true, false},
		{"cohort.flex_share", true, false},
		{"cohort.education", true, false},
		{"cohort.education.low", true, false},
		{"cohort.triage.method", true, false},
		{"cohort.triage.shares.group1", true, false},
		{"cohort.entry_months", false, true},
		{"cohort.start", false, false},
		{"cohort.file", false, false},
		{"cohort", false, false},
		{"cohort.sizes", false, false},
		{"economy.discount_rate", false, false},
	} {
		if r, p := withFile.CohortFileUse(tt.key); r != tt.replaced || p != tt.partly {
			t.Errorf("%s: replaced %v, partly %v; want %v, %v", tt.key, r, p, tt.replaced, tt.partly)
		}
		if r, p := synthetic.CohortFileUse(tt.key); r || p {
			t.Errorf("%s without a cohort file: replaced %v, partly %v", tt.key, r, p)
		}
	}
	used := []string{"cohort.file", "cohort.start"}
	ct := reflect.TypeFor[model.Cohort]()
	for i := range ct.NumField() {
		key := "cohort." + strings.Split(ct.Field(i).Tag.Get("toml"), ",")[0]
		if !slices.Contains(replacedByFile, key) && !slices.Contains(partlyByFile, key) && !slices.Contains(used, key) {
			t.Errorf("%s: not said whether a cohort file replaces it (replacedByFile, partlyByFile)", key)
		}
	}
}
