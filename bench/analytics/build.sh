#!/usr/bin/env bash
# Builds bench_stakemap (bench/CMakeLists.txt) in BUILD (default: build) and prints its path.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD="${1:-$ROOT/build}"
cmake --build "$BUILD" -j2 --target bench_stakemap >/dev/null
echo "$BUILD/bin/bench_stakemap"
