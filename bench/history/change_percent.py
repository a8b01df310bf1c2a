#!/usr/bin/env python3
"""Copies a generated dataset folder and changes about PERCENT % of its records, for the history
benchmark: the `frequency` of that share of the flows and the `name` of that share of the
organisations (updates, matched by key and id). Standard library only; deterministic.
    change_percent.py SRC DST [PERCENT]"""
import csv
import os
import shutil
import sys

src, dst = sys.argv[1], sys.argv[2]
percent = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
step = max(1, round(100 / percent))
os.makedirs(dst, exist_ok=True)
for name in os.listdir(src):
    shutil.copy(os.path.join(src, name), os.path.join(dst, name))


def rewrite(name, column, change):
    with open(os.path.join(src, name), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    col = rows[0].index(column)
    changed = 0
    for i, row in enumerate(rows[1:]):
        if i % step == 0:
            row[col] = change(row[col])
            changed += 1
    with open(os.path.join(dst, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    return changed


flows = rewrite("flows.csv", "frequency", lambda v: "annual" if v != "annual" else "monthly")
orgs = rewrite("organisations.csv", "name", lambda v: v + " (renamed)")
print(f"changed {flows} flows and {orgs} organisations")
