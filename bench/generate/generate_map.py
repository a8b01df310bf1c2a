#!/usr/bin/env python3
"""Generate a synthetic stakemap dataset of any size (a folder of CSV files).

    python3 bench/generate/generate_map.py --orgs 10000 --flows 1000000 --seed 1 --out /tmp/big

Writes territories.csv, organisations.csv, flows.csv and needs.csv in the dataset format of
docs/dataset.md, with codes from models/taxonomy.csv. Standard library only; the same arguments
always give byte-identical files. See bench/generate/README.md for the shape of the data.
"""
import argparse
import bisect
import csv
import itertools
import os
import random
import sys

# Territory tree: one country, REGIONS regions, PROVINCES_PER_REGION provinces under each
# region, and K municipalities (leaves) spread round-robin over the provinces.
REGIONS = 3
PROVINCES_PER_REGION = 4

# Organisation level -> (share, kinds to draw from, territory kind it acts in).
LEVELS = [
    ("local", 50, ["local-authority", "ngo", "reception-operator"], "municipality"),
    ("provincial", 10, ["provincial-administration", "ngo", "umbrella-network"], "province"),
    ("regional", 14, ["regional-administration", "ngo", "umbrella-network", "university"], "region"),
    ("community", 8, ["community-administration", "ngo", "university"], "region"),
    ("federal", 10, ["federal-service", "federal-agency", "reception-operator"], "country"),
    ("european", 2, ["international-organisation", "umbrella-network"], "country"),
    ("international", 6, ["international-organisation", "ngo"], "country"),
]
KIND_NAMES = {
    "local-authority": "Public social welfare centre",
    "ngo": "Non-governmental organisation",
    "reception-operator": "Reception operator",
    "provincial-administration": "Provincial administration",
    "umbrella-network": "Umbrella network",
    "regional-administration": "Regional administration",
    "university": "University research group",
    "community-administration": "Community administration",
    "federal-service": "Federal public service",
    "federal-agency": "Federal agency",
    "international-organisation": "International organisation",
}
LANGUAGES = [("fr", 45), ("nl", 45), ("de", 4), ("en", 25)]
DOMAINS = ["medical", "legal", "social", "education", "labour", "material", "other"]
PUBLICS = ["newcomers", "refugees", "asylum-seekers", "displaced-ukraine", "undocumented",
           "job-seekers", "vulnerable", "children", "women", "lgbtqi", "disability",
           "support-providers", "belgian-nationals"]
SERVICES = ["housing", "information", "legal", "labour", "language", "education", "psychosocial",
            "health", "financial", "childcare", "mobility", "guardianship", "return", "material",
            "administrative", "referral", "integration", "cultural-orientation",
            "daily-activities", "organisation-support"]
# Obstacle -> probability that an organisation perceives it (Q40-like prevalence).
OBSTACLES = [("gdpr", 0.67), ("no-resources", 0.45), ("duplication", 0.30), ("no-trust", 0.25),
             ("slow-validation", 0.22), ("no-outcome", 0.20), ("no-leadership", 0.18),
             ("no-mission", 0.12), ("method-disagreement", 0.10), ("analysis-disagreement", 0.08)]
SUPPORT_ROLES = [("first-line", 45), ("secondary", 25), ("both", 25), ("none", 5)]
WILLING = [("yes", 75), ("no", 15), ("unknown", 10)]

STATUSES = ["active", "desired", "blocked"]
STATUS_W = [85, 10, 5]
BASES = ["mandatory", "voluntary", "on-request"]
BASIS_W = [30, 55, 15]
POPULATIONS = ["all", "ukraine", "both"]
POPULATION_W = [60, 20, 20]
FREQUENCIES = ["daily", "weekly", "monthly", "quarterly", "annual", "ad-hoc"]
DATA = ["activities", "beneficiaries", "demographic", "residence-status", "reception", "housing",
        "employment", "integration-pathway", "social-assessment", "financial-aid", "health"]
PERSONAL = ["none", "aggregate", "pseudonymised", "personal"]
CONFIRMATION = ["confirmed", "claimed", "disputed"]
KEY_VARIANTS = len(STATUSES) * len(BASES) * len(POPULATIONS)

ORG_HEADER = ["id", "name", "aliases", "kind", "level", "languages", "territories", "domains",
              "publics", "services", "support_role", "focal_point", "obstacles",
              "willing_to_share"]
FLOW_HEADER = ["from", "to", "status", "basis", "regularity", "frequency", "population", "data",
               "personal_data", "obstacles", "source", "confirmation"]


def weighted(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def some(rng, items, low, high):
    return "|".join(sorted(rng.sample(items, rng.randint(low, min(high, len(items))))))


def make_territories(municipalities):
    """Rows of territories.csv and the ids per kind."""
    rows = [("C", "country", "Country", "Pays", "Land", "Land", "")]
    ids = {"country": ["C"], "region": [], "province": [], "municipality": []}
    for r in range(1, REGIONS + 1):
        rid = f"R{r}"
        rows.append((rid, "region", f"Region {r}", f"Région {r}", f"Gewest {r}", f"Region {r}", "C"))
        ids["region"].append(rid)
        for p in range(1, PROVINCES_PER_REGION + 1):
            pid = f"{rid}-P{p}"
            rows.append((pid, "province", f"Province {r}.{p}", f"Province {r}.{p}",
                         f"Provincie {r}.{p}", f"Provinz {r}.{p}", rid))
            ids["province"].append(pid)
    provinces = ids["province"]
    width = len(str(max(municipalities, 1)))
    for m in range(municipalities):
        parent = provinces[m % len(provinces)]
        mid = f"M{m + 1:0{width}d}"
        rows.append((mid, "municipality", f"Municipality {m + 1}", f"Commune {m + 1}",
                     f"Gemeente {m + 1}", f"Gemeinde {m + 1}", parent))
        ids["municipality"].append(mid)
    return rows, ids


def make_organisations(rng, n, territory_ids):
    """Rows of organisations.csv."""
    width = len(str(n))
    level_pairs = [(lv, share) for lv, share, _, _ in LEVELS]
    by_level = {lv: (kinds, tkind) for lv, _, kinds, tkind in LEVELS}
    rows = []
    for i in range(n):
        level = weighted(rng, level_pairs)
        kinds, tkind = by_level[level]
        if not territory_ids.get(tkind):
            tkind = "province"
        kind = rng.choice(kinds)
        places = territory_ids[tkind]
        territories = sorted(rng.sample(places, 1 if len(places) < 2 or rng.random() < 0.8 else 2))
        languages = sorted({code for code, w in LANGUAGES if rng.random() * 100 < w} or {"fr"})
        obstacles = [code for code, p in OBSTACLES if rng.random() < p]
        rows.append([
            f"org-{i + 1:0{width}d}",
            f"{KIND_NAMES[kind]} {i + 1}, {'|'.join(territories)}",
            "",
            kind,
            level,
            "|".join(languages),
            "|".join(territories),
            some(rng, DOMAINS, 1, 4),
            some(rng, PUBLICS, 1, 5),
            some(rng, SERVICES, 1, 5),
            weighted(rng, SUPPORT_ROLES),
            "yes" if rng.random() < 0.5 else "no",
            "|".join(sorted(obstacles)),
            weighted(rng, WILLING),
        ])
    return rows


def out_weights(rng, n, flows):
    """Heavy-tailed (Pareto) out-degree weights, capped so that no organisation is asked for
    more distinct flows than it can have."""
    weights = [rng.paretovariate(1.3) for _ in range(n)]
    cap = max(1.0, (n - 1) * KEY_VARIANTS * 0.25)  # expected out-degree ceiling per org
    for _ in range(10):  # capping lowers the total, so cap again until stable
        limit = cap * sum(weights) / max(flows, 1)
        if max(weights) <= limit * 1.001:
            break
        weights = [min(w, limit) for w in weights]
    return weights


def flow_rows(rng, orgs, flows):
    """Yields rows of flows.csv: distinct (from,to,status,basis,population), no self-loop."""
    n = len(orgs)
    if n < 2 and flows:
        sys.exit("generate_map: flows need at least 2 organisations")
    if flows > n * (n - 1) * KEY_VARIANTS // 4:
        sys.exit(f"generate_map: {flows} flows is too many for {n} organisations")
    cum = list(itertools.accumulate(out_weights(rng, n, flows)))
    total = cum[-1] if cum else 0.0
    seen = set()
    made = 0
    while made < flows:
        batch = min(flows - made, 100_000)
        froms = [bisect.bisect_left(cum, rng.random() * total) for _ in range(batch)]
        status = rng.choices(range(3), weights=STATUS_W, k=batch)
        basis = rng.choices(range(3), weights=BASIS_W, k=batch)
        population = rng.choices(range(3), weights=POPULATION_W, k=batch)
        for f, s, b, p in zip(froms, status, basis, population):
            f = min(f, n - 1)
            t = rng.randrange(n - 1)
            t += t >= f  # never a self-loop
            key = (((f * n + t) * 3 + s) * 3 + b) * 3 + p
            if key in seen:
                continue
            seen.add(key)
            made += 1
            yield flow_row(rng, orgs[f], orgs[t], s, b, p)


def flow_row(rng, src, dst, s, b, p):
    status = STATUSES[s]
    r = rng.random()
    obstacles = ""
    if status != "active":
        obstacles = "|".join(sorted(rng.sample([o for o, _ in OBSTACLES], 1 + int(r * 2))))
    return [src, dst, status, BASES[b],
            "regular" if r < 0.6 else "sporadic",
            FREQUENCIES[int(r * 97) % len(FREQUENCIES)],
            POPULATIONS[p],
            "|".join(sorted({DATA[int(r * 1009) % len(DATA)], DATA[int(r * 7919) % len(DATA)]})),
            PERSONAL[int(r * 31) % len(PERSONAL)],
            obstacles,
            src if r < 0.7 else dst,
            CONFIRMATION[0 if r < 0.8 else (1 if r < 0.95 else 2)]]


def make_needs(rng, territory_ids, org_rows):
    """Rows of needs.csv: 1-3 needs per municipality (or province if there is none)."""
    places = territory_ids["municipality"] or territory_ids["province"]
    local = {}
    for row in org_rows:
        for t in row[6].split("|"):
            local.setdefault(t, row[0])
    rows = []
    for place in places:
        for need in sorted(rng.sample(SERVICES, rng.randint(1, 3))):
            rows.append([place, need, rng.randint(5, 5000), local.get(place, "")])
    return rows


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--orgs", type=int, required=True, help="number of organisations")
    ap.add_argument("--flows", type=int, required=True, help="number of distinct flows")
    ap.add_argument("--municipalities", type=int, default=50, help="leaf territories (default 50)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", required=True, help="output folder (created if missing)")
    args = ap.parse_args(argv)
    if args.orgs < 1 or args.flows < 0 or args.municipalities < 0:
        ap.error("--orgs must be >= 1, --flows and --municipalities >= 0")
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    territories, ids = make_territories(args.municipalities)
    orgs = make_organisations(rng, args.orgs, ids)
    write(os.path.join(args.out, "territories.csv"), ["id", "kind", "name", "name_fr", "name_nl",
                                                      "name_de", "part_of"], territories)
    write(os.path.join(args.out, "organisations.csv"), ORG_HEADER, orgs)
    write(os.path.join(args.out, "needs.csv"), ["territory", "need", "weight", "reported_by"],
          make_needs(rng, ids, orgs))
    write(os.path.join(args.out, "flows.csv"), FLOW_HEADER,
          flow_rows(rng, [row[0] for row in orgs], args.flows))


if __name__ == "__main__":
    main()
