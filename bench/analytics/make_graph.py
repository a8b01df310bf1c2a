#!/usr/bin/python3
"""Seeded random directed graph G(n, m) without self-loops or parallel arcs, written as
an edge list ("u v" per line, nodes 0..n-1) and optionally as a stakemap dataset folder
(organisations.csv, flows.csv) for whole-process timings.

    make_graph.py N M SEED EDGES_FILE [DATASET_DIR]
"""
import os
import random
import sys


def main():
    n, m, seed, path = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rng = random.Random(seed)
    arcs = set()
    while len(arcs) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v:
            arcs.add((u, v))
    arcs = sorted(arcs)
    with open(path, "w") as f:
        f.write(f"# n={n} m={m} seed={seed}\n")
        f.writelines(f"{u} {v}\n" for u, v in arcs)
    if len(sys.argv) > 5:
        folder = sys.argv[5]
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "organisations.csv"), "w") as f:
            f.write("id,name\n")
            f.writelines(f"o{v},Organisation {v}\n" for v in range(n))
        with open(os.path.join(folder, "flows.csv"), "w") as f:
            f.write("from,to\n")
            f.writelines(f"o{u},o{v}\n" for u, v in arcs)


if __name__ == "__main__":
    main()
