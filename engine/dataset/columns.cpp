#include "dataset/columns.hpp"

namespace stakemap::dataset {

const std::vector<Column>& columns(FileKind kind) {
  static const std::vector<Column> territories{
      {"id", Check::text, "", true},          {"kind", Check::code, "territory_kind", true},
      {"name", Check::text, "", true},        {"name_fr", Check::text},
      {"name_nl", Check::text},               {"name_de", Check::text},
      {"part_of", Check::territories}};
  static const std::vector<Column> organisations{
      {"id", Check::text, "", true},
      {"name", Check::text, "", true},
      {"aliases", Check::list},
      {"kind", Check::code, "kind"},
      {"level", Check::code, "level"},
      {"languages", Check::codes, "language"},
      {"territories", Check::territories},
      {"domains", Check::codes, "domain"},
      {"publics", Check::codes, "public"},
      {"services", Check::codes, "service"},
      {"support_role", Check::code, "support_role"},
      {"focal_point", Check::code, "willingness"},
      {"obstacles", Check::codes, "obstacle"},
      {"willing_to_share", Check::code, "willingness"},
      {"contact_name", Check::text},
      {"contact_email", Check::text}};
  static const std::vector<Column> flows{
      {"from", Check::org, "", true},
      {"to", Check::org, "", true},
      {"status", Check::code, "flow_status"},
      {"basis", Check::code, "flow_basis"},
      {"regularity", Check::code, "regularity"},
      {"frequency", Check::code, "frequency"},
      {"population", Check::code, "population"},
      {"data", Check::list},
      {"personal_data", Check::code, "personal_data"},
      {"obstacles", Check::codes, "obstacle"},
      {"source", Check::text},
      {"confirmation", Check::code, "confirmation"},
      {"note", Check::text},
      {"weight", Check::number}};
  static const std::vector<Column> needs{{"territory", Check::territory, "", true},
                                         {"need", Check::code, "service", true},
                                         {"weight", Check::number},
                                         {"reported_by", Check::org}};
  switch (kind) {
    case FileKind::territories: return territories;
    case FileKind::organisations: return organisations;
    case FileKind::flows: return flows;
    case FileKind::needs: return needs;
  }
  return needs;
}

const char* file_name(FileKind kind) {
  switch (kind) {
    case FileKind::territories: return "territories.csv";
    case FileKind::organisations: return "organisations.csv";
    case FileKind::flows: return "flows.csv";
    case FileKind::needs: return "needs.csv";
  }
  return "";
}

bool parse_kind(const std::string& s, FileKind& kind) {
  if (s == "territories") kind = FileKind::territories;
  else if (s == "orgs" || s == "organisations" || s == "organizations") kind = FileKind::organisations;
  else if (s == "flows") kind = FileKind::flows;
  else if (s == "needs") kind = FileKind::needs;
  else return false;
  return true;
}

}  // namespace stakemap::dataset
