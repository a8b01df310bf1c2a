#!/usr/bin/env bash
# stakemap render --domain/--level/--kind/--search on the bundled map: the map draws exactly the
# organisations `list orgs` gives for the same filter, their partners (from `list flows`) as grey
# stubs, and no link between two stubs; the subtitle names the filter, escaped; an ego centre
# stays whatever the filter; a bad code is a usage error that writes nothing.
source "$(dirname "$0")/lib.bash" "$@"

use_map bundled "$DATA"
# drawn DOT: one line per node, "member|stub<TAB>name" (wrapped names joined again).
drawn() { gvpr 'N{print($.shape == "plaintext" ? "stub" : "member", "\t", $.label)}' "$1" | sed 's/\\n/ /g' | sort; }
names() { /usr/bin/python3 -c 'import csv,sys; [print(r["name"]) for r in csv.DictReader(sys.stdin)]' | sort -u; }

"$BIN" render --quiet --level regional --to dot > regional.dot
drawn regional.dot > drawn.txt
"$BIN" --format csv list orgs --level regional | names > expected-members.txt
[ "$(wc -l < expected-members.txt)" -ge 3 ] || fail "the bundled map should have regional organisations"
diff <(grep '^member' drawn.txt | cut -f2) expected-members.txt > /dev/null \
  || fail "members drawn for --level regional differ from list orgs --level regional"

# Stubs: the partners of regional organisations in active flows that are not regional themselves.
"$BIN" --format csv list flows --level regional --status active > flows.csv
"$BIN" --format csv list orgs > orgs.csv
/usr/bin/python3 - flows.csv orgs.csv > expected-stubs.txt <<'PY'
import csv, sys
orgs = {r["id"]: r for r in csv.DictReader(open(sys.argv[2]))}
out = set()
for f in csv.DictReader(open(sys.argv[1])):
    a, b = orgs[f["from"]], orgs[f["to"]]
    if a is b: continue
    for end, other in ((a, b), (b, a)):
        if end["level"] != "regional" and other["level"] == "regional": out.add(end["name"])
print("\n".join(sorted(out)))
PY
diff <(grep '^stub' drawn.txt | cut -f2) expected-stubs.txt > /dev/null \
  || fail "stubs drawn for --level regional differ from the partners in list flows"
stub_links=$(gvpr 'E[$.tail.shape == "plaintext" && $.head.shape == "plaintext"]{print("x")}' regional.dot | wc -l)
[ "$stub_links" = 0 ] || fail "$stub_links links between two stubs"

# Subtitle and legend say what was left out.
"$BIN" render --quiet --level regional -o regional.svg
svg_texts regional.svg | grep -qF "only level=regional" || fail "no filter in the subtitle"
svg_texts regional.svg | grep -qF "Grey name: a partner the filter leaves out" || fail "no stub entry in the legend"
"$BIN" --lang nl render --quiet --level regional -o nl.svg
svg_texts nl.svg | grep -qF "alleen level=regional" || fail "no Dutch filter words"

# Several filters at once keep the organisations every filter keeps.
"$BIN" render --quiet --level federal --domain legal --to dot | drawn /dev/stdin | grep '^member' | cut -f2 > both.txt
"$BIN" --format csv list orgs --level federal --domain legal | names > expected-both.txt
diff both.txt expected-both.txt > /dev/null || fail "--level federal --domain legal: members differ from list orgs"

# An ego view keeps its centre even when the filter leaves it out.
"$BIN" render --quiet --view ego:fed-reception-agency --level local --to dot | drawn /dev/stdin > ego.txt
grep -qF "$(printf 'member\tFederal agency for the reception of asylum seekers')" ego.txt \
  || fail "the ego centre was dropped by the filter"

# Hostile search text stays text: well-formed SVG and DOT that Graphviz reads back.
"$BIN" render --quiet --search '<b>"&\' -o hostile.svg && well_formed hostile.svg
svg_texts hostile.svg | grep -qF 'only search="<b>"&\"' || fail "the hostile search text is not shown as text"
"$BIN" render --quiet --search '"\' --to dot > hostile.dot && dot -Tsvg hostile.dot > /dev/null 2>&1 \
  || fail "DOT with a hostile search text does not parse"

# A bad code is a usage error; nothing is written.
expect_exit 2 "unknown --level 'galaxy'" render --level galaxy -o bad.svg
[ -e bad.svg ] && fail "a refused render wrote bad.svg"
echo "render_filters: ok"
