#!/usr/bin/env bash
# stakemap summary: the report's key findings for a terminal, as CSV and as JSON, each finding
# with the figures its sentence quotes. The figures agree with the commands that compute them
# on their own (list, silos, obstacles); demo prints the same sentences; a map with hostile
# names still gives valid JSON.
source "$(dirname "$0")/lib.bash" "$@"
use_map m "$DATA"

run summary --format json
expect_rc 0
printf '%s' "$out" > summary.json
figure() {  # figure FINDING NAME
  python3 -c "
import json, sys
for f in json.load(open('summary.json')):
    if f['finding'] == sys.argv[1]: print(f['figures'][sys.argv[2]])" "$1" "$2"
}
"$BIN" list flows --format csv > flows.csv 2>/dev/null || fail "list flows"
same "$(figure size flows)" "$(($(wc -l < flows.csv) - 1))"
same "$(figure size blocked)" "$(grep -c ',blocked,' flows.csv)"
same "$(figure size organisations)" "57"
"$BIN" silos --format csv > silos.csv 2>/dev/null || fail "silos"
same "$(figure silos silos)" "$(python3 -c "import csv; print(sum(r['silo'] == 'yes' for r in csv.DictReader(open('silos.csv'))))")"
"$BIN" obstacles --format csv > obstacles.csv 2>/dev/null || fail "obstacles"
read -r named base held <<<"$(python3 -c "
import csv
for r in csv.DictReader(open('obstacles.csv')):
    if r['obstacle'] == 'gdpr': print(r['organisations'], r['base'], int(r['blocked_flows']) + int(r['desired_flows']))")"
same "$(figure obstacle named)" "$named"
same "$(figure obstacle base)" "$base"
same "$(figure obstacle flows_held)" "$held"
python3 -c "
import json
ids = [f['finding'] for f in json.load(open('summary.json'))]
assert ids[:3] == ['size', 'silos', 'cut_points'], ids
names = [f['names'] for f in json.load(open('summary.json')) if f['finding'] == 'obstacle']
assert names == [['gdpr']], names" || fail "findings out of order or obstacle not named"

# On a terminal: the same sentences as the demo's, in the chosen language.
run summary
expect_rc 0
contains "$out" "  - The map holds 57 organisations and 150 flows"
run demo --out demo
expect_rc 0
demo_out=$out
run --db demo/stakemap.db summary
expect_rc 0
contains "$demo_out" "$out"
run --lang nl summary
contains "$out" "De kaart bevat 57 organisaties"

# CSV: one row per finding.
run summary --format csv
expect_rc 0
same "$(tail -n +2 <<<"$out" | cut -d, -f1 | paste -sd' ')" \
  "$(python3 -c "import json; print(' '.join(f['finding'] for f in json.load(open('summary.json'))))")"

# Hostile names stay valid JSON.
use_map hostile "$FIX/render/hostile"
run summary --format json --layer any
expect_rc 0
python3 -c "import json, sys; json.loads(sys.stdin.read())" <<<"$out" || fail "summary of the hostile map is not JSON"
