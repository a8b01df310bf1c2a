#!/usr/bin/env bash
# Map profiles (docs/profiles.md): init --profile, a dataset's profile.csv and taxonomy.csv, the
# codes a profile accepts, and the country wording that comes from the profile.
source "$(dirname "$0")/lib.bash" "$@"

# 1. init --profile generic: the map accepts the generic codes and refuses the Belgian ones.
export STAKEMAP_DB=$TMP/generic.db
run init --profile generic
expect_rc 0
contains "$out" "profile generic"
mkdir bad good
printf 'id,name,kind,level,publics\na,A ministry,federal-service,federal,belgian-nationals\n' > bad/organisations.csv
expect_exit 1 "unknown kind code 'federal-service'" import bad
contains "$err" "unknown level code 'federal'"
contains "$err" "unknown public code 'belgian-nationals'"
printf 'id,kind,name,part_of\nX,country,Xland,\nX-N,region,North,X\n' > good/territories.csv
printf 'id,name,kind,level,territories,domains,publics\n' > good/organisations.csv
printf 'min,A ministry,ministry,national,X,labour,host-nationals\n' >> good/organisations.csv
printf 'north,North office,regional-administration,regional,X-N,social,refugees\n' >> good/organisations.csv
run import good
expect_rc 0
run list orgs --level national
expect_rc 0
contains "$out" "min"
run list orgs --level federal
expect_rc 2
contains "$err" "allowed: local, regional, national, international"
# The profile is chosen on an empty map only.
expect_exit 1 "holds records written with profile 'generic'" init --profile belgium
expect_exit 2 "unknown --profile 'atlantis'" init --profile atlantis
# The coverage legend names the national level, not a federal one.
run gaps coverage
expect_rc 0
contains "$out" "F only from the national level"
lacks "$out" "federal"
run --lang fr gaps coverage
contains "$out" "F seulement depuis le niveau national"

# 2. The default profile is the Belgian one, unchanged.
use_map belgian
run init
expect_rc 0
lacks "$out" "profile"
expect_exit 1 "unknown level code 'national'" import good
run import bad
expect_rc 0

# 3. A dataset's taxonomy.csv adds and relabels codes, in any language; the map keeps them.
use_map own
mkdir own
cp good/territories.csv own/
printf 'profile\ngeneric\n' > own/profile.csv
printf 'facet,code,label_en,label_ro\nkind,cooperative,Cooperative,Cooperativă\n' > own/taxonomy.csv
printf 'public,host-nationals,Xlandish nationals,Cetățeni xlandezi\n' >> own/taxonomy.csv
printf 'id,name,kind,level,territories,publics\ncoop,A co-op,cooperative,local,X-N,host-nationals\n' \
  > own/organisations.csv
run import own
expect_rc 0
same "$(sqlite3 "$STAKEMAP_DB" "SELECT value FROM meta WHERE key = 'profile'")" "generic"
same "$(sqlite3 "$STAKEMAP_DB" "SELECT label_en FROM taxonomy WHERE facet = 'kind' AND code = 'cooperative'")" \
  "Cooperative"
run show coop
contains "$out" "Xlandish nationals"
# A second import (no taxonomy.csv) keeps the codes: they are the map's now.
rm own/taxonomy.csv own/profile.csv
run import own
expect_rc 0
run export csv -o back
expect_rc 0
has_line back/profile.csv "generic"
grep -q "^kind,cooperative,Cooperative,Cooperativă" back/taxonomy.csv || fail "export lacks the map's own codes"
# The exported folder starts a new map with the same vocabulary.
run --db again.db import back
expect_rc 0
same "$(sqlite3 again.db "SELECT value FROM meta WHERE key = 'profile'")" "generic"
run --db again.db show coop
contains "$out" "Xlandish nationals"
# The fixed codes keep their meaning: a new flow status or level is refused, and nothing is written.
before=$(dump "$STAKEMAP_DB")
printf 'facet,code,label_en\nflow_status,paused,Paused\n' > own/taxonomy.csv
expect_exit 1 "code 'paused' cannot be added to facet 'flow_status'" import own
contains "$err" "own/taxonomy.csv:2"
printf 'facet,code,label_en\nlevel,county,County\n' > own/taxonomy.csv
expect_exit 1 "cannot be added to facet 'level'" import own
same "$(dump "$STAKEMAP_DB")" "$before"

# 4. A folder written for another profile goes into an empty map only.
printf 'profile\nbelgium\n' > own/profile.csv
rm own/taxonomy.csv
expect_exit 1 "profile 'belgium' differs from the map's profile 'generic'" import own
printf 'profile\natlantis\n' > own/profile.csv
expect_exit 1 "unknown profile 'atlantis'" import own

# 5. The report's wording follows the profile: the Brussels sentence is Belgian only.
use_map be "$DATA"
run report -o be.html
expect_rc 0
grep -q "Brussels is under both" be.html || fail "the Belgian report lacks its Brussels sentence"
grep -q "covered only from the federal level" be.html || fail "the Belgian report lacks 'the federal level'"
