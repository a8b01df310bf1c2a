#!/usr/bin/env bash
# Whole commands at scale: wall time, CPU time and peak memory of each command a user runs, on
# generated maps of 1 000 and 5 000 organisations (10 flows each); 20 000 with SCALE_LARGE=1
# (slow). Results: docs/benchmarks.md, "Whole commands at scale".
#   bench/scale/run.sh [BUILD_DIR] [WORK_DIR]
# SCALE_SIZES="1000 5000" overrides the sizes and SCALE_ONLY="report whatif" the commands; SCALE_TIMEOUT (seconds, default 300) stops a
# command that runs longer, reported as "timeout".
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build}
WORK=${2:-/tmp/stakemap-bench-scale}
BIN=$BUILD/bin/stakemap
SIZES=${SCALE_SIZES:-"1000 5000${SCALE_LARGE:+ 20000}"}
TIMEOUT=${SCALE_TIMEOUT:-300}
mkdir -p "$WORK"
echo "binary: $BIN ($(git -C "$BUILD/.." rev-parse --short HEAD 2>/dev/null || echo '?')); $(nproc) cores;" \
  "load: $(cut -d' ' -f1-3 /proc/loadavg); one run per command"
printf "%-8s %-24s %9s %9s %10s\n" "orgs" "command" "wall_s" "cpu_s" "peak_MiB"
for n in $SIZES; do
  flows=$((n * 10))
  db=$WORK/map-$n.db
  if [ ! -f "$db" ]; then
    /usr/bin/python3 "$SRC/bench/generate/generate_map.py" --orgs "$n" --flows "$flows" --seed 1 \
      --out "$WORK/data-$n" > /dev/null
    "$BIN" --db "$db" --quiet import "$WORK/data-$n" > /dev/null
  fi
  run() {  # run LABEL ARGS...: one timed run, output thrown away
    local label=$1 rc=0 t; shift
    [ -z "${SCALE_ONLY:-}" ] || [[ " $SCALE_ONLY " == *" $1 "* ]] || return 0
    /usr/bin/time -o "$WORK/time" -f "%e %U %S %M" timeout "$TIMEOUT" "$BIN" --db "$db" "$@" > /dev/null \
      2> "$WORK/err" || rc=$?
    t=$(tail -1 "$WORK/time")
    if [ "$rc" != 0 ]; then
      printf "%-8s %-24s %9s %9s %10s\n" "$n" "$label" "$([ "$rc" = 124 ] && echo timeout || echo "rc=$rc")" - -
    else
      echo "$t" | awk -v n="$n" -v l="$label" '{printf "%-8s %-24s %9.2f %9.2f %10.0f\n", n, l, $1, $2 + $3, $4 / 1024}'
    fi
  }
  run "list orgs" list orgs
  # Exact betweenness kept in the map (docs/metrics.md): the first run computes it, later ones
  # on the unchanged map read it back.
  sqlite3 "$db" "DELETE FROM layout_cache" 2> /dev/null || true
  run "centrality (first)" centrality
  run "centrality (kept)" centrality
  run "network" network
  run "communities" communities
  run "brokers" brokers
  run "silos" silos
  run "gaps flows" gaps flows
  run "gaps needs" gaps needs
  run "gaps coverage" gaps coverage
  run "obstacles" obstacles
  run "keyplayers -k 5" keyplayers -k 5
  # whatif: nothing kept (both maps measured), the map's own kept (the changed map measured),
  # and the same scenario asked again (nothing measured).
  sqlite3 "$db" "DELETE FROM layout_cache" 2> /dev/null || true
  run "whatif (first)" whatif remove "$(sed -n 2p "$WORK/data-$n/organisations.csv" | cut -d, -f1)"
  run "whatif (map's kept)" whatif remove "$(sed -n 3p "$WORK/data-$n/organisations.csv" | cut -d, -f1)"
  run "whatif (asked again)" whatif remove "$(sed -n 3p "$WORK/data-$n/organisations.csv" | cut -d, -f1)"
  # Drawings kept in the map (docs/maps.md): the first run lays out, the second reads them back.
  sqlite3 "$db" "DELETE FROM layout_cache" 2> /dev/null || true
  run "report" report -o "$WORK/report-$n.html"
  run "report (kept drawings)" report -o "$WORK/report-$n.html"
  run "explore (kept)" explore -o "$WORK/explore-$n.html"
  sqlite3 "$db" "DELETE FROM layout_cache" 2> /dev/null || true
  run "render" render -o "$WORK/map-$n.svg"
  run "render (kept drawing)" render -o "$WORK/map-$n.svg"
done
