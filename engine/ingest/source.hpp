#pragma once
// What a path given to `import` or `check` holds: a dataset folder, one file of a dataset, a
// survey export, or an interchange file (GraphML, GEXF, Kumu).
#include <optional>
#include <string>

#include "dataset/columns.hpp"

namespace stakemap::ingest {

enum class Source {
  dataset,
  workbook,
  territories,
  organisations,
  flows,
  needs,
  survey,
  graphml,
  gexf,
  kumu,
  stakemap_json
};

/// What `path` holds, told from the path alone: a folder is a dataset, `responses.csv` a
/// survey export, `territories.csv`, `organisations.csv`, `flows.csv` or `needs.csv` a
/// dataset file (also as .xlsx), any other .xlsx a dataset workbook (a sheet per dataset
/// file), a .json file stakemap's own JSON (export json); nullopt otherwise. The path must exist.
std::optional<Source> detect(const std::string& path);

/// What `path` holds when the user names its kind `kind` ("" = detect()): territories,
/// orgs, flows, needs, survey, dataset (a workbook: standard input), json, graphml, gexf, kumu. Throws InputError when
/// `path` does not exist, and UsageError (OptionError naming the option field `kind`) when `kind` is unknown, names a
/// single file's kind for a folder, or is empty and detect() cannot tell.
Source resolve(const std::string& path, const std::string& kind = "");

/// True for a dataset folder or workbook, or one file of a dataset.
bool is_dataset(Source source);
/// The dataset file kind of a single dataset file (source territories, organisations,
/// flows or needs).
dataset::FileKind file_kind(Source source);

}  // namespace stakemap::ingest
