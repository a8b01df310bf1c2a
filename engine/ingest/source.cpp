#include "ingest/source.hpp"
#include "io/input_file.hpp"
#include "io/record_source.hpp"

#include <filesystem>

#include "core/errors.hpp"
#include "dataset/importer.hpp"
#include "interop/import.hpp"

namespace stakemap::ingest {

namespace fs = std::filesystem;

namespace {
Source from_file_kind(dataset::FileKind kind) {
  switch (kind) {
    case dataset::FileKind::territories: return Source::territories;
    case dataset::FileKind::organisations: return Source::organisations;
    case dataset::FileKind::flows: return Source::flows;
    case dataset::FileKind::needs: return Source::needs;
  }
  throw std::logic_error("unknown dataset file kind");
}

Source from_format(interop::ImportFormat format) {
  switch (format) {
    case interop::ImportFormat::graphml: return Source::graphml;
    case interop::ImportFormat::gexf: return Source::gexf;
    case interop::ImportFormat::kumu: return Source::kumu;
    case interop::ImportFormat::stakemap: return Source::stakemap_json;
  }
  throw std::logic_error("unknown interchange format");
}
}  // namespace

std::optional<Source> detect(const std::string& path) {
  if (fs::is_directory(path)) return Source::dataset;
  if (fs::path(path).stem() == "responses") return Source::survey;
  dataset::FileKind kind;
  if (dataset::kind_from_file_name(path, kind)) return from_file_kind(kind);
  if (io::is_xlsx(path)) return Source::workbook;
  if (fs::path(path).extension() == ".json") return Source::stakemap_json;
  return std::nullopt;
}

Source resolve(const std::string& path, const std::string& kind) {
  if (io::is_stdin(path) && kind.empty())
    throw OptionError({"import - reads standard input: give its ", option_field("kind")});
  if (!io::is_stdin(path) && !fs::exists(path)) throw InputError(path + ": no such file or folder");
  interop::ImportFormat format;
  if (interop::parse_input_format(kind, format)) return from_format(format);
  if (fs::is_directory(path)) {
    if (!kind.empty())
      throw OptionError(
          {option_field("kind"),
           " '" + kind + "' names the kind of a single file; " + path + " is a folder, imported as a dataset (or give ",
           option_field("kind"), " kumu for a Kumu folder)"});
    return Source::dataset;
  }
  if (kind == "survey") return Source::survey;
  if (kind == "dataset" && io::is_xlsx(path)) return Source::workbook;  // a workbook on standard input
  if (kind.empty()) {
    if (auto source = detect(path)) return *source;
    throw OptionError({path + ": cannot tell the kind of file from its name; give ", option_field("kind")});
  }
  dataset::FileKind file;
  if (!dataset::parse_kind(kind, file))
    throw OptionError::unknown(
        "kind", kind, "territories, orgs, flows, needs, survey, dataset (a workbook), json, graphml, gexf, kumu");
  return from_file_kind(file);
}

bool is_dataset(Source source) {
  return source == Source::dataset || source == Source::workbook || source == Source::territories ||
         source == Source::organisations || source == Source::flows || source == Source::needs;
}

dataset::FileKind file_kind(Source source) {
  switch (source) {
    case Source::territories: return dataset::FileKind::territories;
    case Source::organisations: return dataset::FileKind::organisations;
    case Source::flows: return dataset::FileKind::flows;
    case Source::needs: return dataset::FileKind::needs;
    default: throw std::logic_error("not a single dataset file");
  }
}

}  // namespace stakemap::ingest
