#!/usr/bin/env bash
# Crash safety: `stakemap import` is killed with SIGKILL at random points of a large import,
# many times. After every kill the file passes PRAGMA integrity_check and the map holds
# exactly the old data or exactly the new data, never a mix (one transaction per import).
source "$(dirname "$0")/lib.bash" "$@"
RANDOM=20220224  # reproducible kill times
ROUNDS=${STAKEMAP_CRASH_ROUNDS:-20}

gen_dataset A A 1000 12000
gen_dataset B B 1000 13000
run --db a.db --quiet import A --replace
expect_rc 0
run --db b.db --quiet import B --replace
expect_rc 0
fa=$(fingerprint a.db) && fb=$(fingerprint b.db) || fail "cannot read the reference maps"
[ "$fa" != "$fb" ] || fail "the two datasets give the same map"

# How long one import takes here (sanitizer builds are slower): kills are spread over it.
cp a.db map.db
start=$(date +%s%N)
"$BIN" --db map.db --quiet import B --replace >/dev/null 2>&1 || fail "timed import failed"
duration_ms=$(( ($(date +%s%N) - start) / 1000000 ))
cp a.db map.db
rm -f map.db-wal map.db-shm
state=$fa target=B interrupted=0 completed=0
# On a loaded machine an import may end sooner than the one timed, and a kill then comes after
# it: up to ROUNDS more rounds are run until half of ROUNDS kills have hit a running import.
for ((i = 1; i <= ROUNDS || (interrupted < ROUNDS / 2 && i <= 2 * ROUNDS); i++)); do
  "$BIN" --db map.db --quiet import "$target" --replace >/dev/null 2>&1 &
  pid=$!
  delay_ms=$(( RANDOM % (duration_ms + 1) ))
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  if kill -9 "$pid" 2>/dev/null; then interrupted=$((interrupted + 1)); else completed=$((completed + 1)); fi
  wait "$pid" 2>/dev/null
  check=$(integrity map.db)
  [ "$check" = "ok" ] || fail "round $i (killed after ${delay_ms} ms): integrity_check says: $check"
  now=$(fingerprint map.db) || fail "round $i: the map cannot be read after the kill: $(cat "$TMP/.fperr")"
  if [ "$now" = "$fa" ]; then state=$fa; target=B
  elif [ "$now" = "$fb" ]; then state=$fb; target=A
  else fail "round $i (killed after ${delay_ms} ms of ~${duration_ms} ms): the map is neither the old nor the new data"
  fi
done
echo "$((i - 1)) kills over ~${duration_ms} ms imports: $interrupted interrupted a running import, $completed came after it ended"
[ "$interrupted" -ge $((ROUNDS / 2)) ] || fail "too few kills hit a running import ($interrupted of $((i - 1)))"
exit 0
