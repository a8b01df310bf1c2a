#pragma once
// The controlled vocabularies (models/taxonomy.csv, embedded in the binary): for each facet
// its codes with labels in English, French and Dutch.
#include <map>
#include <string>
#include <vector>

namespace stakemap::model {

/// One code of a facet.
struct Code {
  std::string code, label_en, label_fr, label_nl, description;
  /// The label in `lang` (en, fr, nl), falling back to English, then the code.
  const std::string& label(const std::string& lang) const;
};

/// All facets and their codes, in file order.
class Taxonomy final {
 public:
  /// The taxonomy embedded at build time (parsed once).
  static const Taxonomy& builtin();
  /// Parses taxonomy CSV text (facet,code,label_en,label_fr,label_nl,description).
  static Taxonomy parse(const std::string& csv_text, const std::string& file_name);

  bool has_facet(const std::string& facet) const;
  /// True when `code` is a code of `facet`; for `language`, also any ISO 639-1 code ("ro", "uk").
  bool has(const std::string& facet, const std::string& code) const;
  /// Codes of `facet` in file order (empty for an unknown facet).
  const std::vector<Code>& codes(const std::string& facet) const;
  /// "a, b, c": the allowed codes, for error messages.
  std::string allowed(const std::string& facet) const;
  /// Label of `code` in `lang`, or the code itself when unknown.
  std::string label(const std::string& facet, const std::string& code, const std::string& lang = "en") const;
  std::vector<std::string> facets() const;

 private:
  std::map<std::string, std::vector<Code>> facets_;
};

}  // namespace stakemap::model
