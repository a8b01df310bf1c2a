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
# Printed, each map is a landscape A4 page of its own (every other page portrait), and the
# caption says how small its text prints there (the map is under 7 pt on A4).
timeout 120 "$chromium" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$TMP/report.pdf" \
  "file://$TMP/demo/report.html" > chromium.log 2>&1 || fail "chromium --print-to-pdf: $(cat chromium.log)"
landscape=$(grep -a -c 'MediaBox \[0 0 841.9[0-9]* 594.9[0-9]*\]' report.pdf)
portrait=$(grep -a -c 'MediaBox \[0 0 594.9[0-9]* 841.9[0-9]*\]' report.pdf)
[ "$landscape" = 2 ] || fail "printed report: $landscape landscape pages, expected one per map (2)"
[ "$portrait" -ge 3 ] || fail "printed report: only $portrait portrait pages"
notes=$(grep -c 'class="note print-note">Printed on A4 landscape, as this report prints it, this map&#39;s smallest text would be [0-9.]* pt' demo/report.html)
[ "$notes" = 2 ] || fail "expected a print note under each map, got $notes"
echo "report renders and prints in Chromium (screenshot $size bytes)"
