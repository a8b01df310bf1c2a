#!/usr/bin/env bash
# End-to-end: stakemap gaps coverage|needs|flows and stakemap obstacles on the planted
# fixture and the bundled dataset: formats, escaping of hostile names, exit codes of bad options.
source "$(dirname "$0")/lib.bash" "$@"
use_map planted "$FIX/gaps/planted"

# Coverage CSV: one record per cell, header as documented.
"$BIN" gaps coverage --format csv > "$TMP/cov.csv" || fail "coverage csv"
[ "$(head -1 "$TMP/cov.csv")" = "territory,territory_name,code,label,count,class,local,national" ] || fail "coverage header: $(head -1 "$TMP/cov.csv")"
[ "$(wc -l < "$TMP/cov.csv")" -eq 36 ] || fail "coverage csv rows: $(wc -l < "$TMP/cov.csv")"
grep -q '^P2,Beta,medical,.*,1,siloed,1,0$' "$TMP/cov.csv" || fail "P2 medical siloed"
grep -q '^CAP,Capital,education,.*,1,higher-level-only,0,0$' "$TMP/cov.csv" || fail "CAP education counted once"
# The hostile territory name is formula-guarded and quoted in CSV, escaped in JSON.
grep -q "^P4,\"'=SUM(A1)<b>\"\"Delta\"\"</b>, ok\",medical," "$TMP/cov.csv" || fail "hostile name not guarded in CSV"
"$BIN" gaps coverage --format json --codes labour > "$TMP/cov.json" || fail "coverage json"
grep -q '"territory_name": "=SUM(A1)<b>\\"Delta\\"</b>, ok"' "$TMP/cov.json" || fail "hostile name not escaped in JSON"
grep -q '"class": "covered"' "$TMP/cov.json" || fail "json class"
"$BIN" gaps coverage --format csv --orgs --codes labour --at community | grep -q '^K2,Second Community,labour,.*,4,covered,4,0,r2|loc-p4|ngo-a|cpas-b$' \
  || fail "orgs column"

# Terminal matrix with marks and a legend; French names with --lang fr.
"$BIN" gaps coverage > "$TMP/cov.txt" || fail "coverage table"
grep -q '^legend: ! gap (nobody)   F only from the federal level   H higher-level-only   S siloed' "$TMP/cov.txt" || fail "legend"
grep -q '^cells: 9 gap, 11 only from the federal level, 9 higher-level-only, 4 siloed, 2 covered (of 35)$' "$TMP/cov.txt" || fail "summary"
grep -qE '^P2 +Beta +1 S ' "$TMP/cov.txt" || fail "matrix mark"
"$BIN" --lang fr gaps coverage --at community | grep -q 'Première Communauté' || fail "--lang fr"

# Needs, flows, obstacles.
"$BIN" gaps needs --format csv > "$TMP/needs.csv" || fail "needs"
[ "$(sed -n 2p "$TMP/needs.csv")" = "P2,Beta,mobility,Mobility,300,0,0,unmet,loc-p2" ] || fail "needs first row: $(sed -n 2p "$TMP/needs.csv")"
[ "$(wc -l < "$TMP/needs.csv")" -eq 5 ] || fail "needs rows"
"$BIN" gaps flows recommended --format csv | sed -n 2p | grep -q '^r2,ngo-a,0.625,' || fail "recommended top pair"
"$BIN" gaps flows unconfirmed --format csv | grep -q '^loc-p2,k1,active,voluntary,disputed,loc-p2,k1,' || fail "unconfirmed"
"$BIN" gaps flows blocked --format csv | sed -n 2p | grep -q '^gdpr,k2,fed-legal,blocked,' || fail "blocked by obstacle"
"$BIN" gaps flows --format json > "$TMP/flows.json" || fail "flows json"
grep -q '^{"blocked": \[' "$TMP/flows.json" && grep -q '^ "recommended": \[' "$TMP/flows.json" && grep -q '^ "unconfirmed": \[' "$TMP/flows.json" && tail -1 "$TMP/flows.json" | grep -q '^}$' \
  || fail "flows json sections"
"$BIN" gaps flows | grep -q '^Recommended links' || fail "flows table"
"$BIN" obstacles --format csv | grep -q '^gdpr,GDPR or data protection considerations/concerns,5,12,41.6666' || fail "obstacles"
"$BIN" obstacles --by level --format csv | grep -q '^local,gdpr,.*,2,5,40$' || fail "obstacles by level"
"$BIN" obstacles --flows --format csv | grep -q '^no-trust,blocks,r2,k12,blocked,on-request$' || fail "obstacle flows"
"$BIN" obstacles | grep -q "^Base: every organisation of the map (or of the group), those naming no obstacle included" || fail "obstacles: the base rule is not stated"

# Bad options: usage errors exit 2, data errors exit 1, each with a clear message.
expect_exit 2 "unknown --facet 'colour'" gaps coverage --facet colour
expect_exit 2 "unknown domain code 'cooking'" gaps coverage --codes medical,cooking
expect_exit 2 "unknown --at 'galaxy'" gaps coverage --at galaxy
expect_exit 1 "no territory of kind 'municipality'" gaps coverage --at municipality
expect_exit 1 "unknown territory 'NOWHERE'" gaps coverage --territory NOWHERE
expect_exit 2 "unknown --role 'boss'" gaps needs --role boss
expect_exit 2 "unknown --population 'mars'" gaps coverage --population mars
expect_exit 2 "gaps needs what to analyse" gaps
expect_exit 2 "unknown gaps flows section 'sideways'" gaps flows sideways
expect_exit 2 "needs a section" gaps flows --format csv
expect_exit 2 "--thin must be at least 1" gaps needs --thin 0
expect_exit 2 "unknown --by 'colour'" obstacles --by colour

# A map without territories has no coverage to show.
printf 'id,name\na,A\n' > "$TMP/organisations.csv"
use_map bare "$TMP/organisations.csv"
expect_exit 1 "the map has no territories" gaps coverage

# The bundled dataset: the planted gaps are found.
use_map bundled "$DATA"
"$BIN" gaps coverage --format csv | grep -q '^BE-WLX,Luxembourg,labour,.*,3,federal-only,0,3$' || fail "Luxembourg labour"
"$BIN" gaps coverage --format csv | grep -q '^BE-WLG-DE,.*,medical,.*,4,federal-only,0,4$' || fail "German-speaking medical"
"$BIN" gaps needs --format csv | grep -q '^BE-WLX,Luxembourg,mobility,Mobility,[0-9.]*,0,0,unmet,' || fail "mobility unmet"
"$BIN" obstacles --format csv | grep -q '^gdpr,.*,38,57,66.66' || fail "GDPR 38/57"

# Empty results say why (a terminal table); csv keeps its bare header for scripts.
use_map no_needs "$FIX/analytics/hostile"
run gaps needs
expect_rc 0
contains "$out" "no needs in this map (import needs.csv to compare needs with services)"
run gaps flows
contains "$out" "no recommended links: no organisation lists the publics it serves"
run --format csv gaps needs
same "$out" "territory,territory_name,need,label,weight,offering,local,status,reported_by"
echo "gaps_obstacles: ok"
