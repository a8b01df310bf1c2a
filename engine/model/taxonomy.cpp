#include "model/taxonomy.hpp"

#include <algorithm>
#include <set>
#include <sstream>

#include "core/csv_writer.hpp"
#include "core/errors.hpp"
#include "io/csv_reader.hpp"
#include "model/embedded.hpp"
#include "model/iso639.hpp"

namespace stakemap::model {

namespace {

/// Facets whose codes the analyses rely on: a dataset may relabel them, never add to them.
const std::set<std::string>& fixed_facets() {
  static const std::set<std::string> fixed{"level",       "national_level", "flow_status",   "flow_basis",
                                           "regularity",  "population",     "personal_data", "confirmation",
                                           "willingness", "data_public",    "support_role",  "importance"};
  return fixed;
}

const std::string kLabel = "label_";

}  // namespace

bool Taxonomy::fixed(const std::string& facet) { return fixed_facets().count(facet) > 0; }

const std::string& Code::label(const std::string& lang) const {
  for (const std::string& l : {lang, std::string("en")}) {
    auto it = labels.find(l);
    if (it != labels.end() && !it->second.empty()) return it->second;
  }
  return code;
}

namespace {

/// The bundled profiles by name: the default one (models/taxonomy.csv) and every
/// models/profiles/NAME.csv, parsed once.
const std::map<std::string, Taxonomy>& bundled_profiles() {
  static const std::map<std::string, Taxonomy> all = [] {
    std::map<std::string, Taxonomy> out;
    out.emplace(kDefaultProfile, Taxonomy::parse(std::string(embedded_model("taxonomy.csv")), "models/taxonomy.csv"));
    const std::string folder = "profiles/", ext = ".csv";
    for (const auto& [path, body] : embedded::model_files())
      if (path.rfind(folder, 0) == 0 && path.size() > folder.size() + ext.size() &&
          path.compare(path.size() - ext.size(), ext.size(), ext) == 0)
        out.emplace(path.substr(folder.size(), path.size() - folder.size() - ext.size()),
                    Taxonomy::parse(std::string(body), "models/" + path));
    return out;
  }();
  return all;
}

}  // namespace

const Taxonomy& Taxonomy::builtin() { return profile(kDefaultProfile); }

const std::vector<std::string>& Taxonomy::profile_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out{kDefaultProfile};
    for (const auto& [name, t] : bundled_profiles())
      if (name != kDefaultProfile) out.push_back(name);
    return out;
  }();
  return names;
}

const Taxonomy& Taxonomy::profile(const std::string& name) {
  auto it = bundled_profiles().find(name);
  if (it == bundled_profiles().end()) {
    std::string known;
    for (const auto& n : profile_names()) known += (known.empty() ? "" : ", ") + n;
    throw InputError("unknown profile '" + name + "' (known: " + known + ")");
  }
  return it->second;
}

Taxonomy Taxonomy::parse(const std::string& csv_text, const std::string& file_name) {
  std::istringstream in(csv_text);
  io::CsvReader reader(in, file_name);
  std::vector<std::string> f;
  if (!reader.next(f)) throw InputError(file_name + ": empty taxonomy");
  io::CsvHeader h(f);
  int facet = h.find("facet"), code = h.find("code"), desc = h.find("description"), rank = h.find("rank"),
      shape = h.find("shape");
  if (facet < 0 || code < 0) throw InputError(file_name + ": taxonomy needs columns facet and code");
  std::vector<std::pair<std::string, int>> label_columns;  // (language, column)
  for (int i = 0; i < static_cast<int>(h.names().size()); ++i) {
    std::string name = h.names()[i];
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    if (name.rfind(kLabel, 0) != 0) continue;
    std::string lang = name.substr(kLabel.size());
    if (!is_iso639_1(lang))
      throw InputError(reader.position(i).str() + ": column '" + h.names()[i] +
                       "': expected label_ and an ISO 639-1 language code (label_en, label_ro)");
    label_columns.emplace_back(lang, i);
  }
  Taxonomy t;
  auto at = [&](int i) { return i >= 0 && i < static_cast<int>(f.size()) ? f[i] : std::string(); };
  while (reader.next(f)) {
    Code c{at(code), at(desc), {}, -1, at(shape), reader.line()};
    if (c.shape.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
      throw InputError(reader.position(shape).str() + ": shape '" + c.shape + "' is not a lower-case word");
    for (const auto& [lang, i] : label_columns)
      if (!at(i).empty()) c.labels[lang] = at(i);
    if (std::string r = at(rank); !r.empty()) {
      if (r.find_first_not_of("0123456789") != std::string::npos || r.size() > 6)
        throw InputError(reader.position(rank).str() + ": rank '" + r + "' is not a whole number");
      c.rank = std::stoi(r);
    }
    if (c.code.empty()) throw InputError(reader.position(code).str() + ": empty code");
    t.facets_[at(facet)].push_back(std::move(c));
  }
  return t;
}

void Taxonomy::merge(const Taxonomy& rows) {
  for (const auto& [facet, codes] : rows.facets_)
    for (const auto& row : codes) {
      auto& mine = facets_[facet];
      auto it = std::find_if(mine.begin(), mine.end(), [&](const Code& c) { return c.code == row.code; });
      if (it == mine.end()) {
        mine.push_back(row);
        continue;
      }
      for (const auto& [lang, label] : row.labels) it->labels[lang] = label;
      if (!row.description.empty()) it->description = row.description;
      if (!row.shape.empty()) it->shape = row.shape;
    }
}

void Taxonomy::apply(const Taxonomy& rows, const std::string& file) {
  for (const auto& [facet, list] : rows.facets_)
    for (const auto& row : list) {
      auto where = file + ":" + std::to_string(row.line);
      if (!has_facet(facet))
        throw InputError(where + ": unknown facet '" + facet + "' (a dataset's taxonomy.csv adds codes to the facets " +
                         "of the map's profile)");
      const auto& mine = codes(facet);
      bool known = std::any_of(mine.begin(), mine.end(), [&](const Code& c) { return c.code == row.code; });
      if (!known && fixed(facet))
        throw InputError(where + ": code '" + row.code + "' cannot be added to facet '" + facet +
                         "': its codes are fixed by the profile (allowed: " + allowed(facet) + ")");
      if (row.rank >= 0)
        throw InputError(where + ": rank '" + std::to_string(row.rank) +
                         "': the level order is the profile's; a dataset cannot change it");
    }
  merge(rows);
}

std::string Taxonomy::to_csv() const {
  std::vector<std::string> langs = languages();
  std::ostringstream out;
  CsvWriter w(out);
  w.raw("facet").raw("code");
  for (const auto& l : langs) w.raw(kLabel + l);
  w.raw("description").raw("rank").raw("shape");
  w.end_row();
  for (const auto& [facet, codes] : facets_)
    for (const auto& c : codes) {
      w.raw(facet).raw(c.code);
      for (const auto& l : langs) {
        auto it = c.labels.find(l);
        w.raw(it == c.labels.end() ? "" : it->second);
      }
      w.raw(c.description).raw(c.rank >= 0 ? std::to_string(c.rank) : "").raw(c.shape);
      w.end_row();
    }
  return out.str();
}

bool Taxonomy::has_facet(const std::string& facet) const { return facets_.count(facet) > 0; }

bool Taxonomy::has(const std::string& facet, const std::string& code) const {
  for (const auto& c : codes(facet))
    if (c.code == code) return true;
  return facet == "language" && is_iso639_1(code);
}

const std::vector<Code>& Taxonomy::codes(const std::string& facet) const {
  static const std::vector<Code> none;
  auto it = facets_.find(facet);
  return it == facets_.end() ? none : it->second;
}

std::string Taxonomy::allowed(const std::string& facet) const {
  std::string s;
  for (const auto& c : codes(facet)) s += (s.empty() ? "" : ", ") + c.code;
  return facet == "language" ? s + " or any ISO 639-1 code" : s;
}

std::string Taxonomy::label(const std::string& facet, const std::string& code, const std::string& lang) const {
  for (const auto& c : codes(facet))
    if (c.code == code) return c.label(lang);
  return code;
}

std::vector<std::string> Taxonomy::facets() const {
  std::vector<std::string> out;
  for (const auto& [k, v] : facets_) out.push_back(k);
  return out;
}

std::vector<std::string> Taxonomy::languages() const {
  std::set<std::string> seen;
  for (const auto& [facet, codes] : facets_)
    for (const auto& c : codes)
      for (const auto& [lang, label] : c.labels) seen.insert(lang);
  std::vector<std::string> out{"en"};
  for (const auto& l : seen)
    if (l != "en") out.push_back(l);
  return out;
}

int Taxonomy::level_height(const std::string& level) const {
  const auto& levels = codes("level");
  for (std::size_t i = 0; i < levels.size(); ++i)
    if (levels[i].code == level) return levels[i].rank >= 0 ? levels[i].rank : static_cast<int>(i);
  return -1;
}

bool Taxonomy::national(const std::string& level) const {
  const auto& marks = codes("national_level");
  if (marks.empty()) return false;
  int h = level_height(level), from = level_height(marks.front().code);
  return h >= 0 && from >= 0 && h >= from;
}

std::string Taxonomy::national_phrase(const std::string& lang) const {
  const auto& marks = codes("national_level");
  return marks.empty() ? std::string("the national level") : marks.front().label(lang);
}

std::string Taxonomy::wording(const std::string& code, const std::string& lang) const {
  for (const auto& c : codes("wording"))
    if (c.code == code) return c.label(lang);
  return "";
}

}  // namespace stakemap::model
