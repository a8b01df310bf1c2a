#!/usr/bin/env bash
# diff --view analysis (and report --since): the headline measures of a round and of now side by side. On the
# bundled map, after unblocking one flow, removing a blocked one and adding a hub with two
# flows, the flow counts move as those edits say, and the articulation points and average
# path length of both states are networkx's, computed from `export json` at each state.
source "$(dirname "$0")/lib.bash" "$@"
/usr/bin/python3 -c "import networkx" 2>/dev/null || skip "/usr/bin/python3 lacks networkx (make deps)"
use_map m "$DATA"
export STAKEMAP_AUTHOR=ana
"$BIN" export json -o before.json --quiet || fail "export before"
run round save "round 1"
expect_rc 0

# Right after saving: nothing changed.
run diff --view analysis --format csv
expect_rc 0
same "$(printf '%s\n' "$out" | tail -n +2 | awk -F, '$4 != 0' | wc -l)" "0"

"$BIN" set flow 138 status=active >/dev/null 2>&1 || fail "set flow 138"
"$BIN" remove flow 140 >/dev/null 2>&1 || fail "remove flow 140"
"$BIN" add org test-hub --name "Coordination hub (test)" --set level=federal >/dev/null 2>&1 || fail "add org"
"$BIN" add flow test-hub fed-statistics >/dev/null 2>&1 || fail "add flow 1"
"$BIN" add flow fed-immigration-office test-hub >/dev/null 2>&1 || fail "add flow 2"
"$BIN" export json -o after.json --quiet || fail "export after"

run diff "round 1" now --view analysis --format csv
expect_rc 0
row() { printf '%s\n' "$out" | grep "^$1," || fail "no row $1"; }
same "$(row organisations)" "organisations,57,58,1"
same "$(row flows_active)" "flows_active,125,128,3"
same "$(row flows_blocked)" "flows_blocked,13,11,-2"
same "$(row flows_unblocked)" "flows_unblocked,,1,1"
same "$(row flows_newly_blocked)" "flows_newly_blocked,,0,0"
silos_now=$("$BIN" silos --format json 2>/dev/null | python3 -c "import json,sys; print(sum(r['silo'] == 'yes' for r in json.load(sys.stdin)))")
same "$(row silos | cut -d, -f3)" "$silos_now"

# networkx on the active flows of each export (the default layer), undirected view.
reference() {
  /usr/bin/python3 - "$1" <<'PY'
import json, sys, networkx as nx
d = json.load(open(sys.argv[1]))
g = nx.Graph()
g.add_nodes_from(o["id"] for o in d["organisations"])
g.add_edges_from((f["from"], f["to"]) for f in d["flows"] if f["status"] == "active" and f["from"] != f["to"])
largest = g.subgraph(max(nx.connected_components(g), key=len))
print(len(list(nx.articulation_points(g))), round(nx.average_shortest_path_length(largest), 4))
PY
}
read -r ap_before apl_before <<<"$(reference before.json)"
read -r ap_after apl_after <<<"$(reference after.json)"
same "$(row articulation_points | cut -d, -f2,3)" "$ap_before,$ap_after"
run diff "round 1" now --view analysis
contains "$out" "average_path_length"
same "$(printf '%s\n' "$out" | awk '$1 == "average_path_length" {print $2, $3}')" "$apl_before $apl_after"
contains "$out" "Flows unblocked or newly blocked"
has_row() { printf '%s\n' "$out" | grep -qE "$1" || fail "no line matching $1 in: $out"; }
has_row "^ *138 +fed-immigration-office +vl-cpas-antwerp +unblocked"

# Backwards (now to the round) swaps the columns; a bad view is a usage error.
run diff now "round 1" --view analysis --format csv
same "$(row flows_blocked)" "flows_blocked,11,13,2"
run diff --view pictures
expect_rc 2
contains "$err" "--view must be records or analysis"

# report --since: the same comparison as a section of the report, in the page's language.
run report --since "round 1" -o since.html
expect_rc 0
cell_row() {  # the cells of the report row whose first cell is $1, comma-separated
  python3 - "$1" <<'PY'
import re, sys
html = open("since.html", encoding="utf-8").read()
section = html[html.index('<section id="since">'):]
section = section[:section.index("</section>")]
for row in re.findall(r"<tr>(.*?)</tr>", section):
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
    if cells and cells[0] == sys.argv[1]:
        print(",".join(cells[1:]))
PY
}
contains "$(cat since.html)" "What changed since round 1"
contains "$(cat since.html)" "Flows unblocked since: 1. Newly blocked: 0."
silos=$("$BIN" diff "round 1" now --view analysis --format csv 2>/dev/null | grep '^silos,' | cut -d, -f2,3)
contains "$(cat since.html)" "Since “round 1”: organisations 57 → 58; flows of every status 150 → 151; organisations in silo ${silos%,*} → ${silos#*,}; single points of failure $ap_before → $ap_after."
same "$(cell_row "active flows (all layers)")" "125,128,3"
same "$(cell_row "blocked flows (all layers)")" "13,11,-2"
same "$(cell_row "organisations whose removal splits the network")" "$ap_before,$ap_after,$((ap_after - ap_before))"
run report -o plain.html
! grep -q 'id="since"' plain.html || fail "a report without --since has the section"
run --lang fr report --since "round 1" -o since-fr.html
contains "$(cat since-fr.html)" "Ce qui a changé depuis round 1"
run report --since "round 9" -o missing.html
expect_rc 1
contains "$err" "no round named 'round 9'"
[ ! -e missing.html ] || fail "report --since with an unknown round wrote a file"

# The synthetic mark is logged like a record: the import set it, and undoing the import clears it.
run history --format csv
contains "$out" ",insert,provenance,synthetic,kind,,synthetic"
same "$(python3 -c "import json; print(json.load(open('before.json'))['synthetic'])")" "True"
use_map fresh "$DATA"
run undo
expect_rc 0
same "$("$BIN" export json -o - 2>/dev/null | python3 -c "import json,sys; d=json.load(sys.stdin); print(d['synthetic'], len(d['organisations']))")" "False 0"
run undo
same "$("$BIN" export json -o - 2>/dev/null | python3 -c "import json,sys; d=json.load(sys.stdin); print(d['synthetic'], len(d['organisations']))")" "True 57"
