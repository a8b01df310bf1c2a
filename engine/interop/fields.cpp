#include "interop/fields.hpp"

#include <set>

#include "core/table.hpp"
#include "core/text.hpp"

namespace stakemap::interop {

using model::Flow;
using model::Need;
using model::Organisation;
using model::Territory;

template <>
const std::vector<Slot<Territory>>& slots<Territory>() {
  static const std::vector<Slot<Territory>> s{
      {"id", &Territory::id},         {"kind", &Territory::kind},       {"name", &Territory::name},
      {"name_fr", &Territory::name_fr}, {"name_nl", &Territory::name_nl}, {"name_de", &Territory::name_de},
      {"part_of", nullptr, &Territory::parents}};
  return s;
}

template <>
const std::vector<Slot<Organisation>>& slots<Organisation>() {
  using O = Organisation;
  static const std::vector<Slot<O>> s{
      {"id", &O::id},
      {"name", &O::name},
      {"aliases", nullptr, &O::aliases},
      {"kind", &O::kind},
      {"level", &O::level},
      {"languages", nullptr, &O::languages},
      {"territories", nullptr, &O::territories},
      {"domains", nullptr, &O::domains},
      {"publics", nullptr, &O::publics},
      {"services", nullptr, &O::services},
      {"support_role", &O::support_role},
      {"focal_point", &O::focal_point},
      {"obstacles", nullptr, &O::obstacles},
      {"willing_to_share", &O::willing},
      {"contact_name", &O::contact_name},
      {"contact_email", &O::contact_email}};
  return s;
}

template <>
const std::vector<Slot<Flow>>& slots<Flow>() {
  static const std::vector<Slot<Flow>> s{
      {"from", &Flow::from},
      {"to", &Flow::to},
      {"status", &Flow::status},
      {"basis", &Flow::basis},
      {"regularity", &Flow::regularity},
      {"frequency", &Flow::frequency},
      {"population", &Flow::population},
      {"data", nullptr, &Flow::data},
      {"personal_data", &Flow::personal_data},
      {"obstacles", nullptr, &Flow::obstacles},
      {"source", &Flow::source},
      {"confirmation", &Flow::confirmation},
      {"note", &Flow::note},
      {"weight", nullptr, nullptr, &Flow::weight}};
  return s;
}

template <>
const std::vector<Slot<Need>>& slots<Need>() {
  static const std::vector<Slot<Need>> s{{"territory", &Need::territory},
                                         {"need", &Need::need},
                                         {"weight", nullptr, nullptr, &Need::weight},
                                         {"reported_by", &Need::reported_by}};
  return s;
}

template <>
dataset::FileKind kind_of<Territory>() { return dataset::FileKind::territories; }
template <>
dataset::FileKind kind_of<Organisation>() { return dataset::FileKind::organisations; }
template <>
dataset::FileKind kind_of<Flow>() { return dataset::FileKind::flows; }
template <>
dataset::FileKind kind_of<Need>() { return dataset::FileKind::needs; }

template <class T>
std::string get(const T& item, const Slot<T>& slot) {
  if (slot.text) return item.*slot.text;
  if (slot.list) return text::join(item.*slot.list);
  const auto& n = item.*slot.number;
  return n ? number_text(*n) : "";
}

template <class T>
std::string get(const T& item, const std::string& column) {
  for (const auto& s : slots<T>())
    if (column == s.column) return get(item, s);
  return "";
}

template std::string get(const Territory&, const Slot<Territory>&);
template std::string get(const Organisation&, const Slot<Organisation>&);
template std::string get(const Flow&, const Slot<Flow>&);
template std::string get(const Need&, const Slot<Need>&);
template std::string get(const Territory&, const std::string&);
template std::string get(const Organisation&, const std::string&);
template std::string get(const Flow&, const std::string&);
template std::string get(const Need&, const std::string&);

bool is_personal(const char* column) { return std::string(column).rfind("contact_", 0) == 0; }

namespace {
template <class T>
std::vector<std::string> keys_of(const std::vector<T>& items) {
  std::set<std::string> keys;
  for (const auto& i : items)
    for (const auto& [k, v] : i.attributes) keys.insert(k);
  return {keys.begin(), keys.end()};
}
}  // namespace

std::vector<std::string> attribute_keys(const std::vector<Organisation>& orgs) { return keys_of(orgs); }
std::vector<std::string> attribute_keys(const std::vector<Flow>& flows) { return keys_of(flows); }

std::string normalise_key(const std::string& key) {
  std::string out = text::lower(text::trim(key));
  for (char& c : out)
    if (c == ' ' || c == '-') c = '_';
  return out;
}

}  // namespace stakemap::interop
