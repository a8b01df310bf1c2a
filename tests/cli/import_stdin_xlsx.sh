#!/usr/bin/env bash
# import - reads a workbook from standard input: input that starts with the ZIP signature is
# copied into a private temporary folder (removed after, and on Ctrl-C) and read as FILE.xlsx
# would be, for every --kind (survey with --sheet, kumu, a dataset file, dataset); CSV on
# standard input still reads whole, even shorter than the four bytes looked at.
source "$(dirname "$0")/lib.bash" "$@"
/usr/bin/python3 -c "import openpyxl" 2>/dev/null || skip "python3-openpyxl is not installed"
export TMPDIR=$TMP/scratch
mkdir scratch
left() { ls -A scratch; }

# A Kobo export on a sheet after a repeat group: the same answers as from the file.
SV=$FIX/survey
/usr/bin/python3 - "$SV/kobo.csv" kobo.xlsx <<'PY'
import csv, sys, openpyxl
book = openpyxl.Workbook()
book.active.title = "repeat_group"
book.active.append(["_index", "note"])
ws = book.create_sheet("answers")
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    for r in csv.reader(f):
        ws.append([int(v) if v.isdigit() else (v or None) for v in r])
book.save(sys.argv[2])
PY
for source in file stdin; do
  use_map "survey-$source"
  run --quiet import "$SV/map/territories.csv" && expect_rc 0
  run --quiet import "$SV/map/organisations.csv" && expect_rc 0
  if [ $source = file ]; then run import kobo.xlsx --kind survey --sheet answers
  else run import - --kind survey --sheet answers <kobo.xlsx; fi
  expect_rc 0
  contains "$out" "imported: 2 respondents"
  snapshot "$STAKEMAP_DB" >"survey-$source.json"
done
cmp -s survey-file.json survey-stdin.json || fail "the workbook on standard input imports differently"
[ -z "$(left)" ] || fail "a temporary file was left: $(left)"
# Positions name standard input as "-".
use_map survey-first
run import - --kind survey <kobo.xlsx
expect_rc 1
contains "$err" "-[repeat_group]:1: error: no column of the header is a question"

# Kumu's workbook, a dataset file's sheet, and a dataset workbook.
use_map bundled "$DATA"
run export kumu-xlsx -o kumu.xlsx --privacy internal && expect_rc 0
run export xlsx -o map.xlsx --privacy internal && expect_rc 0
want=$(snapshot "$TMP/bundled.db")
use_map kumu
run --quiet import "$DATA/territories.csv" && expect_rc 0
run import - --kind kumu <kumu.xlsx
expect_rc 0
contains "$out" "imported: 0 territories, 57 organisations"
use_map orgs
run --quiet import "$DATA/territories.csv" && expect_rc 0
run import - --kind orgs <map.xlsx
expect_rc 0
contains "$out" "imported: 0 territories, 57 organisations, 0 flows"
use_map whole
run import - --kind dataset <map.xlsx
expect_rc 0
[ "$(snapshot "$TMP/whole.db")" = "$want" ] || fail "the dataset workbook on standard input imports otherwise"
expect_exit 2 "dataset (a workbook)" import - --kind dataset <"$DATA/organisations.csv"

# CSV on standard input: whole, also when shorter than the signature; an empty input too.
use_map csv
run --quiet import "$DATA/territories.csv" && expect_rc 0
run import - --kind orgs <"$DATA/organisations.csv"
expect_rc 0
contains "$out" "57 organisations"
printf 'id' | "$BIN" import - --kind orgs --dry-run >out.txt 2>err.txt
[ $? = 1 ] || fail "a 2-byte organisations file: $(cat err.txt)"
grep -q "missing required column 'name'" err.txt || fail "a 2-byte file is not read as its CSV: $(cat err.txt)"
printf 'PK\003\004 not a zip' | "$BIN" import - --kind orgs --dry-run >out.txt 2>err.txt
[ $? = 1 ] || fail "a broken archive on standard input: $(cat err.txt)"
grep -q "^stakemap: -: not an XLSX workbook" err.txt || fail "a broken archive: $(cat err.txt)"
[ -z "$(left)" ] || fail "a temporary file was left: $(left)"

# Ctrl-C while standard input is copied: the private folder goes with the process. (Job control:
# without it bash starts background commands with SIGINT ignored.)
set -m
mkfifo in.fifo
(printf 'PK\003\004'; sleep 20) >in.fifo &
feeder=$!
"$BIN" import - --kind orgs <in.fifo >/dev/null 2>int.err &
pid=$!
for _ in $(seq 50); do [ -n "$(left)" ] && break; sleep 0.1; done
[ -n "$(left)" ] || fail "no temporary folder while standard input is copied"
kill -INT $pid
wait $pid
rc=$?
kill -- -$feeder 2>/dev/null
[ $rc = 130 ] || fail "interrupted import: exit $rc ($(cat int.err))"
grep -q "stakemap: interrupted" int.err || fail "no 'interrupted' message: $(cat int.err)"
[ -z "$(left)" ] || fail "the interrupted copy was left: $(left)"
exit 0
