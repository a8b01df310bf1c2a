#!/usr/bin/env bash
# Names in any language (issue 17): territories and organisations may carry name_<lang> columns
# for any ISO 639-1 code; `--lang L` shows them (and the map's label_<L> labels) with an English
# interface, falls back to `name`, and export writes them back in the same columns. Before,
# a territory's name_ro was ignored with a warning and --lang accepted only en, fr and nl.
# The places and organisations are fictional.
source "$(dirname "$0")/lib.bash" "$@"

mkdir ds
cat > ds/territories.csv <<'CSV'
id,kind,name,name_ro,name_uk,part_of
XV,country,Republic of Exvaland,Republica Exvalandia,Республіка Ексваландія,
XV-N,region,Oak Valley Region,Regiunea Valea Stejarilor,Регіон Дубова Долина,XV
XV-S,region,Southern Plain,,Південна рівнина,XV
CSV
cat > ds/organisations.csv <<'CSV'
id,name,name_ro,name_uk,kind,level,territories,domains,publics,willing_to_share,obstacles
green,Green Forest Association,Asociația Pădurea Verde,Асоціація Зелений Ліс,ngo,local,XV-N,social,refugees,yes,gdpr
stork,Stork Nest Centre,Centrul Cuibul Berzei,,ngo,local,XV-N,social,refugees,no,no-trust
office,National Office of Exvaland Statistics,Biroul Național de Statistică al Exvalandiei,,national-agency,national,XV,social,refugees,yes,gdpr
CSV
printf 'from,to,status\ngreen,office,active\noffice,green,active\nstork,office,desired\n' > ds/flows.csv
# The map's own labels in Romanian: a relabel row of the generic profile.
printf 'facet,code,label_en,label_ro\nobstacle,gdpr,,GDPR sau considerente de protecție a datelor\n' > ds/taxonomy.csv
printf 'profile\ngeneric\n' > ds/profile.csv

export STAKEMAP_DB=$TMP/names.db
run import ds
expect_rc 0
contains "$err" "territories.csv: columns kept as attributes: name_ro, name_uk"
contains "$err" "organisations.csv: columns kept as attributes: name_ro, name_uk"
if grep -q "ignored" <<<"$err"; then fail "a name column was ignored: $err"; fi
same "$(sqlite3 "$STAKEMAP_DB" "SELECT value FROM territory_attribute WHERE territory = 'XV-N' AND key = 'name_ro'")" \
  "Regiunea Valea Stejarilor"

# --lang ro: Romanian names where the map has them, `name` elsewhere, English interface.
run --lang ro list territories
expect_rc 0
contains "$out" "Regiunea Valea Stejarilor"
contains "$out" "Republica Exvalandia"
contains "$out" "Southern Plain"  # no name_ro: its name
run --lang ro --format csv list orgs
contains "$out" "green,Asociația Pădurea Verde,"
contains "$out" "office,Biroul Național de Statistică al Exvalandiei,"
run --lang uk --format csv list orgs
contains "$out" "green,Асоціація Зелений Ліс,"
contains "$out" "stork,Stork Nest Centre,"  # no name_uk: its name
run --lang uk list territories
contains "$out" "Південна рівнина"
# The analysis tables too (names in CSV are data as the user asked for them: the column `org` keeps the id).
run --lang ro --format csv centrality
contains "$out" "green,Asociația Pădurea Verde,"
run --lang ro --format csv network --per-org
contains "$out" "stork,Centrul Cuibul Berzei,"
run --lang uk --format csv silos
contains "$out" "stork,Stork Nest Centre,"  # no name_uk
run --lang ro show office
contains "$out" "Centrul Cuibul Berzei"  # its partners, in Romanian
# A language the map has no names in: every name as it is.
run --lang pl --format csv list orgs
contains "$out" "green,Green Forest Association,"
# Labels from the map's label_ro; the interface (headings) stays English.
run --lang ro obstacles
expect_rc 0
contains "$out" "Obstacles perceived (share of organisations)"
contains "$out" "GDPR sau considerente de protecție a datelor"
run --lang uk obstacles
contains "$out" "GDPR or data protection considerations/concerns"  # no label_uk: English

# The report: html lang, names and labels in the language, English headings.
run --lang ro report -o ro.html
expect_rc 0
html=$(cat ro.html)
contains "$html" '<html lang="ro">'
contains "$html" "<h2>Key findings</h2>"
contains "$html" "Centrul Cuibul Berzei"  # in silo: its row names it in Romanian
contains "$html" "Regiunea Valea Stejarilor"
contains "$html" "<td>Centrul Cuibul Berzei</td>"
# (its English name stays searchable in the explorer, as an alias: never shown as its name)
if grep -qE '>Stork Nest Centre<|name&quot;:&quot;Stork' <<<"$html"; then fail "the Romanian report names an organisation in English: $(grep -oE ".{0,80}(>Stork Nest Centre<|name&quot;:&quot;Stork).{0,20}" <<<"$html" | head -2)"; fi
run --lang uk render -o uk.svg
expect_rc 0
grep -q "Асоціація Зелений" uk.svg || fail "the map's labels are not in Ukrainian"

# show lists the names among the organisation's attributes.
run --lang ro show green
contains "$out" "Asociația Pădurea Verde"

# Export writes the names back in the same columns, and they import again unchanged.
run export csv -o out
expect_rc 0
head -1 out/territories.csv | grep -q "name_ro,name_uk" || fail "territories.csv lacks name_ro,name_uk: $(head -1 out/territories.csv)"
grep -q "Regiunea Valea Stejarilor" out/territories.csv || fail "the Romanian territory name is not exported"
head -1 out/organisations.csv | grep -q "name_ro" || fail "organisations.csv lacks name_ro"
before=$(snapshot "$STAKEMAP_DB")
use_map again out
same "$(snapshot "$STAKEMAP_DB")" "$before"

# An empty cell removes a name, as for any attribute; undo brings it back.
export STAKEMAP_DB=$TMP/names.db
printf 'id,kind,name,name_ro\nXV-N,region,Oak Valley Region,\n' > clear.csv
mkdir clear && mv clear.csv clear/territories.csv
run import clear/territories.csv
expect_rc 0
run --lang ro list territories
contains "$out" "Oak Valley Region"
run undo
expect_rc 0
run --lang ro list territories
contains "$out" "Regiunea Valea Stejarilor"

# Removing a territory removes its names with it.
run remove territory XV-S
expect_rc 0
same "$(sqlite3 "$STAKEMAP_DB" "SELECT count(*) FROM territory_attribute WHERE territory = 'XV-S'")" "0"
echo "names_any_language: ok"
