#!/usr/bin/env bash
# Side-by-side benchmark of stakemap against igraph and graph-tool (docs/benchmarks.md,
# section "Analytics"). Usage: bench/analytics/run.sh [BUILD_DIR] [WORK_DIR]
# Needs a Release build, /usr/bin/python3 with python3-igraph and python3-graph-tool.
# Results: one JSON line per run in WORK_DIR/results.jsonl (default /tmp/stakemap-bench).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${1:-$ROOT/build}"
WORK="${2:-/tmp/stakemap-bench}"
HERE="$ROOT/bench/analytics"
PY=/usr/bin/python3
mkdir -p "$WORK"
OUT="$WORK/results.jsonl"
: > "$OUT"
BENCH="$(bash "$HERE/build.sh" "$BUILD")"
S="$BUILD/bin/stakemap"
note() { echo "== $*" >&2; }
record() { # record LABEL command...: runs it, appends {"label":..., ...its JSON..., "wall":...}
  local label="$1"; shift
  local start end json
  start=$(date +%s.%N)
  json="$("$@")"
  end=$(date +%s.%N)
  echo "{\"label\": \"$label\", \"process_wall\": $(awk "BEGIN {print $end - $start}"), \"result\": $json}" | tee -a "$OUT"
}

note "machine: $(nproc) cores; $(uptime)"
$PY "$HERE/make_graph.py" 10000 50000 1 "$WORK/g10k.txt" "$WORK/ds10k"
$PY "$HERE/make_graph.py" 100000 500000 1 "$WORK/g100k.txt" "$WORK/ds100k"

note "10k/50k: load + exact betweenness + PageRank + weak components + communities"
record stakemap-10k "$BENCH" "$WORK/g10k.txt" exact
record igraph-10k $PY "$HERE/bench_igraph.py" "$WORK/g10k.txt" exact
record graphtool-10k $PY "$HERE/bench_graphtool.py" "$WORK/g10k.txt" exact

note "100k/500k: sampled betweenness, PageRank, components, communities; every analysis of centrality and network"
record stakemap-100k "$BENCH" "$WORK/g100k.txt" sampled
record stakemap-100k-analyses "$BENCH" "$WORK/g100k.txt" analyses
record igraph-100k $PY "$HERE/bench_igraph.py" "$WORK/g100k.txt" skip-betweenness
record graphtool-100k $PY "$HERE/bench_graphtool.py" "$WORK/g100k.txt" skip-betweenness

note "whole process: stakemap centrality on the bundled Belgian map (20 runs)"
rm -rf "$WORK/demo"
"$S" demo --out "$WORK/demo" > /dev/null 2>&1
for i in $(seq 20); do
  /usr/bin/time -f "%e %M" "$S" --db "$WORK/demo/stakemap.db" --quiet centrality > /dev/null 2>> "$WORK/belgium.times"
done
sort -n "$WORK/belgium.times" | awk '{t[NR]=$1; m=$2} END {printf "{\"label\": \"stakemap-belgium-centrality\", \"median_wall\": %s, \"min_wall\": %s, \"peak_kb\": %s}\n", t[int((NR+1)/2)], t[1], m}' | tee -a "$OUT"
rm -f "$WORK/belgium.times"

note "whole process on imported synthetic maps: import, centrality, network"
for size in 10k 100k; do
  rm -f "$WORK/ds$size.db"
  timed() { # timed LABEL command...: whole-process wall, user time and peak memory
    local label="$1"; shift
    /usr/bin/time -f "{\"label\": \"$label\", \"wall\": %e, \"user\": %U, \"peak_kb\": %M}" "$@" \
      > /dev/null 2> "$WORK/cli.err" || { cat "$WORK/cli.err" >&2; return 1; }
    grep '^{' "$WORK/cli.err" | tail -1 | tee -a "$OUT"
    grep -v '^{' "$WORK/cli.err" >&2 || true
  }
  timed "import-$size" "$S" --db "$WORK/ds$size.db" import "$WORK/ds$size"
  for cmd in centrality network communities; do
    timed "cli-$cmd-$size" "$S" --db "$WORK/ds$size.db" --quiet "$cmd"
  done
done
note "done: $(uptime)"
