// Hostile text survives import -> store -> export -> import intact, and every output
// neutralises it: CSV cells never start a formula, JSON escapes control characters.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/escape.hpp"
#include "core/table.hpp"
#include "dataset/export_csv.hpp"
#include "dataset/fixture.hpp"
#include "dataset/map_compare.hpp"
#include "io/csv_reader.hpp"

using stakemap::dataset::export_csv;
using stakemap::dataset::import_dataset;
using stakemap::store::Store;

namespace {
// Each kept as the value of a name, a note, an alias and an attribute (ids get a safe subset).
const std::vector<std::string> kHostile = {
    "He said \"hi\", then 'bye'",
    "ends with a backslash \\",
    "two\nlines\r\nand CRLF",
    "<b>bold</b><script>alert(1)</script>",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+SUM(1;2)",
    "-2+3",
    "@cmd",
    "'=already guarded",
    "emoji 😀🏳️‍🌈 and e\xCC\x81",
    "שלום עולם مرحبا",
    "bidi \xE2\x80\xAEreversed\xE2\x80\xAC end",
    "control \x01\x07\x1b[31m chars",
    "semi;colon,comma",
    "DEL \x7f and C1 \xC2\x9b",
};

std::string csv_line(const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) line += ',';
    line += stakemap::escape::csv_raw(cells[i]);
  }
  return line + "\n";
}

// Ids can be hostile too: "=id1", "o\"0\\" (a quote and a trailing backslash).
std::string hostile_id(std::size_t i) {
  std::string id = i % 2 ? "=id" : "o\"";
  id.append(std::to_string(i));
  if (i % 2 == 0) id.push_back('\\');
  return id;
}

// What a spreadsheet would run: a cell starting with = + - @, tab or CR.
bool runs_as_formula(const std::string& cell) {
  return !cell.empty() && std::string("=+-@\t\r").find(cell[0]) != std::string::npos;
}
}  // namespace

TEST_CASE("hostile names, notes and attributes survive import, store, export and import again") {
  test::TempDir src;
  src.write("territories.csv", "id,kind,name\nT,country," + stakemap::escape::csv_raw(kHostile[0]) + "\n");
  std::string orgs = "id,name,aliases,territories,remark\n";
  std::string flows = "from,to,note,source\n";
  for (std::size_t i = 0; i < kHostile.size(); ++i) {
    std::string alias = "alias ";
    alias.append(std::to_string(i)).append("|").append(kHostile[(i + 1) % kHostile.size()]);
    orgs += csv_line({hostile_id(i), kHostile[i], alias, "T", kHostile[i]});
    if (i > 0) flows += csv_line({hostile_id(i - 1), hostile_id(i), kHostile[i], kHostile[i]});
  }
  src.write("organisations.csv", orgs);
  src.write("flows.csv", flows);
  auto store = Store::in_memory();
  import_dataset(store, src.str(), {});
  auto map = store.load();
  map.reindex();
  REQUIRE(map.organisations.size() == kHostile.size());
  for (std::size_t i = 0; i < kHostile.size(); ++i) {
    INFO("value " << i);
    // Import trims surrounding whitespace and removes one formula guard, nothing else.
    std::string want = kHostile[i] == "'=already guarded" ? "=already guarded" : kHostile[i];
    CHECK(map.organisations[i].name == want);
    CHECK(map.organisations[i].attributes.at("remark") == want);
    if (i > 0) CHECK(map.flows[i - 1].note == want);
  }
  CHECK(map.org("=id1") != nullptr);
  CHECK(map.org("o\"0\\") != nullptr);

  test::TempDir out;
  export_csv(map, out.str(), {});
  // Every exported cell that could run as a formula carries the guard.
  for (const char* file : {"territories.csv", "organisations.csv", "flows.csv", "needs.csv"}) {
    std::ifstream in(out / file, std::ios::binary);
    stakemap::io::CsvReader reader(in, file);
    std::vector<std::string> cells;
    while (reader.next(cells))
      for (const auto& c : cells) {
        INFO(file << " cell " << c);
        CHECK_FALSE(runs_as_formula(c));
      }
  }
  CHECK(test::slurp(out / "organisations.csv").find("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"") !=
        std::string::npos);
  auto again = Store::in_memory();
  import_dataset(again, out.str(), {});
  test::check_same_map(again.load(), map);
}

TEST_CASE("hostile text in result tables: CSV guarded, JSON escaped, terminal visible") {
  stakemap::Table t;
  t.columns = {"org", "name"};
  for (const auto& h : kHostile) t.add({std::string("x"), h});
  std::ostringstream csv, json, term;
  stakemap::print(csv, t, stakemap::TableFormat::csv);
  stakemap::print(json, t, stakemap::TableFormat::json);
  stakemap::print(term, t, stakemap::TableFormat::table);
  // CSV: reading it back gives guarded cells that unguard to the original text.
  std::istringstream in(csv.str());
  stakemap::io::CsvReader reader(in, "out.csv");
  std::vector<std::string> cells;
  reader.next(cells);
  for (const auto& h : kHostile) {
    REQUIRE(reader.next(cells));
    CHECK_FALSE(runs_as_formula(cells[1]));
    CHECK(stakemap::escape::unguard(cells[1]) == h);
  }
  // JSON and terminal: no raw control character except the terminal's own line ends.
  for (unsigned char c : json.str()) CHECK((c >= 0x20 || c == '\n'));
  for (unsigned char c : term.str()) CHECK((c >= 0x20 || c == '\n'));
  CHECK(json.str().find("\"control \\u0001\\u0007\\u001b[31m chars\"") != std::string::npos);
  CHECK(json.str().find("\"two\\nlines\\r\\nand CRLF\"") != std::string::npos);
  CHECK(json.str().find("\"ends with a backslash \\\\\"") != std::string::npos);
  CHECK(json.str().find("\"DEL \\u007f and C1 \xC2\x9b\"") != std::string::npos);
}
