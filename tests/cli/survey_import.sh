#!/usr/bin/env bash
# import --kind survey from the command line: LimeSurvey export with a mapping, unmatched partners
# in the report, invalid answers rejected with their position (exit 1, map unchanged), dry run.
source "$(dirname "$0")/lib.bash" "$@"
SV=$FIX/survey
use_map survey

run import "$SV/map/territories.csv" && expect_rc 0
run import "$SV/map/organisations.csv" && expect_rc 0
run import "$SV/limesurvey.csv" --kind survey --mapping "$SV/limesurvey-mapping.csv" --dry-run
expect_rc 0
contains "$out" "valid (dry run, nothing written): 3 respondents to be-needs-assessment-2022"
same "$(count survey_answer)" "0"

run import "$SV/limesurvey.csv" --kind survey --mapping "$SV/limesurvey-mapping.csv"
expect_rc 0
contains "$out" "imported: 3 respondents to be-needs-assessment-2022 -> 1 new and 2 updated organisations, 1 partner-type placeholders, 4 flows, 61 answers"
contains "$out" "1 partner name matched no organisation (no flow made; add the organisation or an alias, then import again):"
contains "$out" "limesurvey.csv:2:185  1           Q29       all    Centre public d'action sociale de Valmère"
run list flows --format csv
expect_rc 0
contains "$out" "vl-integration,fed-stats,active,mandatory,,both,,"
contains "$out" "abri-solidaire-de-valmont,partner-local-authorities,active,voluntary,sporadic,all,,"
run list orgs --format csv
contains "$out" "partner-local-authorities,Local authorities (partner type),local-authority,local,"

# Invalid answers: every error, with row and column; nothing written.
answers="$(count survey_answer)"
run import "$SV/invalid.csv" --kind survey
expect_rc 1
contains "$err" "invalid.csv:2:49: error: Q9 is answered but was not asked: Q8 = no (skip logic: asked only if Q8=yes)"
contains "$err" "invalid.csv:3:8: error: Q8: 'maybe' is not an option (allowed: yes, no)"
contains "$err" "invalid.csv:3:44: error: Q38 [monitor]: 'crucial' is not a level"
same "$(count survey_answer)" "$answers"
same "$(count organisation)" "6"

# A file named responses.csv is a survey export; the Belgian responses into a map with its territories.
use_map survey
run import "$DATA/territories.csv" && expect_rc 0
run import "$DATA/responses.csv"
expect_rc 0
contains "$out" "imported: 57 respondents to be-needs-assessment-2022 -> 57 new and 0 updated organisations, 0 partner-type placeholders, 119 flows"
contains "$err" "responses.csv: warning: Q19 [all]: 7 of the 56 respondents asked did not answer this required question"

# Usage and input errors
run import "$SV/kobo.csv" --kind survey --questionnaire nowhere
expect_rc 1
contains "$err" "'nowhere' is neither a built-in questionnaire (be-needs-assessment-2022) nor a questionnaire file"
run import "$SV/kobo.csv" --kind surveys
expect_rc 2
contains "$err" "unknown --kind 'surveys' (allowed: territories, orgs, flows, needs, survey, dataset (a workbook), json, graphml, gexf, kumu)"
use_map survey
run import "$SV/kobo.csv" --kind survey
expect_rc 1
contains "$err" "Q4: option 'federal' feeds territory 'BE', which is not in the map (import territories.csv first)"
echo ok
