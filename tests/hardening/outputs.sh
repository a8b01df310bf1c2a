#!/usr/bin/env bash
# Outputs are whole or absent (docs/security.md, "Outputs"): no write through a planted link,
# no device, FIFO, folder or the open map replaced, a csv export folder renamed into place
# whole with its manifest, a truncated or unfinished export refused by import, and write
# errors on standard output (a full disk) reported with exit 1; a closed pipe is quiet.
# The device case needs root (CI runs as root); it makes its own device node in $TMP.
source "$(dirname "$0")/../cli/lib.bash" "$@"

gen_dataset ds X 40 200
use_map m ds
before=$(fingerprint "$STAKEMAP_DB")

# A symlink planted where the old writer put its temporary file: never followed.
echo "another owner's file" >victim
ln -s "$TMP/victim" team.graphml.part
run export graphml -o team.graphml
expect_rc 0
same "$(cat victim)" "another owner's file"
[ -L team.graphml.part ] || fail "the planted link was replaced"
ls -a | grep -q '\.tmp$' && fail "a temporary file was left: $(ls -a)"

# -o naming a symbolic link (to stdout, to a file): refused, the link and its target unchanged.
ln -s /dev/stdout to-stdout
ln -s "$TMP/victim" to-victim
expect_exit 1 "is a symbolic link" export json -o to-stdout
expect_exit 1 "is a symbolic link" export graphml -o to-victim
[ -L to-stdout ] && [ -L to-victim ] || fail "a link was replaced"
same "$(cat victim)" "another owner's file"

# The open map itself, under its own name or a hard link: refused, the map unchanged.
expect_exit 1 "is the open map itself" export json -o "$STAKEMAP_DB"
ln "$STAKEMAP_DB" hard.db
expect_exit 1 "is the open map itself" export json -o hard.db
same "$(fingerprint "$STAKEMAP_DB")" "$before"

# A folder, a FIFO: refused with exit 1 (was exit 3), nothing left behind.
mkdir folder
expect_exit 1 "is a folder" export graphml -o folder
expect_exit 1 "is a folder" render -o folder
expect_exit 1 "is a folder" report -o folder
[ -z "$(ls -A folder)" ] || fail "something was left in the folder: $(ls -A folder)"
mkfifo fifo
expect_exit 1 "is a FIFO" export graphml -o fifo
[ -p fifo ] || fail "the FIFO was replaced"

# A device node: refused, still a device (root only: mknod).
if [ "$(id -u)" = 0 ]; then
  mknod full c 1 7
  expect_exit 1 "is a device" export graphml -o full
  [ -c full ] || fail "the device node was replaced by a file"
  rm -f full
fi

# export csv: a folder that holds files of the user's is refused and left as it is.
mkdir mine && echo "years of work" >mine/thesis.odt
expect_exit 1 "holds thesis.odt" export csv -o mine
same "$(ls mine)" "thesis.odt"

# export csv on a full disk (a file size limit, SIGXFSZ ignored so that the write fails):
# exit 1 and no folder at all, where it used to exit 0 with flows.csv truncated.
gen_dataset big Y 40 1000
"$BIN" --quiet import big --db big.db >/dev/null || fail "import big"
(trap '' XFSZ; prlimit --fsize=40000 "$BIN" export csv -o out --db big.db >"$TMP/.out" 2>"$TMP/.err")
rc=$?
[ "$rc" = 1 ] || fail "export csv on a full disk: expected exit 1, got $rc: $(cat "$TMP/.err")"
contains "$(cat "$TMP/.err")" "cannot write"
[ -e out ] && fail "a partial export folder was left"
ls -a | grep -q '^\.out\.' && fail "a temporary folder was left: $(ls -a)"

# A whole export: the manifest lists every file with its rows; it imports back.
run export csv -o out
expect_rc 0
has_line out/manifest.csv $'flows.csv,200\r'
has_line out/manifest.csv $'organisations.csv,40\r'
run import out --db back.db --replace
expect_rc 0
# Exported again into the same folder: replaced whole.
run export csv -o out
expect_rc 0

# A truncated export (as after kill -9 of an older stakemap, or a copy cut short): refused.
cp -r out cut
head -n 51 out/flows.csv >cut/flows.csv
cp back.db back-before.db
run import cut --db back.db
expect_rc 1
contains "$err" "flows.csv has 50 records where the export wrote 200"
cmp -s back.db back-before.db || fail "the refused import changed the map"
# What an interrupted export leaves: its temporary folder with an empty manifest. Refused.
mkdir .out.unfinished && cp out/organisations.csv .out.unfinished/ && printf 'file,rows\r\n' >.out.unfinished/manifest.csv
expect_exit 1 "organisations.csv is not listed: the export that wrote this folder did not finish" \
  import .out.unfinished --db back.db
# A hand-made dataset folder (no manifest) still imports.
run import ds --db hand.db
expect_rc 0

# Standard output: a full disk is exit 1 with a message; a closed pipe is quiet (141).
for cmd in "export graphml -o -" "list orgs" "centrality" "render -o -" "list orgs --format csv"; do
  # shellcheck disable=SC2086
  "$BIN" $cmd >/dev/full 2>"$TMP/.err"
  rc=$?
  [ "$rc" = 1 ] || fail "$cmd > /dev/full: expected exit 1, got $rc"
  contains "$(cat "$TMP/.err")" "cannot write to standard output: No space left on device"
  lacks "$(cat "$TMP/.err")" "exported"
done
(trap '' PIPE; "$BIN" export graphml -o - --db big.db 2>"$TMP/.err" | head -c 10 >/dev/null; echo "${PIPESTATUS[0]}" >"$TMP/.rc")
same "$(cat "$TMP/.rc")" 141
same "$(cat "$TMP/.err")" ""

same "$(fingerprint "$STAKEMAP_DB")" "$before"
echo "outputs: ok"
