#!/usr/bin/env bash
# check from the command line: a folder with errors (exit 1, every error with its position), a
# good folder or file (exit 0), a missing path, and the map itself.
source "$(dirname "$0")/lib.bash" "$@"
DS=$FIX/foundation
run import "$DS/good" --quiet
expect_rc 0

run check "$DS/bad"
expect_rc 1
contains "$err" "$DS/bad/flows.csv:3:3: error: unknown organisation 'ghost' in column 'to'"
contains "$err" "stakemap: $DS/bad: 4 errors, 1 warning (listed above)"
run check "$DS/good"
expect_rc 0
same "$out" "$DS/good: ok (4 territories, 3 organisations, 3 flows, 2 needs, 0 warnings)"
run check "$DS/good/territories.csv"
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
echo "check: ok"
