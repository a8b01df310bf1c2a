#!/usr/bin/env bash
# Exact betweenness kept in the map (docs/metrics.md#betweenness-kept-in-the-map): centrality
# and whatif give the same tables when they read it back, a kept value that cannot be read is
# computed again, and keeping it is not a change of the map. Changes keep the values (their key
# digests the graph): a value kept for another graph is never used, a map changed back by undo
# finds its own again, and an edit that leaves the graph as it was (a new name) computes nothing.
source "$(dirname "$0")/lib.bash" "$@"
use_map m "$DATA"
kept() { sqlite3 "$STAKEMAP_DB" "SELECT count(*) FROM layout_cache WHERE key LIKE 'numbers betweenness %'"; }
batches=$(count batch)
hub=$(sqlite3 "$STAKEMAP_DB" "SELECT src FROM flow GROUP BY src ORDER BY count(*) DESC, src LIMIT 1")

run --format csv centrality --metric betweenness
expect_rc 0
first="$out"
same "$(kept)" 1
grep -q "0\.[0-9]*[1-9]" <<<"$first" || fail "no organisation has a betweenness above 0: $first"
run --format csv centrality --metric betweenness
expect_rc 0
same "$out" "$first"
same "$(kept)" 1

run whatif remove "$hub"
expect_rc 0
whatif="$out"
grep -q "betweenness_before" <<<"$whatif" || fail "whatif printed no moves: $whatif"
same "$(kept)" 2  # the changed map's; the map's own was read back
run whatif remove "$hub"
expect_rc 0
same "$out" "$whatif"
same "$(kept)" 2
# Keeping values is not a change: no batch.
same "$(count batch)" "$batches"

# Values that cannot be read back are computed again, with the same result.
sqlite3 "$STAKEMAP_DB" "UPDATE layout_cache SET value = x'0102030405060708090a' WHERE key LIKE 'numbers betweenness %'"
run whatif remove "$hub"
expect_rc 0
same "$out" "$whatif"
same "$(kept)" 2
same "$(sqlite3 "$STAKEMAP_DB" "SELECT count(*) FROM layout_cache WHERE length(value) = 10")" 0

# A new flow: the drawings go, the numbers stay, and the old graph's are not used: the
# centrality after the change is that of a map that never kept any.
run render -o before.svg
expect_rc 0
leaf=$(sqlite3 "$STAKEMAP_DB" "SELECT id FROM organisation ORDER BY id DESC LIMIT 1")
run add flow "$leaf" "$hub" --set status=active
expect_rc 0
same "$(sqlite3 "$STAKEMAP_DB" "SELECT count(*) FROM layout_cache WHERE key NOT LIKE 'numbers %'")" 0
same "$(kept)" 2
run --format csv centrality --metric betweenness
expect_rc 0
changed="$out"
[ "$changed" != "$first" ] || fail "the new flow changed no betweenness"
same "$(kept)" 3
cp "$STAKEMAP_DB" fresh.db
sqlite3 fresh.db "DELETE FROM layout_cache"
run --db fresh.db --format csv centrality --metric betweenness
expect_rc 0
same "$out" "$changed"

# Undo: the graph is the first one again, and so are its values, read back.
run undo
expect_rc 0
run --format csv centrality --metric betweenness
expect_rc 0
same "$out" "$first"
same "$(kept)" 3

# A new name leaves the graph as it was: nothing computed, the new name printed.
run set org "$hub" "name=Renamed hub for the cache test"
expect_rc 0
run --format csv centrality --metric betweenness
expect_rc 0
same "$(kept)" 3
grep -q "Renamed hub for the cache test" <<<"$out" || fail "the new name is not printed: $out"
echo "kept betweenness: ok"
