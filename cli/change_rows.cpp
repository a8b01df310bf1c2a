#include "cli/change_rows.hpp"

#include "core/errors.hpp"
#include "model/schema.hpp"

namespace stakemap::cli {

std::vector<store::FieldChange> changed_fields(const std::optional<std::string>& before,
                                               const std::optional<std::string>& after, bool personal) {
  auto out = store::field_changes(before ? *before : "", after ? *after : "");
  if (personal) return out;
  for (auto& f : out)
    for (auto entity :
         {model::Entity::organisation, model::Entity::flow, model::Entity::territory, model::Entity::need})
      if (const auto* spec = model::find_field(entity, f.field); spec && spec->personal()) {
        if (!f.before.empty()) f.before = "(personal)";
        if (!f.after.empty()) f.after = "(personal)";
      }
  return out;
}

bool show_personal(const std::string& privacy) {
  if (privacy == "internal") return true;
  if (privacy == "partners") return false;
  throw UsageError("unknown --privacy '" + privacy + "' (allowed: internal, partners)");
}

}  // namespace stakemap::cli
