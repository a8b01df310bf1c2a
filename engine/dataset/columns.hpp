#pragma once
// The dataset format (DESIGN §2): for each file, its known columns, which are required,
// and how each cell is checked. Columns not listed here are kept as attributes.
#include <string>
#include <vector>

namespace stakemap::dataset {

/// The four files of a dataset folder.
enum class FileKind { territories, organisations, flows, needs };

/// How a cell is checked.
enum class Check {
  text,       ///< free text
  code,       ///< one code of `facet` (empty allowed unless required)
  codes,      ///< '|'-separated codes of `facet`
  list,       ///< '|'-separated free text
  territory,  ///< id of a territory
  territories,///< '|'-separated territory ids
  org,        ///< id of an organisation
  number      ///< a real number >= 0
};

struct Column {
  const char* name;
  Check check;
  const char* facet = "";  ///< taxonomy facet for code/codes
  bool required = false;
};

/// Known columns of `kind`, in the order exports write them.
const std::vector<Column>& columns(FileKind kind);
/// "territories.csv" etc.
const char* file_name(FileKind kind);
/// Parses "territories", "orgs"/"organisations", "flows", "needs"; false when unknown.
bool parse_kind(const std::string& s, FileKind& kind);

}  // namespace stakemap::dataset
