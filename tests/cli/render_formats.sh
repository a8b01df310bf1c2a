#!/usr/bin/env bash
# Output formats from the -o extension or --to; stdout; and in-process layout that needs no
# Graphviz plugin configuration (GVBINDIR pointing at an empty folder, as on a machine where
# the plugin configuration was never written).
source "$(dirname "$0")/lib.bash" "$@"

use_map bundled "$DATA"
magic() { head -c "$2" "$1" | od -An -c | tr -d ' \n'; }

"$BIN" render -o "$TMP/m.png" 2> "$TMP/err" || fail "png: $(cat "$TMP/err")"
grep -qF "wrote $TMP/m.png: 57 organisations, 116 links, layout dot" "$TMP/err" || fail "png summary: $(cat "$TMP/err")"
[ "$(magic "$TMP/m.png" 4)" = '211PNG' ] || fail "m.png is not a PNG"
"$BIN" render --quiet -o "$TMP/m.pdf" && [ "$(magic "$TMP/m.pdf" 4)" = '%PDF' ] || fail "m.pdf is not a PDF"
"$BIN" render --quiet -o "$TMP/m.svg" && well_formed "$TMP/m.svg"
"$BIN" render --quiet -o "$TMP/m.dot" && head -1 "$TMP/m.dot" | grep -qx 'digraph stakemap {' || fail "m.dot is not DOT"
"$BIN" render --quiet -o "$TMP/m.gv" && cmp -s "$TMP/m.dot" "$TMP/m.gv" || fail ".gv and .dot differ"
"$BIN" render --quiet --to png -o "$TMP/m.svg" && [ "$(magic "$TMP/m.svg" 4)" = '211PNG' ] || fail "--to png ignored"
"$BIN" render --to dot > "$TMP/stdout.dot" && cmp -s "$TMP/m.dot" "$TMP/stdout.dot" || fail "DOT on stdout differs"
"$BIN" render > "$TMP/stdout.svg" && well_formed "$TMP/stdout.svg"
"$BIN" render --quiet --dpi 48 -o "$TMP/small.png"
[ "$(stat -c %s "$TMP/small.png")" -lt "$(stat -c %s "$TMP/m.png")" ] || fail "--dpi 48 did not make a smaller PNG"
# The DOT lays out the same with the command-line tools: dot draws byte-identical SVG.
"$BIN" render --quiet --view ego:fed-reception-agency -o "$TMP/ours.svg"
"$BIN" render --quiet --view ego:fed-reception-agency --to dot -o "$TMP/ego.dot"
dot -Tsvg "$TMP/ego.dot" -o "$TMP/cli.svg" && cmp -s "$TMP/ours.svg" "$TMP/cli.svg" || fail "dot -Tsvg of our DOT differs from our SVG"
expect_exit 2 "unknown --to 'gif'" render --to gif
expect_exit 1 "cannot write: folder" render -o "$TMP/no/such/dir/m.svg"

# No plugin configuration needed: every engine and format works with GVBINDIR empty.
mkdir "$TMP/empty"
for layout in dot sfdp neato circo fdp; do
  for ext in svg png pdf; do
    GVBINDIR="$TMP/empty" "$BIN" render --quiet --view ego:fed-reception-agency --layout "$layout" -o "$TMP/p.$ext" \
      2> "$TMP/p.err" \
      || fail "GVBINDIR empty, $layout to $ext: $(cat "$TMP/p.err")"
    grep -q 'not recognized' "$TMP/p.err" && fail "$layout: $(cat "$TMP/p.err")"
  done
done

echo "render_formats: ok"
