#!/usr/bin/env bash
# Organisations with hostile names (quotes, trailing backslash, \N \G escapes, newline,
# markup, entities, control characters, emoji, right-to-left text, DOT and SVG injection):
# every view renders, the SVG is well-formed and shows each name as written, the DOT
# re-parses with Graphviz's own tools, and no link, script or tooltip comes from the data.
source "$(dirname "$0")/lib.bash" "$@"
RH=$FIX/render/hostile

use_map hostile "$RH"

for view in map ego:quote:3 territory:T1 territory:BE gaps obstacles; do
  for cluster in none territory; do
    "$BIN" render --quiet --view "$view" --cluster "$cluster" --wrap 200 --layer any -o "$TMP/h.svg" 2> "$TMP/h.err" \
      || { fail "$view/$cluster failed: $(cat "$TMP/h.err")"; continue; }
    well_formed "$TMP/h.svg"
    grep -qi '<script\|href=\|xlink:title\|onload=' "$TMP/h.svg" && fail "$view/$cluster: link or script in the SVG"
  done
done

# Every name shows as written on the map (control characters as spaces).
"$BIN" render --quiet --wrap 200 --cluster territory -o "$TMP/map.svg"
svg_texts "$TMP/map.svg" > "$TMP/texts.txt"
while IFS= read -r name; do
  grep -qxF -- "$name" "$TMP/texts.txt" || fail "the map does not show: $name"
done < "$RH/expected_names.txt"
grep -qxF 'Region "<&>" \' "$TMP/texts.txt" || fail "cluster label of the hostile territory not shown as written"
"$BIN" render --quiet --wrap 200 --view ego:markup -o "$TMP/ego.svg"
svg_texts "$TMP/ego.svg" | grep -qF 'Ego network of <b>bold</b> & <i>co</i> &amp; &; &#60; (radius 1)' \
  || fail "ego title does not show the name as written"

# The DOT re-parses with the Graphviz tools: one node per organisation, every flow an edge,
# the labels as written, and the command-line dot lays it out to well-formed SVG.
"$BIN" render --quiet --wrap 200 --layer any --to dot -o "$TMP/map.dot"
[ "$(gc -n "$TMP/map.dot" | awk '{print $1}')" = 11 ] || fail "DOT re-read: $(gc -n "$TMP/map.dot") nodes, expected 11"
[ "$(gc -e "$TMP/map.dot" | awk '{print $1}')" = 13 ] || fail "DOT re-read: $(gc -e "$TMP/map.dot") edges, expected 13"
dot -Tsvg "$TMP/map.dot" -o "$TMP/cli.svg" 2> "$TMP/dot.err" || fail "dot cannot lay out our DOT: $(cat "$TMP/dot.err")"
well_formed "$TMP/cli.svg"
svg_texts "$TMP/cli.svg" > "$TMP/cli_texts.txt"
while IFS= read -r name; do
  grep -qxF -- "$name" "$TMP/cli_texts.txt" || fail "dot's rendering of our DOT does not show: $name"
done < "$RH/expected_names.txt"
grep -q '^\s*n[0-9]*\s' "$TMP/map.dot" || fail "DOT node ids are not synthetic"
grep -qF 'quote' "$TMP/map.dot" && fail "an organisation id reached the DOT"
# agwrite writes one attribute per line: none of them may be a link or tooltip.
grep -qE '^\s*(URL|href|tooltip|id)=' "$TMP/map.dot" && fail "URL, href, tooltip or id attribute in the DOT"

echo "render_hostile: ok"
