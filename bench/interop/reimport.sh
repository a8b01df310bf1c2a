#!/usr/bin/env bash
# Re-imports of stakemap's own exports at scale (issue 18): a generated map is imported from its
# CSV dataset, exported as GraphML, GEXF, Kumu JSON and CSV, and each export is imported into a new
# map. Per import: wall time, CPU time and peak RSS (bench/hardening/measure.py), the size of the
# file read, and whether the new map's `export json` equals the original's (md5 of the file).
# GEXF and Kumu carry no territories or needs: their map gets the dataset's territories.csv
# before (not timed) and its needs.csv after (not timed), so that the whole map can be compared.
# Usage: bench/interop/reimport.sh BUILD_DIR WORK_DIR [ORGS [FLOWS [RUNS]]]
#        (default 100000 organisations, 1000000 flows, 1 run of each import)
# Results and conditions: docs/benchmarks.md, "Re-imports at 1 000 000 flows".
set -euo pipefail
bin=$(realpath "$1")/bin/stakemap
work=$2 orgs=${3:-100000} flows=${4:-1000000} runs=${5:-1}
src=$(cd "$(dirname "$0")/../.." && pwd)
measure="$src/bench/hardening/measure.py"
mkdir -p "$work"
data=$work/data-$orgs-$flows
[ -d "$data" ] || /usr/bin/python3 "$src/bench/generate/generate_map.py" --orgs "$orgs" --flows "$flows" \
  --municipalities 600 --out "$data" > /dev/null
size() { du -smL "$1" | cut -f1; }
fresh() { rm -rf "$1" "$1-wal" "$1-shm"; }
echo "map: $orgs organisations, $flows flows; $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| import | wall s | CPU s | peak RSS MiB | file MiB | export json |"
echo "|---|---:|---:|---:|---:|---|"
for _ in $(seq "$runs"); do
  fresh "$work/csv.db"
  row=$("$measure" "csv (the generated dataset)" "$bin" --db "$work/csv.db" --quiet import "$data")
  echo "$row $(size "$data") | the reference |"
done
"$bin" --db "$work/csv.db" --quiet export json -o "$work/reference.json" --privacy internal
reference=$(md5sum < "$work/reference.json")
for format in graphml gexf kumu-json csv; do
  out=$work/out.$format
  fresh "$out"
  "$bin" --db "$work/csv.db" --quiet export "$format" -o "$out" --privacy internal
  case $format in
    graphml) kind=(--kind graphml) ;;
    gexf) kind=(--kind gexf) ;;
    kumu-json) kind=(--kind kumu) ;;
    csv) kind=() ;;
  esac
  for _ in $(seq "$runs"); do
    db=$work/re.db
    fresh "$db"
    case $format in gexf | kumu-json) "$bin" --db "$db" --quiet import "$data/territories.csv" > /dev/null ;; esac
    row=$("$measure" "$format" "$bin" --db "$db" --quiet import "$out" "${kind[@]}")
    case $format in gexf | kumu-json) "$bin" --db "$db" --quiet import "$data/needs.csv" > /dev/null ;; esac
    "$bin" --db "$db" --quiet export json -o "$work/re.json" --privacy internal
    same=DIFFERENT
    [ "$(md5sum < "$work/re.json")" != "$reference" ] || same=equal
    echo "$row $(size "$out") | $same |"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
