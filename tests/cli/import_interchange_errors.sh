#!/usr/bin/env bash
# Bad interchange files: exit 1 with file:line:column and the bad value, and the map is
# left exactly as it was (all or nothing). Hostile XML (entities, DOCTYPE) is refused.
source "$(dirname "$0")/lib.bash" "$@"
BAD="$FIX/interop/bad"

run --db m.db --quiet import "$DATA"
expect_rc 0
before=$(snapshot m.db)

run --db m.db import "$BAD/bad_code.graphml" --kind graphml
expect_rc 1
contains "$err" "bad_code.graphml:11:22: error: unknown level code 'galactic' in field 'level' (allowed: local, provincial"
contains "$err" "bad_code.graphml:13:"
contains "$err" "unknown organisation 'nowhere' in field 'to'"
[ "$(snapshot m.db)" = "$before" ] || fail "a file with errors changed the map"

run --db m.db import "$BAD/truncated.graphml" --kind graphml
expect_rc 1
contains "$err" "truncated.graphml:"
contains "$err" "malformed XML"
run --db m.db import "$BAD/laughs.graphml" --kind graphml
expect_rc 1
contains "$err" "laughs.graphml:2:"
contains "$err" "DOCTYPE declarations are not accepted"
lacks "$err" "root:"
run --db m.db import "$BAD/undirected.gexf" --kind gexf
expect_rc 1
contains "$err" "undirected.gexf:3:"
contains "$err" "write a directed graph"
run --db m.db import "$BAD/unknown_ref.json" --kind kumu
expect_rc 1
contains "$err" "unknown_ref.json:3:"
contains "$err" "unknown organisation 'Nobody we know' in field 'to'"
run --db m.db import "$BAD/syntax.json" --kind kumu
expect_rc 1
contains "$err" "syntax.json:3:37: expected a member name in double quotes"
run --db m.db import "$BAD" --kind kumu
expect_rc 1
contains "$err" "connections.csv:2:18: error: undirected connection"
run --db m.db import "$BAD" --kind graphml
expect_rc 1
contains "$err" "a folder; give the GraphML or GEXF file"
run --db m.db import "$BAD/bad_code.graphml" --kind xlsx
expect_rc 2
contains "$err" "allowed: territories, orgs, flows, needs, survey, dataset (a workbook), json, graphml, gexf, kumu"
[ "$(snapshot m.db)" = "$before" ] || fail "a failed import changed the map"

# --dry-run validates without writing; a good file updates by key.
"$BIN" --db m.db --quiet export graphml -o good.graphml --privacy internal 2>/dev/null
sed -i 's/Federal statistical office/Renamed statistical office/' good.graphml
grep -q "Renamed statistical office" good.graphml || fail "fixture edit failed"
run --db m.db import good.graphml --kind graphml --dry-run
expect_rc 0
contains "$out" "valid (dry run, nothing written)"
[ "$(snapshot m.db)" = "$before" ] || fail "--dry-run changed the map"
run --db m.db import good.graphml --kind graphml
expect_rc 0
contains "$(snapshot m.db)" "Renamed statistical office"
exit 0
