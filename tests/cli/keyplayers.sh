#!/usr/bin/env bash
# keyplayers and whatif from the command line: formats, constraints, the stored map untouched.
set -euo pipefail
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/ds"
printf 'id,name,willing_to_share\nc,Centre,no\na,A,yes\nb,B,yes\nd,D,yes\ne,E,yes\n' > "$tmp/ds/organisations.csv"
printf 'from,to\nc,a\nc,b\nd,c\ne,c\n' > "$tmp/ds/flows.csv"
export STAKEMAP_DB="$tmp/m.db"
"$bin" import "$tmp/ds" > /dev/null
out=$("$bin" keyplayers -k 1 --format csv 2> /dev/null)
[ "$out" = $'rank,org,name,gain\n1,c,Centre,4' ] || { echo "unexpected: $out"; exit 1; }
out=$("$bin" keyplayers -k 1 --among willing --format csv 2> /dev/null | tail -n 1)
[[ "$out" == 1,?,?,1 ]] || { echo "willing only: $out"; exit 1; }
"$bin" keyplayers -k 1 --mode fragment --format json | grep -q '"fragmentation": 1'
set +e
"$bin" keyplayers -k 9 > /dev/null 2>&1; [ $? = 2 ] || { echo "k too large should be a usage error"; exit 1; }
"$bin" keyplayers --must nobody > /dev/null 2>&1; [ $? = 1 ] || { echo "unknown org should be exit 1"; exit 1; }
set -e
before=$(sqlite3 "$tmp/m.db" "SELECT count(*) FROM flow; SELECT count(*) FROM organisation;")
out=$("$bin" whatif add-hub "Platform" --members willing --format csv 2> /dev/null)
echo "$out" | grep -q '^organisations,5,6,1$'
echo "$out" | grep -q '^flows,4,12,8$'
after=$(sqlite3 "$tmp/m.db" "SELECT count(*) FROM flow; SELECT count(*) FROM organisation;")
[ "$before" = "$after" ] || { echo "whatif changed the stored map"; exit 1; }
"$bin" whatif remove c --save "$tmp/after.db" --format csv > /dev/null 2>&1
[ "$(sqlite3 "$tmp/after.db" "SELECT count(*) FROM organisation")" = 4 ]
set +e
"$bin" whatif remove c --save "$tmp/after.db" > /dev/null 2>&1; [ $? = 1 ] || { echo "--save over a file should fail"; exit 1; }
"$bin" whatif teleport > /dev/null 2>&1; [ $? = 2 ] || { echo "unknown scenario should be a usage error"; exit 1; }
set -e
echo ok
