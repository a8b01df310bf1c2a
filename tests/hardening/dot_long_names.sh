#!/usr/bin/env bash
# A name of 17 000 characters (accents, a quote, a backslash) in `export dot` and in render's DOT:
# Graphviz refuses a quoted string longer than 16384 bytes, so the DOT writer cuts long strings
# into "piece" + "piece" (docs/security.md). `dot -Tsvg` reads both files and the SVG shows the
# name whole. Before the fix, dot failed with "longer than 16384?".
source "$(dirname "$0")/../cli/lib.bash" "$@"
command -v dot >/dev/null || skip "dot (Graphviz) is missing"

# The name: 17 000 characters, about 19 000 bytes, ending in a letter (Graphviz trims spaces).
mkdir ds
/usr/bin/python3 - <<'PY' || fail "cannot generate the dataset"
name = ("Réseau «Ω» \\N \"q\" " * 1000)[:16999] + "z"
assert len(name) == 17000 and len(name.encode()) > 16384
open("name.txt", "w", encoding="utf-8").write(name + "\n")
open("ds/territories.csv", "w").write("id,kind,name\nBE,country,Belgium\n")
quoted = '"' + name.replace('"', '""') + '"'
open("ds/organisations.csv", "w", encoding="utf-8").write(
    "id,name,kind,level,territories,domains\n" f"long,{quoted},ngo,local,BE,social\nshort,Short,ngo,local,BE,social\n")
open("ds/flows.csv", "w").write("from,to,status,basis,population,note\nlong,short,active,voluntary,all,x\n")
PY
use_map m ds

run export dot -o map.dot
expect_rc 0
# Every quoted piece stays under Graphviz's limit (the longest line holds one piece).
longest=$(awk '{ if (length($0) > n) n = length($0) } END { print n }' map.dot)
[ "$longest" -lt 16384 ] || fail "a line of $longest characters in map.dot"
grep -q '" +$' map.dot || fail "the long name was not cut into pieces"
dot -Tsvg map.dot >map.svg 2>dot.err || fail "dot cannot read the export: $(head -c 300 dot.err)"
svg_texts map.svg >texts.txt
grep -qxFf name.txt texts.txt || fail "the SVG does not show the name whole"

# render writes DOT through Graphviz's own writer: dot reads it too.
run render -o render.dot
expect_rc 0
dot -Tsvg render.dot >render.svg 2>dot.err || fail "dot cannot read render's DOT: $(head -c 300 dot.err)"
echo "dot_long_names: ok"
