#!/usr/bin/env python3
"""Benchmark input for the survey pipeline: a map of N organisations and N survey responses.

Writes OUT/organisations.csv (N organisations, all at national level) and OUT/responses.csv (one
response per organisation to the built-in questionnaire, canonical layout), with answers that
follow the skip logic, and Q27/Q29 naming 1-4 partners each: 90% by their exact name, 5% with a
typo (found by the edit-distance step), 5% unknown (reported as unmatched). Deterministic.

    /usr/bin/python3 bench/survey/generate_responses.py N OUT
"""
import csv
import os
import random
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
OUT = sys.argv[2] if len(sys.argv) > 2 else "/tmp/stakemap-bench-survey"
rng = random.Random(7)
WORDS = ["regional", "federal", "social", "welfare", "integration", "reception", "housing", "employment",
         "agency", "centre", "service", "network", "office", "council", "support", "refugee", "youth", "health"]


def name(i):
    r = random.Random(i)
    return " ".join(r.choice(WORDS) for _ in range(3)).capitalize() + f" {i:06d}"


def some(options, k_max):
    return "|".join(sorted(rng.sample(options, rng.randint(1, k_max))))


def partners(i):
    items = []
    for _ in range(rng.randint(1, 4)):
        j = rng.randrange(N)
        if j == i:
            continue
        roll = rng.random()
        n = name(j)
        items.append(n if roll < 0.90 else n[:5] + n[6:] if roll < 0.95 else f"Unknown body {rng.randrange(10**6)}")
    return "; ".join(items)


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "kind", "level", "territories"])
        for i in range(N):
            w.writerow([f"b{i:06d}", name(i), "ngo", "federal", "BE"])
    scales = {"Q42": ["very-favourable", "favourable", "unfavourable"], "Q44": ["definitely-yes", "yes", "no"],
              "Q46": ["strongly-agree", "agree", "disagree"], "Q48": ["strongly-agree", "agree", "disagree"],
              "Q50": ["yes", "no"], "Q52": ["agree", "disagree"], "Q54": ["yes", "no"], "Q56": ["yes", "no"]}
    reasons = ["monitor", "policy", "short-term-effect", "advocacy", "vulnerable-groups", "referral",
               "know-stakeholders", "news", "access-data", "best-practices", "synergies", "visibility", "harmonise"]
    levels = ["very-important", "important", "not-important", "not-important-at-all"]
    cols = (["org", "Q1", "Q3", "Q4", "Q5", "Q7", "Q8", "Q9", "Q10", "Q11", "Q12", "Q13", "Q16", "Q17", "Q18"]
            + [f"{q}:{s}" for q in ("Q19", "Q22", "Q25", "Q27", "Q28", "Q29") for s in ("all", "ukraine")]
            + ["Q27:all_yes", "Q27:ukraine_yes"] + [f"Q38/{r}" for r in reasons] + ["Q39", "Q40"] + list(scales) + ["Q57"])
    with open(os.path.join(OUT, "responses.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, cols, lineterminator="\n")
        w.writeheader()
        for i in range(N):
            a = {"org": f"b{i:06d}", "Q1": name(i), "Q3": some(["fr", "nl", "en", "de"], 2), "Q4": "federal",
                 "Q5": some(["medical", "legal", "social", "education", "labour", "material"], 3),
                 "Q7": some(["newcomers", "refugees", "asylum-seekers", "displaced-ukraine"], 3),
                 "Q8": rng.choice(["yes", "no"]), "Q10": rng.choice(["first-line", "secondary", "both", "none"]),
                 "Q16": rng.choice(["beneficiaries", "activities|beneficiaries", "none"]),
                 "Q39": rng.choice(["yes", "no"]), "Q40": some(["gdpr", "no-trust", "no-resources"], 2),
                 "Q57": rng.choice(["", "Thanks"])}
            if a["Q8"] == "yes":
                a["Q9"] = some(["internal-coordination", "centralise-data"], 2)
            if a["Q10"] == "none":
                a["Q13"] = "dont-know"
            else:
                a["Q11"], a["Q12"] = some(["housing", "information", "legal"], 2), "agree"
            if a["Q16"] != "none":
                a["Q17"] = rng.choice(["yes", "no"])
                for s in ("all", "ukraine") if a["Q17"] == "yes" else ("all",):
                    a[f"Q19:{s}"], a[f"Q22:{s}"], a[f"Q25:{s}"] = "combination", "yes", rng.choice(["some", "no"])
                    a[f"Q27:{s}"] = rng.choice(["yes", "no"])
                    if a[f"Q27:{s}"] == "yes":
                        a[f"Q27:{s}_yes"] = partners(i)
                    a[f"Q28:{s}"] = rng.choice(["regular", "sporadic", "no"])
                    a[f"Q29:{s}"] = partners(i) if a[f"Q28:{s}"] != "no" else "gdpr"
                if a["Q17"] == "yes":
                    a["Q18"] = "temporary-protection"
            for r in reasons:
                a[f"Q38/{r}"] = rng.choice(levels)
            for q, opts in scales.items():
                a[q] = rng.choice(opts)
            w.writerow(a)
    print(f"{N} organisations and responses in {OUT}")


if __name__ == "__main__":
    main()
