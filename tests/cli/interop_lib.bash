# Helpers for the interop and hardening CLI tests (sourced; ctest runs *.sh only).
# Usage: source "$(dirname "$0")/interop_lib.bash" "$@"
set -u
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)  # tests/cli, before we leave it
BIN=$(realpath "$1")
FIX=$(realpath "$2")
SRC=$(realpath "$3")
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$TMP" || exit 1
unset STAKEMAP_DB

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# run ARGS...: runs stakemap; sets rc, out (stdout) and err (stderr).
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

# contains TEXT PART / lacks TEXT PART: PART is (not) a fixed substring of TEXT.
contains() { grep -qF -- "$2" <<<"$1" || fail "$last: expected '$2' in:
$1"; }
lacks() { if grep -qF -- "$2" <<<"$1"; then fail "$last: did not expect '$2' in:
$1"; fi; }

# snapshot DB: the map as stakemap sees it (JSON export, everything included).
snapshot() { "$BIN" --db "$1" export json -o - --privacy internal 2>/dev/null; }
