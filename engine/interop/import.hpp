#pragma once
// `stakemap import FILE --kind graphml|gexf|kumu`: reads an interchange file into a
// checked map and writes it to the store in one transaction (all or nothing), with the
// same report as a dataset import.
#include <set>
#include <string>

#include "dataset/importer.hpp"
#include "interop/map_builder.hpp"
#include "store/store.hpp"

namespace stakemap::interop {

enum class ImportFormat { graphml, gexf, kumu };

/// Parses graphml, gexf or kumu; false when unknown.
bool parse_input_format(const std::string& s, ImportFormat& format);

/// Reads `path` into `builder`: a GraphML or GEXF file; for kumu a blueprint (.json), one
/// sheet (.csv), a folder holding elements.csv and/or connections.csv, or a workbook (.xlsx)
/// with an Elements and/or a Connections sheet.
void read_into(const std::string& path, ImportFormat format, MapBuilder& builder);

/// Imports `path` into `store`. Without options.replace the items update the map by key
/// (fields the file does not carry are kept); with it the map's content is replaced.
/// `ignored` names fields to drop (the metrics an export attached). Throws
/// ValidationError listing every problem, or InputError for a malformed file; the map is
/// then unchanged.
dataset::ImportReport import_file(store::Store& store, const std::string& path, ImportFormat format,
                                  const dataset::ImportOptions& options, const std::set<std::string>& ignored = {});

}  // namespace stakemap::interop
