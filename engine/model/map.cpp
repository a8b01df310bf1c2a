#include "model/map.hpp"

#include "model/schema.hpp"

namespace stakemap::model {

const std::string& Territory::name_in(const std::string& lang) const {
  const std::string* n = lang == "fr" ? &name_fr : lang == "nl" ? &name_nl : lang == "de" ? &name_de : &name;
  return n->empty() ? name : *n;
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
