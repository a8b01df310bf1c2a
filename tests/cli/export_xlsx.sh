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
/usr/bin/python3 - map.xlsx csv <<'PY' || fail "the workbook differs from the csv export"
import csv, sys, openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.escape import unescape
book, folder = openpyxl.load_workbook(sys.argv[1]), sys.argv[2]
assert book.sheetnames == ["territories", "organisations", "flows", "needs", "provenance"], book.sheetnames
numbers = 0
for ws in book:
    with open(f"{folder}/{ws.title}.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert ws.max_row == len(rows), (ws.title, ws.max_row, len(rows))
    assert ws.freeze_panes == "A2", (ws.title, ws.freeze_panes)
    assert ws.auto_filter.ref == f"A1:{get_column_letter(len(rows[0]))}{len(rows)}", (ws.title, ws.auto_filter.ref)
    assert ws.column_dimensions["A"].width > 6, ws.title
    for r, (cells, want) in enumerate(zip(ws.iter_rows(), rows), 1):
        assert len(cells) == len(want), (ws.title, r)
        for cell, text in zip(cells, want):
            if text.startswith("'") and text[1:2] in ("=", "+", "-", "@"): text = text[1:]  # the CSV guard
            if cell.value is None:
                assert text == "", (cell.coordinate, text)
            elif cell.data_type == "n":
                numbers += 1
                assert cell.value == float(text), (ws.title, cell.coordinate, cell.value, text)
            else:
                assert cell.data_type == "s", (ws.title, cell.coordinate, cell.data_type)
                assert unescape(cell.value) == text, (ws.title, cell.coordinate, cell.value, text)
weights = [c.value for c in book["needs"]["C"][1:]]
assert book["needs"]["C1"].value == "weight" and all(isinstance(w, (int, float)) for w in weights if w is not None)
assert numbers > 50, numbers
PY

# Standard output: the same workbook.
"$BIN" export xlsx -o - >stdout.xlsx 2>/dev/null || fail "export xlsx -o - failed"
/usr/bin/python3 -c "
import openpyxl, sys
a, b = openpyxl.load_workbook('map.xlsx'), openpyxl.load_workbook('stdout.xlsx')
assert [[c.value for c in r] for ws in a for r in ws] == [[c.value for c in r] for ws in b for r in ws]
" || fail "export xlsx -o - differs from -o map.xlsx"

# Hostile text: formulas, quotes, markup, control characters, OOXML escapes stay text.
cp -r "$FIX/foundation/good" hostile
/usr/bin/python3 - hostile/organisations.csv <<'PY'
import csv, sys
names = ["=1+1", '@SUM(A1) "quoted" <b>bold</b>', "Tab\there\x01\x1f and _x0041_ -5"]
with open(sys.argv[1], "a", newline="", encoding="utf-8") as f:
    for i, name in enumerate(names):
        csv.writer(f).writerow([f"hostile-{i}", name, "ngo", "local", "fr", "BE-BRU", "legal", "undocumented",
                                "legal", "first-line", "no", "no-trust", "no", "", "", ""])
PY
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
