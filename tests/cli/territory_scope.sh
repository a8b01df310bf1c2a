#!/usr/bin/env bash
# --territory T and --territory-scope in|above|overlap|all keep the same organisations in list,
# centrality, silos and render (one engine function, model/territory_scope), on a territory DAG
# where Brussels lies under two communities and the communities share provinces with the regions.
source "$(dirname "$0")/lib.bash" "$@"
mkdir -p "$TMP/be"
cat > "$TMP/be/territories.csv" <<'CSV'
id,kind,name,part_of
BE,country,Belgium (test),
VLG,region,Flemish Region (test),BE
WAL,region,Walloon Region (test),BE
VL,community,Flemish Community (test),BE
FR,community,French Community (test),BE
BRU,region,Brussels (test),BE|VL|FR
VAN,province,Antwerp (test),VLG|VL
WHT,province,Hainaut (test),WAL|FR
CSV
cat > "$TMP/be/organisations.csv" <<'CSV'
id,name,kind,level,languages,territories
fed,Federal service (test),federal-service,federal,fr,BE
vl-agency,Flemish agency (test),community-administration,community,nl,VL
fr-agency,French agency (test),community-administration,community,fr,FR
bru-cpas,Brussels welfare centre (test),local-authority,local,fr,BRU
wal-region,Walloon administration (test),regional-administration,regional,fr,WAL
vlg-region,Flemish administration (test),regional-administration,regional,nl,VLG
antwerp,Antwerp province (test),provincial-administration,provincial,nl,VAN
CSV
cat > "$TMP/be/flows.csv" <<'CSV'
from,to,status,basis
bru-cpas,fed,active,mandatory
vl-agency,bru-cpas,active,voluntary
fr-agency,bru-cpas,active,voluntary
antwerp,vlg-region,active,voluntary
wal-region,fr-agency,active,voluntary
CSV
use_map be "$TMP/be"

# The organisations each command keeps, sorted, one id per line.
members() {
  local scope=("${@:2}")
  local list cent silo dot
  list=$("$BIN" --format csv list orgs --territory "$1" "${scope[@]}" | tail -n +2 | cut -d, -f1 | sort)
  cent=$("$BIN" --format csv centrality --territory "$1" "${scope[@]}" | tail -n +2 | cut -d, -f1 | sort)
  silo=$("$BIN" --format csv silos --territory "$1" "${scope[@]}" | tail -n +2 | cut -d, -f1 | sort)
  dot=$("$BIN" render --territory "$1" "${scope[@]}" --to dot -o - --label id | python3 -c '
import re, sys
for node in re.finditer(r"^\t+(n\d+)\t\[(.*?)\];", sys.stdin.read(), re.S | re.M):  # members from above sit in a cluster
    if "shape=plaintext" in node.group(2): continue  # a stub: a partner outside the territory
    print(re.search(r"\blabel=(\"[^\"]*\"|[^,\]\s]+)", node.group(2)).group(1).strip("\""))' | sort)
  same "$cent" "$list"
  same "$silo" "$list"
  same "$dot" "$list"
  printf '%s\n' "$list"
}

same "$(members BRU)" "$(printf '%s\n' bru-cpas fed fr-agency vl-agency)"
same "$(members BRU --territory-scope in)" "bru-cpas"
same "$(members BRU --territory-scope above)" "$(printf '%s\n' fed fr-agency vl-agency)"
same "$(members VLG)" "$(printf '%s\n' antwerp fed vl-agency vlg-region)"
same "$(members VLG --territory-scope overlap)" "vl-agency"
# The Walloon Region shares Hainaut with the French Community, the Flemish Community Brussels.
same "$(members FR --territory-scope in,overlap)" "$(printf '%s\n' bru-cpas fr-agency vl-agency wal-region)"
same "$(members FR --territory-scope in --territory-scope overlap)" "$(printf '%s\n' bru-cpas fr-agency vl-agency wal-region)"

# The silo headline counts only the organisations kept.
run silos --territory BRU --territory-scope in
contains "$out" "In silo: 1 organisation of 1 (100%) shares no data voluntarily."

expect_exit 2 "unknown --territory-scope 'inside' (allowed: in, above, overlap, all)" list orgs --territory BRU --territory-scope inside
expect_exit 2 "--territory-scope needs --territory" centrality --territory-scope in
expect_exit 1 "unknown territory 'XX'" silos --territory XX
