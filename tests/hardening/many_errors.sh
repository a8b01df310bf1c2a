#!/usr/bin/env bash
# XML and JSON imports report every error of their values, as the CSV import does, not only the
# first (docs/interop.md, "Errors"): bad codes, values that are not of their declared type, data
# for undeclared keys, items without an id, repeated fields, bad connections... each with its
# file:line:column, up to the same 200 (dataset::Diagnostics); exit 1 and the map unchanged.
# An error that stops the parse (malformed XML) is reported after those found before it.
source "$(dirname "$0")/../cli/lib.bash" "$@"

gen_dataset ds X 5 5
use_map m ds
before=$(fingerprint m.db)
reports() {  # reports TEXT...: each TEXT in the last run's stderr
  for t in "$@"; do contains "$err" "$t"; done
}

cat >many.graphml <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="n0" for="node" attr.name="name" attr.type="string"/>
  <key id="n1" for="node" attr.name="level" attr.type="string"/>
  <key id="n2" for="node" attr.name="staff" attr.type="int"/>
  <graph id="flows" edgedefault="directed">
    <node id="a"><data key="n0">A</data><data key="n1">galactic</data></node>
    <node id="b"><data key="n0">B</data><data key="n2">many</data></node>
    <node id="c"><data key="n0">C</data><data key="zz">?</data></node>
    <node><data key="n0">No id</data></node>
    <node id="d"><data key="n0">D</data><data key="n0">D again</data></node>
    <node id="a"><data key="n0">A twice</data></node>
    <edge source="a" target="b"/>
  </graph>
</graphml>
XML
run --db m.db import many.graphml --kind graphml
expect_rc 1
reports "many.graphml:7:" "unknown level code 'galactic'" \
  "many.graphml:8:" "'many' is not a valid int (key 'staff')" \
  "many.graphml:9:" "data for key 'zz', which no <key> declares" \
  "many.graphml:10:" "<node> without the required attribute 'id'" \
  "many.graphml:11:" "two values for 'name' on one node" \
  "many.graphml:12:" "duplicate"
[ "$(grep -c ': error: ' <<<"$err")" -ge 6 ] || fail "expected at least 6 errors: $err"
[ "$(fingerprint m.db)" = "$before" ] || fail "a GraphML with errors changed the map"

# The same in GEXF, and a malformed end: the errors before it are reported with it.
cat >many.gexf <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="staff" type="integer"/></attributes>
    <nodes>
      <node id="a" label="A"><attvalues><attvalue for="0" value="many"/></attvalues></node>
      <node id="b" label="B"><attvalues><attvalue for="9" value="1"/></attvalues></node>
      <node label="No id"/>
      <node id="c" label="C"><attvalues><attvalue for="0"/></attvalues></node>
    </nodes>
    <edges><edge source="a"/></edges>
  </graph>
XML
run --db m.db import many.gexf --kind gexf
expect_rc 1
reports "many.gexf:6:" "'many' is not a valid integer (attribute 'staff')" \
  "many.gexf:7:" "value for node attribute '9', which no <attribute> declares" \
  "many.gexf:8:" "<node> without the required attribute 'id'" \
  "many.gexf:9:" "<attvalue> without the required attribute 'value'" \
  "many.gexf:11:" "<edge> without the required attribute 'target'" \
  "(reading stopped here)"
[ "$(fingerprint m.db)" = "$before" ] || fail "a GEXF with errors changed the map"

cat >many.json <<'JSON'
{
  "elements": [
    {"id": "a", "label": "A", "level": "galactic"},
    {"type": "ngo"},
    {"id": "b", "label": "B", "Level": "local", "level": "local"},
    42,
    {"id": "c", "label": "C", "domains": [{"x": 1}]}
  ],
  "connections": [
    {"from": "a", "to": "b", "direction": "sideways"},
    {"from": "a"},
    {"from": "b", "to": "nobody"}
  ]
}
JSON
run --db m.db import many.json --kind kumu
expect_rc 1
reports "many.json:3:" "unknown level code 'galactic'" \
  "many.json:4:" "element without a label or an id" \
  "many.json:5:" "field 'level' given twice" \
  "many.json:6:" "an element must be an object, not a number" \
  "many.json:7:" "field 'domains' holds a list of objects" \
  "many.json:10:" "unknown direction 'sideways'" \
  "many.json:11:" "connection without 'from' and 'to'" \
  "many.json:12:" "unknown organisation 'nobody' in field 'to'"
[ "$(fingerprint m.db)" = "$before" ] || fail "a Kumu file with errors changed the map"

# As many as CSV reports: the first 200, and how many more.
{
  printf '{"elements": [\n'
  for i in $(seq 300); do printf '  {"id": "e%d", "label": "E", "level": "bad%d"},\n' "$i" "$i"; done
  printf '  {"id": "last", "label": "Last"}\n]}\n'
} >lots.json
run --db m.db import lots.json --kind kumu
expect_rc 1
[ "$(grep -c "unknown level code" <<<"$err")" = 200 ] || fail "expected the first 200 errors"
reports "lots.json:201:" "and 100 more errors"
exit 0
