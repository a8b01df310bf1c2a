#!/usr/bin/env bash
# LibreOffice reads `export xlsx` and `-o FILE.xlsx`: `soffice --convert-to csv` (every sheet, one
# file each: the CSV filter's 12th token, -1) gives back the rows stakemap prints as CSV, and
# `--convert-to fods` shows its numbers as float cells, its text as string cells
# (tests/cli/lo_equals.py). LibreOffice (libreoffice-calc-nogui) is installed by `make deps`:
# without it the test fails.
source "$(dirname "$0")/lib.bash" "$@"
command -v soffice >/dev/null || fail "LibreOffice is not installed (make deps installs libreoffice-calc-nogui)"
# A private profile: parallel runs never share LibreOffice's user installation.
office() {
  HOME=$TMP/home soffice "-env:UserInstallation=file://$TMP/profile" --headless "$@" >lo.log 2>&1 ||
    fail "soffice $*: $(cat lo.log)"
}

use_map bundled "$DATA"
"$BIN" --quiet import "$DATA/responses.csv" --kind survey >/dev/null 2>&1 || fail "survey import failed"
run export xlsx -o map.xlsx --with-metrics
expect_rc 0
run export csv -o csv
expect_rc 0
run gaps flows -o flows.xlsx
expect_rc 0
metrics=$(/usr/bin/python3 -c "
import openpyxl; print(','.join(c.value for c in openpyxl.load_workbook('map.xlsx')['centrality'][1][2:]))")
"$BIN" centrality --metric "$metrics" --format csv >centrality.csv 2>/dev/null || fail "centrality failed"
"$BIN" silos --format csv >silos.csv || fail "silos failed"
"$BIN" obstacles --format csv >obstacles.csv || fail "obstacles failed"
"$BIN" survey summary --format csv >survey.csv || fail "survey summary failed"
for s in blocked recommended unconfirmed; do "$BIN" gaps flows $s --format csv >$s.csv || fail "gaps flows $s"; done

# One start of LibreOffice per filter, both workbooks at once.
office --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' --outdir lo \
  map.xlsx flows.xlsx
office --convert-to fods --outdir lo map.xlsx flows.xlsx
floats=$(/usr/bin/python3 "$SRC/tests/cli/lo_equals.py" map.xlsx lo territories csv/territories.csv \
  organisations csv/organisations.csv flows csv/flows.csv needs csv/needs.csv provenance csv/provenance.csv \
  centrality centrality.csv silos silos.csv obstacles obstacles.csv survey survey.csv) ||
  fail "LibreOffice reads export xlsx otherwise than stakemap's csv"
[ "$floats" -gt 1000 ] || fail "LibreOffice saw only $floats numbers in export xlsx"
floats=$(/usr/bin/python3 "$SRC/tests/cli/lo_equals.py" flows.xlsx lo blocked blocked.csv \
  recommended recommended.csv unconfirmed unconfirmed.csv) || fail "LibreOffice reads gaps flows -o otherwise"
[ "$floats" -gt 10 ] || fail "LibreOffice saw only $floats numbers in gaps flows -o flows.xlsx"
exit 0
