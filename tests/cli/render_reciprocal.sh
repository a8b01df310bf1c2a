#!/usr/bin/env bash
# A pair of organisations with flows of the same class both ways is drawn as one line with
# arrowheads at both ends (docs/maps.md, "Views"): on the bundled map, the whole map's DOT has
# exactly the double-headed lines that `list flows` implies (classes as render classifies
# flows), no pair drawn twice in opposite directions with the same style, and a legend line
# for them; the obstacles view merges only pairs whose obstacle labels agree.
source "$(dirname "$0")/lib.bash" "$@"

use_map bundled "$DATA"
# edges DOT: "tail<TAB>head<TAB>dir<TAB>style/penwidth/arrowhead/color<TAB>label" with names as drawn.
edges() {
  gvpr 'E{print($.tail.label, "\t", $.head.label, "\t", $.dir, "\t", $.style, "/", $.penwidth, "/", $.arrowhead, "/", $.color, "\t", $.label)}' "$1" |
    sed 's/\\n/ /g'
}
"$BIN" render --quiet --to dot > map.dot || fail "render --to dot"
edges map.dot > edges.txt
"$BIN" --format csv list flows --status active > flows.csv
"$BIN" --format csv list orgs > orgs.csv
/usr/bin/python3 - edges.txt flows.csv orgs.csv <<'PY' || fail "double-headed lines differ from list flows"
import csv, sys
name = {r["id"]: r["name"] for r in csv.DictReader(open(sys.argv[3], encoding="utf-8"))}
def cls(f):  # as engine/render/views.cpp classify()
    if f["regularity"] == "sporadic": return "sporadic"
    if f["basis"] == "mandatory": return "mandatory"
    if f["basis"] == "on-request": return "on-request"
    return "voluntary" if f["regularity"] == "regular" else "voluntary-unknown"
links = {(name[f["from"]], name[f["to"]], cls(f)) for f in csv.DictReader(open(sys.argv[2], encoding="utf-8")) if f["from"] != f["to"]}
pairs = {frozenset((a, b)) for a, b, c in links if (b, a, c) in links}
edges = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
both = [e for e in edges if e[2] == "both"]
assert len(pairs) >= 5, "the bundled map should have reciprocal pairs (%d)" % len(pairs)
assert {frozenset((e[0], e[1])) for e in both} == pairs and len(both) == len(pairs), (len(both), len(pairs))
assert len(edges) == len(links) - len(pairs), (len(edges), len(links), len(pairs))
drawn = {(e[0], e[1], e[3]) for e in edges}
assert not any((b, a, s) in drawn for a, b, s in drawn), "a pair drawn twice in opposite directions with one style"
PY
"$BIN" render --quiet -o map.svg || fail "render svg"
svg_texts map.svg | grep -qF "Flows both ways" || fail "no legend line for double-headed lines"
"$BIN" --lang fr render --quiet -o carte.svg || fail "render --lang fr"
svg_texts carte.svg | grep -qF "Flux dans les deux sens" || fail "no French legend line"

# Obstacles view: merged only when both directions name the same obstacles.
"$BIN" render --quiet --view obstacles --to dot > obstacles.dot || fail "render obstacles"
edges obstacles.dot > obstacle-edges.txt
/usr/bin/python3 - obstacle-edges.txt <<'PY' || fail "obstacles view merged pairs with different labels"
import sys
edges = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
drawn = {(e[0], e[1], e[3], e[4]) for e in edges}
assert not any((b, a, s, l) in drawn for a, b, s, l in drawn), "same pair, style and label drawn twice"
PY
echo "reciprocal pairs: one double-headed line each, as list flows implies"
