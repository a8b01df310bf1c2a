#!/usr/bin/env bash
# The report on a terminal says which stage runs (issue 19: progress on every command that can
# take more than a second): "report: analysis k/n: STAGE", then "report: section k/n: STAGE";
# with --quiet or without a terminal, nothing of it. The maps are drawn on a second thread while
# the other analyses run and the other sections are written, so the maps' section is written
# (and named) last.
source "$(dirname "$0")/lib.bash" "$@"
command -v script >/dev/null || skip "script (util-linux) is needed to give stakemap a terminal"
use_map m "$DATA"
# script gives stakemap a terminal and prints what it wrote there (stdout and stderr).
tty_err=$(script -qc "'$BIN' --db '$STAKEMAP_DB' report -o '$TMP/r.html'" /dev/null)
for stage in "report: analysis 1/10: network" "report: analysis 2/10: centrality" "report: analysis 9/10: key players" \
  "report: section 1/11: key findings" "report: section 2/11: centrality" "report: section 10/11: methods" \
  "report: section 11/11: maps"; do
  contains "$tty_err" "$stage"
done
[ -s r.html ] || fail "the report under a terminal was not written"
lacks "$(script -qc "'$BIN' --quiet --db '$STAKEMAP_DB' report -o '$TMP/q.html'" /dev/null)" "report: analysis"
run report -o p.html
expect_rc 0
lacks "$err" "report: analysis"
cmp -s r.html p.html || fail "the report under a terminal differs from the one without"
# Pinned to one core (the drawing thread and the other take turns in another order): the same report.
if command -v taskset >/dev/null && taskset -c 0 true 2>/dev/null; then
  taskset -c 0 "$BIN" --db "$STAKEMAP_DB" report -o one.html 2>/dev/null || fail "report on one core failed"
  cmp -s one.html p.html || fail "the report on one core differs from the one on two"
fi
echo "report progress: ok"
