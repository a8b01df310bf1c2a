# Helpers for the foundation CLI tests (sourced; not a test itself: ctest runs *.sh only).
# Usage in a test: source "$(dirname "$0")/foundation_lib.bash" "$@"
set -u
BIN=$(realpath "$1")
FIX=$(realpath "$2")/foundation
SRC=$(realpath "$3")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$TMP" || exit 1
unset STAKEMAP_DB

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# run ARGS...: runs stakemap; sets rc, out (stdout), err (stderr).
run() {
  last="stakemap $*"
  "$BIN" "$@" >"$TMP/.out" 2>"$TMP/.err"
  rc=$?
  out=$(cat "$TMP/.out")
  err=$(cat "$TMP/.err")
}

expect_rc() {
  [ "$rc" = "$1" ] || fail "$last: expected exit $1, got $rc
stdout: $out
stderr: $err"
}

# contains TEXT PART: PART (fixed string) occurs in TEXT.
contains() {
  grep -qF -- "$2" <<<"$1" || fail "$last: expected '$2' in:
$1"
}

lacks() {
  if grep -qF -- "$2" <<<"$1"; then fail "$last: did not expect '$2' in:
$1"; fi
}

# same A B: two strings are equal.
same() {
  [ "$1" = "$2" ] || fail "$last: differs:
--- got
$1
--- expected
$2"
}

# dump DB: every row of every table, to compare maps.
dump() { sqlite3 "$1" .dump; }
