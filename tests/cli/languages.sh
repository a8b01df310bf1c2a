#!/usr/bin/env bash
# Languages of organisations: any ISO 639-1 code (issue 17); anything else is refused with
# file, line, column and value, and the map is unchanged.
source "$(dirname "$0")/lib.bash" "$@"

mkdir md
printf 'id,kind,name\nMD,country,Fictional unitary country\n' > md/territories.csv
cat > md/organisations.csv <<'CSV'
id,name,languages,territories
primaria-omega,Примэрия села Омега,ro|ru,MD
centrul-alfa,Centrul Național Fictiv de Statistică,ro|uk|en,MD
CSV
use_map md md
run export csv -o out
expect_rc 0
has_text out/organisations.csv "primaria-omega,Примэрия села Омега"
has_text out/organisations.csv ",ro|ru,"
has_text out/organisations.csv ",ro|uk|en,"

printf 'id,name,languages\nbad,Bad one,ro|xx\n' > bad.csv
before=$(fingerprint "$STAKEMAP_DB")
expect_exit 1 "bad.csv:2:13: error: unknown language code 'xx' in column 'languages' (allowed: fr, nl, de, en, other or any ISO 639-1 code)" import bad.csv --kind orgs
same "$(fingerprint "$STAKEMAP_DB")" "$before"
