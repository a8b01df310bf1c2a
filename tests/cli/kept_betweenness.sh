#!/usr/bin/env bash
# Exact betweenness kept in the map (docs/metrics.md#betweenness-kept-in-the-map): centrality
# and whatif give the same tables when they read it back, a kept value that cannot be read is
# computed again, keeping it is not a change of the map, and a value kept for another graph is
# never used (its key digests the graph), even when left behind by a change.
source "$(dirname "$0")/lib.bash" "$@"
use_map m "$DATA"
kept() { sqlite3 "$STAKEMAP_DB" "SELECT count(*) FROM layout_cache WHERE key LIKE 'betweenness %'"; }
batches=$(count batch)
hub=$(sqlite3 "$STAKEMAP_DB" "SELECT src FROM flow GROUP BY src ORDER BY count(*) DESC, src LIMIT 1")

run --format csv centrality --metric betweenness
expect_rc 0
first="$out"
[ "$(kept)" -ge 1 ] || fail "centrality kept no betweenness"
grep -q "0\.[0-9]*[1-9]" <<<"$first" || fail "no organisation has a betweenness above 0: $first"
run --format csv centrality --metric betweenness
expect_rc 0
same "$out" "$first"

run whatif remove "$hub"
expect_rc 0
whatif="$out"
grep -q "betweenness_before" <<<"$whatif" || fail "whatif printed no moves: $whatif"
after_whatif=$(kept)
[ "$after_whatif" -ge 2 ] || fail "whatif kept the changed map's betweenness: $after_whatif values"
run whatif remove "$hub"
expect_rc 0
same "$out" "$whatif"
same "$(kept)" "$after_whatif"
# Keeping values is not a change: no batch.
same "$(count batch)" "$batches"

# Values that cannot be read back are computed again, with the same result.
sqlite3 "$STAKEMAP_DB" "UPDATE layout_cache SET value = x'0102030405060708090a' WHERE key LIKE 'betweenness %'"
run whatif remove "$hub"
expect_rc 0
same "$out" "$whatif"

# A change empties the cache. Values kept for the old graph, put back as if they had stayed,
# are not used: the centrality after the change is that of a map that never kept any.
sqlite3 "$STAKEMAP_DB" "DELETE FROM layout_cache"
run --format csv centrality --metric betweenness
expect_rc 0
sqlite3 "$STAKEMAP_DB" ".mode insert layout_cache" "SELECT * FROM layout_cache WHERE key LIKE 'betweenness %'" >old.sql
[ -s old.sql ] || fail "no kept value to put back"
leaf=$(sqlite3 "$STAKEMAP_DB" "SELECT id FROM organisation ORDER BY id DESC LIMIT 1")
run add flow "$leaf" "$hub" --set status=active
expect_rc 0
same "$(kept)" 0
sqlite3 "$STAKEMAP_DB" <old.sql
run --format csv centrality --metric betweenness
expect_rc 0
stale="$out"
sqlite3 "$STAKEMAP_DB" "DELETE FROM layout_cache"
run --format csv centrality --metric betweenness
expect_rc 0
same "$stale" "$out"
[ "$out" != "$first" ] || fail "the new flow changed no betweenness"
echo "kept betweenness: ok"
