#!/usr/bin/env bash
# export xlsx --with-metrics: after the dataset's sheets, one sheet per analysis, each holding what
# its command prints with --format csv (numbers as number cells, labels in --lang): centrality,
# silos, coverage cells, obstacles, the survey summary; the coverage grid holds each cell's class
# as text and as a fill colour, explained by a legend sheet. Hostile names stay text, never
# formulas; a refused run leaves the target alone.
# Read with Debian's python3-openpyxl (LibreOffice is not used: too big to install for a test).
source "$(dirname "$0")/lib.bash" "$@"
/usr/bin/python3 -c "import openpyxl" 2>/dev/null || skip "python3-openpyxl is not installed"

# The bundled map with its survey answers, labels in French.
use_map bundled "$DATA"
"$BIN" --quiet import "$DATA/responses.csv" --kind survey >/dev/null 2>&1 || fail "survey import failed"
run export xlsx -o map.xlsx --with-metrics --lang fr
expect_rc 0
contains "$err" "14 "
/usr/bin/python3 - map.xlsx <<'PY' || fail "wrong sheets"
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
assert book.sheetnames == ["territories", "organisations", "flows", "needs", "provenance", "centrality", "silos",
                           "coverage", "coverage legend", "coverage cells", "obstacles", "survey"], book.sheetnames
PY
metrics=$(/usr/bin/python3 -c "
import openpyxl; print(','.join(c.value for c in openpyxl.load_workbook('map.xlsx')['centrality'][1][2:]))")
[ "$metrics" = "in_degree,out_degree,degree,betweenness,closeness,out_closeness,harmonic,pagerank,eigenvector,hub,authority,core,constraint,effective_size" ] ||
  fail "centrality sheet columns: $metrics"
"$BIN" centrality --metric "$metrics" --format csv >centrality.csv 2>/dev/null || fail "centrality failed"
"$BIN" silos --format csv --lang fr >silos.csv || fail "silos failed"
"$BIN" gaps coverage --format csv --lang fr >cells.csv || fail "gaps coverage failed"
"$BIN" obstacles --format csv --lang fr >obstacles.csv || fail "obstacles failed"
"$BIN" survey summary --format csv --lang fr >survey.csv || fail "survey summary failed"
xlsx_equals map.xlsx centrality centrality.csv silos silos.csv "coverage cells" cells.csv obstacles obstacles.csv \
  survey survey.csv >/dev/null || fail "an analysis sheet differs from its command's csv output"
contains "$(cat obstacles.csv)" "Double emploi"  # French labels, so the comparison covers --lang

# The grid: each cell's class (as gaps coverage classes it) as text and as its colour; the legend
# gives every class its colour, its meaning in French and its number of cells.
/usr/bin/python3 - map.xlsx cells.csv <<'PY' || fail "coverage grid or legend wrong"
import csv, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
with open(sys.argv[2], newline="", encoding="utf-8") as f:
    cells = {(r["territory"], r["code"]): r["class"] for r in csv.DictReader(f)}
colours = {"gap": "FFF4A6A6", "federal-only": "FFF9CB9C", "higher-level-only": "FFFFE599", "siloed": "FFD9D2E9",
           "covered": "FFB6D7A8"}
grid = book["coverage"]
assert grid.freeze_panes == "A2" and grid.auto_filter.ref, (grid.freeze_panes, grid.auto_filter.ref)
head = [c.value for c in grid[1]]
assert head[:2] == ["territory", "territory_name"], head
seen, counts = 0, {}
for row in grid.iter_rows(min_row=2):
    for code, cell in zip(head[2:], row[2:]):
        want = cells[(row[0].value, code)]
        assert cell.value == want and cell.data_type == "s", (cell.coordinate, cell.value, want)
        assert cell.fill.fill_type == "solid" and cell.fill.fgColor.rgb == colours[want], (cell.coordinate, cell.fill)
        counts[want] = counts.get(want, 0) + 1
        seen += 1
assert seen == len(cells), (seen, len(cells))
assert row[0].fill.fill_type is None, "the territory column is not filled"
legend = book["coverage legend"]
assert [c.value for c in legend[1]] == ["class", "mark", "meaning", "cells"]
rows = list(legend.iter_rows(min_row=2))
assert [r[0].value for r in rows] == list(colours), [r[0].value for r in rows]
for r in rows:
    assert r[0].fill.fgColor.rgb == colours[r[0].value], r[0].value
    assert r[3].data_type == "n" and r[3].value == counts.get(r[0].value, 0), (r[0].value, r[3].value)
assert rows[0][2].value == "aucun acteur", rows[0][2].value
PY

# Numbers are number cells in every analysis sheet.
/usr/bin/python3 - map.xlsx <<'PY' || fail "numbers stored as text"
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
for sheet, columns in {"centrality": ["degree", "pagerank"], "obstacles": ["organisations", "percent"],
                       "coverage cells": ["count", "local"], "survey": ["count", "base", "percent"]}.items():
    ws = book[sheet]
    head = [c.value for c in ws[1]]
    for name in columns:
        values = [r[head.index(name)] for r in ws.iter_rows(min_row=2)]
        assert values and all(c.data_type == "n" for c in values if c.value is not None), (sheet, name)
        assert any(isinstance(c.value, float) or isinstance(c.value, int) for c in values), (sheet, name)
PY

# --metrics and --layer choose what the centrality sheet holds, as with export csv.
run export xlsx -o some.xlsx --with-metrics --metrics degree,pagerank --layer any --weighted
expect_rc 0
"$BIN" centrality --metric degree,pagerank --layer any --weighted --format csv >some.csv 2>/dev/null
xlsx_equals some.xlsx centrality some.csv >/dev/null || fail "the centrality sheet differs with --metrics, --layer"

# No territories: no coverage sheets; no answers: no survey sheet.
printf 'id,name\na,Org A\nb,Org B\n' >orgs.csv
printf 'from,to,status,basis\na,b,active,voluntary\n' >flows.csv
use_map bare orgs.csv
"$BIN" --quiet import flows.csv >/dev/null 2>&1 || fail "flows import failed"
run export xlsx -o bare.xlsx --with-metrics
expect_rc 0
/usr/bin/python3 -c "
import openpyxl
names = openpyxl.load_workbook('bare.xlsx').sheetnames
assert names == ['territories', 'organisations', 'flows', 'needs', 'centrality', 'silos', 'obstacles'], names
" || fail "sheets of a map without territories or answers"

# Hostile names stay text in the analysis sheets; no sheet holds a formula.
hostile_dataset hostile
use_map hostile hostile
run export xlsx -o hostile.xlsx --with-metrics
expect_rc 0
/usr/bin/python3 - hostile.xlsx <<'PY' || fail "hostile text in the analysis sheets"
import sys, zipfile, openpyxl
from openpyxl.utils.escape import unescape
names = {"hostile-0": "=1+1", "hostile-1": '@SUM(A1) "quoted" <b>bold</b>',
         "hostile-2": "Tab\there\x01\x1f and _x0041_ -5", "hostile-3": "+32 2 555 01 01"}
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if name.startswith("xl/worksheets/"):
            assert b"<f>" not in z.read(name), (name, "holds a formula")
book = openpyxl.load_workbook(sys.argv[1])
for sheet in ("centrality", "silos"):
    got = {r[0].value: r[1] for r in book[sheet].iter_rows(min_row=2)}
    for id, name in names.items():
        assert got[id].data_type == "s", (sheet, id, got[id].data_type)
        assert unescape(got[id].value) == name, (sheet, id, got[id].value, name)
PY

# Whole or absent: a refused run leaves the target alone.
echo "keep me" >old.xlsx
expect_exit 2 "unknown metric 'nonsense'" export xlsx -o old.xlsx --with-metrics --metrics nonsense
same "$(cat old.xlsx)" "keep me"
ln -s old.xlsx link.xlsx
expect_exit 1 "symbolic link" export xlsx -o link.xlsx --with-metrics
same "$(cat old.xlsx)" "keep me"
echo "export_xlsx_metrics: ok"
