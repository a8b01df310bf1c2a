#!/usr/bin/env python3
"""Independent implementation of `stakemap survey summary` for files in the canonical layout.

Reads a questionnaire CSV (docs/questionnaires.md) and a responses CSV in the canonical layout
(one column per question, codes joined by '|', Qn:scope for answer columns, Qn/row for Likert
rows, Qn_option for "please specify" texts), applies the skip logic, and counts each option over
its base. Used to
  * write tests/fixtures/survey/belgium_summary_expected.csv, which tests/survey/test_summary.cpp
    compares with the C++ summary record by record;
  * check the calibrated responses in datasets/belgium-2022/check_calibration.py.
Standard library only.

    python3 tests/survey/reference_summary.py [QUESTIONNAIRE RESPONSES OUT]
"""
import csv
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CHOICE = ("single", "multiple", "scale")


def load_questionnaire(path):
    questions, order, partner_types = {}, [], []
    for r in csv.DictReader(open(path, newline="", encoding="utf-8-sig")):
        qid, opt = r["question"], r["option"]
        if qid == "*partner":
            partner_types.append(opt)
        elif qid.startswith("*"):
            continue
        elif not opt:
            scopes = [s for s in re.split(r"[| ,]+", r["scopes"]) if s] or ["all"]
            questions[qid] = dict(id=qid, type=r["type"], scopes=scopes, asked_if=r["asked_if"], options=[],
                                  levels=[], other=None, feeds=r["feeds"], silent=set())
            order.append(qid)
        else:
            flags = r["flags"].split()
            q = questions[qid]
            (q["levels"] if "level" in flags else q["options"]).append(opt)
            if "other" in flags:
                q["other"] = opt
            if not r["feeds"]:
                q["silent"].add(opt)  # feeds nothing: for `regularity`, "does not share"
    for q in questions.values():  # per scope: list of (question, negate, values)
        q["conditions"] = {s: [] for s in q["scopes"]}
        for part in [p.strip() for p in q["asked_if"].split(";") if p.strip()]:
            m = re.match(r"([a-z0-9_-]+)\s*:(.*)$", part)
            scopes, body = ([m.group(1)], m.group(2)) if m else (q["scopes"], part)
            for clause in body.split("&"):
                c = re.match(r"\s*(\S+?)\s*(!=|=)\s*(.+?)\s*$", clause)
                for s in scopes:
                    q["conditions"][s].append((c.group(1), c.group(2) == "!=", c.group(3).split("|")))
    return questions, order, partner_types


def split_codes(cell):
    return [x.strip() for x in cell.split("|") if x.strip()]


def load_responses(path, questions):
    """[{(qid, scope): answer}] with answer = dict(options=set, levels={}, text=str, items=[])."""
    rows = list(csv.DictReader(open(path, newline="", encoding="utf-8-sig")))
    out = []
    for row in rows:
        ans = {}
        for col, cell in row.items():
            cell = (cell or "").strip()
            m = re.match(r"(Q\d+)(?::([a-z]+))?(?:/([a-z0-9_-]+)|_([a-z0-9_-]+))?$", col)
            if not cell or not m:
                continue
            qid, scope, row_code, text_of = m.group(1), m.group(2) or "all", m.group(3), m.group(4)
            q = questions[qid]
            a = ans.setdefault((qid, scope), dict(options=set(), levels={}, text="", items=[]))
            if text_of:
                a["options"].add(text_of)
            elif row_code:
                a["levels"][row_code] = cell
            elif q["type"] == "open":
                a["text"] = cell
            elif q["type"] == "partners":
                for item in [x.strip() for x in cell.split(";") if x.strip()]:
                    (a["options"].add(item) if item in q["options"] else a["items"].append(item))
            else:
                a["options"].update(split_codes(cell))
        out.append(ans)
    return out


def asked(questions, order, ans):
    status = {}
    for qid in order:
        q = questions[qid]
        for s in q["scopes"]:
            st = "yes"
            for ref, negate, values in q["conditions"][s]:
                rs = s if s in questions[ref]["scopes"] else questions[ref]["scopes"][0]
                if status[(ref, rs)] == "no":
                    st = "no"
                    break
                a = ans.get((ref, rs))
                if not a or not a["options"]:
                    st = "unknown"
                    continue
                if bool(a["options"] & set(values)) == negate:
                    st = "no"
                    break
            status[(qid, s)] = st
    return status


def given_full(responses, statuses, qid, s):
    return [(a[(qid, s)], a) for a, st in zip(responses, statuses) if st[(qid, s)] != "no" and (qid, s) in a]


def partners(questions, q, s, a, full):
    """When the same column of the `regularity` question says "does not share", the items are reasons:
    they count as the "other" option, not as partners."""
    reg = [x for x in questions.values() if x["feeds"] == "regularity"]
    r = full.get((reg[0]["id"], s)) if reg else None
    if r and r["options"] and r["options"] <= reg[0]["silent"] and a["items"] and q["other"]:
        return dict(a, options=a["options"] | {q["other"]}, items=[])
    return a


def summary(questions, order, partner_types, responses):
    """Rows (question, scope, option, count, base)."""
    statuses = [asked(questions, order, a) for a in responses]
    out = []
    for qid in order:
        q = questions[qid]
        for s in q["scopes"]:
            given = [a[(qid, s)] for a, st in zip(responses, statuses) if st[(qid, s)] != "no" and (qid, s) in a]
            n_asked = sum(1 for st in statuses if st[(qid, s)] != "no")
            if q["type"] == "open":
                out.append((qid, s, "answered", len(given), n_asked))
                continue
            if q["type"] == "likert":
                for r in q["options"]:
                    for lvl in q["levels"]:
                        out.append((qid, s, f"{r}|{lvl}", sum(1 for a in given if a["levels"].get(r) == lvl), len(given)))
                continue
            if q["type"] == "partners":
                given = [partners(questions, q, s, a, full) for a, full in given_full(responses, statuses, qid, s)]
            for o in q["options"]:
                out.append((qid, s, o, sum(1 for a in given if o in a["options"]), len(given)))
            if q["type"] == "partners":  # partner names: every name in these files is an organisation
                out.append((qid, s, "organisation", sum(1 for a in given if a["items"]), len(given)))
                out += [(qid, s, "partner:" + p, 0, len(given)) for p in partner_types]
    return out


def main():
    qpath = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "models", "questionnaires",
                                                                 "be-needs-assessment-2022.csv")
    rpath = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "datasets", "belgium-2022", "responses.csv")
    opath = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "tests", "fixtures", "survey",
                                                               "belgium_summary_expected.csv")
    questions, order, partner_types = load_questionnaire(qpath)
    rows = summary(questions, order, partner_types, load_responses(rpath, questions))
    with open(opath, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["question", "scope", "option", "count", "base"])
        w.writerows(rows)
    print(f"{len(rows)} records written to {opath}")


if __name__ == "__main__":
    main()
