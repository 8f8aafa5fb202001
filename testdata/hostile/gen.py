import os, json
D = os.path.join(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(D, exist_ok=True)
H = "age,education,tenure_years,monthly_wage,contract_hours,household,notice_months"
ROW = "50,low,10,1500,24,single,3"
files = {}
cases = []
def f(name, text):
    files[name] = text
def case(name, doc, args, exit=2, stderr=(), nots=(), known=None):
    cases.append((name, doc, args, exit, stderr, nots, known))
IT = ["--iterations", "2"]
def run(scn, *extra):
    return ["run", scn] + IT + list(extra)
def ext(body, name=None):
    return 'extends = "baseline"\n' + (f'name = "{name}"\n' if name else '') + body

# ---------- A. readers: what is not a regular file, or too large
f("dir_extends.toml", ext('').replace('"baseline"', '"special/dir.toml"'))
case("scenario_is_directory", "A scenario path that is a directory is refused before reading.", run("special/dir.toml"), stderr=["special/dir.toml", "is a directory"])
case("scenario_is_fifo", "A scenario path that is a FIFO is refused; opening it must not block.", run("special/fifo.toml"), stderr=["special/fifo.toml", "named pipe"])
case("scenario_is_dev_zero", "/dev/zero as a scenario: refused, not read until memory runs out.", run("/dev/zero"), stderr=["/dev/zero", "character device"])
case("scenario_is_dev_stdin", "/dev/stdin as a scenario.", run("/dev/stdin"), stderr=["/dev/stdin", "not a regular file"])
case("scenario_too_large", "A sparse 2 MiB scenario file: refused on its size before reading.", run("special/big.toml"), stderr=["special/big.toml", "at most 1 MiB"])
f("extends_zero.toml", 'extends = "/dev/zero"\n')
case("extends_dev_zero", "extends = \"/dev/zero\" read until out of memory.", run("extends_zero.toml"), stderr=["extends_zero.toml:1", "extends", "character device"])
f("extends_fifo.toml", 'extends = "special/fifo.toml"\n')
case("extends_fifo", "extends naming a FIFO blocked forever.", run("extends_fifo.toml"), stderr=["extends_fifo.toml:1", "named pipe"])
f("extends_dir.toml", 'extends = "special/dir.toml"\n')
case("extends_directory", "extends naming a directory.", run("extends_dir.toml"), stderr=["extends_dir.toml:1", "is a directory"])
f("extends_big.toml", 'extends = "special/big.toml"\n')
case("extends_too_large", "extends naming a file over the size limit.", run("extends_big.toml"), stderr=["extends_big.toml:1", "at most 1 MiB"])
f("extends_stdin.toml", 'extends = "/dev/stdin"\n')
case("extends_dev_stdin", "extends = \"/dev/stdin\".", run("extends_stdin.toml"), stderr=["extends_stdin.toml:1", "not a regular file"])
f("extends_missing.toml", 'extends = "no_such_parent.toml"\n')
case("extends_missing", "extends naming a missing file.", run("extends_missing.toml"), stderr=["extends_missing.toml:1", "no such file"])
f("cycle_a.toml", 'extends = "cycle_b.toml"\n'); f("cycle_b.toml", 'extends = "cycle_a.toml"\n')
case("extends_cycle", "Two files that extend each other.", run("cycle_a.toml"), stderr=["cycle"])
f("cycle_self.toml", 'extends = "cycle_self.toml"\n')
case("extends_self", "A file that extends itself.", run("cycle_self.toml"), stderr=["cycle_self.toml:1", "cycle"])
f("extends_number.toml", 'extends = 5\n')
case("extends_not_string", "extends = 5.", run("extends_number.toml"), stderr=["extends_number.toml:1", "extends"])
for n, target, msg in [("zero", "/dev/zero", "character device"), ("fifo", "special/fifo.csv", "named pipe"),
                       ("dir", "special", "is a directory"), ("big", "special/big.csv", "at most 64 MiB"),
                       ("missing", "no_such.csv", "no such file")]:
    f(f"cohort_{n}.toml", ext(f'[cohort]\nfile = "{target}"\n'))
    case(f"cohort_file_{n}", f"cohort.file = {target!r}.", run(f"cohort_{n}.toml"), stderr=[f"cohort_{n}.toml:3", "cohort.file", msg])
f("cohort_passwd.toml", ext('[cohort]\nfile = "/etc/passwd"\n'))
case("cohort_file_etc_passwd", "cohort.file = /etc/passwd: the error must not echo its first line.", run("cohort_passwd.toml"),
     stderr=["cohort_passwd.toml:3", "not a cohort CSV file"], nots=["root:", "/bin/"])
f("passwd_extends.toml", 'extends = "/etc/passwd"\n')
case("extends_etc_passwd", "extends = /etc/passwd: a TOML error, quoting nothing of the file.", run("passwd_extends.toml"), stderr=["/etc/passwd"], nots=["root:x", "/bin/bash"])
f("binary.toml", "\x00\x01\x02\xff\xfe[[[{{{\n")
case("scenario_binary", "A scenario of binary bytes.", run("binary.toml"), stderr=["binary.toml"])
f("empty.toml", "")
case("scenario_empty", "An empty scenario file: every key missing.", run("empty.toml"), stderr=["empty.toml", "missing"])
case("scenario_missing", "A scenario file that does not exist.", run("no_such_scenario.toml"), stderr=["no_such_scenario.toml", "no such file"])
KO = None
case("validate_dev_zero", "validate /dev/zero.", ["validate", "/dev/zero"], stderr=["/dev/zero", "not a regular file"], known=KO)
case("validate_fifo", "validate on a FIFO.", ["validate", "special/fifo.toml"], stderr=["special/fifo.toml", "named pipe"], known=KO)
case("validate_directory", "validate on a directory.", ["validate", "special/dir.toml"], stderr=["special/dir.toml", "directory"])

# ---------- B. shape bombs
f("deep_inline.toml", ext('[hazards]\njob_finding = ' + '{a=' * 10000 + '1' + '}' * 10000 + '\n'))
case("deep_inline_tables", "10,000 nested inline tables (40 KB) took 5 GB in the TOML decoder.", run("deep_inline.toml"), stderr=["deep_inline.toml:3", "nest more than 16"])
case("validate_deep_inline_tables", "The same through validate, which first asks whether the file is an observation.", ["validate", "deep_inline.toml"], stderr=["deep_inline.toml:3", "nest more than 16"])
f("deep_array.toml", ext('[cohort]\nentry_months = ' + '[' * 20000 + ']' * 20000 + '\n'))
case("deep_arrays", "20,000 nested arrays.", run("deep_array.toml"), stderr=["deep_array.toml:3", "nest more than 16"])
f("deep_parent.toml", 'extends = "deep_inline.toml"\n')
case("extends_deep", "A parent that nests too deep.", run("deep_parent.toml"), stderr=["deep_inline.toml:3", "nest"])
f("deep_string_ok.toml", ext('title = "' + '[{' * 2000 + '"\n', "brackets_in_title").replace('title', 'description'))
case("brackets_in_string_valid", "Brackets inside a string do not count as nesting: valid.", ["validate", "deep_string_ok.toml"], exit=0, stderr=[])
f("dotted_deep.toml", ext('[hazards]\n' + '.'.join(['a'] * 100000) + ' = 1\n'))
case("dotted_key_100000_parts", "A dotted key of 100,000 parts (200 KB): deep tables without brackets.", run("dotted_deep.toml"), stderr=["dotted_deep.toml:3", "more than 16 parts"])
f("long_key.toml", ext('[hazards]\n"' + 'k' * 200000 + '" = 1\n'))
case("key_200000_characters", "A quoted key of 200,000 characters: the message quotes a short piece.", run("long_key.toml"), stderr=["long_key.toml:3", "unknown key"])
f("long_table.toml", ext('[interventions.services."' + 's' * 100000 + '"]\nuptake = 0.1\n'))
case("service_name_100000_characters", "A service name of 100,000 characters.", run("long_table.toml"), stderr=["long_table.toml", "service name"])
case("set_long_key", "--set with a 3,000-character key.", run("baseline", "--set", "hazards." + "k" * 3000 + "=1"), stderr=["--set", "unknown key"])
f("unknown_keys_4000.toml", ext('[hazards]\n' + ''.join(f'k{i} = 1\n' for i in range(4000))))
case("unknown_keys_4000", "4,000 unknown keys: the message lists 20 problems and counts the rest.", run("unknown_keys_4000.toml"), stderr=["unknown_keys_4000.toml:3", "hazards.k0", "… and 3980 more problems"])
f("many_keys.toml", ext('[hazards]\n' + ''.join(f'k{i} = 1\n' for i in range(6000))))
case("many_keys", "6,000 keys in one table.", run("many_keys.toml"), stderr=["many_keys.toml", "more than 5000 keys"])
f("many_services.toml", ext('[interventions]\nservices = { ' + ', '.join(f's{i} = {{}}' for i in range(20000)) + ' }\n'))
case("services_20000", "20,000 services took quadratic time.", run("many_services.toml"), stderr=["many_services.toml", "more than 5000 keys"])
f("services_150.toml", ext(''.join(f'[interventions.services.s{i}]\n' for i in range(150))))
case("services_150", "150 empty service tables: over the limit of 100.", run("services_150.toml"), stderr=["services_150.toml", "interventions.services", "at most 100"])
f("services_dotted.toml", ext('[interventions]\n' + ''.join(f's.s{i}.uptake = 0.1\n' for i in range(150)).replace('s.s', 'services.s')))
case("services_dotted_keys", "150 services given as dotted keys.", run("services_dotted.toml"), stderr=["services_dotted.toml", "at most 100"])
f("long_title.toml", ext('title = "' + 'x' * 300 + '"\n'))
case("title_too_long", "A 300-character title.", run("long_title.toml"), stderr=["long_title.toml:2", "title", "at most 200"])
f("entry_months_2000.toml", ext('[cohort]\nentry_months = [' + ', '.join(str(i % 100) for i in range(2000)) + ']\n'))
OWN = "\n# validate compares with the baseline, as run does: the file is its own baseline here"
case("entry_months_2000_entries_valid", "2,000 entry months within 0 to 120 are fine: one per person, as calibration writes them." + OWN, ["validate", "--baseline", "entry_months_2000.toml", "entry_months_2000.toml"], exit=0)
case("set_deep_value", "--set with 10,000 nested inline tables.", run("baseline", "--set", "hazards.job_finding=" + "{a=" * 1000 + "1" + "}" * 1000), stderr=["--set hazards.job_finding", "nest more than 16"])
case("set_long_value", "--set with a 10,000-byte value.", run("baseline", "--set", "hazards.job_finding=" + "1" * 10000), stderr=["--set hazards.job_finding", "at most 4096"])
case("set_deep_array", "--set with 20,000 nested arrays.", run("baseline", "--set", "cohort.entry_months=" + "[" * 2000 + "]" * 2000), stderr=["--set cohort.entry_months", "nest"])

# ---------- C. values
def cval(name, body, key, doc, stderr_extra=()):
    parent = "intensive_coaching" if "[interventions.coaching" in body else "transition_fund" if "[interventions.training" in body else "baseline"
    f(name + ".toml", ext(body).replace('"baseline"', '"' + parent + '"'))
    case(name, doc, run(name + ".toml"), stderr=[name + ".toml", key] + list(stderr_extra))
cval("age_5", '[cohort]\nage = 5\n', "cohort.age", "Age 5 for every person; the CSV reader allows 15 to 80.", ["[15, 80]"])
cval("age_100_300", '[cohort]\nage = { dist = "uniform", min = 100, max = 300 }\n', "cohort.age", "Ages 100 to 300.", ["[15, 80]"])
cval("age_normal_unbounded", '[cohort]\nage = { dist = "normal", mean = 45, sd = 10 }\n', "cohort.age", "An unbounded normal age.", ["unbounded"])
cval("wage_negative", '[cohort]\nmonthly_wage = -1000\n', "cohort.monthly_wage", "Wage −1000.", ["[0, 100000]"])
cval("wage_lognormal_sigma_1000", '[cohort]\nmonthly_wage = { dist = "lognormal", mu = 7, sigma = 1000 }\n', "cohort.monthly_wage", "Lognormal wage with sigma 1000 printed NaN NPVs.", ["unbounded"])
cval("wage_1e12", '[cohort]\nmonthly_wage = 1e12\n', "cohort.monthly_wage", "Wage 1e12.")
cval("notice_1e12", '[cohort]\nnotice_months = 1e12\n', "cohort.notice_months", "Notice of 1e12 months.", ["[1, 24]"])
cval("notice_0", '[cohort]\nnotice_months = 0\n', "cohort.notice_months", "Notice of 0 months.")
cval("contract_hours_0", '[cohort]\ncontract_hours = 0\n', "cohort.contract_hours", "Zero contract hours.")
cval("contract_hours_1000", '[cohort]\ncontract_hours = { dist = "uniform", min = 10, max = 1000 }\n', "cohort.contract_hours", "Up to 1,000 contract hours a week.")
cval("tenure_70", '[cohort]\ntenure_years = 70\n', "cohort.tenure_years", "70 years of tenure.")
cval("earlier_work_negative", '[cohort]\nearlier_work_years = { dist = "triangular", min = -5, mode = 0, max = 3 }\n', "cohort.earlier_work_years", "Negative earlier work years.")
cval("hazard_1e308", '[hazards]\njob_finding = 1e308\n', "hazards.job_finding", "A job-finding hazard of 1e308 overflowed into nonsense.", ["[0, 10]"])
cval("hazard_inf", '[hazards]\nseparation = inf\n', "hazards.separation", "An infinite hazard.", ["finite"])
cval("hazard_nan", '[hazards]\ninactivity = nan\n', "hazards.inactivity", "A NaN hazard.", ["finite"])
cval("hazard_negative", '[hazards]\nretention = -0.1\n', "hazards.retention", "A negative hazard.")
cval("hazard_ratio_1e6", '[hazards]\nage55_hr = 1e6\n', "hazards.age55_hr", "A hazard ratio of a million.", ["[0, 100]"])
cval("hazard_ratio_zero", '[hazards]\ntriage3_hr = 0\n', "hazards.triage3_hr", "A hazard ratio of zero.")
cval("hazard_ratio_lognormal", '[hazards]\neducation_low_hr = { dist = "lognormal", mu = 0, sigma = 100 }\n', "hazards.education_low_hr", "A hazard ratio whose distribution reaches 1e300.", ["reaches"])
cval("duration_decay_1000", '[hazards]\nduration_decay = 1000\n', "hazards.duration_decay", "A duration decay of 1000 per month.")
cval("wage_ratio_1e9", '[jobs]\nwage_ratio = 1e9\n', "jobs.wage_ratio", "A wage ratio of a billion.")
cval("wage_ratio_max_inf", '[jobs]\nwage_ratio_max = 1e300\n', "jobs.wage_ratio_max", "An upper wage ratio of 1e300.")
cval("discount_rate_5", '[economy]\ndiscount_rate = 5\n', "economy.discount_rate", "A discount rate of 500% a year.")
cval("employer_charges_1e9", '[economy]\nemployer_charges = 1e9\n', "economy.employer_charges", "Employer charges of a billion times the wage.")
cval("health_cost_1e300", '[economy]\nhealth_cost_unemployed = 1e300\n', "economy.health_cost_unemployed", "Health cost of 1e300 a month.")
cval("price_year_99999", '[economy]\nprice_year = 99999\n', "economy.price_year", "A price year without rules.")
cval("education_shares_2", '[cohort.education]\nlow = 1\nmid = 1\nhigh = 0\n', "cohort.education", "Education shares that sum to 2.", ["sum"])
cval("flex_share_distribution", '[cohort]\nflex_share = { dist = "uniform", min = 0, max = 1 }\n', "cohort.flex_share", "A distribution where a fixed share is required.")
cval("entry_months_2e9", '[cohort]\nentry_months = [0, 2000000000]\n', "cohort.entry_months", "entry_months = [0, 2000000000] looped for minutes.", ["0 to 120"])
cval("entry_month_2_32", '[cohort]\nentry_months = [4294967296]\n', "cohort.entry_months", "An entry month of 2^32 wrapped to 0.", ["0 to 120"])
cval("entry_month_negative", '[cohort]\nentry_months = [-1]\n', "cohort.entry_months", "A negative entry month.")
cval("entry_month_2_63", '[cohort]\nentry_months = [9223372036854775808]\n', "entry_months", "An entry month beyond int64.")
cval("cohort_size_0", '[cohort]\nsize = 0\n', "cohort.size", "A cohort of nobody.")
cval("cohort_size_1e7", '[cohort]\nsize = 10000000\n', "cohort.size", "A cohort of ten million.")
cval("cohort_size_2_63", '[cohort]\nsize = 9223372036854775807\n', "cohort.size", "A cohort of 2^63−1.")
cval("coaching_hourly_cost_1e300", '[interventions.coaching]\nenabled = true\nhourly_cost = 1e300\n', "interventions.coaching.hourly_cost", "An hourly cost of 1e300.", ["[-1e+09, 1e+09]"])
cval("coaching_fte_1e308", '[interventions.coaching]\ncase_manager_fte = 1e308\n', "interventions.coaching.case_manager_fte", "1e308 case managers.")
cval("coaching_hours_1e6", '[interventions.coaching.hours]\ngroup3 = 1e6\n', "interventions.coaching.hours.group3", "A million hours a month.")
cval("coaching_max_months_1e9", '[interventions.coaching]\nmax_months = 1e9\n', "interventions.coaching.max_months", "Coaching for a billion months.")
cval("training_wage_effect", '[interventions.training]\nwage_ratio_effect = -1e9\n', "interventions.training.wage_ratio_effect", "A wage ratio effect of −1e9.")
cval("payer_shares_nan", '[interventions.coaching.payer]\nuwv = nan\n', "interventions.coaching.payer.uwv", "A payer share of NaN.")
cval("dist_pert_inverted", '[hazards]\njob_finding = { dist = "pert", min = 0.3, mode = 0.2, max = 0.1 }\n', "hazards.job_finding", "A PERT whose min exceeds its max.")
cval("dist_gamma_extreme", '[hazards]\njob_finding = { dist = "gamma", alpha = 1e-300, beta = 1e-300 }\n', "hazards.job_finding", "A gamma with extreme shapes.")
f("entry_months_edge.toml", ext('[cohort]\nentry_months = [0, 120]\n', "edge_months"))
case("entry_months_at_limit_valid", "Entry months 0 and 120: at the limit, valid." + OWN, ["validate", "--baseline", "entry_months_edge.toml", "entry_months_edge.toml"], exit=0)

# ---------- D. cohort CSV
def csvcase(name, text, doc, stderr=(), exit=2, nots=()):
    name = "csv_" + name
    stderr = [x.replace(name[4:] + ".csv", name + ".csv") for x in stderr]
    f(name + ".csv", text)
    f(name + ".toml", ext(f'[cohort]\nfile = "{name}.csv"\n'))
    args = run(name + ".toml") if exit else ["run", name + ".toml", "--baseline", name + ".toml"] + IT
    case(name, doc, args, exit=exit, stderr=list(stderr), nots=nots)
csvcase("stray_quote", H + '\n5"0,low,10,1500,24,single,3\n', 'A stray quote in the first field (5"0,low,…) panicked in csv FieldPos.', ["stray_quote.csv:2", "bare \""])
csvcase("stray_quote_later", H + '\n' + ROW + '\n' + ROW + '\n50,lo"w,10,1500,24,single,3\n', "A stray quote in a later row.", ["stray_quote_later.csv:4"])
csvcase("unterminated_quote", H + '\n"50,low,10,1500,24,single,3\n', "An unterminated quoted field.", ["unterminated_quote.csv:2"])
csvcase("quote_in_header", 'age,"educ"ation,tenure_years\n' + ROW + '\n', "A stray quote in the header.", ["quote_in_header.csv:1"])
csvcase("wage_negative", H + '\n50,low,10,-1000,24,single,3\n', "A negative wage.", ["wage_negative.csv:2", "monthly_wage"])
csvcase("age_nan", H + '\nNaN,low,10,1500,24,single,3\n', "Age NaN.", ["age_nan.csv:2", "column age"])
csvcase("age_inf", H + '\n+Inf,low,10,1500,24,single,3\n', "Age +Inf.", ["age_inf.csv:2", "column age"])
csvcase("age_1e400", H + '\n1e400,low,10,1500,24,single,3\n', "Age 1e400 (overflows float64).", ["age_1e400.csv:2", "column age"])
csvcase("age_hex", H + '\n0x1p5,low,10,1500,24,single,3\n', "A hexadecimal age (0x1p5 = 32) parses; valid.", exit=0)
csvcase("entry_2_32", H + ',entry_month\n' + ROW + ',4294967296\n', "An entry month of 2^32.", ["entry_2_32.csv:2", "entry_month"])
csvcase("entry_negative", H + ',entry_month\n' + ROW + ',-1\n', "A negative entry month.", ["entry_negative.csv:2", "entry_month"])
csvcase("notice_fraction", H + '\n50,low,10,1500,24,single,2.5\n', "Notice of 2.5 months.", ["notice_fraction.csv:2", "whole number"])
csvcase("notice_1e12", H + '\n50,low,10,1500,24,single,1e12\n', "Notice of 1e12 months.", ["notice_1e12.csv:2", "notice_months"])
csvcase("triage_4", H + ',triage\n' + ROW + ',4\n', "Triage group 4.", ["triage_4.csv:2", "triage"])
csvcase("empty", '', "An empty cohort file.", ["empty.csv", "empty file"])
csvcase("header_only", H + '\n', "A header and no rows.", ["header_only.csv", "no rows"])
csvcase("many_columns", H + ',' + ','.join(f'c{i}' for i in range(10000)) + '\n', "10,000 unknown columns: a short message.", ["many_columns.csv:1", "more problems"])
csvcase("bidi_column", H + ',na\u202eme\n' + ROW + ',x\n', "An unknown column with a bidi override: escaped in the message.", ["bidi_column.csv:1", "\\u202e"], nots=["\u202e"])
csvcase("long_column", H + ',' + 'x' * 10000 + '\n' + ROW + ',1\n', "An unknown column of 10,000 characters: quoted short.", ["long_column.csv:1", "…"])
csvcase("escape_in_cell", H + '\n\x1b[31m50,low,10,1500,24,single,3\n', "A terminal escape sequence in a cell: escaped in the message.", ["escape_in_cell.csv:2", "\\x1b"], nots=["\x1b"])
csvcase("field_count", H + '\n50,low,10\n', "Too few fields.", ["field_count.csv:2", "3 fields"])
csvcase("bad_rows_2000", H + '\n' + 'x,y,z,w,v,u,t\n' * 2000, "2,000 bad rows: at most 20 problems listed.", ["bad_rows_2000.csv:2", "more problems"])
csvcase("nul_bytes", H + '\n50\x00,low,10,1500,24,single,3\n', "NUL bytes in a cell.", ["nul_bytes.csv:2"])
csvcase("binary", '\xff\xfe\x00\x01\x02' * 100 + '\n', "A binary file.", ["binary.csv:1", "not a cohort CSV file"])
csvcase("bom_crlf_valid", '\ufeff' + H + '\r\n' + ROW + '\r\n', "A byte order mark and CRLF line ends: valid.", exit=0)
csvcase("valid", H + ',entry_month,triage\n' + ROW + ',0,1\n60,high,30,3000,36,partner_with_income,6,120,3\n', "A valid cohort file.", exit=0)
csvcase("formula_cell", H + '\n=1+1,low,10,1500,24,single,@SUM(1)\n', "Formulas in cells: refused as numbers.", ["formula_cell.csv:2", "column age", "column notice_months"])

# ---------- E. names and injection
def ncase(name, body, key, doc, extra=(), nots=()):
    f(name + ".toml", 'extends = "baseline"\n' + body)
    case(name, doc, run(name + ".toml"), stderr=[name + ".toml", key] + list(extra), nots=nots)
ncase("name_hyperlink", 'name = "=HYPERLINK(\\"http://x\\")"\n', "name", "A name that is a spreadsheet formula.", ["letters, digits"])
ncase("name_at_sum", 'name = "@SUM(1)"\n', "name", "A name starting with @.")
ncase("name_plus", 'name = "+1"\n', "name", "A name starting with +.")
ncase("name_minus", 'name = "-1"\n', "name", "A name starting with -.")
ncase("name_tab", 'name = "\\tx"\n', "name", "A name starting with a tab.")
ncase("name_newline", 'name = "a\\nb = 1"\n', "name", "A name with a newline (would become a TOML line in calibrate --write).", nots=["\nb = 1"])
ncase("name_bidi", 'name = "abc\u202edef"\n', "name", "A name with U+202E.", ["\\u202e"], nots=["\u202e"])
ncase("name_html", 'name = "<script>x</script>"\n', "name", "A name with markup.")
ncase("name_long", 'name = "' + 'a' * 100 + '"\n', "name", "A name of 100 characters.", ["64"])
ncase("name_empty", 'name = ""\n', "name", "An empty name.")
ncase("name_number", 'name = 5\n', "name", "A name that is a number.", ["string"])
ncase("title_bidi", 'title = "Coaching \u202eevil"\n', "title", "A title with a bidi override.", ["U+202E"], nots=["\u202e"])
ncase("title_nl_isolate", 'title_nl = "x\u2066y"\n', "title_nl", "A Dutch title with a bidi isolate.", ["U+2066"])
ncase("title_escape", 'title = "\\u001b[31mred"\n', "title", "A title with a terminal escape.", ["U+001B"])
ncase("title_newline", 'title = "a\\nb"\n', "title", "A title with a newline.", ["U+000A"])
ncase("description_zwsp", 'description = "in\u200bvisible"\n', "description", "A description with a zero-width space.", ["U+200B"])
ncase("description_nl_rlo", 'description_nl = "a\u202eb"\n', "description_nl", "A Dutch description with a bidi override.")
ncase("service_formula", '[interventions.services."=HYPERLINK(1)"]\nuptake = 0.1\n', "interventions.services", "A service named as a formula.", ["service name"])
ncase("service_newline", '[interventions.services."a\\nb"]\nuptake = 0.1\n', "interventions.services", "A service name with a newline.", ["service name"])
ncase("service_bidi", '[interventions.services."s\u202e"]\nuptake = 0.1\n', "interventions.services", "A service name with U+202E.", ["service name"], nots=["\u202e"])
ncase("service_long", '[interventions.services.' + 's' * 100 + ']\nuptake = 0.1\n', "interventions.services", "A service name of 100 characters.")
f("=calc.toml", 'extends = "baseline"\n')
case("file_name_formula", "A file named =calc.toml gives the name =calc unless name is set.", run("=calc.toml"), stderr=["=calc.toml", "file name"])
f("bad name.toml", 'extends = "baseline"\nname = "good_name"\n')
case("file_name_space_with_name_valid", "A file name with a space is fine when name is set: valid.", ["validate", "bad name.toml"], exit=0)
case("set_newline_bare_word", "--set with a newline in a bare word.", run("baseline", "--set", "interventions.coaching.mode=digital\nx = 1"), stderr=["--set interventions.coaching.mode"])
case("set_enum_formula", "--set a string key to a formula.", run("baseline", "--set", 'cohort.triage.method="=1+1"'), stderr=["--set cohort.triage.method", "not allowed"])
case("set_unknown_key", "--set an unknown key.", run("baseline", "--set", "hazards.nope=1"), stderr=["--set hazards.nope", "unknown key"])
case("set_no_equals", "--set without =.", run("baseline", "--set", "hazards.job_finding"), stderr=["--set", "KEY=VALUE"])
case("set_hazard_1e308", "--set a hazard to 1e308.", run("baseline", "--set", "hazards.job_finding=1e308"), stderr=["--set hazards.job_finding", "[0, 10]"])
case("set_entry_months_2e9", "--set entry months to [0, 2000000000].", run("baseline", "--set", "cohort.entry_months=[0, 2000000000]"), stderr=["--set cohort.entry_months", "0 to 120"])
case("set_age_lognormal", "--set a lognormal age.", run("baseline", "--set", 'cohort.age={ dist = "lognormal", mu = 4, sigma = 1000 }'), stderr=["--set cohort.age", "unbounded"])
case("init_formula_name", "init with a formula as the name.", ["init", "$TMP/=HYPERLINK(1)"], stderr=["letters, digits"])

# ---------- F. flags and work bombs
case("flag_iterations_negative", "--iterations -1.", ["run", "baseline", "--iterations", "-1"], stderr=["--iterations"])
case("flag_iterations_huge", "--iterations beyond the bound.", ["run", "baseline", "--iterations", "1000000000"], stderr=["--iterations"])
case("flag_iterations_overflow", "--iterations beyond int64.", ["run", "baseline", "--iterations", "99999999999999999999"], stderr=["--iterations"])
case("flag_horizon_huge", "--horizon 100000.", run("baseline", "--horizon", "100000"), stderr=["--horizon"])
case("flag_cohort_size_huge", "--cohort-size beyond the bound.", run("baseline", "--cohort-size", "2000000"), stderr=["--cohort-size"])
case("flag_seed_negative", "--seed -1.", run("baseline", "--seed", "-1"), stderr=["--seed"])
case("flag_format_bad", "--format nonsense.", run("baseline", "--format", "xml"), stderr=["--format"])
case("flag_workers_zero", "--workers 0.", run("baseline", "--workers", "0"), stderr=["--workers"])
case("flag_workers_1e6", "--workers 1000000: memory grew with workers (6.8 GB at 64).", run("baseline", "--workers", "1000000"), stderr=["--workers"])
case("flag_workers_64_valid", "--workers 64 on a cohort of 50,000: runs on at most one goroutine per core, so memory stays bounded.", run("intensive_coaching", "--workers", "64", "--cohort-size", "50000"), exit=0)
case("sensitivity_bootstrap_200000", "sobol --bootstrap 200000.", ["sensitivity", "intensive_coaching", "--method", "sobol", "--iterations", "8", "--bootstrap", "200000"], stderr=["--bootstrap", "at most 100000"])
case("sensitivity_inner_5000", "evpi --inner 5000.", ["sensitivity", "intensive_coaching", "--method", "evpi", "--iterations", "10", "--inner", "5000"], stderr=["--inner", "at most 1000"])
case("sensitivity_work_estimate", "sobol with 100,000 samples of 100 cohorts.", ["sensitivity", "intensive_coaching", "--method", "sobol", "--iterations", "100000", "--inner", "100"], stderr=["person-months", "--allow-long"])
case("calibrate_work_estimate", "calibrate with a million iterations per evaluation.", ["calibrate", "intensive_coaching", "--observed", "pilot", "--fit", "interventions.coaching.job_finding_hr", "--iterations", "1000000"], stderr=["person-months", "--allow-long"])
case("report_out_is_input_relative", "report -o naming its input by another path.", ["report", "$TMP/results.json", "-o", "$TMP/./results.json"], stderr=["-o", "results file itself"])
case("flag_work_estimate", "--iterations 1000000 --cohort-size 1000000 starts weeks of work without a word.", ["run", "baseline", "--iterations", "1000000", "--cohort-size", "1000000"], stderr=["--allow-long"])
case("flag_set_5000_times", "--set given 5,000 times: each is applied to every scenario.", run("intensive_coaching", *sum([["--set", "hazards.job_finding=0.1"] for _ in range(5000)], [])), stderr=["--set", "at most"])
case("compare_300_scenarios", "300 scenario arguments: each is loaded and checked against the others.", ["compare"] + ["intensive_coaching"] * 300 + IT, stderr=["scenarios", "at most"])
case("flag_out_is_file", "--out naming a file.", run("baseline", "--out", "csv_stray_quote.csv"), stderr=["--out"])
case("flag_out_dev_null", "--out /dev/null.", run("baseline", "--out", "/dev/null"), stderr=["--out"])
case("sensitivity_bootstrap_huge", "sobol --bootstrap 2^40.", ["sensitivity", "intensive_coaching", "--method", "sobol", "--iterations", "8", "--bootstrap", "1099511627776"], stderr=["--bootstrap"])
case("sensitivity_inner_huge", "sobol --inner 2^40.", ["sensitivity", "intensive_coaching", "--method", "sobol", "--iterations", "8", "--inner", "1099511627776"], stderr=["--inner"])
case("calibrate_iterations_huge", "calibrate --iterations 2^40.", ["calibrate", "baseline", "--observed", "pilot", "--fit", "hazards.job_finding", "--iterations", "1099511627776"], stderr=["--iterations"])
case("sensitivity_group_formula", "A --group named as a formula.", ["sensitivity", "intensive_coaching", "--method", "sobol", "--iterations", "8", "--group", "@SUM(1)=hazards.job_finding"], stderr=["--group"])

# ---------- G. observation files
def ocase(name, text, doc, stderr=(), known=None):
    f(name + ".obs.toml", text)
    case("observed_" + name, doc, ["validate", name + ".obs.toml"], stderr=[name + ".obs.toml"] + list(stderr), known=known)
OBS = 'name = "o"\nobservation_date = 2021-04-16\n[entries]\n"2020-09" = 8\n[observed]\nstopped = 1\nnew_job = 1\nwork_schooling = 1\neducation = 1\nsearching = 4\n'
ocase("count_billion", OBS.replace('"2020-09" = 8', '"2020-09" = 1000000000').replace('searching = 4', 'searching = 999999996'), "Observation counts of a billion allocated before any check.", ["at most"])
ocase("count_overflow", OBS.replace('"2020-09" = 8', '"2020-09" = 9223372036854775807\n"2020-10" = 9223372036854775807\n"2020-11" = 10'), "Counts near 2^63 overflowed, so validate said ok.")
ocase("deep", 'observation_date = 2021-04-16\n[observed]\nstopped = ' + '[' * 20000 + ']' * 20000 + '\n', "Deep nesting in an observation file.", ["nest"])
ocase("name_formula", OBS.replace('name = "o"', 'name = "=HYPERLINK(1)"'), "An observation named as a formula.", ["name", "letters, digits"])
ocase("description_bidi", OBS.replace('name = "o"', 'name = "o"\ndescription = "a\u202eb"'), "A bidi override in an observation's description.", ["description", "U+202E"])
ocase("source_escape", OBS.replace('name = "o"', 'name = "o"\nsource = "\\u001b]0;title\\u0007"'), "A terminal escape in an observation's source.", ["source", "U+001B"])
ocase("entries_span", OBS.replace('"2020-09" = 8', '"2000-01" = 4\n"2020-09" = 4'), "Entries over 248 months.", ["entries", "at most 120"])
ocase("entries_many_months", 'name = "o"\nobservation_date = 2021-04-16\n[entries]\n' + ''.join(f'"2020-{m:02d}" = 900000\n' for m in range(1, 3)) + '[observed]\nstopped = 1800000\nnew_job = 0\nwork_schooling = 0\neducation = 0\nsearching = 0\n', "1.8 million entrants over two months: over the largest cohort.", ["entries", "at most 1000000"])
ocase("not_a_month", OBS.replace('"2020-09" = 8', '"20\u202e20-09" = 8'), "A month key with a bidi override.", ["entries"], )
ocase("binary", "\x00\x01\x02observation_date = 2021-01-01\n", "Binary bytes in an observation file.")
f("big.obs.toml", 'name = "big"\nobservation_date = 2021-04-16\n[entries]\n"2020-09" = 2500\n"2020-10" = 2500\n[observed]\nstopped = 500\nnew_job = 2500\nwork_schooling = 200\neducation = 200\nsearching = 1600\n')
case("calibrate_5000_entrants_valid", "Calibration to 5,000 entrants: one entry month each, beyond what --set allows, still runs.", ["calibrate", "intensive_coaching", "--observed", "big.obs.toml", "--fit", "interventions.coaching.job_finding_hr", "--iterations", "2"], exit=0)
ocase("date_far", OBS.replace('2021-04-16', '9999-12-31'), "An observation date in the year 9999.")
case("calibrate_observed_fifo", "calibrate --observed naming a FIFO.", ["calibrate", "baseline", "--observed", "special/fifo.toml", "--fit", "hazards.job_finding"] + IT, stderr=["special/fifo.toml", "named pipe"])
case("calibrate_observed_dev_zero", "calibrate --observed /dev/zero.", ["calibrate", "baseline", "--observed", "/dev/zero", "--fit", "hazards.job_finding"] + IT, stderr=["/dev/zero", "not a regular file"])
case("calibrate_write_newline_name", "calibrate --write with a scenario whose name holds a newline.", ["calibrate", "name_newline.toml", "--observed", "pilot", "--fit", "hazards.job_finding", "--write", "$TMP/c.toml"] + IT, stderr=["name_newline.toml", "name"])

# ---------- H. results.json for report
def rcase(name, text, doc, stderr=(), known=None):
    f(name + ".json", text)
    case("report_" + name, doc, ["report", name + ".json", "-o", "$TMP/r.html"], stderr=[name + ".json"] + list(stderr), known=known)
rcase("empty", "", "An empty results.json.", known=None)
rcase("null", "null", "results.json that is null.", known=None)
rcase("trailing", open(os.path.join(D, '..', 'golden', 'results.json')).read() + '\n{"more": 1}\n', "Trailing data after the JSON value.")
rcase("not_tool", '{"tool": "other", "scenarios": [{}]}', "Another tool's file.", known=None)
rcase("nan", '{"tool": "vwnw", "scenarios": [{"name": "x", "npv": NaN}]}', "NaN in results.json.", known=None)
rcase("deep", '[' * 20000 + ']' * 20000, "100,000 nested arrays.", known=None)
rcase("huge_number", '{"tool": "vwnw", "run": {"horizon_months": 1e400}}', "A number beyond float64.", known=None)
case("report_dev_zero", "report /dev/zero.", ["report", "/dev/zero", "-o", "$TMP/r.html"], stderr=["/dev/zero", "not a regular file"])
case("report_fifo", "report on a FIFO.", ["report", "special/fifo.json", "-o", "$TMP/r.html"], stderr=["special/fifo.json", "named pipe"])
case("report_big", "report on a 100 MiB file.", ["report", "special/big.json", "-o", "$TMP/r.html"], stderr=["special/big.json", "at most"])
case("report_out_is_input", "report results.json -o results.json replaced the results with HTML.", ["report", "$TMP/results.json", "-o", "$TMP/results.json"], stderr=["-o"])

# ---------- I. valid runs
case("valid_run_baseline", "The baseline against itself: valid.", run("baseline"), exit=0)
case("valid_compare_out", "compare with --out: valid, three files.", ["compare", "intensive_coaching", "--out", "$TMP/out"] + IT, exit=0)
case("valid_validate_shipped", "validate every shipped scenario: valid.", ["validate", "baseline", "intensive_coaching", "digital_hybrid", "transition_fund", "wage_supplement"], exit=0)

# ---------- J. implausible values: coaching that can never start, wages misread
HNL = "leeftijd;opleiding;dienstjaren;maandloon;contracturen;huishouden;opzegtermijn"
def coach(name, body, doc, stderr=(), exit=2, args=None):
    f(name + ".toml", 'extends = "intensive_coaching"\n' + f'name = "{name}"\n' + body)
    case(name, doc, args or run(name + ".toml"), exit=exit, stderr=[name + ".toml"] + list(stderr) if exit else [])
coach("coaching_fte_0", '[interventions.coaching]\ncase_manager_fte = 0\n', "Zero case managers: coaching offered that nobody can give ran silently with nobody coached.",
      ["coaching_fte_0.toml:4", "interventions.coaching.case_manager_fte", "coaching can never start", "0 FTE", "enabled = false"])
coach("coaching_fte_tiny", '[interventions.coaching]\ncase_manager_fte = 0.01\n', "0.01 FTE: room for triage group 1, never for groups 2 and 3.",
      ["coaching_fte_tiny.toml:4", "interventions.coaching.case_manager_fte", "triage group 2 needs at least 2", "of group 3 at least 4"])
coach("coaching_hours_over_capacity", '[interventions.coaching.hours]\ngroup1 = 0.5\ngroup2 = 3\ngroup3 = 200\n', "Triage group 3 needs 200 hours a month; the pilot's case managers have at most 133.",
      ["coaching_hours_over_capacity.toml:6", "interventions.coaching.hours.group3", "triage group 3 needs at least 200 (hours.group3)", "133.2 client hours"])
coach("coaching_fte_0_disabled_valid", '[interventions.coaching]\nenabled = false\ncase_manager_fte = 0\n', "Zero case managers with coaching off: valid.", exit=0,
      args=["validate", "coaching_fte_0_disabled_valid.toml"])
case("coaching_fte_0_set", "--set case_manager_fte=0 on a shipped scenario.", run("digital_hybrid", "--set", "interventions.coaching.case_manager_fte=0"),
     stderr=["--set interventions.coaching.case_manager_fte", "coaching can never start"])
csvcase("wage_decimal_comma_nl", HNL + '\n50;laag;10;1,45;24;alleenstaand;3\n', 'A wage of "1,45" (1.450 meant) in a semicolon file read as €1.45 a month.',
        ["wage_decimal_comma_nl.csv:2", "column maandloon", 'maandloon: "1,45" reads as €1.45 a month', "below the floor of €2 an hour", "For 1450 write 1450 or 1.450,00"])
csvcase("wage_thousands_dot_en", H + '\n50,low,10,1.450,24,single,3\n', 'A wage of "1.450" in a comma-separated file read as €1.45 a month.',
        ["wage_thousands_dot_en.csv:2", "column monthly_wage", 'monthly_wage: "1.450" is ambiguous', "write 1450"])
csvcase("wage_thousands_comma_nl", HNL + '\n50;laag;10;1,450;24;alleenstaand;3\n', 'A wage of "1,450" in a semicolon file: 1.45 or 1450?',
        ["wage_thousands_comma_nl.csv:2", "column maandloon", 'maandloon: "1,450" is ambiguous', "write 1450 or 1.450,00"])
csvcase("wage_decimal_point_en", H + '\n50,low,10,1.45,24,single,3\n', "A wage of 1.45 a month (in thousands?).",
        ["wage_decimal_point_en.csv:2", "column monthly_wage", "€0.01 an hour", "For 1450 write 1450"])
csvcase("wage_zero", H + '\n50,low,10,0,24,single,3\n', "A wage of zero.", ["wage_zero.csv:2", "column monthly_wage", "below the floor of €2 an hour"])
csvcase("wage_weekly", H + '\n50,low,10,300,36,single,3\n', "A weekly wage in the monthly column: €1.92 an hour.", ["wage_weekly.csv:2", "€1.92 an hour", "hourly or weekly wage"])
csvcase("wage_dutch_thousands_valid", HNL + '\n50;laag;10;1.450,00;24;alleenstaand;3\n', "A wage of 1.450,00 in a semicolon file: 1450, valid.", exit=0)
case("validate_csv_wage_decimal_comma", "validate on the cohort file itself.", ["validate", "csv_wage_decimal_comma_nl.csv"],
     stderr=["csv_wage_decimal_comma_nl.csv:2", "column maandloon", "below the floor"])
cval("wage_spread_1_45", '[cohort]\nmonthly_wage = 1.45\n', "cohort.monthly_wage", "A synthetic wage of €1.45 a month (1.450 meant).", ["€2 an hour", "for 1450 write 1450"])
cval("wage_spread_low_min", '[cohort]\nmonthly_wage = { dist = "uniform", min = 100, max = 2000 }\n', "cohort.monthly_wage", "A wage spread reaching down to €100 a month at up to 28 hours.", ["its uniform distribution gives is €100 a month", "€0.82 an hour"])

csvcase("wage_below_minimum_warns", H + '\n58,low,22,1100,30,single,4\n40,low,22,1800,30,single,4\n', "A wage of €8.46 an hour at 58, below the statutory minimum of 2020: runs, with a warning.", exit=0,
        stderr=["vwnw: warning: csv_wage_below_minimum_warns.toml:3: cohort.file", "1 of 2 persons earn less than the statutory minimum wage for their age in 2020", "€8.46 an hour against a minimum of €9.54"])
case("validate_wage_below_minimum_warns", "validate warns too.", ["validate", "--baseline", "csv_wage_below_minimum_warns.toml", "csv_wage_below_minimum_warns.toml"], exit=0,
     stderr=["vwnw: warning:", "statutory minimum wage"])

case("init_fte_too_little", "init --case-manager-fte 0.001 wrote a folder whose coaching could never start.", ["init", "$TMP/west", "--case-manager-fte", "0.001"],
     stderr=["--case-manager-fte", "too little for intensive_coaching", "coaching can never start"])

# ---------- K. a coaching service that closes before persons are offered it
HE = H + ",entry_month"
def late(name, body, doc, args, stderr=(), nots=(), exit=0):
    f(name + ".toml", 'extends = "intensive_coaching"\n' + f'name = "{name}"\n' + body)
    case(name, doc, args, exit=exit, stderr=list(stderr), nots=list(nots))
LATE = '[cohort]\nentry_months = [0, 3, 7, 9, 11]\n'
SHUT = "60% of the persons — those told in entry months 7, 9 and 11 of [cohort] entry_months — are never offered coaching"
late("service_late_entrants_warns", LATE, "Entrants told after the pilot's 7-month service closed were silently never offered coaching: runs, with a warning.",
     ["run", "service_late_entrants_warns.toml", "--baseline", "service_late_entrants_warns.toml"] + IT,
     ["vwnw: warning: service_late_entrants_warns.toml:4: cohort.entry_months:", "closes 7 months later, in month 7 (2021-04)", SHUT,
      "Raise interventions.coaching.service_months to at least 12", "or set it to 0"])
case("validate_service_late_entrants_warns", "validate warns too.", ["validate", "--baseline", "service_late_entrants_warns.toml", "service_late_entrants_warns.toml"], exit=0,
     stderr=["vwnw: warning: service_late_entrants_warns.toml:4: cohort.entry_months:", SHUT])
case("compare_service_late_entrants_warns", "compare warns too.", ["compare", "service_late_entrants_warns.toml", "--baseline", "service_late_entrants_warns.toml"] + IT, exit=0,
     stderr=["vwnw: warning: service_late_entrants_warns.toml:4", SHUT])
case("service_months_0_silent", "--set service_months=0, a service open while anyone is coached: no warning.",
     ["run", "service_late_entrants_warns.toml", "--baseline", "service_late_entrants_warns.toml", "--set", "interventions.coaching.service_months=0"] + IT, exit=0,
     nots=["coaching service", "warning"])
case("service_months_12_silent", "--set service_months=12 reaches the last entrants: no warning.",
     ["validate", "--baseline", "service_late_entrants_warns.toml", "service_late_entrants_warns.toml", "--set", "interventions.coaching.service_months=12"], exit=0,
     nots=["coaching service", "warning"])
case("service_months_set_short_warns", "--set service_months=2 on the shipped pilot: its entrants of December are never offered coaching.",
     ["validate", "intensive_coaching", "--set", "interventions.coaching.service_months=2"], exit=0,
     stderr=["vwnw: warning: --set interventions.coaching.service_months: interventions.coaching.service_months:", "closes 2 months later, in month 2 (2020-11)",
             "50% of the persons — those told in entry months 2 and 3 of [cohort] entry_months", "at least 4"])
late("service_unemployment_warns", '[cohort]\nentry_months = [0, 7]\n[interventions.coaching]\nstart = "unemployment"\n',
     "With start = unemployment the offer comes after the notice; the entrants of month 7 are out of work at or after the close: likely never offered.",
     ["validate", "--baseline", "service_unemployment_warns.toml", "service_unemployment_warns.toml"],
     ["vwnw: warning: service_unemployment_warns.toml:", 'with start = "unemployment"', "the first notice ends in month 3 (2020-12)",
      "50% of the persons — those whose entry month plus notice lies at or past month 10", "likely never offered coaching", "at least 8"])
f("service_late.csv", HE + '\n50,low,10,1500,24,single,3,0\n50,low,10,1500,24,single,3,0\n50,low,10,1500,24,single,3,2\n50,low,10,1500,24,single,3,7\n50,low,10,1500,24,single,3,14\n')
late("service_late_file_warns", '[cohort]\nfile = "service_late.csv"\n', "A cohort file whose last entrants are told 7 and 14 months after the first: never offered coaching, with a warning.",
     ["run", "service_late_file_warns.toml", "--baseline", "service_late_file_warns.toml"] + IT,
     ["vwnw: warning: service_late_file_warns.toml:4: cohort.file:", "2 of 5 persons — those told in entry months 7 and 14 of the cohort file service_late.csv — are never offered coaching", "at least 15"])
late("service_late_file_unemployment_warns", '[cohort]\nfile = "service_late.csv"\n[interventions.coaching]\nstart = "unemployment"\n', "The same file with start = unemployment: the notice of 3 months shifts the offers and the opening alike.",
     ["validate", "--baseline", "service_late_file_unemployment_warns.toml", "service_late_file_unemployment_warns.toml"],
     ["vwnw: warning: service_late_file_unemployment_warns.toml:", "the first notice ends in month 3", "2 of 5 persons", "entry months 7 and 14 of the cohort file service_late.csv", "at least 15"])
late("service_late_file_disabled_valid", '[cohort]\nfile = "service_late.csv"\n[interventions.coaching]\nenabled = false\n', "The same file without coaching: nothing to warn of.",
     ["validate", "--baseline", "service_late_file_disabled_valid.toml", "service_late_file_disabled_valid.toml"], nots=["coaching service"])

case("init_service_late_file_valid", "init with a cohort file of late entrants writes service_months that reach them (with a comment why), so nothing warns.",
     ["init", "$TMP/west", "--cohort-file", "service_late.csv"], exit=0, nots=["warning"])

# write
for name, text in files.items():
    enc = 'latin-1' if name.startswith('binary') else 'utf-8'
    with open(os.path.join(D, name), 'w', encoding=enc, newline='') as fh:
        fh.write(text)
os.makedirs(os.path.join(D, 'cases'), exist_ok=True)
for c in os.listdir(os.path.join(D, 'cases')):
    os.remove(os.path.join(D, 'cases', c))
for (name, doc, args, exit, stderr, nots, known) in cases:
    lines = ['# ' + doc, f'# exit: {exit}']
    enc = lambda s: json.dumps(s, ensure_ascii=False) if any(ord(ch) < 32 for ch in s) or s.startswith('"') else s
    lines += [f'# stderr: {enc(s)}' for s in stderr]
    lines += [f'# not: {enc(s)}' for s in nots]
    if known: lines.append(f'# known-bad: {known}')
    body = '\n'.join(lines) + '\n' + ''.join(json.dumps(a, ensure_ascii=False) + '\n' for a in args)
    with open(os.path.join(D, 'cases', name + '.case'), 'w', encoding='utf-8') as fh:
        fh.write(body)
print(len(cases), "cases,", len(files), "files")
