#!/usr/bin/env bash
# history, undo and diff finish, and are right, on a generated map of 2 000 organisations and
# 20 000 flows (not timed: speed is in docs/benchmarks.md, bench/history/run.sh): undoing the
# import empties the map and undoing that undo gives back an identical export; after a round,
# ~1 % of the records changed by an import are exactly what diff lists between two rounds; an
# undo of that import gives back the first export.
source "$(dirname "$0")/lib.bash" "$@"
export STAKEMAP_AUTHOR=ana
/usr/bin/python3 "$SRC/bench/generate/generate_map.py" --orgs 2000 --flows 20000 --seed 3 --out gen >/dev/null ||
  fail "generate"
/usr/bin/python3 "$SRC/bench/history/change_percent.py" gen changed 1 >/dev/null || fail "change 1 %"
use_map m gen
snapshot "$STAKEMAP_DB" >before.json

run undo
expect_rc 0
same "$(snapshot "$STAKEMAP_DB" | python3 -c "import json,sys; d=json.load(sys.stdin); print(len(d['organisations']), len(d['flows']))")" "0 0"
run undo
expect_rc 0
snapshot "$STAKEMAP_DB" >redone.json
cmp -s before.json redone.json || fail "undo of the undo of the import does not give back the same export json"

run round save r1
expect_rc 0
run --quiet import changed
expect_rc 0
run round save r2
expect_rc 0
run diff r1 r2 --format csv
expect_rc 0
printf '%s\n' "$out" >diff.csv
same "$(awk -F, '$1 == "flow" && $3 == "changed" && $4 == "frequency"' diff.csv | wc -l)" "200"
same "$(awk -F, '$1 == "organisation" && $3 == "changed" && $4 == "name"' diff.csv | wc -l)" "20"
same "$(tail -n +2 diff.csv | wc -l)" "220"

run history --limit 100 --format csv
expect_rc 0
same "$(printf '%s\n' "$out" | tail -n +2 | wc -l)" "100"

run undo
expect_rc 0
snapshot "$STAKEMAP_DB" >undone.json
cmp -s before.json undone.json || fail "undo of the 1 % import does not give back the first export json"
run diff r1 now --format csv
same "$(printf '%s\n' "$out" | tail -n +2 | wc -l)" "0"
echo "history_scale: ok"
