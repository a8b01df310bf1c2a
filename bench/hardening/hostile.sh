#!/usr/bin/env bash
# Small hostile inputs that used to cost quadratic time or memory far beyond their size
# (issue 20), measured with /usr/bin/time: exit status, wall and CPU seconds, peak RSS.
# Usage: bench/hardening/hostile.sh BINARY WORK_DIR [SCALE]
#   SCALE divides the sizes of the issue (default 1: 500 000 JSON keys, 500 000 XML
#   attributes, 40 000 questions, 100 000 survey rows, 2 000 000 GraphML nodes).
# Each run is capped at 20 minutes of CPU (prlimit); results in docs/benchmarks.md.
set -uo pipefail
bin=$(realpath "$1")
work=$2
scale=${3:-1}
mkdir -p "$work"
cd "$work" || exit 1
py=/usr/bin/python3

keys=$((500000 / scale)) attrs=$((500000 / scale)) questions=$((40000 / scale)) rows=$((100000 / scale))
nodes=$((2000000 / scale))
$py - "$keys" "$attrs" "$questions" "$rows" "$nodes" <<'PY'
import sys
keys, attrs, questions, rows, nodes = map(int, sys.argv[1:])
with open("keys.json", "w") as f:  # one Kumu element of KEYS fields
    f.write('{"elements": [{"id": "a", "label": "A"')
    for i in range(keys):
        f.write(f', "k{i}": "v"')
    f.write("}]}\n")
with open("attrs.graphml", "w") as f:  # one node of ATTRS attributes
    f.write('<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    f.write('<graph edgedefault="directed"><node id="a"')
    for i in range(attrs):
        f.write(f' a{i}="x"')
    f.write("/></graph></graphml>\n")
with open("questions.csv", "w") as f:  # QUESTIONS open questions
    f.write("question,option,section,type,scopes,asked_if,feeds,flags,label_en,label_fr,label_nl\n")
    for i in range(questions):
        f.write(f"Q{i},,,open,,,,,Question {i},,\n")
with open("survey.csv", "w") as f:  # ROWS respondents: an organisation's name (Q1) and Q2
    f.write("Q1,Q2\n")
    for i in range(rows):
        f.write(f"o{i},d\n")
with open("nodes.graphml", "w") as f:  # NODES nodes, no edges
    f.write('<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    f.write('<graph edgedefault="directed">\n')
    for i in range(nodes):
        f.write(f'<node id="n{i}"/>\n')
    f.write("</graph></graphml>\n")
PY

measure() {  # LABEL COMMAND...: one Markdown table row
  local label=$1
  shift
  rm -f m.db m.db-*
  "$bin" init --db m.db >/dev/null 2>&1
  prlimit --cpu=1200 -- /usr/bin/time -f "%e %U %S %M" -o time.txt "$@" >out.txt 2>err.txt
  local rc=$?
  read -r wall user sys rss < <(tail -1 time.txt)
  local msg
  msg=$(tail -1 err.txt | cut -c1-110)
  echo "| $label | $(du -h "${@: -1}" 2>/dev/null | cut -f1 || echo -) | $rc | $wall | $(echo "$user + $sys" | bc) | $((rss / 1024)) | ${msg:-} |"
}
echo "| input | size | exit | wall s | CPU s | peak RSS MiB | message |"
echo "|---|---:|---:|---:|---:|---:|---|"
measure "Kumu JSON, one element of $keys fields" "$bin" --db m.db import --kind kumu --dry-run keys.json
measure "GraphML, one node of $attrs attributes" "$bin" --db m.db import --kind graphml --dry-run attrs.graphml
measure "questionnaire of $questions questions" "$bin" survey questions --questionnaire questions.csv
measure "survey export, $rows two-column rows (dry run)" "$bin" --db m.db import --kind survey --dry-run survey.csv
measure "GraphML of $nodes nodes (dry run)" "$bin" --db m.db import --kind graphml --dry-run nodes.graphml
