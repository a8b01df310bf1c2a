#!/usr/bin/env bash
# export csv from the command line: export -> import -> export gives identical files; contacts
# only with --privacy internal; formulas guarded.
source "$(dirname "$0")/lib.bash" "$@"
DS=$FIX/foundation

run import "$DS/good" --replace --db a.db
run export csv out1 --db a.db
expect_rc 0
contains "$err" "exported 3 organisations and 3 flows to out1"
lacks "$(cat out1/organisations.csv)" "a.person@example.org"
run export csv -o full --db a.db --privacy internal
contains "$(cat full/organisations.csv)" "a.person@example.org"
run import full --db b.db
run export csv out2 --db b.db
for f in territories organisations flows needs; do
  cmp -s "out1/$f.csv" "out2/$f.csv" || fail "export of the re-imported map differs: $f.csv"
done
contains "$(cat out1/organisations.csv)" "\"'=HYPERLINK("
[ ! -e out1/provenance.csv ] || fail "a map of real records exported a provenance.csv"

# A synthetic map's folder says so, and imports as synthetic again.
run import "$DATA" --db s.db
run export csv -o synth --db s.db
expect_rc 0
same "$(tr -d "\r" <synth/provenance.csv)" "provenance
synthetic"
contains "$(cat synth/manifest.csv)" "provenance.csv,1"
run import synth --db t.db
expect_rc 0
same "$("$BIN" --db t.db export json -o - 2>/dev/null | python3 -c "import json,sys; print(json.load(sys.stdin)['synthetic'])")" "True"
echo "export_csv: ok"
