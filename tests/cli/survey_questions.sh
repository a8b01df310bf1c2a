#!/usr/bin/env bash
# survey questions: the questionnaire model, per question and per option, in three languages;
# a team's own questionnaire file, checked with positions.
source "$(dirname "$0")/lib.bash" "$@"
use_map survey

run survey questions --format csv
expect_rc 0
same "$(head -1 <<<"$out")" "question,section,type,scopes,asked_if,feeds,options,required,label"
same "$(tail -n +2 <<<"$out" | cut -d, -f1 | tr '\n' ' ')" "$(for i in $(seq 1 57); do printf 'Q%s ' "$i"; done)"
contains "$out" "Q9,I,multiple,all,Q8=yes,,6,yes,What does the focal point/dedicated team in your organisation do?"
contains "$out" "Q25,II,single,all|ukraine,all: Q16=beneficiaries; ukraine: Q17=yes,data_public,3,yes,Are your data publicly available?"
contains "$out" "Q29,II,partners,all|ukraine,"
run survey questions Q38 --format csv
contains "$out" "Q38,monitor,Q38/monitor,monitor,,Monitor the situation"
contains "$out" "Q38,very-important,,very-important,level,Very important"
run survey questions Q10 --lang nl
contains "$out" "Ja, als eerstelijnsorganisatie"
run survey questions Q99
expect_rc 2

# A team's own questionnaire: a file, checked with positions
printf 'question,option,section,type,scopes,asked_if,feeds,flags,label_en,label_fr,label_nl\nQ1,,,open,,,name,required,Name,,\nQ2,,,single,,,willing_to_share,,Share?,,\nQ2,yes,,,,,yes,,Yes,,\nQ2,no,,,,,no,,No,,\nQ3,,,open,,Q2=no,reasons,,Why not?,,\n' > mine.csv
run survey questions --questionnaire mine.csv --format csv
expect_rc 0
contains "$out" "Q3,,open,all,Q2=no,reasons,0,,Why not?"
printf 'question,option,section,type,scopes,asked_if,feeds,flags,label_en,label_fr,label_nl\nQ1,,,open,,Q2=yes,,,Name,,\n' > broken.csv
run survey questions --questionnaire broken.csv
expect_rc 1
contains "$err" "broken.csv:2:12: error: Q1: condition refers to 'Q2', which is not a question defined above"
# and importing with it
printf 'org,Q1,Q2,Q3\nx,X,no,too busy\ny,Y,yes,\n' > answers.csv
run import answers.csv --kind survey --questionnaire mine.csv
expect_rc 0
contains "$out" "imported: 2 respondents to mine -> 2 new and 0 updated organisations"
run survey summary Q2 --format csv
contains "$out" "Q2,all,no,No,1,2,50"
run show x
contains "$out" "reasons"
contains "$out" "too busy"
echo ok
