#!/usr/bin/env bash
# Source layering: the store owns all SQL. No SQLite name, SQLiteCpp include or store connection
# outside engine/store/ (tests/store may use SQLite directly), and no const_cast to the database.
source "$(dirname "$0")/lib.bash" "$@"
cd "$SRC" || fail "no source tree at $SRC"
offenders() {  # offenders PATTERN: lines in engine, cli, tests and bench sources outside the store
  grep -rnE --include='*.cpp' --include='*.hpp' --include='*.h' -- "$1" engine cli tests bench |
    grep -vE '^(engine/store|tests/store)/'
}
for pattern in 'SQLite::' 'SQLiteCpp' 'store/connection\.hpp' 'sqlite3'; do
  found=$(offenders "$pattern")
  [ -z "$found" ] || fail "'$pattern' outside engine/store/ (go through the store's functions):
$found"
done
found=$(grep -rn --include='*.cpp' --include='*.hpp' -E 'const_cast<[^>]*(Database|Store)' engine cli tests bench)
[ -z "$found" ] || fail "const_cast to reach the database:
$found"
echo "layering: ok"
