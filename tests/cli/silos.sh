#!/usr/bin/env bash
# stakemap silos: the headline (shares no data voluntarily) against the source report's Q28 on
# the bundled map, one record per organisation in csv, the indicators on a hand-made map (a hub
# that only receives is not a silo but collects without giving back; an isolated organisation
# is a silo), and where the survey and the flows disagree once the bundled answers are in.
source "$(dirname "$0")/lib.bash" "$@"

# --- The bundled map: the headline agrees with Q28 (24 % of respondents share nothing voluntarily).
use_map m "$DATA"
run silos
expect_rc 0
contains "$out" "In silo: 14 of 57 organisations (25%) share no data voluntarily."
run --format csv silos
expect_rc 0
python3 - "$out" <<'PY' || fail "silo headline against Q28"
import csv, io, sys
rows = list(csv.DictReader(io.StringIO(sys.argv[1])))
assert len(rows) == 57, len(rows)                       # one record per organisation
silos = sum(r["silo"] == "yes" for r in rows)
expected = 0.24 * len(rows)                              # Q28 "No": 24 % (needs assessment, Annex II)
assert abs(silos - expected) <= 2, (silos, expected)
# The Federal statistical office, which receives from many partners, is not a silo.
stat = [r for r in rows if "statistic" in r["name"].lower()]
assert stat and all(r["silo"] == "no" for r in stat), stat
assert all(r[c] in ("yes", "no") for r in rows for c in
           ("silo", "isolated", "collects_without_giving_back", "reports_only_upward",
            "no_two_way_exchange", "no_exchange_with_peers"))
PY
run --format json silos --view indicators
expect_rc 0
contains "$out" '{"indicator": "reports_only_upward", "organisations": 6,'
# The map outline, the report's finding and the what-if use the same headline.
run --format csv whatif lift gdpr
contains "$out" "silos,14,"
run report -o "$TMP/r.html"
expect_rc 0
has_text "$TMP/r.html" "14 of 57 organisations (25%) work in silo: they share no data voluntarily."

# --- With the bundled survey answers: who said "work in silo", and where it disagrees.
run import "$DATA/responses.csv" --kind survey
expect_rc 0
run silos
contains "$out" "In silo: 15 of 57 organisations (26%) share no data voluntarily."
contains "$out" "By the flows (no voluntary outgoing flow): 14; by the survey (said they work in silo): 1; survey and flows disagree: 1."
run --format csv silos --view disagreements
same "$out" "id,name,disagreement
uni-migration-research,University migration research centre (national),\"said it works in silo, but the map shows 1 voluntary outgoing flow\""

# --- A hand-made map: a hub that only receives, an isolated organisation, an upward reporter.
mkdir -p "$TMP/hub"
cat > "$TMP/hub/organisations.csv" <<'CSV'
id,name,kind,level,languages,territories
hub,Hub,federal-service,federal,fr,
a,A,ngo,local,fr,
b,B,ngo,local,fr,
c,C,local-authority,local,fr,
island,Island,ngo,local,fr,
CSV
cat > "$TMP/hub/flows.csv" <<'CSV'
from,to,status,basis
a,hub,active,voluntary
b,hub,active,voluntary
c,hub,active,mandatory
CSV
use_map h "$TMP/hub"
"$BIN" --format csv silos > "$TMP/hub.csv" || fail "silos on the hub map"
has_line "$TMP/hub.csv" "hub,Hub,federal,,no,no,no,no,yes,no,yes,yes,,collects without giving back: receives data from 3 partners but sends nothing|no two-way exchange: none of its 3 partners exchanges data with it in both directions|no exchange with peers: none of its 3 partners is at its level or in one of its territories,"
has_line "$TMP/hub.csv" "island,Island,local,,yes,yes,no,yes,no,no,no,no,isolated in this layer: no flow in or out,isolated: no flow in or out in this layer,"
has_line "$TMP/hub.csv" "c,C,local,,yes,yes,no,no,no,yes,yes,yes,no voluntary outgoing flow: it sends data only when obliged or asked (1 flow),reports only upward: its only exchange is 1 mandatory flow sent to a higher level|no two-way exchange: its one partner does not exchange data with it in both directions|no exchange with peers: its 1 partner is neither at its level nor in one of its territories,"
run silos
contains "$out" "In silo: 2 of 5 organisations (40%) share no data voluntarily."
run --lang fr silos
contains "$out" "En silo : 2 organisations sur 5 (40 %) ne partagent aucune donnée volontairement."
