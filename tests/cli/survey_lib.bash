# Helpers for the survey CLI tests: `source survey_lib.bash BINARY FIXTURES_DIR SOURCE_DIR`.
# Each test runs in a fresh temporary folder holding its map (stakemap.db).
set -u
BIN="$1"
FIX="$2/survey"
SRC="$3"
DATA="$SRC/datasets/belgium-2022"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
export STAKEMAP_DB="$TMP/stakemap.db"

fail() { echo "FAIL (line ${BASH_LINENO[0]}): $*" >&2; exit 1; }
# run ARGS...: runs stakemap, keeping stdout in $out, stderr in $err, exit code in $rc
run() {
  out="$("$BIN" "$@" 2>"$TMP/.err")" && rc=0 || rc=$?
  err="$(cat "$TMP/.err")"
}
expect_rc() { [ "$rc" = "$1" ] || fail "exit code $rc, expected $1; stdout: $out; stderr: $err"; }
contains() { case "$1" in *"$2"*) ;; *) fail "expected to find [$2] in [$1]" ;; esac; }
lacks() { case "$1" in *"$2"*) fail "did not expect [$2] in [$1]" ;; esac; }
same() { [ "$1" = "$2" ] || fail "expected [$2], got [$1]"; }
count() { sqlite3 "$STAKEMAP_DB" "SELECT count(*) FROM $1"; }
