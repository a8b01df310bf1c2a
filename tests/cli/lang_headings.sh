#!/usr/bin/env bash
# End-to-end: --lang translates the CLI's own headings, legends and sentences (from the message
# catalogue, docs/messages.md), not only the taxonomy's labels; English output is unchanged.
# Before the catalogue, `--lang fr silos` printed its heading in English.
source "$(dirname "$0")/lib.bash" "$@"
"$BIN" --quiet demo --out "$TMP/demo" > "$TMP/demo.txt" || fail "demo"
grep -q '^Key findings:$' "$TMP/demo.txt" || fail "English demo findings heading"
export STAKEMAP_DB=$TMP/demo/stakemap.db

first() { head -1 "$TMP/out.txt"; }
# starts LANG FIRST-LINE ARGS...: `stakemap --lang LANG ARGS` succeeds, its output (in out.txt)
# beginning with FIRST-LINE.
starts() {
  local lang=$1 line=$2
  shift 2
  "$BIN" --lang "$lang" "$@" > "$TMP/out.txt" || fail "$* ($lang)"
  [ "$(first)" = "$line" ] || fail "$* ($lang) begins: $(first)"
}
"$BIN" silos > "$TMP/out.txt" || fail "silos"
[ "$(first)" = "In silo: 15 of 57 organisations (26%) share no data voluntarily." ] || fail "English silos headline: $(first)"
has_line "$TMP/out.txt" "Silos (15 of 57 organisations) — layer status=active"
"$BIN" --lang fr silos > "$TMP/out.txt" || fail "silos fr"
# (numbers as each language writes them: "26 %" with a no-break space in French and German)
[ "$(first)" = "En silo : 15 organisations sur 57 (26 %) ne partagent aucune donnée volontairement." ] || fail "French silos headline: $(first)"
has_line "$TMP/out.txt" "Silos (15 sur 57 organisations) — couche status=active"
grep -q '^Part des silos par territoire — couche status=active$' "$TMP/out.txt" || fail "French share heading"
starts nl "In een silo: 15 van de 57 organisaties (26%) delen geen enkel gegeven vrijwillig." silos
has_line "$TMP/out.txt" "Silo's (15 van 57 organisaties) — laag status=active"

starts nl "Dekking: 12 gebieden (leaf) x 7 domain-codes; cellen = dekkende organisaties" gaps coverage
grep -q '^legende: ! hiaat (niemand)' "$TMP/out.txt" || fail "Dutch legend"
grep -q '^cellen: hiaat 0, alleen vanop het federale niveau 5, alleen hoger niveau 39, in silo 9, gedekt 31 (van 84)$' "$TMP/out.txt" \
  || fail "Dutch cell counts"
"$BIN" --lang fr gaps coverage --territory BE-WAL > "$TMP/out.txt" || fail "coverage fr"
grep -q '^Couverture : [0-9]* territoires\? (leaf)' "$TMP/out.txt" || fail "French coverage heading: $(first)"

"$BIN" --lang fr obstacles > "$TMP/out.txt" || fail "obstacles fr"
[ "$(first)" = "Obstacles perçus (part des organisations)" ] || fail "French obstacles heading: $(first)"
"$BIN" --lang fr show fed-reception-agency > "$TMP/out.txt" || fail "show fr"
grep -q '^Flux sortants (données que cette organisation envoie) : ' "$TMP/out.txt" || fail "French flows heading"

# The demo story in French: its summary lines and the findings heading.
"$BIN" --quiet --lang fr demo --out "$TMP/demo-fr" > "$TMP/demo-fr.txt" || fail "demo fr"
grep -q '^Constats clés :$' "$TMP/demo-fr.txt" || fail "French findings heading"
grep -q '^  importé : ' "$TMP/demo-fr.txt" || fail "French import line"
grep -q '^Ouvrez .* dans un navigateur' "$TMP/demo-fr.txt" || fail "French closing line"

# German: headings, legends and sentences from the catalogue's de column, labels from label_de.
starts de "Im Silo: 15 von 57 Organisationen (26 %) teilen keine Daten freiwillig." silos
has_line "$TMP/out.txt" "Silos (15 von 57 Organisationen) — Schicht status=active"
starts de "Abdeckung: 12 Gebiete (leaf) x 7 Codes domain; Zellen = abdeckende Organisationen" gaps coverage
grep -q '^Legende: ! Lücke (niemand)   F nur von der föderalen Ebene aus' "$TMP/out.txt" || fail "German legend"
grep -q '^Zellen: Lücke 0, nur von der föderalen Ebene aus 5, nur höhere Ebene 39, im Silo 9, abgedeckt 31 (von 84)$' \
  "$TMP/out.txt" || fail "German cell counts"
starts de "Ungedeckter und schwach gedeckter Bedarf (schwach: weniger als 2 Organisationen bieten den Dienst dort an)" gaps needs
starts de "Wahrgenommene Hindernisse (Anteil der Organisationen)" obstacles
grep -q '^gdpr  *DSGVO oder Erwägungen/Bedenken zum Datenschutz ' "$TMP/out.txt" || fail "GDPR is DSGVO in German"
"$BIN" --lang fr obstacles | grep -q '^gdpr  *Considérations/préoccupations relatives au RGPD ' || fail "GDPR is RGPD in French"
"$BIN" --lang nl obstacles | grep -q '^gdpr  *Overwegingen/bezorgdheden over de AVG ' || fail "GDPR is AVG in Dutch"
"$BIN" --lang de list territories > "$TMP/out.txt" || fail "list territories de"
grep -q '^BE  *country  *Belgien ' "$TMP/out.txt" || fail "German territory name"
"$BIN" --lang de show fed-reception-agency > "$TMP/out.txt" || fail "show de"
grep -q '^Ausgehende Flüsse (Daten, die diese Organisation sendet): ' "$TMP/out.txt" || fail "German flows heading"
"$BIN" --quiet --lang de demo --out "$TMP/demo-de" > "$TMP/demo-de.txt" || fail "demo de"
grep -q '^Wichtigste Befunde:$' "$TMP/demo-de.txt" || fail "German findings heading"
grep -q '^Öffnen Sie .* in einem Browser' "$TMP/demo-de.txt" || fail "German closing line"

# The report's numbers and dates as the language writes them (never in CSV or JSON).
"$BIN" --lang fr report -o "$TMP/fr.html" > /dev/null || fail "report fr"
grep -q "chemin moyen de 3,08 à 2,27 étapes" "$TMP/fr.html" || fail "French decimals in the findings"
grep -q "Généré le [0-9]* [a-zéû]* 20[0-9][0-9] par stakemap" "$TMP/fr.html" || fail "French date"
grep -q '<td class="num" data-value="0\.[0-9]*">0,[0-9]*</td>' "$TMP/fr.html" || fail "French table numbers sorted by value"
"$BIN" --lang de report -o "$TMP/de.html" > /dev/null || fail "report de"
grep -q "Erstellt am [0-9]*\. [A-Z][a-zä]* 20[0-9][0-9] mit stakemap" "$TMP/de.html" || fail "German date"
"$BIN" report -o "$TMP/en.html" > /dev/null || fail "report en"
grep -q "average path from 3.08 to 2.27 steps" "$TMP/en.html" || fail "English decimals"
grep -q "Generated on 20[0-9][0-9]-[0-9][0-9]-[0-9][0-9] by" "$TMP/en.html" || fail "English date"
"$BIN" --lang fr obstacles | grep -q '^gdpr  *Considérations.* 38  *57  *66,6667 ' || fail "French decimal comma in a terminal table"
"$BIN" obstacles | grep -q '^gdpr  *GDPR.* 38  *57  *66\.6667 ' || fail "English decimal point in a terminal table"
"$BIN" --lang fr --format csv obstacles > "$TMP/out.csv" || fail "obstacles csv fr"
grep -q "^gdpr,.*,57,66\.666[0-9]*," "$TMP/out.csv" || fail "CSV numbers are not written with a point: $(grep ^gdpr "$TMP/out.csv")"

# Any other language: an English interface (Romanian has no catalogue column), Romanian numbers.
starts ro "In silo: 15 of 57 organisations (26 %) share no data voluntarily." silos

# A value that is not an ISO 639-1 code (two lowercase letters) is refused where it is parsed,
# once, in the CLI, naming it.
for bad in deu DE d "" "e1" "fr-BE"; do
  expect_exit 2 "unknown --lang '$bad' (an ISO 639-1 code, two lowercase letters: en, fr, nl, de or any other" --lang "$bad" silos
done
echo "lang_headings: ok"
