#!/usr/bin/env bash
# The demo's report opens in headless Chromium: it renders (a screenshot that is not blank)
# and its DOM holds the title and every section. Skipped (exit 77) when Chromium is absent.
set -euo pipefail
bin=$1
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then echo "SKIP: chromium not installed"; exit 77; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" demo --out "$tmp/demo" > "$tmp/demo.txt"
grep -q "Key findings" "$tmp/demo.txt"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --hide-scrollbars)
timeout 120 "$chromium" "${flags[@]}" --window-size=1200,1600 --screenshot="$tmp/shot.png" \
  "file://$tmp/demo/report.html" > "$tmp/chromium.log" 2>&1 || { cat "$tmp/chromium.log"; exit 1; }
size=$(stat -c %s "$tmp/shot.png")
# A blank 1200x1600 page compresses to a few KB; the report's first page (title, findings,
# map) is far larger.
if [ "$size" -lt 40000 ]; then echo "screenshot looks blank ($size bytes)"; exit 1; fi
timeout 120 "$chromium" "${flags[@]}" --dump-dom "file://$tmp/demo/report.html" > "$tmp/dom.html" 2> "$tmp/chromium.log"
grep -q "<title>Data-sharing map</title>" "$tmp/dom.html"
for section in findings maps centrality silos coverage obstacles needs flowgaps keyplayers whatif methods; do
  grep -q "<section id=\"$section\"" "$tmp/dom.html" || { echo "section $section missing from the DOM"; exit 1; }
done
echo "report renders in Chromium (screenshot $size bytes)"
