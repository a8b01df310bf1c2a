#!/usr/bin/env bash
# whatif from the command line: a scenario's before/after table, the stored map untouched,
# --save to a new file only, unknown scenarios as usage errors.
source "$(dirname "$0")/lib.bash" "$@"
# A star around c: c sends to a and b, d and e send to c; only c is not willing to share.
mkdir ds
printf 'id,name,willing_to_share\nc,Centre,no\na,A,yes\nb,B,yes\nd,D,yes\ne,E,yes\n' > ds/organisations.csv
printf 'from,to\nc,a\nc,b\nd,c\ne,c\n' > ds/flows.csv
use_map m ds

before=$(dump "$STAKEMAP_DB")
run whatif add-hub "Platform" --members willing --format csv
expect_rc 0
grep -qx 'organisations,5,6,1' <<<"$out" || fail "add-hub organisations row: $out"
grep -qx 'flows,4,12,8' <<<"$out" || fail "add-hub flows row: $out"
same "$(dump "$STAKEMAP_DB")" "$before"
run whatif remove c --save after.db --format csv
expect_rc 0
same "$(sqlite3 after.db "SELECT count(*) FROM organisation")" 4
run whatif remove c --save after.db
expect_rc 1
run whatif teleport
expect_rc 2

# stop-sharing drops only the outgoing flows; remove lists whom it cuts off from the largest component.
use_map bundled "$DATA"
run whatif stop-sharing fed-crisis-centre --format csv
expect_rc 0
contains "$out" "flows,125,121,-4"
contains "$err" "'fed-crisis-centre' stopped sharing: its 4 outgoing flows dropped"
run whatif remove fed-crisis-centre --format csv --cut-off
expect_rc 0
same "$out" "id,name
de-ministry,Administration of the German-speaking Community
de-integration-centre,\"Integration and language NGO, German-speaking area\""
run whatif remove fed-crisis-centre
contains "$out" "Organisations cut off from the largest component"
# The terminal form shows the moves (two betweenness runs); csv shows the same measures without
# computing them; --exact changes nothing on a map small enough to be exact anyway, and nothing
# is announced as estimated.
run whatif stop-sharing fed-crisis-centre
expect_rc 0
contains "$out" "Organisations whose position changes most"
table_flows=$(grep -E '^flows ' <<<"$out" | tr -s ' ')
same "$table_flows" "flows 125 121 -4"
run whatif stop-sharing fed-crisis-centre --format csv
csv=$out
lacks "$csv" "betweenness"
run whatif stop-sharing fed-crisis-centre --format csv --exact
expect_rc 0
same "$out" "$csv"
lacks "$err" "estimated"
lacks "$err" "sampled"
echo "whatif: ok"
