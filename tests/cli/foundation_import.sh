#!/usr/bin/env bash
# import / check / list / show / export from the command line: outputs, positions, exit
# codes, --db and $STAKEMAP_DB, --dry-run, --replace, and the map unchanged after errors.
source "$(dirname "$0")/foundation_lib.bash" "$@"

# --dry-run against a map that does not exist: nothing is created.
run import "$FIX/good" --dry-run
expect_rc 0
contains "$out" "valid (dry run, nothing written): 4 territories, 3 organisations, 3 flows, 2 needs"
[ ! -e stakemap.db ] || fail "--dry-run created the map"

# Import into $STAKEMAP_DB; --db wins over it.
export STAKEMAP_DB="$TMP/env.db"
run import "$FIX/good"
expect_rc 0
same "$out" "imported: 4 territories, 3 organisations, 3 flows, 2 needs (0 of them already in the map, updated)"
contains "$err" "organisations.csv: columns kept as attributes: website"
[ -e env.db ] || fail "\$STAKEMAP_DB not used"
run --db other.db import "$FIX/good" --quiet
expect_rc 0
[ -e other.db ] || fail "--db not used"
unset STAKEMAP_DB
run import "$FIX/good" --db env.db
expect_rc 0
contains "$out" "(12 of them already in the map, updated)"
cp env.db stakemap.db

# list orgs in three formats; the formula guard in CSV; JSON escaping.
run list orgs --format csv
expect_rc 0
same "$(head -1 <<<"$out")" "org,name,kind,level,territories,domains,support_role,willing,flows_out,flows_in"
contains "$out" "ngo-bru,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"NGO \"\"Brussels\"\" <b>help</b>\"\")\",ngo,local,BE-BRU,legal|medical,first-line,no,1,1"
contains "$out" "cpas-liege,\"Public social welfare centre, city in Liège province\",local-authority,local,BE-WLG,social|labour,first-line,yes,1,1"
run list orgs --format json
expect_rc 0
contains "$out" "{\"org\": \"ngo-bru\", \"name\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"NGO \\\"Brussels\\\" <b>help</b>\\\")\""
contains "$out" "\"flows_out\": 1, \"flows_in\": 1}"
run list orgs
expect_rc 0
contains "$out" "org            name"
run list orgs --territory BE-WAL --format csv
same "$(cut -d, -f1 <<<"$out" | tr '\n' ' ')" "org fed-reception cpas-liege "
run list orgs --domain legal --format csv
same "$(cut -d, -f1 <<<"$out" | tr '\n' ' ')" "org ngo-bru "
run list orgs --territory Mars
expect_rc 1
same "$err" "stakemap: unknown territory 'Mars' (see \`stakemap list territories\`)"
run list territories --lang nl --format csv
expect_rc 0
contains "$out" "BE-WAL,region,Wallonië,BE,1,0"
contains "$out" "BE,country,België,,2,1"
run list flows --format csv --layer blocked
expect_rc 0
same "$out" "from,to,status,basis,regularity,population,obstacles,confirmation
fed-reception,ngo-bru,blocked,on-request,,all,gdpr,"

# show: table, CSV profile, JSON object; contacts only with --personal.
run show cpas-liege
expect_rc 0
contains "$out" "Flows out (data this organisation sends): 1 (1 active)"
contains "$out" "fed-reception  Federal reception agency  active  mandatory  regular     both"
lacks "$out" "contact"
run show fed-reception --format json
expect_rc 0
contains "$out" "\"org\": \"fed-reception\""
contains "$out" "\"domains\": [\"social\", \"material\"]"
contains "$out" "\"attributes\": {\"website\": \"https://reception.example\"}"
contains "$out" "\"flows_in\": [
    {\"from\": \"cpas-liege\", \"name\": \"Public social welfare centre, city in Liège province\", \"status\": \"active\""
lacks "$out" "a.person@example.org"
run show fed-reception --format json --personal
contains "$out" "\"contact\": {\"name\": \"A. Person\", \"email\": \"a.person@example.org\"}"
run show fed-reception --format csv
contains "$out" "domains,social|material"
run show nobody
expect_rc 1
same "$err" "stakemap: unknown organisation 'nobody' (see \`stakemap list orgs\`)"

# A bad dataset: exit 1, every error with its position on stderr, the map unchanged.
before=$(dump stakemap.db)
run import "$FIX/bad"
expect_rc 1
[ -z "$out" ] || fail "errors went to stdout: $out"
contains "$err" "$FIX/bad/territories.csv:3:6: error: unknown territory_kind code 'regoin' in column 'kind'"
contains "$err" "$FIX/bad/organisations.csv:3:1: error: duplicate organisation id 'a' (first at line 2)"
contains "$err" "$FIX/bad/organisations.csv:4:17: error: unknown territory 'Atlantis' in column 'territories'"
contains "$err" "$FIX/bad/flows.csv:3:3: error: unknown organisation 'ghost' in column 'to'"
contains "$err" "$FIX/bad/flows.csv:4:3: warning: flow from 'b' to itself (self-loop)"
contains "$err" "stakemap: the input has errors (listed above); nothing was written"
same "$(dump stakemap.db)" "$before"
run import "$FIX/bad" --replace
expect_rc 1
same "$(dump stakemap.db)" "$before"
# A failed import into a map that did not exist leaves no file behind.
run --db new.db import "$FIX/bad"
expect_rc 1
[ ! -e new.db ] && [ ! -e new.db-wal ] || fail "a failed import left new.db behind"
# --kind names the kind of a single file: on a folder it is a usage error, nothing created.
run --db new.db import "$FIX/good" --kind flows
expect_rc 2
contains "$err" "--kind 'flows' names the kind of a single file"
[ ! -e new.db ] || fail "a usage error created new.db"

# check DIR: exit 1 with positions; check on a good folder or file: 0; check of the map.
run check "$FIX/bad"
expect_rc 1
contains "$err" "$FIX/bad/flows.csv:3:3: error: unknown organisation 'ghost' in column 'to'"
contains "$err" "stakemap: $FIX/bad: 4 errors, 1 warning (listed above)"
run check "$FIX/good"
expect_rc 0
same "$out" "$FIX/good: ok (4 territories, 3 organisations, 3 flows, 2 needs, 0 warnings)"
run check "$FIX/good/territories.csv"
expect_rc 0
run check nowhere
expect_rc 1
same "$err" "stakemap: nowhere: no such file or folder"
run check
expect_rc 0
contains "$out" "stakemap.db: 0 errors, "
# A map with a bad code (written behind stakemap's back): the count on stdout, each finding on
# stderr, exit 1, and no "input has errors" sentence (nothing was being written).
cp stakemap.db linted.db
sqlite3 linted.db "UPDATE organisation SET level = 'galactic' WHERE id = (SELECT min(id) FROM organisation)"
run --db linted.db check
expect_rc 1
contains "$out" "linted.db: 1 error, "
contains "$err" "error: unknown level code 'galactic'"
lacks "$err" "stakemap:"

# Single files by kind; an unknown kind is a usage error.
printf 'from,to,status\ncpas-liege,ngo-bru,blocked\n' >more.csv
run import more.csv
expect_rc 2
contains "$err" "more.csv: cannot tell the kind of file from its name; give --kind"
run import more.csv --kind stuff
expect_rc 2
run import more.csv --kind flows
expect_rc 0
contains "$out" "imported: 0 territories, 0 organisations, 1 flows, 0 needs"

# --replace: the map becomes the new dataset.
mkdir small
printf 'id,name\nx,X\n' >small/organisations.csv
run import small --replace
expect_rc 0
run list orgs --format csv
same "$out" "org,name,kind,level,territories,domains,support_role,willing,flows_out,flows_in
x,X,,,,,,,0,0"

# export csv -> import -> export gives identical files; contacts only with --privacy internal.
run import "$FIX/good" --replace --db a.db
run export csv out1 --db a.db
expect_rc 0
contains "$err" "exported 3 organisations and 3 flows to out1"
lacks "$(cat out1/organisations.csv)" "a.person@example.org"
run export csv -o full --db a.db --privacy internal
contains "$(cat full/organisations.csv)" "a.person@example.org"
run import full --db b.db
run export csv out2 --db b.db
for f in territories organisations flows needs; do
  cmp -s "out1/$f.csv" "out2/$f.csv" || fail "export of the re-imported map differs: $f.csv"
done
contains "$(cat out1/organisations.csv)" "\"'=HYPERLINK("
echo "foundation_import: ok"
