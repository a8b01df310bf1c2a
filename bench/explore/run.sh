#!/usr/bin/env bash
# Benchmark of the explorer (docs/benchmarks.md, ## Explorer): on generated maps, the time
# `stakemap explore` takes, the page's bytes per flow, its time to ready in headless chromium,
# and the frame times of a scripted pan and zoom (requestAnimationFrame intervals).
#   bench/explore/run.sh [BUILD_DIR] [WORK_DIR] [ORGS:FLOWS...]
# Default sizes 5000:50000. Needs chromium, node and tests/browser/node_modules (make deps).
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build}
WORK=${2:-/tmp/stakemap-bench-explore}
shift $(( $# > 2 ? 2 : $# ))
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(5000:50000)
BIN=$BUILD/bin/stakemap
mkdir -p "$WORK"
printf "%-7s %-7s %-6s %10s %9s %8s %9s %11s %9s %9s %9s %9s\n" orgs flows layout explore_s bytes B/flow ready_ms complete_ms frame_p50 frame_p95 frame_max redraw_ms
for size in "${SIZES[@]}"; do
  n=${size%%:*}; m=${size##*:}
  dir=$WORK/map-$n-$m
  [ -d "$dir" ] || python3 "$SRC/bench/generate/generate_map.py" --orgs "$n" --flows "$m" --seed 1 --out "$dir" > /dev/null
  db=$WORK/map-$n-$m.db
  [ -f "$db" ] || "$BIN" --db "$db" --quiet import "$dir" > /dev/null
  start=$(date +%s.%N)
  wrote=$("$BIN" --db "$db" explore -o "$WORK/explore-$n.html" 2>&1)
  end=$(date +%s.%N)
  layout=$(sed -n 's/.*layout \([a-z]*\).*/\1/p' <<<"$wrote")
  bytes=$(stat -c %s "$WORK/explore-$n.html")
  flows=$(python3 -c "
import json,re; h=open('$WORK/explore-$n.html',encoding='utf-8').read()
print(len(json.loads(re.search(r'id=\"stakemap-data\">(.*?)</script>',h,re.S).group(1))['flows']))")
  read -r ready complete p50 p95 max redraw < <(node "$SRC/bench/explore/measure.js" "$WORK/explore-$n.html")
  printf "%-7s %-7s %-6s %10.1f %9s %8.0f %9s %11s %9s %9s %9s %9s\n" "$n" "$flows" "$layout" "$(echo "$end - $start" | bc)" "$bytes" \
    "$(echo "$bytes / $flows" | bc -l)" "$ready" "$complete" "$p50" "$p95" "$max" "$redraw"
done
