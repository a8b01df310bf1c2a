#!/usr/bin/env bash
# The territory view holds every organisation active there (filed under it or a part of it,
# covering it from above in a band of their own) and stubs naming partners outside it; the
# obstacles view never puts a link label on a node (boxes measured in the SVG with DejaVu Sans's
# own advance widths, tests/cli/svg_check.py).
source "$(dirname "$0")/lib.bash" "$@"
use_map bundled "$DATA"
r() { "$BIN" render --quiet "$@"; }

planning="Federal public planning service for social integration"

# node_id DOT NAME-START: the synthetic id of the node whose label starts with NAME-START.
node_id() { python3 - "$1" "$2" <<'PY'
import re, sys
dot = open(sys.argv[1], encoding="utf-8").read()
for m in re.finditer(r'^\s*(n\d+)\s*\[([^\]]*)\]', dot, re.M):
    label = re.search(r'label="((?:[^"\\]|\\.)*)"', m.group(2))
    if label and label.group(1).replace("\\n", " ").startswith(sys.argv[2][:15]):
        print(m.group(1)); break
PY
}

# Default scopes: the federal planning service is drawn as a member, in the band of actors
# covering Wallonia from above, and the Walloon welfare centres report to it.
r --view territory:BE-WAL --to dot > wal.dot
fed=$(node_id wal.dot "$planning")
[ -n "$fed" ] || fail "territory:BE-WAL lacks $planning"
grep -q 'Active here from a higher level' wal.dot || fail "territory:BE-WAL: no band of actors from a higher level"
python3 - wal.dot "$fed" <<'PY' || fail "the planning service is not in the band of actors from above"
import re, sys
dot = open(sys.argv[1], encoding="utf-8").read()
band = re.search(r'subgraph cluster_0 \{(.*?)\n\t\}', dot, re.S).group(1)
sys.exit(0 if re.search(r'\b%s\b' % sys.argv[2], band) else 1)
PY
cpas=$(grep -c "\-> $fed\b" wal.dot)
[ "$cpas" -ge 4 ] || fail "territory:BE-WAL: $cpas links to the planning service, expected the 4 Walloon welfare centres"
# Partners outside Wallonia are stubs: their names in grey, no shape.
stubs=$(grep -c 'shape=plaintext' wal.dot)
[ "$stubs" -ge 1 ] || fail "territory:BE-WAL: no stub for partners outside"
grep -q 'Flow with an organisation' wal.dot || fail "territory:BE-WAL: stubs not in the legend"

# Only the organisations filed under Wallonia: the planning service becomes a stub naming it,
# with the welfare centres' links to it.
r --view territory:BE-WAL --territory-scope in --to dot > wal-in.dot
fed=$(node_id wal-in.dot "$planning")
[ -n "$fed" ] || fail "territory:BE-WAL --territory-scope in: no stub naming $planning"
python3 -c 'import re, sys; block = re.search(r"\b%s\s*\[([^\]]*)\]" % sys.argv[2], open(sys.argv[1]).read()).group(1)
sys.exit(0 if "shape=plaintext" in block else 1)' wal-in.dot "$fed" || fail "the planning service is not a stub"
[ "$(grep -c "\-> $fed\b" wal-in.dot)" -ge 4 ] || fail "no stubs from the welfare centres to the planning service"
grep -q 'Active here from a higher level' wal-in.dot && fail "--territory-scope in still draws the band from above"
r --view territory:BE-WAL -o wal.svg
well_formed wal.svg

# Obstacles view: no link label lies on a node.
if /usr/bin/python3 -c "import fontTools" 2>/dev/null; then
  r --view obstacles -o obstacles.svg
  /usr/bin/python3 "$SRC/tests/cli/svg_check.py" labels obstacles.svg || fail "obstacles view: a link label lies on a node"
fi
echo "render_territory_labels: ok"
