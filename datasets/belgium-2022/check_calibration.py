#!/usr/bin/env python3
"""Check the bundled Belgian dataset against the published figures of the 2022 needs assessment.

Reads the CSV files next to this script (and models/taxonomy.csv), then
  1. validates the files: known codes, existing references, unique ids, no self-loops, ...;
  2. prints, for each calibrated figure, the target (published percentage x base) and the count
     achieved, and fails if any count is more than one organisation away from its target;
  3. checks that the deliberate gaps described in README.md are still there.
Exit status 0 when everything holds, 1 otherwise. Standard library only.

    python3 datasets/belgium-2022/check_calibration.py [DATASET_DIR] [TAXONOMY_CSV]
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = sys.argv[1] if len(sys.argv) > 1 else HERE
TAXONOMY = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "..", "models", "taxonomy.csv")

errors = []


def err(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(DIR, name), newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def multi(v):
    return [x for x in (v or "").split("|") if x]


# ------------------------------------------------------------------------------------ loading
tax = {}
for r in csv.DictReader(open(TAXONOMY, newline="", encoding="utf-8-sig")):
    tax.setdefault(r["facet"], set()).add(r["code"])
territories = read("territories.csv")
orgs = read("organisations.csv")
flows = read("flows.csv")
needs = read("needs.csv")


def check_codes(fname, rows, col, facet, is_multi=False, required=True):
    for i, r in enumerate(rows, start=2):
        vals = multi(r[col]) if is_multi else ([r[col]] if r[col] else [])
        if required and not vals:
            err(f"{fname}:{i}: column {col} is empty")
        for v in vals:
            if v not in tax.get(facet, ()):
                err(f"{fname}:{i}: column {col}: '{v}' is not a code of facet {facet}")


# ------------------------------------------------------------------------------- 1. validation
tid = [t["id"] for t in territories]
if len(tid) != len(set(tid)):
    err("territories.csv: duplicate ids")
T = {t["id"]: t for t in territories}
check_codes("territories.csv", territories, "kind", "territory_kind")
for i, t in enumerate(territories, start=2):
    for p in multi(t["part_of"]):
        if p not in T:
            err(f"territories.csv:{i}: part_of '{p}' is not a territory")


def ancestors(t, seen=()):
    if t in seen:
        err(f"territories.csv: cycle through {t}")
        return set()
    out = set()
    for p in multi(T[t]["part_of"]) if t in T else []:
        if p in T:
            out |= {p} | ancestors(p, seen + (t,))
    return out


ANC = {t: ancestors(t) for t in T}
LEAVES = [t for t in T if not any(t in multi(u["part_of"]) for u in territories)]

oid = [o["id"] for o in orgs]
if len(oid) != len(set(oid)):
    err("organisations.csv: duplicate ids: " + ", ".join(sorted({x for x in oid if oid.count(x) > 1})))
O = {o["id"]: o for o in orgs}
for col, facet, m, req in [("kind", "kind", False, True), ("level", "level", False, True),
                           ("languages", "language", True, True), ("domains", "domain", True, True),
                           ("publics", "public", True, False), ("services", "service", True, False),
                           ("support_role", "support_role", False, True), ("focal_point", "willingness", False, True),
                           ("obstacles", "obstacle", True, False), ("willing_to_share", "willingness", False, True),
                           ("collects_data", "willingness", False, True), ("data_public", "data_public", False, False)]:
    check_codes("organisations.csv", orgs, col, facet, m, req)
for i, o in enumerate(orgs, start=2):
    if not o["name"].strip():
        err(f"organisations.csv:{i}: empty name")
    if not multi(o["territories"]):
        err(f"organisations.csv:{i}: no territory")
    for t in multi(o["territories"]):
        if t not in T:
            err(f"organisations.csv:{i}: territory '{t}' does not exist")
    if o["collects_data"] == "no" and o["data_public"]:
        err(f"organisations.csv:{i}: data_public given for an organisation that collects no data (Q25 is skipped)")
    if o["collects_data"] == "yes" and not o["data_public"]:
        err(f"organisations.csv:{i}: data_public missing")
    if o["support_role"] == "none" and o["services"]:
        err(f"organisations.csv:{i}: services given for an organisation that offers no support (Q10 = no)")

for col, facet, m, req in [("status", "flow_status", False, True), ("basis", "flow_basis", False, True),
                           ("regularity", "regularity", False, True), ("frequency", "frequency", False, True),
                           ("population", "population", False, True), ("data", "data_category", True, True),
                           ("personal_data", "personal_data", False, True), ("obstacles", "obstacle", True, False),
                           ("confirmation", "confirmation", False, True)]:
    check_codes("flows.csv", flows, col, facet, m, req)
seen_flows = set()
for i, f in enumerate(flows, start=2):
    for end in ("from", "to"):
        if f[end] not in O:
            err(f"flows.csv:{i}: {end} '{f[end]}' is not an organisation")
    if f["from"] == f["to"]:
        err(f"flows.csv:{i}: self-loop on {f['from']}")
    if f["source"] not in (f["from"], f["to"]):
        err(f"flows.csv:{i}: source '{f['source']}' is neither end of the flow")
    key = (f["from"], f["to"], f["status"], f["basis"])
    if key in seen_flows:
        err(f"flows.csv:{i}: duplicate flow {key}")
    seen_flows.add(key)
    if f["status"] in ("desired", "blocked") and not multi(f["obstacles"]):
        err(f"flows.csv:{i}: {f['status']} flow without obstacles")
    if f["status"] == "active" and multi(f["obstacles"]):
        err(f"flows.csv:{i}: active flow with obstacles")
    if f["status"] == "active" and f["from"] in O and O[f["from"]]["collects_data"] == "no":
        err(f"flows.csv:{i}: active flow out of an organisation that collects no data")

check_codes("needs.csv", needs, "need", "service")


def covers(org_id, leaf):
    return any(t == leaf or t in ANC.get(leaf, ()) for t in multi(O[org_id]["territories"]))


for i, n in enumerate(needs, start=2):
    if n["territory"] not in T:
        err(f"needs.csv:{i}: territory '{n['territory']}' does not exist")
    elif n["territory"] not in LEAVES:
        err(f"needs.csv:{i}: territory '{n['territory']}' is not a leaf")
    if n["reported_by"] not in O:
        err(f"needs.csv:{i}: reported_by '{n['reported_by']}' is not an organisation")
    elif n["territory"] in T and not covers(n["reported_by"], n["territory"]):
        err(f"needs.csv:{i}: {n['reported_by']} does not act in {n['territory']}")
    if not n["weight"].isdigit() or int(n["weight"]) <= 0:
        err(f"needs.csv:{i}: weight '{n['weight']}' is not a positive integer")
need_keys = [(n["territory"], n["need"]) for n in needs]
if len(need_keys) != len(set(need_keys)):
    err("needs.csv: duplicate (territory, need)")
for leaf in LEAVES:
    if not any(n["territory"] == leaf for n in needs):
        err(f"needs.csv: no need for leaf territory {leaf}")

# ----------------------------------------------------------------------------- 2. calibration
Q4_OF = {"BE": "federal", "COM-VL": "flemish", "BE-VLG": "flemish", "COM-FR": "french", "COM-DE": "german",
         "BE-WLG-DE": "german"}
for t in ("BE-VAN", "BE-VLI", "BE-VOV", "BE-VBR", "BE-VWV"):
    Q4_OF[t] = "flemish"
for t in ("BE-BRU", "BE-WAL", "BE-WBR", "BE-WHT", "BE-WLG", "BE-WLG-FR", "BE-WLX", "BE-WNA"):
    Q4_OF[t] = "other"

collectors = [o for o in orgs if o["collects_data"] == "yes"]
active_out = {o["id"]: [f for f in flows if f["from"] == o["id"] and f["status"] == "active"] for o in orgs}


def q28(o):
    vol = [f for f in active_out[o["id"]] if f["basis"] == "voluntary"]
    if not vol:
        return "no"
    return "regular" if any(f["regularity"] == "regular" for f in vol) else "sporadic"


def count(rows, pred):
    return sum(1 for r in rows if pred(r))


def has(col, code):
    return lambda o: code in multi(o[col])


# (question, option, published %, base rows, predicate, confidence); base 57 unless stated
FIG = [
    ("Q3", "French", 57.89, orgs, has("languages", "fr"), "high"),
    ("Q3", "Dutch", 57.89, orgs, has("languages", "nl"), "high"),
    ("Q3", "English", 8.77, orgs, has("languages", "en"), "high"),
    ("Q3", "German", 10.53, orgs, has("languages", "de"), "medium"),
    ("Q3", "Other (Russian; Ukrainian)", 7.02, orgs, has("languages", "other"), "high"),
]
for opt, code, pct in [("Flemish Community", "flemish", 35.09), ("French Community", "french", 12.28),
                       ("German-speaking Community", "german", 8.77), ("National/federal level", "federal", 31.58),
                       ("Other (Brussels-Capital; Walloon Region; provinces)", "other", 17.54)]:
    FIG.append(("Q4", opt, pct, orgs,
                lambda o, c=code: c in {Q4_OF.get(t) for t in multi(o["territories"])}, "high"))
for opt, code, pct, conf in [("Medical services (incl. psychosocial)", "medical", 22.81, "medium"),
                             ("Justice and legal affairs", "legal", 22.81, "medium"),
                             ("Social services and social orientation", "social", 49.12, "high"),
                             ("Education (language classes etc.)", "education", 17.54, "high"),
                             ("Labour market integration", "labour", 26.32, "high"),
                             ("Financial/material support", "material", 21.05, "high"),
                             ("Other", "other", 43.86, "high")]:
    FIG.append(("Q5", opt, pct, orgs, has("domains", code), conf))
for opt, code, pct, conf in [("Newcomers", "newcomers", 70.18, "high"), ("Refugees", "refugees", 61.40, "low"),
                             ("Asylum seekers", "asylum-seekers", 52.63, "high"),
                             ("Persons displaced by the Ukrainian crisis", "displaced-ukraine", 80.70, "high"),
                             ("Undocumented people", "undocumented", 42.11, "high"),
                             ("Job seekers", "job-seekers", 35.09, "high"),
                             ("Highly vulnerable public", "vulnerable", 57.89, "high"),
                             ("Only children", "children", 7.02, "high"), ("Only women", "women", 3.51, "high"),
                             ("LGBTQI+ people", "lgbtqi", 19.30, "high"),
                             ("People with a disability", "disability", 22.81, "medium"),
                             ("Organisations/public services/individuals offering support", "support-providers",
                              45.61, "high"),
                             ("Belgian nationals", "belgian-nationals", 50.88, "high"), ("Other", "other", 19.30, "high")]:
    FIG.append(("Q7", opt, pct, orgs, has("publics", code), conf))
FIG += [
    ("Q8", "Yes (focal point or dedicated team)", 85.96, orgs, lambda o: o["focal_point"] == "yes", "high"),
    ("Q8", "No", 14.04, orgs, lambda o: o["focal_point"] == "no", "high"),
    ("Q10", "Yes (first-line; secondary or both)", 89, orgs, lambda o: o["support_role"] != "none", "high"),
    ("Q10", "No", 11, orgs, lambda o: o["support_role"] == "none", "high"),
    ("Q16", "Does not collect data (a single organisation)", 100 / 57, orgs,
     lambda o: o["collects_data"] == "no", "high"),
    ("Q25", "Yes all of my data are public", 2, collectors, lambda o: o["data_public"] == "all", "high"),
    ("Q25", "Some of my data are public", 52, collectors, lambda o: o["data_public"] == "some", "high"),
    ("Q25", "No", 46, collectors, lambda o: o["data_public"] == "no", "high"),
    ("Q27", "Yes (active mandatory outgoing flow)", 72, collectors,
     lambda o: any(f["basis"] == "mandatory" for f in active_out[o["id"]]), "high"),
    ("Q27", "No", 28, collectors, lambda o: not any(f["basis"] == "mandatory" for f in active_out[o["id"]]), "high"),
    ("Q28", "No (no active voluntary outgoing flow)", 24, collectors, lambda o: q28(o) == "no", "high"),
    ("Q28", "Yes sporadically (all voluntary outgoing flows sporadic)", 43, collectors,
     lambda o: q28(o) == "sporadic", "high"),
    ("Q28", "Yes regularly (a regular voluntary outgoing flow)", 33, collectors, lambda o: q28(o) == "regular", "high"),
    ("Q39", "Yes (willing to exchange data)", 75, orgs, lambda o: o["willing_to_share"] == "yes", "high"),
    ("Q39", "No", 25, orgs, lambda o: o["willing_to_share"] == "no", "high"),
]
for opt, code, pct in [("Duplication of existing coordination mechanisms", "duplication", 25),
                       ("Lack of a clear mission and vision", "no-mission", 46),
                       ("Lack of a clear outcome of data exchanged", "no-outcome", 37),
                       ("Lack of trust between actors", "no-trust", 33),
                       ("GDPR or data protection concerns", "gdpr", 67), ("No leadership", "no-leadership", 5),
                       ("Lack of human and financial resources", "no-resources", 46),
                       ("Lengthy data validation processes", "slow-validation", 18),
                       ("Disagreement on practices; methodology and indicators", "method-disagreement", 30),
                       ("Disagreement on analysis and recommendations", "analysis-disagreement", 25),
                       ("Other", "other", 11)]:
    FIG.append(("Q40", opt, pct, orgs, has("obstacles", code), "high"))

print(f"{'question':8} {'option':62} {'base':>4} {'pub.%':>6} {'target':>6} {'got':>4} {'got%':>6}  result")
failed = 0
for q, opt, pct, base, pred, conf in FIG:
    n = len(base)
    target = pct * n / 100
    got = count(base, pred)
    ok = abs(got - target) <= 1
    if conf == "low":
        verdict = "info (low confidence, not calibrated)"
    else:
        verdict = "ok" if ok else "FAIL"
        if not ok:
            failed += 1
    print(f"{q:8} {opt[:62]:62} {n:>4} {pct:>6.2f} {target:>6.1f} {got:>4} {100 * got / n:>6.2f}  {verdict}"
          + ("" if conf == "high" else f" [{conf}]"))
if len(orgs) != 57:
    err(f"organisations.csv: {len(orgs)} organisations, expected 57")
if failed:
    err(f"{failed} calibrated figure(s) more than one organisation off")

# --------------------------------------------------------------------------- shape of the flows
active = [f for f in flows if f["status"] == "active"]
desired = [f for f in flows if f["status"] == "desired"]
blocked = [f for f in flows if f["status"] == "blocked"]
print(f"\nflows: {len(active)} active ({count(active, lambda f: f['basis'] == 'mandatory')} mandatory, "
      f"{count(active, lambda f: f['basis'] == 'voluntary')} voluntary, "
      f"{count(active, lambda f: f['basis'] == 'on-request')} on request), {len(desired)} desired, "
      f"{len(blocked)} blocked; confirmation: "
      + ", ".join(f"{c} {count(flows, lambda f, c=c: f['confirmation'] == c)}"
                  for c in ("confirmed", "claimed", "disputed")))
if not 80 <= len(active) <= 150:
    err(f"{len(active)} active flows, expected 80-150")
if not 8 <= len(desired) <= 15 or not 8 <= len(blocked) <= 15:
    err("expected 8-15 desired and 8-15 blocked flows")
ob = {}
for f in desired + blocked:
    for o in multi(f["obstacles"]):
        ob[o] = ob.get(o, 0) + 1
print("obstacles on desired/blocked flows: " + ", ".join(f"{k} {v}" for k, v in sorted(ob.items(), key=lambda x: -x[1])))
if max(ob, key=ob.get) != "gdpr":
    err("gdpr should be the obstacle most often blocking flows")

# ----------------------------------------------------------------------------------- needs
tot = {}
for n in needs:
    tot[n["need"]] = tot.get(n["need"], 0) + int(n["weight"])
order = ["housing", "labour", "psychosocial", "health", "education", "return"]
print("needs (people, all leaves): " + ", ".join(f"{k} {tot.get(k, 0)}" for k in sorted(tot, key=lambda k: -tot[k])))
if max(tot, key=tot.get) != "housing":
    err("housing should be the most expressed need")
if [tot.get(k, 0) for k in order] != sorted([tot.get(k, 0) for k in order], reverse=True):
    err("needs should rank housing > labour > psychosocial > health > education > return")

# ---------------------------------------------------------------------------- 3. deliberate gaps
def covering(leaf, pred):
    return sorted(o["id"] for o in orgs if covers(o["id"], leaf) and pred(o))


national = lambda oid: multi(O[oid]["territories"]) == ["BE"]
gaps = []
lab = covering("BE-WLX", lambda o: "labour" in multi(o["domains"]) or "labour" in multi(o["services"]))
gaps.append(("labour in BE-WLX covered only by national-scope actors", lab and all(map(national, lab)), lab))
med = covering("BE-WLG-DE", lambda o: "medical" in multi(o["domains"])
               or {"health", "psychosocial"} & set(multi(o["services"])))
gaps.append(("medical in BE-WLG-DE covered only by national-scope actors", med and all(map(national, med)), med))
de_based = sorted(o["id"] for o in orgs if all(t in ("COM-DE", "BE-WLG-DE") for t in multi(o["territories"])))
silent = [x for x in de_based if not any(f["basis"] == "voluntary" for f in active_out[x])]
gaps.append(("actors based in the German-speaking area never share voluntarily", silent == de_based and de_based,
             de_based))
lux = sorted(o["id"] for o in orgs if multi(o["territories"]) == ["BE-WLX"])
gaps.append(("actors based in BE-WLX never share voluntarily",
             lux and all(not any(f["basis"] == "voluntary" for f in active_out[x]) for x in lux), lux))
for leaf, need in [("BE-WLX", "mobility"), ("BE-WLG-DE", "mobility"), ("BE-WLG-DE", "childcare"),
                   ("BE-WHT", "childcare")]:
    offer = covering(leaf, lambda o, s=need: s in multi(o["services"]))
    expressed = (leaf, need) in set(need_keys)
    gaps.append((f"need {need} in {leaf} expressed and unmatched", expressed and not offer, offer))
print("\ndeliberate gaps:")
for text, holds, who in gaps:
    print(f"  {'ok  ' if holds else 'GONE'} {text}" + (f"  ({', '.join(who)})" if who else ""))
    if not holds:
        err(f"deliberate gap no longer holds: {text}")

# ------------------------------------------------------------------------------ 4. survey responses
# responses.csv: summarised by the independent implementation in tests/survey/reference_summary.py,
# compared with every figure of the reference table (tests/fixtures/survey), and checked against
# organisations.csv and flows.csv.
ROOT = os.path.join(HERE, "..", "..")
sys.path.insert(0, os.path.join(ROOT, "tests", "survey"))
import reference_summary as rs  # noqa: E402

FIX = os.path.join(ROOT, "tests", "fixtures", "survey")
questions, order, ptypes = rs.load_questionnaire(os.path.join(ROOT, "models", "questionnaires",
                                                              "be-needs-assessment-2022.csv"))
answers = rs.load_responses(os.path.join(DIR, "responses.csv"), questions)
summ = {(q, sc, o): (n, b) for q, sc, o, n, b in rs.summary(questions, order, ptypes, answers)}
pub = {(r["question"], r["scope"], r["option"]): r for r in csv.DictReader(open(os.path.join(
    FIX, "needs-assessment-2022-figures.csv"), newline="", encoding="utf-8"))}
print(f"\nsurvey ({len(answers)} responses): {'question':8} {'option':44} {'base':>4} {'pub.%':>6} {'target':>6} "
      f"{'got':>4}  result")
sfailed = 0
for m in csv.DictReader(open(os.path.join(FIX, "reference_options.csv"), newline="", encoding="utf-8")):
    r = pub[(m["question"], m["scope"], m["option"])]
    codes = m["summary_options"]
    if not codes:
        continue
    pbase = int(r["base"])
    if codes == "*respondents":
        got, base = len(answers), pbase
    elif codes.startswith("*top:"):
        opts = {o: n for (q, sc, o), (n, b) in summ.items() if q == m["question"]}
        ok = max(opts, key=opts.get) == codes[5:]
        print(f"{'':28}{m['question']:8} {m['option'][:44]:44} most frequent: {max(opts, key=opts.get)}  "
              f"{'ok' if ok else 'FAIL'}")
        sfailed += not ok
        continue
    else:
        got = sum(summ[(m["question"], m["summary_scope"], c)][0] for c in codes.split("+"))
        base = summ[(m["question"], m["summary_scope"], codes.split("+")[0])][1]
    target = float(r["percent"]) * pbase / 100
    ok = abs(got - target) <= 1 and base == int(m["summary_base"] or pbase)  # summary_base: a documented exception
    if r["confidence"] == "high" and not ok:
        sfailed += 1
    print(f"{'':28}{m['question'] + ' ' + m['scope'][:3]:8} {m['option'][:44]:44} {base:>4} {float(r['percent']):>6.2f} "
          f"{target:>6.1f} {got:>4}  {'ok' if ok else 'FAIL' if r['confidence'] == 'high' else 'off'}"
          + ("" if r["confidence"] == "high" else f" [{r['confidence']}]"))
if sfailed:
    err(f"{sfailed} high-confidence survey figure(s) not reproduced by responses.csv within one respondent")


def fold(t):
    import unicodedata
    t = unicodedata.normalize("NFKD", t.lower())
    return " ".join("".join(c if c.isalnum() else " " for c in t if not unicodedata.combining(c)).split())


raw = list(csv.DictReader(open(os.path.join(DIR, "responses.csv"), newline="", encoding="utf-8-sig")))
NAMES = {}
for o in orgs:
    for t in [o["name"]] + multi(o["aliases"]):
        NAMES[fold(t)] = o["id"]
Q4_AREA = {"flemish": "COM-VL", "french": "COM-FR", "german": "COM-DE", "federal": "BE"}
TNAME = {fold(t[k]): t["id"] for t in territories for k in ("name", "name_fr", "name_nl", "name_de")}
derived_flows = set()
for row in raw:
    o = O.get(row["org"])
    if not o:
        err(f"responses.csv: org '{row['org']}' is not in organisations.csv")
        continue
    terr = row["territories"] or "|".join([Q4_AREA[g] for g in multi(row["Q4"]) if g in Q4_AREA] +
                                          [TNAME[fold(x)] for x in row["Q4_other"].split(";") if x.strip()])
    got = dict(name=row["Q1"], aliases=row["aliases"], kind=row["kind"], level=row["level"], languages=row["Q3"],
               territories=terr, domains=row["Q5"], publics=row["Q7"], services=row["Q11"],
               support_role=row["Q10"], focal_point=row["Q8"], obstacles=row["Q40"], willing_to_share=row["Q39"],
               collects_data="no" if row["Q16"] == "none" else "yes", data_public=row["Q25:all"])
    for col, value in got.items():
        if set(multi(value)) != set(multi(o[col])):
            err(f"responses.csv: {o['id']}: {col} from the answers is '{value}', organisations.csv has '{o[col]}'")
    for q, basis, reg in (("Q27", "mandatory", None), ("Q29", "voluntary", "Q28")):
        for scope in ("all", "ukraine"):
            if reg and row[f"{reg}:{scope}"] == "no":
                continue
            text = row.get(f"{q}:{scope}_yes" if q == "Q27" else f"{q}:{scope}", "")
            for item in [x.strip() for x in text.split(";") if x.strip()]:
                if fold(item) not in NAMES:
                    err(f"responses.csv: {o['id']}: partner '{item}' ({q} {scope}) matches no organisation")
                    continue
                derived_flows.add((o["id"], NAMES[fold(item)], basis, scope))
pops = {}
for frm, to, basis, scope in derived_flows:
    pops.setdefault((frm, to, basis), set()).add(scope)
derived = {(k[0], k[1], k[2], "both" if len(v) > 1 else v.pop()) for k, v in pops.items()}
reported = {(f["from"], f["to"], f["basis"], f["population"]) for f in flows if f["status"] == "active"
            and f["basis"] in ("mandatory", "voluntary") and f["source"] == f["from"]}
for x in sorted(derived - reported):
    err(f"responses.csv: Q27-Q29 give the flow {x}, which flows.csv does not have")
for x in sorted(reported - derived):
    err(f"responses.csv: flows.csv has {x}, which Q27-Q29 of its source do not name")
print(f"survey: {len(raw)} responses agree with organisations.csv; Q27-Q29 give {len(derived)} flows, "
      f"all in flows.csv, and name every active mandatory/voluntary flow reported by its sender"
      if not any(e.startswith("responses.csv") for e in errors) else "survey: responses disagree with the map")

# ------------------------------------------------------------------------------------ result
if errors:
    print(f"\n{len(errors)} problem(s):", file=sys.stderr)
    for e in errors:
        print("  " + e, file=sys.stderr)
    sys.exit(1)
print("\nall checks passed")
