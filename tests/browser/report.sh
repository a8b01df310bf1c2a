#!/usr/bin/env bash
# The report's maps are explorers in a real browser: tests/browser/report.test.js opens the
# bundled map's report and a hostile-names map's report in Debian's chromium (playwright-core)
# and uses the explorer in each frame. Skipped (77) without chromium, node or node_modules, and
# under ASan, as cli.browser_explore.
source "$(dirname "$0")/../cli/lib.bash" "$@"
source "$(dirname "$0")/browser.bash"

use_map belgium "$DATA"
"$BIN" --quiet report -o report.html || fail "report failed"
"$BIN" list orgs --format csv | tail -n +2 | wc -l > orgs.count || fail "list orgs"
cp -r "$FIX/render/hostile" hostile
printf '%s\n' 'img,<img src=x onerror=alert(1)>,local,ngo,first-line,BE' \
  'comment,<!-- x --> </script><script>alert(2)</script>,local,ngo,none,BE' >> hostile/organisations.csv
use_map hostile hostile
"$BIN" --quiet report -o hostile.html || fail "report of the hostile map failed"

shots=$SRC/docs/img
[ -w "$shots" ] || shots=$TMP
timeout 300 node "$HARNESS/report.test.js" report.html hostile.html "$(cat orgs.count)" "$shots" || fail "browser checks failed"
