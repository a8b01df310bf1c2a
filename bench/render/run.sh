#!/usr/bin/env bash
# Benchmark of `stakemap render`: whole-process time of our in-process layout and rendering
# against the Graphviz command-line tools laying out the same DOT (docs/benchmarks.md, ## Maps).
#   bench/render/run.sh [BUILD_DIR] [WORK_DIR] [REPEATS] [SIZES...]
# SIZES are organisation counts (default 100 500 2000); each map has 2 flows per organisation
# (85 % active: the default layer draws about 1.7 links per organisation).
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build}
WORK=${2:-/tmp/stakemap-bench-render}
REPEATS=${3:-3}
shift $(( $# > 3 ? 3 : $# ))
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(100 500 2000)
BIN=$BUILD/bin/stakemap
DOT_TIMEOUT=${DOT_TIMEOUT:-300}  # seconds; dot on large maps is cut off here
mkdir -p "$WORK"
echo "Graphviz $(dot -V 2>&1 | sed 's/.*version //'); $REPEATS runs each; $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-6s %-6s %-6s %-34s %9s %9s\n" orgs links engine command median_s cpu_s

# Median wall time and median user+sys CPU time of a command run $REPEATS times, or
# "timeout" when one run exceeds DOT_TIMEOUT.
measure() {
  local walls=() cpus=() t
  for _ in $(seq "$REPEATS"); do
    if ! t=$( { /usr/bin/time -f "%e %U %S" timeout "$DOT_TIMEOUT" "$@" < /dev/null > /dev/null; } 2>&1 | tail -1); then
      echo "timeout timeout"; return
    fi
    walls+=("$(echo "$t" | cut -d' ' -f1)")
    cpus+=("$(echo "$t" | awk '{print $2 + $3}')")
  done
  local median cpu
  median=$(printf "%s\n" "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(printf "%s\n" "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median $cpu"
}

for n in "${SIZES[@]}"; do
  db=$WORK/map-$n.db
  if [ ! -f "$db" ]; then
    /usr/bin/python3 "$SRC/bench/generate/generate_map.py" --orgs "$n" --flows $((2 * n)) --municipalities 50 \
      --seed 1 --out "$WORK/data-$n" > /dev/null
    "$BIN" --db "$db" --quiet import "$WORK/data-$n" > /dev/null
  fi
  for engine in dot sfdp; do
    "$BIN" --db "$db" render --quiet --layout "$engine" --to dot -o "$WORK/map-$n-$engine.dot"
    links=$(gc -e "$WORK/map-$n-$engine.dot" | awk '{print $1}')
    read -r wall cpu < <(measure "$BIN" --db "$db" render --quiet --layout "$engine" -o "$WORK/ours.svg")
    printf "%-6s %-6s %-6s %-34s %9s %9s\n" "$n" "$links" "$engine" "stakemap render -o map.svg" "$wall" "$cpu"
    read -r wall cpu < <(measure "$BIN" --db "$db" render --quiet --layout "$engine" --to dot -o "$WORK/ours.dot")
    printf "%-6s %-6s %-6s %-34s %9s %9s\n" "$n" "$links" "$engine" "stakemap render --to dot (no layout)" "$wall" "$cpu"
    read -r wall cpu < <(measure dot -K"$engine" -Tsvg "$WORK/map-$n-$engine.dot" -o "$WORK/cli.svg")
    printf "%-6s %-6s %-6s %-34s %9s %9s\n" "$n" "$links" "$engine" "$engine -Tsvg map.dot" "$wall" "$cpu"
  done
done
