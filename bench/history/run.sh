#!/usr/bin/env bash
# History at scale (issue 13): import, undo of that whole import, round save + ~1 % of the
# records changed + diff between the two rounds, history --limit 100, and what the change log
# adds to the map file. Generated map of 10 000 organisations and 100 000 flows by default.
# Results: docs/benchmarks.md, "History, undo and diff".
#   bench/history/run.sh [BUILD_DIR] [WORK_DIR]
# HISTORY_ORGS / HISTORY_FLOWS override the size.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$SRC/build}
WORK=${2:-/tmp/stakemap-bench-history}
BIN=$BUILD/bin/stakemap
ORGS=${HISTORY_ORGS:-10000}
FLOWS=${HISTORY_FLOWS:-100000}
export STAKEMAP_AUTHOR=bench
mkdir -p "$WORK"
cd "$WORK"
echo "binary: $BIN ($(git -C "$SRC" rev-parse --short HEAD 2>/dev/null || echo '?')); $(nproc) cores;" \
  "load: $(cut -d' ' -f1-3 /proc/loadavg); $ORGS organisations, $FLOWS flows; one run per step"
if [ ! -f "data/flows.csv" ]; then
  /usr/bin/python3 "$SRC/bench/generate/generate_map.py" --orgs "$ORGS" --flows "$FLOWS" --seed 1 --out data >/dev/null
  /usr/bin/python3 "$SRC/bench/history/change_percent.py" data changed 1
fi
printf "%-34s %9s %9s %10s\n" "step" "wall_s" "cpu_s" "peak_MiB"
timed() {  # timed LABEL DB ARGS...: one timed run, output thrown away
  local label=$1 db=$2
  shift 2
  /usr/bin/time -o time.txt -f "%e %U %S %M" "$BIN" --db "$db" --quiet "$@" >out.txt 2>err.txt ||
    { echo "$label failed: $(head -5 err.txt)" >&2; exit 1; }
  tail -1 time.txt | awk -v l="$label" '{printf "%-34s %9.2f %9.2f %10.0f\n", l, $1, $2 + $3, $4 / 1024}'
}
rm -f map.db* undo.db* fresh.db* bare.db*
timed "import (new map)" map.db import data
"$BIN" --db map.db export json -o before.json --privacy internal --quiet
cp map.db undo.db
timed "undo (the whole import)" undo.db undo
timed "undo again (redo)" undo.db undo
"$BIN" --db undo.db export json -o redone.json --privacy internal --quiet
cmp -s before.json redone.json && echo "(undo twice gives the same export json)" || echo "(export json DIFFERS after undo twice)"
timed "round save" map.db round save r1
timed "import ~1 % changed" map.db import changed
timed "round save" map.db round save r2
for i in 1 2 3; do timed "diff r1 r2 (run $i)" map.db diff r1 r2; done
echo "($("$BIN" --db map.db diff r1 r2 --format csv 2>/dev/null | tail -n +2 | wc -l) diff rows)"
timed "diff r1 r2 --view analysis" map.db diff r1 r2 --view analysis
for i in 1 2 3; do timed "history --limit 100 (run $i)" map.db history --limit 100; done
timed "history --limit 100 --since r1" map.db history --limit 100 --since r1
timed "history --org (most flows)" map.db history --limit 100 --org org-00001

# Size: the map as written, the same map vacuumed, and without its change log (rows deleted,
# vacuumed); a fresh import of the map's own export for comparison (one batch of history).
sqlite3 map.db "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
size() { stat -c %s "$1" | awk '{printf "%.1f MB", $1 / 1e6}'; }
echo "map file after import + 1 % change: $(size map.db)"
cp map.db bare.db
sqlite3 bare.db "VACUUM;"
echo "  vacuumed: $(size bare.db)"
sqlite3 bare.db "SELECT 'change_log rows: ' || count(*) || ', text in before/after: ' || printf('%.1f MB', (sum(length(before)) + sum(length(after))) / 1e6) FROM change_log;"
sqlite3 bare.db "DELETE FROM change_log; VACUUM;"
echo "  without the change log (deleted, vacuumed): $(size bare.db)"
rm -rf now-csv
"$BIN" --db map.db export csv -o now-csv --privacy internal --quiet
"$BIN" --db fresh.db --quiet import now-csv >/dev/null
sqlite3 fresh.db "PRAGMA wal_checkpoint(TRUNCATE); VACUUM;" >/dev/null
echo "  fresh import of its export csv (one batch), vacuumed: $(size fresh.db)"
