#!/usr/bin/env bash
# report --since draws the flows added (green) and removed (red, dashed) since the round on the
# changes map: its edges match `stakemap diff`'s added and removed flows, organisations removed
# are still drawn, and a round with no change gets a sentence instead of a picture.
source "$(dirname "$0")/lib.bash" "$@"
use_map m "$DATA"
export STAKEMAP_AUTHOR=ana
run round save "round 1"
expect_rc 0

# Nothing changed yet: a sentence, no picture.
run report --since "round 1" --layer any -o none.html
expect_rc 0
since_svg() {  # since_svg FILE: the number of <svg> in the section "since" of FILE
  python3 - "$1" <<'PY'
import sys
html = open(sys.argv[1], encoding="utf-8").read()
s = html[html.index('<section id="since">'):]
print(s[:s.index("</section>")].count("<svg"))
PY
}
same "$(since_svg none.html)" "0"
contains "$(cat none.html)" "No flow and no organisation was added or removed since “round 1”"

"$BIN" remove flow 140 >/dev/null 2>&1 || fail "remove flow 140"
"$BIN" remove org de-ministry --cascade >/dev/null 2>&1 || fail "remove org de-ministry"
"$BIN" add org test-hub --name "Coordination hub (test)" --set level=federal >/dev/null 2>&1 || fail "add org"
"$BIN" add flow test-hub fed-statistics >/dev/null 2>&1 || fail "add flow 1"
"$BIN" add flow fed-immigration-office test-hub >/dev/null 2>&1 || fail "add flow 2"
"$BIN" set flow 138 status=active >/dev/null 2>&1 || fail "set flow 138"

run report --since "round 1" --layer any -o since.html
expect_rc 0
tail -n +2 since.html | xmllint --noout - || fail "the report is not well-formed"
same "$(since_svg since.html)" "1"

# The distinct (from, to) pairs of the flows diff says were added and removed.
"$BIN" diff "round 1" now --format csv >diff.csv 2>/dev/null || fail "diff"
pairs() {
  python3 - "$1" <<'PY'
import csv, sys
ends = {}
for r in csv.DictReader(open("diff.csv", encoding="utf-8")):
    if r["entity"] == "flow" and r["change"] == sys.argv[1] and r["field"] in ("from", "to"):
        ends.setdefault(r["id"], {})[r["field"]] = r["before"] or r["after"]
pairs = {(e["from"], e["to"]) for e in ends.values()}
# Lines drawn: one per ordered pair, a pair's two directions as one double-headed line.
print(len(ends), len(pairs) - sum((b, a) in pairs for a, b in pairs) // 2)
PY
}
read -r added added_pairs <<<"$(pairs added)"
read -r removed removed_pairs <<<"$(pairs removed)"
same "$added $removed" "2 5"
edges() {  # edges STROKE DASHED: edges of the since map drawn in that colour, dashed (1) or not (0)
  python3 - "$1" "$2" <<'PY'
import re, sys
html = open("since.html", encoding="utf-8").read()
s = html[html.index('<section id="since">'):]
svg = s[s.index("<svg"):s.index("</svg>")]
n = 0
for g in re.findall(r'<g id="edge\d+" class="edge">(.*?)</g>', svg, re.S):
    path = re.search(r"<path [^>]*>", g).group(0)
    if f'stroke="{sys.argv[1]}"' in path.lower() and ("stroke-dasharray" in path) == (sys.argv[2] == "1"):
        n += 1
print(n)
PY
}
same "$(edges '#228833' 0)" "$added_pairs"
same "$(edges '#cc3311' 1)" "$removed_pairs"
# The removed organisation is drawn, with a dashed outline; the caption and legend say what is what.
contains "$(cat since.html)" "Flows added and removed since round 1"
contains "$(cat since.html)" "Green: flows added since “round 1” ($added); red, dashed: flows removed ($removed)"
contains "$(cat since.html)" "Flow removed since the round (red, dashed)"
contains "$(cat since.html)" "Red dashed outline: organisation removed"
python3 - <<'PY' || fail "the removed organisation is not drawn with a dashed outline"
import re
html = open("since.html", encoding="utf-8").read()
s = html[html.index('<section id="since">'):]
svg = s[s.index("<svg"):s.index("</svg>")]

nodes = re.findall(r'<g id="node\d+" class="node">(.*?)</g>', svg, re.S)
dashed = [n for n in nodes if "stroke-dasharray" in n and 'stroke="#cc3311"' in n.lower()]
assert len(dashed) == 1, len(dashed)
PY

# In French, the legend too.
run --lang fr report --since "round 1" -o since-fr.html
contains "$(cat since-fr.html)" "Flux ajoutés et supprimés depuis round 1"
contains "$(cat since-fr.html)" "Contour rouge tireté : organisation"
