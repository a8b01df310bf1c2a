#include "dataset/columns.hpp"

namespace stakemap::dataset {

model::Entity entity_of(FileKind kind) {
  switch (kind) {
    case FileKind::territories: return model::Entity::territory;
    case FileKind::organisations: return model::Entity::organisation;
    case FileKind::flows: return model::Entity::flow;
    case FileKind::needs: return model::Entity::need;
  }
  return model::Entity::need;
}

const std::vector<Column>& columns(FileKind kind) { return model::fields(entity_of(kind)); }

const char* file_name(FileKind kind) { return model::file_name(entity_of(kind)); }

bool parse_kind(const std::string& s, FileKind& kind) {
  if (s == "territories") kind = FileKind::territories;
  else if (s == "orgs" || s == "organisations" || s == "organizations") kind = FileKind::organisations;
  else if (s == "flows") kind = FileKind::flows;
  else if (s == "needs") kind = FileKind::needs;
  else return false;
  return true;
}

}  // namespace stakemap::dataset
