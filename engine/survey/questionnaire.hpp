#pragma once
// A questionnaire as data (models/questionnaires/*.csv, format in docs/questionnaires.md):
// questions with their type, answer columns (scopes), skip logic, options and the model
// field each answer feeds.
#include <string>
#include <unordered_map>
#include <vector>

namespace stakemap::survey {

/// What kind of answer a question takes.
enum class QuestionType {
  open,      ///< free text
  single,    ///< one option
  multiple,  ///< any number of options
  scale,     ///< one option on an ordered scale (agreement, relevance, ...)
  likert,    ///< a matrix: each row option rated on the level options
  partners   ///< free list of partner organisations (names, partner types) or of reasons
};
/// "open", "single", ...
const char* type_name(QuestionType t);

/// A text in English, French and Dutch.
struct Labels {
  std::string en, fr, nl;
  /// The label in `lang` (en, fr, nl), falling back to English.
  const std::string& in(const std::string& lang) const;
};

/// One answer option (or, in a Likert matrix, one row or one level).
struct Option {
  std::string code;
  Labels label;
  std::string feeds;               ///< value fed to the question's model field ("" = none)
  bool text = false;               ///< takes a "please specify" text
  bool other = false;              ///< the "other, please specify" option (implies text)
  bool exclusive = false;          ///< cannot be combined with another option
  bool level = false;              ///< a level of a Likert matrix (otherwise a row)
  long line = 0;                   ///< line in the questionnaire file
  std::vector<std::string> forms;  ///< normal forms (survey::norm) of the code and labels, for matching
};

/// One test of a skip-logic condition: answer to `question` is (or is not) one of `values`.
struct Clause {
  int question = -1;        ///< index of an earlier question
  bool negate = false;      ///< "!=" instead of "="
  std::vector<int> values;  ///< option indexes of that question
};

/// A question. Two-column questions (Q19-Q29) have two scopes, e.g. all|ukraine.
struct Question {
  std::string id, section;
  QuestionType type = QuestionType::open;
  Labels label;
  std::vector<std::string> scopes{"all"};
  std::vector<std::vector<Clause>> asked_if;  ///< per scope: clauses that must all hold
  std::string asked_if_text;                  ///< as written in the file
  std::string feeds;                          ///< model field ("" = raw answer only)
  bool required = false;
  std::vector<Option> options;
  long line = 0;

  /// Index of the option with this code (exact), or -1.
  int option(const std::string& code) const;
  /// Index of this scope, or -1.
  int scope(const std::string& s) const;
  /// Likert: indexes of the row options / of the level options. Others: every option / none.
  std::vector<int> rows() const;
  std::vector<int> levels() const;
  /// Index of the option flagged `other`, or -1.
  int other_option() const;
  bool choice() const {
    return type == QuestionType::single || type == QuestionType::multiple || type == QuestionType::scale;
  }
};

/// A partner type named instead of an organisation ("Federal authorities"): kept as a typed
/// placeholder organisation.
struct PartnerType {
  std::string code;
  Labels label;
  std::string kind, level;  ///< taxonomy codes for the placeholder ("" = unknown)
};

/// A section or answer column (scope) heading.
struct Heading {
  std::string code;
  Labels label;
};

/// A whole questionnaire.
class Questionnaire final {
 public:
  /// The built-in questionnaire used when none is given.
  static constexpr const char* kDefault = "be-needs-assessment-2022";
  /// Parses questionnaire CSV text; throws ValidationError listing every problem (with
  /// file:line:column) when the file is not a valid questionnaire.
  static Questionnaire parse(const std::string& csv_text, const std::string& file, const std::string& id);
  /// Ids of the questionnaires embedded in the binary (models/questionnaires/*.csv).
  static std::vector<std::string> builtin_ids();
  /// `id_or_file`: a built-in id, or a path to a questionnaire CSV file (its id is the file
  /// stem). Throws InputError when it is neither.
  static Questionnaire load(const std::string& id_or_file);

  std::string id;
  Labels title;
  std::string source;  ///< the CSV text it was read from
  std::vector<Heading> sections, scopes;
  std::vector<Question> questions;
  std::vector<PartnerType> partner_types;

  /// Index of a question by id (case-insensitive), or -1. O(1) on a parsed questionnaire.
  int find(const std::string& id) const;
  /// Label of a scope code (the code itself when it has no heading row).
  Labels scope_label(const std::string& code) const;

 private:
  friend class RuleChecker;
  std::unordered_map<std::string, int> by_id_;  ///< lower-case id -> index, filled while parsing
};

}  // namespace stakemap::survey
