#!/usr/bin/env bash
# import --replace never loses what the files do not carry: columns absent from the files
# (contacts) keep their stored values, kinds of record no file holds stay, survey answers stay
# unless the survey is replaced; rows absent from the files are removed, counted in the summary
# line (the dry run gives the same counts), and come back with undo.
source "$(dirname "$0")/lib.bash" "$@"
use_map m "$DATA"
run import "$DATA/responses.csv" --kind survey
expect_rc 0
answers=$(count survey_answer)
[ "$answers" -gt 0 ] || fail "no survey answers to keep"
"$BIN" export json --privacy internal -o before.json --quiet || fail "export"
contacts() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sorted((o['id'],o.get('contact_name',''),o.get('contact_email','')) for o in d['organisations'] if o.get('contact_email')))" "$1"; }
[ "$(contacts before.json | wc -c)" -gt 10 ] || fail "the bundled map has no contacts to keep"

# The same organisations without contact columns and without one organisation (and its flows).
mkdir new
gone=$(python3 - "$DATA" new <<'PY'
import csv, sys
src, dst = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(f"{src}/organisations.csv", newline="", encoding="utf-8")))
gone = rows[-1]["id"]
keep = [c for c in rows[0].keys() if not c.startswith("contact_")]
with open(f"{dst}/organisations.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, keep, extrasaction="ignore")
    w.writeheader()
    w.writerows(r for r in rows if r["id"] != gone)
flows = list(csv.DictReader(open(f"{src}/flows.csv", newline="", encoding="utf-8")))
with open(f"{dst}/flows.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, list(flows[0].keys()))
    w.writeheader()
    w.writerows(r for r in flows if gone not in (r["from"], r["to"]))
print(gone)
PY
)
flows_gone=$(grep -c "$gone" "$DATA/flows.csv")
needs_gone=$(awk -F, -v g="$gone" '$4 == g' "$DATA/needs.csv" | wc -l)
[ "$flows_gone" -gt 0 ] || fail "the removed organisation $gone has no flows"
fp=$(fingerprint "$STAKEMAP_DB")

run import new --replace --dry-run
expect_rc 0
dry=$out
contains "$dry" "removed: 1 organisation, $flows_gone flows"
same "$(fingerprint "$STAKEMAP_DB")" "$fp"

run import new --replace --note "answers of round 2"
expect_rc 0
same "${out#imported: }" "${dry#valid (dry run, nothing written): }"
[ "$needs_gone" -eq 0 ] || contains "$out" "$needs_gone need"
"$BIN" export json --privacy internal -o after.json --quiet || fail "export"
# every contact of the organisations kept is still there
same "$(contacts after.json)" "$(python3 -c "import json,sys; d=json.load(open('before.json')); print(sorted((o['id'],o.get('contact_name',''),o.get('contact_email','')) for o in d['organisations'] if o.get('contact_email') and o['id'] != '$gone'))")"
same "$(count survey_answer)" "$answers"
same "$(count territory)" "19"
run list orgs --format csv
lacks "$out" "$gone,"
run history --limit 1000 --format csv
contains "$out" ",answers of round 2,delete,organisation,$gone,id,$gone,"

# undo brings the removed rows back, contacts included: the export before, byte for byte
run undo
expect_rc 0
contains "$out" "added organisation $gone"
"$BIN" export json --privacy internal -o undone.json --quiet || fail "export"
cmp -s undone.json before.json || fail "undo of the replacing import does not give back the map before it"

# a survey's --replace replaces its answers only: the map's records stay
fp=$(fingerprint "$STAKEMAP_DB")
run import "$DATA/responses.csv" --kind survey --replace
expect_rc 0
same "$(count survey_answer)" "$answers"
same "$(count organisation)" "57"
