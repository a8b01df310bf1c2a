#!/usr/bin/env bash
# The everyday questions of `list`, answered with one filter: flows by obstacle, status, basis,
# population, ends and the territory, level, domain or name of either end; organisations by a
# name search that ignores case and accents. Counts are checked against `obstacles` and against
# the unfiltered lists; the same organisation filters narrow `centrality` and `silos`.
source "$(dirname "$0")/lib.bash" "$@"
use_map m "$DATA"

csv_rows() { tail -n +2 <<<"$1" | grep -c . || true; }

# "Which flows does GDPR hold up?": as many as `obstacles` counts blocked and desired.
run list flows --obstacle gdpr --format csv
expect_rc 0
gdpr_flows=$(csv_rows "$out")
run obstacles --format csv
expect_rc 0
same "$gdpr_flows" "$(python3 -c "
import csv, sys
for r in csv.DictReader(sys.stdin):
    if r['obstacle'] == 'gdpr': print(int(r['blocked_flows']) + int(r['desired_flows']))" <<<"$out")"

# "... in Flanders?": the GDPR flows with an end among the organisations `list orgs` keeps there.
"$BIN" list orgs --territory BE-VLG --format csv > vlg.csv 2>/dev/null || fail "list orgs --territory"
"$BIN" list flows --obstacle gdpr --format csv > gdpr.csv 2>/dev/null || fail "list flows --obstacle"
run list flows --obstacle gdpr --territory BE-VLG --format csv
expect_rc 0
expected=$(python3 - <<'PY'
import csv
vlg = {r["id"] for r in csv.DictReader(open("vlg.csv"))}
print(" ".join(r["id"] for r in csv.DictReader(open("gdpr.csv")) if r["from"] in vlg or r["to"] in vlg))
PY
)
[ -n "$expected" ] || fail "no GDPR flow in Flanders: the check would prove nothing"
same "$(tail -n +2 <<<"$out" | cut -d, -f1 | paste -sd' ')" "$expected"

# Status, basis, population, level and the ends, each against the unfiltered list.
"$BIN" list flows --format csv > all.csv 2>/dev/null || fail "list flows"
"$BIN" list orgs --format csv > orgs.csv 2>/dev/null || fail "list orgs"
check_flows() {  # $1: python condition on row r (and level[id]); rest: list flows options
  local condition=$1
  shift
  run list flows "$@" --format csv
  expect_rc 0
  local want
  want=$(python3 - "$condition" <<'PY'
import csv, sys
level = {r["id"]: r["level"] for r in csv.DictReader(open("orgs.csv"))}
print(" ".join(r["id"] for r in csv.DictReader(open("all.csv")) if eval(sys.argv[1])))
PY
)
  [ -n "$want" ] || fail "no flow for $*: the check would prove nothing"
  same "$(tail -n +2 <<<"$out" | cut -d, -f1 | paste -sd' ')" "$want"
}
check_flows 'r["status"] == "blocked"' --status blocked
check_flows 'r["basis"] == "on-request" and r["population"] == "ukraine"' --basis on-request --population ukraine
check_flows 'r["from"] == "fed-immigration-office"' --from fed-immigration-office
check_flows 'r["to"] == "vl-cpas-antwerp" and r["status"] == "desired"' --to vl-cpas-antwerp --status desired
check_flows 'level[r["from"]] == "regional" or level[r["to"]] == "regional"' --level regional

# Search over names and aliases, whatever the case and the accents.
for query in statistical STATISTICAL "stätistícal"; do
  run list orgs --search "$query" --format csv
  expect_rc 0
  same "$(tail -n +2 <<<"$out" | cut -d, -f1)" "fed-statistics"
done
run list orgs --search "no organisation is called this" --format csv
same "$(csv_rows "$out")" "0"

# The organisation filters narrow centrality and silos the same way.
run centrality --level federal --metric degree --format csv
expect_rc 0
same "$(tail -n +2 <<<"$out" | cut -d, -f1 | paste -sd' ')" \
  "$(python3 -c "import csv; print(' '.join(r['id'] for r in csv.DictReader(open('orgs.csv')) if r['level'] == 'federal'))")"
run silos --search statistical --format csv
expect_rc 0
same "$(tail -n +2 <<<"$out" | cut -d, -f1)" "fed-statistics"

# Bad values: a code outside the taxonomy or an option of the wrong list is a usage error
# (exit 2); an unknown organisation is bad input (exit 1).
run list flows --status nope
expect_rc 2
contains "$err" "unknown --status 'nope' (allowed: active, desired, blocked)"
run list orgs --obstacle gdpr
expect_rc 2
contains "$err" "--obstacle applies to \`list flows\` only"
run list territories --level federal
expect_rc 2
run list flows --from nobody-at-all
expect_rc 1
contains "$err" "nobody-at-all"
