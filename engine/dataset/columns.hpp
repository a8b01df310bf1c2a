#pragma once
// The dataset format (DESIGN §2) seen by file: each file's known columns come from the
// entity's field schema (model/schema.hpp). Columns not listed there are kept as attributes.
#include <string>
#include <vector>

#include "model/schema.hpp"

namespace stakemap::dataset {

/// The four files of a dataset folder.
enum class FileKind { territories, organisations, flows, needs };

/// How a cell is checked (the schema's checks).
using Check = model::Check;
/// A known column: its field spec in the schema.
using Column = model::FieldSpec;

/// The entity whose records `kind` holds.
model::Entity entity_of(FileKind kind);
/// Known columns of `kind`, in the order exports write them (model::fields of its entity).
const std::vector<Column>& columns(FileKind kind);
/// "territories.csv" etc.
const char* file_name(FileKind kind);
/// Parses "territories", "orgs"/"organisations", "flows", "needs"; false when unknown.
bool parse_kind(const std::string& s, FileKind& kind);

}  // namespace stakemap::dataset
