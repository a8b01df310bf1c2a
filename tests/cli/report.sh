#!/usr/bin/env bash
# `stakemap report`: well-formed, self-contained, every section, hostile names escaped,
# languages, and bad input rejected.
set -euo pipefail
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" demo --out "$tmp/demo" > /dev/null
db="$tmp/demo/stakemap.db"
for f in map.svg map.png gaps.svg report.html; do test -s "$tmp/demo/$f"; done
xmllint --noout "$tmp/demo/map.svg" "$tmp/demo/gaps.svg"
"$bin" --db "$db" report -o "$tmp/r.html" 2> /dev/null
# Self-contained: no external requests.
if grep -Eio '(src|href)="(https?:)?//[^"]*"' "$tmp/r.html"; then echo "external reference found"; exit 1; fi
if grep -Eiq '@import|url\((https?:)?//' "$tmp/r.html"; then echo "external CSS found"; exit 1; fi
for section in findings maps centrality silos coverage obstacles needs flowgaps keyplayers whatif methods; do
  grep -q "<section id=\"$section\"" "$tmp/r.html" || { echo "missing section $section"; exit 1; }
done
# Well-formed as XML once the HTML5 doctype is removed (all our markup is closed).
tail -n +2 "$tmp/r.html" | xmllint --noout - || { echo "report is not well-formed"; exit 1; }
# French and Dutch.
"$bin" --db "$db" --lang fr report -o "$tmp/fr.html" 2> /dev/null
grep -q "Constats clés" "$tmp/fr.html"
"$bin" --db "$db" --lang nl report -o "$tmp/nl.html" 2> /dev/null
grep -q "Belangrijkste vaststellingen" "$tmp/nl.html"
# A hostile organisation name is escaped everywhere in the report.
mkdir "$tmp/ds"
cat > "$tmp/ds/organisations.csv" <<'CSV'
id,name,willing_to_share,domains,territories
evil,"<script>alert(1)</script> & ""quotes"" \",yes,social,T
ok,Plain organisation,yes,social,T
third,Third one,no,legal,T
fourth,Fourth one,yes,social,T
CSV
printf 'id,kind,name\nT,country,Land <b>bold</b>\n' > "$tmp/ds/territories.csv"
printf 'from,to\nevil,ok\nok,third\nthird,fourth\n' > "$tmp/ds/flows.csv"
"$bin" --db "$tmp/h.db" import "$tmp/ds" > /dev/null
"$bin" --db "$tmp/h.db" report -o "$tmp/h.html" 2> /dev/null
if grep -q "<script>alert" "$tmp/h.html"; then echo "unescaped hostile name"; exit 1; fi
if grep -q "<b>bold" "$tmp/h.html"; then echo "unescaped hostile territory"; exit 1; fi
grep -q "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;" "$tmp/h.html"
tail -n +2 "$tmp/h.html" | xmllint --noout -
# Bad input.
set +e
"$bin" --db "$tmp/missing.db" report -o "$tmp/x.html" 2> "$tmp/err"; rc=$?
set -e
[ "$rc" = 1 ] || { echo "missing map: exit $rc"; exit 1; }
grep -q "no map here" "$tmp/err"
set +e
"$bin" --db "$db" report --top 0 -o "$tmp/x.html" 2> /dev/null; rc=$?
set -e
[ "$rc" = 2 ] || { echo "--top 0: exit $rc"; exit 1; }
echo ok
