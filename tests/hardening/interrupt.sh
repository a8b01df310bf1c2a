#!/usr/bin/env bash
# Ctrl-C (SIGINT) and SIGTERM stop a command cleanly (docs/security.md, "Interruption"): exit by
# the signal (130 for Ctrl-C as a shell reports it), "interrupted" on stderr, no output file and
# no temporary file left, and a map being imported into is exactly the map it was before.
# The signal is sent after a delay; a command that finished first is tried again with a shorter
# delay, and at least one interruption of each kind must have been seen.
source "$(dirname "$0")/../cli/lib.bash" "$@"
# Job control: without it, bash starts background commands with SIGINT ignored (and stakemap,
# like other tools, leaves an ignored signal ignored).
set -m
gen_dataset big T 3000 30000
gen_dataset bigger U 4000 60000
use_map m big
before=$(fingerprint "$STAKEMAP_DB")

# interrupted SIGNAL OUTPUT ARGS...: runs stakemap ARGS, sends SIGNAL after 0.8, 0.4, 0.2 or 0.1 s
# until it ends by that signal; fails when it never does, or when OUTPUT or a temporary file is left.
interrupted() {
  local sig=$1 output=$2 delay pid status
  shift 2
  for delay in 0.8 0.4 0.2 0.1; do
    rm -rf "$output"
    prepare
    "$BIN" "$@" > /dev/null 2> err.txt &
    pid=$!
    sleep "$delay"
    kill -"$sig" "$pid" 2> /dev/null
    wait "$pid"
    status=$?
    if [ "$status" = $((128 + $(kill -l "$sig"))) ]; then
      grep -q "stakemap: interrupted" err.txt || fail "$*: no 'interrupted' message: $(cat err.txt)"
      # A signal that lands after the output was renamed into place (the command was ending)
      # leaves it whole; never a part of it.
      if [ -e "$output" ] && [[ "$output" == *.db ]]; then
        same "$(fingerprint "$output")" "$whole_map"  # a new map: complete, or absent
      elif [ -e "$output" ]; then
        tail -c 32 "$output" | grep -qE '</(html|svg)>' || fail "$*: $output was left half-written"
      fi
      leftovers=$(find . -name '.*' ! -name . ! -name '.map.err' ! -name '.out' ! -name '.err' ! -name '.fperr')
      [ -z "$leftovers" ] || fail "$*: temporary files left: $leftovers"
      return 0
    fi
    [ "$status" = 0 ] || fail "$*: exit $status after SIG$sig: $(cat err.txt)"
  done
  fail "$*: finished before every SIG$sig; nothing was interrupted"
}

prepare() { :; }  # before each try
interrupted INT r.html report -o r.html
interrupted TERM r.html report -o r.html
interrupted INT map.svg render --layout sfdp -o map.svg
same "$(fingerprint "$STAKEMAP_DB")" "$before"

# An import interrupted halfway: the map is the one before it, whole (or, when the signal came
# as the command was ending, after its commit, exactly the one after it). Each try starts from
# a copy of the map, in case an earlier try finished.
cp "$STAKEMAP_DB" original.db
cp original.db imported.db
"$BIN" --db imported.db --quiet import --replace bigger > /dev/null || fail "import --replace bigger failed"
after=$(fingerprint imported.db)
prepare() { cp original.db "$STAKEMAP_DB"; rm -f "$STAKEMAP_DB-wal" "$STAKEMAP_DB-shm"; }
interrupted INT none.txt import --replace bigger
now=$(fingerprint "$STAKEMAP_DB")
[ "$now" = "$before" ] || [ "$now" = "$after" ] || fail "the interrupted import left a map that is neither the old nor the new one"
same "$(integrity "$STAKEMAP_DB")" ok
# An import into a new map interrupted halfway leaves no map and none of the temporary files it
# was built in (".new.db.XXXXXXXX.tmp" and SQLite's files beside it); or, when the signal came as
# the command was ending, the whole new map.
"$BIN" --db whole.db --quiet import bigger > /dev/null || fail "import bigger into a new map failed"
whole_map=$(fingerprint whole.db)
rm -f whole.db
prepare() { rm -f new.db new.db-wal new.db-shm; }
interrupted INT new.db --db new.db import bigger
# And the map still takes the import afterwards.
run --quiet import --replace bigger
expect_rc 0
[ "$(fingerprint "$STAKEMAP_DB")" != "$before" ] || fail "the import after the interruption changed nothing"
echo "interrupt: ok"
