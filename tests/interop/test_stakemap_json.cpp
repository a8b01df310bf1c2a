// stakemap JSON read back: the round trip of every field and hostile text, the checks of every
// import path on hostile and malformed files, and the history (export json --with-history)
// restored into a new map.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/errors.hpp"
#include "interop/import.hpp"
#include "interop/json_history.hpp"
#include "interop/stakemap_json.hpp"
#include "sample_map.hpp"
#include "store/map_history.hpp"
#include "store/rounds.hpp"
#include "store/writer.hpp"
#include "temp_dir.hpp"

using namespace stakemap;
using namespace stakemap::interop;

namespace {

std::string json_of(const model::Map& m, const ExportOptions& o = {}) {
  std::ostringstream out;
  write_json(m, o, out);
  return out.str();
}

// Reads `text`; the map, the file's extras and the messages.
struct Read {
  model::Map map;
  StakemapJson file;
  std::string messages;
};
Read read(const std::string& text) {
  Read r;
  dataset::Diagnostics d;
  r.map = stakemap::test::read_text(
      text, [&](std::istream& in, MapBuilder& b) { r.file = read_stakemap_json(in, b); }, d, {}, "m.json");
  r.messages = stakemap::test::messages(d);
  return r;
}

// The message of the InputError reading `text` throws ("" when none).
std::string refusal(const std::string& text) {
  try {
    read(text);
  } catch (const InputError& e) { return e.what(); }
  return "";
}

const std::string kHead = R"({"format": "stakemap", "version": 1, )";
const std::string kTwoOrgs =
    R"("organisations": [{"id": "a", "name": "A", "kind": "ngo", "level": "local"},
                         {"id": "b", "name": "B", "kind": "ngo", "level": "local"}])";

}  // namespace

TEST_CASE("stakemap json: every field, attribute, flow id and hostile text round-trips") {
  auto m = stakemap::test::sample_map();
  for (std::size_t i = 0; i < m.flows.size(); ++i) m.flows[i].id = 10 + 3 * i;
  m.flows.back().id = 100000;  // written 1e+05 (shortest form), read back whole
  m.territories[1].attributes["name_ro"] = "Bruxelles \u2028 \u202Eevil\u202C";
  m.organisations[0].name += " \u2028 \u2029 \x01\x1f";
  ExportOptions o;
  o.personal = true;
  auto text = json_of(m, o);
  auto back = read(text);
  CHECK(back.messages == "");
  REQUIRE(back.file.flow_ids.size() == m.flows.size());
  CHECK(back.file.flow_ids[1] == 13);
  CHECK(back.file.flow_ids.back() == 100000);
  CHECK(text.find("\"id\": 1e+05") != std::string::npos);
  for (std::size_t i = 0; i < m.flows.size(); ++i)
    back.map.flows[i].id = static_cast<std::size_t>(back.file.flow_ids[i]);
  CHECK(stakemap::test::as_json(back.map) == stakemap::test::as_json(m));
  CHECK(json_of(back.map, o) == text);
}

TEST_CASE("stakemap json: the format and its version are checked") {
  CHECK(refusal(R"({"format": "stakemap", "version": 2, "organisations": []})") ==
        "m.json:1:35: stakemap JSON version 2 cannot be read: this build reads version 1 (export the map again with "
        "this build's stakemap, or update stakemap)");
  CHECK(refusal(R"({"format": "stakemap", "version": 1e400})").find("version 1e400 cannot be read") !=
        std::string::npos);
  CHECK(refusal(R"({"format": "stakemap", "version": "1"})").find("version 1 cannot be read") != std::string::npos);
  CHECK(refusal(R"({"elements": [], "connections": []})") ==
        "m.json:1:1: not stakemap JSON: no \"format\": \"stakemap\" (a Kumu blueprint: give --kind kumu)");
  CHECK(refusal(R"({"format": "kumu", "version": 1})").find("not stakemap JSON") != std::string::npos);
  CHECK(refusal(R"({"format": "stakemap"})") == "m.json:1:1: stakemap JSON without a \"version\"");
  CHECK(refusal("[1, 2]").find("m.json:1:1: stakemap JSON is an object") == 0);
}

TEST_CASE("stakemap json: malformed files stop with their place") {
  CHECK(refusal(kHead + R"("organisations": [{"id": "a", "na)").find("m.json:1:") == 0);
  CHECK(refusal(kHead + R"("organisations": {"id": "a"}})") ==
        "m.json:1:55: \"organisations\" must be an array, not object");
  CHECK(refusal(kHead + "\"organisations\": [{\"id\": \"a\x01\"}]}").find("control character") != std::string::npos);
  CHECK(refusal(kHead + R"("organisations": [], "organisations": []})").find("duplicate member name") !=
        std::string::npos);
  CHECK(refusal(kHead + R"("rounds": [{"name": "r", "at": "yesterday", "batch": 0}]})")
            .find("\"at\" must be a UTC time like 2026-12-05T13:43:58Z, not 'yesterday'") != std::string::npos);
  CHECK(refusal(kHead + R"("rounds": [{"name": "r", "at": "2026-01-01T00:00:00Z", "batch": -1}]})")
            .find("\"batch\" must be a whole number from 0 to 2^53, not -1") != std::string::npos);
  CHECK(refusal(kHead + R"("history": [{"batch": 1.5, "at": "2026-01-01T00:00:00Z", "command": "x", "changes": 0}]})")
            .find("not 1.5") != std::string::npos);
  CHECK(refusal(kHead + R"("history": [{"batch": 1e300, "at": "2026-01-01T00:00:00Z", "command": "x", "changes": 0}]})")
            .find("must be a whole number from 0 to 2^53, not 1e300") != std::string::npos);
  const std::string batch = R"("history": [{"batch": 1, "at": "2026-01-01T00:00:00Z", "command": "x", "changes": 1}])";
  CHECK(refusal(kHead + batch +
                R"(, "changes": [{"batch": 1, "action": "insert", "entity": "organisation", "key": )"
                R"("a", "row": 1, "before": null, "after": ["id", "a"]}]})")
            .find("\"after\" must be an object of fields or null, not array") != std::string::npos);
  CHECK(
      refusal(kHead + batch +
              R"(, "changes": [{"batch": 2, "action": "insert", "entity": "organisation", "key": )"
              R"("a", "row": 1, "before": null, "after": {"id": "a"}}]})") ==
      "m.json:1:137: a change of batch 2, which \"history\" does not have (or not in this order: changes follow their "
      "batches)");
}

TEST_CASE("stakemap json: bad values are all reported, as by every import path") {
  auto r = read(kHead + kTwoOrgs + R"(, "flows": [
    {"from": "a", "to": "ghost", "status": "active", "basis": "voluntary", "population": "all", "id": "x"},
    {"from": "a", "to": "b", "status": "active", "basis": "voluntary", "population": "all", "weight": 1e400},
    {"from": "a", "to": "b", "status": "active", "basis": "voluntary", "population": "all", "data": [1]},
    {"from": "a", "to": "b", "status": "sideways", "basis": "voluntary", "population": "all",
     "attributes": {"status": "x", "obstacles": "y"}}],
    "needs": [{"territory": "nowhere", "need": "housing"}]})");
  const auto& msg = r.messages;
  INFO(msg);
  CHECK(msg.find("m.json:3:103: error: a flow's \"id\" must be a whole number from 1 to 2^53, not string x") !=
        std::string::npos);
  CHECK(msg.find("unknown organisation 'ghost' in field 'to'") != std::string::npos);
  CHECK(msg.find("1e400") != std::string::npos);
  CHECK(msg.find("field 'data' holds a list of numbers; only lists of text are read") != std::string::npos);
  CHECK(msg.find("sideways") != std::string::npos);
  CHECK(msg.find("attribute 'status' is named like a field") != std::string::npos);
  CHECK(msg.find("unknown territory 'nowhere' in field 'territory'") != std::string::npos);
  auto dup = read(kHead + R"("organisations": [{"id": "a", "name": "A", "kind": "ngo", "level": "local"},
                                               {"id": "a", "name": "B", "kind": "ngo", "level": "local"}]})");
  INFO(dup.messages);
  CHECK(dup.messages.find("m.json:2:55: error: duplicate organisation id 'a'") != std::string::npos);
  auto bar = read(kHead + R"("organisations": [{"id": "a", "name": "A", "kind": "ngo", "level": "local",
                                                "domains": ["social|legal"]}]})");
  CHECK(bar.messages.find("holds '|', which separates items") != std::string::npos);
}

namespace {

// A map with a short history in a temporary file: import, an added flow, a rename, a round,
// a removed flow, a second round.
struct Session {
  ::test::TempDir tmp;
  std::string path(const char* name) const { return (tmp.path / name).string(); }
  store::Store store = store::Store::in_memory();
  Session() {
    auto m = stakemap::test::sample_map();
    {
      store::Writer w(store, "import sample", "");
      w.set_origin("ana", "");
      w.replace_with(m);
      w.commit("sample");
    }
    {
      store::Writer w(store, "add flow", "");
      model::Flow f = m.flows[2];  // b -> c, a second one the other way
      std::swap(f.from, f.to);
      f.id = 0;
      w.restore(f, 0);
      w.commit("add flow");
    }
    store::save_round(store, "one", "ana", "first");
    {
      store::Writer w(store, "set org", "");
      auto o = m.organisations[1];
      o.name = "Renamed \u2028 \u202Eevil\u202C";
      w.restore(o, 0);
      w.commit("set");
    }
    {
      store::Writer w(store, "remove flow", "");
      w.remove(store::Kind::flow, "1");
      w.commit("remove");
    }
    store::save_round(store, "two", "ana", "");
  }
};

std::string export_with_history(store::Store& s) {
  ExportOptions o;
  o.personal = true;
  o.rounds = store::rounds(s);
  o.history = store::logged_batches(s);
  return json_of(s.load(), o);
}

std::string import_new(const std::string& text, const std::string& path, dataset::ImportReport* report = nullptr,
                       store::Store* into = nullptr) {
  std::ofstream(path, std::ios::binary) << text;
  auto fresh = store::Store::in_memory();
  store::Store& s = into ? *into : fresh;
  auto r = import_stakemap_json(s, path, {});
  if (report) *report = r;
  return export_with_history(s);
}

}  // namespace

TEST_CASE("stakemap json: history and rounds restored into a new map give the same export") {
  Session session;
  auto text = export_with_history(session.store);
  dataset::ImportReport report;
  CHECK(import_new(text, session.path("h.json"), &report) == text);
  CHECK(report.restored_batches == 4);
  CHECK(report.restored_rounds == 2);
  CHECK(report.warnings.empty());
}

TEST_CASE("stakemap json: into a map of its own, one batch and a warning") {
  Session session;
  auto text = export_with_history(session.store);
  auto other = store::Store::in_memory();
  {
    store::Writer w(other, "import", "");
    model::Territory t{"XX", "country", "Elsewhere", "", "", "", {}, {}};
    w.put_territory(t);
    w.commit("one");
  }
  dataset::ImportReport report;
  import_new(text, session.path("h.json"), &report, &other);
  CHECK(report.restored_batches == 0);
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].str().find("rounds and history in the file not restored") != std::string::npos);
  CHECK(store::history(other).size() == 2);
  CHECK(store::rounds(other).empty());
}

TEST_CASE("stakemap json: a history logged before values were kept is not restored, and a warning says why") {
  Session session;
  auto text = export_with_history(session.store);
  // The first change as a map of schema version 2 logged it: no before, no after.
  auto at = text.find("\"after\": {", text.find("\"changes\": ["));
  REQUIRE(at != std::string::npos);
  auto end = text.find("\n      }", at);
  text.replace(at, end + 8 - at, "\"after\": null");
  dataset::ImportReport report;
  import_new(text, session.path("legacy.json"), &report);
  CHECK(report.restored_batches == 0);
  REQUIRE(report.warnings.size() == 1);
  CHECK(report.warnings[0].str().find("logged before the change log kept values") != std::string::npos);
}

TEST_CASE("stakemap json: a history that does not hold together is refused, naming the batch") {
  Session session;
  auto text = export_with_history(session.store);
  auto refused = [&](const std::string& from, const std::string& to) {
    auto changed = text;
    auto at = changed.find(from, changed.find("\"history\""));  // the first in the history
    REQUIRE(at != std::string::npos);
    changed.replace(at, from.size(), to);
    try {
      import_new(changed, session.path("bad.json"));
    } catch (const InputError& e) { return std::string(e.what()); }
    return std::string();
  };
  CHECK(refused("\"batch\": 3,", "\"batch\": 2,").find("a change of batch 3, which \"history\" does not have") !=
        std::string::npos);
  CHECK(refused("\"entity\": \"flow\"", "\"entity\": \"rocket\"").find("unknown entity 'rocket'") != std::string::npos);
  CHECK(refused("\"action\": \"delete\"", "\"action\": \"update\"")
            .find("action 'update' does not match its before and after (delete expected)") != std::string::npos);
  CHECK(refused("\"key\": \"1\"", "\"key\": \"7\"").find("flow key '7' is not its row 1") != std::string::npos);
  CHECK(refused("\"status\": \"desired\"", "\"rocket\": \"desired\"")
            .find("is not a valid record (change log: unknown field 'rocket')") != std::string::npos);
  CHECK(refused("\"before\": {", "\"before\": null, \"x\": {").find("unknown") == std::string::npos);
  CHECK(refused("\"action\": \"insert\"", "\"action\": \"insert\", \"x\": 1") ==
        "");  // members of later versions are ignored
  CHECK(refused("\"id\": \"fed-a\"", "\"id\": 5").find("field 'id' must hold text, not number") != std::string::npos);
  CHECK(refused("\"id\": \"fed-a\"", "\"id\": \"\"").find("field 'id' holds an empty text") != std::string::npos);
  CHECK(refused("\"name\": \"Renamed", "\"name\": \"Tampered")
            .find("the history does not end in the map the file holds") != std::string::npos);
}
