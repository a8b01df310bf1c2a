// Import validation: every kind of error with its message and file:line:column, all
// reported together, warnings that do not block.
#include <doctest/doctest.h>

#include "dataset/fixture.hpp"
#include "model/taxonomy.hpp"

using stakemap::dataset::ImportOptions;
using stakemap::store::Store;

namespace {
const char* kTerritories = "id,kind,name,part_of\nC,country,Country,\nR,region,Region,C\nP,province,Province,R\n";
const char* kOrgs = "id,name,level,domains,territories\na,Org A,local,social,P\nb,Org B,federal,medical|legal,C\n";
const char* kFlows = "from,to,status\na,b,active\n";

// A valid dataset; `extra` appends rows (or replaces a file when it starts with a header).
struct Dataset {
  test::TempDir dir;
  Dataset(std::string territories = kTerritories, std::string orgs = kOrgs, std::string flows = kFlows,
          std::string needs = "") {
    dir.write("territories.csv", territories);
    dir.write("organisations.csv", orgs);
    if (!flows.empty()) dir.write("flows.csv", flows);
    if (!needs.empty()) dir.write("needs.csv", needs);
  }
  std::string at(const std::string& file, const std::string& rest) const { return dir / file + ":" + rest; }
};

std::vector<std::string> errors_of(const Dataset& d) {
  auto store = Store::in_memory();
  return test::import_errors(store, d.dir.str());
}
}  // namespace

TEST_CASE("a valid dataset imports without diagnostics") {
  Dataset d;
  auto store = Store::in_memory();
  CHECK(test::import_warnings(store, d.dir.str()).empty());
}

TEST_CASE("unknown code names the file, line, column, value and the allowed codes") {
  Dataset d(kTerritories, std::string(kOrgs) + "c,Org C,locale,social,P\n");
  auto allowed = stakemap::model::Taxonomy::builtin().allowed("level");
  CHECK(allowed == "local, provincial, regional, community, federal, european, international");
  CHECK(errors_of(d) == std::vector<std::string>{d.at(
                            "organisations.csv",
                            "4:9: error: unknown level code 'locale' in column 'level' (allowed: " + allowed + ")")});
}

TEST_CASE("unknown code inside a multi-value cell") {
  Dataset d(kTerritories, std::string(kOrgs) + "c,Org C,local,social|cooking,P\n");
  CHECK(errors_of(d) ==
        std::vector<std::string>{d.at("organisations.csv",
                                      "4:15: error: unknown domain code 'cooking' in column 'domains' (allowed: "
                                      "medical, legal, social, education, labour, material, other)")});
}

TEST_CASE("codes are case-insensitive and trimmed") {
  Dataset d(kTerritories, std::string(kOrgs) + "c,Org C, Local ,Social | LEGAL,P\n");
  auto store = Store::in_memory();
  test::import_warnings(store, d.dir.str());
  auto map = store.load();
  map.reindex();
  CHECK(map.org("c")->level == "local");
  CHECK(map.org("c")->domains == std::vector<std::string>{"social", "legal"});
}

TEST_CASE("unknown flow endpoint") {
  Dataset d(kTerritories, kOrgs, "from,to,status\na,b,active\nzz,b,active\na,yy,desired\n");
  CHECK(errors_of(d) ==
        std::vector<std::string>{d.at("flows.csv", "3:1: error: unknown organisation 'zz' in column 'from'"),
                                 d.at("flows.csv", "4:3: error: unknown organisation 'yy' in column 'to'")});
}

TEST_CASE("unknown territory in organisations, part_of and needs") {
  Dataset d("id,kind,name,part_of\nC,country,Country,\nR,region,Region,C|Q\n", "id,name,territories\na,A,C|Nowhere\n",
            "", "territory,need,reported_by\nZ,housing,a\nC,housing,ghost\n");
  CHECK(errors_of(d) ==
        std::vector<std::string>{
            d.at("territories.csv", "3:17: error: unknown territory 'Q' in column 'part_of'"),
            d.at("organisations.csv", "2:5: error: unknown territory 'Nowhere' in column 'territories'"),
            d.at("needs.csv", "2:1: error: unknown territory 'Z' in column 'territory'"),
            d.at("needs.csv", "3:11: error: unknown organisation 'ghost' in column 'reported_by'")});
}

TEST_CASE("duplicate ids") {
  Dataset d(std::string(kTerritories) + "R,region,Again,C\n", std::string(kOrgs) + "a,Org A again,local,social,P\n");
  CHECK(errors_of(d) == std::vector<std::string>{
                            d.at("territories.csv", "5:1: error: duplicate territory id 'R' (first at line 3)"),
                            d.at("organisations.csv", "4:1: error: duplicate organisation id 'a' (first at line 2)")});
}

TEST_CASE("ids must not hold the multi-value separator") {
  Dataset d(kTerritories, std::string(kOrgs) + "x|y,Bad,local,social,P\n");
  CHECK(errors_of(d) ==
        std::vector<std::string>{d.at(
            "organisations.csv", "4:1: error: id 'x|y' in column 'id' contains '|', which separates multi-values")});
}

TEST_CASE("part_of cycle") {
  Dataset d("id,kind,name,part_of\nC,country,Country,\nA,area,A,B\nB,area,B,C|A\n", "id,name\na,A\n", "");
  CHECK(errors_of(d) ==
        std::vector<std::string>{
            d.at("territories.csv",
                 "3:10: error: part_of cycle: A -> B -> A (a territory cannot be part of itself, directly or not)")});
  Dataset self("id,kind,name,part_of\nS,area,S,S\n", "id,name\na,A\n", "");
  CHECK(test::has_line(errors_of(self), "part_of cycle: S -> S"));
}

TEST_CASE("malformed CSV stops that file but not the others") {
  Dataset d(kTerritories, std::string(kOrgs) + "c,\"Org C,local\n", "from,to\na,b\nb,zz\n");
  CHECK(errors_of(d) ==
        std::vector<std::string>{
            d.at("organisations.csv", "4:3: error: unterminated quoted field (the closing quote is missing)"),
            d.at("flows.csv", "3:3: error: unknown organisation 'zz' in column 'to'")});
}

TEST_CASE("invalid UTF-8") {
  Dataset d(kTerritories, std::string(kOrgs) + "c,Org \xE9t\xE9,local,social,P\n");  // Latin-1, not UTF-8
  CHECK(errors_of(d) ==
        std::vector<std::string>{d.at(
            "organisations.csv",
            "4:7: error: invalid UTF-8 (byte 0xE9): the file looks like Windows-1252 or Latin-1, as Excel saves \"CSV "
            "(comma delimited)\"; save it again as \"CSV UTF-8\", or read it with --encoding cp1252 (or latin1)")});
}

TEST_CASE("missing required column lists the header") {
  Dataset d(kTerritories, "id,nom,level\na,A,local\n", "");
  CHECK(errors_of(d) ==
        std::vector<std::string>{
            d.at("organisations.csv", "1: error: missing required column 'name' (the header has: id, nom, level)")});
  Dataset f(kTerritories, kOrgs, "from,status\na,active\n");
  CHECK(errors_of(f) == std::vector<std::string>{f.at(
                            "flows.csv", "1: error: missing required column 'to' (the header has: from, status)")});
}

TEST_CASE("empty required field") {
  Dataset d(kTerritories, std::string(kOrgs) + "c,  ,local,social,P\n,Nameless,local,social,P\n", "from,to\na,\n");
  CHECK(errors_of(d) == std::vector<std::string>{d.at("organisations.csv", "4:3: error: empty required field 'name'"),
                                                 d.at("organisations.csv", "5:1: error: empty required field 'id'"),
                                                 d.at("flows.csv", "2:3: error: empty required field 'to'")});
}

TEST_CASE("duplicate flow key; the same pair with another status, basis or population is fine") {
  Dataset d(kTerritories, kOrgs,
            "from,to,status,basis,population\na,b,active,voluntary,all\na,b,blocked,voluntary,all\n"
            "a,b,active,mandatory,all\na,b,active,voluntary,ukraine\nb,a,active,voluntary,all\na,b,,,\n");
  CHECK(errors_of(d) ==
        std::vector<std::string>{d.at("flows.csv",
                                      "7:1: error: duplicate flow a -> b (status active, basis voluntary, population "
                                      "all): an earlier row of this import has the same key")});
}

TEST_CASE("duplicate need key") {
  Dataset d(kTerritories, kOrgs, kFlows,
            "territory,need,weight,reported_by\nP,housing,3,a\nP,housing,4,a\nP,housing,5,b\n");
  CHECK(errors_of(d) ==
        std::vector<std::string>{d.at("needs.csv",
                                      "3:1: error: duplicate need housing in P reported by a: an earlier row of "
                                      "this import has the same key")});
}

TEST_CASE("numbers must be numbers >= 0") {
  Dataset d(kTerritories, kOrgs, "from,to,weight\na,b,1.5\nb,a,-2\n", "territory,need,weight\nP,housing,many\n");
  CHECK(errors_of(d) ==
        std::vector<std::string>{d.at("flows.csv", "3:5: error: '-2' in column 'weight' is not a number >= 0"),
                                 d.at("needs.csv", "2:11: error: 'many' in column 'weight' is not a number >= 0")});
}

TEST_CASE("a record with more fields than the header") {
  Dataset d(kTerritories, std::string(kOrgs) + "c,C,local,social,P,extra\n");
  CHECK(errors_of(d) ==
        std::vector<std::string>{d.at("organisations.csv", "4:20: error: record has 6 fields but the header has 5")});
}

TEST_CASE("a header column given twice") {
  Dataset d(kTerritories, "id,name,level,Level\na,A,local,local\n", "");
  CHECK(errors_of(d) ==
        std::vector<std::string>{d.at("organisations.csv", "1:15: error: column 'level' appears twice in the header")});
}

TEST_CASE("empty file and missing organisations.csv") {
  Dataset d(kTerritories, "", "");
  CHECK(errors_of(d) ==
        std::vector<std::string>{d.at("organisations.csv", "1: error: empty file: a header row is needed")});
  test::TempDir empty;
  auto store = Store::in_memory();
  CHECK_THROWS_WITH(
      stakemap::dataset::import_dataset(store, empty.str(), {}),
      (empty / "organisations.csv" + ": missing (a dataset folder needs at least organisations.csv)").c_str());
  CHECK_THROWS_WITH(stakemap::dataset::import_dataset(store, empty / "nope", {}),
                    (empty / "nope" + ": not a dataset folder").c_str());
}

TEST_CASE("every error of every file is reported together, in file order") {
  Dataset d("id,kind,name,part_of\nC,country,Country,\nR,realm,Region,C\n",
            "id,name,level,territories\na,A,local,R\na,A2,local,C\nb,B,galactic,Mars\n",
            "from,to,basis\na,b,voluntary\na,c,voluntary\nb,a,sometimes\n", "territory,need\nC,teleportation\n");
  auto errors = errors_of(d);
  CHECK(errors == std::vector<std::string>{
                      d.at("territories.csv",
                           "3:3: error: unknown territory_kind code 'realm' in column 'kind' (allowed: country, "
                           "region, community, province, area, district, municipality, other)"),
                      d.at("organisations.csv", "3:1: error: duplicate organisation id 'a' (first at line 2)"),
                      d.at("organisations.csv",
                           "4:5: error: unknown level code 'galactic' in column 'level' (allowed: local, provincial, "
                           "regional, community, federal, european, international)"),
                      d.at("organisations.csv", "4:14: error: unknown territory 'Mars' in column 'territories'"),
                      d.at("flows.csv", "3:3: error: unknown organisation 'c' in column 'to'"),
                      d.at("flows.csv",
                           "4:5: error: unknown flow_basis code 'sometimes' in column 'basis' (allowed: mandatory, "
                           "voluntary, on-request)"),
                      d.at("needs.csv", "2:3: error: unknown service code 'teleportation' in column 'need' (allowed: " +
                                            stakemap::model::Taxonomy::builtin().allowed("service") + ")")});
}

TEST_CASE("warnings: self-loop, obstacles on an active flow, repeated values; the import goes through") {
  Dataset d(kTerritories, "id,name,obstacles,territories\na,A,gdpr|no-trust|gdpr,P|P\nb,B,,C\n",
            "from,to,status,obstacles\na,a,active,\na,b,active,gdpr\n");
  auto store = Store::in_memory();
  auto warnings = test::import_warnings(store, d.dir.str());
  CHECK(warnings == std::vector<std::string>{
                        d.at("organisations.csv", "2:24: warning: 'P' repeated in column 'territories' (kept once)"),
                        d.at("organisations.csv", "2:5: warning: 'gdpr' repeated in column 'obstacles' (kept once)"),
                        d.at("flows.csv", "2:3: warning: flow from 'a' to itself (self-loop)"),
                        d.at("flows.csv",
                             "3:12: warning: active flow a -> b lists obstacles (obstacles usually go "
                             "with blocked or desired flows)")});
  auto map = store.load();
  CHECK(map.flows.size() == 2);
  CHECK(map.organisations[0].obstacles == std::vector<std::string>{"gdpr", "no-trust"});
}

TEST_CASE("unknown columns: attributes of organisations and flows, ignored with a warning elsewhere") {
  Dataset d("id,kind,name,population\nC,country,Country,11M\n", "id,name,Website\na,A,https://a\nb,B,\n",
            "from,to,ticket\na,b,T-1\n", "territory,need,people\nC,housing,3\n");
  auto store = Store::in_memory();
  auto report = stakemap::dataset::import_dataset(store, d.dir.str(), {});
  std::vector<std::string> warnings;
  for (const auto& w : report.warnings) warnings.push_back(w.str());
  CHECK(warnings == std::vector<std::string>{d.at("territories.csv", "1: warning: unknown column 'population' ignored"),
                                             d.at("needs.csv", "1: warning: unknown column 'people' ignored")});
  REQUIRE(report.attribute_columns.size() == 2);
  CHECK(report.attribute_columns[0].second == std::vector<std::string>{"website"});
  CHECK(report.attribute_columns[1].second == std::vector<std::string>{"ticket"});
  auto map = store.load();
  CHECK(map.organisations[0].attributes == stakemap::model::Attributes{{"website", "https://a"}});
  CHECK(map.organisations[1].attributes.empty());
  CHECK(map.flows[0].attributes == stakemap::model::Attributes{{"ticket", "T-1"}});
}

TEST_CASE("semicolons, BOM, CRLF, blank and empty-cell lines are all accepted") {
  Dataset d("\xEF\xBB\xBFid;kind;name;part_of\r\nC;country;Country;\r\n\r\n;;;\r\nP;province;\"Pro;vince\";C\r\n",
            "id;name;territories\r\na;\"Org \"\"A\"\"\";P\r\n;;\r\n", "");
  auto store = Store::in_memory();
  CHECK(test::import_warnings(store, d.dir.str()).empty());
  auto map = store.load();
  CHECK(map.territories.size() == 2);
  CHECK(map.territories[1].name == "Pro;vince");
  CHECK(map.organisations[0].name == "Org \"A\"");
}

TEST_CASE("only organisations.csv (id,name) and flows.csv (from,to) is a valid dataset; flow defaults") {
  Dataset d("", "id,name\na,A\nb,B\n", "from,to\na,b\n");
  std::filesystem::remove(d.dir / "territories.csv");
  auto store = Store::in_memory();
  CHECK(test::import_warnings(store, d.dir.str()).empty());
  auto map = store.load();
  REQUIRE(map.flows.size() == 1);
  CHECK(map.flows[0].status == "active");
  CHECK(map.flows[0].basis == "voluntary");
  CHECK(map.flows[0].population == "all");
  CHECK(map.flows[0].regularity.empty());
}

TEST_CASE("more than 200 errors: the first 200 are listed, then a count of the rest") {
  std::string flows = "from,to\n";
  for (int i = 0; i < 250; ++i) flows += "a,ghost" + std::to_string(i) + "\n";
  Dataset d(kTerritories, kOrgs, flows);
  auto errors = errors_of(d);
  REQUIRE(errors.size() == 201);
  CHECK(errors.back() == "error: ... and 50 more errors, 0 more warnings (the first 200 of each are shown)");
}
