#!/usr/bin/env bash
# import of a dataset folder or file from the command line: --dry-run, --db and $STAKEMAP_DB,
# errors with their positions and the map unchanged, --kind, --replace.
source "$(dirname "$0")/lib.bash" "$@"
DS=$FIX/foundation

# --dry-run against a map that does not exist: nothing is created.
run import "$DS/good" --dry-run
expect_rc 0
contains "$out" "valid (dry run, nothing written): 4 territories, 3 organisations, 3 flows, 2 needs"
[ ! -e stakemap.db ] || fail "--dry-run created the map"

# Import into $STAKEMAP_DB; --db wins over it.
export STAKEMAP_DB="$TMP/env.db"
run import "$DS/good"
expect_rc 0
same "$out" "imported: 4 territories, 3 organisations, 3 flows, 2 needs (0 of them already in the map, updated)"
contains "$err" "organisations.csv: columns kept as attributes: website"
[ -e env.db ] || fail "\$STAKEMAP_DB not used"
run --db other.db import "$DS/good" --quiet
expect_rc 0
[ -e other.db ] || fail "--db not used"
unset STAKEMAP_DB
run import "$DS/good" --db env.db
expect_rc 0
contains "$out" "(12 of them already in the map, updated)"
cp env.db stakemap.db

# A bad dataset: exit 1, every error with its position on stderr, the map unchanged.
before=$(dump stakemap.db)
run import "$DS/bad"
expect_rc 1
[ -z "$out" ] || fail "errors went to stdout: $out"
contains "$err" "$DS/bad/territories.csv:3:6: error: unknown territory_kind code 'regoin' in column 'kind'"
contains "$err" "$DS/bad/organisations.csv:3:1: error: duplicate organisation id 'a' (first at line 2)"
contains "$err" "$DS/bad/organisations.csv:4:17: error: unknown territory 'Atlantis' in column 'territories'"
contains "$err" "$DS/bad/flows.csv:3:3: error: unknown organisation 'ghost' in column 'to'"
contains "$err" "$DS/bad/flows.csv:4:3: warning: flow from 'b' to itself (self-loop)"
contains "$err" "stakemap: the input has errors (listed above); nothing was written"
same "$(dump stakemap.db)" "$before"
run import "$DS/bad" --replace
expect_rc 1
same "$(dump stakemap.db)" "$before"
# A failed import into a map that did not exist leaves no file behind.
run --db new.db import "$DS/bad"
expect_rc 1
[ ! -e new.db ] && [ ! -e new.db-wal ] || fail "a failed import left new.db behind"
# --kind names the kind of a single file: on a folder it is a usage error, nothing created.
run --db new.db import "$DS/good" --kind flows
expect_rc 2
contains "$err" "--kind 'flows' names the kind of a single file"
[ ! -e new.db ] || fail "a usage error created new.db"
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
same "$out" "id,name,kind,level,territories,domains,support_role,willing_to_share,flows_out,flows_in
x,X,,,,,,,0,0"
echo "import_dataset: ok"
