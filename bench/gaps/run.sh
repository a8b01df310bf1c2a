#!/usr/bin/env bash
# Benchmark of `stakemap gaps coverage`: whole-process wall time on a synthetic map with
# 600 municipalities as leaves and 10,000 organisations, for each facet (docs/benchmarks.md).
#   bench/gaps/run.sh [BUILD_DIR] [WORK_DIR] [FLOWS] [REPEATS]
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build}
WORK=${2:-/tmp/stakemap-bench-gaps}
FLOWS=${3:-50000}
REPEATS=${4:-5}
BIN=$BUILD/bin/stakemap
DB=$WORK/map-$FLOWS.db
mkdir -p "$WORK"
if [ ! -f "$DB" ]; then
  /usr/bin/python3 "$SRC/bench/generate/generate_map.py" --orgs 10000 --flows "$FLOWS" --municipalities 600 \
    --seed 1 --out "$WORK/data-$FLOWS" > /dev/null
  "$BIN" --db "$DB" --quiet import "$WORK/data-$FLOWS" > /dev/null
fi
echo "map: 10000 organisations, $FLOWS flows, 600 municipalities; $REPEATS runs each; $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-28s %10s %10s %10s\n" "command" "median_s" "min_s" "cpu_s"
run() {  # run LABEL ARGS...: median and min wall time, median user+sys CPU time
  local label=$1; shift
  local walls=() cpus=()
  for _ in $(seq "$REPEATS"); do
    local t
    t=$( { /usr/bin/time -f "%e %U %S" "$BIN" --db "$DB" "$@" > /dev/null; } 2>&1 | tail -1)
    walls+=("$(echo "$t" | cut -d' ' -f1)")
    cpus+=("$(echo "$t" | awk '{print $2 + $3}')")
  done
  local median min cpu
  median=$(printf "%s\n" "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  min=$(printf "%s\n" "${walls[@]}" | sort -n | head -1)
  cpu=$(printf "%s\n" "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf "%-28s %10s %10s %10s\n" "$label" "$median" "$min" "$cpu"
}
run "show org-00001 (load only)" show org-00001
for facet in domain public service; do
  run "gaps coverage --facet $facet" gaps coverage --facet "$facet"
done
run "gaps coverage csv service" gaps coverage --facet service --format csv
run "gaps coverage --at region" gaps coverage --at region --facet service
