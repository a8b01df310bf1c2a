#!/usr/bin/python3
"""Summarises bench/libs/run.sh results: per graph and analysis, before -> after thread-CPU and wall
seconds (minimum and median over runs), and whether every run gave the same result.
    summarise.py WORK/results.jsonl
"""
import json, sys, collections
rows = [json.loads(l) for l in open(sys.argv[1])]
steps = ["cut_points", "strong_components", "core_numbers", "pagerank", "pagerank_weighted", "eigenvector", "hits"]
data = collections.defaultdict(list)
fps = collections.defaultdict(set)
loads = []
for r in rows:
    loads.append(float(r["load"].split()[0]))
    for s in steps:
        if s in r["result"]:
            x = r["result"][s]
            data[(r["graph"], s, r["variant"])].append(x)
            fps[(r["graph"], s)].add(x["fingerprint"])
print("load (1-min) during runs: min %.1f max %.1f" % (min(loads), max(loads)))
for g in ["100000", "500000"]:
    print("graph", g)
    for s in steps:
        b = data.get((g, s, "before"), []); a = data.get((g, s, "after"), [])
        if not b or not a: continue
        bc = min(x["cpu_min"] for x in b); ac = min(x["cpu_min"] for x in a)
        bw = min(x["min"] for x in b); aw = min(x["min"] for x in a)
        bcm = sorted(x["cpu_median"] for x in b)[len(b)//2]; acm = sorted(x["cpu_median"] for x in a)[len(a)//2]
        print("  %-18s cpu min %.4f -> %.4f (%+.1f%%)  cpu med %.4f -> %.4f (%+.1f%%)  wall min %.4f -> %.4f  runs %d/%d  same=%s" % (
            s, bc, ac, 100*(ac/bc-1), bcm, acm, 100*(acm/bcm-1), bw, aw, len(b), len(a), len(fps[(g, s)]) == 1))
