#include "model/map.hpp"

#include "model/schema.hpp"

namespace stakemap::model {

namespace {

// The value of `attributes` at name_<lang>, or `name` when it is absent or empty.
const std::string& name_attribute(const Attributes& attributes, const std::string& lang, const std::string& name) {
  if (attributes.empty()) return name;
  auto it = attributes.find("name_" + lang);
  return it == attributes.end() || it->second.empty() ? name : it->second;
}

}  // namespace

std::string name_column_language(const std::string& key) {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  if (key.size() != 7 || key.rfind("name_", 0) != 0 || !lower(key[5]) || !lower(key[6])) return "";
  return key.substr(5);
}

const std::string& Territory::name_in(const std::string& lang) const {
  const std::string* n = lang == "fr" ? &name_fr : lang == "nl" ? &name_nl : lang == "de" ? &name_de : nullptr;
  if (n) return n->empty() ? name : *n;
  return name_attribute(attributes, lang, name);
}

const std::string& Organisation::name_in(const std::string& lang) const {
  return name_attribute(attributes, lang, name);
}

const std::vector<std::string>* Organisation::facet(const std::string& f) const {
  for (const auto& field : schema<Organisation>().fields())
    if (field.list && (f == field.name || f == field.storage.facet)) return &(this->*field.list);
  return nullptr;
}

Taxonomy profile_taxonomy(const std::string& profile, const std::string& overlay) {
  Taxonomy t = Taxonomy::profile(profile);
  if (!overlay.empty()) t.apply(Taxonomy::parse(overlay, "the map's taxonomy"), "the map's taxonomy");
  return t;
}

void Map::set_vocabulary(const std::string& profile, const std::string& overlay) {
  taxonomy_ = profile == kDefaultProfile && overlay.empty()
                  ? nullptr
                  : std::make_shared<const Taxonomy>(profile_taxonomy(profile, overlay));
  profile_ = profile;
  overlay_ = overlay;
}

void Map::reindex() {
  org_by_id_.clear();
  territory_by_id_.clear();
  for (std::size_t i = 0; i < organisations.size(); ++i) org_by_id_[organisations[i].id] = static_cast<int>(i);
  for (std::size_t i = 0; i < territories.size(); ++i) territory_by_id_[territories[i].id] = static_cast<int>(i);
}

int Map::org_index(const std::string& id) const {
  auto it = org_by_id_.find(id);
  return it == org_by_id_.end() ? -1 : it->second;
}

int Map::territory_index(const std::string& id) const {
  auto it = territory_by_id_.find(id);
  return it == territory_by_id_.end() ? -1 : it->second;
}

const Organisation* Map::org(const std::string& id) const {
  int i = org_index(id);
  return i < 0 ? nullptr : &organisations[i];
}

const Territory* Map::territory(const std::string& id) const {
  int i = territory_index(id);
  return i < 0 ? nullptr : &territories[i];
}

}  // namespace stakemap::model
