#!/usr/bin/env bash
# import of XLSX workbooks: the bundled map through export xlsx -> import -> the same export json;
# workbooks written by openpyxl (typed numbers, booleans, dates, inline strings), and the same
# with its strings moved to a shared-string table (as Excel writes them); a Kobo survey export (first sheet or --sheet); Kumu's
# Elements and Connections sheets; errors at file.xlsx[sheet]:row:column with exit 1 and the map
# unchanged; a zip bomb refused. LibreOffice is not installed here (too big for a test machine):
# its workbooks are not tested.
source "$(dirname "$0")/lib.bash" "$@"
/usr/bin/python3 -c "import openpyxl" 2>/dev/null || skip "python3-openpyxl is not installed"

# --- The bundled map: export xlsx, import, the same export json ---------------------------------
use_map bundled "$DATA"
run export xlsx -o map.xlsx --privacy internal
expect_rc 0
run export json -o before.json --privacy internal
expect_rc 0
use_map again map.xlsx
run export json -o after.json --privacy internal
expect_rc 0
cmp -s before.json after.json || fail "export xlsx -> import changed export json: $(diff before.json after.json | head -5)"
run check map.xlsx
expect_rc 0
# With --with-metrics the analyses' sheets follow the dataset's: ignored with a warning each.
use_map bundled "$DATA"
run export xlsx --with-metrics -o metrics.xlsx --privacy internal
expect_rc 0
use_map metrics metrics.xlsx
run export json -o metrics.json --privacy internal
expect_rc 0
cmp -s before.json metrics.json || fail "export xlsx --with-metrics -> import changed export json"
run import metrics.xlsx --dry-run
contains "$err" "metrics.xlsx[centrality]: warning: sheet ignored"

# Veloria (generic profile, its own taxonomy.csv): its folder's files as the sheets of a workbook
# (profile and taxonomy sheets included) import into the same map as the folder.
VEL=$SRC/datasets/veloria
/usr/bin/python3 - "$VEL" veloria.xlsx <<'PY'
import csv, os, sys, openpyxl
book = openpyxl.Workbook()
book.remove(book.active)
for name in ("profile", "taxonomy", "territories", "organisations", "flows", "needs", "provenance"):
    path = os.path.join(sys.argv[1], name + ".csv")
    if not os.path.exists(path): continue
    ws = book.create_sheet(name)
    with open(path, newline="", encoding="utf-8-sig") as f:
        for r in csv.reader(f): ws.append([v if v != "" else None for v in r])
book.save(sys.argv[2])
PY
use_map veloria "$VEL"
run export json -o veloria-folder.json --privacy internal
expect_rc 0
use_map veloria-book veloria.xlsx
run export json -o veloria-book.json --privacy internal
expect_rc 0
cmp -s veloria-folder.json veloria-book.json || fail "veloria.xlsx imports differently from its folder: $(diff veloria-folder.json veloria-book.json | head -5)"
# And Veloria's own `export xlsx` (profile and taxonomy sheets written) imports into a new map
# as the same map.
run export xlsx -o veloria-export.xlsx
expect_rc 0
use_map veloria-again veloria-export.xlsx
run export json -o veloria-again.json --privacy internal
expect_rc 0
cmp -s veloria-folder.json veloria-again.json || fail "Veloria's export xlsx imports differently: $(diff veloria-folder.json veloria-again.json | head -5)"

# --- A workbook written by openpyxl: typed cells come in as the CSV text would hold them -------
/usr/bin/python3 - typed.xlsx <<'PY'
import datetime, sys, openpyxl
book = openpyxl.Workbook()
ws = book.active
ws.title = "territories"
ws.append(["id", "kind", "name"])
ws.append(["XT", "country", "Testland"])
ws = book.create_sheet("organisations")
ws.append(["id", "name", "kind", "level", "territories", "staff", "budget", "verified", "since", "seen"])
ws.append(["org-a", "Alpha & <b>", "ngo", "local", "XT", 12, 2.5, True, datetime.date(2021, 5, 4),
           datetime.datetime(2021, 5, 4, 13, 30)])
ws.append([])  # an empty row: a blank line
ws.append(["org-b", "Beta", "ngo", "local", "XT", 3.0, None, False])
ws = book.create_sheet("flows")
ws.append(["from", "to", "status", "basis", "population"])
ws["A3"] = "org-a"  # sparse: row 2 missing, cells C3 and D3 empty
ws["B3"] = "org-b"
ws["E3"] = "all"
ws = book.create_sheet("notes")
ws.append(["anything"])
book.save(sys.argv[1])
PY
use_map typed
run import typed.xlsx
expect_rc 0
contains "$err" "typed.xlsx[notes]: warning: sheet ignored: it is not named like a dataset file"
run export csv -o typed --privacy internal
expect_rc 0
sed -i 's/\r$//' typed/*.csv  # records end with CRLF, as spreadsheets expect
has_line typed/organisations.csv 'org-a,Alpha & <b>,,ngo,local,,XT,,,,,,,,,,2.5,2021-05-04T13:30:00,2021-05-04,12,TRUE'
has_line typed/organisations.csv 'org-b,Beta,,ngo,local,,XT,,,,,,,,,,,,,3,FALSE'
has_line typed/flows.csv 'org-a,org-b,active,voluntary,,,all,,,,,,,'

# The same workbook with its strings in a shared-string table, as Excel and LibreOffice write them.
/usr/bin/python3 - typed.xlsx shared.xlsx <<'PY'
import re, sys, zipfile
strings, index = [], {}
def shared(m):
    text = m.group(2)
    if text not in index:
        index[text] = len(strings)
        strings.append(text)
    return f'<c{m.group(1)} t="s"><v>{index[text]}</v></c>'
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        data = src.read(item.filename).decode()
        if item.filename.startswith("xl/worksheets/"):
            data = re.sub(r'<c([^>]*?) t="inlineStr"><is><t>(.*?)</t></is></c>', shared, data)
        if item.filename == "xl/_rels/workbook.xml.rels":
            data = data.replace("</Relationships>", '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/'
                                "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>")
        dst.writestr(item, data)
    items = "".join(f"<si><t>{t}</t></si>" for t in strings)
    dst.writestr("xl/sharedStrings.xml", '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')
PY
unzip -p shared.xlsx xl/worksheets/sheet2.xml | grep -q 't="s"' || fail "shared.xlsx has no shared-string cell"
use_map shared shared.xlsx
run export csv -o shared --privacy internal
expect_rc 0
sed -i 's/\r$//' shared/*.csv
diff -r typed shared >/dev/null || fail "shared strings read differently from inline strings: $(diff -r typed shared | head -5)"
use_map typed typed.xlsx

# A dataset file as a workbook: organisations.xlsx reads its first sheet.
/usr/bin/python3 - organisations.xlsx <<'PY'
import sys, openpyxl
book = openpyxl.Workbook()
book.active.append(["id", "name", "kind", "level", "territories"])
book.active.append(["org-c", "Gamma", "ngo", "local", "XT"])
book.save(sys.argv[1])
PY
run import organisations.xlsx
expect_rc 0
same "$(count organisation)" "3"

# --- Errors: file.xlsx[sheet]:row:column, exit 1, the map unchanged ----------------------------
/usr/bin/python3 - bad.xlsx <<'PY'
import sys, openpyxl
book = openpyxl.Workbook()
ws = book.active
ws.title = "organisations"
ws.append(["id", "name", "kind", "level", "territories"])
ws.append(["org-d", "Delta", "ngo", "local", "XT"])
ws.append(["org-e", "Epsilon", "nonsense", "local", "XT"])
ws["E5"] = "XT"  # row 5: no id, no name
book.save(sys.argv[1])
PY
before=$(fingerprint "$STAKEMAP_DB")
run import bad.xlsx
expect_rc 1
contains "$err" "bad.xlsx[organisations]:3:3: error:"
contains "$err" "'nonsense'"
contains "$err" "bad.xlsx[organisations]:5:1: error:"
same "$(fingerprint "$STAKEMAP_DB")" "$before"
run import typed.xlsx --kind survey --sheet nowhere
expect_rc 1
contains "$err" "typed.xlsx: no sheet 'nowhere' (the workbook has: territories, organisations, flows, notes)"
expect_exit 2 "--sheet names the sheet of an XLSX survey export" import typed.xlsx --sheet flows
printf 'id,name\n' >not.xlsx
expect_exit 1 "not.xlsx: not an XLSX workbook" import not.xlsx
same "$(fingerprint "$STAKEMAP_DB")" "$before"

# A zip bomb: 64 MiB of zeros packed to some 64 kB, refused before anything is unpacked.
/usr/bin/python3 - typed.xlsx bomb.xlsx <<'PY'
import shutil, sys, zipfile
shutil.copy(sys.argv[1], sys.argv[2])
with zipfile.ZipFile(sys.argv[2], "a", zipfile.ZIP_DEFLATED) as z:
    z.writestr("xl/media/image1.png", bytes(64 << 20))
PY
expect_exit 1 "bomb.xlsx: xl/media/image1.png unpacks" import bomb.xlsx
contains "$err" "a zip bomb?), over the limits for XLSX workbooks (docs/security.md)"
same "$(fingerprint "$STAKEMAP_DB")" "$before"

# Entity expansion: a sheet that declares entities (the billion laughs) is refused at its DOCTYPE.
/usr/bin/python3 - typed.xlsx laughs.xlsx <<'PY'
import sys, zipfile
laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{"&lol{};".format(i - 1 if i > 1 else "") * 10}">' for i in range(1, 10))
          + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
          '<c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        dst.writestr(item, laughs if item.filename == "xl/worksheets/sheet2.xml" else src.read(item.filename))
PY
expect_exit 1 "laughs.xlsx (xl/worksheets/sheet2.xml):1:" import laughs.xlsx
contains "$err" "DOCTYPE declarations are not accepted (no DTDs, no entities)"
same "$(fingerprint "$STAKEMAP_DB")" "$before"

# --- A Kobo survey export as XLSX: the same answers as its CSV ---------------------------------
SV=$FIX/survey
/usr/bin/python3 - "$SV/kobo.csv" kobo.xlsx kobo-second.xlsx <<'PY'
import csv, datetime, re, sys, openpyxl
def typed(v):  # as Kobo's XLSX export types them
    if re.fullmatch(r"-?[0-9]+", v): return int(v)
    if re.fullmatch(r"-?[0-9]+\.[0-9]+", v): return float(v)
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}", v): return datetime.datetime.fromisoformat(v)
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", v): return datetime.date.fromisoformat(v)
    return v if v != "" else None
with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
    rows = [[typed(v) for v in r] for r in csv.reader(f)]
for path, first in ((sys.argv[2], True), (sys.argv[3], False)):
    book = openpyxl.Workbook()
    ws = book.active
    if not first:
        ws.title = "repeat_group"
        ws.append(["_index", "note"])
        ws = book.create_sheet("answers")
    for r in rows: ws.append(r)
    book.save(path)
PY
for variant in "$SV/kobo.csv" kobo.xlsx "kobo-second.xlsx --sheet answers"; do
  use_map survey
  run --quiet import "$SV/map/territories.csv" && expect_rc 0
  run --quiet import "$SV/map/organisations.csv" && expect_rc 0
  run import $variant --kind survey
  expect_rc 0
  contains "$out" "imported: 2 respondents"
  snapshot "$STAKEMAP_DB" >"survey-$(basename "${variant%% *}").json"
done
cmp -s survey-kobo.csv.json survey-kobo.xlsx.json || fail "the Kobo XLSX export imports differently from its CSV"
cmp -s survey-kobo.csv.json survey-kobo-second.xlsx.json || fail "--sheet answers imports differently"
run import kobo-second.xlsx --kind survey
expect_rc 1
contains "$err" "kobo-second.xlsx[repeat_group]:1: error: no column of the header is a question"

# --- Kumu's workbook: Elements and Connections sheets (openpyxl's, and export kumu-xlsx) -------
use_map kumu "$DATA"
run export kumu-csv -o kumu --privacy internal
expect_rc 0
/usr/bin/python3 - kumu/elements.csv kumu/connections.csv kumu.xlsx <<'PY'
import csv, re, sys, openpyxl
book = openpyxl.Workbook()
book.remove(book.active)
for path, title in ((sys.argv[1], "Elements"), (sys.argv[2], "Connections")):
    ws = book.create_sheet(title)
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.reader(f):
            ws.append([float(v) if re.fullmatch(r"-?[0-9]+\.[0-9]+", v) else
                       int(v) if re.fullmatch(r"-?[1-9][0-9]*", v) else v for v in r])
book.save(sys.argv[3])
PY
expected=$(snapshot "$STAKEMAP_DB")
run export kumu-xlsx -o kumu-export.xlsx --privacy internal
expect_rc 0
for source in kumu kumu.xlsx kumu-export.xlsx; do
  rm -f c.db*
  run --db c.db --quiet import "$DATA/territories.csv" && expect_rc 0
  run --db c.db import "$source" --kind kumu
  expect_rc 0
  run --db c.db --quiet import "$DATA/needs.csv" && expect_rc 0
  [ "$(snapshot c.db)" = "$expected" ] || fail "$source (Kumu) changed the organisations or flows"
done
/usr/bin/python3 -c "
import openpyxl; b = openpyxl.Workbook(); b.active.title = 'Sheet'; b.save('nokumu.xlsx')"
expect_exit 1 "kumu.xlsx: no sheet named organisations (a dataset workbook needs at least that one; the workbook has: Elements, Connections); a survey export needs --kind survey, a Kumu workbook --kind kumu" \
  import kumu.xlsx
expect_exit 1 "nokumu.xlsx: a Kumu workbook needs an Elements and/or a Connections sheet (it has: Sheet)" \
  import nokumu.xlsx --kind kumu
echo ok
