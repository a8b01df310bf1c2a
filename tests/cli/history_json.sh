#!/usr/bin/env bash
# Rounds and history travel in stakemap JSON (docs/history.md, "History in stakemap JSON"): a
# realistic editing session exported with --with-history and imported into a new map gives the
# same export byte for byte, the same history, round list and differences, and undo behaves
# the same on both maps. Without personal data the log carries no contacts and no authors.
# Into a map of its own, the file is one ordinary batch and stderr says why the history stayed out.
source "$(dirname "$0")/lib.bash" "$@"
use_map m "$DATA"
export STAKEMAP_AUTHOR=ana
on() { local db=$1; shift; "$BIN" --db "$db" "$@"; }
# The session: an organisation with a contact, three flows, a typo fixed, a flow removed, a
# round, an undo, a contact changed alone, a second round, a hostile organisation.
"$BIN" --quiet add org be-newcomers --name "Newcomers desk" --set level=local --set 'domains=legal|social' \
  --set contact_email=desk@example.org --note "met at session 1" >/dev/null 2>&1 || fail "add org"
"$BIN" --quiet add flow be-newcomers fed-statistics >/dev/null 2>&1 || fail "add flow"
"$BIN" --quiet add flow fed-statistics be-newcomers --set status=desired >/dev/null 2>&1 || fail "add flow 2"
"$BIN" --quiet add flow be-newcomers fed-reception-agency --set status=blocked --set obstacles=gdpr >/dev/null 2>&1 ||
  fail "add flow 3"
"$BIN" --quiet set org be-newcomers "name=Newcomers' desk" --note typo >/dev/null 2>&1 || fail "set"
"$BIN" --quiet round save "2023-03 consultation" --note "first round" >/dev/null 2>&1 || fail "round 1"
"$BIN" --quiet remove flow be-newcomers fed-statistics >/dev/null 2>&1 || fail "remove"
"$BIN" --quiet undo >/dev/null 2>&1 || fail "undo"
"$BIN" --quiet set org be-newcomers contact_email=front@example.org >/dev/null 2>&1 || fail "set contact"
hostile=$(printf 'Hostile \x01 "q" <b>\\ \xe2\x80\xa8 \xe2\x80\xae evil \xe2\x80\xac =1+1')
"$BIN" --quiet add org hostile-1 --name "$hostile" --set level=local >/dev/null 2>&1 || fail "add hostile"
"$BIN" --quiet remove flow be-newcomers fed-reception-agency >/dev/null 2>&1 || fail "remove 2"
"$BIN" --quiet round save "2023-09 follow-up" >/dev/null 2>&1 || fail "round 2"

# Export with the whole history, import into a new map: the same export, byte for byte.
run export json --with-history --privacy internal -o full.json
expect_rc 0
same "$(python3 -c "import json; d=json.load(open('full.json')); print(len(d['history']), d['history'][-1]['author'], d['history'][-1]['changes'], sorted(d['changes'][-1]), len(d['changes']) == sum(b['changes'] for b in d['history']))")" \
  "11 ana 1 ['action', 'after', 'batch', 'before', 'entity', 'key', 'row'] True"
run --db new.db import full.json
expect_rc 0
contains "$out$err" "history restored: 11 batches, 2 rounds"
on new.db export json --with-history --privacy internal -o again.json --quiet || fail "export the new map"
cmp -s full.json again.json || fail "the new map's export with history differs from the original's"
for command in "history" "round list" "diff 2023-03\ consultation 2023-09\ follow-up" "diff 2023-03\ consultation" \
  "history --org be-newcomers --privacy internal" "diff --view analysis 2023-03\ consultation"; do
  eval "set -- $command"
  a=$(on m.db "$@" --format csv 2>&1) || fail "$command on the original: $a"
  b=$(on new.db "$@" --format csv 2>&1) || fail "$command on the new map: $b"
  same "$b" "$a"
done
same "$(on new.db round list --format csv | tail -n +2 | cut -d, -f1 | tr '\n' ' ')" "2023-03 consultation 2023-09 follow-up "
# A map made empty by `init` is a new map too.
"$BIN" --db empty.db init >/dev/null 2>&1 || fail "init"
run --db empty.db import full.json
expect_rc 0
contains "$out$err" "history restored: 11 batches, 2 rounds"
# No batch of the import's own: the next batch follows the restored ones on both maps.
same "$(sqlite3 new.db 'SELECT count(*), max(id) FROM batch')" "11|11"

# Undo twice on each map: the same states; then the same next flow id.
for step in 1 2; do
  for db in m new; do
    on $db.db --quiet undo >/dev/null 2>"undo.err" || fail "undo $step on $db: $(cat undo.err)"
    on $db.db export json --with-history --privacy internal -o "$db.$step.json" --quiet || fail "export $db"
  done
  python3 - m.$step.json new.$step.json <<'PY' || fail "undo $step: the maps differ"
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
for d in (a, b):  # batch times differ: the undos ran a moment apart
    for batch in d["history"]:
        batch.pop("at")
assert a == b, [k for k in a if a[k] != b[k]]
PY
done
same "$(on new.db add flow hostile-1 fed-statistics)" "$(on m.db add flow hostile-1 fed-statistics)"

# Without personal data: no authors, no contacts in the log; the import still restores it,
# and the new map exports the same file.
run --db m.db export json --with-history -o partners.json
expect_rc 0
grep -q "example.org" partners.json && fail "a contact travelled in the partners export"
grep -q '"author"' partners.json && fail "an author travelled in the partners export"
run --db p.db import partners.json
expect_rc 0
contains "$out$err" "history restored: 14 batches, 2 rounds"
on p.db export json --with-history -o partners2.json --quiet || fail "export p"
cmp -s partners.json partners2.json || fail "the partners export does not come back the same"
expect_exit 2 "cannot go with --privacy public" --db m.db export json --with-history --privacy public -o x.json
expect_exit 2 "--with-history goes with json" --db m.db export graphml --with-history -o x.graphml

# Into a map with records of its own: one ordinary batch, undoable, and stderr says why.
use_map own "$DATA"
before=$(fingerprint "$STAKEMAP_DB")
run import full.json
expect_rc 0
contains "$err" "rounds and history in the file not restored: this map has records, batches or rounds of its own"
same "$(on own.db round list --format csv | tail -n +2)" ""
same "$(sqlite3 own.db 'SELECT count(*) FROM batch')" "2"
"$BIN" --quiet undo >/dev/null 2>&1 || fail "undo the import"
same "$(fingerprint "$STAKEMAP_DB")" "$before"

# Rounds without history, into a new map: not restored (they would all compare equal), said so;
# flows keep their ids.
on m.db export json -o plain.json --quiet || fail "export plain"
run --db plain.db import plain.json
expect_rc 0
contains "$err" "rounds in the file not restored: the file has no change log"
same "$(on plain.db round list --format csv | tail -n +2)" ""
same "$(on plain.db list flows --format csv | cut -d, -f1-3)" "$(on m.db list flows --format csv | cut -d, -f1-3)"
same "$(on plain.db history --format csv | tail -n +2 | cut -d, -f1 | sort -u)" "1"

# Refused files: exit 1, the place and the value named, no map created.
edit() { python3 -c "import json,sys; d=json.load(open('full.json')); $1; json.dump(d, open(sys.argv[1], 'w'), indent=1)" "$2"; }
edit "d['version'] = 2" v2.json
expect_exit 1 "v2.json:3:" --db v2.db import v2.json
contains "$err" "stakemap JSON version 2 cannot be read: this build reads version 1"
[ -e v2.db ] && fail "a refused import created a map"
edit "d['format'] = 'kumu'" k.json
expect_exit 1 "not stakemap JSON" --db k.db import k.json
edit "[c for c in d['changes'] if c['batch'] == 6][0]['before']['name'] = 'Tampered'" t.json
expect_exit 1 "t.json:" --db t.db import t.json
contains "$err" "batch 6, change 1: organisation 'be-newcomers' was not as the batches before left it"
edit "d['flows'][0]['id'] = 999" i.json
expect_exit 1 "the history does not end in the map the file holds" --db i.db import i.json
edit "d['rounds'][0]['batch'] = 77" r.json
expect_exit 1 "round '2023-03 consultation' names batch 77" --db r.db import r.json
edit "d['flows'][0]['status'] = 'sideways'" s.json
expect_exit 1 "s.json:" --db s.db import s.json
contains "$err" "sideways"
for f in v2 k t i r s; do [ -e $f.db ] && fail "$f: a refused import created a map"; done
# Into an existing map, a refused file leaves it unchanged.
run --db own.db import s.json
expect_rc 1
same "$(fingerprint own.db)" "$before"
