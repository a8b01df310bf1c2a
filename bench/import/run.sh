#!/usr/bin/env bash
# Benchmark of `stakemap import` against the same rows loaded by sqlite3's .import into tables
# with the same keys, indexes and foreign keys (reference.sql). Prints a Markdown table.
#
#   bench/import/run.sh                         # 10k organisations + 1M flows
#   ORGS=1000 FLOWS=50000 bench/import/run.sh   # smaller
#
# Environment: STAKEMAP (binary, default build/bin/stakemap), ORGS, FLOWS, MUNICIPALITIES, SEED,
# WORK (scratch folder, default /tmp/stakemap-bench-import; the generated data is reused),
# REFERENCE=0 to skip the sqlite3 rows (when comparing two stakemap binaries, interleaved).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=$(realpath "${STAKEMAP:-$ROOT/build/bin/stakemap}")
ORGS=${ORGS:-10000}
FLOWS=${FLOWS:-1000000}
MUNICIPALITIES=${MUNICIPALITIES:-500}
SEED=${SEED:-1}
WORK=${WORK:-${TMPDIR:-/tmp}/stakemap-bench-import}
mkdir -p "$WORK"
DATA="$WORK/data-$ORGS-$FLOWS-$MUNICIPALITIES-$SEED"

if [ ! -f "$DATA/flows.csv" ]; then
  echo "generating $ORGS organisations, $FLOWS flows into $DATA" >&2
  /usr/bin/python3 "$ROOT/bench/generate/generate_map.py" --orgs "$ORGS" --flows "$FLOWS" \
    --municipalities "$MUNICIPALITIES" --seed "$SEED" --out "$DATA"
fi
rows=0
for f in territories organisations flows needs; do rows=$((rows + $(wc -l <"$DATA/$f.csv") - 1)); done

# measure LABEL COMMAND...: runs COMMAND (stdin from $STDIN or /dev/null) under /usr/bin/time.
measure() {
  local label=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" <"${STDIN:-/dev/null}" >"$WORK/out" 2>"$WORK/err" ||
    { cat "$WORK/err" >&2; exit 1; }
  read -r wall user sys kb <"$WORK/time"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v k="$kb" -v r="$rows" \
    'BEGIN { printf "| %s | %.1f | %.1f | %.1f | %.1f | %d | %d |\n", l, w, u, s, u + s, r / w, k / 1024 }'

}

echo "dataset: $DATA ($rows rows; flows.csv $(du -m "$DATA/flows.csv" | cut -f1) MB)"
echo "machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg); $(sqlite3 --version | cut -d' ' -f1) (sqlite3)"
echo
echo "| run | wall s | user s | sys s | CPU s | rows/s (wall) | peak RSS MiB |"
echo "|---|---:|---:|---:|---:|---:|---:|"
rm -f "$WORK"/map.db*
measure "stakemap import (new map)" "$BIN" --db "$WORK/map.db" import "$DATA" --quiet
measure "stakemap import again (every row an update)" "$BIN" --db "$WORK/map.db" import "$DATA" --quiet
[ "${REFERENCE:-1}" = 0 ] && exit 0
cd "$DATA"
rm -f "$WORK"/ref.db*
STDIN="$ROOT/bench/import/reference.sql" measure "sqlite3 .import, default page cache" sqlite3 "$WORK/ref.db"
sed 's/^PRAGMA foreign_keys = ON;/PRAGMA foreign_keys = ON;\nPRAGMA cache_size = -262144;/' \
  "$ROOT/bench/import/reference.sql" >"$WORK/reference-cache.sql"
rm -f "$WORK"/ref.db*
STDIN="$WORK/reference-cache.sql" measure "sqlite3 .import, 256 MiB page cache (as stakemap)" sqlite3 "$WORK/ref.db"
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); map file $(du -m "$WORK/map.db" | cut -f1) MB, reference $(du -m "$WORK/ref.db" | cut -f1) MB"
