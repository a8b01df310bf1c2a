#!/usr/bin/env bash
# Interchange imports take only what a CSV import takes (docs/security.md, "Limits"), so that
# every map round-trips through CSV: an id holding '|' (which separates multi-values in CSV) and
# a value longer than the CSV field limit (1 MiB) are refused by the one checker
# (dataset::FieldChecker) with file:line:column and the start of the value; exit 1, map
# unchanged. Was: GraphML, GEXF and Kumu JSON took both (values up to 9 MiB; issue 20).
source "$(dirname "$0")/../cli/lib.bash" "$@"

gen_dataset ds X 5 5
use_map m ds
before=$(fingerprint m.db)

graphml() {  # graphml NODE-ID NAME: one organisation
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
  printf '  <key id="n0" for="node" attr.name="name" attr.type="string"/>\n'
  printf '  <graph id="flows" edgedefault="directed">\n'
  printf '    <node id="%s"><data key="n0">%s</data></node>\n' "$1" "$2"
  printf '  </graph>\n</graphml>\n'
}
gexf() {  # gexf NODE-ID NOTE: one organisation with a free attribute "note"
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n'
  printf '  <graph defaultedgetype="directed">\n'
  printf '    <attributes class="node"><attribute id="0" title="note" type="string"/></attributes>\n'
  printf '    <nodes>\n      <node id="%s" label="One"><attvalues><attvalue for="0" value="%s"/></attvalues></node>\n' "$1" "$2"
  printf '    </nodes>\n  </graph>\n</gexf>\n'
}
refused() {  # refused PATH KIND TEXT...: exit 1, each TEXT in the message, the map unchanged
  local file=$1 kind=$2
  shift 2
  if [ "$kind" = dataset ]; then run --db m.db import "$file"; else run --db m.db import "$file" --kind "$kind"; fi
  expect_rc 1
  for t in "$@"; do contains "$err" "$t"; done
  [ "$(fingerprint m.db)" = "$before" ] || fail "a refused $file changed the map"
}

# An id with '|'.
graphml 'a|b' "A or B" >pipe.graphml
refused pipe.graphml graphml "pipe.graphml:5:" "id 'a|b' in field 'id' contains '|', which separates multi-values"
gexf 'a|b' fine >pipe.gexf
refused pipe.gexf gexf "pipe.gexf:6:" "id 'a|b' in field 'id' contains '|'"
printf '{"elements": [\n  {"id": "a|b", "label": "A or B"}\n]}\n' >pipe.json
refused pipe.json kumu "pipe.json:2:" "id 'a|b' in field 'id' contains '|'"
# The same id in CSV is refused by the same words.
mkdir csv && printf 'id,name\na|b,A or B\n' >csv/organisations.csv
refused csv dataset "organisations.csv:2:" "id 'a|b' in column 'id' contains '|', which separates multi-values"

# A value of 1.1 MiB (generated here, never stored in the repository): in an XML attribute (a
# GEXF value, a GraphML node id), in XML text and in a JSON string.
big=$(head -c 1153434 /dev/zero | tr '\0' 'v')
gexf one "$big" >big.gexf
refused big.gexf gexf "big.gexf:6:" "value of field 'note' is 1153434 bytes long, more than 1048576" "'vvvvvvvvvv"
err_size=${#err}
[ "$err_size" -lt 2000 ] || fail "the message holds the whole value ($err_size bytes)"
graphml "$big" name >bigid.graphml
refused bigid.graphml graphml "bigid.graphml:5:" "value of field 'id' is 1153434 bytes long, more than 1048576"
graphml one "$big" >bigtext.graphml
refused bigtext.graphml graphml "bigtext.graphml:5:" "longer than 1048576 bytes"
printf '{"elements": [\n  {"id": "one", "label": "%s"}\n]}\n' "$big" >big.json
refused big.json kumu "big.json:2:" "1048576"
printf 'id,name\none,%s\n' "$big" >csv/organisations.csv
refused csv dataset "organisations.csv:2:" "field longer than 1048576 bytes"

# At the limit a value is taken, and goes back through CSV.
gexf one "${big:0:1048576}" >edge.gexf
run --db m.db import edge.gexf --kind gexf
expect_rc 0
run --db m.db export csv -o out --privacy internal
expect_rc 0
run --db back.db import out
expect_rc 0
[ "$(sqlite3 back.db "SELECT length(value) FROM org_attribute WHERE org = 'one' AND key = 'note'")" = 1048576 ] ||
  fail "the value at the limit did not come back through CSV"
exit 0
