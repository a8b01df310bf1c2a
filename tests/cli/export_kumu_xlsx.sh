#!/usr/bin/env bash
# export kumu-xlsx: Kumu's workbook, an Elements and a Connections sheet holding exactly what
# kumu-csv writes (ID, Label, type, tags, the fields; ID, From, To, Direction, the fields), with
# numbers as number cells, --kumu-type level and --with-metrics as there; hostile text stays text
# and never a formula; written whole or absent, or to standard output with -o -.
# Read with Debian's python3-openpyxl (LibreOffice is not used: too big to install for a test).
source "$(dirname "$0")/lib.bash" "$@"
/usr/bin/python3 -c "import openpyxl" 2>/dev/null || skip "python3-openpyxl is not installed"

# book_equals BOOK FOLDER: the workbook has the sheets Elements and Connections, equal to
# FOLDER/elements.csv and FOLDER/connections.csv; prints the number of number cells.
book_equals() {
  /usr/bin/python3 -c "import openpyxl, sys; assert openpyxl.load_workbook(sys.argv[1]).sheetnames == ['Elements', 'Connections']" "$1" ||
    fail "$1: not the sheets Elements and Connections"
  xlsx_equals "$1" Elements "$2/elements.csv" Connections "$2/connections.csv" || fail "$1 differs from the kumu-csv export $2"
}

use_map bundled "$DATA"
run export kumu-xlsx -o kumu.xlsx
expect_rc 0
contains "$err" "to kumu.xlsx (kumu-xlsx, privacy: partners)"
run export kumu-csv -o kumu
expect_rc 0
book_equals kumu.xlsx kumu >/dev/null
# Kumu's fields: ID and Label, type from the kind, tags from the domains.
/usr/bin/python3 - kumu.xlsx <<'PY' || fail "Kumu's fields missing"
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Elements"]
head = [c.value for c in ws[1]]
assert head[:4] == ["ID", "Label", "type", "tags"], head
assert [c.value for c in openpyxl.load_workbook(sys.argv[1])["Connections"][1]][:4] == ["ID", "From", "To", "Direction"]
assert all(r[2].value for r in ws.iter_rows(min_row=2)), "an element without type"
PY

# --kumu-type level and metrics, as in kumu-csv; the metrics are number cells.
run export kumu-xlsx -o level.xlsx --kumu-type level --with-metrics --metrics degree,pagerank
expect_rc 0
run export kumu-csv -o level --kumu-type level --with-metrics --metrics degree,pagerank
expect_rc 0
numbers=$(book_equals level.xlsx level) || fail "level.xlsx differs from the kumu-csv export"
[ "$numbers" -ge 114 ] || fail "metrics not stored as numbers ($numbers number cells)"

# Standard output: the same workbook.
"$BIN" export kumu-xlsx -o - >stdout.xlsx 2>/dev/null || fail "export kumu-xlsx -o - failed"
book_equals stdout.xlsx kumu >/dev/null

# Hostile text stays text; no formula in any sheet.
hostile_dataset hostile
use_map hostile hostile
run export kumu-xlsx -o hostile.xlsx
expect_rc 0
run export kumu-csv -o hostile-csv
expect_rc 0
book_equals hostile.xlsx hostile-csv >/dev/null
/usr/bin/python3 - hostile.xlsx <<'PY' || fail "hostile text in the Kumu workbook"
import sys, zipfile, openpyxl
from openpyxl.utils.escape import unescape
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if name.startswith("xl/worksheets/"):
            assert b"<f>" not in z.read(name), (name, "holds a formula")
got = {r[0].value: r[1] for r in openpyxl.load_workbook(sys.argv[1])["Elements"].iter_rows(min_row=2)}
assert got["hostile-0"].data_type == "s" and got["hostile-0"].value == "=1+1", got["hostile-0"].value
assert unescape(got["hostile-2"].value) == "Tab\there\x01\x1f and _x0041_ -5", got["hostile-2"].value
PY

# Whole or absent.
echo "keep me" >old.xlsx
ln -s old.xlsx link.xlsx
expect_exit 1 "symbolic link" export kumu-xlsx -o link.xlsx
same "$(cat old.xlsx)" "keep me"
expect_exit 1 "/dev/null" export kumu-xlsx -o /dev/null
printf 'id,name,degree\na,A,5\n' >orgs.csv
use_map taken orgs.csv
expect_exit 1 "cannot attach metric 'degree'" export kumu-xlsx -o taken.xlsx --with-metrics
[ ! -e taken.xlsx ] || fail "a failed export left a file"
echo "export_kumu_xlsx: ok"
