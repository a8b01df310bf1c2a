#include "model/taxonomy.hpp"

#include <sstream>

#include "core/errors.hpp"
#include "io/csv_reader.hpp"
#include "model/embedded.hpp"
#include "model/iso639.hpp"

namespace stakemap::model {

const std::string& Code::label(const std::string& lang) const {
  const std::string* l = lang == "fr" ? &label_fr : lang == "nl" ? &label_nl : &label_en;
  if (!l->empty()) return *l;
  return label_en.empty() ? code : label_en;
}

const Taxonomy& Taxonomy::builtin() {
  static const Taxonomy t = parse(std::string(embedded_model("taxonomy.csv")), "models/taxonomy.csv");
  return t;
}

Taxonomy Taxonomy::parse(const std::string& csv_text, const std::string& file_name) {
  std::istringstream in(csv_text);
  io::CsvReader reader(in, file_name);
  std::vector<std::string> f;
  if (!reader.next(f)) throw InputError(file_name + ": empty taxonomy");
  io::CsvHeader h(f);
  int facet = h.find("facet"), code = h.find("code"), en = h.find("label_en"), fr = h.find("label_fr"),
      nl = h.find("label_nl"), desc = h.find("description");
  if (facet < 0 || code < 0) throw InputError(file_name + ": taxonomy needs columns facet and code");
  Taxonomy t;
  auto at = [&](int i) { return i >= 0 && i < static_cast<int>(f.size()) ? f[i] : std::string(); };
  while (reader.next(f)) t.facets_[at(facet)].push_back(Code{at(code), at(en), at(fr), at(nl), at(desc)});
  return t;
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

}  // namespace stakemap::model
