#!/usr/bin/env bash
# usage: bench/report/run.sh BASE_BINARY AFTER_BINARY [WORK_DIR] [RUNS]
# Times `demo` and `report` (bundled map, and a generated map of 2,000 organisations) for two
# stakemap binaries, interleaved, and prints the median wall and CPU (user + system) seconds.
set -euo pipefail
base=$(readlink -f "$1"); after=$(readlink -f "$2"); work=${3:-/tmp/stakemap-bench-report}; runs=${4:-5}
here=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$work"; cd "$work"
if [ ! -f big.db ]; then
  python3 "$here/bench/generate/generate_map.py" --orgs 2000 --flows 4000 --municipalities 50 --seed 1 --out big >/dev/null
  "$after" --db big.db import big >/dev/null
fi
"$after" demo --out bundled >/dev/null
: > times.txt
for _ in $(seq "$runs"); do
  for v in base after; do
    b=$base; [ "$v" = after ] && b=$after
    rm -rf "demo-$v"
    /usr/bin/time -f "demo $v %e %U %S" -a -o times.txt "$b" demo --out "demo-$v" >/dev/null
    /usr/bin/time -f "report $v %e %U %S" -a -o times.txt "$b" --db bundled/stakemap.db report -o "r-$v.html" 2>/dev/null
    /usr/bin/time -f "report-2000 $v %e %U %S" -a -o times.txt "$b" --db big.db report -o "big-$v.html" 2>/dev/null
  done
done
python3 - times.txt <<'PY'
import sys, statistics
rows = {}
for line in open(sys.argv[1]):
    what, v, wall, user, system = line.split()
    rows.setdefault((what, v), []).append((float(wall), float(user) + float(system)))
print(f"{'command':<12} {'binary':<6} {'wall':>6} {'cpu':>6}")
for (what, v), t in rows.items():
    print(f"{what:<12} {v:<6} {statistics.median(w for w, _ in t):6.2f} {statistics.median(c for _, c in t):6.2f}")
PY
