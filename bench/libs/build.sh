#!/usr/bin/env bash
# Builds bench_libs (bench/CMakeLists.txt) in BUILD (default: build) and copies it to OUT
# (default: BUILD/bin/bench_libs). Usage: bench/libs/build.sh [BUILD] [OUT]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${1:-$ROOT/build}"
OUT="${2:-$BUILD/bin/bench_libs}"
cmake --build "$BUILD" -j2 --target bench_libs >/dev/null
[ "$OUT" -ef "$BUILD/bin/bench_libs" ] || cp "$BUILD/bin/bench_libs" "$OUT"
echo "$OUT"
