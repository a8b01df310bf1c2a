#!/usr/bin/env bash
# stakemap's command line: --version, --help everywhere, exit codes, usage errors on stderr.
source "$(dirname "$0")/lib.bash" "$@"

run --version
expect_rc 0
contains "$out" "stakemap 0."

run --help
expect_rc 0
for c in init import check list show export demo; do contains "$out" "  $c"; done
contains "$out" "Exit codes: 0 ok, 1 bad input or data, 2 usage error, 3 internal error."

for c in init import check list show export demo; do
  run "$c" --help
  expect_rc 0
  contains "$out" "stakemap $c"
  contains "$out" "--db"
  contains "$out" "--format"
  [ -z "$err" ] || fail "$c --help wrote to stderr: $err"
done

# No command, unknown command, unknown option, bad option values: usage errors (2) on stderr.
run
expect_rc 2
contains "$err" "usage: stakemap"
[ -z "$out" ] || fail "usage went to stdout"
run frobnicate
expect_rc 2
same "$err" "stakemap: unknown command 'frobnicate' (see \`stakemap --help\`)"
run --colour list orgs
expect_rc 2
contains "$err" "unknown option '--colour' before the command"
run list orgs --colour
expect_rc 2
contains "$err" "colour’ does not exist (see \`stakemap list --help\`)"
run --format xml list orgs
expect_rc 2
same "$err" "stakemap: unknown --format 'xml' (allowed: table, csv, json)"
run --lang deu list orgs
expect_rc 2
same "$err" "stakemap: unknown --lang 'deu' (an ISO 639-1 code, two lowercase letters: en, fr, nl, de or any other, whose names and labels are shown with an English interface)"
run list
expect_rc 2
same "$err" "stakemap: list needs what to list: orgs, territories or flows"
run list things
expect_rc 2
same "$err" "stakemap: cannot list 'things' (allowed: orgs, territories, flows)"
run list orgs --level galactic
expect_rc 2
contains "$err" "unknown --level 'galactic' (allowed: local, provincial,"
run import
expect_rc 2
contains "$err" "import needs a PATH"
run show
expect_rc 2
contains "$err" "show needs an organisation id"
run --db
expect_rc 2
same "$err" "stakemap: --db needs a value"

# Bad input (1): no map, a map that is not one.
run list orgs
expect_rc 1
same "$err" "stakemap: stakemap.db: no map here (create one with \`stakemap init\` or \`stakemap import DIR\`)"
[ ! -e stakemap.db ] || fail "reading created a map"
echo "not a database" >notes.db
run --db notes.db list orgs
expect_rc 1
same "$err" "stakemap: notes.db: cannot open as a stakemap map: file is not a database"
sqlite3 other.db "CREATE TABLE customers(id INTEGER PRIMARY KEY)"
run --db other.db import "$FIX/foundation/good"
expect_rc 1
same "$err" "stakemap: other.db: not a stakemap map (it is an SQLite file of another application)"
run init --db other.db
expect_rc 1

# init creates an empty map; init again is fine.
run init
expect_rc 0
same "$out" "map stakemap.db ready (schema version $(find "$SRC/models/migrations" -name "*.sql" | wc -l))"
run init
expect_rc 0
run list orgs --format csv
expect_rc 0
same "$out" "id,name,kind,level,territories,domains,support_role,willing_to_share,flows_out,flows_in"
echo "usage: ok"
