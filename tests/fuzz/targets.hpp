#pragma once
// The fuzz targets, as functions so that the libFuzzer executables (tests/fuzz/fuzz_*.cpp,
// built with -DSTAKEMAP_FUZZ=ON) and the unit test that replays the seed corpus and every
// crash ever found (tests/hardening/test_fuzz_corpus.cpp) run the very same code.
// Bad input must end in InputError (or its subclasses); anything else is a finding: a
// crash, a sanitizer report, another exception, or a broken round-trip property.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "dataset/importer.hpp"
#include "interop/gexf_reader.hpp"
#include "interop/gexf_writer.hpp"
#include "interop/graphml_reader.hpp"
#include "interop/graphml_writer.hpp"
#include "interop/import.hpp"
#include "interop/json_export.hpp"
#include "interop/kumu.hpp"
#include "io/csv_reader.hpp"
#include "io/xlsx_reader.hpp"
#include "store/map_history.hpp"
#include "store/map_image.hpp"
#include "store/rounds.hpp"
#include "store/store.hpp"
#include "survey/import.hpp"
#include "temp_dir.hpp"
#include "xlsx_parts.hpp"

namespace stakemap::fuzz {

/// A broken property: a crash under libFuzzer, an exception in the unit test.
inline void require(bool ok, const char* what) {
#ifdef STAKEMAP_FUZZING
  if (!ok) {
    fprintf(stderr, "property broken: %s\n", what);
    __builtin_trap();
  }
#else
  if (!ok) throw std::logic_error(std::string("property broken: ") + what);
#endif
}

inline std::string text_of(const uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

/// Splits at NUL bytes into exactly `n` parts (missing parts empty, extra NULs kept).
inline std::vector<std::string> parts(const std::string& s, std::size_t n) {
  std::vector<std::string> out(n);
  std::size_t k = 0;
  for (char c : s) {
    if (c == '\0' && k + 1 < n) ++k;
    else out[k] += c;
  }
  return out;
}

/// The CSV reader: first byte picks small limits so that they are exercised too.
inline int csv_reader(const uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  io::CsvLimits limits;
  if (data[0] & 1) limits.max_field_bytes = 16;
  if (data[0] & 2) limits.max_fields = 4;
  std::istringstream in(text_of(data + 1, size - 1));
  io::CsvReader csv(in, "fuzz.csv", (data[0] & 4) ? ';' : 0, limits);
  std::vector<std::string> fields;
  try {
    while (csv.next(fields)) {
      require(!fields.empty(), "a record has at least one field");
      for (std::size_t i = 0; i < fields.size(); ++i) require(csv.position(i).line >= 1, "positions are 1-based");
    }
  } catch (const InputError&) {}
  return 0;
}

/// Dataset import: territories, organisations, flows and needs separated by NUL bytes,
/// imported into an in-memory map.
inline int dataset_import(const uint8_t* data, std::size_t size) {
  static const ::test::TempDir tmp;  // removed when the process ends
  const auto& dir = tmp.path;
  auto files = parts(text_of(data, size), 4);
  const char* names[] = {"territories.csv", "organisations.csv", "flows.csv", "needs.csv"};
  for (int i = 0; i < 4; ++i) std::ofstream(dir / names[i], std::ios::binary) << files[i];
  auto store = store::Store::in_memory();
  try {
    dataset::import_dataset(store, dir.string(), {});
    store.load();
  } catch (const InputError&) {}
  return 0;
}

/// Reads `text` with `read`; for accepted input, checks that writing and reading back is
/// stable: write(read(write(map))) == write(map).
template <class Read, class Write>
int read_and_round_trip(const std::string& text, Read read, Write write) {
  auto parse = [&](const std::string& t, dataset::Diagnostics& d) {
    std::istringstream in(t);
    interop::MapBuilder b("fuzz", d);
    read(in, b);
    return b.finish();
  };
  try {
    dataset::Diagnostics d;
    auto map = parse(text, d);
    if (d.errors() > 0) return 0;
    std::ostringstream once;
    write(map, once);
    dataset::Diagnostics d2;
    auto again = parse(once.str(), d2);
    require(d2.errors() == 0, "what stakemap writes, it reads back without error");
    std::ostringstream twice;
    write(again, twice);
    require(once.str() == twice.str(), "write(read(write(map))) == write(map)");
  } catch (const InputError&) {}
  return 0;
}

inline interop::ExportOptions everything() {
  interop::ExportOptions o;
  o.personal = true;
  return o;
}

inline int graphml(const uint8_t* data, std::size_t size) {
  return read_and_round_trip(text_of(data, size), interop::read_graphml, [](const model::Map& m, std::ostream& out) {
    interop::write_graphml(m, everything(), out);
  });
}

inline int gexf(const uint8_t* data, std::size_t size) {
  return read_and_round_trip(text_of(data, size), interop::read_gexf,
                             [](const model::Map& m, std::ostream& out) { interop::write_gexf(m, everything(), out); });
}

inline int kumu_json(const uint8_t* data, std::size_t size) {
  return read_and_round_trip(
      text_of(data, size), [](std::istream& in, interop::MapBuilder& b) { interop::KumuReader(b).read_json(in); },
      [](const model::Map& m, std::ostream& out) { interop::write_kumu_json(m, everything(), out); });
}

/// stakemap JSON (export json --with-history) imported into a new map. When it imports, the map's
/// export with history, imported into another new map, exports the same bytes (history, rounds
/// and flow ids restored whole).
inline int stakemap_json(const uint8_t* data, std::size_t size) {
  static const ::test::TempDir tmp;  // removed when the process ends
  const auto path = (tmp.path / "map.json").string();
  auto export_of = [](store::Store& s) {
    auto o = everything();
    o.rounds = store::rounds(s);
    o.history = store::logged_batches(s);
    std::ostringstream out;
    interop::write_json(s.load(), o, out);
    return out.str();
  };
  auto import_new = [&](const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    auto s = store::Store::in_memory();
    interop::import_stakemap_json(s, path, {});
    return s;
  };
  std::string first;
  try {
    auto a = import_new(text_of(data, size));
    first = export_of(a);
  } catch (const InputError&) { return 0; }
  auto b = import_new(first);  // what stakemap wrote must import
  require(export_of(b) == first, "stakemap json: export, import into a new map, export gives the same file");
  return 0;
}

/// Kumu sheets: elements and connections separated by a NUL byte.
inline int kumu_csv(const uint8_t* data, std::size_t size) {
  auto sheets = parts(text_of(data, size), 2);
  try {
    dataset::Diagnostics d;
    interop::MapBuilder b("fuzz", d);
    interop::KumuReader kumu(b);
    for (const auto& sheet : sheets) {
      std::istringstream in(sheet);
      kumu.read_csv(in);
    }
    auto map = b.finish();
    if (d.errors() == 0) {
      std::ostringstream json;
      interop::write_json(map, everything(), json);
    }
  } catch (const InputError&) {}
  return 0;
}

/// Survey import (the default questionnaire) of one export file, as a dry run against a map
/// that holds the organisations and territories of tests/fixtures/survey/map.
inline int survey_import(const uint8_t* data, std::size_t size) {
  static const ::test::TempDir tmp;  // removed when the process ends
  static const auto& dir = tmp.path;
  static store::Store* store = [] {
    auto* s = new store::Store((dir / "map.db").string(), store::Store::Mode::write);
    dataset::import_dataset(*s, std::string(STAKEMAP_SOURCE_DIR) + "/tests/fixtures/survey/map", {});
    return s;
  }();
  auto path = dir / "responses.csv";
  std::ofstream(path, std::ios::binary) << text_of(data, size);
  survey::ImportOptions options;
  options.dry_run = true;
  try {
    survey::import_responses(*store, path.string(), options);
  } catch (const InputError&) {}
  return 0;
}

/// The XLSX reader. First byte odd: the rest is the archive itself. Even: the rest is a sheet's
/// <sheetData> content, shared-string items and styles, separated by NUL bytes, zipped into a
/// workbook; its bits 1 and 2 pick small limits (columns, cells, shared strings).
inline int xlsx_reader(const uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const ::test::TempDir tmp;  // removed when the process ends
  const auto path = (tmp.path / "fuzz.xlsx").string();
  io::XlsxLimits limits;
  if (data[0] & 2) limits.max_columns = 8, limits.max_cells = 64;
  if (data[0] & 4) limits.max_shared_strings = 4, limits.max_shared_bytes = 64;
  if (data[0] & 1) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text_of(data + 1, size - 1);
  } else {
    auto p = parts(text_of(data + 1, size - 1), 3);
    ::test::write_zip(path, ::test::workbook({{"Sheet1", p[0]}, {"two", p[0]}}, p[1], p[2]));
  }
  try {
    auto book = io::XlsxWorkbook::open(path, limits);
    for (const auto& name : book->sheets()) {
      auto records = book->sheet(name);
      std::vector<std::string> fields;
      while (records->next(fields)) {
        require(!fields.empty() && !fields.back().empty(), "a record ends with a cell that is not empty");
        require(fields.size() <= limits.max_columns, "a record has at most max_columns fields");
        require(records->line() >= 1, "rows are 1-based");
        require(records->position(fields.size() - 1).column == static_cast<long>(fields.size()),
                "field i is in column i + 1");
      }
    }
  } catch (const InputError&) {}
  return 0;
}

/// The map image parser (store/map_image.hpp): the first byte's low bit picks whether the rest
/// is a whole image (header checks included) or a payload sealed with a valid header (the
/// parser itself). A decoded image must encode to an image that decodes to the same records.
inline int map_image(const uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string rest = text_of(data + 1, size - 1);
  const auto image = (data[0] & 1) ? rest : store::seal_map_image(rest);
  const auto first = store::decode_map_image(image);
  if (!first) return 0;
  const auto again = store::encode_map_image(first->map, first->rows);
  const auto second = store::decode_map_image(again);
  require(second.has_value(), "an encoded image decodes");
  require(store::encode_map_image(second->map, second->rows) == again, "encoding a decoded image is stable");
  return 0;
}

}  // namespace stakemap::fuzz
