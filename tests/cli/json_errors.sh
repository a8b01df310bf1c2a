#!/usr/bin/env bash
# `check` and `import` with --format json: the findings as one JSON array of objects
# {file, line, column, value?, severity, message} on stdout, exit 1 on errors, nothing written
# to the map; the summary on stderr. The bad value is hostile (quotes, backslash, a control
# character, non-ASCII letters, U+2028) and must come back exactly, in JSON that parses.
source "$(dirname "$0")/lib.bash" "$@"
mkdir bad
/usr/bin/python3 - bad <<'PY'
import csv, sys
d = sys.argv[1]
with open(f"{d}/organisations.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "kind"])
    w.writerow(["a", "Org A", "ngo"])
    w.writerow(["b", "Org B", 'x"q\\b\x01\u00e9\u2028\u732b'])
with open(f"{d}/flows.csv", "w", newline="", encoding="utf-8") as f:
    f.write("from,to\na,b\na,nobody\n")
PY
# check_json FILE: FILE is a JSON array naming organisations.csv line 3 column 9 (where the
# kind field starts) with the exact value, and flows.csv line 3 column 3 with 'nobody'.
check_json() {
  /usr/bin/python3 - "$1" <<'PY' || fail "JSON errors: $(cat "$1")"
import json, sys
found = json.load(open(sys.argv[1], encoding="utf-8"))
assert isinstance(found, list) and found, found
for d in found:
    assert set(d) <= {"file", "line", "column", "value", "severity", "message"}, d
    assert {"file", "line", "column", "severity", "message"} <= set(d), d
kind = [d for d in found if d["file"] and d["file"].endswith("organisations.csv")]
assert [(d["line"], d["column"], d["severity"]) for d in kind] == [(3, 9, "error")], kind
assert kind[0]["value"] == 'x"q\\b\x01\u00e9\u2028\u732b', kind[0]
assert "unknown kind code" in kind[0]["message"], kind[0]
ref = [d for d in found if d["file"] and d["file"].endswith("flows.csv")]
assert [(d["line"], d["column"], d.get("value")) for d in ref] == [(3, 3, "nobody")], ref
PY
}

# check DIR
"$BIN" --format json check bad > check.json 2> check.err
rc=$?
[ "$rc" = 1 ] || fail "check --format json: exit $rc"
check_json check.json
grep -q 'listed on standard output' check.err || fail "check: summary on stderr: $(cat check.err)"
grep -q 'error:' check.err && fail "check: the errors were printed on stderr too: $(cat check.err)"

# import DIR: exit 1, the same array, the map unchanged (and not created).
"$BIN" --db new.db --format json import bad > import.json 2> import.err
rc=$?
[ "$rc" = 1 ] || fail "import --format json: exit $rc"
check_json import.json
[ ! -e new.db ] || fail "a failed import created the map"
use_map m "$FIX/foundation/good"
before=$(fingerprint "$STAKEMAP_DB")
"$BIN" --format json import bad > import.json 2> import.err
[ $? = 1 ] || fail "import into a map: exit"
check_json import.json
same "$(fingerprint "$STAKEMAP_DB")" "$before"

# Success: the warnings (here none or some) as an array on stdout, the summary on stderr.
run --format json check "$FIX/foundation/good"
expect_rc 0
/usr/bin/python3 -c 'import json, sys; assert isinstance(json.load(sys.stdin), list)' <<<"$out" || fail "check ok: $out"
contains "$err" ": ok ("
# An error that is no finding of the data (a missing folder) stays a message on stderr.
expect_exit 1 "no such file" --format json check missing-folder

# Lint of the current map: its findings (an isolated organisation is a warning) as JSON.
mkdir lone
printf 'id,name\na,Org A\nb,Org B\n' > lone/organisations.csv
printf 'from,to\na,a\n' > lone/flows.csv
use_map lone lone
run --format json check
expect_rc 0
/usr/bin/python3 -c '
import json, sys
found = json.load(sys.stdin)
assert isinstance(found, list) and found and all(d["severity"] == "warning" for d in found), found
' <<<"$out" || fail "lint json: $out"
contains "$err" "0 errors"
