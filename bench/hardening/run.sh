#!/usr/bin/env bash
# Peak memory of `stakemap import` on a 1 GB dataset: flows.csv of ~1 KB rows streamed
# through the CSV reader and the validated import (dry run: everything but the commit).
# Usage: bench/hardening/run.sh BUILD_DIR WORK_DIR [MEGABYTES]   (default 1024)
set -euo pipefail
bin=$(realpath "$1")/bin/stakemap
work=$2
mb=${3:-1024}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$work/data"
rm -f "$work"/map.db*
echo "id,name" >"$work/data/organisations.csv"
for ((i = 0; i < 2000; i++)); do echo "o$i,Organisation $i"; done >>"$work/data/organisations.csv"
# Rows of ~1 KB (a long quoted note); flow keys distinct up to ~4 million rows.
awk -v bytes=$((mb * 1024 * 1024)) 'BEGIN {
  note = sprintf("%900s", ""); gsub(/ /, "x", note)
  print "from,to,note"; total = 0
  for (n = 0; total < bytes; n++) { a = n % 2000; b = (a + 1 + int(n / 2000)) % 2000
    line = sprintf("o%d,o%d,\"%s \"\"quoted\"\" note %d\"", a, b, note, n); print line; total += length(line) + 1 }
}' >"$work/data/flows.csv"
ls -l "$work/data/flows.csv" | awk '{printf "flows.csv: %.0f MiB, ", $5 / 1048576}'
echo "$(($(wc -l <"$work/data/flows.csv") - 1)) rows"
echo "| run | wall s | CPU s | peak RSS MiB |"
echo "|---|---:|---:|---:|"
"$here/measure.py" "import --dry-run, ${mb} MiB flows.csv" "$bin" --db "$work/map.db" --quiet import "$work/data" --dry-run
"$here/measure.py" "check (validation only), ${mb} MiB" "$bin" --quiet check "$work/data"
"$here/measure.py" "import, ${mb} MiB (committed)" "$bin" --db "$work/map.db" --quiet import "$work/data"
ls -l "$work/map.db" | awk '{printf "map.db after the import: %.0f MiB\n", $5 / 1048576}'
