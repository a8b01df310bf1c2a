#pragma once
// Builds a Questionnaire from the rows of its file, checking each rule of the format
// (docs/questionnaires.md) and reporting every problem with its position.
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/errors.hpp"
#include "dataset/diagnostics.hpp"
#include "survey/questionnaire.hpp"

namespace stakemap::survey {

/// Where each cell of one questionnaire row is.
struct RowPositions {
  Position question, option, type, scopes, asked_if, feeds, flags, label;
};

/// Linear in the number of rows: questions, options and sections are looked up by hash.
class RuleChecker final {
 public:
  RuleChecker(Questionnaire& q, dataset::Diagnostics& diags) : q_(q), diags_(diags) {}
  /// Adds one row (a question, an option, or a `*title`/`*section`/`*scope`/`*partner` row).
  void add(const std::string& question, const std::string& option, const std::string& section, const std::string& type,
           const std::string& scopes, const std::string& asked_if, const std::string& feeds, const std::string& flags,
           const Labels& labels, const RowPositions& at);
  /// Checks what needs every row: skip logic, feeds, options per type.
  void finish();

 private:
  void add_question(const std::string& id, const std::string& section, const std::string& type,
                    const std::string& scopes, const std::string& feeds, const std::string& flags, const Labels& labels,
                    const RowPositions& at);
  void add_option(const std::string& question, const std::string& code, const std::string& feeds,
                  const std::string& flags, const Labels& labels, const RowPositions& at);
  void add_partner(const std::string& code, const std::string& feeds, const Labels& labels, const RowPositions& at);
  int question_index(const std::string& id) const;  // the first question with this id, or -1
  void parse_condition(std::size_t qi);
  void check_question(std::size_t qi);

  Questionnaire& q_;
  dataset::Diagnostics& diags_;
  std::vector<RowPositions> question_at_;                           // per question
  std::vector<std::string> asked_if_;                               // per question, as written
  std::vector<std::unordered_map<std::string, int>> option_index_;  // per question: option code -> index
  std::unordered_set<std::string> section_codes_;
};

}  // namespace stakemap::survey
