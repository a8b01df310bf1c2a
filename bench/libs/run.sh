#!/usr/bin/env bash
# Before/after benchmark of the analyses moved onto Boost.Graph and Eigen (docs/benchmarks.md,
# section "Boost.Graph and Eigen"). "Before" is the engine with components.cpp, structure.cpp
# and spectral.cpp as they were at REF (compiled with the same flags and linked in place of
# today's), "after" is the engine of BUILD. Both run the same driver on the same graphs,
# interleaved (before, after, after, before, ...) so that load on the machine hits both alike.
#   bench/libs/run.sh REF [BUILD] [WORK] [ROUNDS] [REPEATS]
# REF: the commit before the change (ad3786a). Results: WORK/results.jsonl, one line per run.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
REF="$1"
BUILD="${2:-$ROOT/build}"
WORK="${3:-/tmp/stakemap-bench-libs}"
ROUNDS="${4:-3}"
REPEATS="${5:-3}"
mkdir -p "$WORK/before"
OUT="$WORK/results.jsonl"
: > "$OUT"

bash "$ROOT/bench/libs/build.sh" "$BUILD" "$WORK/bench_after" >/dev/null
flags=(-std=c++20 -O3 -DNDEBUG -I"$ROOT/engine")
objects=()
for f in components structure spectral; do
  git -C "$ROOT" show "$REF:engine/analysis/$f.cpp" > "$WORK/before/$f.cpp"
  g++ "${flags[@]}" -c "$WORK/before/$f.cpp" -o "$WORK/before/$f.o"
  objects+=("$WORK/before/$f.o")
done
g++ "${flags[@]}" "$ROOT/bench/libs/bench_libs.cpp" "${objects[@]}" -o "$WORK/bench_before" -L"$BUILD/lib" \
  -lstakemap_analysis -lstakemap_graph -lstakemap_model -lstakemap_io -lstakemap_core -lstakemap_models -lpthread

for spec in "100000 500000" "500000 2500000"; do
  set -- $spec
  [ -f "$WORK/g$1.txt" ] || /usr/bin/python3 "$ROOT/bench/analytics/make_graph.py" "$1" "$2" 1 "$WORK/g$1.txt"
done

run() { # run VARIANT N
  echo "{\"variant\": \"$1\", \"graph\": \"$2\", \"load\": \"$(cut -d' ' -f1-3 /proc/loadavg)\", \"result\": $("$WORK/bench_$1" "$WORK/g$2.txt" "$REPEATS")}" | tee -a "$OUT"
}
for round in $(seq "$ROUNDS"); do
  for n in 100000 500000; do
    if (( round % 2 )); then run before "$n"; run after "$n"; else run after "$n"; run before "$n"; fi
  done
done
