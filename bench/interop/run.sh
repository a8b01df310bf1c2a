#!/usr/bin/env bash
# Export and import speed and memory of every interchange format on a synthetic map.
# Usage: bench/interop/run.sh BUILD_DIR WORK_DIR ORGS FLOWS
set -euo pipefail
bin=$(realpath "$1")/bin/stakemap
work=$2 orgs=$3 flows=$4
src=$(cd "$(dirname "$0")/../.." && pwd)
measure="$src/bench/hardening/measure.py"
mkdir -p "$work"
rm -rf "${work:?}"/*
/usr/bin/python3 "$src/bench/generate/generate_map.py" --orgs "$orgs" --flows "$flows" --municipalities 600 --out "$work/data" >/dev/null
"$bin" --db "$work/map.db" --quiet import "$work/data" >/dev/null
echo "map: $orgs organisations, $flows flows"
echo "| run | wall s | CPU s | peak RSS MiB | output MiB |"
echo "|---|---:|---:|---:|---:|"
size() { du -sm "$1" | cut -f1; }
for f in graphml gexf kumu-json kumu-csv json dot csv; do
  row=$("$measure" "export $f" "$bin" --db "$work/map.db" --quiet export "$f" -o "$work/out.$f" --privacy internal)
  echo "${row} $(size "$work/out.$f") |"
done
row=$("$measure" "export graphml --with-metrics --metrics degree,pagerank" "$bin" --db "$work/map.db" --quiet export graphml \
  -o "$work/metrics.graphml" --with-metrics --metrics degree,pagerank)
echo "${row} $(size "$work/metrics.graphml") |"
row=$("$measure" "import graphml (empty map)" "$bin" --db "$work/g.db" --quiet import "$work/out.graphml" --kind graphml)
echo "${row} |"
for pair in "gexf out.gexf" "kumu out.kumu-json" "kumu out.kumu-csv"; do
  set -- $pair
  rm -f "$work"/k.db*
  "$bin" --db "$work/k.db" --quiet import "$work/data/territories.csv" >/dev/null
  row=$("$measure" "import $2 (over the territories)" "$bin" --db "$work/k.db" --quiet import "$work/$2" --kind "$1")
  echo "${row} |"
done
