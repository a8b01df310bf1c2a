#include "interop/map_builder.hpp"

#include <algorithm>
#include <climits>
#include <numeric>
#include <tuple>

#include "core/text.hpp"
#include "model/schema.hpp"

namespace stakemap::interop {

MapBuilder::MapBuilder(std::string file, dataset::Diagnostics& diags, KnownIds known, std::set<std::string> ignored)
    : file_(std::move(file)),
      files_{file_},
      diags_(diags),
      check_(diags, "field"),
      known_(std::move(known)),
      ignored_(std::move(ignored)) {}

void MapBuilder::set_input_size(std::size_t bytes) {
  input_bytes_ = bytes;
  max_items_ = std::min(kMaxItems, std::max(kMinItems, bytes / kBytesPerItem));
}

void MapBuilder::expect_items(std::size_t more, const Record& r) const {
  if (items_ + more <= max_items_) return;
  std::string rule = max_items_ == kMaxItems
                         ? "at most " + std::to_string(kMaxItems)
                         : "one per " + std::to_string(kBytesPerItem) + " bytes of input (" +
                               std::to_string(input_bytes_) + " bytes), at least " + std::to_string(kMinItems);
  throw InputError(at(r.line, r.column).str() + ": more than " + std::to_string(max_items_) +
                   " organisations, flows, territories and needs (the limit for an interchange import: " + rule +
                   "; docs/security.md)");
}

template <class T>
bool MapBuilder::fill(T& item, const Record& r, model::Attributes* extras) {
  const auto& schema = model::schema<T>();
  std::size_t errors_before = diags_.errors();
  std::set<std::string> refused;  // fields whose value had an error: not also "missing"
  for (const auto& [key, value] : r.fields) {
    if (ignored_.count(key)) {
      ignored_seen_.insert(key);
      continue;
    }
    Position where = at(value.line, value.column);
    if (!check_.length(key, value.text, where)) {
      refused.insert(key);
      continue;
    }
    std::string v(text::trim(value.text));
    if (const auto* field = schema.find(key)) {
      std::size_t errors = diags_.errors();
      check_.set(item, *field, v, where);
      if (diags_.errors() > errors) refused.insert(key);
    } else if (extras && !key.empty() && !v.empty()) {
      (*extras)[key] = v;
    } else if (!extras && !v.empty()) {
      diags_.warning(where, "field '" + key + "' is not a " +
                                (schema.entity() == model::Entity::need ? "need" : "territory") + " field; ignored");
    }
  }
  for (const auto& f : schema.fields())
    if (f.required() && f.empty(item) && !refused.count(f.name))
      diags_.error(at(r.line, r.column), std::string("missing required field '") + f.name + "'");
  return diags_.errors() == errors_before;
}

MapBuilder::Spot MapBuilder::spot(const Record& r, const char* key) const {
  const Value* v = r.find(key);
  auto narrow = [](long n) { return static_cast<std::int32_t>(std::clamp<long>(n, 0, INT32_MAX)); };
  return {static_cast<std::uint32_t>(files_.size() - 1), narrow(v ? v->line : r.line),
          narrow(v ? v->column : r.column)};
}

void MapBuilder::territory(const Record& given) {
  count_item(given);
  model::Territory t;
  // Names in other languages (name_ro, name_uk) are the only attributes a territory keeps.
  Record r = given;
  for (const auto& [key, value] : given.fields)
    if (!model::schema<model::Territory>().find(key) && !model::name_column_language(key).empty()) {
      if (check_.length(key, value.text, at(value.line, value.column)) && !text::trim(value.text).empty())
        t.attributes[key] = std::string(text::trim(value.text));
      r.erase(key);
    }
  fill(t, r, nullptr);
  territory_refs_.push_back({spot(r, "id"), spot(r, "part_of")});
  map_.territories.push_back(std::move(t));
}

void MapBuilder::organisation(const Record& given) {
  count_item(given);
  // Other tools call the name "label" (Kumu, GEXF, Gephi's GraphML) or have none.
  Record r = given;
  if (!r.find("name")) {
    if (r.find("label")) {
      r.rename("label", "name");
    } else if (const Value* id = r.find("id"); id && !id->text.empty()) {
      r.set("name", *id);
      ++unnamed_;
    }
  }
  model::Organisation o;
  fill(o, r, &o.attributes);
  for (const auto& [key, value] : r.fields)
    if (!ignored_.count(key)) org_fields_.insert(key);
  org_refs_.push_back({spot(r, "id"), spot(r, "territories")});
  map_.organisations.push_back(std::move(o));
}

void MapBuilder::flow(const Record& r) {
  count_item(r);
  model::Flow f;
  fill(f, r, &f.attributes);
  for (const auto& [key, value] : r.fields)
    if (!ignored_.count(key)) flow_fields_.insert(key);
  flow_refs_.push_back({spot(r, "from"), spot(r, "to")});
  map_.flows.push_back(std::move(f));
}

void MapBuilder::need(const Record& r) {
  count_item(r);
  model::Need n;
  fill(n, r, nullptr);
  need_refs_.push_back({spot(r, "territory"), spot(r, "reported_by")});
  map_.needs.push_back(std::move(n));
}

model::Map MapBuilder::finish() {
  if (!ignored_seen_.empty()) {
    std::string names;
    for (const auto& n : ignored_seen_) names += (names.empty() ? "" : ", ") + n;
    diags_.warning(at(0, 0), "fields named like stakemap metrics are not imported (metrics are computed): " + names);
  }
  if (unnamed_ > 0)
    diags_.warning(at(0, 0),
                   std::to_string(unnamed_) + " organisation(s) without a name or label: their id is used as name");
  std::map<std::string, std::size_t> seen;
  for (std::size_t i = 0; i < map_.territories.size(); ++i) {
    const auto& t = map_.territories[i];
    if (t.id.empty()) continue;
    if (!seen.emplace(t.id, i).second)
      diags_.error(where(territory_refs_[i].first), "duplicate territory id '" + t.id + "'");
    known_.territories.insert(t.id);
    known_.parents[t.id] = t.parents;
  }
  for (std::size_t i = 0; i < map_.territories.size(); ++i)
    for (const auto& p : map_.territories[i].parents)
      if (!known_.territories.count(p))
        diags_.error(where(territory_refs_[i].second), "unknown territory '" + p + "' in field 'part_of'");
  check_.check_part_of(known_.parents, [&](const std::string& id) {
    for (std::size_t i = 0; i < map_.territories.size(); ++i)
      if (map_.territories[i].id == id) return where(territory_refs_[i].second);
    return at(0, 0);
  });

  seen.clear();
  for (std::size_t i = 0; i < map_.organisations.size(); ++i) {
    const auto& o = map_.organisations[i];
    if (o.id.empty()) continue;
    if (!seen.emplace(o.id, i).second)
      diags_.error(where(org_refs_[i].first), "duplicate organisation id '" + o.id + "'");
    known_.orgs.insert(o.id);
  }
  for (std::size_t i = 0; i < map_.organisations.size(); ++i)
    for (const auto& t : map_.organisations[i].territories)
      if (!known_.territories.count(t))
        diags_.error(where(org_refs_[i].second), "unknown territory '" + t + "' in field 'territories'");

  // Later flows with the key of an earlier one, found by sorting indices: 4 bytes a flow,
  // where a set of the keys took about 200.
  auto key = [this](std::size_t i) {
    const auto& f = map_.flows[i];
    return std::tie(f.from, f.to, f.status, f.basis, f.population);
  };
  std::vector<std::uint32_t> order(map_.flows.size());
  std::iota(order.begin(), order.end(), 0U);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
  std::vector<bool> duplicate(map_.flows.size());
  for (std::size_t k = 1; k < order.size(); ++k) duplicate[order[k]] = key(order[k]) == key(order[k - 1]);
  for (std::size_t i = 0; i < map_.flows.size(); ++i) {
    const auto& f = map_.flows[i];
    const auto& refs = flow_refs_[i];
    if (!f.from.empty() && !known_.orgs.count(f.from))
      diags_.error(where(refs.first), "unknown organisation '" + f.from + "' in field 'from'");
    if (!f.to.empty() && !known_.orgs.count(f.to))
      diags_.error(where(refs.second), "unknown organisation '" + f.to + "' in field 'to'");
    if (!f.from.empty() && f.from == f.to)
      diags_.warning(where(refs.second), "flow from '" + f.from + "' to itself (self-loop)");
    if (duplicate[i])
      diags_.error(where(refs.first), "duplicate flow " + f.from + " -> " + f.to + " (status " + f.status + ", basis " +
                                          f.basis + ", population " + f.population + ")");
  }

  std::set<std::tuple<std::string, std::string, std::string>> need_keys;
  for (std::size_t i = 0; i < map_.needs.size(); ++i) {
    const auto& n = map_.needs[i];
    if (!n.territory.empty() && !known_.territories.count(n.territory))
      diags_.error(where(need_refs_[i].first), "unknown territory '" + n.territory + "' in field 'territory'");
    if (!n.reported_by.empty() && !known_.orgs.count(n.reported_by))
      diags_.error(where(need_refs_[i].second), "unknown organisation '" + n.reported_by + "' in field 'reported_by'");
    if (!need_keys.emplace(n.territory, n.need, n.reported_by).second)
      diags_.error(where(need_refs_[i].first), "duplicate need '" + n.need + "' in territory '" + n.territory + "'");
  }
  territory_refs_ = {};
  org_refs_ = {};
  flow_refs_ = {};
  need_refs_ = {};
  map_.reindex();
  return std::move(map_);
}

}  // namespace stakemap::interop
