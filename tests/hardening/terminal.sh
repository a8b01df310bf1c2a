#!/usr/bin/env bash
# Terminal escapes in the input never reach the terminal (docs/security.md): a diagnostic that
# quotes a cell shows its control characters as \x1b on stderr, and CSV printed on a terminal
# does the same; CSV into a file or a pipe keeps the data as it is.
source "$(dirname "$0")/../cli/lib.bash" "$@"
ESC=$'\033'

mkdir bad good
printf 'id,name,kind,level\nA,Org A,ngo,%s]0;owned\a%s[2J\n' "$ESC" "$ESC" >bad/organisations.csv
expect_exit 1 "unknown level code '\\x1b]0;owned\\x07\\x1b[2j'" import bad --db m.db
lacks "$err" "$ESC"
lacks "$err" $'\a'

printf 'id,name,kind,level\nA,Evil %s[2J name,ngo,local\n' "$ESC" >good/organisations.csv
use_map m good
run list orgs --format csv
contains "$out" "Evil $ESC[2J name"  # a pipe: the data as it is
command -v script >/dev/null || skip "script (util-linux) is needed to give stakemap a terminal"
tty_out=$(script -qc "'$BIN' --db '$STAKEMAP_DB' list orgs --format csv" /dev/null)
contains "$tty_out" 'Evil \x1b[2J name'
lacks "$tty_out" "$ESC"
echo "terminal: ok"
