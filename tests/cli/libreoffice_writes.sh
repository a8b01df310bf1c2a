#!/usr/bin/env bash
# Workbooks written by LibreOffice import: a survey export saved by LibreOffice as .xlsx
# (`import responses.xlsx --kind survey`) gives the answers its CSV gives, and a dataset workbook
# (sheets territories, organisations, flows, needs) converted by LibreOffice from a flat ODS
# generated here gives the map the dataset's CSV files give, from a file and from standard input.
# LibreOffice (libreoffice-calc-nogui) is installed by `make deps`: without it the test fails.
source "$(dirname "$0")/lib.bash" "$@"
command -v soffice >/dev/null || fail "LibreOffice is not installed (make deps installs libreoffice-calc-nogui)"
# A private profile: parallel runs never share LibreOffice's user installation.
office() {
  HOME=$TMP/home soffice "-env:UserInstallation=file://$TMP/profile" --headless "$@" >lo.log 2>&1 ||
    fail "soffice $*: $(cat lo.log)"
}

# The dataset as a flat ODS: every sheet a CSV file, whole numbers and decimals as float cells.
mkdir dataset
for f in territories organisations flows needs; do cp "$DATA/$f.csv" dataset/; done
/usr/bin/python3 - dataset map.fods <<'PY' || fail "cannot write the flat ODS"
import csv, re, sys
from xml.sax.saxutils import escape, quoteattr
number = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?")
out = ['<?xml version="1.0" encoding="UTF-8"?>',
       '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" '
       'office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>']
for name in ["territories", "organisations", "flows", "needs"]:
    out.append(f'<table:table table:name="{name}">')
    with open(f"{sys.argv[1]}/{name}.csv", newline="", encoding="utf-8") as f:
        for r, row in enumerate(csv.reader(f)):
            out.append("<table:table-row>")
            for cell in row:
                if not cell:
                    out.append("<table:table-cell/>")
                elif r > 0 and number.fullmatch(cell):
                    out.append(f'<table:table-cell office:value-type="float" office:value="{cell}">'
                               f"<text:p>{cell}</text:p></table:table-cell>")
                else:
                    out.append(f'<table:table-cell office:value-type="string"><text:p>{escape(cell)}</text:p>'
                               "</table:table-cell>")
            out.append("</table:table-row>")
    out.append("</table:table>")
out.append("</office:spreadsheet></office:body></office:document>")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
PY
cp "$DATA/responses.csv" responses.csv
office --convert-to xlsx --outdir lo map.fods
office --convert-to xlsx --infilter=CSV:44,34,76,1 --outdir lo responses.csv
[ -s lo/map.xlsx ] && [ -s lo/responses.xlsx ] || fail "LibreOffice wrote no workbook: $(cat lo.log)"
/usr/bin/python3 -c "
import openpyxl, sys
book = openpyxl.load_workbook('lo/map.xlsx')
assert book.sheetnames == ['territories', 'organisations', 'flows', 'needs'], book.sheetnames
assert any(c.data_type == 'n' for row in book['needs'].iter_rows(min_row=2) for c in row), 'no number cell'
" || fail "LibreOffice's workbook is not the one asked for"

# The dataset: the same map from the CSV files, the workbook, and the workbook on standard input.
use_map from_csv dataset
want=$(snapshot "$TMP/from_csv.db")
use_map from_book lo/map.xlsx
[ "$(snapshot "$TMP/from_book.db")" = "$want" ] || fail "LibreOffice's dataset workbook imports otherwise than the CSV files"
use_map from_stdin
run import - --kind dataset <lo/map.xlsx
expect_rc 0
[ "$(snapshot "$TMP/from_stdin.db")" = "$want" ] || fail "the workbook on standard input imports otherwise"

# The survey: the same answers, and so the same summary, from the CSV and from LibreOffice's xlsx.
use_map survey_csv dataset
run import responses.csv --kind survey
expect_rc 0
"$BIN" survey summary --format csv >want.csv || fail "survey summary failed"
use_map survey_book dataset
run import lo/responses.xlsx --kind survey
expect_rc 0
"$BIN" survey summary --format csv >got.csv || fail "survey summary failed"
cmp -s want.csv got.csv || fail "LibreOffice's responses.xlsx imports other answers: $(diff want.csv got.csv | head)"
[ "$(wc -l <got.csv)" -gt 50 ] || fail "too few summary rows"
exit 0
