#!/usr/bin/env bash
# export xlsx: every sheet holds the rows export csv writes (numbers as number cells), with a
# frozen header and an autofilter; hostile text comes back as the same text, never a formula;
# contacts only with --privacy internal; the target is written whole, links and devices refused.
# Read with Debian's python3-openpyxl (LibreOffice is not used: too big to install for a test).
source "$(dirname "$0")/lib.bash" "$@"
/usr/bin/python3 -c "import openpyxl" 2>/dev/null || skip "python3-openpyxl is not installed"

# The bundled map: each sheet equals its CSV file.
use_map bundled "$DATA"
run export xlsx -o map.xlsx
expect_rc 0
contains "$err" "to map.xlsx (xlsx, privacy: partners)"
run export csv -o csv
expect_rc 0
/usr/bin/python3 - map.xlsx <<'PY' || fail "wrong sheets"
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
assert book.sheetnames == ["territories", "organisations", "flows", "needs", "provenance"], book.sheetnames
weights = [c.value for c in book["needs"]["C"][1:]]
assert book["needs"]["C1"].value == "weight" and all(isinstance(w, (int, float)) for w in weights if w is not None)
PY
numbers=$(xlsx_equals map.xlsx territories csv/territories.csv organisations csv/organisations.csv flows csv/flows.csv \
  needs csv/needs.csv provenance csv/provenance.csv) || fail "the workbook differs from the csv export"
[ "$numbers" -gt 50 ] || fail "only $numbers number cells"

# Standard output: the same workbook.
"$BIN" export xlsx -o - >stdout.xlsx 2>/dev/null || fail "export xlsx -o - failed"
/usr/bin/python3 -c "
import openpyxl, sys
a, b = openpyxl.load_workbook('map.xlsx'), openpyxl.load_workbook('stdout.xlsx')
assert [[c.value for c in r] for ws in a for r in ws] == [[c.value for c in r] for ws in b for r in ws]
" || fail "export xlsx -o - differs from -o map.xlsx"

# Hostile text: formulas, quotes, markup, control characters, OOXML escapes stay text.
hostile_dataset hostile
use_map hostile hostile
run export xlsx -o hostile.xlsx
expect_rc 0
run export xlsx -o internal.xlsx --privacy internal
expect_rc 0
/usr/bin/python3 - hostile.xlsx internal.xlsx <<'PY' || fail "hostile text or privacy wrong in the workbook"
import sys, zipfile, openpyxl
from openpyxl.utils.escape import unescape
names = {"hostile-0": "=1+1", "hostile-1": '@SUM(A1) "quoted" <b>bold</b>',
         "hostile-2": "Tab\there\x01\x1f and _x0041_ -5",
         "ngo-bru": '=HYPERLINK("http://evil.example","NGO "Brussels" <b>help</b>")'}
for path in sys.argv[1:]:
    for name in zipfile.ZipFile(path).namelist():
        if name.startswith("xl/worksheets/"):
            assert b"<f>" not in zipfile.ZipFile(path).read(name), (path, name, "holds a formula")
    ws = openpyxl.load_workbook(path)["organisations"]
    got = {r[0].value: r[1] for r in ws.iter_rows(min_row=2)}
    for id, name in names.items():
        assert got[id].data_type == "s", (id, got[id].data_type)
        assert unescape(got[id].value) == name, (id, got[id].value, name)
partners, internal = (openpyxl.load_workbook(p)["organisations"] for p in sys.argv[1:])
head = lambda ws: [c.value for c in ws[1]]
assert "contact_email" not in head(partners), head(partners)
assert "contact_email" in head(internal), head(internal)
column = head(internal).index("contact_email")
assert "a.person@example.org" in [r[column].value for r in internal.iter_rows()], "contact missing with --privacy internal"
PY

# Whole or absent: a refused run leaves the target alone; links and devices are refused.
echo "keep me" >old.xlsx
expect_exit 2 "--metrics goes with --with-metrics" export xlsx -o old.xlsx --metrics degree
same "$(cat old.xlsx)" "keep me"
ln -s old.xlsx link.xlsx
expect_exit 1 "symbolic link" export xlsx -o link.xlsx
same "$(cat old.xlsx)" "keep me"
expect_exit 1 "/dev/null" export xlsx -o /dev/null
expect_exit 1 "" export xlsx -o missing-folder/map.xlsx
# libxlsxwriter's private temporary folder is removed, after success and after failure.
mkdir scratch
TMPDIR=$TMP/scratch "$BIN" export xlsx -o again.xlsx 2>/dev/null || fail "export xlsx with TMPDIR failed"
TMPDIR=$TMP/scratch "$BIN" export xlsx -o link.xlsx 2>/dev/null && fail "export xlsx wrote through a link"
[ -z "$(ls -A scratch)" ] || fail "temporary files left: $(ls -A scratch)"
echo "export_xlsx: ok"
