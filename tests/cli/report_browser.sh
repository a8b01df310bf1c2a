#!/usr/bin/env bash
# The demo's report opens in headless Chromium: it renders (a screenshot that is not blank)
# and its DOM holds the title and every section. Skipped (exit 77) when Chromium is absent.
source "$(dirname "$0")/lib.bash" "$@"
chromium=$(command -v chromium || command -v chromium-browser) || skip "chromium not installed"
run demo --out demo
expect_rc 0
contains "$out" "Key findings"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$TMP/profile" --hide-scrollbars)
timeout 120 "$chromium" "${flags[@]}" --window-size=1200,1600 --screenshot="$TMP/shot.png" \
  "file://$TMP/demo/report.html" > chromium.log 2>&1 || fail "chromium: $(cat chromium.log)"
size=$(stat -c %s shot.png)
# A blank 1200x1600 page compresses to a few KB; the report's first page (title, findings,
# map) is far larger.
[ "$size" -ge 40000 ] || fail "screenshot looks blank ($size bytes)"
timeout 120 "$chromium" "${flags[@]}" --dump-dom "file://$TMP/demo/report.html" > dom.html 2> chromium.log \
  || fail "chromium --dump-dom: $(cat chromium.log)"
dom=$(cat dom.html)
contains "$dom" "<title>Data-sharing map</title>"
for section in findings maps centrality silos coverage obstacles needs flowgaps keyplayers whatif methods; do
  contains "$dom" "<section id=\"$section\""
done
echo "report renders in Chromium (screenshot $size bytes)"
