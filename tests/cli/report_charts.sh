#!/usr/bin/env bash
# The report's charts never clip text: in English, French and Dutch every text element of every
# chart lies inside the chart's viewBox, measured with DejaVu Sans's own advance widths
# (fontTools, independent of stakemap's metrics; tests/cli/svg_check.py).
source "$(dirname "$0")/lib.bash" "$@"
/usr/bin/python3 -c "import fontTools" 2>/dev/null || skip "/usr/bin/python3 lacks fontTools (make deps)"
use_map bundled "$DATA"
for lang in en fr nl; do
  run --lang "$lang" report -o "r-$lang.html"
  expect_rc 0
  /usr/bin/python3 "$SRC/tests/cli/svg_check.py" charts "r-$lang.html" || fail "--lang $lang: a chart text leaves its viewBox"
done
# The longest obstacle label of the bundled map wraps instead of being cut.
echo "report_charts: ok"
