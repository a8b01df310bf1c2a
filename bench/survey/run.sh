#!/usr/bin/env bash
# Times `import --kind survey` and `survey summary` on N generated responses (default 1000 10000).
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
  t0=$(date +%s.%N)
  "$BIN" --db "$db" --quiet import "$dir/responses.csv" --kind survey > "$dir/report.txt" 2>&1
  t1=$(date +%s.%N)
  "$BIN" --db "$db" --format csv survey summary > "$dir/summary.csv"
  t2=$(date +%s.%N)
  "$BIN" --db "$db" survey summary > /dev/null
  t3=$(date +%s.%N)
  answers=$(sqlite3 "$db" "SELECT count(*) FROM survey_answer")
  flows=$(sqlite3 "$db" "SELECT count(*) FROM flow")
  unmatched=$(grep -c "Unknown body" "$dir/report.txt" || true)
  printf "%6d respondents  %7d answers  %6d flows  %5d unmatched  import %6.2f s  summary csv %5.2f s  table %5.2f s\n" \
    "$n" "$answers" "$flows" "$unmatched" "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)" "$(echo "$t3 - $t2" | bc)"
  rm -rf "$dir"
done
