# Sourced by tests/browser/*.sh after tests/cli/lib.bash: skips the test (77) under ASan (chromium
# and node are not built with it; the C++ side has its own tests), without chromium, without node
# or without playwright-core (`make deps` runs npm ci in tests/browser); sets HARNESS.
[ -n "${ASAN_OPTIONS:-}" ] && skip "running under ASan"
[ -x /usr/bin/chromium ] || skip "chromium not installed"
command -v node > /dev/null || skip "node not installed"
HARNESS=$SRC/tests/browser
[ -d "$HARNESS/node_modules/playwright-core" ] || skip "playwright-core not installed (make deps runs npm ci in tests/browser)"
