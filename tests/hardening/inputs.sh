#!/usr/bin/env bash
# Inputs that are not regular files: a dataset file read from a FIFO (as `import <(...)` gives)
# imports, where it used to fail with exit 3 ("cannot get file size").
source "$(dirname "$0")/../cli/lib.bash" "$@"

mkdir fifo
mkfifo fifo/organisations.csv
printf 'id,name,kind,level\nA,Org A,ngo,local\n' >fifo/organisations.csv &
run --quiet import fifo/organisations.csv --db m.db
wait
expect_rc 0
same "$(sqlite3 m.db 'SELECT id FROM organisation')" "A"
echo "inputs: ok"
