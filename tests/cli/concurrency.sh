#!/usr/bin/env bash
# Concurrency on one map file (WAL journal, busy timeout 5 s):
# - readers (`list`, `centrality`) running while another process imports never fail and always
#   see a whole map, the one before or the one after, never part of an import;
# - a writer that finds another writer waits for it (up to 5 s) and then proceeds, or fails
#   with a clear message and exit 1 after 5 s; no map is ever corrupted.
source "$(dirname "$0")/lib.bash" "$@"

gen_dataset A A 1000 12000
gen_dataset B B 1000 13000
for x in a b; do
  run --db "$x.db" --quiet import "${x^^}" --replace
  expect_rc 0
done
# What a reader may see: the listing or the centralities of map A or of map B.
la=$("$BIN" --db a.db list flows --layer any --format csv | cut -d, -f2- | md5sum) || fail "list on map A"
lb=$("$BIN" --db b.db list flows --layer any --format csv | cut -d, -f2- | md5sum) || fail "list on map B"
ca=$("$BIN" --db a.db centrality --metric degree,pagerank --format csv | md5sum) || fail "centrality on map A"
cb=$("$BIN" --db b.db centrality --metric degree,pagerank --format csv | md5sum) || fail "centrality on map B"
fa=$(fingerprint a.db) && fb=$(fingerprint b.db) || fail "cannot read the reference maps"
cp a.db map.db

# One writer swaps the whole map back and forth while two readers list it.
(
  for i in 1 2 3 4; do
    "$BIN" --db map.db --quiet import B --replace >/dev/null 2>writer.err || { echo "writer failed: $(cat writer.err)"; exit 1; }
    "$BIN" --db map.db --quiet import A --replace >/dev/null 2>writer.err || { echo "writer failed: $(cat writer.err)"; exit 1; }
  done
  touch writer.done
) >writer.log &
writer=$!
reader() {
  local n=0 seen
  while [ ! -e writer.done ]; do
    if ((n % 2)); then
      seen=$("$BIN" --db map.db centrality --metric degree,pagerank --format csv 2>"reader$1.err" | md5sum)
      [ "${PIPESTATUS[0]}" = 0 ] || { echo "reader $1 (centrality) failed: $(cat "reader$1.err")"; return 1; }
      [ "$seen" = "$ca" ] || [ "$seen" = "$cb" ] || { echo "reader $1 computed centralities of neither A nor B"; return 1; }
    else
      seen=$("$BIN" --db map.db list flows --layer any --format csv 2>"reader$1.err" | cut -d, -f2- | md5sum)
      [ "${PIPESTATUS[0]}" = 0 ] || { echo "reader $1 (list) failed: $(cat "reader$1.err")"; return 1; }
      [ "$seen" = "$la" ] || [ "$seen" = "$lb" ] || { echo "reader $1 listed a map that is neither A nor B"; return 1; }
    fi
    n=$((n + 1))
  done
  echo "$n"
}
reader 1 >reader1.log &
r1=$!
reader 2 >reader2.log &
r2=$!
wait "$writer" || fail "$(cat writer.log)"
wait "$r1" || fail "$(cat reader1.log)"
wait "$r2" || fail "$(cat reader2.log)"
echo "readers read the map $(cat reader1.log) and $(cat reader2.log) times (list, centrality) during 8 imports"
[ "$(integrity map.db)" = ok ] || fail "integrity_check after concurrent reads"
[ "$(fingerprint map.db)" = "$fa" ] || fail "the map is not A after the writer's last import"

# A writer holds the map (an open write transaction) for 2 s: an import waits, then succeeds.
(echo "BEGIN IMMEDIATE;"; sleep 2; echo "ROLLBACK;") | sqlite3 map.db &
locker=$!
sleep 0.5
run --db map.db list orgs --format csv   # readers are never blocked by a writer
expect_rc 0
run --db map.db --quiet import B --replace
expect_rc 0
wait "$locker"
[ "$(fingerprint map.db)" = "$fb" ] || fail "the import that waited did not land"

# The lock is held for 8 s, longer than the 5 s busy timeout: the import fails clearly.
(echo "BEGIN IMMEDIATE;"; sleep 8; echo "ROLLBACK;") | sqlite3 map.db &
locker=$!
sleep 0.5
run --db map.db --quiet import A --replace
expect_rc 1
contains "$err" "cannot start writing (another process is writing this map?)"
wait "$locker"
[ "$(fingerprint map.db)" = "$fb" ] || fail "a failed import changed the map"

# Two imports started together: each lands whole (the second waits) or fails clearly.
"$BIN" --db map.db --quiet import A --replace >w1.out 2>w1.err &
p1=$!
"$BIN" --db map.db --quiet import B --replace >w2.out 2>w2.err &
p2=$!
wait "$p1"; rc1=$?
wait "$p2"; rc2=$?
for k in 1 2; do
  rc=$((k == 1 ? rc1 : rc2))
  [ "$rc" = 0 ] || { [ "$rc" = 1 ] && grep -qF "cannot start writing" "w$k.err"; } || fail "writer $k: exit $rc: $(cat "w$k.err")"
done
[ "$rc1" = 0 ] || [ "$rc2" = 0 ] || fail "neither of two writers succeeded"
[ "$(integrity map.db)" = ok ] || fail "integrity_check after two writers"
now=$(fingerprint map.db)
[ "$now" = "$fa" ] || [ "$now" = "$fb" ] || fail "two writers left a mix of their data"
exit 0
