#!/usr/bin/env bash
# Builds bench_stakemap against the Release libraries of BUILD (default: build).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${1:-$ROOT/build}"
cmake --build "$BUILD" -j2 --target stakemap_analysis stakemap_graph stakemap_model stakemap_core >/dev/null
g++ -std=c++20 -O2 -DNDEBUG -I"$ROOT/engine" "$ROOT/bench/analytics/bench_stakemap.cpp" \
  -o "$BUILD/bin/bench_stakemap" -L"$BUILD/lib" -lstakemap_analysis -lstakemap_graph -lstakemap_model \
  -lstakemap_io -lstakemap_core -lstakemap_models -lpthread
echo "$BUILD/bin/bench_stakemap"
