#!/usr/bin/env bash
# -o FILE on every table command: .xlsx holds one sheet per table, each equal to what the command
# (or the one view of it that prints that table alone) prints with --format csv, numbers as
# number cells, frozen header, autofilter; .csv and .json hold what --format csv and json print;
# - is standard output. Refused: other extensions (exit 2), a missing folder, a link, a device
# (exit 1), each before any work and leaving nothing behind.
source "$(dirname "$0")/lib.bash" "$@"

use_map bundled "$DATA"
run import "$DATA/responses.csv" --quiet
expect_rc 0
run round save r1
expect_rc 0
org=$(head -2 "$DATA/organisations.csv" | tail -1 | cut -d, -f1)

# Each line: the command | its sheets, each "sheet=the command printing it with --format csv"
# ("sheet=" alone: a table no single csv view prints; its header and types are checked).
specs=$(cat <<SPECS
list orgs | orgs=list orgs
list territories | territories=list territories
list flows | flows=list flows
show $org | profile=show $org ; flows out= ; flows in=
gaps coverage | coverage=gaps coverage
gaps needs | needs=gaps needs
gaps flows | blocked=gaps flows blocked ; recommended=gaps flows recommended ; unconfirmed=gaps flows unconfirmed
gaps flows recommended | recommended=gaps flows recommended
obstacles | obstacles=obstacles
obstacles --flows | obstacle flows=obstacles --flows
centrality | centrality=centrality
network | measures=network ; failures=
network --per-org | per org=network --per-org
communities | communities=communities ; summary=communities --view summary ; orgs=communities --view orgs ; crosstab=communities --view crosstab
brokers | brokers=brokers
silos | silos=silos ; indicators=silos --view indicators ; disagreements=silos --view disagreements ; territory=silos --view territory ; level=silos --view level
keyplayers -k 3 | keyplayers=keyplayers -k 3 ; objective=
whatif remove $org | measures=whatif remove $org ; moves= ; cut off=whatif remove $org --cut-off
history --limit 20 | history=history --limit 20
diff r1 | records=diff r1
diff r1 --view analysis | analysis=diff r1 --view analysis ; moves= ; blocking=
survey questions | survey=survey questions
survey summary | survey=survey summary
survey texts | survey=survey texts
summary | summary=summary
round list | rounds=round list
SPECS
)

n=0
while IFS= read -r spec; do
  cmd=${spec%% | *}
  sheets=${spec#* | }
  n=$((n + 1))
  rm -rf book.xlsx sheets && mkdir sheets
  # shellcheck disable=SC2086
  run $cmd -o book.xlsx
  expect_rc 0
  [ -z "$out" ] || fail "$last printed to stdout: $out"
  [ -s book.xlsx ] || fail "$last wrote no workbook"
  names=() args=()
  IFS=';' read -ra parts <<<"$sheets"
  for part in "${parts[@]}"; do
    part=$(echo "$part" | sed 's/^ *//; s/ *$//')
    name=${part%%=*} csvcmd=${part#*=}
    names+=("$name")
    [ -n "$csvcmd" ] || continue
    # shellcheck disable=SC2086
    "$BIN" $csvcmd --format csv >"sheets/$name.csv" 2>/dev/null || fail "$csvcmd --format csv failed"
    args+=("$name" "sheets/$name.csv")
  done
  numbers=$(xlsx_equals book.xlsx "${args[@]}") || fail "$cmd -o book.xlsx differs from --format csv"
  /usr/bin/python3 - book.xlsx "${names[@]}" <<'PY' || fail "$cmd -o book.xlsx: wrong sheets"
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
assert book.sheetnames == sys.argv[2:], (book.sheetnames, sys.argv[2:])
for ws in book:
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref, ws.title
    assert all(c.data_type == "s" for c in ws[1]), ws.title  # the header: text
PY
  # The same command with -o FILE.csv and -o FILE.json: what --format csv and json print.
  for format in csv json; do
    # shellcheck disable=SC2086
    "$BIN" $cmd --format $format >want.$format 2>/dev/null
    want_rc=$?
    rm -f got.$format
    # shellcheck disable=SC2086
    run $cmd -o got.$format
    [ "$rc" = "$want_rc" ] || fail "$last: exit $rc, --format $format exits $want_rc"
    [ -z "$out" ] || fail "$last printed to stdout: $out"
    if [ "$rc" = 0 ]; then cmp -s want.$format got.$format || fail "$last differs from --format $format"; fi
  done
done <<<"$specs"
[ "$n" -ge 26 ] || fail "only $n commands checked"

# Typed numbers where the test above checks only types: keyplayers' objective, network's measures.
"$BIN" keyplayers -k 2 -o k.xlsx 2>/dev/null || fail "keyplayers -o failed"
/usr/bin/python3 - k.xlsx <<'PY' || fail "keyplayers objective sheet"
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["objective"]
rows = {r[0].value: r[1].value for r in ws.iter_rows(min_row=2)}
assert rows["mode"] == "reach" and rows["k"] == 2 and isinstance(rows["objective"], (int, float)), rows
PY

# -o - is standard output, in the --format asked for.
"$BIN" centrality --format csv >want.csv 2>/dev/null
"$BIN" centrality --format csv -o - >got.csv 2>/dev/null || fail "centrality -o - failed"
cmp -s want.csv got.csv || fail "centrality -o - differs from stdout"

# --excel applies to -o FILE.csv as to --format csv.
"$BIN" list orgs --format csv --excel >want.csv 2>/dev/null
"$BIN" list orgs --excel -o got.csv 2>/dev/null || fail "list orgs --excel -o got.csv failed"
cmp -s want.csv got.csv || fail "--excel -o FILE.csv differs from --format csv --excel"

# Notes stay out of the files: keyplayers' objective lines go to stderr.
run keyplayers -k 2 -o k.csv
expect_rc 0
contains "$err" "objective (reach)"
grep -q objective k.csv && fail "a note went into the csv file"

# The written file is confirmed on stderr, with its size; --quiet leaves the confirmation out.
contains "$err" "wrote k.csv ("
run --quiet keyplayers -k 2 -o k.csv
expect_rc 0
case "$err" in *wrote*) fail "--quiet still confirmed the file: $err" ;; esac

# Refusals: an unknown extension or a --format the extension contradicts (exit 2), a missing
# folder, a link, a device (exit 1); nothing written, nothing left beside the target.
expect_exit 2 "the extension names the format" list orgs -o orgs.txt
expect_exit 2 "the extension names the format" list orgs -o orgs
expect_exit 2 "--format json does not match -o orgs.csv" list orgs --format json -o orgs.csv
expect_exit 2 "-o writes tables" round save r2 -o rounds.csv
[ ! -e orgs.txt ] && [ ! -e orgs ] && [ ! -e orgs.csv ] && [ ! -e rounds.csv ] || fail "a refused -o wrote a file"
expect_exit 1 "" list orgs -o missing/orgs.xlsx
[ ! -e missing ] || fail "a folder was created"
echo keep >target.txt
ln -s target.txt link.xlsx
ln -s target.txt link.csv
expect_exit 1 "" list orgs -o link.xlsx
expect_exit 1 "" list orgs -o link.csv
[ "$(cat target.txt)" = keep ] && [ -L link.xlsx ] && [ -L link.csv ] || fail "wrote through a link"
mkfifo fifo.csv
expect_exit 1 "" list orgs -o fifo.csv
[ -p fifo.csv ] || fail "the FIFO was replaced"
if mknod null.xlsx c 1 3 2>/dev/null; then  # a device, where the container allows making one
  expect_exit 1 "" list orgs -o null.xlsx
  [ -c null.xlsx ] || fail "the device was replaced"
fi
ln "$STAKEMAP_DB" map.csv  # the open map under another name
expect_exit 1 "" list orgs -o map.csv
cmp -s map.csv "$STAKEMAP_DB" || fail "the map was replaced"
ls -A | grep -q '\.tmp$' && fail "a temporary file was left: $(ls -A)"

# A command that fails writes nothing.
expect_exit 1 "" show no-such-org -o show.xlsx
[ ! -e show.xlsx ] || fail "a failed command wrote its workbook"
exit 0
