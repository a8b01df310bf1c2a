"""Synthetic survey responses for the bundled dataset (responses.csv), called by generate.py.

Each of the 57 organisations answers the 57 questions of the questionnaire
models/questionnaires/be-needs-assessment-2022.csv. The answers are SYNTHETIC and:
  * agree with organisations.csv and flows.csv: importing responses.csv (after territories.csv)
    into an empty map gives the same organisations (name, languages, territories, domains,
    publics, services, support role, focal point, obstacles, willingness, collects_data,
    data_public), and Q27-Q29 name exactly the partners of the active mandatory and voluntary
    flows each organisation reports (a partner in both answer columns = population `both`);
  * reproduce every high-confidence figure of the report's Annex II within one respondent;
    questions with no published figure get plausible answers.
Layout: one column per question (Likert: one column per row), codes joined by '|', two-column
questions as Qn:all / Qn:ukraine, "please specify" texts in Qn_<option> columns.
"""
import random

# Q4 answer for a territory (same mapping as check_calibration.py)
Q4_OF = {"BE": "federal", "COM-VL": "flemish", "BE-VLG": "flemish", "COM-FR": "french", "COM-DE": "german",
         "BE-WLG-DE": "german"}
for _t in ("BE-VAN", "BE-VLI", "BE-VOV", "BE-VBR", "BE-VWV"):
    Q4_OF[_t] = "flemish"
for _t in ("BE-BRU", "BE-WAL", "BE-WBR", "BE-WHT", "BE-WLG", "BE-WLG-FR", "BE-WLX", "BE-WNA"):
    Q4_OF[_t] = "other"
Q4_FEEDS = {"flemish": "COM-VL", "french": "COM-FR", "german": "COM-DE", "federal": "BE"}
Q4_ORDER = ["flemish", "french", "german", "federal", "other"]

# Q38: (reason, counts of very-important, important, not-important, not-important-at-all) over 57
Q38 = [("monitor", 23, 33, 1, 0), ("policy", 27, 27, 3, 0), ("short-term-effect", 19, 30, 8, 0),
       ("advocacy", 19, 26, 12, 0), ("vulnerable-groups", 32, 20, 5, 0), ("referral", 27, 22, 8, 0),
       ("know-stakeholders", 23, 32, 2, 0), ("news", 16, 33, 7, 1), ("access-data", 13, 31, 12, 1),
       ("best-practices", 16, 29, 10, 2), ("synergies", 19, 26, 12, 0), ("visibility", 10, 27, 19, 1),
       ("harmonise", 27, 21, 8, 1)]
LEVELS = ["very-important", "important", "not-important", "not-important-at-all"]
# single-choice questions asked to all 57: (question, [(code, count)])
SCALES = [
    ("Q34:all", [("very-relevant", 28), ("relevant", 21), ("not-relevant", 1), ("no-opinion", 7)]),
    ("Q34:ukraine", [("very-relevant", 28), ("relevant", 18), ("not-relevant", 5), ("no-opinion", 6)]),
    ("Q36:all", [("very-satisfied", 2), ("satisfied", 16), ("dissatisfied", 10), ("very-dissatisfied", 2),
                 ("no-opinion", 27)]),
    ("Q36:ukraine", [("very-satisfied", 3), ("satisfied", 14), ("dissatisfied", 11), ("very-dissatisfied", 3),
                     ("no-opinion", 26)]),
    ("Q42", [("unfavourable", 4), ("favourable", 15), ("very-favourable", 38)]),
    ("Q44", [("definitely-no", 1), ("no", 19), ("definitely-yes", 9), ("yes", 28)]),
    ("Q46", [("disagree", 7), ("strongly-agree", 19), ("agree", 31)]),
    ("Q48", [("disagree", 7), ("strongly-agree", 18), ("agree", 32)]),
    ("Q50", [("no", 16), ("yes", 41)]),
    ("Q52", [("strongly-disagree", 6), ("disagree", 21), ("agree", 30)]),
    ("Q54", [("yes", 12), ("no", 45)]),
    ("Q56", [("no", 22), ("yes", 35)]),
    ("Q14", [("never-requested", 11), ("cannot-distinguish", 5), ("strongly-agree", 7), ("disagree", 4),
             ("agree", 30)]),
]
# negative answers go first to organisations unwilling to share (Q39 = no)
NEGATIVE = {"unfavourable", "no", "definitely-no", "disagree", "strongly-disagree", "dissatisfied",
            "very-dissatisfied", "not-relevant"}

TEXTS = {
    "Q2": ["Statistics unit", "Ukraine task force", "Reception department", "Social service", "Research unit",
           "Integration department", "Data and monitoring cell", "Direction générale Action sociale",
           "Dienst Welzijn", "Service juridique"],
    "Q6": ["Individual follow-up and referral", "Information sessions and helpdesk",
           "Financial support and housing search", "Policy coordination and funding of local actors",
           "Legal advice, \"first-line\" guidance", "Language courses; civic orientation",
           "Cours de langue et accompagnement social", "Begeleiding naar werk en opleiding"],
    "Q30": ["Number of persons registered; age; sex; municipality", "Housing offers, host families",
            "Participants in integration courses", "Requests for social integration income",
            "Arrivals in emergency shelters", "Job seekers registered; trainings followed"],
    "Q35": ["Better address beneficiaries' needs", "Monitoring of beneficiaries' situation",
            "Informing policy makers", "Exchange of information / good practices", "Requires too much resources",
            "Anticipate our work", "Obligation"],
    "Q37": ["Good communication with the federal level", "No clear coordination / common goal",
            "Lack of data, difficult access", "GDPR", "No harmonised collection tool", "Access to data and updates",
            "Not aware of the current data coordination"],
    "Q41": ["Clear objectives and procedures for data management", "Data protection agreements in advance",
            "Cannot answer this question", "Dedicated funding for coordination",
            "Des accords clairs sur la protection des données", "Duidelijke afspraken over wie wat doet"],
    "Q43": ["Not enough information on the mechanism yet", "Our data are confidential",
            "Decision to be taken at another level"],
    "Q45": ["Lack of resources", "GDPR makes it difficult", "Decision at other level", "No data to share",
            "Not relevant for our department"],
    "Q47": ["Better overview", "Facilitate work", "Need for data in real time", "Other solutions possible",
            "Authorisation issues regarding data", "Need for security"],
    "Q49": ["Enhance collaboration", "Knowing about other actors", "Build trust", "Too much work",
            "Too many consultations already"],
    "Q51": ["Not relevant for my organisation/department", "Lack of resources"],
    "Q53": ["Other levels needed (local actors)", "Not only data", "Coordination is important",
            "Think it's enough", "Seeing how it works in practice"],
    "Q55": ["Monthly meeting of the cities' Ukraine coordinators", "EU migration network",
            "Regional task force on reception", "Platform of the NGO network"],
    "Q57": ["Participation depends on the final design", "Needs internal discussion first",
            "Questions were too abstract to answer in depth", "Thank you, looking forward to the consultations",
            "Merci pour l'initiative", "Graag verder betrokken"],
}


class Survey:
    def __init__(self, orgs, flows, territories, seed):
        self.orgs = orgs
        self.by_id = {o["id"]: o for o in orgs}
        self.flows = flows
        self.terr = {t[0]: t for t in territories}
        self.rng = random.Random(seed)
        self.ans = {o["id"]: {} for o in orgs}

    def pick(self, n, pool, weight=lambda oid: 1.0, forced=()):
        """`n` ids of `pool`: every forced id, the rest by weighted sampling without replacement."""
        chosen = [x for x in forced if x in pool]
        rest = [(self.rng.random() ** (1.0 / weight(x)), x) for x in pool if x not in chosen and weight(x) > 0]
        chosen += [x for _, x in sorted(rest, reverse=True)[: n - len(chosen)]]
        assert len(chosen) == n, (n, len(chosen))
        return chosen

    def set(self, oid, col, value):
        self.ans[oid][col] = value

    def counts(self, col, pool, codes, weight=None):
        """Gives exactly `count` of `pool` each code of `codes` [(code, count)], in that order."""
        left = list(pool)
        assert sum(n for _, n in codes) == len(left), (col, len(left))
        for code, n in codes:
            w = (lambda oid, c=code: weight(oid, c)) if weight else (lambda oid: 1.0)
            for oid in self.pick(n, left, w):
                self.set(oid, col, code)
                left.remove(oid)

    def text(self, q, oid, i=0):
        options = TEXTS[q]
        return options[(sorted(self.by_id).index(oid) + i) % len(options)]


def multi(v):
    return [x for x in (v or "").split("|") if x]


def section_one(s):
    for i, o in enumerate(s.orgs):
        oid, a = o["id"], s.ans[o["id"]]
        lang = "nl" if "nl" in multi(o["languages"]) else "fr"
        a.update(respondent="r%02d" % (i + 1), language=lang, org=oid, aliases=o["aliases"], kind=o["kind"],
                 level=o["level"], Q1=o["name"], Q3=o["languages"], Q5=o["domains"], Q7=o["publics"],
                 Q8=o["focal_point"], Q10=o["support_role"])
        if i % 4 != 3:
            a["Q2"] = s.text("Q2", oid)
        if "other" in multi(o["languages"]):
            a["Q3_other"] = "Russian, Ukrainian" if i % 2 else "Ukrainian"
        groups = {Q4_OF[t] for t in multi(o["territories"])}
        a["Q4"] = "|".join(g for g in Q4_ORDER if g in groups)
        others = [t for t in multi(o["territories"]) if Q4_OF[t] == "other"]
        if others:
            col = 3 if lang == "fr" else 4  # name_fr / name_nl
            a["Q4_other"] = "; ".join(s.terr[t][col] for t in others)
        derived = [Q4_FEEDS[g] for g in Q4_ORDER if g in groups and g != "other"] + others
        if set(derived) != set(multi(o["territories"])):
            a["territories"] = o["territories"]  # finer than the answer: prefilled like a contact-list attribute
        if "other" in multi(o["domains"]):
            a["Q5_other"] = ("Research and statistics" if o["kind"] == "university" or "stat" in oid
                             else "Protection of very vulnerable groups" if "vulnerable" in multi(o["publics"])
                             else "Public sector (general)")
        a["Q6"] = s.text("Q6", oid)
        if "other" in multi(o["publics"]):
            a["Q7_other"] = "Municipalities and public services" if i % 2 else "Researchers and policy makers"
        if o["support_role"] != "none":
            a["Q11"] = o["services"]
    focal = [o["id"] for o in s.orgs if o["focal_point"] == "yes"]
    tasks = {t: s.pick(n, focal) for t, n in [("internal-coordination", 34), ("user-support", 15),
                                              ("colleague-support", 8), ("centralise-data", 29), ("other", 12)]}
    no_task = [x for x in focal if not any(x in v for v in tasks.values())]
    tasks["external-coordination"] = s.pick(29, focal, forced=no_task)
    order = ["internal-coordination", "user-support", "colleague-support", "centralise-data",
             "external-coordination", "other"]
    for oid in focal:
        s.set(oid, "Q9", "|".join(t for t in order if oid in tasks[t]))
        if oid in tasks["other"]:
            s.set(oid, "Q9_other", "Reporting to the crisis cell")
    support = [o["id"] for o in s.orgs if o["support_role"] != "none"]
    nosupport = [o["id"] for o in s.orgs if o["support_role"] == "none"]
    s.counts("Q12", support, [("strongly-disagree", 2), ("disagree", 10), ("strongly-agree", 6), ("dont-know", 13),
                              ("agree", 20)])
    s.counts("Q13", nosupport, [("agree", 3), ("dont-know", 3)])
    # Q15 (optional, coded): housing most expressed, then labour, psychosocial, health, education, return
    pool = [o["id"] for o in s.orgs if o["support_role"] != "none" or o["kind"] == "umbrella-network"][:44]
    needs = {}
    for need, n in [("housing", 30), ("labour", 24), ("psychosocial", 20), ("health", 16), ("education", 12),
                    ("return", 8), ("language", 7), ("financial", 6), ("childcare", 4), ("mobility", 3),
                    ("integration", 3), ("cultural-orientation", 2), ("guardianship", 2), ("other", 1)]:
        for oid in s.pick(n, pool):
            needs.setdefault(oid, []).append(need)
    for oid, v in needs.items():
        s.set(oid, "Q15", "|".join(v))
        if "other" in v:
            s.set(oid, "Q15_other", "Pet shelter")


ADMIN = {"federal-service", "federal-agency", "regional-administration", "community-administration",
         "provincial-administration"}


def out_flows(s, oid, basis, pops):
    return [f for f in s.flows if f["frm"] == oid and f["status"] == "active" and f["basis"] == basis
            and f["source"] == oid and f["population"] in pops]


def sharing(s, oid, pops):
    vol = out_flows(s, oid, "voluntary", pops)
    if not vol:
        return "no"
    return "regular" if any(f["regularity"] == "regular" for f in vol) else "sporadic"


class Namer:
    """Writes partner names as respondents do: mostly the name, sometimes an alias or in lower case."""

    def __init__(self, s):
        self.s, self.k = s, 0

    def __call__(self, oid):
        o, self.k = self.s.by_id[oid], self.k + 1
        if self.k % 5 == 0:
            return multi(o["aliases"])[0] if o["aliases"] else o["name"]
        return o["name"].lower() if self.k % 7 == 0 else o["name"]


def why_not(s, oid, k):
    o = s.by_id[oid]
    if any(f["frm"] == oid and f["basis"] == "on-request" for f in s.flows):
        return "on-request"
    if "gdpr" in multi(o["obstacles"]):
        return "gdpr"
    return "silo" if k % 2 else "No request received so far"


def section_two(s):
    collectors = [o["id"] for o in s.orgs if o["collects_data"] == "yes"]
    for o in s.orgs:
        if o["collects_data"] == "no":
            s.set(o["id"], "Q16", "none")
    activities = set(s.pick(49, collectors))
    secondary = set(s.pick(32, collectors, lambda x: 2.0 if s.by_id[x]["kind"] in ADMIN | {"umbrella-network", "university"}
                           else 1.0))
    for oid in collectors:
        s.set(oid, "Q16", "|".join(c for c, on in [("activities", oid in activities), ("beneficiaries", True),
                                                   ("secondary", oid in secondary)] if on))
    # Q17: every organisation reporting flows about persons displaced from Ukraine, and 4 more
    uk = sorted({f["frm"] for f in s.flows if f["status"] == "active" and f["basis"] != "on-request"
                 and f["source"] == f["frm"] and f["population"] in ("ukraine", "both")})
    uk += s.pick(4, [x for x in collectors if x not in uk],
                 lambda x: 4.0 if "displaced-ukraine" in multi(s.by_id[x]["publics"]) else 0.5)
    for oid in collectors:
        s.set(oid, "Q17", "yes" if oid in uk else "no")
    cats = {c: set(s.pick(n, uk)) for c, n in [("temporary-protection", 34), ("international-protection", 18),
                                                ("schengen-visa", 12), ("biometric-passport", 15), ("visa-d", 14),
                                                ("tcn", 21), ("other", 10)]}
    cats["ukrainian-nationals"] = set(s.pick(27, uk, forced=[x for x in uk if not any(x in v for v in cats.values())]))
    order = ["temporary-protection", "international-protection", "schengen-visa", "biometric-passport", "visa-d",
             "ukrainian-nationals", "tcn", "other"]
    for oid in uk:
        s.set(oid, "Q18", "|".join(c for c in order if oid in cats[c]))
        if oid in cats["other"]:
            s.set(oid, "Q18_other", "Persons in emergency shelters")
    for scope, pool in (("all", collectors), ("ukraine", uk)):
        columns(s, scope, pool)
    namer = Namer(s)
    for k, oid in enumerate(collectors):
        for scope, pops in (("all", ("all", "both")), ("ukraine", ("ukraine", "both"))):
            if scope == "ukraine" and oid not in uk:
                continue
            every = ("all", "ukraine", "both") if scope == "all" else pops  # the all column covers every flow
            mandatory = out_flows(s, oid, "mandatory", pops)
            s.set(oid, f"Q27:{scope}", "yes" if out_flows(s, oid, "mandatory", every) else "no")
            if mandatory:
                s.set(oid, f"Q27:{scope}_yes", "; ".join(namer(f["to"]) for f in mandatory))
            s.set(oid, f"Q28:{scope}", sharing(s, oid, every))
            voluntary = out_flows(s, oid, "voluntary", pops)
            if voluntary:
                s.set(oid, f"Q29:{scope}", "; ".join(namer(f["to"]) for f in voluntary))
            elif sharing(s, oid, every) == "no":
                s.set(oid, f"Q29:{scope}", why_not(s, oid, k))
    for oid in uk:
        s.set(oid, "Q30", s.text("Q30", oid))
    for oid in s.pick(5, collectors):
        s.set(oid, "Q31", "indicators_%s.xlsx" % oid)
    validated = s.pick(29, collectors, lambda x: 2.0 if s.by_id[x]["kind"] in ADMIN else 1.0)
    for oid in collectors:
        s.set(oid, "Q32", "yes" if oid in validated else "no")
    s.counts("Q33", validated, [("one-month", 1), ("over-a-month", 1), ("one-week", 3), ("few-weeks", 4),
                                ("few-days", 6), ("other", 14)])
    for oid in validated:
        if s.ans[oid]["Q33"] == "other":
            s.set(oid, "Q33_other", "Depends on the indicator")


def columns(s, scope, pool):
    """Q19-Q26 in one answer column for the organisations `pool` it applies to."""
    c = lambda q: f"{q}:{scope}"
    n = len(pool)
    answered = s.pick(n - (7 if scope == "all" else 2), pool)
    s.counts(c("Q19"), answered, [("qualitative", 4 if scope == "all" else 3), ("quantitative", 14 if scope == "all" else 9),
                                  ("combination", 31 if scope == "all" else 24)])
    methods = {"Q20": [("survey", .2 if scope == "all" else .4), ("focus-groups", .15), ("interviews", .45),
                       ("document-review", .35), ("observation", .3), ("secondary-data", .45), ("other", .1)],
               "Q21": [("survey", .2 if scope == "all" else .35), ("interviews", .3), ("document-review", .4),
                       ("observation", .2), ("experiment", .03), ("secondary-data", .4), ("other", .2)]}
    for oid in pool:  # those who skipped Q19 still answered Q20 and Q21
        kind = s.ans[oid].get(c("Q19"))
        for q, skip in (("Q20", "quantitative"), ("Q21", "qualitative")):
            if kind == skip:
                s.set(oid, c(q), "na")
                continue
            got = [m for m, p in methods[q] if s.rng.random() < p] or ["secondary-data"]
            s.set(oid, c(q), "|".join(got))
            if "other" in got:
                s.set(oid, c(q) + "_other", "Automated electronic collection")
    disaggregate = s.pick(45 if scope == "all" else 30, pool)
    sub = [("sex", .73), ("gender-identity", .11), ("nationality", .69), ("age", .69), ("region", .44),
           ("address", .42 if scope == "all" else .2), ("income", .2), ("vulnerability", .33), ("disability", .32),
           ("education", .24), ("occupation", .26), ("marital-status", .33 if scope == "all" else .16),
           ("residence-permit", .4 if scope == "all" else .29), ("other", .22)]
    for oid in pool:
        s.set(oid, c("Q22"), "yes" if oid in disaggregate else "no")
        if oid not in disaggregate:
            continue
        got = [x for x, p in sub if s.rng.random() < p] or ["sex"]
        s.set(oid, c("Q23"), "|".join(got))
        if "vulnerability" in got:
            s.set(oid, c("Q23") + "_vulnerability", "Victims of trafficking; unaccompanied minors")
        if "other" in got:
            s.set(oid, c("Q23") + "_other", "Household composition")
    freq = ([("annual", 1), ("monthly", 3), ("weekly", 5), ("quarterly", 10), ("other", 11), ("daily", 26)]
            if scope == "all" else [("annual", 1), ("quarterly", 1), ("monthly", 6), ("weekly", 6), ("other", 8),
                                    ("daily", 16)])
    s.counts(c("Q24"), pool, freq)
    others = ["Every two weeks", "Continuously (automated)", "Ad hoc, on request"]
    for k, oid in enumerate(x for x in pool if s.ans[x][c("Q24")] == "other"):
        s.set(oid, c("Q24") + "_other", others[k % 3])
    if scope == "all":
        for oid in pool:
            s.set(oid, c("Q25"), s.by_id[oid]["data_public"])
        public = [x for x in pool if s.by_id[x]["data_public"] != "no"]
        s.counts(c("Q26"), public, [("daily", 1), ("weekly", 2), ("other", 2), ("monthly", 4), ("quarterly", 5),
                                    ("annual", 16)])
        for oid in pool:
            if s.by_id[oid]["data_public"] == "no":
                s.set(oid, c("Q26"), "not-applicable")
    else:
        some = s.pick(16, pool, lambda x: {"all": 4.0, "some": 4.0, "no": 0.05}[s.by_id[x]["data_public"]])
        for oid in pool:
            s.set(oid, c("Q25"), "some" if oid in some else "no")
        s.counts(c("Q26"), some, [("daily", 1), ("weekly", 3), ("quarterly", 3), ("monthly", 4), ("annual", 5)])
        s.counts(c("Q26"), [x for x in pool if x not in some], [("other", 4), ("not-applicable", 18)])
    for oid in pool:
        if s.ans[oid][c("Q26")] == "other":
            s.set(oid, c("Q26") + "_other", "When a report is published" if scope == "all" else "No publication planned yet")


def section_three_four(s):
    everyone = [o["id"] for o in s.orgs]
    unwilling = {o["id"] for o in s.orgs if o["willing_to_share"] == "no"}
    for col, codes in SCALES:
        s.counts(col, everyone, codes, lambda oid, c: (6.0 if oid in unwilling else 1.0) if c in NEGATIVE else 1.0)
    for reason, *n in Q38:
        s.counts(f"Q38/{reason}", everyone, [(lvl, k) for lvl, k in reversed(list(zip(LEVELS, n))) if k])
    for oid in s.pick(3, everyone):
        s.set(oid, "Q38/other", "very-important")
        s.set(oid, "Q38_other", "Plan reception capacity together")
    for o in s.orgs:
        s.set(o["id"], "Q39", o["willing_to_share"])
        s.set(o["id"], "Q40", o["obstacles"])
        if "other" in multi(o["obstacles"]):
            s.set(o["id"], "Q40_other", "Political sensitivity of the data" if len(o["id"]) % 2 else
                  "No interoperable IT systems")
    asked = lambda q, codes: [x for x in everyone if s.ans[x][q] in codes]
    opens = [("Q35:all", everyone, None, "Q35"), ("Q35:ukraine", everyone, None, "Q35"),
             ("Q37:all", everyone, None, "Q37"), ("Q37:ukraine", everyone, None, "Q37"), ("Q41", everyone, None, "Q41"),
             ("Q43", asked("Q42", ("unfavourable", "very-unfavourable")), None, "Q43"),
             ("Q45", asked("Q44", ("no", "definitely-no")), None, "Q45"), ("Q47", everyone, 25, "Q47"),
             ("Q49", everyone, 18, "Q49"), ("Q51", asked("Q50", ("no",)), None, "Q51"), ("Q53", everyone, 22, "Q53"),
             ("Q55", asked("Q54", ("yes",)), None, "Q55"), ("Q57", everyone, 27, "Q57")]
    for col, pool, n, texts in opens:
        for k, oid in enumerate(s.pick(len(pool) if n is None else n, pool)):
            s.set(oid, col, s.text(texts, oid, k))


def header():
    cols = ["respondent", "language", "org", "aliases", "kind", "level", "territories", "Q1", "Q2", "Q3", "Q3_other",
            "Q4", "Q4_other", "Q5", "Q5_other", "Q6", "Q7", "Q7_other", "Q8", "Q9", "Q9_other", "Q10", "Q11", "Q12",
            "Q13", "Q14", "Q15", "Q15_other", "Q16", "Q17", "Q18", "Q18_other"]
    for q, texts in [("Q19", []), ("Q20", ["other"]), ("Q21", ["other"]), ("Q22", []),
                     ("Q23", ["vulnerability", "other"]), ("Q24", ["other"]), ("Q25", []), ("Q26", ["other"]),
                     ("Q27", ["yes"]), ("Q28", []), ("Q29", [])]:
        for scope in ("all", "ukraine"):
            cols += [f"{q}:{scope}"] + [f"{q}:{scope}_{t}" for t in texts]
    cols += ["Q30", "Q31", "Q32", "Q33", "Q33_other"]
    for q in ("Q34", "Q35", "Q36", "Q37"):
        cols += [f"{q}:all", f"{q}:ukraine"]
    cols += [f"Q38/{r}" for r, *_ in Q38] + ["Q38/other", "Q38_other", "Q39", "Q40", "Q40_other"]
    cols += [f"Q{i}" for i in range(41, 58)]
    return cols


def responses(orgs, flows, territories, seed):
    """Header and rows of responses.csv."""
    s = Survey(orgs, flows, territories, seed)
    section_one(s)
    section_two(s)
    section_three_four(s)
    cols = header()
    for o in orgs:
        unknown = set(s.ans[o["id"]]) - set(cols)
        assert not unknown, unknown
    return cols, [[s.ans[o["id"]].get(c, "") for c in cols] for o in orgs]
