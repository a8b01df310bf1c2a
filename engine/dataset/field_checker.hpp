#pragma once
// The one record checker: every import path (dataset CSV, GraphML, GEXF, Kumu, survey
// exports) turns the text of a field into its value here, as the field's entry in the schema
// (model/schema.hpp) says, so that the same record gets the same verdict from every path.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/where.hpp"
#include "dataset/diagnostics.hpp"
#include "io/csv_reader.hpp"
#include "model/schema.hpp"
#include "model/taxonomy.hpp"
#include "model/territory_graph.hpp"

namespace stakemap::dataset {

class FieldChecker final {
 public:
  /// Reports to `diags`; `noun` names a field in messages: "column" (CSV files) or "field";
  /// codes are checked against `taxonomy` (the map's, Map::taxonomy(); kept by reference).
  explicit FieldChecker(Diagnostics& diags, const char* noun = "column",
                        const model::Taxonomy& taxonomy = model::Taxonomy::builtin())
      : diags_(diags), noun_(noun), taxonomy_(taxonomy) {}

  /// Checks `text` (trimmed) as `field` says and stores the value in `item`. A value with an
  /// error leaves the member as it was. Does not check `required` (see require()) nor
  /// references (see check_ref()).
  template <class T>
  void set(T& item, const model::Field<T>& field, std::string_view text, const Where& where) const {
    if (field.list) item.*field.list = values(field, text, where);
    else if (field.number) {
      if (auto n = number(field, text, where)) item.*field.number = n;
    } else if (field.check == model::Check::code) {
      if (auto c = code(field, text, where); !c.empty()) item.*field.text = c;
    } else if (field.key() && field.check == model::Check::text) {
      if (auto v = id(field, text, where); !v.empty()) item.*field.text = v;
    } else if (!text.empty()) {
      item.*field.text = std::string(text);
    }
  }

  /// The longest value an import takes, in bytes: the CSV reader's field limit, so that no
  /// import path (GraphML and GEXF attributes, JSON strings) keeps a value a CSV file cannot
  /// carry back (docs/security.md, "Limits").
  static constexpr std::size_t kMaxValueBytes = io::CsvLimits{}.max_field_bytes;
  /// False (and an error showing the start of the value) when `text`, the value of `field`,
  /// is longer than kMaxValueBytes.
  bool length(std::string_view field, std::string_view text, const Where& where) const;
  /// An error when `field` is required and `text` is empty; false then.
  bool require(const model::FieldSpec& field, std::string_view text, const Where& where) const;
  /// An id (a key text field): '|' separates multi-values, so an id holding one is refused
  /// (error, ""); else `text`.
  std::string id(const model::FieldSpec& field, std::string_view text, const Where& where) const;
  /// A code of the field's facet, lower-cased; "" when empty or unknown (an error).
  std::string code(const model::FieldSpec& field, std::string_view text, const Where& where) const;
  /// The '|'-separated values of a list field (codes checked and lower-cased for
  /// Check::codes); a repeated value is dropped with a warning.
  std::vector<std::string> values(const model::FieldSpec& field, std::string_view text, const Where& where) const;
  /// A number >= 0; nullopt when empty or not one (an error).
  std::optional<double> number(const model::FieldSpec& field, std::string_view text, const Where& where) const;
  /// False (and an error) when `id`, given in `field`, is not known; `what` is "territory"
  /// or "organisation". An empty id passes.
  template <class Known>
  bool check_ref(std::string_view field, const std::string& id, const Known& known, const char* what,
                 const Where& where) const {
    if (id.empty() || known(id)) return true;
    unknown_ref(field, id, what, where);
    return false;
  }
  /// Reports a cycle of part_of among `parents` (territory -> its parents), at `where` of
  /// the first territory of the cycle (`where_of` gives it). False when there is one.
  template <class WhereOf>
  bool check_part_of(const std::map<std::string, std::vector<std::string>>& parents, const WhereOf& where_of) const {
    auto cycle = model::find_part_of_cycle(parents);
    if (cycle.empty()) return true;
    report_cycle(cycle, where_of(cycle.front()));
    return false;
  }

  /// The one number parser of imports: a finite real number >= 0 in plain decimal or
  /// exponent form ("12", "0.5", "1e3"); nullopt otherwise.
  static std::optional<double> parse_number(std::string_view text);

 private:
  void unknown_ref(std::string_view field, const std::string& id, const char* what, const Where& where) const;
  void report_cycle(const std::vector<std::string>& cycle, const Where& where) const;
  /// True when `code` is a code of the field's facet; reports an error otherwise.
  bool known_code(const model::FieldSpec& field, const std::string& code, const Where& where) const;

  Diagnostics& diags_;
  const char* noun_;
  const model::Taxonomy& taxonomy_;
  /// The codes of each facet met so far (by the facet name's pointer: the schema's literals).
  mutable std::vector<std::pair<const char*, const std::vector<model::Code>*>> facet_codes_;
};

}  // namespace stakemap::dataset
