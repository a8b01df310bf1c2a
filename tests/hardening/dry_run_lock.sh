#!/usr/bin/env bash
# A dry run never takes the map's writer lock (docs/storage.md, "Dry runs"): `import --dry-run`
# works on a private copy of the map, so a long dry run does not hold other writers back. Was:
# the dry run held the lock for its whole length, and an import started meanwhile waited 5 s
# and failed with "cannot start writing" (issue 20).
source "$(dirname "$0")/../cli/lib.bash" "$@"

gen_dataset base BASE 50 100
gen_dataset small SMALL 5 5
sed -i 's/^org-/new-/; s/,org-/,new-/g' small/organisations.csv small/flows.csv
# The long one (17 MB, generated here): 3 000 organisations and 300 000 flows, under ids of its
# own (big-*); its dry run takes about 2 s of CPU.
gen_dataset big BIG 3000 300000
sed -i 's/^org-/big-/; s/,org-/,big-/g' big/organisations.csv big/flows.csv
use_map m base
history_before=$(sqlite3 m.db "SELECT count(*) FROM batch")

"$BIN" --db m.db --quiet import big --dry-run >dry.out 2>dry.err &
dry=$!
# Once the dry run has copied the map and is reading its files, a real import and an add must
# land while it still runs (before, they waited for its end, or failed after 5 s).
sleep 0.3
kill -0 "$dry" 2>/dev/null || fail "the dry run ended within 0.3 s: too short to show anything"
start=$(date +%s%N)
run --db m.db --quiet import small
expect_rc 0
run --db m.db add org solo-1 --name "Solo one" --kind ngo
expect_rc 0
took=$((($(date +%s%N) - start) / 1000000))
kill -0 "$dry" 2>/dev/null || fail "the dry run ended before the writers did (they took $took ms): make it longer"
wait "$dry" || fail "the dry run failed: $(cat dry.err)"
grep -q "valid (dry run, nothing written): .* 3000 organisations, 300000 flows" dry.out || fail "dry run said: $(cat dry.out)"
echo "dry_run_lock: an import and an add took $took ms while the dry run ran"

# The dry run changed nothing: the map holds the base, the small import and the added org.
[ "$(count "organisation WHERE id LIKE 'big-%'")" = 0 ] || fail "the dry run wrote organisations"
[ "$(count organisation)" = $((50 + 5 + 1)) ] || fail "organisations: $(count organisation)"
[ "$(count flow)" = $((100 + 5)) ] || fail "flows: $(count flow)"
[ "$(sqlite3 m.db "SELECT count(*) FROM batch")" = $((history_before + 2)) ] || fail "the dry run left history"
ls -a | grep -q '\.tmp' && fail "a temporary file was left: $(ls -a)"
[ "$(integrity m.db)" = ok ] || fail "integrity_check"

# A dry run of a read-only map works too (it only reads it), and of a map that does not exist
# creates nothing.
chmod 444 m.db
run --db m.db import small --dry-run
chmod 644 m.db
expect_rc 0
contains "$out" "valid (dry run, nothing written)"
run --db none.db import small --dry-run
expect_rc 0
[ ! -e none.db ] || fail "a dry run created the map"
exit 0
