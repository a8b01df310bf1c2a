#!/usr/bin/env bash
# `stakemap report`: well-formed, self-contained, every section, hostile names escaped,
# languages, and bad input rejected.
source "$(dirname "$0")/lib.bash" "$@"
SECTIONS="findings maps centrality silos coverage obstacles needs flowgaps keyplayers whatif methods"

# The demo writes its maps and report next to the map.
run demo --out demo
expect_rc 0
for f in map.svg map.png gaps.svg report.html explore.html; do [ -s "demo/$f" ] || fail "demo wrote no $f"; done
well_formed demo/map.svg demo/gaps.svg
export STAKEMAP_DB=$TMP/demo/stakemap.db
run report -o r.html
expect_rc 0
html=$(cat r.html)
# Self-contained: no external requests.
if grep -Eio '(src|href)="(https?:)?//[^"]*"' r.html; then fail "external reference found"; fi
if grep -Eiq '@import|url\((https?:)?//' r.html; then fail "external CSS found"; fi
for section in $SECTIONS; do contains "$html" "<section id=\"$section\""; done
# Well-formed as XML once the HTML5 doctype is removed (all our markup is closed).
tail -n +2 r.html | xmllint --noout - || fail "report is not well-formed"
# French and Dutch.
run --lang fr report -o fr.html
contains "$(cat fr.html)" "Constats clés"
run --lang nl report -o nl.html
contains "$(cat nl.html)" "Belangrijkste vaststellingen"
# German: headings, table headers and labels in German, and the page says so.
run --lang de report -o de.html
html=$(cat de.html)
contains "$html" '<html lang="de">'
contains "$html" "<h2>Wichtigste Befunde</h2>"
contains "$html" "<h2>Hindernisse für den Datenaustausch</h2>"
contains "$html" "<h2>Methoden und Begriffe</h2>"
contains "$html" "DSGVO oder Erwägungen/Bedenken zum Datenschutz"
if grep -q "<h2>Key findings</h2>" de.html; then fail "English heading in the German report"; fi
# Any other language: the page's language is that code, the interface English.
run --lang uk report -o uk.html
contains "$(cat uk.html)" '<html lang="uk">'
contains "$(cat uk.html)" "<h2>Key findings</h2>"

# A hostile organisation name is escaped everywhere in the report.
mkdir ds
cat > ds/organisations.csv <<'CSV'
id,name,willing_to_share,domains,territories
evil,"<script>alert(1)</script> & ""quotes"" \",yes,social,T
ok,Plain organisation,yes,social,T
third,Third one,no,legal,T
fourth,Fourth one,yes,social,T
CSV
printf 'id,kind,name\nT,country,Land <b>bold</b>\n' > ds/territories.csv
printf 'from,to\nevil,ok\nok,third\nthird,fourth\n' > ds/flows.csv
use_map hostile ds
run report -o h.html
expect_rc 0
html=$(cat h.html)
lacks "$html" "<script>alert"
lacks "$html" "<b>bold"
contains "$html" "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"
tail -n +2 h.html | xmllint --noout - || fail "the hostile report is not well-formed"
# ... and on the map of changes since a round, removed (drawn dashed) or added.
run round save "<r1> & \"q\""
expect_rc 0
run remove org evil --cascade
expect_rc 0
run add org evil2 --name 'Back\slash <img src=x> & "dq"'
expect_rc 0
run add flow evil2 ok
expect_rc 0
run report --since "<r1> & \"q\"" -o hs.html
expect_rc 0
since=$(python3 -c "import sys; h=open('hs.html',encoding='utf-8').read(); s=h[h.index('<section id=\"since\">'):]; print(s[:s.index('</section>')])")
contains "$since" "<svg"
contains "$since" "&lt;script&gt;alert(1)&lt;/script&gt;"
contains "$since" "Back\\slash &lt;img"
contains "$since" "src=x&gt; &amp; &quot;dq&quot;"
contains "$since" "&lt;r1&gt; &amp; &quot;q&quot;"
lacks "$(cat hs.html)" "<script>alert"
lacks "$(cat hs.html)" "<img"
tail -n +2 hs.html | xmllint --noout - || fail "the hostile report with --since is not well-formed"

# Bad input: no map (1), a bad option (2); no file written.
expect_exit 1 "no map here" --db missing.db report -o x.html
expect_exit 2 "" --db demo/stakemap.db report --top 0 -o x.html
[ ! -e x.html ] || fail "a failed report left x.html"
echo "report: ok"
