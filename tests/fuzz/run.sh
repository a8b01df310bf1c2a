#!/usr/bin/env bash
# Runs every libFuzzer target of a -DSTAKEMAP_FUZZ=ON build for SECONDS each, JOBS at a time.
# Usage: tests/fuzz/run.sh BUILD_DIR SECONDS JOBS
# New inputs go to BUILD_DIR/fuzz-corpus/<target> (the seeds in tests/fuzz/corpus are only
# read); a crash leaves BUILD_DIR/fuzz-crashes/<target>-crash-* and fails the run. Once the bug
# is fixed, copy that file into tests/fuzz/regressions/<target>/: the unit test
# "fuzz corpus and regressions replay cleanly" then replays it in every build.
set -euo pipefail
build=$(realpath "$1") seconds=$2 jobs=$3
src=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$build/fuzz-crashes" "$build/fuzz-logs"
targets=$(cd "$build/bin" && ls fuzz_* | sed 's/^fuzz_//')
run_one() {
  local t=$1
  mkdir -p "$build/fuzz-corpus/$t"
  if "$build/bin/fuzz_$t" -max_total_time="$seconds" -max_len=32768 -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$build/fuzz-crashes/$t-" \
      "$build/fuzz-corpus/$t" "$src/corpus/$t" >"$build/fuzz-logs/$t.log" 2>&1; then
    echo "fuzz $t: $(grep -E '^stat::number_of_executed_units' "$build/fuzz-logs/$t.log" | awk '{print $2}') runs in ${seconds} s, no finding"
  else
    echo "fuzz $t: FINDING (log: $build/fuzz-logs/$t.log)"
    grep -E 'ERROR|SUMMARY|property broken|Test unit written' "$build/fuzz-logs/$t.log" | head -5
    return 1
  fi
}
export -f run_one
export build seconds src
if ! printf '%s\n' $targets | xargs -P "$jobs" -I{} bash -c 'run_one {}'; then
  echo "fuzzing found a problem: see $build/fuzz-crashes/" >&2
  exit 1
fi
