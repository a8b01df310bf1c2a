#!/usr/bin/env bash
# The report prints each map on an A4 landscape page of its own (print style sheet), and the
# note under a map gives the size its smallest text prints at there: checked here against the
# SVG itself (its size in points, its smallest font-size, the 277 x 160 mm box the style sheet
# gives a map), in English and French. (tests/cli/report_browser.sh prints it with Chromium.)
source "$(dirname "$0")/lib.bash" "$@"

use_map bundled "$DATA"
"$BIN" --quiet report -o report.html || fail "report failed"
"$BIN" --quiet --lang fr report -o rapport.html || fail "report --lang fr failed"
grep -qF '@page map { size: A4 landscape' report.html || fail "no landscape page for maps in the print style sheet"
grep -qF 'figure.map { page: map; break-before: page' report.html || fail "maps do not start a page of their own"

/usr/bin/python3 - report.html rapport.html <<'PY' || fail "print notes disagree with the maps' SVG"
import re, sys
box_w, box_h = 277 / 25.4 * 72, 160 / 25.4 * 72
for path, words in ((sys.argv[1], "smallest text would be {} pt"), (sys.argv[2], "le plus petit texte de cette carte ferait {} pt")):
    html = open(path, encoding="utf-8").read()
    figures = re.findall(r'<figure class="map[^"]*">(.*?)</figure>', html, re.S)
    assert len(figures) == 2, (path, len(figures))
    for fig in figures:
        svg = fig[fig.index("<svg"):fig.index("</svg>")]
        w, h = (float(x) for x in re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg).groups())
        smallest = min(float(x) for x in re.findall(r'font-size="([\d.]+)"', svg))
        printed = smallest * min(box_w / w, box_h / h)
        expected = "{:.1f}".format(printed)
        if printed < 7:
            assert words.format(expected) in fig, (path, expected, fig[fig.index("<figcaption"):][:400])
        else:
            assert "print-note" not in fig, (path, printed)
print("ok")
PY
echo "report_print: ok"
