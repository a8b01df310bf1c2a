#!/usr/bin/env bash
# Memory bounded by the input's size (issue 20), each case under prlimit --as=1 GiB:
#   - a survey export of 100 000 two-column rows (872 KB) imports as a dry run: it held one
#     Answer per question and column for every respondent, 2.45 GB (now about 270 MiB);
#   - one respondent holding more than 1 MiB of answers is refused: exit 1, naming its line;
#   - a Kumu sheet whose `|`-joined rows make 101 000 flows from 32 KB, and a GraphML file of
#     2 100 000 nodes (47 MB), are refused by the item limit of interchange imports (one item
#     per 16 bytes of input, at least 100 000, at most 2 000 000), exit 1, map unchanged. The
#     GraphML holds 2 000 000 nodes before it is refused, so it runs under --as=3 GiB.
# Skipped under the sanitizers (their shadow memory needs terabytes of address space).
source "$(dirname "$0")/../cli/lib.bash" "$@"

need_prlimit

$PY - <<'PY' || fail "generating the inputs failed"
with open("survey.csv", "w") as f:  # an organisation's name (Q1) and its department (Q2)
    f.write("Q1,Q2\n" + "".join(f"o{i},d\n" for i in range(100000)))
with open("big-respondent.csv", "w") as f:
    f.write("Q1,Q2\nsmall,d\n" + "n" * 900000 + "," + "d" * 900000 + "\n")
with open("connections.csv", "w") as f:  # 101 rows of 20 x 50 ends: 1000 flows each
    f.write("From,To\n")
    for r in range(101):
        f.write("|".join(f"a{r}_{i}" for i in range(20)) + "," + "|".join(f"b{i}" for i in range(50)) + "\n")
with open("nodes.graphml", "w") as f:
    f.write('<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    f.write('<graph edgedefault="directed">\n' + "".join(f'<node id="n{i}"/>\n' for i in range(2100000)))
    f.write("</graph></graphml>\n")
PY

use_map m
before=$(fingerprint "$STAKEMAP_DB") || fail "cannot read the map"

bounded import --kind survey --dry-run survey.csv
expect_rc 0
contains "$out" "100000 respondents"

bounded import --kind survey big-respondent.csv
expect_rc 1
contains "$err" "big-respondent.csv:3: this respondent's answers take"
contains "$err" "bytes of memory, more than 1048576 (the limit for one respondent"

mkdir kumu && mv connections.csv kumu/
bounded import --kind kumu kumu
expect_rc 1
contains "$err" "connections.csv:102"
contains "$err" "more than 100000 organisations, flows, territories and needs (the limit for an interchange import: one per 16 bytes of input"

last="stakemap import --kind graphml nodes.graphml (under prlimit --as=3 GiB)"
prlimit --as=$((3 << 30)) -- "$BIN" import --kind graphml nodes.graphml >"$TMP/.out" 2>"$TMP/.err"
rc=$?
out=$(cat "$TMP/.out")
err=$(cat "$TMP/.err")
expect_rc 1
contains "$err" "nodes.graphml:2000004:20: more than 2000000 organisations, flows, territories and needs (the limit for an interchange import: at most 2000000"

same "$(fingerprint "$STAKEMAP_DB")" "$before"
echo "input memory: ok"
