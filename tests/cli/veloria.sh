#!/usr/bin/env bash
# The second bundled dataset (datasets/veloria, a fictional unitary country on the generic
# profile): it imports, analyses, renders and reports, and no output speaks Belgian.
source "$(dirname "$0")/lib.bash" "$@"
VEL=$SRC/datasets/veloria
# Words and codes that only the Belgian map may show.
BELGIAN='federal|brussel|bruxelles|belgi|belge|flemish|flanders|vlaams|walloon|wallonia|wallonie|fédéral|federaal'

# The folder is fictional and says so; the README and the provenance agree.
grep -q "fictional" "$VEL/README.md" || fail "the README does not say the dataset is fictional"
has_line "$VEL/provenance.csv" "synthetic"
has_line "$VEL/profile.csv" "generic"

use_map veloria "$VEL"
same "$(sqlite3 "$STAKEMAP_DB" "SELECT value FROM meta WHERE key = 'profile'")" "generic"
[ "$(count organisation)" -ge 30 ] && [ "$(count organisation)" -le 60 ] || fail "30 to 60 organisations"

# Every analysis, each output checked for Belgian words.
belgian_free() {
  local what=$1 text=$2
  local hit
  hit=$(grep -ioE "$BELGIAN" <<<"$text" | head -3)
  [ -z "$hit" ] || fail "$what speaks Belgian: $hit"
}
for args in "summary" "silos" "gaps coverage" "gaps needs" "gaps flows" "obstacles" "brokers" "centrality" \
  "communities" "keyplayers" "list orgs" "list territories" "list flows" "show nat-reception" "check"; do
  for lang in en fr nl de pt; do
    # shellcheck disable=SC2086
    run --lang $lang $args
    expect_rc 0
    belgian_free "$args ($lang)" "$out"
  done
done
run gaps coverage
contains "$out" "F only from the national level"
run --lang fr show loc-tes-social
lacks "$out" "Cidadãos velorianos"  # French falls back to English, not Portuguese
run --lang pt show loc-tes-social
contains "$out" "Cidadãos velorianos"  # the dataset's own label_pt
run --lang pt list orgs
contains "$out" "Ministério do Trabalho e da Proteção Social da Velória"  # its name_pt column
run --lang es list territories
contains "$out" "Región de Brisca"  # a territory's name_es column
contains "$out" "Tessaro"           # none: its name
run show loc-tes-social
contains "$out" "Velorian nationals"
contains "$out" "Winter support"
run show reg-bri-volunteers
contains "$out" "Faith-based aid network"

# Maps and the report.
for view in map gaps obstacles; do
  run render --view $view -o $view.svg
  expect_rc 0
  belgian_free "render $view" "$(cat $view.svg)"
done
run render --shape kind -o kinds.dot
expect_rc 0
grep -q "octagon" kinds.dot || fail "the dataset's own kind has not the shape its taxonomy.csv gives"
for lang in en fr nl de pt; do
  run --lang $lang report -o report-$lang.html
  expect_rc 0
  belgian_free "report ($lang)" "$(cat report-$lang.html)"
done
grep -q "covered only from the national level" report-en.html || fail "the report lacks 'the national level'"
grep -q '<html lang="pt">' report-pt.html || fail "the Portuguese report does not say its language"
grep -q "Synthetic data" report-en.html || fail "the report lacks the synthetic notice"
run explore -o explore.html
expect_rc 0
belgian_free "explore" "$(cat explore.html)"

# stakemap demo --dataset veloria builds it; the default stays Belgian.
run demo --dataset veloria --out demo-vel
expect_rc 0
contains "$out" "bundled dataset veloria"
belgian_free "demo" "$out"
belgian_free "demo report" "$(cat demo-vel/report.html)"
[ -f demo-vel/veloria/taxonomy.csv ] || fail "demo did not write the dataset's taxonomy.csv"
expect_exit 2 "unknown --dataset 'atlantis' (allowed: belgium-2022, veloria)" demo --dataset atlantis --out x
