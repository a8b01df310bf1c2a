#!/usr/bin/python3
"""Real clients read stakemap's exports: networkx (GraphML, GEXF, DOT via pydot) and igraph
(GraphML) must see the same nodes, edges and attributes as stakemap's own JSON export.

Usage: check_clients.py STAKEMAP_BINARY MAP_DB WORK_DIR
Exits 0 when every check passes, 1 with a message otherwise, 77 (skip) when Debian's
python3-networkx / python3-igraph are missing (`make deps` installs them).
"""
import json
import math
import subprocess
import sys
from collections import Counter

try:
    import igraph
    import networkx as nx
except ImportError as e:  # pragma: no cover
    print(f"SKIP: /usr/bin/python3 lacks networkx or igraph ({e}); run `make deps`")
    sys.exit(77)

BIN, DB, WORK = sys.argv[1:4]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def export(fmt, path, privacy="internal"):
    subprocess.run([BIN, "--db", DB, "--quiet", "export", fmt, "-o", path, "--privacy", privacy], check=True,
                   stderr=subprocess.DEVNULL)


def xml_text(s):
    """What XML can carry of s: C0 controls but tab/LF/CR (and DEL stays) become U+FFFD."""
    return "".join("\ufffd" if (ord(c) < 0x20 and c not in "\t\n\r") else c for c in s)


def as_text(value):
    """stakemap's text form of a JSON field: lists '|'-joined, numbers shortest repr."""
    if isinstance(value, list):
        return "|".join(value)
    if isinstance(value, float):
        return repr(value)
    return value


export("json", f"{WORK}/map.json")
with open(f"{WORK}/map.json", encoding="utf-8") as f:
    ref = json.load(f)  # also proves the JSON export is valid JSON


def expected_org(o, skip=("id",)):
    attrs = {k: as_text(v) for k, v in o.items() if k not in skip and k not in ("attributes", "metrics")}
    attrs.update(o["attributes"])
    return {k: v for k, v in attrs.items() if v not in ("", None)}


def expected_flow(fl, skip=("from", "to")):
    # "id" is the stable flow id of stakemap JSON, not a field other formats carry
    attrs = {k: as_text(v) for k, v in fl.items() if k not in skip and k not in ("attributes", "id")}
    attrs.update(fl["attributes"])
    return {k: v for k, v in attrs.items() if v not in ("", None)}


def normalise(attrs, xml=True):
    """Values as text ('|'-lists, numbers via float repr) for comparison."""
    out = {}
    for k, v in attrs.items():
        if isinstance(v, float):
            if math.isnan(v):
                continue
            v = repr(v)
        elif xml:
            v = v
        out[k] = v
    return out


def xml_expected(d):
    return {k: (xml_text(v) if not k == "weight" else repr(float(v))) for k, v in d.items()}


orgs = ref["organisations"]
flows = ref["flows"]

# --- networkx reads GraphML: the first graph is the organisations and flows.
export("graphml", f"{WORK}/map.graphml")
g = nx.read_graphml(f"{WORK}/map.graphml")
check(g.is_directed(), "networkx GraphML: graph is not directed")
check(list(g.nodes) == [xml_text(o["id"]) for o in orgs], "networkx GraphML: node ids differ")
for o in orgs:
    got = normalise(g.nodes[xml_text(o["id"])])
    check(got == xml_expected(expected_org(o)), f"networkx GraphML: attributes of {o['id']!r}: {got} != {xml_expected(expected_org(o))}")
got_edges = Counter((u, v, json.dumps(normalise(d), sort_keys=True)) for u, v, d in g.edges(data=True))
want_edges = Counter((xml_text(f["from"]), xml_text(f["to"]), json.dumps(xml_expected(expected_flow(f)), sort_keys=True))
                     for f in flows)
check(got_edges == want_edges, f"networkx GraphML: edges differ: {got_edges - want_edges} / {want_edges - got_edges}")

# --- igraph reads the same GraphML (graph 0; igraph 0.10 cannot reach the later graphs).
h = igraph.Graph.Read_GraphML(f"{WORK}/map.graphml", index=0)
check(h.is_directed(), "igraph GraphML: graph is not directed")
check(h.vcount() == len(orgs) and h.ecount() == len(flows), "igraph GraphML: counts differ")
check(h.vs["id"] == [xml_text(o["id"]) for o in orgs], "igraph GraphML: vertex ids differ")
for v, o in zip(h.vs, orgs):
    got = {k: x for k, x in v.attributes().items() if k != "id" and x not in ("", None)}
    got = normalise(got)
    want = xml_expected(expected_org(o))
    check(got == want, f"igraph GraphML: attributes of {o['id']!r}: {got} != {want}")
ids = h.vs["id"]
got_edges = Counter((ids[e.source], ids[e.target],
                     json.dumps(normalise({k: x for k, x in e.attributes().items() if x not in ("", None)}), sort_keys=True))
                    for e in h.es)
check(got_edges == want_edges, "igraph GraphML: edges differ")

# --- networkx reads GEXF: label is the name, weight is GEXF's own edge weight.
export("gexf", f"{WORK}/map.gexf")
x = nx.read_gexf(f"{WORK}/map.gexf")
check(x.is_directed(), "networkx GEXF: graph is not directed")
check(list(x.nodes) == [xml_text(o["id"]) for o in orgs], "networkx GEXF: node ids differ")
for o in orgs:
    got = dict(x.nodes[xml_text(o["id"])])
    want = xml_expected(expected_org(o))
    want["label"] = want.pop("name")
    check(normalise(got) == want, f"networkx GEXF: attributes of {o['id']!r}: {got} != {want}")
got_edges = Counter((u, v, json.dumps(normalise({k: y for k, y in d.items() if k != "id"}), sort_keys=True))
                    for u, v, d in x.edges(data=True))
check(got_edges == want_edges, f"networkx GEXF: edges differ: {got_edges - want_edges} / {want_edges - got_edges}")

# --- pydot (through networkx) reads DOT: labels are the names, edges between the same nodes.
export("dot", f"{WORK}/map.dot")
def dot_unescape(s):
    """A DOT quoted string as Graphviz reads it: \\" -> ", \\\\ -> \\, \\n -> newline."""
    s = s[1:-1] if len(s) >= 2 and s[0] == s[-1] == '"' else s
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            out.append({"n": "\n", '"': '"', "\\": "\\"}.get(s[i + 1], "\\" + s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def dot_text(s):
    """What escape::dot keeps of s: control characters but LF dropped."""
    return "".join(c for c in s if c == "\n" or not (ord(c) < 0x20 or ord(c) == 0x7F))


d = nx.nx_pydot.read_dot(f"{WORK}/map.dot")
org_of = {n: dot_unescape(a["org"]) for n, a in d.nodes(data=True) if "org" in a}
label_of = {n: dot_unescape(a["label"]) for n, a in d.nodes(data=True) if "org" in a}
check(sorted(org_of.values()) == sorted(dot_text(o["id"]) for o in orgs), f"pydot DOT: organisation ids differ: {org_of}")
check(sorted(label_of.values()) == sorted(dot_text(o["name"]) for o in orgs), f"pydot DOT: labels differ: {label_of}")
got_edges = Counter((org_of[u], org_of[v]) for u, v in d.edges())
check(got_edges == Counter((dot_text(f["from"]), dot_text(f["to"])) for f in flows), "pydot DOT: edges differ")

# --- metrics attached with --with-metrics arrive as typed numbers, equal to stakemap's.
def export_metrics(fmt, path):
    subprocess.run([BIN, "--db", DB, "--quiet", "export", fmt, "-o", path, "--privacy", "internal", "--with-metrics",
                    "--metrics", "degree,betweenness,pagerank,constraint"], check=True, stderr=subprocess.DEVNULL)


export_metrics("json", f"{WORK}/metrics.json")
with open(f"{WORK}/metrics.json", encoding="utf-8") as f:
    want = {xml_text(o["id"]): {k: v for k, v in o["metrics"].items() if v is not None} for o in json.load(f)["organisations"]}
export_metrics("graphml", f"{WORK}/metrics.graphml")
export_metrics("gexf", f"{WORK}/metrics.gexf")
for name, graph in (("GraphML", nx.read_graphml(f"{WORK}/metrics.graphml")), ("GEXF", nx.read_gexf(f"{WORK}/metrics.gexf"))):
    for node, metrics in want.items():
        got = {k: graph.nodes[node][k] for k in ("degree", "betweenness", "pagerank", "constraint") if k in graph.nodes[node]}
        check(got == {k: float(v) for k, v in metrics.items()}, f"networkx {name}: metrics of {node!r}: {got} != {metrics}")
h = igraph.Graph.Read_GraphML(f"{WORK}/metrics.graphml")
for v in h.vs:
    m = want[v["id"]]
    check(v["betweenness"] == m["betweenness"], f"igraph GraphML: betweenness of {v['id']!r}")

# --- privacy: partners drops contacts, public also personal flows and notes.
export("graphml", f"{WORK}/partners.graphml", "partners")
p = nx.read_graphml(f"{WORK}/partners.graphml")
check(not any("contact_email" in a or "contact_name" in a for _, a in p.nodes(data=True)),
      "partners GraphML holds contacts")
export("gexf", f"{WORK}/public.gexf", "public")
q = nx.read_gexf(f"{WORK}/public.gexf")
check(not any(a.get("personal_data") == "personal" for _, _, a in q.edges(data=True)), "public GEXF holds personal flows")
check(not any("note" in a for _, _, a in q.edges(data=True)), "public GEXF holds notes")
check(q.number_of_edges() == sum(1 for f in flows if f["personal_data"] != "personal"), "public GEXF: edge count")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"networkx {nx.__version__} and igraph {igraph.__version__} read {len(orgs)} organisations and "
      f"{len(flows)} flows with every attribute")
