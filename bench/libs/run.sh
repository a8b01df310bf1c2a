#!/usr/bin/env bash
# Before/after benchmark of the analyses tried on Boost.Graph and Eigen (docs/benchmarks.md,
# section "Boost.Graph and Eigen"). Each variant is the engine of BUILD with
# engine/analysis/{components,structure,spectral}.cpp taken from a commit (BEFORE: our own
# code; AFTER: the library versions) and compiled with the same flags in place of today's.
# Both run the same driver on the same graphs, interleaved (before, after, after, before, ...)
# so that load on the machine hits both alike.
#   bench/libs/run.sh BEFORE AFTER [BUILD] [WORK] [ROUNDS] [REPEATS]
# As measured: bench/libs/run.sh ad3786a 54c36a3 (needs libeigen3-dev for AFTER's spectral.cpp).
# Results: WORK/results.jsonl, one JSON line per run with the load average at its start.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BEFORE="$1"
AFTER="$2"
BUILD="${3:-$ROOT/build}"
WORK="${4:-/tmp/stakemap-bench-libs}"
ROUNDS="${5:-3}"
REPEATS="${6:-3}"
OUT="$WORK/results.jsonl"
mkdir -p "$WORK"
: > "$OUT"

cmake --build "$BUILD" -j2 --target stakemap_analysis stakemap_graph stakemap_model stakemap_core >/dev/null
flags=(-std=c++20 -O3 -DNDEBUG -I"$ROOT/engine" -I/usr/include/eigen3)
variant() { # variant NAME REF: bench_NAME with the three sources as of REF
  mkdir -p "$WORK/$1"
  local objects=()
  for f in components structure spectral; do
    git -C "$ROOT" show "$2:engine/analysis/$f.cpp" > "$WORK/$1/$f.cpp"
    g++ "${flags[@]}" -c "$WORK/$1/$f.cpp" -o "$WORK/$1/$f.o"
    objects+=("$WORK/$1/$f.o")
  done
  g++ "${flags[@]}" "$ROOT/bench/libs/bench_libs.cpp" "${objects[@]}" -o "$WORK/bench_$1" -L"$BUILD/lib" \
    -lstakemap_analysis -lstakemap_graph -lstakemap_model -lstakemap_io -lstakemap_core -lstakemap_models -lpthread
}
variant before "$BEFORE"
variant after "$AFTER"

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
