#!/usr/bin/env bash
# No quadratic paths (issue 20): inputs of a few MB that used to take minutes of CPU finish
# under a CPU limit of 30 s (prlimit --cpu: the process is killed when it passes it, exit 137).
# Not a timed test: the limit is generous. Linear, each input takes 0.1-1 s here (under the
# sanitizers up to about 10x that); quadratic, the binary before the fix was killed at the limit
# on each of them (docs/benchmarks.md, "Hostile inputs"):
#   - a Kumu JSON element of 200 000 fields (500 000 took ~800 s): Record's linear find;
#   - a questionnaire of 200 000 questions (40 000 took 8 s): Questionnaire::find for each row;
#   - GraphML with 1 500 000 comments between elements after 1 MiB of white space: each blank
#     text callback rescanned the whole megabyte.
# And an element with more than 256 attributes is refused before libxml2 parses it (libxml2
# 2.9.14 checks duplicate attributes in quadratic time: 500 000 attributes took 158 s).
source "$(dirname "$0")/../cli/lib.bash" "$@"

PY=/usr/bin/python3
[ -x "$PY" ] || skip "$PY (the input generator) is missing"
command -v prlimit >/dev/null || skip "prlimit (util-linux) is missing"

# limited ARGS...: stakemap ARGS under the CPU limit, like `run`.
limited() {
  last="stakemap $* (under prlimit --cpu=30)"
  prlimit --cpu=30 -- "$BIN" "$@" >"$TMP/.out" 2>"$TMP/.err"
  rc=$?
  out=$(cat "$TMP/.out")
  err=$(cat "$TMP/.err")
}

$PY - <<'PY' || fail "generating the inputs failed"
with open("keys.json", "w") as f:
    f.write('{"elements": [{"id": "a", "label": "A"')
    f.write("".join(f', "k{i}": "v"' for i in range(200000)))
    f.write("}]}\n")
with open("questions.csv", "w") as f:
    f.write("question,option,section,type,scopes,asked_if,feeds,flags,label_en,label_fr,label_nl\n")
    f.write("".join(f"Q{i},,,open,,,,,Question {i},,\n" for i in range(200000)))
with open("blank.graphml", "w") as f:
    f.write('<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    f.write('<graph edgedefault="directed">' + "\n" * 1100000 + "<!---->\n" * 1500000)
    f.write('<node id="a"/></graph></graphml>\n')
def attributes(n, close):
    return "".join(f' a{i}="x"' for i in range(n)) + close
with open("attrs.graphml", "w") as f:
    f.write('<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    f.write('<graph edgedefault="directed">\n<node id="a"' + attributes(500000, "/>") + "</graph></graphml>\n")
with open("attrs.gexf", "w") as f:
    f.write('<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed">\n')
    f.write('<nodes>\n<node id="a" label="A"' + attributes(300, "/>") + "</nodes></graph></gexf>\n")
PY

use_map m
limited import --kind kumu --dry-run keys.json
expect_rc 0
limited survey questions --questionnaire questions.csv --format csv
expect_rc 0
[ "$(wc -l <<<"$out")" = 200001 ] || fail "expected 200000 questions listed, got $(($(wc -l <<<"$out") - 1))"
limited import --kind graphml --dry-run blank.graphml
expect_rc 0

before=$(fingerprint "$STAKEMAP_DB") || fail "cannot read the map"
limited import --kind graphml attrs.graphml
expect_rc 1
contains "$err" "attrs.graphml:4: an element with more than 256 attributes (the limit for interchange files"
limited import --kind gexf attrs.gexf
expect_rc 1
contains "$err" "attrs.gexf:5: an element with more than 256 attributes"
same "$(fingerprint "$STAKEMAP_DB")" "$before"
echo "quadratic: ok"
