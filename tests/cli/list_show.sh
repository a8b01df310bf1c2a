#!/usr/bin/env bash
# list and show from the command line: three formats, filters, the formula guard in CSV, JSON
# escaping, contacts only with --personal, unknown ids with exit 1.
source "$(dirname "$0")/lib.bash" "$@"
DS=$FIX/foundation
run import "$DS/good" --quiet
expect_rc 0

# list orgs in three formats; the formula guard in CSV; JSON escaping.
run list orgs --format csv
expect_rc 0
same "$(head -1 <<<"$out")" "id,name,kind,level,territories,domains,support_role,willing_to_share,flows_out,flows_in"
contains "$out" "ngo-bru,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"NGO \"\"Brussels\"\" <b>help</b>\"\")\",ngo,local,BE-BRU,legal|medical,first-line,no,1,1"
contains "$out" "cpas-liege,\"Public social welfare centre, city in Liège province\",local-authority,local,BE-WLG,social|labour,first-line,yes,1,1"
run list orgs --format json
expect_rc 0
contains "$out" "{\"id\": \"ngo-bru\", \"name\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"NGO \\\"Brussels\\\" <b>help</b>\\\")\""
contains "$out" "\"flows_out\": 1, \"flows_in\": 1}"
run list orgs
expect_rc 0
contains "$out" "id             name"
run list orgs --territory BE-WAL --format csv
same "$(cut -d, -f1 <<<"$out" | tr '\n' ' ')" "id fed-reception cpas-liege "
run list orgs --domain legal --format csv
same "$(cut -d, -f1 <<<"$out" | tr '\n' ' ')" "id ngo-bru "
run list orgs --territory Mars
expect_rc 1
same "$err" "stakemap: unknown territory 'Mars' (see \`stakemap list territories\`)"
run list territories --lang nl --format csv
expect_rc 0
contains "$out" "BE-WAL,region,Wallonië,BE,1,0"
contains "$out" "BE,country,België,,2,1"
run list flows --format csv --layer blocked
expect_rc 0
same "$out" "id,from,to,status,basis,regularity,population,obstacles,confirmation
3,fed-reception,ngo-bru,blocked,on-request,,all,gdpr,"

# show: table, CSV profile, JSON object; contacts only with --personal.
run show cpas-liege
expect_rc 0
contains "$out" "Flows out (data this organisation sends): 1 (1 active)"
contains "$out" "fed-reception  Federal reception agency  active  mandatory  regular     both"
lacks "$out" "contact"
run show fed-reception --format json
expect_rc 0
contains "$out" "\"id\": \"fed-reception\""
contains "$out" "\"domains\": [\"social\", \"material\"]"
contains "$out" "\"attributes\": {\"website\": \"https://reception.example\"}"
contains "$out" "\"flows_in\": [
    {\"from\": \"cpas-liege\", \"name\": \"Public social welfare centre, city in Liège province\", \"status\": \"active\""
lacks "$out" "a.person@example.org"
run show fed-reception --format json --personal
contains "$out" "\"contact_name\": \"A. Person\",
  \"contact_email\": \"a.person@example.org\""
run show fed-reception --format csv
contains "$out" "domains,social|material"
run show nobody
expect_rc 1
same "$err" "stakemap: unknown organisation 'nobody' (see \`stakemap list orgs\`)"
echo "list_show: ok"
