#pragma once
// A tiny questionnaire for the survey tests: every question type that answers are stored
// for, two answer columns, and skip logic per column.
#include <string>

#include "survey/questionnaire.hpp"

namespace survey_test {

inline const std::string kTinyQuestionnaire =
    "question,option,section,type,scopes,asked_if,feeds,flags,label_en,label_fr,label_nl\n"
    "Q1,,,open,,,name,,Name,,\n"
    "Q2,,,single,,,,,Collects data?,,\n"
    "Q2,yes,,,,,,,Yes,,\n"
    "Q2,no,,,,,,,No,,\n"
    "Q3,,,multiple,all|ukraine,Q2=yes,domains,,Domains,,\n"
    "Q3,medical,,,,,medical,,Medical,,\n"
    "Q3,legal,,,,,legal,,Legal,,\n"
    "Q3,other,,,,,,other,Other,,\n"
    "Q4,,,likert,,,,,Rate,,\n"
    "Q4,speed,,,,,,,Speed,,\n"
    "Q4,cost,,,,,,,Cost,,\n"
    "Q4,low,,,,,,level,Low,,\n"
    "Q4,high,,,,,,level,High,,\n"
    "Q5,,,multiple,all|ukraine,all: Q3=medical; ukraine: Q2!=no,,,Follow-up,,\n"
    "Q5,a,,,,,,,A,,\n"
    "Q5,b,,,,,,,B,,\n"
    "Q6,,,partners,,,,,Partners,,\n"
    "Q6,nobody,,,,,,,Nobody,,\n";

/// Q1 open, Q2 single yes/no, Q3 multiple [all|ukraine] asked if Q2=yes, Q4 likert
/// (speed, cost) x (low, high), Q5 multiple [all|ukraine] asked per column, Q6 partners.
inline const stakemap::survey::Questionnaire& tiny() {
  static const auto q = stakemap::survey::Questionnaire::parse(kTinyQuestionnaire, "tiny.csv", "tiny");
  return q;
}

}  // namespace survey_test
