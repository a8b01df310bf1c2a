#!/usr/bin/env bash
# survey summary / texts on the calibrated Belgian responses: bases printed, records per option,
# Likert rows x levels, answer columns, and hostile texts escaped in every format.
source "$(dirname "$0")/lib.bash" "$@"
SV=$FIX/survey
use_map survey

run init && expect_rc 0
run survey summary
expect_rc 1
contains "$err" "no survey answers in this map (import them with \`stakemap import FILE --kind survey\`)"

run import "$DATA/territories.csv" && expect_rc 0
run import "$DATA/responses.csv" --quiet && expect_rc 0

run survey summary Q40 --format csv
expect_rc 0
same "$(head -1 <<<"$out")" "question,scope,option,label,count,base,percent"
contains "$out" "Q40,all,gdpr,GDPR or data protection considerations/concerns,38,56,67.85714285714286"
contains "$out" "Q40,all,no-leadership,No leadership,3,56,5.357142857142857"
run survey summary Q28 --scope ukraine --format csv
same "$out" "question,scope,option,label,count,base,percent
Q28,ukraine,regular,\"Yes, regularly\",12,38,31.57894736842105
Q28,ukraine,sporadic,\"Yes, sporadically\",15,38,39.473684210526315
Q28,ukraine,no,No,11,38,28.94736842105263"
run survey summary Q38 --format csv
contains "$out" "Q38,all,vulnerable-groups|very-important,Identify vulnerable groups or situations and identify their needs | Very important,32,57,56.14035087719298"
contains "$out" "Q38,all,other|very-important,Other | Very important,3,57,5.2631578947368425"
run survey summary Q57 --format json
contains "$out" "{\"question\": \"Q57\", \"scope\": \"all\", \"option\": \"answered\", \"label\": \"Answered\", \"count\": 27, \"base\": 57, \"percent\": 47.36842105263158}"

# The Annex-II view: the base of each question and answer column, Likert matrices as rows x levels
run survey summary Q9 Q19 Q38
expect_rc 0
contains "$out" "Q9 (multiple) What does the focal point/dedicated team in your organisation do?
base 49"
contains "$out" "all: base 49 (asked 56, 7 no answer); ukraine: base 36 (asked 38, 2 no answer)"
contains "$out" "monitor            Monitor the situation and integration of persons displaced by the Ukrainian crisis"
contains "$out" "23 (40.4%)"
run survey summary Q5 --lang fr
contains "$out" "Dans quel(s) domaine(s) votre organisation est-elle active ?"
contains "$out" "Protection of very vulnerable groups"

run survey summary Q99
expect_rc 2
contains "$err" "questionnaire be-needs-assessment-2022 has no question 'Q99'"
run survey summary Q5 --scope nowhere
expect_rc 2

# Hostile texts: formula guard in CSV, JSON escapes, control characters visible in tables
run import "$SV/hostile.csv" --kind survey
expect_rc 0
contains "$out" "@SUM(A1:A9)"
run survey texts Q5 Q29 --format csv
expect_rc 0
same "$(head -1 <<<"$out")" "id,name,question,scope,option,text"
contains "$out" "evil,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Q5,all,other,\"<b>\"\"bold\"\"</b> back\\slash "
contains "$out" "evil,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Q29,all,unmatched,'@SUM(A1:A9)"
contains "$out" "Сиротинець, центр"
run survey texts Q5 --format json
contains "$out" "\"name\": \"=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")\""
contains "$out" "back\\\\slash \\u0007bell"
run survey summary Q5
contains "$out" "back\\slash ␇bell"
lacks "$out" $'\a'
echo ok
