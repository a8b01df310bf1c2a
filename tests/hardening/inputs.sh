#!/usr/bin/env bash
# Inputs that are not regular files: a dataset file read from a FIFO (as `import <(...)` gives)
# imports, where it used to fail with exit 3 ("cannot get file size"). A small hostile Kumu
# sheet (one row of 1000 x 1000 '|'-joined ends, 10 KB) is refused by its limit, exit 1, under
# a 1 GiB address-space limit (it used to make 1,000,000 flows in 858 MB, or end in bad_alloc).
source "$(dirname "$0")/../cli/lib.bash" "$@"

mkdir fifo
mkfifo fifo/organisations.csv
printf 'id,name,kind,level\nA,Org A,ngo,local\n' >fifo/organisations.csv &
run --quiet import fifo/organisations.csv --db m.db
wait
expect_rc 0
same "$(sqlite3 m.db 'SELECT id FROM organisation')" "A"

mkdir kumu
awk 'BEGIN { printf "From,To\n"; for (k = 0; k < 2; k++) { for (i = 0; i < 1000; i++) printf "%s%d", (i ? "|" : ""), i; printf (k ? "\n" : ",") } }' >kumu/connections.csv
"$BIN" init --db k.db >/dev/null 2>&1 || fail "init k.db"
limit=(prlimit --as=$((1 << 30)))
# ASan reserves terabytes of address space for its shadow memory: under it, no address-space
# limit (the row is still refused by its limit, before any flow is made).
[ -n "${ASAN_OPTIONS:-}" ] && limit=()
"${limit[@]}" "$BIN" import kumu --kind kumu --db k.db >"$TMP/.out" 2>"$TMP/.err"
rc=$?
[ "$rc" = 1 ] || fail "the 1000 x 1000 Kumu row: expected exit 1, got $rc: $(cat "$TMP/.err")"
contains "$(cat "$TMP/.err")" "makes 1000000 flows, more than 1000 (the limit for one row)"
echo "inputs: ok"
