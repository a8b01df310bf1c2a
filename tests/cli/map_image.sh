#!/usr/bin/env bash
# The map image (docs/storage.md#the-map-image): a read command stores the loaded map in the
# map file and the next one reads it; what it prints is the same either way; a change made with
# the sqlite3 tool (as an analyst would) shows at once; a damaged image is ignored and stored
# anew; a writer holding the map neither delays a reader nor lets it keep a stale image.
source "$(dirname "$0")/lib.bash" "$@"
command -v sqlite3 >/dev/null || skip "needs the sqlite3 tool"
gen_dataset ds X 40 200
use_map m ds
image() { sqlite3 "$STAKEMAP_DB" "SELECT coalesce((SELECT length(value) FROM map_image), 0)"; }

run list orgs --format csv
expect_rc 0
first=$out
[ "$(image)" -gt 0 ] || fail "list orgs stored no map image"
# Storing the image is not a change: no batch.
same "$(sqlite3 "$STAKEMAP_DB" "SELECT count(*) FROM batch")" 1
run list orgs --format csv
expect_rc 0
same "$out" "$first"
run show org-00007
expect_rc 0
shown=$out
sqlite3 "$STAKEMAP_DB" "DELETE FROM map_image"
run show org-00007
expect_rc 0
same "$out" "$shown"

# An analyst's change with the sqlite3 tool empties the image; the next command shows it.
run list orgs --format csv
sqlite3 "$STAKEMAP_DB" "UPDATE organisation SET name = 'Renamed In SQLite' WHERE id = 'org-00007'"
same "$(image)" 0
run show org-00007
expect_rc 0
contains "$out" "Renamed In SQLite"
run show org-00007
contains "$out" "Renamed In SQLite"
sqlite3 "$STAKEMAP_DB" "DELETE FROM org_code WHERE org = 'org-00007' AND facet = 'domain' AND code = 'legal'"
run show org-00007
lacks "$out" "legal"

# A damaged image: ignored, the map read from its tables and the image stored anew.
run list orgs --format csv
good=$out
sqlite3 "$STAKEMAP_DB" "UPDATE map_image SET value = randomblob(5000)"
run list orgs --format csv
expect_rc 0
same "$out" "$good"
sqlite3 "$STAKEMAP_DB" "UPDATE map_image SET value = substr(value, 1, length(value) / 2)"
run list orgs --format csv
expect_rc 0
same "$out" "$good"
[ "$(image)" -gt 5000 ] || fail "the damaged image was not stored anew"

# A writer holding the map (uncommitted): a reader answers at once with the committed map and
# keeps no image of the writer's change.
sqlite3 "$STAKEMAP_DB" "DELETE FROM map_image"
sqlite3 "$STAKEMAP_DB" "BEGIN IMMEDIATE; UPDATE organisation SET name = 'Not Yet' WHERE id = 'org-00003';" \
  ".shell sleep 3" "COMMIT;" >/dev/null 2>&1 &
locker=$!
sleep 0.5
start=$(date +%s%N)
run show org-00003
expect_rc 0
lacks "$out" "Not Yet"
[ $(( ($(date +%s%N) - start) / 1000000 )) -lt 2000 ] || fail "the reader waited for the writer"
wait "$locker"
run show org-00003
contains "$out" "Not Yet"

# A map the user cannot write (as the user nobody, so root only): read commands work, with or
# without an image, and store none.
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
  as_nobody() { su nobody -s /bin/bash -c "$(printf '%q ' "$@")"; }
  chmod 755 "$TMP"
  mkdir shelf
  run list orgs --format csv
  now=$out
  sqlite3 "$STAKEMAP_DB" "DELETE FROM map_image"
  cp "$STAKEMAP_DB" shelf/m.db
  chmod 444 shelf/m.db
  chmod 777 shelf
  as_nobody "$BIN" --db "$TMP/shelf/m.db" list orgs --format csv >ro.out 2>ro.err || fail "list on a read-only map file: $(cat ro.err)"
  same "$(cat ro.out)" "$now"
  same "$(sqlite3 shelf/m.db "SELECT count(*) FROM map_image")" 0
  chmod 555 shelf
  as_nobody "$BIN" --db "$TMP/shelf/m.db" show org-00003 >ro.out 2>ro.err || fail "show in a read-only folder: $(cat ro.err)"
  contains "$(cat ro.out)" "Not Yet"
  chmod 755 shelf
fi
echo "map image: ok"
