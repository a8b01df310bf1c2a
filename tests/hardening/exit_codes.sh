#!/usr/bin/env bash
# Exit codes of issue 20's "Low" list: each case is exit 1 (never 3) with a message naming the
# path, and leaves nothing behind: `-o` naming a folder, `export csv` into a folder that cannot
# be written (as root, which writes through permission bits, the read-only folder is tried as
# the user nobody with setpriv), an input from a FIFO or a pipe (read as a stream), a corrupt map (garbage bytes,
# a truncated file, damaged pages), `whatif --save` on a full disk (a file size limit, and a
# tiny tmpfs when root may mount one).
source "$(dirname "$0")/../cli/lib.bash" "$@"

gen_dataset ds X 40 200
use_map m ds
before=$(fingerprint "$STAKEMAP_DB")

# nothing_left: no temporary file or folder (.NAME.XXXXXXXX.tmp, .NAME.XXXXXX) and no .part
# file in the current folder.
nothing_left() {
  local left
  left=$(ls -A | grep -E '^\..*\.tmp$|^\.out\.|\.part$')
  [ -z "$left" ] || fail "left behind: $left"
}

# -o naming a folder, for every command that writes a file: exit 1, the folder untouched.
mkdir folder
for cmd in "export graphml" "export json" "export dot" "export xlsx" "render" "report"; do
  # shellcheck disable=SC2086
  expect_exit 1 "folder: is a folder: give a file name" $cmd -o folder
  expect_exit 1 "folder/: is a folder: give a file name" $cmd -o folder/
done
[ -z "$(ls -A folder)" ] || fail "something was written into the folder: $(ls -A folder)"
nothing_left

# export csv (and kumu-csv) into a folder that cannot be written. Root writes through
# permission bits, so the sure cases are ones root cannot write either: a path under a regular
# file, a missing folder, /proc and /sys.
echo "a file" >plain
expect_exit 1 "plain/out: cannot write: Not a directory" export csv -o plain/out
expect_exit 1 "plain/out: cannot write: Not a directory" export kumu-csv -o plain/out
expect_exit 1 "missing/out: cannot write: folder missing: No such file or directory" export csv -o missing/out
expect_exit 1 "/proc/stakemap-out: cannot write" export csv -o /proc/stakemap-out
[ -d /sys/kernel ] && expect_exit 1 "/sys/kernel/stakemap-out: cannot write" export csv -o /sys/kernel/stakemap-out
same "$(cat plain)" "a file"
mkdir locked
chmod 555 locked
if [ "$(id -u)" != 0 ]; then
  expect_exit 1 "locked/out: cannot write: Permission denied" export csv -o locked/out
elif command -v setpriv >/dev/null; then
  # As root (CI), the same export as the user nobody, from a copy of the map nobody can read.
  chmod 755 "$TMP"
  cp "$STAKEMAP_DB" shared.db && chmod 644 shared.db
  as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  "${as_nobody[@]}" "$BIN" export csv -o locked/out --db shared.db >"$TMP/.out" 2>"$TMP/.err"
  rc=$?
  [ "$rc" = 1 ] || fail "export csv into a read-only folder (as nobody): expected exit 1, got $rc: $(cat "$TMP/.err")"
  contains "$(cat "$TMP/.err")" "locked/out: cannot write: Permission denied"
  chmod 700 "$TMP"
else
  echo "exit_codes: as root without setpriv, a folder without write permission is writable: that case is skipped"
fi
[ -z "$(ls -A locked)" ] || fail "something was written into the read-only folder"
chmod 755 locked
nothing_left

# An input from a FIFO or a pipe is read as a stream: dataset files, a survey export and
# interchange files (the reader never asks a FIFO its size, which was exit 3).
from_fifo() {  # from_fifo FILE KIND MAP: imports FILE through a FIFO into MAP
  rm -f in.fifo
  mkfifo in.fifo
  cat "$1" >in.fifo &
  run --quiet import in.fifo --kind "$2" --db "$3"
  wait
}
"$BIN" init --db fifo.db >/dev/null 2>&1 || fail "init fifo.db"
from_fifo ds/territories.csv territories fifo.db
expect_rc 0
from_fifo ds/organisations.csv orgs fifo.db
expect_rc 0
same "$(sqlite3 fifo.db 'SELECT count(*) FROM organisation')" 40
run --quiet import <(cat ds/flows.csv) --kind flows --db fifo.db
expect_rc 0
same "$(sqlite3 fifo.db 'SELECT count(*) FROM flow')" 200
run export graphml -o m.graphml
expect_rc 0
"$BIN" init --db graphml.db >/dev/null 2>&1 || fail "init graphml.db"
from_fifo m.graphml graphml graphml.db
expect_rc 0
same "$(sqlite3 graphml.db 'SELECT count(*) FROM flow')" 200
"$BIN" --quiet import "$DATA" --db survey.db >/dev/null 2>&1 || fail "import the bundled dataset"
from_fifo "$DATA/responses.csv" survey survey.db
expect_rc 0
# A FIFO that is not a dataset file: the usual clear refusal (exit 2, a usage error), no hang.
rm -f in.fifo && mkfifo in.fifo
expect_exit 2 "in.fifo: cannot tell the kind of file from its name; give --kind" import in.fifo --db fifo.db

# A corrupt map: garbage, a truncated file, damaged pages. Exit 1 naming the map, for a command
# that reads and one that writes; the file is left as it was.
sqlite3 "$STAKEMAP_DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
head -c 8192 /dev/urandom >garbage.db
size=$(stat -c %s "$STAKEMAP_DB")
head -c $((size / 2)) "$STAKEMAP_DB" >truncated.db
cp "$STAKEMAP_DB" pages.db
awk 'BEGIN { for (i = 0; i < 1024; i++) printf "garbage!" }' | dd of=pages.db bs=1 seek=8192 conv=notrunc 2>/dev/null
for db in garbage.db truncated.db pages.db; do
  sum=$(md5sum <"$db")
  for cmd in "list orgs" "centrality" "import ds"; do
    # shellcheck disable=SC2086
    run $cmd --db "$db"
    expect_rc 1
    contains "$err" "$db: "
    case "$err" in *"file is not a database"* | *"malformed"*) ;; *) fail "$cmd on $db: $err" ;; esac
  done
  same "$(md5sum <"$db")" "$sum"
done

# whatif --save on a full disk: a file size limit (SIGXFSZ ignored so that the write fails with
# EFBIG), then a real full disk (a 256 KiB tmpfs) when root may mount one. Exit 1, naming the
# new map, and no file left: neither the new map nor its temporary file.
org=org-00001
(trap '' XFSZ; prlimit --fsize=60000 "$BIN" whatif remove "$org" --save new.db >"$TMP/.out" 2>"$TMP/.err")
rc=$?
[ "$rc" = 1 ] || fail "whatif --save under a file size limit: expected exit 1, got $rc: $(cat "$TMP/.err")"
contains "$(cat "$TMP/.err")" "new.db: cannot save the changed map"
[ -e new.db ] && fail "whatif --save left a partial new.db"
nothing_left
mkdir tiny
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=256k stakemap-test "$TMP/tiny" 2>/dev/null; then
  (trap '' XFSZ; "$BIN" whatif remove "$org" --save tiny/new.db >"$TMP/.out" 2>"$TMP/.err")
  rc=$?
  left=$(ls -A tiny)
  umount "$TMP/tiny"
  [ "$rc" = 1 ] || fail "whatif --save on a full tmpfs: expected exit 1, got $rc: $(cat "$TMP/.err")"
  contains "$(cat "$TMP/.err")" "tiny/new.db: cannot save the changed map: the disk is full"
  [ -z "$left" ] || fail "whatif --save on a full disk left: $left"
else
  echo "exit_codes: cannot mount a tmpfs (not root, or no permission): the real full disk is skipped"
fi
# The same save with room: a whole map, and a second save refuses to replace it.
run whatif remove "$org" --save new.db
expect_rc 0
same "$(sqlite3 new.db 'SELECT count(*) FROM organisation')" 39
expect_exit 1 "new.db: exists already" whatif remove "$org" --save new.db

same "$(fingerprint "$STAKEMAP_DB")" "$before"
echo "exit_codes: ok"
