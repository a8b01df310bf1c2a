// Adding a field to organisations is one entry in the field schema (model/schema.cpp): reading,
// validation, storage, loading, CSV export and lint all follow the table. Shown with a schema
// built at run time without `willing_to_share`, then with that one entry added back.
#include <doctest/doctest.h>

#include "dataset/export_csv.hpp"
#include "dataset/fixture.hpp"
#include "dataset/lint.hpp"
#include "model/schema.hpp"

using stakemap::dataset::import_dataset;
using stakemap::store::Store;
namespace model = stakemap::model;

namespace {
const char* kOrgs =
    "id,name,territories,willing_to_share\n"
    "a,Org A,C,yes\n"
    "b,Org B,C,no\n";

// The one line that adds the field (as in model/schema.cpp, here placed after `obstacles`).
model::Schema<model::Organisation> with_willing(const model::Schema<model::Organisation>& base) {
  using O = model::Organisation;
  return base.with({"willing_to_share", &O::willing, model::Check::code, {"organisation", "willing"}, "willingness"},
                   "obstacles");
}

struct Dataset {
  test::TempDir dir, db_dir, out;
  Dataset(const char* orgs) {
    dir.write("territories.csv", "id,kind,name\nC,country,Country\n");
    dir.write("organisations.csv", orgs);
    dir.write("flows.csv", "from,to\na,b\n");
  }
};

std::vector<std::string> lint_messages(const model::Map& map) {
  std::vector<std::string> out;
  for (const auto& d : stakemap::dataset::lint(map)) out.push_back(d.str());
  return out;
}
}  // namespace

TEST_CASE("schema extension: without its table entry, a column is only a free attribute") {
  model::SchemaOverride<model::Organisation> without(model::schema<model::Organisation>().without("willing_to_share"));
  Dataset d(kOrgs);
  Store store(d.db_dir / "m.db", Store::Mode::write);
  auto report = import_dataset(store, d.dir.str(), {});
  REQUIRE(report.attribute_columns.size() >= 1);
  CHECK(report.attribute_columns[0].second == std::vector<std::string>{"willing_to_share"});
  auto map = store.load();
  CHECK(map.org("a")->willing.empty());
  CHECK(map.org("a")->attributes.at("willing_to_share") == "yes");
  // No code check either: any text is kept.
  Dataset bad("id,name,territories,willing_to_share\na,Org A,C,perhaps\nb,Org B,C,\n");
  Store other(bad.db_dir / "m.db", Store::Mode::write);
  CHECK_NOTHROW(import_dataset(other, bad.dir.str(), {}));
}

TEST_CASE("schema extension: one table entry makes the field read, checked, stored, loaded, exported, linted") {
  model::SchemaOverride<model::Organisation> without(model::schema<model::Organisation>().without("willing_to_share"));
  model::SchemaOverride<model::Organisation> added(with_willing(model::schema<model::Organisation>()));
  Dataset d(kOrgs);
  Store store(d.db_dir / "m.db", Store::Mode::write);
  auto report = import_dataset(store, d.dir.str(), {});
  CHECK(report.attribute_columns[0].second.empty());  // read as a field, not kept as an attribute

  // Stored and loaded: the member comes back from the store's column.
  auto map = Store(d.db_dir / "m.db", Store::Mode::read).load();
  CHECK(map.org("a")->willing == "yes");
  CHECK(map.org("b")->willing == "no");
  CHECK(map.org("a")->attributes.empty());

  // Checked on reading, with the same message as every code field.
  Dataset bad("id,name,territories,willing_to_share\na,Org A,C,perhaps\nb,Org B,C,\n");
  Store other(bad.db_dir / "m.db", Store::Mode::write);
  auto errors = test::import_errors(other, bad.dir.str());
  CHECK(test::has_line(
      errors, "organisations.csv:2:11: error: unknown willingness code 'perhaps' in column 'willing_to_share'"));

  // Exported in its place in the table, and read back the same.
  stakemap::dataset::export_csv(map, d.out.str(), {});
  auto header = test::slurp(d.out / "organisations.csv");
  header = header.substr(0, header.find("\r\n"));
  CHECK(header ==
        "id,name,aliases,kind,level,languages,territories,domains,publics,services,support_role,focal_point,obstacles,"
        "willing_to_share");
  CHECK(test::slurp(d.out / "organisations.csv").find(",yes\r\n") != std::string::npos);

  // Linted: a stored value this build does not know is reported.
  map.organisations[0].willing = "perhaps";
  CHECK(test::has_line(lint_messages(map), "organisation a: error: unknown willingness code 'perhaps'"));
}

TEST_CASE("schema extension: the export and lint ignore a field the table does not have") {
  model::Map map;
  map.territories.push_back({"C", "country", "Country", "", "", "", {}, {}});
  model::Organisation a;
  a.id = a.name = "a";
  a.territories = {"C"};
  a.willing = "perhaps";
  map.organisations.push_back(a);
  map.reindex();
  CHECK(test::has_line(lint_messages(map), "unknown willingness code 'perhaps'"));
  model::SchemaOverride<model::Organisation> without(model::schema<model::Organisation>().without("willing_to_share"));
  CHECK_FALSE(test::has_line(lint_messages(map), "willingness"));
  test::TempDir out;
  stakemap::dataset::export_csv(map, out.str(), {});
  CHECK(test::slurp(out / "organisations.csv").find("willing_to_share") == std::string::npos);
}
