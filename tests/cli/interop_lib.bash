# Helpers for the interop and hardening CLI tests (sourced; ctest runs *.sh only): those of
# foundation_lib.bash, with FIX the whole fixtures folder and a map snapshot.
# Usage: source "$(dirname "$0")/interop_lib.bash" "$@"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)  # tests/cli, before we leave it
source "$HERE/foundation_lib.bash" "$@"
FIX=$(realpath "$2")

# snapshot DB: the map as stakemap sees it (JSON export, everything included).
snapshot() { "$BIN" --db "$1" export json -o - --privacy internal 2>/dev/null; }
