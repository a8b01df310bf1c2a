#include "edit/edit.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <type_traits>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "dataset/diagnostics.hpp"
#include "dataset/field_checker.hpp"
#include "store/writer.hpp"

namespace stakemap::edit {

namespace {

using dataset::Diagnostics;
using dataset::FieldChecker;

Position where_of(const Assignment& a) { return {a.field + "=" + a.value, 0, 0}; }

template <class T>
std::string field_names() {
  std::vector<std::string> names;
  for (const auto& f : model::schema<T>().fields()) names.push_back(f.name);
  return text::join(names, ", ");
}

/// Applies `fields` to `item` through the record checker; `locked` fields may not be given.
template <class T>
void assign(T& item, const std::vector<Assignment>& fields, const std::set<std::string>& locked,
            const model::Taxonomy& taxonomy, Diagnostics& diags) {
  FieldChecker check(diags, "field", taxonomy);
  for (const auto& a : fields) {
    const auto* f = model::schema<T>().find(a.field);
    if (!f) {
      diags.error(where_of(a), "unknown field '" + a.field + "' (fields: " + field_names<T>() + ")");
      continue;
    }
    if (locked.count(f->name)) {
      diags.error(where_of(a), std::string("field '") + f->name + "' cannot be set here");
      continue;
    }
    auto value = text::trim(a.value);
    if (value.empty()) f->clear(item);
    else check.set(item, *f, value, where_of(a));
  }
}

/// Checks the whole record: required fields, and references to the map's organisations and
/// territories (`map` as it will be, minus the record itself).
template <class T>
void check_record(const T& item, const model::Map& map, Diagnostics& diags, const Position& where) {
  FieldChecker check(diags, "field", map.taxonomy());
  auto org = [&](const std::string& id) { return map.org(id) != nullptr; };
  auto territory = [&](const std::string& id) {
    if constexpr (std::is_same_v<T, model::Territory>)
      if (id == item.id) return true;  // caught as a cycle below
    return map.territory(id) != nullptr;
  };
  for (const auto& f : model::schema<T>().fields()) {
    if (f.required() && f.empty(item)) diags.error(where, std::string("empty required field '") + f.name + "'");
    if (f.check == model::Check::org) check.check_ref(f.name, item.*f.text, org, "organisation", where);
    if (f.check == model::Check::territory) check.check_ref(f.name, item.*f.text, territory, "territory", where);
    if (f.check == model::Check::territories)
      for (const auto& id : item.*f.list) check.check_ref(f.name, id, territory, "territory", where);
  }
  if constexpr (std::is_same_v<T, model::Territory>) {
    std::map<std::string, std::vector<std::string>> parents;
    for (const auto& t : map.territories) parents[t.id] = t.parents;
    parents[item.id] = item.parents;
    check.check_part_of(parents, [&](const std::string&) { return where; });
  }
}

bool same_key(const model::Flow& a, const model::Flow& b) {
  return a.from == b.from && a.to == b.to && a.status == b.status && a.basis == b.basis && a.population == b.population;
}

/// Refuses a flow or need whose key another record of the map has.
void check_unique(const model::Flow& f, const model::Map& map, Diagnostics& diags, const Position& where) {
  for (const auto& other : map.flows)
    if (other.id != f.id && same_key(other, f))
      diags.error(where, "flow " + std::to_string(other.id) + " already goes from " + f.from + " to " + f.to +
                             " with status " + f.status + ", basis " + f.basis + " and population " + f.population);
}
void check_unique(const model::Need& n, const model::Map& map, Diagnostics& diags, const Position& where) {
  for (const auto& other : map.needs)
    if (store::record_key(other) == store::record_key(n))
      diags.error(where, "need " + n.need + " in " + n.territory + " reported by '" + n.reported_by +
                             "' is already in the map");
}

/// Commits the writer's batch when it changed anything.
EditResult finish(store::Writer& w, const Origin& origin, std::string key) {
  EditResult out;
  out.key = std::move(key);
  out.changes = w.changes();
  if (out.changes.empty()) return out;  // no batch: the writer rolls back
  out.batch = w.batch();
  w.commit(origin.command);
  return out;
}

std::unique_ptr<store::Writer> begin(store::Store& store, const Origin& origin) {
  auto w = std::make_unique<store::Writer>(store, origin.command, "");
  w->set_origin(origin.author, origin.note);
  return w;
}

void need_words(const Ref& ref, std::size_t n, const char* what) {
  if (ref.size() != n) throw UsageError(std::string("expected ") + what);
}

/// Adds or changes one record of T at `row` (0 for a new record) after checking it whole.
template <class T>
EditResult write_checked(store::Writer& w, T item, std::int64_t row, const model::Map& others, Diagnostics& diags,
                         const Origin& origin) {
  check_record(item, others, diags, {origin.command, 0, 0});
  diags.throw_if_errors();
  auto at = w.restore(item, row);
  std::string key;
  if constexpr (std::is_same_v<T, model::Flow>) key = std::to_string(at);
  else if constexpr (std::is_same_v<T, model::Need>) key = store::record_key(item);
  else key = item.id;
  return finish(w, origin, key);
}

}  // namespace

Assignment parse_assignment(std::string_view text) {
  auto eq = text.find('=');
  if (eq == std::string_view::npos || eq == 0)
    throw UsageError("'" + std::string(text) + "' is not FIELD=VALUE (FIELD= clears a field)");
  return {std::string(text::trim(text.substr(0, eq))), std::string(text.substr(eq + 1))};
}

EditResult add(store::Store& store, model::Entity entity, const Ref& ref, const std::vector<Assignment>& fields,
               const Origin& origin) {
  auto w = begin(store, origin);
  const auto& map = w->map_before();
  Diagnostics diags;
  FieldChecker check(diags, "field", map.taxonomy());
  switch (entity) {
    case model::Entity::organisation: {
      need_words(ref, 1, "an organisation id");
      if (map.org(ref[0])) throw InputError("organisation " + ref[0] + " is already in the map (change it with set)");
      model::Organisation o;
      const Position at{ref[0], 0, 0};
      check.set(o, *model::schema<model::Organisation>().find("id"), ref[0], at);
      assign(o, fields, {"id"}, map.taxonomy(), diags);
      return write_checked(*w, o, 0, map, diags, origin);
    }
    case model::Entity::territory: {
      need_words(ref, 1, "a territory id");
      if (map.territory(ref[0]))
        throw InputError("territory " + ref[0] + " is already in the map (change it with set)");
      model::Territory t;
      const Position at{ref[0], 0, 0};
      check.set(t, *model::schema<model::Territory>().find("id"), ref[0], at);
      assign(t, fields, {"id"}, map.taxonomy(), diags);
      return write_checked(*w, t, 0, map, diags, origin);
    }
    case model::Entity::flow: {
      need_words(ref, 2, "FROM TO");
      model::Flow f;
      assign(f, {{"from", ref[0]}, {"to", ref[1]}}, {}, map.taxonomy(), diags);
      assign(f, fields, {"from", "to"}, map.taxonomy(), diags);
      check_unique(f, map, diags, {origin.command, 0, 0});
      return write_checked(*w, f, 0, map, diags, origin);
    }
    case model::Entity::need: {
      need_words(ref, 2, "TERRITORY NEED");
      model::Need n;
      assign(n, {{"territory", ref[0]}, {"need", ref[1]}}, {}, map.taxonomy(), diags);
      assign(n, fields, {"territory", "need"}, map.taxonomy(), diags);
      check_unique(n, map, diags, {origin.command, 0, 0});
      return write_checked(*w, n, 0, map, diags, origin);
    }
  }
  throw std::logic_error("add: unknown entity");
}

EditResult set(store::Store& store, model::Entity entity, const Ref& ref, const std::vector<Assignment>& fields,
               const Origin& origin) {
  if (fields.empty()) throw UsageError("set needs at least one FIELD=VALUE");
  auto w = begin(store, origin);
  const auto& map = w->map_before();
  const auto& rows = w->rows_before();
  Diagnostics diags;
  switch (entity) {
    case model::Entity::organisation: {
      need_words(ref, 1, "an organisation id");
      int i = map.org_index(ref[0]);
      if (i < 0) throw InputError("no organisation " + ref[0] + " in the map");
      auto o = map.organisations[i];
      assign(o, fields, {"id"}, map.taxonomy(), diags);
      return write_checked(*w, o, rows.organisations[i], map, diags, origin);
    }
    case model::Entity::territory: {
      need_words(ref, 1, "a territory id");
      int i = map.territory_index(ref[0]);
      if (i < 0) throw InputError("no territory " + ref[0] + " in the map");
      auto t = map.territories[i];
      assign(t, fields, {"id"}, map.taxonomy(), diags);
      return write_checked(*w, t, rows.territories[i], map, diags, origin);
    }
    case model::Entity::flow: {
      auto i = find_flow(map, ref);
      auto f = map.flows[i];
      assign(f, fields, {"from", "to"}, map.taxonomy(), diags);
      check_unique(f, map, diags, {origin.command, 0, 0});
      return write_checked(*w, f, f.id, map, diags, origin);
    }
    case model::Entity::need: {
      auto i = find_need(map, ref);
      auto n = map.needs[i];
      assign(n, fields, {"territory", "need", "reported_by"}, map.taxonomy(), diags);
      return write_checked(*w, n, rows.needs[i], map, diags, origin);
    }
  }
  throw std::logic_error("set: unknown entity");
}

namespace {

/// "3 flows and 1 need" for the refusal of a removal.
std::string counted(const std::vector<std::pair<long, const char*>>& counts) {
  std::vector<std::string> parts;
  for (const auto& [n, noun] : counts)
    if (n) parts.push_back(std::to_string(n) + " " + noun + (n == 1 ? "" : "s"));
  return text::join(parts, ", ");
}

[[noreturn]] void refuse(const std::string& what, const std::string& counts) {
  throw OptionInputError({what + " still has " + counts + "; remove them first, or give ", option_field("cascade"),
                          " to remove them too"});
}

EditResult remove_org(store::Writer& w, const std::string& id, bool cascade, const Origin& origin) {
  const auto& map = w.map_before();
  if (!map.org(id)) throw InputError("no organisation " + id + " in the map");
  long flows = 0;
  std::vector<const model::Need*> needs;
  for (const auto& f : map.flows) flows += f.from == id || f.to == id;
  for (const auto& n : map.needs)
    if (n.reported_by == id) needs.push_back(&n);
  if ((flows || !needs.empty()) && !cascade)
    refuse("organisation " + id, counted({{flows, "flow"}, {static_cast<long>(needs.size()), "need"}}));
  for (const auto* n : needs) w.remove(store::Kind::need, store::record_key(*n));
  w.remove(store::Kind::organisation, id);  // its flows go with it (foreign keys)
  return finish(w, origin, id);
}

EditResult remove_territory(store::Writer& w, const std::string& id, bool cascade, const Origin& origin) {
  const auto& map = w.map_before();
  const auto& rows = w.rows_before();
  if (!map.territory(id)) throw InputError("no territory " + id + " in the map");
  auto names = [&](const std::vector<std::string>& ids) { return std::find(ids.begin(), ids.end(), id) != ids.end(); };
  std::vector<std::size_t> orgs, children, needs;
  for (std::size_t i = 0; i < map.organisations.size(); ++i)
    if (names(map.organisations[i].territories)) orgs.push_back(i);
  for (std::size_t i = 0; i < map.territories.size(); ++i)
    if (names(map.territories[i].parents)) children.push_back(i);
  for (std::size_t i = 0; i < map.needs.size(); ++i)
    if (map.needs[i].territory == id) needs.push_back(i);
  if ((!orgs.empty() || !children.empty() || !needs.empty()) && !cascade)
    refuse("territory " + id, counted({{static_cast<long>(orgs.size()), "organisation"},
                                       {static_cast<long>(children.size()), "territory"},
                                       {static_cast<long>(needs.size()), "need"}}));
  for (auto i : orgs) {
    auto o = map.organisations[i];
    std::erase(o.territories, id);
    w.restore(o, rows.organisations[i]);
  }
  for (auto i : children) {
    auto t = map.territories[i];
    std::erase(t.parents, id);
    w.restore(t, rows.territories[i]);
  }
  for (auto i : needs) w.remove(store::Kind::need, store::record_key(map.needs[i]));
  w.remove(store::Kind::territory, id);
  return finish(w, origin, id);
}

}  // namespace

EditResult remove(store::Store& store, model::Entity entity, const Ref& ref, bool cascade, const Origin& origin) {
  auto w = begin(store, origin);
  const auto& map = w->map_before();
  switch (entity) {
    case model::Entity::organisation:
      need_words(ref, 1, "an organisation id");
      return remove_org(*w, ref[0], cascade, origin);
    case model::Entity::territory:
      need_words(ref, 1, "a territory id");
      return remove_territory(*w, ref[0], cascade, origin);
    case model::Entity::flow: {
      auto id = std::to_string(map.flows[find_flow(map, ref)].id);
      w->remove(store::Kind::flow, id);
      return finish(*w, origin, id);
    }
    case model::Entity::need: {
      auto key = store::record_key(map.needs[find_need(map, ref)]);
      w->remove(store::Kind::need, key);
      return finish(*w, origin, key);
    }
  }
  throw std::logic_error("remove: unknown entity");
}

}  // namespace stakemap::edit
