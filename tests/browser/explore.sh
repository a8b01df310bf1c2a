#!/usr/bin/env bash
# The explorer in a real browser: tests/browser/explore.test.js drives Debian's chromium with
# playwright-core (pinned in package.json, installed by `make deps` with `npm ci`) on the
# bundled map and on a map of hostile names, and writes screenshots into docs/img/.
# Skipped (77) without chromium, node or node_modules, and under ASan (chromium and node are
# not built with it; the C++ side is covered by cli.explore).
source "$(dirname "$0")/../cli/lib.bash" "$@"
source "$(dirname "$0")/browser.bash"

use_map belgium "$DATA"
"$BIN" --quiet explore -o map.html || fail "explore failed"
# What the page must agree with, from the CLI: the list, one organisation's flows, the blocked flows.
"$BIN" list orgs --format json > orgs.json || fail "list orgs"
"$BIN" list flows --format csv > flows.csv || fail "list flows"
"$BIN" show fed-employment --format json > show.json || fail "show"
python3 - > expected.json <<'PY' || fail "expected values"
import csv, json
orgs = json.load(open("orgs.json", encoding="utf-8"))
rows = list(csv.DictReader(open("flows.csv", encoding="utf-8")))
show = json.load(open("show.json", encoding="utf-8"))
print(json.dumps({
    "names": [o["name"] for o in orgs],
    "flows": len(rows),
    "blocked": sum(r["status"] == "blocked" for r in rows),
    "click": {"id": show["id"], "name": show["name"], "out": len(show["flows_out"]), "in": len(show["flows_in"])},
}))
PY

cp -r "$FIX/render/hostile" hostile
printf '%s\n' 'img,<img src=x onerror=alert(1)>,local,ngo,first-line,BE' \
  'comment,<!-- x --> </script><script>alert(2)</script>,local,ngo,none,BE' >> hostile/organisations.csv
use_map hostile hostile
"$BIN" --quiet explore -o hostile.html || fail "explore of the hostile map failed"

shots=$SRC/docs/img
[ -w "$shots" ] || shots=$TMP
timeout 300 node "$HARNESS/explore.test.js" map.html hostile.html expected.json "$shots" || fail "browser checks failed"
