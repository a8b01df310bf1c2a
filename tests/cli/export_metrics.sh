#!/usr/bin/env bash
# export --with-metrics: the values attached are exactly those of `stakemap centrality` on the
# same layer; imports skip them with a warning; wrong names are usage errors; a metric may not
# hide a data attribute of the same name.
source "$(dirname "$0")/lib.bash" "$@"

run --db m.db --quiet import "$DATA"
expect_rc 0
for layer in "active" "any --weighted" "voluntary,regular"; do
  # shellcheck disable=SC2086
  run --db m.db export csv -o "out" --with-metrics --metrics degree,betweenness,pagerank,constraint --layer $layer
  expect_rc 0
  contains "$err" "4 metrics on layer"
  # shellcheck disable=SC2086
  expected=$("$BIN" --db m.db centrality --metric degree,betweenness,pagerank,constraint --format csv --layer $layer)
  # metrics.csv ends lines with CRLF, as the dataset files beside it; the table on stdout with LF
  [ "$(tr -d '\r' <out/metrics.csv)" = "$expected" ] || fail "metrics.csv differs from stakemap centrality (layer $layer)"
  rm -rf out
done

run --db m.db export graphml -o m.graphml --with-metrics --metrics betweenness,core --privacy internal
expect_rc 0
contains "$(cat m.graphml)" 'attr.name="betweenness" attr.type="double"'
contains "$(cat m.graphml)" 'attr.name="core" attr.type="double"'
run --db copy.db import m.graphml --kind graphml
expect_rc 0
contains "$err" "fields named like stakemap metrics are not imported (metrics are computed): betweenness, core"
[ "$(snapshot copy.db)" = "$(snapshot m.db)" ] || fail "metrics changed the map on import"

run --db m.db export json -o - --with-metrics --metrics nonsense
expect_rc 2
contains "$err" "unknown metric 'nonsense' (allowed: in_degree, out_degree, degree,"
run --db m.db export json -o - --metrics degree
expect_rc 2
contains "$err" "--metrics goes with --with-metrics"

printf 'id,name,degree\na,A,5\nb,B,7\n' >orgs.csv
run --db d.db --quiet import orgs.csv
expect_rc 0
run --db d.db export gexf -o d.gexf --with-metrics
expect_rc 1
contains "$err" "cannot attach metric 'degree': the map already has an organisation attribute of that name"
[ ! -e d.gexf ] || fail "a failed export left a file"
exit 0
