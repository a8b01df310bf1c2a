#!/usr/bin/env bash
# Input that would be silently cut or dropped is refused instead (issue 20, Low): a NUL byte in a
# CSV cell (C libraries such as Graphviz and libxml2 would end the text there), and GEXF's
# dynamic data (times on nodes, edges and values, <spells>), which stakemap cannot keep. Each is
# exit 1 with the file, line and column, and the map is unchanged.
source "$(dirname "$0")/../cli/lib.bash" "$@"

"$BIN" init --db m.db >/dev/null 2>&1 || fail "init"
printf 'id,name,level\nkept,Kept organisation,local\n' > kept.csv
"$BIN" --db m.db --quiet import kept.csv --kind orgs > /dev/null || fail "import kept.csv"
before=$(sqlite3 m.db 'SELECT id, name FROM organisation ORDER BY id')

printf 'id,name,level\nx1,Na\000me,local\n' > nul.csv
run --db m.db import nul.csv --kind orgs
expect_rc 1
contains "$err" "nul.csv:2:6: error: a NUL byte (0x00) in a cell"
same "$(sqlite3 m.db 'SELECT id, name FROM organisation ORDER BY id')" "$before"

gexf() {  # gexf BODY: a GEXF 1.3 file around BODY
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n'
  printf '<graph mode="dynamic" defaultedgetype="directed">\n%s\n</graph></gexf>\n' "$1"
}
gexf '<nodes><node id="a" label="A"><spells><spell start="2020" end="2021"/></spells></node><node id="b" label="B"/></nodes>' > spells.gexf
run --db m.db import spells.gexf --kind gexf
expect_rc 1
contains "$err" "spells.gexf:4:"
contains "$err" "<spells>: the times a node or edge exists (a dynamic graph) are not supported"
gexf '<nodes><node id="a" label="A" start="2020"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/></edges>' > times.gexf
run --db m.db import times.gexf --kind gexf
expect_rc 1
contains "$err" "nodes with 'start' (a dynamic graph) are not supported"
same "$(sqlite3 m.db 'SELECT id, name FROM organisation ORDER BY id')" "$before"
# The same graph without times imports: the mode alone is not refused.
gexf '<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/></edges>' > static.gexf
run --db m.db --quiet import static.gexf --kind gexf
expect_rc 0
echo "hidden data: NUL bytes and dynamic GEXF refused, map unchanged"
