#!/usr/bin/env bash
# Every export format from the command line: stakemap -> GraphML -> stakemap gives the same
# map; GEXF and Kumu (JSON and CSV) give back the same organisations and flows; XML is
# well-formed for xmllint; DOT renders with Graphviz; privacy levels hold in every format.
source "$(dirname "$0")/lib.bash" "$@"

for dataset in "$DATA" "$FIX/interop/hostile"; do
  rm -rf ./* && mkdir out
  run --db a.db --quiet import "$dataset"
  expect_rc 0
  whole=$(snapshot a.db)
  # XML 1.0 cannot hold C0 control characters but tab, LF and CR: they travel as U+FFFD.
  whole_xml=$(sed -E 's/\\u00[01][0-9a-f]/\xEF\xBF\xBD/g' <<<"$whole")
  for f in graphml gexf kumu-json json dot; do
    run --db a.db export "$f" -o "out/map.$f" --privacy internal
    expect_rc 0
    contains "$err" "exported"
  done
  run --db a.db export kumu-csv -o out/kumu --privacy internal
  expect_rc 0
  # Kumu's type is the kind, or the level with --kumu-type level; tags are the domains.
  run --db a.db export kumu-json -o out/level.kumu-json --privacy internal --kumu-type level
  expect_rc 0
  /usr/bin/python3 - out/map.kumu-json out/level.kumu-json <<'PY' || fail "Kumu type or tags not filled ($dataset)"
import json, sys
kind, level = (json.load(open(p, encoding="utf-8"))["elements"] for p in sys.argv[1:])
assert kind and all(e.get("type") == e.get("kind") and e.get("tags") == e.get("domains") for e in kind)
assert all(e.get("type") == e.get("level") for e in level)
assert any("type" in e for e in kind) and any("tags" in e for e in kind)
PY
  xmllint --noout out/map.graphml out/map.gexf || fail "xmllint rejects our XML ($dataset)"
  dot -Tsvg out/map.dot -o out/map.svg 2>out/dot.err || fail "Graphviz rejects our DOT: $(cat out/dot.err)"
  xmllint --noout out/map.svg || fail "the SVG Graphviz made of our DOT is not well-formed"

  # GraphML carries the whole map.
  run --db b.db import out/map.graphml --kind graphml
  expect_rc 0
  [ "$(snapshot b.db)" = "$whole_xml" ] || fail "GraphML round trip changed the map ($dataset)"
  # GEXF and Kumu carry organisations and flows: import them over the territories.
  for source in "out/map.gexf gexf" "out/map.kumu-json kumu" "out/level.kumu-json kumu" "out/kumu kumu"; do
    set -- $source
    rm -f c.db*
    run --db c.db --quiet import "$dataset/territories.csv"
    expect_rc 0
    run --db c.db import "$1" --kind "$2"
    expect_rc 0
    run --db c.db --quiet import "$dataset/needs.csv"
    expect_rc 0
    expected=$whole
    [ "$2" = gexf ] && expected=$whole_xml
    [ "$(snapshot c.db)" = "$expected" ] || fail "$1 round trip changed the organisations or flows ($dataset)"
  done
done

# Privacy: partners (default) has no contacts; public has no personal flows and no notes.
rm -rf ./* && mkdir out
run --db a.db --quiet import "$FIX/interop/hostile"
for f in graphml gexf kumu-json json dot; do
  run --db a.db export "$f" -o "out/partners.$f"
  expect_rc 0
  contains "$err" "privacy: partners"
  lacks "$(cat "out/partners.$f")" "jane@example.org"
  lacks "$(cat "out/partners.$f")" "contact_name"
  run --db a.db export "$f" -o "out/public.$f" --privacy public
  lacks "$(cat "out/public.$f")" "free text note: private"
  lacks "$(cat "out/public.$f")" "markup"
  run --db a.db export "$f" -o "out/internal.$f" --privacy internal
  contains "$(cat "out/internal.$f")" "jane@example.org"
done
contains "$(cat out/internal.json)" '"personal_data": "personal"'
lacks "$(cat out/public.json)" '"personal_data": "personal"'

# Contacts under other column names are personal by rule (docs/security.md#personal-data): a
# name that says phone, e-mail or contact, or a value that looks like one, unless the column is
# declared public (public_ prefix). A number that is not a phone number stays.
mkdir contacts
printf 'id,kind,name\nBE,country,Belgium\n' > contacts/territories.csv
cat > contacts/organisations.csv <<'CSV'
id,name,kind,level,territories,domains,phone,Adresse e-mail,remarks,public_phone,budget
a,Org A,ngo,local,BE,social,+32 2 555 01 01,a@example.org,call 0470/12.34.56 first,+32 2 555 09 09,12345678
b,Org B,ngo,local,BE,social,,,ask b.person@example.net,,2500
CSV
printf 'from,to,status,basis,population,liaison\na,b,active,voluntary,all,0471 99 88 77\n' > contacts/flows.csv
run --db k.db --quiet import contacts
expect_rc 0
for level in partners public; do
  for f in json graphml csv; do
    run --db k.db export "$f" -o "out/k-$level.$f" --privacy "$level"
    expect_rc 0
    all=$(cat out/k-"$level".$f $( [ "$f" = csv ] && echo "out/k-$level.$f/"*.csv ) 2>/dev/null)
    for secret in "555 01 01" a@example.org "0471 99 88 77" b.person@example.net "0470/12.34.56"; do
      lacks "$all" "$secret"
    done
    contains "$all" "555 09 09"
    contains "$all" "12345678"
  done
done
run --db k.db export json -o out/k-internal.json --privacy internal
for secret in "555 01 01" a@example.org "0471 99 88 77" b.person@example.net; do
  contains "$(cat out/k-internal.json)" "$secret"
done

# -o - writes to standard output; unknown formats and missing paths are usage errors.
run --db a.db export json -o -
expect_rc 0
contains "$out" '"format": "stakemap"'
run --db a.db export graphml -o x --kumu-type level
expect_rc 2
contains "$err" "--kumu-type goes with kumu-json, kumu-csv and kumu-xlsx"
run --db a.db export kumu-json -o x --kumu-type territory
expect_rc 2
contains "$err" "unknown --kumu-type 'territory' (allowed: kind, level)"
run --db a.db export xlsb -o x
expect_rc 2
contains "$err" "unknown export format 'xlsb' (allowed: graphml, gexf, kumu-json, kumu-csv, kumu-xlsx, json, dot, csv, xlsx)"
run --db a.db export graphml
expect_rc 2
run --db a.db export kumu-csv -o -
expect_rc 2
run --db a.db export graphml -o no/such/dir/map.graphml
expect_rc 1
contains "$err" "no/such/dir/map.graphml: cannot write"
exit 0
