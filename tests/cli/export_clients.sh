#!/usr/bin/env bash
# networkx and igraph (Debian's, in /usr/bin/python3) read our GraphML, GEXF and DOT and see
# the same nodes, edges and attributes as stakemap: on the bundled Belgian map and on a map
# of hostile names. Skipped (exit 77) only when /usr/bin/python3 lacks them.
source "$(dirname "$0")/lib.bash" "$@"
/usr/bin/python3 -c "import networkx, igraph" 2>/dev/null || skip "/usr/bin/python3 lacks networkx/igraph (make deps)"

for dataset in "$DATA" "$FIX/interop/hostile"; do
  rm -f map.db*
  run --db map.db --quiet import "$dataset"
  expect_rc 0
  mkdir -p work
  /usr/bin/python3 "$SRC/tests/interop/check_clients.py" "$BIN" map.db work || fail "clients on $dataset"
done
