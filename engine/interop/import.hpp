#pragma once
// `stakemap import FILE --kind graphml|gexf|kumu`: reads an interchange file into a
// checked map and writes it to the store in one transaction (all or nothing), with the
// same report as a dataset import.
#include <functional>
#include <set>
#include <string>

#include "dataset/importer.hpp"
#include "interop/map_builder.hpp"
#include "store/store.hpp"

namespace stakemap::interop {

enum class ImportFormat { graphml, gexf, kumu, stakemap };

/// Parses graphml, gexf, kumu or json (stakemap's own JSON); false when unknown.
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

/// Imports stakemap's own JSON (export json). Into a map without records, batches or rounds,
/// the history the file carries (export json --with-history) is restored with its rounds
/// (store::Writer::restore_history) and flows keep their ids; otherwise the items are imported
/// as by import_file, and a warning says that the rounds and history were not restored, and why.
/// Throws as import_file.
dataset::ImportReport import_stakemap_json(store::Store& store, const std::string& path,
                                           const dataset::ImportOptions& options,
                                           const std::set<std::string>& ignored = {});

/// Writes `map` (read by `builder`) into `writer` by key, item by item, and empties it.
void upsert(store::Writer& writer, model::Map& map, const MapBuilder& builder);
/// Bytes of the input at `path` (every regular file of a folder), or 0 when unknown (a pipe).
std::size_t input_size(const std::string& path);
/// Runs `read`. An InputError that stops it (malformed XML or JSON, an unsupported structure,
/// a limit) is rethrown as is when `diags` holds no error yet; otherwise it is reported after
/// the errors of the values read so far, and they all are thrown (ValidationError).
void read_reporting(dataset::Diagnostics& diags, const std::function<void()>& read);
/// The report of an import into `writer` from `path` (its counts, plus `uncounted_flows` the
/// writer wrote without counting), and the batch committed unless `dry_run`.
dataset::ImportReport commit_import(store::Writer& writer, const dataset::Diagnostics& diags, const std::string& path,
                                    bool dry_run, long uncounted_flows = 0);

}  // namespace stakemap::interop
