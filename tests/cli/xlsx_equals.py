"""xlsx_equals.py BOOK SHEET CSV [SHEET CSV ...]: each SHEET of the workbook BOOK holds the rows of
its CSV file, with a frozen header row and an autofilter over them. Number cells must equal the
CSV's number (within the 16 significant digits libxlsxwriter writes), every other cell must be a
text cell holding the CSV's text (its formula guard ' removed, OOXML escapes decoded). Prints the
number of number cells; exits non-zero naming the first cell that differs.
Run with /usr/bin/python3 (Debian's, with python3-openpyxl)."""
import csv
import sys

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.escape import unescape

book = openpyxl.load_workbook(sys.argv[1])
numbers = 0
for name, path in zip(sys.argv[2::2], sys.argv[3::2]):
    ws = book[name]
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert ws.max_row == len(rows), (name, ws.max_row, len(rows))
    assert ws.freeze_panes == "A2", (name, ws.freeze_panes)
    assert ws.auto_filter.ref == f"A1:{get_column_letter(len(rows[0]))}{len(rows)}", (name, ws.auto_filter.ref)
    assert ws.column_dimensions["A"].width > 6, name
    for r, (cells, want) in enumerate(zip(ws.iter_rows(), rows), 1):
        assert len(cells) == len(want), (name, r, len(cells), len(want))
        for cell, text in zip(cells, want):
            if text.startswith("'") and text[1:2] in ("=", "+", "-", "@"):
                text = text[1:]  # the CSV guard
            if cell.value is None:
                assert text == "", (name, cell.coordinate, text)
            elif cell.data_type == "n":
                numbers += 1
                assert r > 1 and abs(cell.value - float(text)) <= 1e-15 * abs(float(text)), (
                    name, cell.coordinate, cell.value, text)
            else:
                assert cell.data_type == "s", (name, cell.coordinate, cell.data_type)
                assert unescape(cell.value) == text, (name, cell.coordinate, cell.value, text)
print(numbers)
