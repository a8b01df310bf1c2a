"""lo_equals.py BOOK LO_DIR SHEET CSV [SHEET CSV ...]: LibreOffice read the workbook BOOK as
stakemap wrote it. LO_DIR holds what `soffice --convert-to csv` (one file per sheet, "STEM-SHEET.csv")
and `soffice --convert-to fods` wrote from BOOK. Each SHEET's LibreOffice CSV must hold the rows of
stakemap's CSV (numbers equal within LibreOffice's 15 significant digits, text identical after the
CSV formula guard), and in the flat ODS every cell that openpyxl reads as a number must be a float
cell for LibreOffice too, and every text cell a string cell. Prints the number of float cells;
exits non-zero naming the first cell that differs. Run with /usr/bin/python3 (python3-openpyxl)."""
import csv
import os
import sys
import xml.etree.ElementTree as ET

import openpyxl

NS = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
      "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}
T = "{%s}" % NS["table"]
O = "{%s}" % NS["office"]


def number(text):
    try:
        return float(text)
    except ValueError:
        return None


def fods_types(path):
    """sheet name -> list of rows, each a list of office:value-type ('' for an empty cell)."""
    sheets = {}
    for table in ET.parse(path).getroot().iter(T + "table"):
        rows = []
        for row in table.iter(T + "table-row"):
            cells = []
            for cell in row:
                if cell.tag not in (T + "table-cell", T + "covered-table-cell"):
                    continue
                cells += [cell.get(O + "value-type", "")] * int(cell.get(T + "number-columns-repeated", "1"))
            rows += [cells] * min(int(row.get(T + "number-rows-repeated", "1")), 2)
        sheets[table.get(T + "name")] = rows
    return sheets


book_path, lo_dir = sys.argv[1], sys.argv[2]
stem = os.path.splitext(os.path.basename(book_path))[0]
book = openpyxl.load_workbook(book_path)
types = fods_types(os.path.join(lo_dir, stem + ".fods"))
floats = 0
for name, path in zip(sys.argv[3::2], sys.argv[4::2]):
    with open(path, newline="", encoding="utf-8") as f:
        want = list(csv.reader(f))
    with open(os.path.join(lo_dir, f"{stem}-{name}.csv"), newline="", encoding="utf-8") as f:
        got = list(csv.reader(f))
    assert len(got) == len(want), (name, len(got), len(want))
    for r, (g, w) in enumerate(zip(got, want), 1):
        assert len(g) == len(w), (name, r, g, w)
        for c, (a, b) in enumerate(zip(g, w), 1):
            if b.startswith("'") and b[1:2] in ("=", "+", "-", "@"):
                b = b[1:]  # the CSV guard
            x, y = number(a), number(b)
            if r > 1 and x is not None and y is not None:
                assert abs(x - y) <= 1e-14 * max(abs(x), abs(y)), (name, r, c, a, b)
            else:
                assert a == b, (name, r, c, a, b)
    lo = types[name]
    for r, row in enumerate(book[name].iter_rows()):
        for c, cell in enumerate(row):
            kind = lo[r][c] if r < len(lo) and c < len(lo[r]) else ""
            if cell.value is None:
                assert kind == "", (name, cell.coordinate, kind)
            elif cell.data_type == "n":
                assert kind == "float", (name, cell.coordinate, kind)
                floats += 1
            else:
                assert kind == "string", (name, cell.coordinate, kind)
print(floats)
