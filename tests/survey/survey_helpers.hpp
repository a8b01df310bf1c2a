#pragma once
// Shared by the survey tests: fixture paths, small maps, reading responses from text.
#include <sstream>
#include <stdexcept>
#include <string>

#include "dataset/importer.hpp"
#include "store/answers.hpp"
#include "store/history.hpp"
#include "survey/reader.hpp"

namespace survey_test {

inline std::string fixture(const std::string& rel) { return std::string(STAKEMAP_FIXTURES) + "/survey/" + rel; }
inline std::string bundled(const std::string& file) {
  return std::string(STAKEMAP_SOURCE_DIR) + "/datasets/belgium-2022/" + file;
}

inline const stakemap::survey::Questionnaire& builtin() {
  static const auto q = stakemap::survey::Questionnaire::load(stakemap::survey::Questionnaire::kDefault);
  return q;
}

/// An in-memory map holding the small fixture map (9 territories, 4 organisations).
inline stakemap::store::Store fixture_map() {
  auto s = stakemap::store::Store::in_memory();
  stakemap::dataset::import_files(s,
                                  {{stakemap::dataset::FileKind::territories, fixture("map/territories.csv")},
                                   {stakemap::dataset::FileKind::organisations, fixture("map/organisations.csv")}},
                                  {});
  return s;
}

/// Reads responses from CSV text with the built-in questionnaire; problems go to `diags`.
inline stakemap::survey::ResponseFile read_text(const std::string& csv, stakemap::dataset::Diagnostics& diags,
                                                const stakemap::survey::Mapping* mapping = nullptr) {
  std::istringstream in(csv);
  return stakemap::survey::read_responses(in, "r.csv", builtin(), mapping, diags);
}

/// All diagnostics as one text, one per line.
inline std::string text_of(const stakemap::dataset::Diagnostics& d) {
  std::string s;
  for (const auto& x : d.list()) s += x.str() + "\n";
  return s;
}

/// How many rows the map holds in `table` (survey_answer, organisation, flow or batch), read
/// through the store's functions.
inline long long count_rows(const stakemap::store::Store& s, const std::string& table) {
  namespace store = stakemap::store;
  if (table == "survey_answer") {
    std::size_t n = 0;
    for (const auto& q : store::stored_questionnaires(s)) n += store::answers(s, q).size();
    return static_cast<long long>(n);
  }
  if (table == "organisation") return static_cast<long long>(s.load().organisations.size());
  if (table == "flow") return static_cast<long long>(s.load().flows.size());
  if (table == "batch") return static_cast<long long>(store::history(s).size());
  throw std::invalid_argument("count_rows: no store function counts '" + table + "'");
}

}  // namespace survey_test
