#!/usr/bin/env bash
# Source layering: the store owns all SQL. No SQLite name, SQLiteCpp include or store connection
# outside engine/store/ (tests/store may use SQLite directly), and no const_cast to the database.
# Usage: layering.sh STAKEMAP FIXTURES_DIR SOURCE_DIR (only SOURCE_DIR is used)
set -u
cd "$3" || exit 1
status=0
offenders() {  # offenders PATTERN: lines in engine, cli, tests and bench sources outside the store
  grep -rnE --include='*.cpp' --include='*.hpp' --include='*.h' -- "$1" engine cli tests bench |
    grep -vE '^(engine/store|tests/store)/'
}
for pattern in 'SQLite::' 'SQLiteCpp' 'store/connection\.hpp' 'sqlite3'; do
  found=$(offenders "$pattern")
  if [ -n "$found" ]; then
    echo "FAIL: '$pattern' outside engine/store/ (go through the store's functions):" >&2
    echo "$found" >&2
    status=1
  fi
done
found=$(grep -rn --include='*.cpp' --include='*.hpp' -E 'const_cast<[^>]*(Database|Store)' engine cli tests bench)
if [ -n "$found" ]; then
  echo "FAIL: const_cast to reach the database:" >&2
  echo "$found" >&2
  status=1
fi
exit $status
