#!/usr/bin/env bash
# End-to-end tests of centrality, network, communities, brokers and silos: the bundled
# Belgian map, a hostile map (formulas, markup, quotes, line breaks, Unicode), bad usage.
source "$(dirname "$0")/lib.bash" "$@"
AN=$FIX/analytics

# --- The bundled Belgian map -------------------------------------------------------------
use_map bundled "$DATA"
for cmd in centrality network communities brokers silos; do
  "$BIN" "$cmd" > "$TMP/$cmd.txt" 2> "$TMP/$cmd.err" || fail "$cmd failed: $(cat "$TMP/$cmd.err")"
  [ -s "$TMP/$cmd.err" ] && fail "$cmd wrote to stderr: $(cat "$TMP/$cmd.err")"
  "$BIN" --format csv "$cmd" > "$TMP/$cmd.csv" || fail "$cmd --format csv failed"
  "$BIN" --format json "$cmd" > "$TMP/$cmd.json" || fail "$cmd --format json failed"
  head -c1 "$TMP/$cmd.json" | grep -q '\[' || fail "$cmd json is not an array"
done
head -1 "$TMP/centrality.csv" | grep -qx 'id,name,in_degree,out_degree,degree,betweenness,closeness,harmonic,pagerank,eigenvector,hub,authority' \
  || fail "centrality csv header: $(head -1 "$TMP/centrality.csv")"
[ "$(wc -l < "$TMP/centrality.csv")" = 58 ] || fail "centrality csv should have 57 rows"
head -1 "$TMP/brokers.csv" | grep -qx 'id,name,constraint,effective_size,coordinator,consultant,gatekeeper,representative,liaison,articulation_point' \
  || fail "brokers csv header: $(head -1 "$TMP/brokers.csv")"
has_line "$TMP/network.csv" "measure,value"
has_line "$TMP/network.csv" "organisations,57"
for m in flows density reciprocity weak_components strong_components articulation_points bridges diameter average_path_length; do
  grep -q "^$m," "$TMP/network.csv" || fail "network csv lacks measure $m"
done
# Communities are deterministic for a seed and numbered from the largest.
"$BIN" --format csv communities --view orgs --seed 7 > "$TMP/c1.csv"
"$BIN" --format csv communities --view orgs --seed 7 > "$TMP/c2.csv"
cmp -s "$TMP/c1.csv" "$TMP/c2.csv" || fail "communities differ for one seed"
"$BIN" --format csv communities --view summary > "$TMP/csum.csv"
grep -q '^modularity,0\.[3-9]' "$TMP/csum.csv" || fail "modularity of the Belgian map: $(cat "$TMP/csum.csv")"
# --top and --sort; core and constraint by name.
"$BIN" --format csv centrality --metric pagerank,core --top 3 > "$TMP/top.csv"
[ "$(wc -l < "$TMP/top.csv")" = 4 ] || fail "--top 3 gave $(wc -l < "$TMP/top.csv") lines"
head -1 "$TMP/top.csv" | grep -qx 'id,name,pagerank,core' || fail "--metric columns: $(head -1 "$TMP/top.csv")"
# Sampled betweenness is announced with its bound.
"$BIN" centrality --metric betweenness --sample 2000 > /dev/null 2> "$TMP/sample.err"
has_text "$TMP/sample.err" "2000 sampled shortest paths"
# Its bound is rounded to two significant digits, in the interface language.
grep -Eq 'every value within 0\.[0-9]?[1-9]{1,2} of the exact one with probability 0\.9$' "$TMP/sample.err" ||
  fail "the bound as a sentence says it: $(cat "$TMP/sample.err")"
"$BIN" --lang fr centrality --metric betweenness --sample 2000 > /dev/null 2> "$TMP/sample.err"
grep -Eq 'intermédiarité estimée à partir de 2000 .* à moins de 0,[0-9]?[1-9]{1,2} .* probabilité de 0,9$' "$TMP/sample.err" ||
  fail "the bound in French: $(cat "$TMP/sample.err")"
"$BIN" --quiet centrality --metric betweenness --weighted --layer voluntary > /dev/null 2>&1 || fail "weighted voluntary layer"
"$BIN" --format csv network --per-org > "$TMP/perorg.csv"
head -1 "$TMP/perorg.csv" | grep -qx 'id,name,core,weak_component,strong_component,articulation_point' || fail "network --per-org header"
"$BIN" --format csv silos --view level > "$TMP/share.csv"
head -1 "$TMP/share.csv" | grep -qx 'level,organisations,silos,share' || fail "silos --view level header"

# --- Bad usage: exit 2 with a message naming what is allowed ------------------------------
expect_exit 2 "allowed: in_degree" centrality --metric fame
expect_exit 2 "unknown layer term" network --layer sideways
expect_exit 2 "allowed: territory, level, kind, language" brokers --by colour
expect_exit 2 "cannot sort by 'fame'" centrality --sort fame
expect_exit 2 "--resolution" communities --resolution -1
expect_exit 2 "allowed: silos, indicators, disagreements, territory, level" silos --view everything
expect_exit 2 "--sample" centrality --sample 0
expect_exit 1 "" --db "$TMP/missing.db" centrality

# --- A hostile map: every output escaped ---------------------------------------------------
use_map hostile "$AN/hostile"
"$BIN" --format csv centrality --metric betweenness > "$TMP/h.csv"
# networkx: beta lies inside 8 of the 5*4 ordered pairs' paths, gamma 3, delta 2 (the
# self-loop is left out, the two epsilon->beta flows merge); 3 * (1/20) prints as networkx's.
has_line "$TMP/h.csv" "beta,\"<script>alert(1)</script> & \"\"quoted\"\" \\back\\slash\",0.4"
has_line "$TMP/h.csv" "gamma,'+cmd|' /C calc'!A0,0.15000000000000002"
has_line "$TMP/h.csv" "delta,'@SUM(1+1) Ünïcødé 🙂 עברית,0.1"
has_line "$TMP/h.csv" "alpha,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",0"
has_line "$TMP/h.csv" "zeta,'-2+3,0"
for cmd in centrality brokers silos "communities --view orgs" "network --per-org"; do
  "$BIN" --format csv $cmd > "$TMP/h2.csv" || fail "hostile $cmd csv"
  grep -qE '^[a-z]+,[=+@-]' "$TMP/h2.csv" && fail "hostile $cmd csv has an unguarded formula"
  "$BIN" --format json $cmd > "$TMP/h.json" || fail "hostile $cmd json"
  has_text "$TMP/h.json" 'line\nbreak, comma'
  [ "$cmd" = silos ] || has_text "$TMP/h.json" '\"quoted\" \\back\\slash'
  "$BIN" $cmd > "$TMP/h.txt" || fail "hostile $cmd table"
done
"$BIN" --format csv silos > "$TMP/hs.csv"
has_line "$TMP/hs.csv" "zeta,'-2+3,local,,yes,yes,no,yes,no,no,no,no,isolated in this layer: no flow in or out,isolated: no flow in or out in this layer,"
"$BIN" --format csv network > "$TMP/hn.csv"
has_line "$TMP/hn.csv" "self_loops,1"
has_line "$TMP/hn.csv" "flows,7"
has_line "$TMP/hn.csv" "linked_pairs,6"

# --- An empty map --------------------------------------------------------------------------
use_map empty
for cmd in centrality network communities brokers silos; do
  "$BIN" --format csv "$cmd" > /dev/null 2> "$TMP/e.err" || fail "$cmd on an empty map: $(cat "$TMP/e.err")"
done

echo "analytics CLI: all checks passed"
