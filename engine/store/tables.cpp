#include "store/tables.hpp"

#include <stdexcept>

namespace stakemap::store {

Table table_layout(const std::string& name) {
  if (name == "contact") return {name, "org", nullptr, false};
  if (name == "org_code") return {name, "org", "facet", true};
  if (name == "flow_code") return {name, "flow", "facet", true};
  if (name == "territory_parent") return {name, "territory", nullptr, true};
  throw std::logic_error("store: the schema names table '" + name + "', which no migration creates");
}

}  // namespace stakemap::store
