#!/usr/bin/env bash
# Tables fit the terminal: on a terminal of 90 columns every line of `silos` fits, its prose
# (names, reasons) is cut with "…", its ids stay whole; `--wide` prints everything; a pipe,
# CSV and JSON are never cut.
source "$(dirname "$0")/lib.bash" "$@"
command -v script >/dev/null || skip "script (util-linux) is needed to give stakemap a terminal"
use_map m "$DATA"
on_terminal() { script -qec "stty cols 90 rows 50 2>/dev/null; $*" /dev/null | tr -d '\r'; }
widest() { python3 -c "import sys; print(max(len(l) for l in sys.stdin.read().split('\n')))"; }

fitted=$(on_terminal "'$BIN' --db '$STAKEMAP_DB' silos")
[ "$(widest <<<"$fitted")" -le 90 ] || fail "a line is wider than the terminal: $(widest <<<"$fitted")"
contains "$fitted" "…"
contains "$fitted" "fed-protection-commissioner"
wide=$(on_terminal "'$BIN' --db '$STAKEMAP_DB' --wide silos")
[ "$(widest <<<"$wide")" -gt 90 ] || fail "--wide still cut the table"
contains "$wide" "Federal office deciding on international protection"
run silos
lacks "$out" "…"
contains "$out" "Federal office deciding on international protection"
csv=$(on_terminal "'$BIN' --db '$STAKEMAP_DB' silos --format csv")
lacks "$csv" "…"
