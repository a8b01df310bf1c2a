#!/usr/bin/env bash
# Builds bench_libs against the Release libraries of BUILD (default: build) into OUT
# (default: BUILD/bin/bench_libs). Usage: bench/libs/build.sh [BUILD] [OUT]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${1:-$ROOT/build}"
OUT="${2:-$BUILD/bin/bench_libs}"
cmake --build "$BUILD" -j2 --target stakemap_analysis stakemap_graph stakemap_model stakemap_core >/dev/null
g++ -std=c++20 -O2 -DNDEBUG -I"$ROOT/engine" "$ROOT/bench/libs/bench_libs.cpp" \
  -o "$OUT" -L"$BUILD/lib" -lstakemap_analysis -lstakemap_graph -lstakemap_model \
  -lstakemap_io -lstakemap_core -lstakemap_models -lpthread
echo "$OUT"
