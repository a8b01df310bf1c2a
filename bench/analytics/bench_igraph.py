#!/usr/bin/python3
"""Times python3-igraph (C core) on an edge list, the same steps as bench_stakemap:
load, exact directed betweenness, PageRank, weak components, communities (Louvain =
community_multilevel, and Leiden with the modularity objective) on the undirected view.
Prints one JSON object.   bench_igraph.py EDGES [exact|skip-betweenness]"""
import json
import sys
import time

import igraph


def main():
    path = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "exact"
    out = {"tool": "igraph " + igraph.__version__}
    t = time.perf_counter()
    with open(path) as f:
        edges = [tuple(map(int, line.split())) for line in f if not line.startswith("#")]
    n = max(max(e) for e in edges) + 1
    g = igraph.Graph(n=n, edges=edges, directed=True)
    out["load"] = time.perf_counter() - t
    out["n"], out["arcs"] = g.vcount(), g.ecount()
    if mode == "exact":
        t = time.perf_counter()
        g.betweenness(directed=True)
        out["betweenness"] = time.perf_counter() - t
    t = time.perf_counter()
    g.pagerank(directed=True, damping=0.85)
    out["pagerank"] = time.perf_counter() - t
    t = time.perf_counter()
    out["components"] = len(g.connected_components(mode="weak"))
    out["weak_components"] = time.perf_counter() - t
    u = g.as_undirected(mode="collapse")
    t = time.perf_counter()
    leiden = u.community_leiden(objective_function="modularity")
    out["leiden"] = time.perf_counter() - t
    out["leiden_modularity"] = u.modularity(leiden)
    if mode == "exact":  # igraph 0.10.2's multilevel is erratic on the large map (upstream bug)
        t = time.perf_counter()
        louvain = u.community_multilevel()
        out["communities"] = time.perf_counter() - t
        out["modularity"] = louvain.modularity
    print(json.dumps(out))


if __name__ == "__main__":
    main()
