// A dataset as an XLSX workbook: the same rows give the same verdicts as the CSV files (one
// validator), with positions file.xlsx[sheet]:row:column; synthetic and vocabulary sheets.
#include <doctest/doctest.h>

#include <sstream>

#include "core/csv_writer.hpp"
#include "dataset/fixture.hpp"
#include "dataset/importer.hpp"
#include "xlsx_parts.hpp"

using stakemap::ValidationError;
using stakemap::dataset::ImportOptions;
using stakemap::store::Store;
using Table = std::vector<std::vector<std::string>>;

namespace {

const Table kTerritories{{"id", "kind", "name"}, {"C", "country", "Country"}};
const Table kOrgs{{"id", "name", "level", "territories", "staff"},
                  {"a", "Org A", "local", "C", "12"},
                  {"b", "Org B", "locale", "C", ""},
                  {"b", "Org B again", "federal", "Nowhere", ""}};

// A sheet's <sheetData>: every cell an inline string, except numbers (typed as number cells).
std::string sheet_data(const Table& rows) {
  std::string xml;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    xml += "<row r=\"" + std::to_string(r + 1) + "\">";
    for (const auto& cell : rows[r]) {
      if (cell.empty()) xml += "<c/>";
      else if (cell.find_first_not_of("0123456789") == std::string::npos) xml += "<c><v>" + cell + "</v></c>";
      else xml += "<c t=\"inlineStr\"><is><t>" + cell + "</t></is></c>";
    }
    xml += "</row>";
  }
  return xml;
}

std::string csv_text(const Table& rows) {
  std::ostringstream out;
  stakemap::CsvWriter csv(out);
  for (const auto& r : rows) csv.row(r);
  return out.str();
}

// The messages of the diagnostics (positions dropped) and the positions, of importing `import`.
template <class Import>
std::pair<std::vector<std::string>, std::vector<std::string>> findings(Import import) {
  std::vector<std::string> messages, positions;
  auto store = Store::in_memory();
  try {
    import(store);
  } catch (const ValidationError& e) {
    for (const auto& d : e.diagnostics()) {
      messages.push_back(d.message);
      positions.push_back(d.where.str());
    }
  }
  return {messages, positions};
}

}  // namespace

TEST_CASE("a workbook's sheets get the verdicts of the same rows as CSV files, at sheet:row:column") {
  test::TempDir dir;
  dir.write("territories.csv", csv_text(kTerritories));
  dir.write("organisations.csv", csv_text(kOrgs));
  auto book = (dir.path / "map.xlsx").string();
  test::write_zip(book,
                  test::workbook({{"territories", sheet_data(kTerritories)}, {"organisations", sheet_data(kOrgs)}}));

  auto csv = findings([&](Store& s) { stakemap::dataset::import_dataset(s, dir.str(), {}); });
  auto xlsx = findings([&](Store& s) { stakemap::dataset::import_workbook(s, book, {}); });
  REQUIRE(csv.first.size() == 3);
  CHECK(xlsx.first == csv.first);  // one validator: the same messages
  CHECK(xlsx.second == std::vector<std::string>{book + "[organisations]:3:3", book + "[organisations]:4:4",
                                                book + "[organisations]:4:1"});
  CHECK(csv.second[0] == (dir.path / "organisations.csv").string() + ":3:9");
}

TEST_CASE("a workbook: provenance marks the map synthetic, numbers stay as their text, other sheets warn") {
  test::TempDir dir;
  auto book = (dir.path / "map.xlsx").string();
  Table orgs{kOrgs[0], kOrgs[1]};
  test::write_zip(book, test::workbook({{"territories", sheet_data(kTerritories)},
                                        {"organisations", sheet_data(orgs)},
                                        {"provenance", sheet_data({{"provenance"}, {"synthetic"}})},
                                        {"Notes", sheet_data({{"anything"}})}}));
  auto store = Store::in_memory();
  auto report = stakemap::dataset::import_workbook(store, book, {});
  CHECK(report.synthetic);
  CHECK(report.files == std::vector<std::string>{book + "[territories]", book + "[organisations]"});
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].str() == book +
                                        "[Notes]: warning: sheet ignored: it is not named like a dataset file "
                                        "(territories, organisations, flows, needs, provenance, profile, taxonomy)");
  auto map = store.load();
  REQUIRE(map.organisations.size() == 1);
  CHECK(map.organisations[0].attributes.at("staff") == "12");
  CHECK(map.synthetic);

  test::write_zip(book, test::workbook({{"flows", sheet_data({{"from", "to"}})}}));
  CHECK_THROWS_WITH_AS(stakemap::dataset::import_workbook(store, book, {}),
                       doctest::Contains("map.xlsx: no sheet named organisations"), stakemap::InputError);
}
