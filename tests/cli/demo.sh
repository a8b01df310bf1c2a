#!/usr/bin/env bash
# stakemap demo: builds the bundled map in a fresh folder, twice in a row without trouble.
source "$(dirname "$0")/lib.bash" "$@"

run demo --out d
expect_rc 0
contains "$out" "imported: 19 territories, 57 organisations, 150 flows, 106 needs"
contains "$out" "  - The map holds 57 organisations and 150 flows (125 active, 12 desired, 13 blocked)."
contains "$out" "  - The most common obstacle to sharing is GDPR"
# Findings are wrapped for a terminal: no finding line wider than 96 columns.
python3 -c 'import sys; sys.exit(any(len(l) > 96 for l in sys.stdin.read().split("\n") if l.startswith(("  - ", "    "))))' <<<"$out" \
  || fail "a key finding is not wrapped to 96 columns"
[ -f d/stakemap.db ] || fail "no map written"
[ -f d/belgium-2022/organisations.csv ] || fail "dataset not written next to the map"
first=$(sqlite3 d/stakemap.db "SELECT count(*) FROM organisation; SELECT count(*) FROM flow;")
run demo --out d
expect_rc 0
same "$(sqlite3 d/stakemap.db "SELECT count(*) FROM organisation; SELECT count(*) FROM flow;")" "$first"
same "$(sqlite3 d/stakemap.db "SELECT count(*) FROM batch")" "2"  # the dataset, then its survey answers
same "$(sqlite3 d/stakemap.db "SELECT count(DISTINCT respondent) FROM survey_answer")" "57"
run --db d/stakemap.db list orgs --format csv
expect_rc 0
[ "$(wc -l <<<"$out")" = 58 ] || fail "expected 57 organisations"
run --db d/stakemap.db check
expect_rc 0
# Default folder ./stakemap-demo
run demo
expect_rc 0
[ -f stakemap-demo/stakemap.db ] || fail "default --out not used"
run check "$DATA"
expect_rc 0
contains "$out" "ok (19 territories, 57 organisations, 150 flows, 106 needs, 0 warnings)"
echo "demo: ok"
