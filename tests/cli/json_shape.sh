#!/usr/bin/env bash
# Every table command's --format json on the bundled map (with its survey answers and a saved
# round): it parses, its keys are the dataset's names or known measure names (never `org` for
# an organisation's id, nor `willing`), and multi-valued fields are arrays (tests/cli/json_keys.py,
# which also lists each command's keys). CSV uses the same names, so `list orgs --format csv`
# reads like organisations.csv.
source "$(dirname "$0")/lib.bash" "$@"
use_map m "$DATA"
# The values (before the survey changes them): arrays of the dataset's values, the same as in organisations.csv (split on '|').
run list orgs --format json
expect_rc 0
printf '%s' "$out" > orgs.json
/usr/bin/python3 - "$DATA/organisations.csv" orgs.json <<'PY' || fail "list orgs json against organisations.csv"
import csv, json, sys
listed = {o["id"]: o for o in json.load(open(sys.argv[2], encoding="utf-8"))}
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    o = listed[row["id"]]
    for field in ("territories", "domains"):
        want = [v for v in row[field].split("|") if v]
        assert o[field] == want, (row["id"], field, o[field], want)
    assert o["willing_to_share"] == (row["willing_to_share"] or ""), (row["id"], o["willing_to_share"])
PY

"$BIN" --quiet import "$DATA/responses.csv" --kind survey > /dev/null 2>&1 || fail "import the survey answers"
"$BIN" round save r1 > /dev/null || fail "round save"
"$BIN" set org fed-social-integration willing_to_share=no > /dev/null || fail "set (a change for diff)"

/usr/bin/python3 "$SRC/tests/cli/json_keys.py" "$BIN" "$STAKEMAP_DB" fed-social-integration --check 2> keys.err \
  || fail "json_keys.py --check: $(cat keys.err)"

# CSV: the same column names, multi-values joined with '|' as in the dataset files.
run list orgs --format csv
expect_rc 0
same "$(head -1 <<<"$out")" "id,name,kind,level,territories,domains,support_role,willing_to_share,flows_out,flows_in"
contains "$out" "fed-social-integration,Federal public planning service for social integration,federal-service,federal,BE,social|labour|other,"
run list flows --format csv
same "$(head -1 <<<"$out")" "id,from,to,status,basis,regularity,population,obstacles,confirmation"
run list territories --format csv
same "$(head -1 <<<"$out")" "id,kind,name,part_of,leaves,organisations"

# A single section of gaps flows is one JSON object too (it lacked its closing brace).
run gaps flows unconfirmed --format json
expect_rc 0
/usr/bin/python3 -c 'import json, sys; d = json.load(sys.stdin); assert list(d) == ["unconfirmed"], d' <<<"$out" \
  || fail "gaps flows unconfirmed: $out"
