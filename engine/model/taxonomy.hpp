#pragma once
// The controlled vocabularies of a map (its profile): for each facet its codes with labels in
// any language. Bundled profiles are embedded in the binary (models/taxonomy.csv is the Belgian
// one, models/profiles/generic.csv the generic one); a dataset's taxonomy.csv adds codes or
// relabels existing ones (docs/profiles.md).
#include <map>
#include <string>
#include <vector>

namespace stakemap::model {

/// The profile of a map that names none: the one of models/taxonomy.csv, written for the
/// Belgian needs assessment. The other bundled profiles are the files models/profiles/NAME.csv.
inline constexpr const char* kDefaultProfile = "belgium";

/// One code of a facet.
struct Code {
  std::string code, description;
  std::map<std::string, std::string> labels;  ///< by language: the label_<lang> columns
  int rank = -1;                              ///< `level` codes: height (rank column); -1 when not given
  std::string shape;                          ///< `kind` codes: node shape on maps (shape column; "" default)
  long line = 0;                              ///< line of the file it was read from
  /// The label in `lang`, falling back to English, then the code.
  const std::string& label(const std::string& lang) const;
};

/// All facets and their codes, in file order.
class Taxonomy final {
 public:
  /// The Belgian profile embedded at build time (models/taxonomy.csv, parsed once): the profile
  /// of maps that name none.
  static const Taxonomy& builtin();
  /// The bundled profile `name` (kDefaultProfile, or NAME of models/profiles/NAME.csv: "generic");
  /// throws InputError for another name.
  static const Taxonomy& profile(const std::string& name);
  /// Names of the bundled profiles, the default first.
  static const std::vector<std::string>& profile_names();
  /// Parses taxonomy CSV text: columns facet, code, any label_<lang>, description, and the
  /// optional rank (integer, `level` rows) and shape (a lower-case word, `kind` rows). Throws
  /// InputError naming file, line, column and value.
  static Taxonomy parse(const std::string& csv_text, const std::string& file_name);

  /// Adds the rows of `rows` (a dataset's taxonomy.csv read from `file`): a new code is
  /// appended to its facet, a known one takes the labels and description the row gives.
  /// Throws InputError naming file, line and value for an unknown facet, or a new code in a
  /// fixed facet (statuses, bases, levels... whose codes analyses rely on) or a rank.
  void apply(const Taxonomy& rows, const std::string& file);
  /// True when no dataset may add codes to `facet` (levels, flow statuses, bases...): its codes
  /// are those of the profile.
  static bool fixed(const std::string& facet);
  /// Like apply() without checks: collects the rows of several files into one overlay.
  void merge(const Taxonomy& rows);
  /// The taxonomy as CSV text (header facet,code,label_<lang>...,description,rank,shape), which
  /// parse() reads back.
  std::string to_csv() const;
  bool empty() const { return facets_.empty(); }

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
  /// The languages that have a label column, en first.
  std::vector<std::string> languages() const;

  /// Height of a level code (its rank, else its position in the `level` facet); -1 when unknown.
  int level_height(const std::string& level) const;
  /// True when organisations at `level` act for the whole country or wider: its height is at
  /// least that of the profile's national level (facet `national_level`).
  bool national(const std::string& level) const;
  /// The phrase naming the national level in sentences ("the federal level", "the national
  /// level"): the label in `lang` of the one `national_level` code.
  std::string national_phrase(const std::string& lang) const;
  /// A country-dependent sentence of the profile (facet `wording`) in `lang`; "" when the
  /// profile has none.
  std::string wording(const std::string& code, const std::string& lang) const;

 private:
  std::map<std::string, std::vector<Code>> facets_;
};

}  // namespace stakemap::model
