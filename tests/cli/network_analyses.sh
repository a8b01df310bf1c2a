#!/usr/bin/env bash
# End-to-end tests of centrality, network, communities, brokers and silos: the bundled
# Belgian map, a hostile map (formulas, markup, quotes, line breaks, Unicode), bad usage.
# Usage: analytics.sh STAKEMAP FIXTURES_DIR SOURCE_DIR
set -u
S="$1"
FIX="$2/analytics"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
. "$3/tests/render/cli_helpers.bash"
expect_line() {  # expect_line FILE LINE: the exact line is in the file
  grep -qxF -- "$2" "$1" || fail "$(basename "$1") lacks line: $2"
}
expect_text() {  # expect_text FILE TEXT
  grep -qF -- "$2" "$1" || fail "$(basename "$1") lacks: $2"
}

# --- The bundled Belgian map -------------------------------------------------------------
demo_map
for cmd in centrality network communities brokers silos; do
  "$S" "$cmd" > "$TMP/$cmd.txt" 2> "$TMP/$cmd.err" || fail "$cmd failed: $(cat "$TMP/$cmd.err")"
  [ -s "$TMP/$cmd.err" ] && fail "$cmd wrote to stderr: $(cat "$TMP/$cmd.err")"
  "$S" --format csv "$cmd" > "$TMP/$cmd.csv" || fail "$cmd --format csv failed"
  "$S" --format json "$cmd" > "$TMP/$cmd.json" || fail "$cmd --format json failed"
  head -c1 "$TMP/$cmd.json" | grep -q '\[' || fail "$cmd json is not an array"
done
head -1 "$TMP/centrality.csv" | grep -qx 'org,name,in_degree,out_degree,degree,betweenness,closeness,harmonic,pagerank,eigenvector,hub,authority' \
  || fail "centrality csv header: $(head -1 "$TMP/centrality.csv")"
[ "$(wc -l < "$TMP/centrality.csv")" = 58 ] || fail "centrality csv should have 57 rows"
head -1 "$TMP/brokers.csv" | grep -qx 'org,name,constraint,effective_size,coordinator,consultant,gatekeeper,representative,liaison,articulation_point' \
  || fail "brokers csv header: $(head -1 "$TMP/brokers.csv")"
expect_line "$TMP/network.csv" "measure,value"
expect_line "$TMP/network.csv" "organisations,57"
for m in flows density reciprocity weak_components strong_components articulation_points bridges diameter average_path_length; do
  grep -q "^$m," "$TMP/network.csv" || fail "network csv lacks measure $m"
done
# Communities are deterministic for a seed and numbered from the largest.
"$S" --format csv communities --view orgs --seed 7 > "$TMP/c1.csv"
"$S" --format csv communities --view orgs --seed 7 > "$TMP/c2.csv"
cmp -s "$TMP/c1.csv" "$TMP/c2.csv" || fail "communities differ for one seed"
"$S" --format csv communities --view summary > "$TMP/csum.csv"
grep -q '^modularity,0\.[3-9]' "$TMP/csum.csv" || fail "modularity of the Belgian map: $(cat "$TMP/csum.csv")"
# --top and --sort; core and constraint by name.
"$S" --format csv centrality --metric pagerank,core --top 3 > "$TMP/top.csv"
[ "$(wc -l < "$TMP/top.csv")" = 4 ] || fail "--top 3 gave $(wc -l < "$TMP/top.csv") lines"
head -1 "$TMP/top.csv" | grep -qx 'org,name,pagerank,core' || fail "--metric columns: $(head -1 "$TMP/top.csv")"
# Sampled betweenness is announced with its bound.
"$S" centrality --metric betweenness --sample 2000 > /dev/null 2> "$TMP/sample.err"
expect_text "$TMP/sample.err" "2000 sampled shortest paths"
"$S" --quiet centrality --metric betweenness --weighted --layer voluntary > /dev/null 2>&1 || fail "weighted voluntary layer"
"$S" --format csv network --per-org > "$TMP/perorg.csv"
head -1 "$TMP/perorg.csv" | grep -qx 'org,name,core,weak_component,strong_component,articulation_point' || fail "network --per-org header"
"$S" --format csv silos --view level > "$TMP/share.csv"
head -1 "$TMP/share.csv" | grep -qx 'level,organisations,silos,share' || fail "silos --view level header"

# --- Bad usage: exit 2 with a message naming what is allowed ------------------------------
expect_exit 2 "allowed: in_degree" "$S" centrality --metric fame
expect_exit 2 "unknown layer term" "$S" network --layer sideways
expect_exit 2 "allowed: territory, level, kind, language" "$S" brokers --by colour
expect_exit 2 "cannot sort by 'fame'" "$S" centrality --sort fame
expect_exit 2 "--resolution" "$S" communities --resolution -1
expect_exit 2 "allowed: silos, territory, level" "$S" silos --view everything
expect_exit 2 "--sample" "$S" centrality --sample 0
expect_exit 1 "" "$S" --db "$TMP/missing.db" centrality

# --- A hostile map: every output escaped ---------------------------------------------------
export STAKEMAP_DB="$TMP/hostile.db"
"$S" import "$FIX/hostile" > /dev/null 2>&1 || fail "hostile import"
"$S" --format csv centrality --metric betweenness > "$TMP/h.csv"
# networkx: beta lies inside 8 of the 5*4 ordered pairs' paths, gamma 3, delta 2 (the
# self-loop is left out, the two epsilon->beta flows merge); 3 * (1/20) prints as networkx's.
expect_line "$TMP/h.csv" "beta,\"<script>alert(1)</script> & \"\"quoted\"\" \\back\\slash\",0.4"
expect_line "$TMP/h.csv" "gamma,'+cmd|' /C calc'!A0,0.15000000000000002"
expect_line "$TMP/h.csv" "delta,'@SUM(1+1) Ünïcødé 🙂 עברית,0.1"
expect_line "$TMP/h.csv" "alpha,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",0"
expect_line "$TMP/h.csv" "zeta,'-2+3,0"
for cmd in centrality brokers silos "communities --view orgs" "network --per-org"; do
  "$S" --format csv $cmd > "$TMP/h2.csv" || fail "hostile $cmd csv"
  grep -qE '^[a-z]+,[=+@-]' "$TMP/h2.csv" && fail "hostile $cmd csv has an unguarded formula"
  "$S" --format json $cmd > "$TMP/h.json" || fail "hostile $cmd json"
  expect_text "$TMP/h.json" 'line\nbreak, comma'
  [ "$cmd" = silos ] || expect_text "$TMP/h.json" '\"quoted\" \\back\\slash'
  "$S" $cmd > "$TMP/h.txt" || fail "hostile $cmd table"
done
"$S" --format csv silos > "$TMP/hs.csv"
expect_line "$TMP/hs.csv" "zeta,'-2+3,local,,isolated in this layer: no flow in or out"
"$S" --format csv network > "$TMP/hn.csv"
expect_line "$TMP/hn.csv" "self_loops,1"
expect_line "$TMP/hn.csv" "flows,7"
expect_line "$TMP/hn.csv" "linked_pairs,6"

# --- An empty map --------------------------------------------------------------------------
export STAKEMAP_DB="$TMP/empty.db"
"$S" init > /dev/null 2>&1 || fail "init"
for cmd in centrality network communities brokers silos; do
  "$S" --format csv "$cmd" > /dev/null 2> "$TMP/e.err" || fail "$cmd on an empty map: $(cat "$TMP/e.err")"
done

[ "$failures" = 0 ] || { echo "$failures failure(s)" >&2; exit 1; }
echo "analytics CLI: all checks passed"
