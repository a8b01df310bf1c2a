#!/usr/bin/env python3
"""Independent reference for the gap analyses (docs/gaps.md), written from the definitions
with plain Python sets, to check the C++ engine. Writes the expected results of one dataset
folder as CSV files that tests/analysis/test_*gaps*.cpp compare against.

    /usr/bin/python3 tests/analysis/gaps_reference.py DATASET_DIR OUT_DIR

Regenerate after changing a definition:
    for d in planted complete; do /usr/bin/python3 tests/analysis/gaps_reference.py \
        tests/fixtures/gaps/$d tests/fixtures/gaps/expected/$d; done
    /usr/bin/python3 tests/analysis/gaps_reference.py datasets/belgium-2022 \
        tests/fixtures/gaps/expected/belgium-2022
"""
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def read(path):
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def multi(s):
    return [x.strip() for x in (s or "").split("|") if x.strip()]


def taxonomy():
    codes = {}
    for row in read(os.path.join(ROOT, "models", "taxonomy.csv")):
        codes.setdefault(row["facet"], []).append(row["code"])
    return codes


def load(folder):
    ters = read(os.path.join(folder, "territories.csv"))
    orgs = read(os.path.join(folder, "organisations.csv"))
    flows = read(os.path.join(folder, "flows.csv"))
    needs = read(os.path.join(folder, "needs.csv"))
    for f in flows:  # documented defaults of omitted fields
        f["status"] = f.get("status") or "active"
        f["basis"] = f.get("basis") or "voluntary"
        f["population"] = f.get("population") or "all"
    return ters, orgs, flows, needs


def leaf_sets(ters):
    ids = [t["id"] for t in ters]
    children = {i: set() for i in ids}
    for t in ters:
        for p in multi(t.get("part_of")):
            if p in children:
                children[p].add(t["id"])
    memo = {}

    def below(t):
        if t not in memo:
            memo[t] = {t} if not children[t] else set().union(*(below(c) for c in children[t]))
        return memo[t]

    return {i: below(i) for i in ids}, [i for i in ids if not children[i]]


def is_national(t, ters_by_id, leaves, all_leaves):
    ter = ters_by_id[t]
    root = not any(p in ters_by_id for p in multi(ter.get("part_of")))
    return ter["kind"] == "country" or (root and leaves[t] == all_leaves)


def presences(ters, orgs, row):
    """{org id: (local, national)} for every organisation whose leaves meet the row's."""
    by_id = {t["id"]: t for t in ters}
    leaves, leaf_list = leaf_sets(ters)
    all_leaves = set(leaf_list)
    rl = leaves[row]
    out = {}
    for o in orgs:
        reaching = [t for t in multi(o["territories"]) if t in leaves and leaves[t] & rl]
        if not reaching:
            continue
        local = any(not (leaves[t] > rl) for t in reaching)
        national = o.get("level", "") in ("federal", "european", "international") or all(
            is_national(t, by_id, leaves, all_leaves) for t in reaching)
        out[o["id"]] = (local, national)
    return out


def role_ok(o, role):
    sr = o.get("support_role", "")
    if role == "first-line":
        return sr in ("first-line", "both")
    if role == "secondary":
        return sr in ("secondary", "both")
    return True


def coverage(ters, orgs, flows, facet, at, role="any", population="all"):
    tax = taxonomy()
    leaves, leaf_list = leaf_sets(ters)
    rows = leaf_list if at == "leaf" else [t["id"] for t in ters if t["kind"] == at]
    col = {"domain": "domains", "public": "publics", "service": "services"}[facet]
    pops = ("ukraine", "both") if population == "ukraine" else None
    ties = set()
    for f in flows:
        if f["status"] == "active" and f["basis"] == "voluntary" and f.get("confirmation") != "disputed" \
                and (pops is None or f["population"] in pops) and f["from"] != f["to"]:
            ties.add(frozenset((f["from"], f["to"])))
    by_id = {o["id"]: o for o in orgs}
    out = []
    for r in rows:
        pres = presences(ters, orgs, r)
        for code in tax[facet]:
            cov = [o for o in pres if code in multi(by_id[o][col]) and role_ok(by_id[o], role)
                   and (population != "ukraine" or "displaced-ukraine" in multi(by_id[o]["publics"]))]
            local = [o for o in cov if pres[o][0]]
            national = [o for o in cov if pres[o][1]]
            connected = [o for o in local if any(frozenset((o, p)) in ties for p in pres if p != o)]
            if not cov:
                cls = "gap"
            elif len(national) == len(cov):
                cls = "federal-only"
            elif not local:
                cls = "higher-level-only"
            elif not connected:
                cls = "siloed"
            else:
                cls = "covered"
            out.append([r, code, len(cov), cls, len(local), len(national)])
    return out


def needs_gaps(ters, orgs, needs, thin_below=2):
    merged = {}
    order = []
    ids = {t["id"] for t in ters}
    for n in needs:
        if n["territory"] not in ids:
            continue
        key = (n["territory"], n["need"])
        if key not in merged:
            merged[key] = {"weight": None, "by": []}
            order.append(key)
        w = float(n["weight"]) if n.get("weight") else None
        m = merged[key]
        if w is not None and (m["weight"] is None or w > m["weight"]):
            m["weight"] = w
        if n.get("reported_by") and n["reported_by"] not in m["by"]:
            m["by"].append(n["reported_by"])
    by_id = {o["id"]: o for o in orgs}
    pos = {t["id"]: i for i, t in enumerate(ters)}
    rows = []
    for (t, need) in order:
        pres = presences(ters, orgs, t)
        offering = [o for o in pres if need in multi(by_id[o]["services"])]
        local = sum(1 for o in offering if pres[o][0])
        n = len(offering)
        status = "unmet" if n == 0 else "thin" if n < thin_below else "met"
        rows.append([t, need, merged[(t, need)]["weight"], n, local, status])
    rank = {"unmet": 0, "thin": 1, "met": 2}
    rows.sort(key=lambda r: (r[2] is None, -(r[2] or 0), rank[r[5]], pos[r[0]], r[1]))
    return rows


def recommended(ters, orgs, flows):
    leaves, _ = leaf_sets(ters)
    linked = {frozenset((f["from"], f["to"])) for f in flows}

    def prof(o):
        ls = set().union(*[leaves[t] for t in multi(o["territories"]) if t in leaves]) \
            if multi(o["territories"]) else set()
        strip = lambda col: set(multi(o.get(col))) - {"other"}
        return ls, strip("domains"), strip("publics"), strip("services")

    def jac(a, b):
        return len(a & b) / len(a | b) if a | b else 0.0

    out = []
    for i, a in enumerate(orgs):
        for b in orgs[i + 1:]:
            if frozenset((a["id"], b["id"])) in linked:
                continue
            pa, pb = prof(a), prof(b)
            if not (pa[0] & pb[0] and pa[1] & pb[1] and pa[2] & pb[2]):
                continue
            parts = [jac(x, y) for x, y in zip(pa, pb)]
            out.append([a["id"], b["id"], sum(parts) / 4] + parts)
    index = {o["id"]: i for i, o in enumerate(orgs)}
    out.sort(key=lambda r: (-r[2], index[r[0]], index[r[1]]))
    return out


def obstacle_counts(orgs):
    tax = taxonomy()
    return [[code, sum(1 for o in orgs if code in set(multi(o.get("obstacles")))), len(orgs)]
            for code in tax["obstacle"]]


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(["" if x is None else (repr(x) if isinstance(x, float) else x) for x in r])


def main():
    folder, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    ters, orgs, flows, needs = load(folder)
    kinds = sorted({t["kind"] for t in ters})
    header = ["territory", "code", "count", "class", "local", "national"]
    for facet in ("domain", "public", "service"):
        for at in ["leaf"] + kinds:
            write(os.path.join(out, f"coverage-{facet}-{at}.csv"), header, coverage(ters, orgs, flows, facet, at))
    write(os.path.join(out, "coverage-domain-leaf-first-line.csv"), header,
          coverage(ters, orgs, flows, "domain", "leaf", role="first-line"))
    write(os.path.join(out, "coverage-domain-leaf-ukraine.csv"), header,
          coverage(ters, orgs, flows, "domain", "leaf", population="ukraine"))
    write(os.path.join(out, "needs.csv"), ["territory", "need", "weight", "offering", "local", "status"],
          needs_gaps(ters, orgs, needs))
    write(os.path.join(out, "recommended.csv"), ["a", "b", "score", "territory", "domain", "public", "service"],
          recommended(ters, orgs, flows))
    write(os.path.join(out, "obstacles.csv"), ["obstacle", "organisations", "base"], obstacle_counts(orgs))


if __name__ == "__main__":
    main()
