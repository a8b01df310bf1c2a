#!/usr/bin/env bash
# Graph files from and for other tools (issue 18): export graphml --graph flows loads in igraph
# with the right counts and no NaN weight; networkx GraphML with a boolean attribute imports;
# the bundled map round-trips through graphml and gexf to the same export json.
source "$(dirname "$0")/lib.bash" "$@"
PY=/usr/bin/python3
$PY -c "import igraph, networkx" 2>/dev/null || skip "python3-igraph and python3-networkx are needed"

run import "$DATA" --db a.db
expect_rc 0
run export json -o a.json --db a.db

run export graphml --graph flows -o flows.graphml --db a.db
expect_rc 0
$PY - flows.graphml a.json <<'PY' || fail "igraph does not see the organisations and flows of --graph flows"
import igraph, json, math, sys
g = igraph.Graph.Read_GraphML(sys.argv[1])
d = json.load(open(sys.argv[2]))
assert g.vcount() == len(d["organisations"]), g.vcount()
assert g.ecount() == len(d["flows"]), g.ecount()
assert sorted(g.vs["id"]) == sorted(o["id"] for o in d["organisations"])
if "weight" in g.es.attributes():
    assert not any(isinstance(w, float) and math.isnan(w) for w in g.es["weight"])
assert "part_of" not in g.vs.attributes()  # no territory keys
PY
expect_exit 2 "--graph goes with graphml" export gexf --graph flows -o x.gexf --db a.db
expect_exit 2 "unknown --graph 'xyz'" export graphml --graph xyz -o x.graphml --db a.db

# Round trips: graphml and gexf give the same map.
for f in graphml gexf; do
  run export $f -o a.$f --privacy internal --db a.db
  expect_rc 0
  [ $f = gexf ] && "$BIN" import "$DATA/territories.csv" --db $f.db >/dev/null 2>&1
  run import a.$f --kind $f --db $f.db
  expect_rc 0
  run export json -o $f.json --db $f.db
  $PY - a.json $f.json <<'PY' || fail "the $f round trip changed the map"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
for k in ("organisations", "flows"):
    assert a[k] == b[k], k
PY
done

# GraphML written by networkx, with a boolean attribute (written True/False).
$PY - <<'PY'
import networkx as nx
g = nx.MultiDiGraph()
g.add_node("ngo-a", name="NGO A", focal="True")
g.add_node("ngo-b", name="NGO B")
g.nodes["ngo-a"]["checked"] = True
g.nodes["ngo-b"]["checked"] = False
g.add_edge("ngo-a", "ngo-b", status="active")
nx.write_graphml(g, "nx.graphml")
PY
grep -q 'attr.type="boolean"' nx.graphml || fail "networkx wrote no boolean key"
run import nx.graphml --kind graphml --db nx.db
expect_rc 0
run list orgs --format csv --db nx.db
contains "$out" "ngo-a,NGO A"
contains "$out" "ngo-b,NGO B"

# GraphML written by igraph from a graph whose ids are in `name`: node ids n0, n1, …
$PY - flows.graphml <<'PY'
import igraph, sys
g = igraph.Graph.Read_GraphML(sys.argv[1])
ids = g.vs["id"]
del g.vs["id"]
del g.vs["name"]
g.vs["name"] = ids
g.write_graphml("ig.graphml")
PY
grep -q '<node id="n0"' ig.graphml || fail "igraph wrote other node ids"
"$BIN" import "$DATA/territories.csv" --db ig.db >/dev/null 2>&1
run import ig.graphml --kind graphml --db ig.db
expect_rc 0
contains "$err" "the node ids are igraph's (n0, n1, …): each organisation's unique 'name' is used as its id"
run export json -o ig.json --db ig.db
$PY - a.json ig.json <<'PY' || fail "igraph's GraphML imports with other ids or flows"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
assert sorted(o["id"] for o in a["organisations"]) == sorted(o["id"] for o in b["organisations"])
key = lambda f: (f["from"], f["to"], f["status"])
assert sorted(map(key, a["flows"])) == sorted(map(key, b["flows"]))
PY
