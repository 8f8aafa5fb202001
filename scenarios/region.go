package scenarios

import (
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/vwnw/vwnw/internal/i18n"
	"github.com/vwnw/vwnw/model"
)

// RegionOptions are the choices of a region's scenario folder (vwnw init).
type RegionOptions struct {
	// Dir is the folder the files will be written to; its base name names
	// the region and must be a safe name (letters, digits, _ and -).
	Dir string
	// CohortSize is the number of persons of a synthetic cohort; 0 keeps
	// the shipped baseline's, unless CohortFile is given.
	CohortSize int
	// CohortFile is a cohort file (CSV or .xlsx), as a path from the
	// working directory; it is read to check it and count its persons.
	CohortFile string
	// CaseManagerFTE is the case managers' capacity; 0 scales the pilot's
	// with the cohort.
	CaseManagerFTE float64
}

// RegionFile is one file of a region's folder.
type RegionFile struct {
	Name string // file name within the folder
	Text string
}

// RegionFiles returns the files of a region's scenario folder: baseline.toml,
// the region's cohort extending the shipped baseline, and one file per
// shipped arrangement that extends baseline.toml with the arrangement's
// [interventions] as shipped (with their sources), each commented with what
// a region typically changes there and where its numbers come from. The
// case managers' FTE scales with the cohort at the pilot's ratio unless
// given. Every file loads, and every arrangement is comparable with the
// baseline.
func RegionFiles(o RegionOptions) ([]RegionFile, error) {
	region := filepath.Base(filepath.Clean(o.Dir))
	if err := checkName("region name", region); err != nil {
		return nil, err
	}
	if o.CohortSize < 0 || o.CohortSize > 1_000_000 {
		return nil, fmt.Errorf("cohort size must be from 1 to 1000000, got %d", o.CohortSize)
	}
	if !(o.CaseManagerFTE >= 0) || math.IsInf(o.CaseManagerFTE, 0) || o.CaseManagerFTE > 1e5 {
		return nil, fmt.Errorf("case-manager FTE must be from 0 to 100000 (0: scaled with the cohort), got %v", o.CaseManagerFTE)
	}
	base, err := Load("baseline")
	if err != nil {
		return nil, err
	}
	pilot, err := Load("intensive_coaching")
	if err != nil {
		return nil, err
	}
	pilotSize, pilotFTE := base.Params().Cohort.Size, pilot.Params().Interventions.Coaching.CaseManagerFTE
	size, sizeNote := pilotSize, fmt.Sprintf("the shipped baseline's (the pilot's cohort, report §3.1.1); set your own or run vwnw init %s --cohort-size N", region)
	var file string
	var persons []model.Person
	switch {
	case o.CohortFile != "":
		if persons, _, err = ReadCohortFile(o.CohortFile, &model.Cohort{}); err != nil {
			return nil, err
		}
		if o.CohortSize != 0 && o.CohortSize != len(persons) {
			return nil, fmt.Errorf("--cohort-size %d but the cohort file %s holds %s; give one of them", o.CohortSize, o.CohortFile, i18n.Count(len(persons), i18n.Persons, "en"))
		}
		if file, err = relativeTo(o.Dir, o.CohortFile); err != nil {
			return nil, err
		}
		size, sizeNote = len(persons), "the persons in cohort.file; the file's persons are simulated, this size only scales the case managers"
	case o.CohortSize > 0:
		size, sizeNote = o.CohortSize, fmt.Sprintf("given by vwnw init --cohort-size; the pilot had %d (report §3.1.1)", pilotSize)
	}
	fte := o.CaseManagerFTE
	fteNote := "given by vwnw init --case-manager-fte"
	if fte == 0 {
		fte = math.Round(pilotFTE*float64(size)/float64(pilotSize)*100) / 100
		fteNote = fmt.Sprintf("the pilot's ratio, %s FTE for %d persons (report §2.3), scaled to %s; set the FTE your UWV and municipality can assign",
			num(pilotFTE), pilotSize, i18n.Count(size, i18n.Persons, "en"))
	}
	files := []RegionFile{{Name: "baseline.toml", Text: regionBaseline(region, size, sizeNote, file)}}
	for _, name := range Shipped() {
		if name == "baseline" {
			continue
		}
		if err := checkRegionFTE(name, fte, o.CaseManagerFTE != 0); err != nil {
			return nil, err
		}
		text, err := regionArrangement(region, name, fte, fteNote, base, persons)
		if err != nil {
			return nil, err
		}
		files = append(files, RegionFile{Name: name + ".toml", Text: text})
	}
	return files, nil
}

// checkRegionFTE refuses case managers with whom the arrangement name's
// coaching could never start (checkCapacity), before a folder is written
// whose every coaching arrangement the commands would then refuse.
func checkRegionFTE(name string, fte float64, given bool) error {
	o, err := ParseOverride("interventions.coaching.case_manager_fte=" + tomlFloat(fte))
	if err != nil {
		return err
	}
	if _, err = Load(name, o); err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		for _, p := range e.Problems {
			if strings.Contains(p.Msg, "coaching can never start") {
				how := "scaled to the cohort at the pilot's ratio; give --case-manager-fte"
				if given {
					how = "given by --case-manager-fte"
				}
				return fmt.Errorf("case-manager FTE %s (%s) is too little for %s: %s", num(fte), how, name, p.Msg)
			}
		}
	}
	return err
}

// relativeTo returns path, given from the working directory, as a path
// from dir.
func relativeTo(dir, path string) (string, error) {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(absDir, abs)
	if err != nil {
		return abs, nil
	}
	return filepath.ToSlash(rel), nil
}

// regionBaseline is the text of a region's baseline.toml: the shipped
// baseline with the region's cohort, and the shipped lines a region
// typically changes as comments, with their values and sources.
func regionBaseline(region string, size int, sizeNote, file string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `# Baseline of %[1]s: the shipped baseline — the pilot's cohort without the
# pilot, with UWV's regular services once unemployed — for this region's
# cohort. Every arrangement in this folder extends this file, so all of them
# describe the same persons in the same labour market, valued the same way:
# that is what makes them comparable. Change the world here ([cohort],
# [economy], [hazards], [jobs]), never in an arrangement file.
#
#   %-40[4]s every arrangement against this baseline
#   %-40[5]s every value as run, with its source
#   %-40[6]s keys, types, units and ranges
#
# What a region typically changes here, and where the numbers come from:
# - [cohort] size or file: the persons threatened with redundancy, from the
#   employer's notification of collective dismissal or the social plan.
#   With a list of persons (anonymised), use a cohort file instead of the
#   spreads below: vwnw cohort template --lang nl cohort.xlsx (docs/cohort.md).
# - [cohort] spreads, when there is no file: age, tenure and wages from the
#   employer or the sector's collective agreement (CAO); entry_months from
#   the dates the redundancies are announced.
# - [hazards] job_finding: the monthly rate at which such workers find work
#   in this labour-market region (UWV's regional labour-market information,
#   CBS StatLine for WW outflow). The shipped range is an estimate (EST).
# - [economy] holds national values (prices, discount rate, charges); change
#   them only as a sensitivity check, for every scenario at once with
#   vwnw compare %[1]s/ --set KEY=VALUE.
# The commented lines are the shipped baseline's, with its sources: remove
# the # before a line and change the value to use it. Keys not set here
# come from the shipped baseline.

extends = "baseline"
title = "Baseline %[1]s: regular UWV services once unemployed"
title_nl = "Nul-alternatief %[1]s: reguliere UWV-dienstverlening bij werkloosheid"
description = "This region's cohort without job-to-job support under notice: UWV's regular services once on WW."
description_nl = "De groep van deze regio zonder van-werk-naar-werkbegeleiding tijdens de opzegtermijn: reguliere UWV-dienstverlening zodra iemand WW heeft."

[cohort]
size = %[2]d   # %[3]s
`, region, size, sizeNote, "vwnw compare "+region+"/", "vwnw show "+region+"/baseline.toml", "vwnw keys cohort")
	if file != "" {
		fmt.Fprintf(&b, "file = %s   # the region's persons, one row each (docs/cohort.md); the path is relative to this file\n", tomlString(file))
	}
	shipped, _ := ShippedSource("baseline")
	lines := strings.Split(string(shipped), "\n")
	for _, l := range shippedSection(lines, "cohort", "size") {
		b.WriteString("# " + l + "\n")
	}
	b.WriteString("\n[hazards]\n")
	for _, l := range shippedSection(lines, "hazards") {
		if strings.HasPrefix(l, "job_finding ") {
			b.WriteString("# " + l + "\n")
		}
	}
	b.WriteString("\n# [economy]   national values; the shipped ones:\n")
	for _, l := range shippedSection(lines, "economy") {
		b.WriteString("# " + l + "\n")
	}
	return b.String()
}

// shippedSection returns the lines of a TOML text under the top-level
// table and its sub-tables, without the table's own header, blank lines and
// the keys skip names.
func shippedSection(lines []string, table string, skip ...string) []string {
	var out []string
	in := false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[") {
			h := strings.Trim(stripComment(t), "[] ")
			in = h == table || strings.HasPrefix(h, table+".")
			if h == table {
				continue
			}
		}
		if !in || t == "" {
			continue
		}
		if k, _, ok := strings.Cut(t, "="); ok && slices.Contains(skip, strings.TrimSpace(k)) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// regionAdvice says, per shipped arrangement, what a region typically
// changes in it and where the numbers come from.
var regionAdvice = map[string]string{
	"intensive_coaching": `# - case_manager_fte: the case managers your UWV office and municipality can
#   assign, from their staffing plan. With too few, participants wait for a
#   case manager (the output shows how long) and the effect comes later.
# - hourly_cost: your organisations' cost per paid hour (salary scale plus
#   overhead); hours: the caseload your case managers work with per triage
#   group; uptake: how many of those offered take part.
# - [interventions.services]: the services your region buys, at your
#   providers' prices (unit_cost), or remove those you do not offer.`,
	"digital_hybrid": `# - As intensive_coaching (case_manager_fte, hourly_cost, hours), plus
#   digital_hours_factor: how much less time digital contact takes in your
#   case managers' practice (from their time registration).
# - The share of persons with low digital skills is cohort.digital_low_share,
#   in baseline.toml: it belongs to the persons, not to the arrangement.`,
	"transition_fund": `# - tuition: the prices of your regional training providers for courses
#   toward shortage occupations (care, education, technology); uptake and
#   uptake_55: how many would retrain, from the providers or the sector fund.
# - [interventions.training.levy] and payer: how the fund is financed, from
#   the sector agreement or social plan that sets it up.
# - As intensive_coaching for the case managers (case_manager_fte, hourly_cost).`,
	"wage_supplement": `# - share and months: the supplement your region or sector agrees (the
#   shipped values follow the US RTAA wage insurance, see the comments);
#   payer: who pays it.
# - As intensive_coaching for the case managers (case_manager_fte, hourly_cost).`,
}

// regionArrangement is the text of a region's file for the shipped
// arrangement name: it extends baseline.toml and sets the arrangement's
// [interventions] as the shipped files do, with case_manager_fte replaced,
// and service_months too when the shipped one would close the service
// before the last persons of the region's cohort file are offered coaching
// (regionService).
func regionArrangement(region, name string, fte float64, fteNote string, base *Scenario, persons []model.Person) (string, error) {
	s, err := Load(name)
	if err != nil {
		return "", err
	}
	replace := map[string][2]string{"interventions.coaching.case_manager_fte": {tomlFloat(fte), fteNote}}
	if months, note, ok := regionService(s, base, persons); ok {
		replace["interventions.coaching.service_months"] = [2]string{strconv.Itoa(months), note}
	}
	src, err := open(name, "")
	if err != nil {
		return "", err
	}
	var ps problems
	t, _ := mergeChain(src, nil, &ps)
	if t == nil {
		return "", ps.err()
	}
	w := &shower{tree: t, files: map[string][]string{}, only: []string{"interventions"},
		replace: replace}
	advice := regionAdvice[name]
	if advice == "" {
		advice = "# - See the comments below: each value says where the shipped number comes from."
	}
	w.b.WriteString(wrapComment(fmt.Sprintf("%s for %s: the shipped scenario %q on this region's cohort (baseline.toml). %s",
		s.Title, region, name, s.Description)))
	fmt.Fprintf(&w.b, "#\n# What a region typically changes here, and where the numbers come from:\n%s\n#\n", advice)
	w.b.WriteString(wrapComment(fmt.Sprintf("Below are the arrangement's [interventions] as shipped (%s), each with the source the shipped files give. "+
		"The persons, labour market and economy come from baseline.toml: set them there, so that every arrangement stays comparable. "+
		"vwnw show %s/%s.toml shows everything.", chainText(src), region, name)))
	fmt.Fprintf(&w.b, "\nname = %s\nextends = \"baseline.toml\"\ntitle = %s\ntitle_nl = %s\ndescription = %s\ndescription_nl = %s\n",
		tomlString(name), tomlString(s.Title), tomlString(s.TitleNL), tomlString(s.Description), tomlString(s.DescriptionNL))
	w.table(schema, t.root, "")
	return w.b.String(), nil
}

// wrapComment wraps text into comment lines of at most about 76 characters.
func wrapComment(text string) string {
	var b strings.Builder
	line := "#"
	for _, word := range strings.Fields(text) {
		if len(line)+1+len(word) > 76 && line != "#" {
			b.WriteString(line + "\n")
			line = "#"
		}
		line += " " + word
	}
	b.WriteString(line + "\n")
	return b.String()
}
