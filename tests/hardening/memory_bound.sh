#!/usr/bin/env bash
# Memory bound (issue 19): on a generated map of 5 000 organisations, `gaps flows` (recommended
# links over every pair that shares a territory and a domain) and `report` run within 512 MiB
# of address space. Measured on this map: `gaps flows` needs under 192 MiB, `--limit 0 --format
# csv` under 320 MiB, `report` under 200 MiB (one malloc arena under a limit: with one per
# thread it took 263-378 MiB, varying with the load, and once failed the suite); before the bound, `gaps flows` held every
# qualifying pair (740 MiB resident, 3 GiB with --limit 0). Skipped under the sanitizers (their
# shadow memory needs terabytes of address space) and without python3 (the generator).
# About 20 s alone on a quiet machine (60-106 s inside the parallel suite on the loaded shared
# machine), most of it the report (laid out by groups since the 1 000-organisation threshold).
source "$(dirname "$0")/../cli/lib.bash" "$@"

[ -z "${ASAN_OPTIONS:-}${UBSAN_OPTIONS:-}" ] || skip "memory limits do not apply under the sanitizers"
command -v python3 >/dev/null || skip "python3 (the map generator) is missing"
command -v prlimit >/dev/null || skip "prlimit (util-linux) is missing"
MEMORY_BOUND_MIB=512
LIMIT=$((MEMORY_BOUND_MIB * 1024 * 1024))

python3 "$SRC/bench/generate/generate_map.py" --orgs 5000 --flows 10000 --seed 1 --out big >/dev/null ||
  fail "generate_map.py failed"
use_map big big

bounded() { prlimit --as="$LIMIT" -- "$BIN" "$@"; }

# Every qualifying pair is scored, each organisation keeps its best 50, the cut is said.
run_bounded() {
  out=$(bounded "$@" 2>"$TMP/err")
  rc=$?
  err=$(cat "$TMP/err")
}
run_bounded gaps flows recommended --limit 0 --format csv
[ "$rc" = 0 ] || fail "gaps flows --limit 0 under $MEMORY_BOUND_MIB MiB: exit $rc: $err"
rows=$(($(wc -l <<<"$out") - 1))
[ "$rows" -gt 5000 ] || fail "expected thousands of recommended links, got $rows"
contains "$err" "qualifying pairs were left out: each organisation keeps its best 50"

run_bounded gaps flows
[ "$rc" = 0 ] || fail "gaps flows under $MEMORY_BOUND_MIB MiB: exit $rc: $err"
contains "$out" "Recommended links"

run_bounded report -o report.html
[ "$rc" = 0 ] || fail "report under $MEMORY_BOUND_MIB MiB: exit $rc: $err"
[ -s report.html ] || fail "report.html not written"
exit 0
