#!/usr/bin/env bash
# A realistic editing session on the bundled map: add an organisation and three flows, fix a
# name, remove a flow, save a round, undo twice, redo. After every step `export json` holds
# what the step did, each undo gives back the export of the state before the undone batch byte
# for byte, and undoing back to the start gives the first export again.
source "$(dirname "$0")/lib.bash" "$@"
use_map m "$DATA"
export STAKEMAP_AUTHOR=ana
# state NAME: the export as NAME.full.json, and as NAME.json without its rounds (which name
# states of the map and are not undone with it: docs/history.md).
state() {
  "$BIN" export json -o "$1.full.json" --quiet || fail "export $1"
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); d.pop('rounds'); json.dump(d, open(sys.argv[2],'w'), ensure_ascii=False, indent=1)" "$1.full.json" "$1.json"
}
# json FILE PYTHON-EXPRESSION: prints the expression over the export (d = the parsed JSON).
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1.json"; }
org_name() { json "$1" "[o['name'] for o in d['organisations'] if o['id']=='$2']"; }
flows_of() { json "$1" "sorted((f['from'],f['to'],f['status']) for f in d['flows'] if 'be-newcomers' in (f['from'],f['to']))"; }
state s0
same "$(json s0 "len(d['flows'])")" "150"

run add org be-newcomers --name "Newcomers desk" --set level=local --set 'domains=legal|social' --note "met at session 1"
expect_rc 0
same "$out" "added organisation be-newcomers"
contains "$err" "recorded as batch 2"
state s1
same "$(org_name s1 be-newcomers)" "['Newcomers desk']"
same "$(json s1 "[o['domains'] for o in d['organisations'] if o['id']=='be-newcomers']")" "[['legal', 'social']]"

run add flow be-newcomers fed-statistics
same "$out" "added flow 151 (be-newcomers -> fed-statistics)"
run add flow fed-statistics be-newcomers --set status=desired
run add flow be-newcomers fed-reception-agency --set status=blocked --set obstacles=gdpr
same "$out" "added flow 153 (be-newcomers -> fed-reception-agency)"
state s2
same "$(flows_of s2)" "[('be-newcomers', 'fed-reception-agency', 'blocked'), ('be-newcomers', 'fed-statistics', 'active'), ('fed-statistics', 'be-newcomers', 'desired')]"
# list flows shows the stable ids in a first column flow
run list flows --format csv --org be-newcomers
same "$out" "id,from,to,status,basis,regularity,population,obstacles,confirmation
151,be-newcomers,fed-statistics,active,voluntary,,all,,
152,fed-statistics,be-newcomers,desired,voluntary,,all,,
153,be-newcomers,fed-reception-agency,blocked,voluntary,,all,gdpr,"

run set org be-newcomers "name=Newcomers' desk" --note typo
same "$out" "changed organisation be-newcomers: name: 'Newcomers desk' -> 'Newcomers' desk'"
state s3
same "$(org_name s3 be-newcomers)" "[\"Newcomers' desk\"]"

run remove flow be-newcomers fed-statistics
same "$out" "removed flow 151 (be-newcomers -> fed-statistics)"
state s4
same "$(flows_of s4)" "[('be-newcomers', 'fed-reception-agency', 'blocked'), ('fed-statistics', 'be-newcomers', 'desired')]"

run round save "2023-03 consultation" --note "first round"
expect_rc 0
contains "$out" "saved round '2023-03 consultation' (the map as of batch 7)"
state s4r
cmp -s s4.json s4r.json || fail "saving a round changed the map's export"
same "$(python3 -c "import json; print([(r['name'], r['note'], r['batch'], 'author' in r) for r in json.load(open('s4r.full.json'))['rounds']])")" \
  "[('2023-03 consultation', 'first round', 7, False)]"

# Undo twice: the removal (last batch), then the name fix (batch 6, not touched since).
run undo
same "$out" "added flow 151 (be-newcomers -> fed-statistics)"
state u1
cmp -s u1.json s3.json || fail "undo of the removal does not give back the state before it"
expect_exit 1 "later batches changed the same records since: 8 (undo)" undo --batch 7
run undo --batch 6
same "$out" "changed organisation be-newcomers: name: 'Newcomers' desk' -> 'Newcomers desk'"
state u2
same "$(org_name u2 be-newcomers)" "['Newcomers desk']"
same "$(flows_of u2)" "$(flows_of s2)"
cmp -s u2.json s2.json || fail "undoing the name fix does not give back the state after the three flows"
# Redo: undoing the undo.
run undo
same "$out" "changed organisation be-newcomers: name: 'Newcomers desk' -> 'Newcomers' desk'"
state r1
cmp -s r1.json s3.json || fail "redo does not give back the state after the name fix"

# The change log: newest first, one row per field, with author and note.
run history --limit 3 --format csv
expect_rc 0
same "$(printf '%s\n' "$out" | cut -d, -f1,3-)" "batch,author,note,action,entity,id,field,before,after
10,ana,,update,organisation,be-newcomers,name,Newcomers desk,Newcomers' desk
9,ana,,update,organisation,be-newcomers,name,Newcomers' desk,Newcomers desk
8,ana,,insert,flow,151,from,,be-newcomers"
run history --flow 151 --format csv
same "$(printf '%s\n' "$out" | tail -n +2 | cut -d, -f1,5 | sort -u | tr '\n' ' ')" "3,insert 7,delete 8,insert "
run history --org be-newcomers --since "2023-03 consultation" --format csv
lacks "$out" ",note,met at"
same "$(printf '%s\n' "$out" | tail -n +2 | cut -d, -f1 | sort -u | tr '\n' ' ')" "10 8 9 "
run history --format json --limit 1
contains "$out" '"author": "ana"'

# The differences since the round: the flow removed then put back, and the name (back to where it was).
run diff --format csv
same "$(printf '%s\n' "$out" | head -2)" "entity,id,change,field,before,after
flow,151,added,from,,be-newcomers"
run round list --format csv
contains "$out" "2023-03 consultation"

# Undo everything back to the start: the first export, byte for byte. The last batch first (the
# redo); then batch 5 to 2, whose records later batches left as these batches had.
run undo
state u3
cmp -s u3.json s2.json || fail "undoing the redo does not give back the state after the three flows"
for b in 5 4 3 2; do
  "$BIN" undo --batch "$b" >/dev/null 2>undo.err || { cat undo.err; fail "undo --batch $b"; }
done
state back
cmp -s back.json s0.json || fail "undoing back to the start does not give the first export"

# Flow ids follow the flows added: importing the same flows again (the dataset, the survey
# answers) takes no id, and a removed flow's id is never given again.
use_map ids "$DATA"
"$BIN" --quiet import "$DATA" >/dev/null 2>&1 || fail "import again"
"$BIN" --quiet import "$DATA/responses.csv" --kind survey >/dev/null 2>&1 || fail "import the survey answers"
run add flow fed-statistics bru-cpas
contains "$out" "added flow 151 (fed-statistics -> bru-cpas)"
run remove flow 151
expect_rc 0
run add flow fed-statistics bru-cpas --set status=desired
contains "$out" "added flow 152 (fed-statistics -> bru-cpas)"
