#!/usr/bin/env bash
# Two builds of stakemap, timed interleaved (A B A B …) on the same synthetic map: import,
# analytics, gaps and render, as whole commands. Prints median user+sys CPU seconds (steady on
# a loaded machine) and median wall seconds per build, and the ratio B/A of the CPU medians.
#   bench/compare/run.sh OLD_BIN NEW_BIN [ORGS] [FLOWS] [ROUNDS]
# ONLY=REGEX keeps the commands whose label matches (e.g. ONLY=import).
# Each build imports into its own map file (a newer schema may not open in an older build).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
A=$(realpath "$1"); B=$(realpath "$2")
ORGS=${3:-2000}; FLOWS=${4:-50000}; ROUNDS=${5:-5}
WORK=${WORK:-${TMPDIR:-/tmp}/stakemap-bench-compare}
DATA=$WORK/data-$ORGS-$FLOWS
mkdir -p "$WORK"
[ -f "$DATA/flows.csv" ] || /usr/bin/python3 "$ROOT/bench/generate/generate_map.py" --orgs "$ORGS" \
  --flows "$FLOWS" --municipalities 300 --seed 1 --out "$DATA" > /dev/null
# the commands: label|arguments (run with --db of the build's own map, --quiet)
COMMANDS=(
  "import (new map)|import $DATA"
  "centrality|centrality --metric degree,betweenness,pagerank,eigenvector"
  "network|network"
  "communities|communities"
  "silos|silos"
  "gaps coverage --facet service|gaps coverage --facet service"
  "gaps needs|gaps needs"
  "gaps flows recommended|gaps flows recommended"
  "render (dot, sfdp layout)|render --layout sfdp --to dot -o $WORK/out.dot"
)
if [ -n "${ONLY:-}" ]; then
  kept=(); for c in "${COMMANDS[@]}"; do [[ ${c%%|*} =~ $ONLY ]] && kept+=("$c"); done; COMMANDS=("${kept[@]}")
fi
declare -A cpu wall
one() {  # one BUILD LABEL ARGS: appends "cpu wall" of one run
  local bin=$1 label=$2 tag=$3 db=$WORK/map-$3.db; shift 3
  [[ $label == import* ]] && rm -f "$db" "$db"-wal "$db"-shm
  local t
  t=$( { /usr/bin/time -f "%e %U %S" "$bin" --db "$db" --quiet "$@" < /dev/null > /dev/null; } 2>&1 | tail -1)
  cpu[$label,$tag]+="$(echo "$t" | awk '{print $2 + $3}') "
  wall[$label,$tag]+="$(echo "$t" | cut -d' ' -f1) "
}
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "map: $ORGS organisations, $FLOWS flows; $ROUNDS rounds, interleaved; $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$ROUNDS"); do
  for c in "${COMMANDS[@]}"; do
    label=${c%%|*}; read -ra args <<< "${c#*|}"
    one "$A" "$label" a "${args[@]}"
    one "$B" "$label" b "${args[@]}"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| command | CPU s before | CPU s after | after/before | wall s before | wall s after |"
echo "|---|---:|---:|---:|---:|---:|"
for c in "${COMMANDS[@]}"; do
  label=${c%%|*}
  ca=$(echo "${cpu[$label,a]}" | median); cb=$(echo "${cpu[$label,b]}" | median)
  wa=$(echo "${wall[$label,a]}" | median); wb=$(echo "${wall[$label,b]}" | median)
  ratio=$(awk -v a="$ca" -v b="$cb" 'BEGIN {printf "%.2f", (a > 0 ? b / a : 0)}')
  echo "| \`$label\` | $ca | $cb | $ratio | $wa | $wb |"
done
