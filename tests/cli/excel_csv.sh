#!/usr/bin/env bash
# CSV for Excel and from Excel (issue 18): --excel output (BOM, ';', CRLF) that Python's csv
# module reads back; plain numbers unguarded, formulas guarded; cp1252 files explained and read
# with --encoding; tab- and ';'-separated files import as the comma file does; import - and
# report -o -.
source "$(dirname "$0")/lib.bash" "$@"
PY=/usr/bin/python3
DS=$FIX/foundation/good

# A dataset whose free attribute holds a number and a formula.
mkdir comma
cp "$DS"/*.csv comma/
$PY - comma/organisations.csv <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
rows[1][-1] = "-5"
rows[2][-1] = "=1+1"
csv.writer(open(sys.argv[1], "w", newline="", encoding="utf-8")).writerows(rows)
PY
run import comma --db a.db
expect_rc 0
run export json -o a.json --db a.db

# --excel: BOM, ';', CRLF, and the same rows as the plain export.
run export csv -o plain --db a.db
run export csv -o excel --excel --db a.db
expect_rc 0
head -c 3 excel/organisations.csv | od -An -tx1 | grep -q "ef bb bf" || fail "no byte-order mark"
$PY -c 'import sys; l = open(sys.argv[1], "rb").readline(); assert l.startswith(b"\xef\xbb\xbfid;name;aliases;") and l.endswith(b"\r\n")' \
  excel/organisations.csv || fail "header not ';' and CRLF"
$PY - plain excel <<'PY' || fail "Python's csv reads other rows from the --excel export"
import csv, sys
for f in ("territories", "organisations", "flows", "needs"):
    a = list(csv.reader(open(f"{sys.argv[1]}/{f}.csv", newline="", encoding="utf-8")))
    b = list(csv.reader(open(f"{sys.argv[2]}/{f}.csv", newline="", encoding="utf-8-sig"), delimiter=";"))
    assert a == b, (f, a[:2], b[:2])
PY
has_text plain/organisations.csv ",-5"
has_text plain/organisations.csv ",'=1+1"
run import excel --db e.db
expect_rc 0
run export json -o e.json --db e.db
cmp -s a.json e.json || fail "the --excel export imports into another map"
run list orgs --format csv --excel --db a.db
expect_rc 0
head -c 3 .out | od -An -tx1 | grep -q "ef bb bf" || fail "list --excel has no byte-order mark"
run list orgs --format csv --sep tab --db a.db
contains "$out" $'id\tname\t'

# Windows-1252: a clear message, then --encoding reads it.
mkdir cp
for f in comma/*.csv; do iconv -f utf-8 -t cp1252 "$f" >"cp/$(basename "$f")"; done
run import cp --db c.db
expect_rc 1
contains "$err" ".csv:"
contains "$err" "looks like Windows-1252"
contains "$err" "--encoding cp1252"
[ ! -e c.db ] || fail "a failed import left a map"
run import cp --encoding cp1252 --db c.db
expect_rc 0
run export json -o c.json --db c.db
cmp -s a.json c.json || fail "the cp1252 dataset imports into another map"
expect_exit 2 "unknown --encoding 'ebcdic'" import cp --encoding ebcdic --db c.db

# Tab- and ';'-separated files.
for sep in tab semi; do
  mkdir $sep
  for f in comma/*.csv; do
    $PY - "$f" "$sep/$(basename "$f")" $sep <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
d = "\t" if sys.argv[3] == "tab" else ";"
csv.writer(open(sys.argv[2], "w", newline="", encoding="utf-8"), delimiter=d).writerows(rows)
PY
  done
  run import $sep --db $sep.db
  expect_rc 0
  run export json -o $sep.json --db $sep.db
  cmp -s a.json $sep.json || fail "the $sep-separated dataset imports into another map"
done

# import - reads standard input, with --kind.
"$BIN" import - --kind territories --db s.db <comma/territories.csv >/dev/null 2>s.err || fail "import - territories: $(cat s.err)"
"$BIN" import - --kind orgs --db s.db <comma/organisations.csv >/dev/null 2>s.err || fail "import - orgs: $(cat s.err)"
[ "$(sqlite3 s.db 'SELECT count(*) FROM organisation')" = 3 ] || fail "import - did not import the organisations"
"$BIN" import - --db s.db <comma/organisations.csv >/dev/null 2>s.err
[ $? = 2 ] || fail "import - without --kind is not a usage error"
grep -qF "give its --kind" s.err || fail "import - without --kind: $(cat s.err)"

# report -o - writes the report to standard output, and no file named '-'.
run report -o - --db a.db
expect_rc 0
contains "$out" "<!DOCTYPE html>"
[ ! -e ./- ] || fail "report -o - wrote a file named '-'"
