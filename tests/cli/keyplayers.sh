#!/usr/bin/env bash
# keyplayers from the command line: formats, --among and --must constraints, the fragment mode,
# usage errors (exit 2) and unknown organisations (exit 1).
source "$(dirname "$0")/lib.bash" "$@"
# A star around c: c sends to a and b, d and e send to c; only c is not willing to share.
mkdir ds
printf 'id,name,willing_to_share\nc,Centre,no\na,A,yes\nb,B,yes\nd,D,yes\ne,E,yes\n' > ds/organisations.csv
printf 'from,to\nc,a\nc,b\nd,c\ne,c\n' > ds/flows.csv
use_map m ds

run keyplayers -k 1 --format csv
expect_rc 0
same "$out" $'rank,id,name,gain\n1,c,Centre,4'
run keyplayers -k 1 --among willing --format csv
expect_rc 0
[[ "$(tail -n 1 <<<"$out")" == 1,?,?,1 ]] || fail "willing only: $out"
run keyplayers -k 1 --mode fragment --format json
expect_rc 0
contains "$out" '"fragmentation": 1'
run keyplayers -k 9
expect_rc 2
run keyplayers --must nobody
expect_rc 1
echo "keyplayers: ok"
