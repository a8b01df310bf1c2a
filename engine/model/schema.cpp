#include "model/schema.hpp"

#include <stdexcept>

#include "core/table.hpp"
#include "core/text.hpp"

namespace stakemap::model {

bool is_list(Check check) { return check == Check::codes || check == Check::list || check == Check::territories; }

template <class T>
std::string Field<T>::get(const T& item) const {
  if (text) return item.*text;
  if (list) return text::join(item.*list);
  const auto& n = item.*number;
  return n ? number_text(*n) : "";
}

template <class T>
bool Field<T>::empty(const T& item) const {
  if (text) return (item.*text).empty();
  if (list) return (item.*list).empty();
  return !(item.*number);
}

template <class T>
void Field<T>::clear(T& item) const {
  if (text) (item.*text).clear();
  else if (list) (item.*list).clear();
  else (item.*number).reset();
}

template <class T>
Schema<T>::Schema(Entity entity, const char* file, const char* table, std::vector<Field<T>> fields)
    : entity_(entity), file_(file), table_(table), fields_(std::move(fields)) {
  for (const auto& f : fields_) {
    bool member_fits = f.list ? f.is_list() : f.number ? f.is_number() : (f.text && !f.is_list() && !f.is_number());
    if (!member_fits)
      throw std::logic_error(std::string("schema: field '") + f.name + "' has a member of the wrong type");
    specs_.push_back(f);
  }
}

template <class T>
const Field<T>* Schema<T>::find(std::string_view name) const {
  for (const auto& f : fields_)
    if (name == f.name) return &f;
  return nullptr;
}

template <class T>
Schema<T> Schema<T>::with(Field<T> field, std::string_view after) const {
  auto fields = fields_;
  auto at = fields.end();
  for (auto it = fields.begin(); it != fields.end(); ++it)
    if (!after.empty() && after == it->name) at = it + 1;
  fields.insert(at, std::move(field));
  return Schema(entity_, file_, table_, std::move(fields));
}

template <class T>
Schema<T> Schema<T>::without(std::string_view name) const {
  auto fields = fields_;
  std::erase_if(fields, [&](const Field<T>& f) { return name == f.name; });
  return Schema(entity_, file_, table_, std::move(fields));
}

namespace {

// The built-in tables. Adding a field: one line here (and a member in model/map.hpp when the
// field is new), plus a migration under models/migrations/ that adds its storage column.
const Schema<Territory>& builtin_territory() {
  using T = Territory;
  static const Schema<T> s(Entity::territory, "territories.csv", "territory",
                           {{"id", &T::id, Check::text, {"territory", "id"}, "", kRequired | kKey},
                            {"kind", &T::kind, Check::code, {"territory", "kind"}, "territory_kind", kRequired},
                            {"name", &T::name, Check::text, {"territory", "name"}, "", kRequired},
                            {"name_fr", &T::name_fr, Check::text, {"territory", "name_fr"}},
                            {"name_nl", &T::name_nl, Check::text, {"territory", "name_nl"}},
                            {"name_de", &T::name_de, Check::text, {"territory", "name_de"}},
                            {"part_of", &T::parents, Check::territories, {"territory_parent", "parent"}}});
  return s;
}

const Schema<Organisation>& builtin_organisation() {
  using O = Organisation;
  static const Schema<O> s(
      Entity::organisation, "organisations.csv", "organisation",
      {{"id", &O::id, Check::text, {"organisation", "id"}, "", kRequired | kKey},
       {"name", &O::name, Check::text, {"organisation", "name"}, "", kRequired},
       {"aliases", &O::aliases, Check::list, {"org_code", "code", "alias"}},
       {"kind", &O::kind, Check::code, {"organisation", "kind"}, "kind"},
       {"level", &O::level, Check::code, {"organisation", "level"}, "level"},
       {"languages", &O::languages, Check::codes, {"org_code", "code", "language"}, "language"},
       {"territories", &O::territories, Check::territories, {"org_code", "code", "territory"}},
       {"domains", &O::domains, Check::codes, {"org_code", "code", "domain"}, "domain"},
       {"publics", &O::publics, Check::codes, {"org_code", "code", "public"}, "public"},
       {"services", &O::services, Check::codes, {"org_code", "code", "service"}, "service"},
       {"support_role", &O::support_role, Check::code, {"organisation", "support_role"}, "support_role"},
       {"focal_point", &O::focal_point, Check::code, {"organisation", "focal_point"}, "willingness"},
       {"obstacles", &O::obstacles, Check::codes, {"org_code", "code", "obstacle"}, "obstacle"},
       {"willing_to_share", &O::willing, Check::code, {"organisation", "willing"}, "willingness"},
       {"contact_name", &O::contact_name, Check::text, {"contact", "name"}, "", kPersonal},
       {"contact_email", &O::contact_email, Check::text, {"contact", "email"}, "", kPersonal}});
  return s;
}

const Schema<Flow>& builtin_flow() {
  using F = Flow;
  static const Schema<F> s(
      Entity::flow, "flows.csv", "flow",
      {{"from", &F::from, Check::org, {"flow", "src"}, "", kRequired | kKey},
       {"to", &F::to, Check::org, {"flow", "dst"}, "", kRequired | kKey},
       {"status", &F::status, Check::code, {"flow", "status"}, "flow_status", kKey},
       {"basis", &F::basis, Check::code, {"flow", "basis"}, "flow_basis", kKey},
       {"regularity", &F::regularity, Check::code, {"flow", "regularity"}, "regularity"},
       {"frequency", &F::frequency, Check::code, {"flow", "frequency"}, "frequency"},
       {"population", &F::population, Check::code, {"flow", "population"}, "population", kKey},
       {"data", &F::data, Check::list, {"flow_code", "code", "data"}},
       {"personal_data", &F::personal_data, Check::code, {"flow", "personal_data"}, "personal_data"},
       {"obstacles", &F::obstacles, Check::codes, {"flow_code", "code", "obstacle"}, "obstacle"},
       {"source", &F::source, Check::text, {"flow", "source"}},
       {"confirmation", &F::confirmation, Check::code, {"flow", "confirmation"}, "confirmation"},
       {"note", &F::note, Check::text, {"flow", "note"}},
       {"weight", &F::weight, {"flow", "weight"}}});
  return s;
}

const Schema<Need>& builtin_need() {
  using N = Need;
  static const Schema<N> s(Entity::need, "needs.csv", "need",
                           {{"territory", &N::territory, Check::territory, {"need", "territory"}, "", kRequired | kKey},
                            {"need", &N::need, Check::code, {"need", "need"}, "service", kRequired | kKey},
                            {"weight", &N::weight, {"need", "weight"}},
                            {"reported_by", &N::reported_by, Check::org, {"need", "reported_by"}, "", kKey}});
  return s;
}

// The override in force, or nullptr.
template <class T>
const Schema<T>*& current() {
  static const Schema<T>* s = nullptr;
  return s;
}

}  // namespace

template <>
const Schema<Territory>& schema<Territory>() {
  return current<Territory>() ? *current<Territory>() : builtin_territory();
}
template <>
const Schema<Organisation>& schema<Organisation>() {
  return current<Organisation>() ? *current<Organisation>() : builtin_organisation();
}
template <>
const Schema<Flow>& schema<Flow>() {
  return current<Flow>() ? *current<Flow>() : builtin_flow();
}
template <>
const Schema<Need>& schema<Need>() {
  return current<Need>() ? *current<Need>() : builtin_need();
}

const std::vector<FieldSpec>& fields(Entity entity) {
  switch (entity) {
    case Entity::territory: return schema<Territory>().specs();
    case Entity::organisation: return schema<Organisation>().specs();
    case Entity::flow: return schema<Flow>().specs();
    case Entity::need: return schema<Need>().specs();
  }
  throw std::logic_error("fields: unknown entity");
}

const FieldSpec* find_field(Entity entity, std::string_view name) {
  for (const auto& f : fields(entity))
    if (name == f.name) return &f;
  return nullptr;
}

const char* file_name(Entity entity) {
  switch (entity) {
    case Entity::territory: return schema<Territory>().file();
    case Entity::organisation: return schema<Organisation>().file();
    case Entity::flow: return schema<Flow>().file();
    case Entity::need: return schema<Need>().file();
  }
  return "";
}

template <class T>
void clear_personal(T& item) {
  for (const auto& f : schema<T>().fields())
    if (f.personal()) f.clear(item);
}

template <class T>
SchemaOverride<T>::SchemaOverride(Schema<T> replacement)
    : schema_(std::make_unique<Schema<T>>(std::move(replacement))), previous_(current<T>()) {
  current<T>() = schema_.get();
}

template <class T>
SchemaOverride<T>::~SchemaOverride() {
  current<T>() = previous_;
}

// T names a type in explicit instantiations: it cannot be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define STAKEMAP_SCHEMA_FOR(T)      \
  template struct Field<T>;         \
  template class Schema<T>;         \
  template void clear_personal(T&); \
  template class SchemaOverride<T>;
STAKEMAP_SCHEMA_FOR(Territory)
STAKEMAP_SCHEMA_FOR(Organisation)
STAKEMAP_SCHEMA_FOR(Flow)
STAKEMAP_SCHEMA_FOR(Need)
#undef STAKEMAP_SCHEMA_FOR
// NOLINTEND(bugprone-macro-parentheses)

}  // namespace stakemap::model
