#!/usr/bin/env bash
# Honest bundled data (issue 17): no real body's official name or acronym in datasets, fixtures
# or docs; a map imported from a synthetic dataset is marked so in the store, and its report,
# maps and demo say so; a map of other data does not.
source "$(dirname "$0")/lib.bash" "$@"
NOTICE="Synthetic data made up for demonstration; it does not describe any real organisation's views."

# 1. Real official names and acronyms of bodies (Belgian first users, and international
# organisations) never appear where invented answers, attitudes or flows live. Role descriptions
# ("Federal public service for public health") and fictional aliases are kept.
REAL_NAMES=(
  "Fedasil" "Myria" "Statbel" "Unia" "Actiris" "Forem" "VDAB" "VVSG" "UNHCR" "CGRS" "CGRA" "CGVS"
  "Croix-Rouge de Belgique" "Rode Kruis" "Red Cross" "Croix-Rouge" "Vluchtelingenwerk Vlaanderen"
  "Caritas International" "Médecins du Monde" "Dokters van de Wereld" "Payoke" "Sürya" "Pag-Asa"
  "Samusocial" "Solentra" "Çavaria" "Agentschap Integratie en Inburgering" "Kind en Gezin"
  "Zorg en Gezondheid" "Vereniging van Vlaamse steden en gemeenten" "Ministerium der Deutschsprachigen"
  "Arbeitsamt der Deutschsprachigen" "Service public de Wallonie" "Office des étrangers"
  "Dienst Vreemdelingenzaken" "Rijksregister" "Registre national" "Commissariat général aux réfugiés"
  "SPP Intégration sociale" "Service public fédéral de programmation Intégration sociale" "POD Maatschappelijke Integratie" "FOD Sociale Zekerheid" "SPF Sécurité sociale"
  "FOD Volksgezondheid" "SPF Santé publique" "Service des tutelles" "Dienst Voogdij"
  "Centre fédéral migration" "Federaal Migratiecentrum" "Organisation internationale pour les migrations"
  "International Organization for Migration" "CPAS de Liège" "CPAS Liège" "OCMW Antwerpen" "OCMW Gent"
  "CPAS d'Arlon" "OCMW Aarlen" "Centre public d'action sociale de Namur"
  "UN refugee agency" "Ministry of the German-speaking Community" "Association of Flemish cities and municipalities"
  "Agency for Integration and Civic Integration" "Agentschap Opgroeien"
)
places=("$SRC/datasets" "$SRC/tests/fixtures" "$SRC/tests/fuzz/corpus" "$SRC/docs" "$SRC/README.md")
mapfile -t sources < <(find "$SRC/tests" -name '*.cpp' -o -name '*.hpp' -o -name '*.sh' -o -name '*.py' |
  grep -v '/tests/cli/honest_data.sh$')
for name in "${REAL_NAMES[@]}"; do
  hits=$(grep -rIniwF -- "$name" "${places[@]}" "${sources[@]}" | head -3)
  [ -z "$hits" ] || fail "real official name '$name' found: $hits"
done
# The test can fail: a fixture naming a real body is found.
mkdir leak && printf 'id,name,aliases\nx,Some role,Fedasil\n' > leak/organisations.csv
grep -rIqiwF "Fedasil" leak || fail "the grep misses a real name"

# 2. The bundled dataset declares itself synthetic; the map imported from it is marked so.
has_line "$DATA/provenance.csv" "synthetic"
use_map bundled "$DATA"
same "$(sqlite3 "$STAKEMAP_DB" "SELECT kind FROM provenance")" "synthetic"
run report -o r.html
expect_rc 0
contains "$(cat r.html)" "<p class=\"notice\" id=\"synthetic\">Synthetic data made up for demonstration; it does not describe any real organisation&#39;s views.</p>"
run --lang fr report -o fr.html
contains "$(cat fr.html)" "Données synthétiques inventées pour la démonstration"
for view in map gaps obstacles; do
  run render "$view" -o "$view.svg"
  expect_rc 0
  contains "$(svg_texts "$view.svg" | tr '\n' ' ')" "Synthetic data made up for demonstration"
done
run demo --out demo
expect_rc 0
contains "$out" "$NOTICE"
contains "$(cat demo/report.html)" "id=\"synthetic\""
contains "$(svg_texts demo/map.svg | tr '\n' ' ')" "Synthetic data made up"

# 3. A map of other data carries no notice; --replace by other data removes the mark.
use_map plain "$FIX/foundation/good"
run report -o plain.html
lacks "$(cat plain.html)" "id=\"synthetic\""
run render map -o plain.svg
lacks "$(svg_texts plain.svg | tr '\n' ' ')" "Synthetic data"
use_map replaced "$DATA"
run import "$FIX/foundation/good" --replace
expect_rc 0
same "$(sqlite3 "$STAKEMAP_DB" "SELECT count(*) FROM provenance")" "0"

# 4. A bad provenance.csv is refused with file, line and column; the map is unchanged.
cp -r "$FIX/foundation/good" bad
printf 'provenance\ninvented\n' > bad/provenance.csv
use_map strict
before=$(fingerprint "$STAKEMAP_DB")
expect_exit 1 "bad/provenance.csv:2:1: unknown provenance 'invented' (allowed: synthetic)" import bad
same "$(fingerprint "$STAKEMAP_DB")" "$before"
printf 'origin\nsynthetic\n' > bad/provenance.csv
expect_exit 1 "bad/provenance.csv:1:1: header 'origin': expected the one column 'provenance'" import bad
