#!/usr/bin/env bash
# Load-independent companion of run.sh: instructions executed (valgrind's callgrind "Ir"
# count, user space) by `stakemap render` and by the Graphviz command-line tool on the same
# DOT. Timing on a shared machine is noisy; instruction counts are not. About 50x slower
# than a normal run, so large dot layouts are left out by default.
#   bench/render/instructions.sh [BUILD_DIR] [WORK_DIR] [SIZE:ENGINE...]
# Needs the maps and DOT files that run.sh leaves in WORK_DIR.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build}
WORK=${2:-/tmp/stakemap-bench-render}
shift $(( $# > 2 ? 2 : $# ))
CASES=("$@")
[ ${#CASES[@]} -gt 0 ] || CASES=(100:dot 100:sfdp 500:sfdp 2000:sfdp)
BIN=$BUILD/bin/stakemap
count() {  # instructions executed by a command
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" < /dev/null 2>&1 > /dev/null \
    | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
printf "%-6s %-6s %16s %16s %16s %9s\n" orgs engine ours_Ir ours_no_layout_Ir cli_Ir overhead
for c in "${CASES[@]}"; do
  n=${c%%:*}; engine=${c##*:}
  ours=$(count "$BIN" --db "$WORK/map-$n.db" render --quiet --layout "$engine" -o "$WORK/ours.svg")
  base=$(count "$BIN" --db "$WORK/map-$n.db" render --quiet --layout "$engine" --to dot -o "$WORK/ours.dot")
  cli=$(count dot -K"$engine" -Tsvg "$WORK/map-$n-$engine.dot" -o "$WORK/cli.svg")
  printf "%-6s %-6s %16s %16s %16s %8.1f%%\n" "$n" "$engine" "$ours" "$base" "$cli" \
    "$(echo "$ours $cli" | awk '{print 100 * ($1 - $2) / $2}')"
done
