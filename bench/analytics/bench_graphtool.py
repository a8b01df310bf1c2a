#!/usr/bin/python3
"""Times python3-graph-tool (Boost.Graph, OpenMP on both cores) on an edge list: load,
exact betweenness, PageRank, weak components. graph-tool has no Louvain/modularity
maximisation (its community detection fits stochastic block models, a different
objective), so communities are not timed. Prints one JSON object.
    bench_graphtool.py EDGES [exact|skip-betweenness]"""
import json
import sys
import time

import graph_tool.all as gt
import numpy as np


def main():
    path = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "exact"
    gt.openmp_set_num_threads(2)
    out = {"tool": "graph-tool " + gt.__version__.split()[0]}
    t = time.perf_counter()
    edges = np.loadtxt(path, dtype=np.int64, comments="#")
    g = gt.Graph(directed=True)
    g.add_vertex(int(edges.max()) + 1)
    g.add_edge_list(edges)
    out["load"] = time.perf_counter() - t
    out["n"], out["arcs"] = g.num_vertices(), g.num_edges()
    if mode == "exact":
        t = time.perf_counter()
        gt.betweenness(g)
        out["betweenness"] = time.perf_counter() - t
    t = time.perf_counter()
    gt.pagerank(g, damping=0.85)
    out["pagerank"] = time.perf_counter() - t
    t = time.perf_counter()
    _, hist = gt.label_components(g, directed=False)
    out["weak_components"] = time.perf_counter() - t
    out["components"] = len(hist)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
