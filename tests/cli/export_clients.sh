#!/usr/bin/env bash
# networkx and igraph (Debian's, in /usr/bin/python3) read our GraphML, GEXF and DOT and see
# the same nodes, edges and attributes as stakemap: on the bundled Belgian map and on a map
# of hostile names. Skipped (exit 77) only when /usr/bin/python3 lacks them.
source "$(dirname "$0")/interop_lib.bash" "$@"
/usr/bin/python3 -c "import networkx, igraph" 2>/dev/null || { echo "SKIP: /usr/bin/python3 lacks networkx/igraph (make deps)"; exit 77; }

for dataset in "$SRC/datasets/belgium-2022" "$FIX/interop/hostile"; do
  rm -f map.db*
  run --db map.db --quiet import "$dataset"
  expect_rc 0
  mkdir -p work
  /usr/bin/python3 "$SRC/tests/interop/check_clients.py" "$BIN" map.db work || fail "clients on $dataset"
done
