#!/usr/bin/env bash
# The limits of XLSX input (docs/security.md, Limits), each under prlimit --as=1 GiB and
# refused with exit 1 naming the file, the map unchanged:
#   - a shared-string table of 2 000 001 strings (not declared in uniqueCount, so counted as read);
#   - the same table declaring uniqueCount="3000000000": refused before any string is held;
#   - a cell in column XFD (16 384) alone in its row: 16 384 fields;
#   - an archive of 10 001 files;
#   - a part of 300 MiB (over the 256 MiB a part may unpack to), refused from the zip's directory.
# Skipped under the sanitizers (their shadow memory needs terabytes of address space).
source "$(dirname "$0")/../cli/lib.bash" "$@"

need_prlimit

$PY - <<'PY' || fail "generating the workbooks failed"
import zipfile
NS = ' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
def book(path, sheet, strings=None, extra=()):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", f'<workbook{NS} xmlns:r="{REL}"><sheets>'
                   '<sheet name="organisations" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                   f'2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                   "</Relationships>")
        z.writestr("xl/worksheets/sheet1.xml", f"<worksheet{NS}><sheetData>{sheet}</sheetData></worksheet>")
        if strings is not None: z.writestr("xl/sharedStrings.xml", strings)
        for name, data in extra: z.writestr(name, data)
header = '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c></row>'
items = "".join(f"<si><t>{i * 7919 % 1000003}</t></si>" for i in range(2000001))
book("strings.xlsx", header, f"<sst{NS}>{items}</sst>")
book("declared.xlsx", header, f'<sst{NS} uniqueCount="3000000000"><si><t>a</t></si></sst>')
book("columns.xlsx", header + '<row r="2"><c r="XFD2"><v>1</v></c></row>')
book("entries.xlsx", header, None, [(f"xl/media/f{i}.txt", "x") for i in range(10001)])
book("oversized.xlsx", header, None, [("xl/worksheets/padding.xml", " " * (300 << 20))])
PY

use_map limits "$DATA"
before=$(fingerprint "$STAKEMAP_DB")
bounded import strings.xlsx
expect_rc 1
contains "$err" "strings.xlsx: more than 2000000 shared strings, the limit for XLSX workbooks (docs/security.md)"
bounded import declared.xlsx
expect_rc 1
contains "$err" "declared.xlsx: more than 2000000 shared strings"
bounded import columns.xlsx
expect_rc 1
contains "$err" "columns.xlsx[organisations]:2:16384: error: a cell in column 16384, beyond 4096 columns"
bounded import entries.xlsx
expect_rc 1
contains "$err" "entries.xlsx: 10004 files in the archive (at most 10000), over the limits for XLSX workbooks"
bounded import oversized.xlsx
expect_rc 1
contains "$err" "oversized.xlsx: xl/worksheets/padding.xml unpacks to 314572800 bytes (at most 268435456)"
same "$(fingerprint "$STAKEMAP_DB")" "$before"
echo ok
