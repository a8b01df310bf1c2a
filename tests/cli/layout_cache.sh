#!/usr/bin/env bash
# Drawings kept in the map (docs/maps.md#drawings-kept-in-the-map): render, report and explore
# give the same files the second time, read from the map's layout_cache; keeping them is not a
# change of the map; every change empties the cache, and what is drawn next shows the change.
source "$(dirname "$0")/lib.bash" "$@"
use_map m "$DATA"
same "$(count layout_cache)" 0
# Drawings only: numbers kept under a digest of the graph (betweenness) are another matter
# (kept_betweenness.sh).
drawings() { sqlite3 "$STAKEMAP_DB" "SELECT count(*) FROM layout_cache WHERE key NOT LIKE 'numbers %'"; }
changes=$(sqlite3 "$STAKEMAP_DB" "SELECT count(*) FROM batch")

run render -o a.svg
expect_rc 0
kept=$(drawings)
[ "$kept" -ge 1 ] || fail "render kept no drawing"
run render -o b.svg
expect_rc 0
cmp -s a.svg b.svg || fail "the second render differs from the first"
same "$(drawings)" "$kept"

run report -o r1.html
expect_rc 0
[ "$(drawings)" -gt "$kept" ] || fail "report kept no drawing"
run report -o r2.html
expect_rc 0
cmp -s r1.html r2.html || fail "the second report differs from the first"
run explore -o e1.html
expect_rc 0
run explore -o e2.html
expect_rc 0
cmp -s e1.html e2.html || fail "the second explorer differs from the first"
# Keeping drawings is not a change: no batch, nothing in the history.
same "$(sqlite3 "$STAKEMAP_DB" "SELECT count(*) FROM batch")" "$changes"

# A change empties the cache, and the next drawing has the new organisation.
run add org cache-test-org --name "Cache Test Organisation" --set kind=ngo
expect_rc 0
same "$(drawings)" 0
run render -o c.svg
expect_rc 0
grep -q "Cache Test" c.svg || fail "the drawing after the change lacks the new organisation"
grep -q "Cache Test" a.svg && fail "the first drawing already had the new organisation"
[ "$(drawings)" -ge 1 ] || fail "render after the change kept no drawing"

# Another process holding the map's write lock: the render works all the same and the drawing
# is simply not kept (the cache waits 200 ms at most, never fails a command).
sqlite3 "$STAKEMAP_DB" "DELETE FROM layout_cache"
sqlite3 "$STAKEMAP_DB" "BEGIN EXCLUSIVE; DELETE FROM layout_cache;" ".shell sleep 3" "COMMIT;" >/dev/null 2>&1 &
locker=$!
sleep 0.5
run render -o d.svg
expect_rc 0
cmp -s c.svg d.svg || fail "the render beside a writer differs"
wait "$locker"
same "$(count layout_cache)" 0
echo "layout cache: ok"
