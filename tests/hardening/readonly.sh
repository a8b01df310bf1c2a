#!/usr/bin/env bash
# Read-only and damaged maps (docs/storage.md): a map in a folder the user cannot write to is
# still read; a change to a read-only map is refused with "read-only map", exit 1 (was exit 3);
# a damaged map file is exit 1, not an internal error. The permission cases run as the user
# nobody, so they need root (CI runs as root); the rest runs everywhere.
source "$(dirname "$0")/../cli/lib.bash" "$@"

gen_dataset ds X 10 20
use_map m ds
before=$(fingerprint "$STAKEMAP_DB")

# A damaged map: the pages after the first overwritten.
cp m.db bad.db
size=$(stat -c %s bad.db)
head -c $((size - 4096)) /dev/urandom | dd of=bad.db bs=4096 seek=1 conv=notrunc status=none
run --db bad.db list orgs
[ "$rc" = 1 ] || fail "a damaged map: expected exit 1, got $rc: $err"
lacks "$err" "internal error"

if [ "$(id -u)" != 0 ] || ! id nobody >/dev/null 2>&1; then
  echo "readonly: the permission cases need root and the user nobody; skipped them"
  exit 0
fi
as_nobody() { su nobody -s /bin/bash -c "$(printf '%q ' "$@")"; }
chmod 755 "$TMP"
mkdir shelf
cp m.db shelf/m.db
chmod 644 shelf/m.db
chmod 555 shelf
# A folder the user cannot write to: list, show and export still work.
as_nobody "$BIN" --db "$TMP/shelf/m.db" list orgs --format csv >list.out 2>list.err || fail "list in a read-only folder: $(cat list.err)"
grep -q '^org-00003,' list.out || fail "list in a read-only folder printed: $(cat list.out)"
as_nobody "$BIN" --db "$TMP/shelf/m.db" import "$TMP/ds" >imp.out 2>imp.err
rc=$?
[ "$rc" = 1 ] || fail "import into a map in a read-only folder: expected exit 1, got $rc: $(cat imp.err)"
contains "$(cat imp.err)" "read-only map"
ls shelf | grep -qv '^m.db$' && fail "files were left beside the map: $(ls shelf)"
chmod 755 shelf
# A read-only map file in a writable folder.
chmod 444 shelf/m.db
chmod 777 shelf
as_nobody "$BIN" --db "$TMP/shelf/m.db" import "$TMP/ds" >imp.out 2>imp.err
rc=$?
[ "$rc" = 1 ] || fail "import into a read-only map file: expected exit 1, got $rc: $(cat imp.err)"
contains "$(cat imp.err)" "read-only map"
same "$(fingerprint shelf/m.db)" "$before"

# A map of an older stakemap (schema version 1) in a folder nobody cannot write: reading it
# would need a migration, which cannot happen there: exit 1 with the way out; where it may be
# written, the read-only command migrates it first and reads it.
mkdir old
sqlite3 old/m.db < "$SRC/models/migrations/001_core.sql"
sqlite3 old/m.db "PRAGMA application_id = 1397443920; PRAGMA user_version = 1;
  INSERT INTO organisation(id, name, level) VALUES ('a', 'Org A', 'federal');"
chmod 555 old
as_nobody "$BIN" --db "$TMP/old/m.db" list orgs --format csv >old.out 2>old.err
rc=$?
[ "$rc" = 1 ] || fail "an older map in a read-only folder: expected exit 1, got $rc: $(cat old.err)"
contains "$(cat old.err)" "is older than this stakemap's; run any writing command"
chmod 755 old
"$BIN" --db old/m.db list orgs --format csv >old.out 2>old.err || fail "an older, writable map: $(cat old.err)"
grep -q '^a,Org A,' old.out || fail "an older map read after migrating printed: $(cat old.out)"
same "$(sqlite3 old/m.db 'PRAGMA user_version')" "$(ls "$SRC"/models/migrations/*.sql | wc -l)"
echo "readonly: ok"
