// One table of bad records, run through every import path (dataset CSV, GraphML, Kumu,
// survey export): each path must give the same verdict, since all of them check a field with
// the one dataset::FieldChecker. A verdict is "error" (the import is refused), "warning"
// (imported, with a warning) or "ok".
#include <doctest/doctest.h>

#include <functional>

#include "dataset/fixture.hpp"
#include "ingest/ingest.hpp"
#include "store/answers.hpp"

using namespace stakemap;

namespace {

/// A map holding territories T1, T2 and organisations a, b, which the records may name.
store::Store base_map(const test::TempDir& d) {
  auto store = store::Store::in_memory();
  d.write("base/territories.csv", "id,kind,name\nT1,country,T1\nT2,region,T2\n");
  d.write("base/organisations.csv", "id,name\na,A\nb,B\n");
  ingest::import_path(store, d / "base", "", {});
  return store;
}

/// The verdict of importing `path` as `kind` into the base map, with what was said.
std::string verdict(const test::TempDir& d, const std::string& path, const std::string& kind, std::string& said) {
  auto store = base_map(d);
  try {
    auto report = ingest::import_path(store, path, kind, {});
    const auto& warnings = report.source == ingest::Source::survey ? report.survey.warnings : report.records.warnings;
    for (const auto& w : warnings) said += w.str() + "\n";
    return warnings.empty() ? "ok" : "warning";
  } catch (const ValidationError& e) {
    said = e.what();
    return "error";
  }
}

// One organisation with `column` set to `value` (its id is `value` when `column` is "id").
struct OrgCase {
  const char* what;
  const char* column;
  const char* value;
  const char* expected;
};

const OrgCase kOrgCases[] = {
    {"a plain record", "level", "local", "ok"},
    {"a code in capitals is that code", "level", "LOCAL", "ok"},
    {"an id holding the multi-value separator", "id", "x|y", "error"},
    {"an unknown level code", "level", "galactic", "error"},
    {"an unknown kind code", "kind", "spaceship", "error"},
    {"an unknown territory", "territories", "nowhere", "error"},
    {"a territory repeated", "territories", "T1|T1", "warning"},
    {"an alias repeated", "aliases", "X|X", "warning"},
    {"two territories", "territories", "T1|T2", "ok"},
};

std::string org_id(const OrgCase& c) { return std::string(c.column) == "id" ? c.value : "new-org"; }
bool sets_column(const OrgCase& c) { return std::string(c.column) != "id"; }

std::string csv_file(const test::TempDir& d, const OrgCase& c) {
  std::string header = "id,name", row = org_id(c) + ",New";
  if (sets_column(c)) header += std::string(",") + c.column, row += std::string(",") + c.value;
  return d.write("csv/organisations.csv", header + "\n" + row + "\n");
}

std::string graphml_file(const test::TempDir& d, const OrgCase& c) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "<key id=\"n0\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n";
  if (sets_column(c))
    xml += std::string("<key id=\"n1\" for=\"node\" attr.name=\"") + c.column + "\" attr.type=\"string\"/>\n";
  xml += "<graph edgedefault=\"directed\">\n<node id=\"" + org_id(c) + "\"><data key=\"n0\">New</data>";
  if (sets_column(c)) xml += std::string("<data key=\"n1\">") + c.value + "</data>";
  return d.write("map.graphml", xml + "</node>\n</graph>\n</graphml>\n");
}

std::string kumu_file(const test::TempDir& d, const OrgCase& c) {
  std::string header = "ID,Label", row = org_id(c) + ",New";
  if (sets_column(c)) header += std::string(",") + c.column, row += std::string(",") + c.value;
  return d.write("kumu/elements.csv", header + "\n" + row + "\n");
}

std::string survey_file(const test::TempDir& d, const OrgCase& c) {
  // Column `org` gives the id, Q1 the name; aliases, kind, level and territories fill the
  // organisation as they would in organisations.csv.
  std::string header = "org,Q1", row = org_id(c) + ",New";
  if (sets_column(c)) header += std::string(",") + c.column, row += std::string(",") + c.value;
  return d.write("answers.csv", header + "\n" + row + "\n");
}

// One flow a -> b with `column` set to `value`.
struct FlowCase {
  const char* what;
  const char* column;
  const char* value;
  const char* expected;
};

const FlowCase kFlowCases[] = {
    {"a plain flow", "status", "blocked", "ok"},
    {"an unknown status", "status", "maybe", "error"},
    {"a negative weight", "weight", "-2", "error"},
    {"a weight that is no number", "weight", "many", "error"},
    {"a weight", "weight", "1e3", "ok"},
    {"an obstacle repeated", "obstacles", "gdpr|gdpr", "warning"},
    {"a data category repeated", "data", "names|names", "warning"},
    {"an unknown obstacle", "obstacles", "gdpr|laziness", "error"},
};

std::string csv_flow(const test::TempDir& d, const FlowCase& c) {
  return d.write("csv/flows.csv", std::string("from,to,") + c.column + "\na,b," + c.value + "\n");
}

std::string graphml_flow(const test::TempDir& d, const FlowCase& c) {
  return d.write(
      "flow.graphml",
      std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "
                  "xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<key id=\"e0\" for=\"edge\" attr.name=\"") +
          c.column +
          "\" attr.type=\"string\"/>\n<graph edgedefault=\"directed\">\n"
          "<edge source=\"a\" target=\"b\"><data key=\"e0\">" +
          c.value + "</data></edge>\n</graph>\n</graphml>\n");
}

std::string kumu_flow(const test::TempDir& d, const FlowCase& c) {
  return d.write("kumu/connections.csv", std::string("From,To,") + c.column + "\na,b," + c.value + "\n");
}

}  // namespace

TEST_CASE("every import path gives the same verdict on the same organisation") {
  for (const auto& c : kOrgCases) {
    struct Path {
      const char* name;
      std::function<std::string(const test::TempDir&, const OrgCase&)> write;
      const char* kind;
    };
    const Path paths[] = {{"csv", csv_file, ""},
                          {"graphml", graphml_file, "graphml"},
                          {"kumu", kumu_file, "kumu"},
                          {"survey", survey_file, "survey"}};
    for (const auto& p : paths) {
      test::TempDir d;
      std::string said;
      auto got = verdict(d, p.write(d, c), p.kind, said);
      INFO(c.what << " (" << c.column << " = " << c.value << ") through " << p.name << ":\n" << said);
      CHECK(got == c.expected);
    }
  }
}

TEST_CASE("every import path gives the same verdict on the same flow") {
  for (const auto& c : kFlowCases) {
    struct Path {
      const char* name;
      std::function<std::string(const test::TempDir&, const FlowCase&)> write;
      const char* kind;
    };
    const Path paths[] = {{"csv", csv_flow, ""}, {"graphml", graphml_flow, "graphml"}, {"kumu", kumu_flow, "kumu"}};
    for (const auto& p : paths) {
      test::TempDir d;
      std::string said;
      auto got = verdict(d, p.write(d, c), p.kind, said);
      INFO(c.what << " (" << c.column << " = " << c.value << ") through " << p.name << ":\n" << said);
      CHECK(got == c.expected);
    }
  }
}

TEST_CASE("--replace keeps the survey answers on every path but a survey's own") {
  // A map with answers, then each kind of import with --replace: the records are replaced, the
  // answers stay; a survey's --replace replaces its questionnaire's answers and keeps the records.
  const std::string kSurvey = std::string(STAKEMAP_FIXTURES) + "/survey";
  struct Path {
    const char* name;
    std::function<std::string(const test::TempDir&)> write;
    const char* kind;
  };
  const Path paths[] = {
      {"csv",
       [](const test::TempDir& d) {
         d.write("replace/territories.csv", "id,kind,name\nT1,country,T1\n");
         return d.write("replace/organisations.csv", "id,name\nz,Z\n"), d / "replace";
       },
       ""},
      {"graphml",
       [](const test::TempDir& d) {
         return d.write("r.graphml",
                        "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                        "<graph edgedefault=\"directed\"><node id=\"z\"/></graph></graphml>\n");
       },
       "graphml"},
      {"kumu", [](const test::TempDir& d) { return d.write("k/elements.csv", "ID,Label\nz,Z\n"); }, "kumu"},
      {"survey", [](const test::TempDir& d) { return d.write("again.csv", "org,Q1\nz,Z\n"); }, "survey"},
  };
  for (const auto& p : paths) {
    INFO("through " << p.name);
    auto store = store::Store::in_memory();
    ingest::import_path(store, kSurvey + "/map", "", {});
    ingest::import_path(store, kSurvey + "/kobo.csv", "survey", {});
    REQUIRE(store.load().organisations.size() > 1);
    test::TempDir d;
    ingest::ImportOptions replace;
    replace.replace = true;
    auto answers = store::answers(store, survey::Questionnaire::kDefault).size();
    auto orgs = store.load().organisations.size();
    ingest::import_path(store, p.write(d), p.kind, replace);
    bool survey = p.kind == std::string("survey");
    // The survey path stores the new respondent's one answer (its name) and adds organisation z.
    CHECK(store.load().organisations.size() == (survey ? orgs + 1 : 1u));
    CHECK(store::answers(store, survey::Questionnaire::kDefault).size() == (survey ? 1u : answers));
  }
}
