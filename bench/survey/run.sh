#!/usr/bin/env bash
# Times `import --kind survey` and `survey summary` on N generated responses (default 1000 10000):
# wall time, and CPU time (user + system) since the machine may be shared.
# Usage: bench/survey/run.sh [BINARY] [N...]
set -euo pipefail
BIN="${1:-build/bin/stakemap}"
shift || true
SIZES=("${@:-1000 10000}")
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="$HERE/../../datasets/belgium-2022"
for n in ${SIZES[@]}; do
  dir="$(mktemp -d)"
  /usr/bin/python3 "$HERE/generate_responses.py" "$n" "$dir" > /dev/null
  db="$dir/map.db"
  "$BIN" --db "$db" --quiet import "$DATA/territories.csv" > /dev/null
  "$BIN" --db "$db" --quiet import "$dir/organisations.csv" > /dev/null
  TIMEFORMAT='%R %U %S'
  ti=$( { time "$BIN" --db "$db" --quiet import "$dir/responses.csv" --kind survey > "$dir/report.txt" 2>&1; } 2>&1 )
  ts=$( { time "$BIN" --db "$db" --format csv survey summary > "$dir/summary.csv"; } 2>&1 )
  tt=$( { time "$BIN" --db "$db" survey summary > /dev/null; } 2>&1 )
  answers=$(sqlite3 "$db" "SELECT count(*) FROM survey_answer")
  flows=$(sqlite3 "$db" "SELECT count(*) FROM flow")
  unmatched=$(grep -c "Unknown body" "$dir/report.txt" || true)
  cpu() { awk '{printf "%.2f s (cpu %.2f s)", $1, $2 + $3}' <<<"$1"; }
  printf "%6d respondents  %7d answers  %6d flows  %5d unmatched  import %s  summary csv %s  table %s\n" \
    "$n" "$answers" "$flows" "$unmatched" "$(cpu "$ti")" "$(cpu "$ts")" "$(cpu "$tt")"
  rm -rf "$dir"
done
