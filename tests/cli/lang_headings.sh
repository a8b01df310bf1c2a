#!/usr/bin/env bash
# End-to-end: --lang translates the CLI's own headings, legends and sentences (from the message
# catalogue, docs/messages.md), not only the taxonomy's labels; English output is unchanged.
# Before the catalogue, `--lang fr silos` printed its heading in English.
source "$(dirname "$0")/lib.bash" "$@"
"$BIN" --quiet demo --out "$TMP/demo" > "$TMP/demo.txt" || fail "demo"
grep -q '^Key findings:$' "$TMP/demo.txt" || fail "English demo findings heading"
export STAKEMAP_DB=$TMP/demo/stakemap.db

first() { head -1 "$TMP/out.txt"; }
"$BIN" silos > "$TMP/out.txt" || fail "silos"
[ "$(first)" = "In silo: 15 of 57 organisations (26%) share no data voluntarily." ] || fail "English silos headline: $(first)"
has_line "$TMP/out.txt" "Silos (15 of 57 organisations) — layer status=active"
"$BIN" --lang fr silos > "$TMP/out.txt" || fail "silos fr"
[ "$(first)" = "En silo : 15 organisations sur 57 (26%) ne partagent aucune donnée volontairement." ] || fail "French silos headline: $(first)"
has_line "$TMP/out.txt" "Silos (15 sur 57 organisations) — couche status=active"
grep -q '^Part des silos par territoire — couche status=active$' "$TMP/out.txt" || fail "French share heading"
"$BIN" --lang nl silos > "$TMP/out.txt" || fail "silos nl"
[ "$(first)" = "In een silo: 15 van de 57 organisaties (26%) delen geen enkel gegeven vrijwillig." ] || fail "Dutch silos headline: $(first)"
has_line "$TMP/out.txt" "Silo's (15 van 57 organisaties) — laag status=active"

"$BIN" --lang nl gaps coverage > "$TMP/out.txt" || fail "coverage nl"
[ "$(first)" = "Dekking: 12 gebieden (leaf) x 7 domain-codes; cellen = dekkende organisaties" ] || fail "Dutch coverage heading: $(first)"
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

# An unknown language is refused where it is parsed, once, in the CLI.
expect_exit 2 "unknown --lang 'de' (allowed: en, fr, nl)" --lang de silos
echo "lang_headings: ok"
