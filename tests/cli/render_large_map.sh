#!/usr/bin/env bash
# Large maps (docs/maps.md, "Large maps"): above 1 000 organisations `auto` lays the map out by
# groups (render/group_layout.hpp) and Graphviz draws it at those positions (nop2); the report
# says so under each map, the explorer uses the same positions, and the same map gives the same
# picture. A generated map of 1 200 organisations, just above the threshold.
source "$(dirname "$0")/lib.bash" "$@"

[ -x /usr/bin/python3 ] || skip "/usr/bin/python3 (the map generator) is missing"

# drawn_with NAME ORGS LAYOUT: a generated map NAME of ORGS organisations (4 flows each) as the
# map of the commands after it, rendered to NAME.svg with the layout LAYOUT chosen by auto.
drawn_with() {
  /usr/bin/python3 "$SRC/bench/generate/generate_map.py" --orgs "$2" --flows $(($2 * 4)) --seed 3 --out "$1" \
    >/dev/null || fail "generate_map.py failed"
  use_map "$1" "$1"
  run render -o "$1.svg"
  [ "$rc" = 0 ] || fail "render $1: exit $rc: $err"
  contains "$err" "layout $3"
}

# render: the group layout, every organisation drawn once, every position fixed in the DOT text
drawn_with big 1200 groups
cp big.svg map.svg
well_formed map.svg
nodes=$(grep -c '<g id="node' map.svg)
[ "$nodes" = 1200 ] || fail "expected 1200 nodes in map.svg, got $nodes"
run render -o map.dot
[ "$rc" = 0 ] || fail "render -o map.dot: exit $rc: $err"
has_text map.dot "layout=nop2"
fixed=$(grep -c 'pos="[-0-9.]*,[-0-9.]*!"' map.dot)
[ "$fixed" = 1200 ] || fail "expected 1200 fixed positions in map.dot, got $fixed"
positions=$(grep -o 'pos="[-0-9.]*,[-0-9.]*!"' map.dot | sort -u | wc -l)
[ "$positions" = 1200 ] || fail "two organisations share a position: $positions distinct of 1200"

# the gaps view: links between groups bundled, obstacle codes left off the lines, both said in
# the legend (a legend Graphviz could not read would be replaced by the graph's name)
run render --view gaps -o gaps.svg
[ "$rc" = 0 ] || fail "render --view gaps: exit $rc: $err"
contains "$err" "layout groups"
texts=$(svg_texts gaps.svg)
contains "$texts" "Large map, laid out by groups"
contains "$texts" "links between groups, drawn as one line per pair of groups"
contains "$texts" "Obstacles on links"

# the same map, the same picture, laid out again (the kept drawings emptied)
sqlite3 "$STAKEMAP_DB" "DELETE FROM layout_cache" || fail "cannot empty the kept drawings"
cp map.svg first.svg
run render -o map.svg --layout groups
[ "$rc" = 0 ] || fail "render again: exit $rc: $err"
cmp -s first.svg map.svg || fail "the same map drew a different picture"

# an explicit engine still wins
run render -o small.dot --layout sfdp
[ "$rc" = 0 ] || fail "render --layout sfdp: exit $rc: $err"
has_text small.dot "layout=sfdp"

# the report: both maps laid out by groups, said under each
run report -o report.html
[ "$rc" = 0 ] || fail "report: exit $rc: $err"
said=$(grep -o '<figcaption>[^<]*Laid out by groups, as every map of more than 1000 organisations' report.html | wc -l)
[ "$said" = 2 ] || fail "expected the caption under both maps, found it $said times"

has_text report.html "links between groups, drawn as one line per pair of groups"  # the legend
# 1 200 organisations and 4 800 flows are within the bound of links drawn one by one
# (test_group_links draws a map past it): nothing thinned, so nothing said
lacks "$(cat report.html)" "links not bundled"
lacks "$(svg_texts map.svg)" "links drawn one by one"

# the explorer, on its own, lays out by groups too
run explore -o explore.html
[ "$rc" = 0 ] || fail "explore: exit $rc: $err"
contains "$err" "layout groups"

# a map at or under the threshold keeps sfdp
drawn_with mid 300 sfdp
run report -o mid.html
[ "$rc" = 0 ] || fail "report mid: exit $rc: $err"
lacks "$(cat mid.html)" "Laid out by groups"
exit 0
