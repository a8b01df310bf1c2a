#!/usr/bin/env bash
# The change log of a mixed session, record by record and field by field: an import, an import
# --replace that updates some rows (fewer columns: contacts kept) and removes others (an
# organisation, the flows and the need hanging on it), a `set`, and a `remove --cascade` whose
# flows go through the foreign keys. The expected rows are those the writer logged when it
# compared the whole map before and after each batch (docs/history.md, "Batches"); the writer
# now notes only the records each batch touched, and must log exactly the same.
source "$(dirname "$0")/lib.bash" "$@"
export STAKEMAP_AUTHOR=tester
mkdir d1 d2
printf 'id,kind,name\nXL,country,Examplia\n' | tee d1/territories.csv > d2/territories.csv
cat > d1/organisations.csv <<'CSV'
id,name,kind,level,territories,contact_name,contact_email
a,Alpha desk,ngo,local,XL,Ana,ana@example.org
b,Beta office,federal-agency,federal,XL,,
c,Gamma point,ngo,local,XL,,
CSV
cat > d1/flows.csv <<'CSV'
from,to,status,basis,population,frequency
a,b,active,voluntary,all,monthly
b,c,active,voluntary,all,
c,a,blocked,mandatory,all,weekly
CSV
printf 'territory,need,weight,reported_by\nXL,housing,2,c\nXL,legal,,b\n' > d1/needs.csv
cat > d2/organisations.csv <<'CSV'
id,name,kind,level,territories
a,Alpha desk (new),ngo,local,XL
b,Beta office,federal-agency,federal,XL
CSV
cat > d2/flows.csv <<'CSV'
from,to,status,basis,population,frequency
a,b,active,voluntary,all,weekly
b,a,desired,voluntary,all,
CSV
printf 'territory,need,weight,reported_by\nXL,legal,,b\n' > d2/needs.csv

use_map m d1
run --quiet import --replace d2
expect_rc 0
run --quiet set org a level=regional
expect_rc 0
run --quiet remove org b --cascade
expect_rc 0
# Every column but the time.
"$BIN" history --format csv --privacy internal | cut -d, -f1,3- > log.csv || fail "history"
cat > expected.csv <<'CSV'
batch,author,note,action,entity,id,field,before,after
4,tester,,delete,need,XL|legal|b,territory,XL,
4,tester,,delete,need,XL|legal|b,need,legal,
4,tester,,delete,need,XL|legal|b,reported_by,b,
4,tester,,delete,flow,5,from,b,
4,tester,,delete,flow,5,to,a,
4,tester,,delete,flow,5,status,desired,
4,tester,,delete,flow,5,basis,voluntary,
4,tester,,delete,flow,5,population,all,
4,tester,,delete,flow,1,from,a,
4,tester,,delete,flow,1,to,b,
4,tester,,delete,flow,1,status,active,
4,tester,,delete,flow,1,basis,voluntary,
4,tester,,delete,flow,1,frequency,weekly,
4,tester,,delete,flow,1,population,all,
4,tester,,delete,organisation,b,id,b,
4,tester,,delete,organisation,b,name,Beta office,
4,tester,,delete,organisation,b,kind,federal-agency,
4,tester,,delete,organisation,b,level,federal,
4,tester,,delete,organisation,b,territories,XL,
3,tester,,update,organisation,a,level,local,regional
2,tester,,delete,need,XL|housing|c,territory,XL,
2,tester,,delete,need,XL|housing|c,need,housing,
2,tester,,delete,need,XL|housing|c,weight,2,
2,tester,,delete,need,XL|housing|c,reported_by,c,
2,tester,,insert,flow,5,from,,b
2,tester,,insert,flow,5,to,,a
2,tester,,insert,flow,5,status,,desired
2,tester,,insert,flow,5,basis,,voluntary
2,tester,,insert,flow,5,population,,all
2,tester,,delete,flow,3,from,c,
2,tester,,delete,flow,3,to,a,
2,tester,,delete,flow,3,status,blocked,
2,tester,,delete,flow,3,basis,mandatory,
2,tester,,delete,flow,3,frequency,weekly,
2,tester,,delete,flow,3,population,all,
2,tester,,delete,flow,2,from,b,
2,tester,,delete,flow,2,to,c,
2,tester,,delete,flow,2,status,active,
2,tester,,delete,flow,2,basis,voluntary,
2,tester,,delete,flow,2,population,all,
2,tester,,update,flow,1,frequency,monthly,weekly
2,tester,,delete,organisation,c,id,c,
2,tester,,delete,organisation,c,name,Gamma point,
2,tester,,delete,organisation,c,kind,ngo,
2,tester,,delete,organisation,c,level,local,
2,tester,,delete,organisation,c,territories,XL,
2,tester,,update,organisation,a,name,Alpha desk,Alpha desk (new)
1,tester,,insert,need,XL|legal|b,territory,,XL
1,tester,,insert,need,XL|legal|b,need,,legal
1,tester,,insert,need,XL|legal|b,reported_by,,b
1,tester,,insert,need,XL|housing|c,territory,,XL
1,tester,,insert,need,XL|housing|c,need,,housing
1,tester,,insert,need,XL|housing|c,weight,,2
1,tester,,insert,need,XL|housing|c,reported_by,,c
1,tester,,insert,flow,3,from,,c
1,tester,,insert,flow,3,to,,a
1,tester,,insert,flow,3,status,,blocked
1,tester,,insert,flow,3,basis,,mandatory
1,tester,,insert,flow,3,frequency,,weekly
1,tester,,insert,flow,3,population,,all
1,tester,,insert,flow,2,from,,b
1,tester,,insert,flow,2,to,,c
1,tester,,insert,flow,2,status,,active
1,tester,,insert,flow,2,basis,,voluntary
1,tester,,insert,flow,2,population,,all
1,tester,,insert,flow,1,from,,a
1,tester,,insert,flow,1,to,,b
1,tester,,insert,flow,1,status,,active
1,tester,,insert,flow,1,basis,,voluntary
1,tester,,insert,flow,1,frequency,,monthly
1,tester,,insert,flow,1,population,,all
1,tester,,insert,organisation,c,id,,c
1,tester,,insert,organisation,c,name,,Gamma point
1,tester,,insert,organisation,c,kind,,ngo
1,tester,,insert,organisation,c,level,,local
1,tester,,insert,organisation,c,territories,,XL
1,tester,,insert,organisation,b,id,,b
1,tester,,insert,organisation,b,name,,Beta office
1,tester,,insert,organisation,b,kind,,federal-agency
1,tester,,insert,organisation,b,level,,federal
1,tester,,insert,organisation,b,territories,,XL
1,tester,,insert,organisation,a,id,,a
1,tester,,insert,organisation,a,name,,Alpha desk
1,tester,,insert,organisation,a,kind,,ngo
1,tester,,insert,organisation,a,level,,local
1,tester,,insert,organisation,a,territories,,XL
1,tester,,insert,organisation,a,contact_name,,Ana
1,tester,,insert,organisation,a,contact_email,,ana@example.org
1,tester,,insert,territory,XL,id,,XL
1,tester,,insert,territory,XL,kind,,country
1,tester,,insert,territory,XL,name,,Examplia
CSV
same "$(cat log.csv)" "$(cat expected.csv)"
echo "change_log_mixed: ok"
